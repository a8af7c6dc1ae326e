"""Merging a refused save: one desk's unsaved text with a revision saved meanwhile.

Two desktops open an article at the same revision (the base) and both edit it. The first
to save makes a revision; the second's save is refused with
:class:`~transdesk.services.revising.SaveConflict` and its typing stays in its journal.
:func:`merge_offer` then lays out, for every segment in that journal, the base text, the
desk's text (mine), the saved text (theirs) and a word-level merge of the two;
:func:`save_merged` turns the journal into one revision with the person's choices where
both sides changed a segment in the same place. Until that revision is saved, mine stays
in the journal and theirs in its revision: nothing is lost.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from transdesk.core.errors import InvalidValue
from transdesk.core.merging import merge_texts
from transdesk.core.report import SegmentStatus
from transdesk.services.articles import get_article
from transdesk.services.editing import clear_journal
from transdesk.services.history import UNTRANSLATED, blame, rebuild
from transdesk.services.people import acting_person
from transdesk.services.revising import SavedRevision, check_base, record_revision
from transdesk.storage.database import Database
from transdesk.storage.models import DraftEdit, Revision, Segment, Target

MergeState = Literal["clean", "same", "merged", "conflict"]


@dataclass(frozen=True)
class MergeSegment:
    """One segment of the desk's journal, beside the revision saved meanwhile.

    ``state`` is "clean" (only mine changed the base), "same" (mine and theirs are equal),
    "merged" (both changed it, in different words: ``merged`` holds both changes; also when
    only theirs changed) or "conflict" (both changed the same words: a person chooses).
    """

    segment_id: int
    position: int  # 1-based, as the editor and ``transdesk show`` number segments
    base: str
    base_status: str
    mine: str
    mine_status: str
    theirs: str
    theirs_status: str
    theirs_author: str | None  # who last wrote theirs (blame); None: no revision has
    theirs_revision: int | None
    merged: str | None
    state: MergeState

    @property
    def result(self) -> str | None:
        """The text the merge keeps unless someone chooses another; None for a conflict."""
        return self.merged


@dataclass(frozen=True)
class MergeOffer:
    """What a merge would save: ``lock_version`` is the article's version the offer was
    made at (a save meanwhile refuses :func:`save_merged`), ``newest_revision`` theirs."""

    article_id: int
    target_language: str | None
    base_revision: int
    lock_version: int
    newest_revision: int
    segments: tuple[MergeSegment, ...]

    @property
    def conflicts(self) -> tuple[MergeSegment, ...]:
        return tuple(s for s in self.segments if s.state == "conflict")

    @property
    def to_review(self) -> tuple[MergeSegment, ...]:
        """The segments a person should look at: conflicts and automatic merges."""
        return tuple(s for s in self.segments if s.state in ("conflict", "merged"))


@dataclass(frozen=True)
class _Side:
    """A segment's journal row beside its saved target."""

    segment_id: int
    position: int
    mine: str
    mine_status: str
    theirs: str
    theirs_status: str


def merge_offer(db: Database, article_id: int, base_revision: int, *, desk: str) -> MergeOffer:
    """Every segment in ``desk``'s journal of the article with its base text (revision
    ``base_revision``, "" for 0: nothing saved yet), mine, theirs, who saved theirs, and the
    merge of the two. Reads only; the journal and the revisions stay as they are."""
    base = _base_texts(db, article_id, base_revision)
    with db.reading() as session:
        article = get_article(session, article_id)
        lock_version, language = article.lock_version, article.target_language
        newest = _newest_revision(session, article_id)
        sides = _sides(session, article_id, desk)
    if not sides:
        return MergeOffer(article_id, language, base_revision, lock_version, newest, ())
    authors = {line.segment_id: line for line in blame(db, article_id)}
    segments = []
    for side in sides:
        line = authors.get(side.segment_id)
        author, revision = (line.author, line.revision_number) if line else (None, None)
        segments.append(_compare(side, base, language, author, revision))
    return MergeOffer(article_id, language, base_revision, lock_version, newest, tuple(segments))


def save_merged(
    db: Database,
    article_id: int,
    offer_lock_version: int,
    choices: Mapping[int, str],
    *,
    base_revision: int,
    desk: str,
    author: str,
    role: str,
    message: str = "",
) -> SavedRevision | None:
    """Save ``desk``'s journal as one revision on top of the revision it conflicted with.

    ``choices`` maps segment ids of the journal to the text to keep; every other segment
    keeps its merge result (mine where only mine changed, the merged text where both sides
    changed different words). A conflict without a choice is refused, naming its position;
    so is a save made meanwhile (:class:`~transdesk.services.revising.SaveConflict`, the
    article's version having moved past ``offer_lock_version``). A refused merge changes
    nothing. On success the desk's journal is cleared; None when the result equals the saved
    texts. The message defaults to "Merged with revision N".
    """
    for chosen in choices.values():
        if not isinstance(chosen, str):
            raise InvalidValue("text", "is not text")
    base = _base_texts(db, article_id, base_revision)  # a revision never changes: read first
    with db.transaction() as session:
        article = get_article(session, article_id)
        check_base(article, offer_lock_version)
        person = acting_person(session, author, role)
        sides = _sides(session, article_id, desk)
        _check_choices(article_id, choices, sides)
        language = article.target_language
        changes = []
        for side in sides:
            segment = _compare(side, base, language, None, None)
            text: str | None = choices.get(side.segment_id, segment.result)
            if text is None:
                raise InvalidValue(
                    f"segment {segment.position}",
                    "was changed here and in the newer revision; choose the text to keep",
                )
            status = _status_for(segment, text)
            if (text, status) != (side.theirs, side.theirs_status):
                changes.append((side.segment_id, text, status))
        newest = _newest_revision(session, article_id)
        clear_journal(session, article_id, desk)
        if not changes:
            return None
        return record_revision(
            session,
            article,
            changes,
            author_id=person.id,
            role=person.role,
            message=message.strip() or f"Merged with revision {newest}",
        )


def _base_texts(db: Database, article_id: int, number: int) -> dict[int, tuple[str, str]]:
    if number == 0:
        return {}
    return rebuild(db, article_id, number)


def _newest_revision(session: Session, article_id: int) -> int:
    number = session.scalar(
        select(func.max(Revision.number)).where(Revision.article_id == article_id)
    )
    return int(number or 0)


def _sides(session: Session, article_id: int, desk: str) -> list[_Side]:
    """The desk's journal rows of segments the article still has, in article order."""
    rows = session.execute(
        select(
            Segment.id, Segment.position, DraftEdit.text, DraftEdit.status, Target.text,
            Target.status,
        )
        .join(DraftEdit, DraftEdit.segment_id == Segment.id)
        .join(
            Target,
            (Target.segment_id == DraftEdit.segment_id)
            & (Target.article_id == DraftEdit.article_id),
        )
        .where(DraftEdit.article_id == article_id, DraftEdit.desk == desk)
        .order_by(Segment.position)
    )  # fmt: skip
    return [_Side(sid, position + 1, *texts) for sid, position, *texts in rows]


def _compare(
    side: _Side,
    base: Mapping[int, tuple[str, str]],
    language: str | None,
    author: str | None,
    revision: int | None,
) -> MergeSegment:
    base_text, base_status = base.get(side.segment_id, UNTRANSLATED)
    state: MergeState
    merged: str | None
    if side.mine == side.theirs:
        state, merged = "same", side.mine
    elif side.theirs == base_text:
        state, merged = "clean", side.mine
    else:
        merged = merge_texts(base_text, side.mine, side.theirs, language)
        state = "conflict" if merged is None else "merged"
    return MergeSegment(
        side.segment_id, side.position, base_text, base_status, side.mine, side.mine_status,
        side.theirs, side.theirs_status, author, revision, merged, state,
    )  # fmt: skip


def _status_for(segment: MergeSegment, text: str) -> str:
    """The status a merged text is saved with: that of the side whose text it is; for a new
    text, the side that changed the status (mine when both did), never "untranslated"."""
    if text == segment.mine and text != segment.theirs:
        return segment.mine_status
    if text == segment.theirs and text != segment.mine:
        return segment.theirs_status
    if not text.strip():
        return SegmentStatus.UNTRANSLATED.value
    changed_mine = segment.mine_status != segment.base_status
    status = segment.mine_status if changed_mine else segment.theirs_status
    return SegmentStatus.DRAFT.value if status == SegmentStatus.UNTRANSLATED.value else status


def _check_choices(article_id: int, choices: Mapping[int, str], sides: Sequence[_Side]) -> None:
    if unknown := set(choices) - {side.segment_id for side in sides}:
        raise InvalidValue(
            "segment", f"segments {sorted(unknown)} of article {article_id} have no unsaved text"
        )
