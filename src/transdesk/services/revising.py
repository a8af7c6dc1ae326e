"""Committing revisions: the one code path that turns new segment texts into a numbered,
authored revision holding only the segments it changed.

The window's Save (the journal, :func:`transdesk.services.editing.save_revision`), a whole
translation file (``transdesk translate``) and a single segment (``transdesk edit``) all
end in :func:`record_revision`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session, object_session

from transdesk.core.errors import BadInputFile, InvalidValue, UserError
from transdesk.core.report import COUNTED_AS_TRANSLATED, SegmentStatus
from transdesk.services.articles import get_article, segment_at
from transdesk.services.history import current_notes, words_changed
from transdesk.services.people import Actor, acting_person
from transdesk.storage.database import Database
from transdesk.storage.models import (
    Article,
    Person,
    Revision,
    Segment,
    SegmentChange,
    Target,
    utcnow,
)

_STATUSES = frozenset(s.value for s in SegmentStatus)
_FEW = 500  # changes looked up by id; more than that read the article's targets whole


@dataclass(frozen=True)
class SavedRevision:
    article_id: int
    number: int
    changed_segments: int
    lock_version: int

    def to_json(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "revision": self.number,
            "changed_segments": self.changed_segments,
            "lock_version": self.lock_version,
        }


class SaveConflict(UserError):
    """A save made on top of a version of the article that is no longer current.

    The saver's text is kept (the journal, or the caller's texts): it is to be merged with
    the newer revision (:mod:`transdesk.services.merging`), never written over it.
    """

    def __init__(
        self,
        article_id: int,
        lock_version: int,
        revision: int | None = None,
        author: str | None = None,
    ) -> None:
        self.article_id = article_id
        self.lock_version = lock_version  # the article's version now
        self.revision = revision  # its newest revision, if any
        self.author = author  # who saved that revision
        if revision is None:
            what = "changed by someone else"
        else:
            what = f"saved by {author or 'someone else'} (revision {revision})"
        super().__init__(
            f"article {article_id} was {what} since you opened it; your text is kept: merge it"
        )


def check_base(article: Article, base_lock_version: int | None) -> None:
    """Refuse a save made on top of a version of the article that is no longer current
    (:class:`SaveConflict`, naming the newest revision and who saved it)."""
    if base_lock_version is None or article.lock_version == base_lock_version:
        return
    session = object_session(article)
    newest = None
    if session is not None:
        newest = session.execute(
            select(Revision.number, Person.name)
            .outerjoin(Person, Person.id == Revision.author_id)
            .where(Revision.article_id == article.id)
            .order_by(Revision.number.desc())
            .limit(1)
        ).first()
    if newest is None:
        raise SaveConflict(article.id, article.lock_version)
    raise SaveConflict(article.id, article.lock_version, newest[0], newest[1])


def record_revision(
    session: Session,
    article: Article,
    changes: Sequence[tuple[int, str, str]],
    *,
    author_id: int | None,
    role: str,
    message: str,
) -> SavedRevision:
    """Store ``changes`` (segment id, text, status) as the article's next revision and make
    them the current targets. The caller has checked that each one differs."""
    number = (
        session.scalar(select(func.max(Revision.number)).where(Revision.article_id == article.id))
        or 0
    ) + 1
    old_texts = select(Target.segment_id, Target.text).where(Target.article_id == article.id)
    if len(changes) <= _FEW:
        old_texts = old_texts.where(Target.segment_id.in_([sid for sid, _, _ in changes]))
    before = {sid: text for sid, text in session.execute(old_texts)}
    counts = [words_changed(before.get(sid, ""), text) for sid, text, _ in changes]
    revision = Revision(
        article_id=article.id, number=number, author_id=author_id, role=role,
        message=message.strip(), words_added=sum(a for a, _ in counts),
        words_removed=sum(r for _, r in counts),
    )  # fmt: skip
    session.add(revision)
    session.flush()
    session.execute(
        insert(SegmentChange),
        [{"revision_id": revision.id, "segment_id": sid, "text": text, "status": status}
         for sid, text, status in changes],
    )  # fmt: skip
    for sid, text, status in changes:
        session.execute(
            update(Target)
            .where(Target.article_id == article.id, Target.segment_id == sid)
            .values(text=text, status=status, revision_id=revision.id)
        )
    refresh_progress(session, article)
    session.flush()
    return SavedRevision(article.id, number, len(changes), article.lock_version)


def refresh_progress(session: Session, article: Article) -> None:
    """Recount the article's translated words from its stored targets; mark it changed."""
    translated = session.scalar(
        select(func.coalesce(func.sum(Segment.word_count), 0))
        .join(Target, Target.segment_id == Segment.id)
        .where(Target.article_id == article.id, Target.status.in_(COUNTED_AS_TRANSLATED))
    )
    article.words_translated = int(translated or 0)
    article.updated_at = utcnow()  # also bumps lock_version: the article changed


def commit_texts(
    db: Database,
    article_id: int,
    texts: Mapping[int, tuple[str, str]],
    *,
    author: str | None,
    role: str | None = None,
    message: str = "",
    base_lock_version: int | None = None,
) -> SavedRevision | None:
    """Save ``texts`` (segment id → (text, status)) as one revision by ``author``, a person
    on the list, acting in their role or the narrower ``role``.

    Only segments whose text or status differs from the current target are stored; None
    when none does. Unknown segments, statuses or people, or a stale ``base_lock_version``
    (someone saved since the caller read the article), refuse the whole save.
    """
    for text, status in texts.values():
        _check_text(text, status)
    with db.transaction() as session:
        article = get_article(session, article_id)
        check_base(article, base_lock_version)
        actor = acting_person(session, author, role)
        return _commit(session, article, texts, actor, message)


def _check_text(text: object, status: str) -> None:
    if not isinstance(text, str):
        raise InvalidValue("text", "is not text")
    if status not in _STATUSES:
        raise InvalidValue("status", f"{status!r} is not a segment status")


def _commit(
    session: Session,
    article: Article,
    texts: Mapping[int, tuple[str, str]],
    actor: Actor,
    message: str,
) -> SavedRevision | None:
    current = {
        sid: (text, status)
        for sid, text, status in session.execute(
            select(Target.segment_id, Target.text, Target.status).where(
                Target.article_id == article.id
            )
        )
    }
    if missing := set(texts) - set(current):
        raise InvalidValue("segment", f"segments {sorted(missing)} are not in article {article.id}")
    changes = [
        (sid, text, status)
        for sid, (text, status) in sorted(texts.items())
        if current[sid] != (text, status)
    ]
    if not changes:
        return None
    return record_revision(
        session, article, changes, author_id=actor.id, role=actor.role, message=message
    )


def edit_segment(
    db: Database,
    article_id: int,
    number: int,
    text: str,
    *,
    author: str | None,
    role: str | None = None,
    message: str = "",
    status: str = SegmentStatus.TRANSLATED.value,
) -> SavedRevision | None:
    """Give segment ``number`` (1-based, as ``show`` prints it) a new text, as a revision.

    An empty text makes the segment untranslated again. None when nothing changed.
    """
    clean = text.strip()
    status = status if clean else SegmentStatus.UNTRANSLATED.value
    _check_text(clean, status)
    with db.transaction() as session:
        article = get_article(session, article_id)
        segment = segment_at(session, article, number)
        actor = acting_person(session, author, role)
        return _commit(session, article, {segment.id: (clean, status)}, actor, message)


def translate_from_file(
    db: Database,
    article_id: int,
    path: Path,
    *,
    author: str | None,
    role: str | None = None,
    message: str = "",
) -> SavedRevision | None:
    """One revision from an aligned translation file: plain text (headline first, one
    blank-line-separated block per segment) or XLIFF (targets in unit order; a unit with no
    target leaves its segment's text as it is). Segments whose text changed become
    "translated", except that XLIFF keeps the status the file gives (draft, translated,
    reviewed, needs update) and each unit's note; None when nothing changed. A block or
    unit count other than the segment count is refused."""
    if _is_xliff(path):
        return _translate_from_xliff(
            db, article_id, path, author=author, role=role, message=message
        )
    blocks = read_translation(path)
    with db.transaction() as session:
        article = get_article(session, article_id)
        actor = acting_person(session, author, role)
        rows = session.execute(
            select(Segment.id, Target.text)
            .join(Target, Target.segment_id == Segment.id)
            .where(Target.article_id == article_id)
            .order_by(Segment.position)
        ).all()
        if len(blocks) != len(rows):
            noun = "units" if _is_xliff(path) else "blocks"
            raise BadInputFile(
                path, f"has {len(blocks)} {noun} but article {article.id} has {len(rows)} segments"
            )
        texts = {
            sid: (new, SegmentStatus.TRANSLATED.value)
            for (sid, old), new in zip(rows, blocks, strict=True)
            if new is not None and new != old
        }
        return _commit(session, article, texts, actor, message)


def _translate_from_xliff(
    db: Database,
    article_id: int,
    path: Path,
    *,
    author: str | None,
    role: str | None,
    message: str,
) -> SavedRevision | None:
    """translate_from_file for XLIFF: texts, statuses and notes as the file gives them.

    A segment's note is the note on its newest change (as exports read it), so a changed
    segment carries the file's note into the revision, and a note changed alone is a change.
    A new text the file gives without a status (no state, approval or confirmation) becomes
    "translated", as plain text does; an unchanged one keeps its status.
    """
    from transdesk.formats.xliff import read_translations

    units = read_translations(path)
    with db.transaction() as session:
        article = get_article(session, article_id)
        actor = acting_person(session, author, role)
        rows = session.execute(
            select(Segment.id, Target.text, Target.status)
            .join(Target, Target.segment_id == Segment.id)
            .where(Target.article_id == article_id)
            .order_by(Segment.position)
        ).all()
        if len(units) != len(rows):
            raise BadInputFile(
                path, f"has {len(units)} units but article {article.id} has {len(rows)} segments"
            )
        notes = current_notes(session, article.id)
        changes, new_notes = [], {}
        for (sid, old_text, old_status), unit in zip(rows, units, strict=True):
            text, status = old_text, old_status
            target = (unit.target or "").strip()
            if target:  # whitespace around a text is no change to it
                text = old_text if target == old_text.strip() else target
                if unit.status is not None:
                    status = unit.status.value
                elif text != old_text:
                    status = SegmentStatus.TRANSLATED.value
            note = (unit.note or "").strip()
            if (text, status) != (old_text, old_status) or note != notes.get(sid, ""):
                changes.append((sid, text, status))
                new_notes[sid] = note
        if not changes:
            return None
        saved = record_revision(
            session, article, changes, author_id=actor.id, role=actor.role, message=message
        )
        revision_id = session.scalar(
            select(Revision.id).where(
                Revision.article_id == article.id, Revision.number == saved.number
            )
        )
        for sid, note in new_notes.items():
            if note:
                session.execute(
                    update(SegmentChange)
                    .where(
                        SegmentChange.revision_id == revision_id,
                        SegmentChange.segment_id == sid,
                    )
                    .values(note=note)
                )
        return saved


_XLIFF_SUFFIXES = (".xlf", ".xliff", ".sdlxliff")
_REFUSED_SUFFIXES = (".docx", ".html", ".htm", ".xhtml", ".pdf", ".odt")


def _is_xliff(path: Path) -> bool:
    return path.suffix.lower() in _XLIFF_SUFFIXES


def read_translation(path: Path) -> list[str]:
    """The text of each block of a plain-text translation, in order (XLIFF files are read
    by ``_translate_from_xliff``)."""
    if path.suffix.lower() in _REFUSED_SUFFIXES:
        raise BadInputFile(path, "a translation must be plain text or XLIFF")
    from transdesk.formats.files import decode_text, read_bytes
    from transdesk.formats.pasted import split_blocks

    blocks = split_blocks(decode_text(path, read_bytes(path)))
    if not blocks:
        raise BadInputFile(path, "contains no text")
    return [block.text for block in blocks]
