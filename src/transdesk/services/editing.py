"""Translating an article: opening it for the editor, journaling typing, saving revisions.

The editor keeps the article in memory; what the translator types reaches the database
twice: first in the journal (``draft_edit``) within seconds, then, on Save, as a numbered
revision holding only the segments it changed.

The journal is kept per desktop (``desk``, the desktop's ``Settings.desk_id``): two desktops
editing one article never save, count or discard each other's unsaved typing. Rows written
before desktops had names carry the desk ""; the first named desktop to open the article
takes them over, so typing from before the upgrade comes back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from transdesk.core.errors import InvalidValue
from transdesk.core.languages import direction
from transdesk.core.report import SegmentStatus
from transdesk.services.articles import get_article
from transdesk.services.people import acting_person
from transdesk.services.revising import SavedRevision as SavedRevision  # the window's import
from transdesk.services.revising import check_base, record_revision
from transdesk.storage.database import Database
from transdesk.storage.models import DraftEdit, Revision, Segment, Target, utcnow


@dataclass(frozen=True)
class EditorSegment:
    id: int
    position: int
    kind: str
    source: str
    target: str
    status: str
    word_count: int


@dataclass(frozen=True)
class EditorArticle:
    """An article as the editor holds it, unsaved journal edits applied."""

    id: int
    report_id: int
    title: str
    status: str
    source_language: str
    target_language: str | None
    lock_version: int
    segments: tuple[EditorSegment, ...]
    restored: int  # segments whose text came back from the journal
    journal_saved_at: datetime | None
    base_revision: int = 0  # the newest revision when opened: the base of a later merge

    @property
    def source_direction(self) -> str:
        return direction(self.source_language)

    @property
    def target_direction(self) -> str:
        return direction(self.target_language)


@dataclass(frozen=True)
class DraftText:
    """One segment's text as the translator left it."""

    segment_id: int
    text: str
    status: str


def open_for_editing(db: Database, article_id: int, *, desk: str = "") -> EditorArticle:
    """The article with every segment; this desk's journaled edits are applied over the
    saved text."""
    if desk:
        _adopt_unnamed_journal(db, article_id, desk)
    with db.reading() as session:
        article = get_article(session, article_id)
        base_revision = session.scalar(
            select(func.max(Revision.number)).where(Revision.article_id == article_id)
        )
        rows = session.execute(
            select(
                Segment.id, Segment.position, Segment.kind, Segment.source, Target.text,
                Target.status, Segment.word_count, DraftEdit.text, DraftEdit.status,
                DraftEdit.saved_at,
            )
            .join(Target, Target.segment_id == Segment.id)
            .outerjoin(
                DraftEdit,
                (DraftEdit.segment_id == Segment.id)
                & (DraftEdit.article_id == article_id)
                & (DraftEdit.desk == desk),
            )
            .where(Target.article_id == article_id)
            .order_by(Segment.position)
        ).all()  # fmt: skip
        segments = []
        restored = 0
        latest: datetime | None = None
        for sid, pos, kind, source, text, status, words, draft, draft_status, saved in rows:
            if draft is not None:
                restored += 1
                text, status = draft, draft_status
                latest = saved if latest is None or saved > latest else latest
            segments.append(EditorSegment(sid, pos, kind, source, text, status, words))
        return EditorArticle(
            id=article.id,
            report_id=article.report_id,
            title=article.title,
            status=article.status,
            source_language=article.report.source_language,
            target_language=article.target_language,
            lock_version=article.lock_version,
            segments=tuple(segments),
            restored=restored,
            journal_saved_at=latest,
            base_revision=int(base_revision or 0),
        )


def _adopt_unnamed_journal(db: Database, article_id: int, desk: str) -> None:
    """Give ``desk`` the article's journal rows written before desktops had names (usually
    there are none: nothing is written). Where the desk has newer text of its own for a
    segment, the old row is superseded and goes."""
    unnamed = (DraftEdit.article_id == article_id) & (DraftEdit.desk == "")
    with db.reading() as session:
        if session.scalar(select(DraftEdit.id).where(unnamed).limit(1)) is None:
            return
    with db.transaction() as session:
        own = select(DraftEdit.segment_id).where(
            DraftEdit.article_id == article_id, DraftEdit.desk == desk
        )
        session.execute(delete(DraftEdit).where(unnamed, DraftEdit.segment_id.in_(own)))
        session.execute(update(DraftEdit).where(unnamed).values(desk=desk))


def journal(db: Database, article_id: int, drafts: Sequence[DraftText], *, desk: str = "") -> None:
    """Record this desk's unsaved texts in one transaction (the newest text of a segment
    wins)."""
    if not drafts:
        return
    latest = {draft.segment_id: draft for draft in drafts}
    for draft in latest.values():
        _check_status(draft.status)
    now = utcnow()
    with db.transaction() as session:
        _check_segments(session, article_id, latest)
        session.execute(
            delete(DraftEdit).where(
                DraftEdit.article_id == article_id,
                DraftEdit.desk == desk,
                DraftEdit.segment_id.in_(latest),
            )
        )
        session.execute(
            insert(DraftEdit),
            [
                {"article_id": article_id, "segment_id": d.segment_id, "text": d.text,
                 "status": d.status, "saved_at": now, "desk": desk}
                for d in latest.values()
            ],
        )  # fmt: skip


def _check_status(status: str) -> None:
    if status not in {s.value for s in SegmentStatus}:
        raise InvalidValue("status", f"{status!r} is not a segment status")


def _check_segments(session: Session, article_id: int, segment_ids: object) -> None:
    wanted = set(segment_ids)  # type: ignore[call-overload]
    found = set(
        session.scalars(
            select(Target.segment_id).where(
                Target.article_id == article_id, Target.segment_id.in_(wanted)
            )
        )
    )
    if missing := wanted - found:
        get_article(session, article_id)  # an unknown article says so first
        raise InvalidValue("segment", f"segments {sorted(missing)} are not in article {article_id}")


def unsaved_count(db: Database, article_id: int, *, desk: str = "") -> int:
    """How many segments have this desk's journaled edits not yet saved as a revision."""
    with db.reading() as session:
        count = session.scalar(
            select(func.count())
            .select_from(DraftEdit)
            .where(DraftEdit.article_id == article_id, DraftEdit.desk == desk)
        )
        return int(count or 0)


def discard_journal(db: Database, article_id: int, *, desk: str = "") -> int:
    """Throw away this desk's unsaved edits (the user chose to); how many segments they
    covered."""
    with db.transaction() as session:
        get_article(session, article_id)
        return clear_journal(session, article_id, desk)


def clear_journal(session: Session, article_id: int, desk: str) -> int:
    """Drop this desk's journal of the article (saved or discarded); how many segments."""
    result = session.execute(
        delete(DraftEdit).where(DraftEdit.article_id == article_id, DraftEdit.desk == desk)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def save_revision(
    db: Database,
    article_id: int,
    *,
    author: str,
    role: str,
    message: str = "",
    base_lock_version: int | None = None,
    desk: str = "",
) -> SavedRevision | None:
    """Turn this desk's journal into the next numbered revision, storing only changed
    segments.

    ``base_lock_version`` is the article's version when the editor opened it: a save on
    top of someone else's newer revision is refused with
    :class:`~transdesk.services.revising.SaveConflict` instead of overwriting it, and the
    journal is kept for a merge (:mod:`transdesk.services.merging`). Returns None (and
    clears the journal) when nothing differs from the last revision. The signer must be on
    the people list in a role that covers ``role`` (the window checks, and offers to add
    someone missing, before it saves).
    """
    with db.transaction() as session:
        article = get_article(session, article_id)
        check_base(article, base_lock_version)
        person = acting_person(session, author, role)
        changes = session.execute(
            select(DraftEdit.segment_id, DraftEdit.text, DraftEdit.status)
            .join(
                Target,
                (Target.segment_id == DraftEdit.segment_id)
                & (Target.article_id == DraftEdit.article_id),
            )
            .where(
                DraftEdit.article_id == article_id,
                DraftEdit.desk == desk,
                (Target.text != DraftEdit.text) | (Target.status != DraftEdit.status),
            )
            .order_by(DraftEdit.segment_id)
        ).all()
        clear_journal(session, article_id, desk)
        if not changes:
            return None
        return record_revision(
            session,
            article,
            [(sid, text, status) for sid, text, status in changes],
            author_id=person.id,
            role=person.role,
            message=message,
        )
