"""An article's revisions: who saved what, when, and how much it changed; the full text of
any revision, rebuilt from the deltas; and blame, who last wrote each segment.

Revisions store only the segments they changed, so the text of a segment at revision N is
the change with the highest revision number <= N, or nothing (untranslated) if no revision
up to N touched it. Rebuild and blame are each one query over that rule.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Subquery, func, select
from sqlalchemy.orm import Session

from transdesk.core.errors import NotFound

# The tokens count_words counts (CJK characters one each); one definition of a "word".
from transdesk.core.text_measure import words
from transdesk.services.articles import get_article
from transdesk.storage.database import Database
from transdesk.storage.models import Person, Revision, Segment, SegmentChange, Target

UNTRANSLATED = ("", "untranslated")


@dataclass(frozen=True)
class RevisionSummary:
    """One revision in the history list.

    ``words_added``/``words_removed`` compare, for each segment the revision changed, the
    words of the new text with those of the segment's previous text, as multisets: a word
    replaced counts one added and one removed, a word moved within a segment counts neither.
    Words are counted as :func:`transdesk.core.text_measure.count_words` counts them.
    """

    number: int
    author: str | None
    role: str
    created_at: datetime
    message: str
    changed_segments: int
    words_added: int = 0
    words_removed: int = 0
    rejects_revision: int | None = None  # the revision whose change this one took back

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "author": self.author,
            "role": self.role,
            "created_at": self.created_at.isoformat(),
            "message": self.message,
            "changed_segments": self.changed_segments,
            "words_added": self.words_added,
            "words_removed": self.words_removed,
            "rejects_revision": self.rejects_revision,
        }


@dataclass(frozen=True)
class BlameLine:
    """Who last wrote one segment (None everywhere: no revision has touched it)."""

    segment_id: int
    position: int  # 0-based, as in ``show --json``; ``show`` prints it as #position+1
    revision_number: int | None
    author: str | None
    role: str | None
    created_at: datetime | None
    origin: str | None = None  # "memory": pre-translated from exact memory matches

    def to_json(self) -> dict[str, Any]:
        return {
            "origin": self.origin,
            "segment_id": self.segment_id,
            "position": self.position,
            "revision": self.revision_number,
            "author": self.author,
            "role": self.role,
            "created_at": self.created_at.isoformat() if self.created_at else None,
        }


def words_changed(old: str, new: str) -> tuple[int, int]:
    """(words added, words removed) from ``old`` to ``new``, as multisets of the words
    :func:`~transdesk.core.text_measure.count_words` counts: a replaced word counts one
    added and one removed; a word moved within the text counts neither."""
    if old == new:
        return 0, 0
    after, before = words(new), words(old)
    # Edits are local: the common start and end cost nothing to set aside.
    shortest = min(len(after), len(before))
    start = 0
    while start < shortest and after[start] == before[start]:
        start += 1
    end = 0
    while end < shortest - start and after[-1 - end] == before[-1 - end]:
        end += 1
    after, before = after[start : len(after) - end], before[start : len(before) - end]
    if not after or not before:
        return len(after), len(before)
    counts = Counter(after)
    counts.subtract(before)
    added = sum(n for n in counts.values() if n > 0)
    return added, added - (len(after) - len(before))


def list_revisions(db: Database, article_id: int) -> list[RevisionSummary]:
    """The article's revisions, newest first, with the words each added and removed
    (counted when each revision was made; counted here for revisions older than that)."""
    with db.reading() as session:
        get_article(session, article_id)
        changed = (
            select(SegmentChange.revision_id, func.count().label("n"))
            .join(Revision, Revision.id == SegmentChange.revision_id)
            .where(Revision.article_id == article_id)
            .group_by(SegmentChange.revision_id)
            .subquery()
        )
        rows = session.execute(
            select(
                Revision.number, Person.name, Revision.role, Revision.created_at,
                Revision.message, func.coalesce(changed.c.n, 0), Revision.words_added,
                Revision.words_removed, Revision.rejects_revision,
            )
            .outerjoin(Person, Person.id == Revision.author_id)
            .outerjoin(changed, changed.c.revision_id == Revision.id)
            .where(Revision.article_id == article_id)
            .order_by(Revision.number.desc())
        ).all()  # fmt: skip
        uncounted = any(row.words_added is None or row.words_removed is None for row in rows)
        counted = _count_from_texts(session, article_id) if uncounted else {}
        summaries = []
        for number, author, role, created_at, message, segments, added, removed, rejects in rows:
            if added is None or removed is None:
                added, removed = counted.get(number, (0, 0))
            summaries.append(
                RevisionSummary(
                    number, author, role, created_at, message, segments, added, removed, rejects
                )
            )
        return summaries


def _count_from_texts(session: Session, article_id: int) -> dict[int, tuple[int, int]]:
    """Revision number → (words added, words removed), walking each segment's changes."""
    rows = session.execute(
        select(SegmentChange.segment_id, Revision.number, SegmentChange.text)
        .join(Revision, Revision.id == SegmentChange.revision_id)
        .where(Revision.article_id == article_id)
        .order_by(SegmentChange.segment_id, Revision.number)
    )
    totals: dict[int, tuple[int, int]] = {}
    segment: int | None = None
    before = ""
    for segment_id, number, text in rows:
        if segment_id != segment:
            segment, before = segment_id, ""
        added, removed = words_changed(before, text)
        old_added, old_removed = totals.get(number, (0, 0))
        totals[number] = (old_added + added, old_removed + removed)
        before = text
    return totals


def newest_change_numbers(article_id: int, number: int | None) -> Subquery:
    """Per segment, the newest revision (up to ``number``) of the article that changed it."""
    query = (
        select(SegmentChange.segment_id, func.max(Revision.number).label("number"))
        .join(Revision, Revision.id == SegmentChange.revision_id)
        .where(Revision.article_id == article_id)
    )
    if number is not None:
        query = query.where(Revision.number <= number)
    return query.group_by(SegmentChange.segment_id).subquery("latest")


def check_revision(session: Session, article_id: int, number: int) -> None:
    """Refuse a revision number the article does not have (the article must exist)."""
    get_article(session, article_id)
    newest = session.scalar(
        select(func.max(Revision.number)).where(Revision.article_id == article_id)
    )
    exists = session.scalar(
        select(Revision.id).where(Revision.article_id == article_id, Revision.number == number)
    )
    if exists is None:
        has = (
            f"its revisions are 1-{newest}"
            if newest and newest > 1
            else "its only revision is 1"
            if newest
            else "it has no revisions yet"
        )
        raise NotFound(f"article {article_id} has no revision {number} ({has})")


def rebuild(db: Database, article_id: int, number: int) -> dict[int, tuple[str, str]]:
    """The full text of revision ``number``: segment id → (text, status) for every segment
    of the source version the article had then; segments no revision up to ``number``
    changed are ("", "untranslated"). A corrected source makes new segments, so revisions
    from before it are rebuilt on the segments they were written on."""
    with db.reading() as session:
        check_revision(session, article_id, number)
        version = _version_at(session, article_id, number)
        latest = newest_change_numbers(article_id, number)
        rows = session.execute(
            select(Segment.id, SegmentChange.text, SegmentChange.status)
            .select_from(Segment)
            .outerjoin(latest, latest.c.segment_id == Segment.id)
            .outerjoin(
                Revision,
                (Revision.article_id == article_id) & (Revision.number == latest.c.number),
            )
            .outerjoin(
                SegmentChange,
                (SegmentChange.revision_id == Revision.id)
                & (SegmentChange.segment_id == Segment.id),
            )
            .where(Segment.version_id == version)
        )
        return {
            sid: (text, status) if text is not None else UNTRANSLATED for sid, text, status in rows
        }


def _version_at(session: Session, article_id: int, number: int) -> int:
    """The source version revision ``number`` was written on: that of the segments it
    changed (every revision changes at least one), else the article's current one."""
    version = session.scalar(
        select(Segment.version_id)
        .join(SegmentChange, SegmentChange.segment_id == Segment.id)
        .join(Revision, Revision.id == SegmentChange.revision_id)
        .where(Revision.article_id == article_id, Revision.number == number)
        .limit(1)
    )
    if version is None:
        version = get_article(session, article_id).version_id
    return int(version)


def blame(db: Database, article_id: int, number: int | None = None) -> list[BlameLine]:
    """Who last wrote each segment, in segment order: one query over the newest change of
    each segment (up to revision ``number``, if given)."""
    with db.reading() as session:
        if number is None:
            get_article(session, article_id)
        else:
            check_revision(session, article_id, number)
        latest = newest_change_numbers(article_id, number)
        rows = session.execute(
            select(
                Segment.id, Segment.position, Revision.number, Person.name, Revision.role,
                Revision.created_at, Revision.origin,
            )
            .select_from(Target)
            .join(Segment, Segment.id == Target.segment_id)
            .outerjoin(latest, latest.c.segment_id == Target.segment_id)
            .outerjoin(
                Revision,
                (Revision.article_id == article_id) & (Revision.number == latest.c.number),
            )
            .outerjoin(Person, Person.id == Revision.author_id)
            .where(Target.article_id == article_id)
            .order_by(Segment.position)
        ).all()  # fmt: skip
        return [BlameLine(*row) for row in rows]


def current_notes(session: Session, article_id: int) -> dict[int, str]:
    """Segment id → the note on its newest change, where that change has one (what an
    export carries, and what an XLIFF round trip compares with)."""
    return {sid: note for (_, sid), note in newest_notes(session, [article_id]).items()}


def newest_notes(session: Session, article_ids: list[int]) -> dict[tuple[int, int], str]:
    """(article id, segment id) → the note on the segment's newest change, where that change
    has one. Only segments that ever had a note are read: most articles have none, and then
    one cheap query answers."""
    noted = (
        select(SegmentChange.segment_id)
        .join(Revision, Revision.id == SegmentChange.revision_id)
        .where(Revision.article_id.in_(article_ids), SegmentChange.note.is_not(None))
    )
    rows = session.execute(
        select(Revision.article_id, SegmentChange.segment_id, SegmentChange.note)
        .join(Revision, Revision.id == SegmentChange.revision_id)
        .where(Revision.article_id.in_(article_ids), SegmentChange.segment_id.in_(noted))
        .order_by(Revision.number)
    )
    newest = {(article, sid): note for article, sid, note in rows}  # the newest change wins
    return {key: note for key, note in newest.items() if note}
