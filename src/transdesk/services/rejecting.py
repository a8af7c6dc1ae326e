"""Rejecting one change of a diff: a new revision that puts that piece of the older text back.

The change is named as the diff view and ``transdesk diff --format json`` show it: the
segment's number (#1 is the headline) and the hunk's index in that segment (0 is its first
change), between the same two revisions the diff compared. The revision made records which
earlier revision's change it takes back (``Revision.rejects_revision``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from transdesk.core.diffing import Hunk, SegmentDiff, diff_segment, reject_hunk
from transdesk.core.errors import InvalidValue, UserError
from transdesk.core.report import SegmentStatus
from transdesk.services.articles import get_article
from transdesk.services.diffs import RevisionDiff, diff_revisions
from transdesk.services.people import acting_person
from transdesk.services.revising import SavedRevision, record_revision
from transdesk.storage.database import Database
from transdesk.storage.models import Revision, SegmentChange, Target

_QUOTE_LIMIT = 40  # characters of a quoted piece in the default message


@dataclass(frozen=True)
class RejectedChange(SavedRevision):
    """The revision a rejection made, and the revision whose change it took back."""

    # Keyword-only: SavedRevision's own fields come first whatever they become.
    rejects_revision: int = field(default=0, kw_only=True)

    def to_json(self) -> dict[str, Any]:
        return {**super().to_json(), "rejects_revision": self.rejects_revision}


def reject_change(
    db: Database,
    article_id: int,
    segment_number: int,
    hunk_index: int,
    *,
    from_number: int | None = None,
    to_number: int | None = None,
    author: str | None,
    role: str | None = None,
    message: str = "",
) -> RejectedChange:
    """Take back change ``hunk_index`` (0-based) of segment ``segment_number`` (1-based)
    in the diff from revision ``from_number`` to ``to_number`` (the defaults of
    :func:`~transdesk.services.diffs.diff_revisions`), as a new revision by ``author``.

    Only that piece of the segment goes back to the older text; the rest of the segment,
    and its status, stay as they are. The new revision's ``rejects_revision`` names the
    revision that brought the change in; with no ``message``, one is written from the two
    pieces of text. Anyone on the people list may reject a change.

    Refused, with nothing changed, when the segment's current text is no longer the diff's
    newer text (the hunk would land in the wrong place), or the segment, change or
    revisions do not exist.
    """
    compared = diff_revisions(db, article_id, from_number, to_number)
    segment_id, diff, hunk = _chosen_change(compared, segment_number, hunk_index)
    with db.transaction() as session:
        article = get_article(session, article_id)
        actor = acting_person(session, author, role)
        current = session.execute(
            select(Target.text, Target.status).where(
                Target.article_id == article_id, Target.segment_id == segment_id
            )
        ).one()
        if current.text != diff.new:
            raise UserError(
                f"segment {segment_number} changed since revision {compared.to_number}; "
                "compare with the current text"
            )
        text = reject_hunk(diff, hunk.index)
        status = _status_after(current.status, text)
        rejected = _introduced_by(session, compared, segment_id, diff, hunk)
        saved = record_revision(
            session, article, [(segment_id, text, status)], author_id=actor.id,
            role=actor.role, message=message.strip() or _message(rejected, segment_number, hunk),
        )  # fmt: skip
        session.execute(
            update(Revision)
            .where(Revision.article_id == article_id, Revision.number == saved.number)
            .values(rejects_revision=rejected)
        )
        made = {f.name: getattr(saved, f.name) for f in fields(saved)}
        return RejectedChange(**made, rejects_revision=rejected)


def _chosen_change(
    compared: RevisionDiff, segment_number: int, hunk_index: int
) -> tuple[int, SegmentDiff, Hunk]:
    """The segment id, its diff and the hunk a user named; one clear line if there is none."""
    if compared.to_number == 0:
        raise UserError(f"article {compared.article_id} has no revisions yet; nothing to reject")
    if compared.from_number >= compared.to_number:
        raise InvalidValue(
            "--from",
            f"revision {compared.from_number} is not older than revision {compared.to_number}; "
            "only a change to an older text can be rejected",
        )
    by_position = {position + 1: sid for sid, position in compared.positions.items()}
    segment_id = by_position.get(segment_number)
    if segment_id is None:
        raise InvalidValue(
            "segment",
            f"article {compared.article_id} has segments 1-{len(by_position)}; "
            f"there is no segment {segment_number}",
        )
    between = f"between revisions {compared.from_number} and {compared.to_number}"
    diff = compared.diff.by_id.get(segment_id)
    if diff is None or not diff.hunks:
        raise InvalidValue(
            "segment", f"segment {segment_number} did not change {between}; nothing to reject"
        )
    if not 0 <= hunk_index < len(diff.hunks):
        has = "one change (0)" if len(diff.hunks) == 1 else f"changes 0-{len(diff.hunks) - 1}"
        raise InvalidValue(
            "change",
            f"segment {segment_number} has {has} {between}; there is no change {hunk_index}",
        )
    return segment_id, diff, diff.hunks[hunk_index]


def _status_after(status: str, text: str) -> str:
    """The segment keeps its status, unless the text became empty or came back from empty."""
    if not text:
        return SegmentStatus.UNTRANSLATED.value
    if status == SegmentStatus.UNTRANSLATED.value:
        return SegmentStatus.DRAFT.value  # text again, not yet confirmed by anyone
    return status


def _introduced_by(
    session: Session, compared: RevisionDiff, segment_id: int, diff: SegmentDiff, hunk: Hunk
) -> int:
    """The revision that brought the hunk's newer text in: walking back from the diff's
    newer revision through those that wrote the segment, the oldest since which that piece
    has stood as it is now. (A hunk rejected after an earlier rejection in the same segment
    is still credited to the revision that made it, not to the rejection.)"""
    rows = session.execute(
        select(Revision.number, SegmentChange.text)
        .join(SegmentChange, SegmentChange.revision_id == Revision.id)
        .where(
            Revision.article_id == compared.article_id,
            SegmentChange.segment_id == segment_id,
            Revision.number > compared.from_number,
            Revision.number <= compared.to_number,
        )
        .order_by(Revision.number.desc())
    ).all()
    if not rows:
        return compared.to_number
    introduced = int(rows[0].number)
    for number, text in rows[1:]:
        since = diff_segment(segment_id, text, diff.new, compared.target_language)
        if _touches(since, hunk.new_start, hunk.new_end):
            break
        introduced = int(number)
    return introduced


def _touches(diff: SegmentDiff, start: int, end: int) -> bool:
    """Whether a change of ``diff`` falls on ``start``-``end`` of its newer text (a point,
    for a deletion: a change right there)."""
    if start == end:
        return any(h.new_start <= start <= h.new_end for h in diff.hunks)
    return any(h.new_start < end and h.new_end > start for h in diff.hunks)


def _message(rejected: int, segment_number: int, hunk: Hunk) -> str:
    """Rejected a change from revision 7 in segment 3: “old words” back instead of “new words”."""
    head = f"Rejected a change from revision {rejected} in segment {segment_number}: "
    if not hunk.new:
        return f"{head}{_quote(hunk.old)} put back"
    if not hunk.old:
        return f"{head}{_quote(hunk.new)} taken out"
    return f"{head}{_quote(hunk.old)} back instead of {_quote(hunk.new)}"


def _quote(text: str) -> str:
    words = " ".join(text.split())
    if len(words) > _QUOTE_LIMIT:
        words = words[: _QUOTE_LIMIT - 1].rstrip() + "…"
    return f"“{words}”"
