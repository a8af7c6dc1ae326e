"""Comparing two revisions of an article, segment by segment, word by word."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import func, select

from transdesk.core.diffing import ArticleDiff, diff_articles, to_html, to_text
from transdesk.core.languages import direction
from transdesk.services.articles import get_article
from transdesk.services.history import check_revision, rebuild
from transdesk.storage.database import Database
from transdesk.storage.models import Revision, Segment, Target, WorkflowEvent

REVIEW_DECISIONS = ("approved", "changes_requested")


@dataclass(frozen=True)
class RevisionDiff:
    article_id: int
    from_number: int  # 0: before any revision (every translation empty)
    to_number: int
    target_language: str | None
    positions: dict[int, int]  # segment id → position (0-based) in the article
    kinds: dict[int, str]
    diff: ArticleDiff

    def to_json(self) -> dict[str, Any]:
        data = self.diff.to_dict()
        for segment in data["segments"]:
            segment["position"] = self.positions[segment["segment_id"]] + 1
            segment["kind"] = self.kinds[segment["segment_id"]]
        return {
            "article_id": self.article_id,
            "from": self.from_number,
            "to": self.to_number,
            "target_language": self.target_language,
            **data,
        }

    def to_text(self) -> str:
        lines = [f"article {self.article_id}: revision {self.from_number} → {self.to_number}"]
        for segment in self.diff.segments:
            sid = segment.segment_id
            lines.append(f"#{self.positions[sid] + 1} {self.kinds[sid]}: {to_text(segment)}")
        s = self.diff.summary
        lines.append(_summary_line(s.segments_changed, s.words_added, s.words_removed))
        return "\n".join(lines) + "\n"

    def to_html(self) -> str:
        """A standalone page; every piece of text is escaped, none can become markup."""
        side: Literal["ltr", "rtl"] = "rtl" if direction(self.target_language) == "rtl" else "ltr"
        rows = [
            f"<section><h2>#{self.positions[d.segment_id] + 1} "
            f"{html.escape(self.kinds[d.segment_id])}</h2>{to_html(d, side)}</section>"
            for d in self.diff.segments
        ]
        s = self.diff.summary
        title = f"Article {self.article_id}: revision {self.from_number} → {self.to_number}"
        return (
            f'<!DOCTYPE html>\n<html lang="{html.escape(self.target_language or "und")}">'
            f'<head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            "<style>ins{background:#d4efd6;text-decoration:underline}"
            "del{background:#fbd9d3;text-decoration:line-through}</style></head>"
            f"<body><h1>{html.escape(title)}</h1>"
            f"<p>{_summary_line(s.segments_changed, s.words_added, s.words_removed)}</p>"
            + "".join(rows)
            + "</body></html>\n"
        )


def _summary_line(segments: int, added: int, removed: int) -> str:
    def plural(count: int, noun: str) -> str:
        return f"{count} {noun}{'' if count == 1 else 's'}"

    return (
        f"{plural(segments, 'segment')} changed, {plural(added, 'word')} added, "
        f"{plural(removed, 'word')} removed"
    )


def last_reviewed_revision(db: Database, article_id: int) -> int | None:
    """The revision an editor last approved or sent back, if any."""
    with db.reading() as session:
        return session.scalar(
            select(WorkflowEvent.revision_number)
            .where(
                WorkflowEvent.article_id == article_id,
                WorkflowEvent.to_status.in_(REVIEW_DECISIONS),
            )
            .order_by(WorkflowEvent.id.desc())
            .limit(1)
        )


def diff_revisions(
    db: Database, article_id: int, from_number: int | None = None, to_number: int | None = None
) -> RevisionDiff:
    """Compare two revisions. By default: the last reviewed revision (else the one before)
    against the newest. Revision 0 stands for the article before any translation."""
    with db.reading() as session:
        article = get_article(session, article_id)
        newest = session.scalar(
            select(func.max(Revision.number)).where(Revision.article_id == article_id)
        )
        for number in (from_number, to_number):
            if number:
                check_revision(session, article_id, number)
        rows = session.execute(
            select(Segment.id, Segment.position, Segment.kind)
            .join(Target, Target.segment_id == Segment.id)
            .where(Target.article_id == article_id)
            .order_by(Segment.position)
        ).all()
        language = article.target_language
    to_number = (newest or 0) if to_number is None else to_number
    if from_number is None:
        reviewed = last_reviewed_revision(db, article_id)
        from_number = reviewed if reviewed is not None else max(0, to_number - 1)
    old = _texts(db, article_id, from_number)
    new = _texts(db, article_id, to_number)
    order = [row.id for row in rows]
    return RevisionDiff(
        article_id=article_id,
        from_number=from_number,
        to_number=to_number,
        target_language=language,
        positions={row.id: row.position for row in rows},
        kinds={row.id: row.kind for row in rows},
        diff=diff_articles({i: old.get(i, "") for i in order}, {i: new.get(i, "") for i in order},
                           order, language),
    )  # fmt: skip


def _texts(db: Database, article_id: int, number: int) -> dict[int, str]:
    if number <= 0:
        return {}
    return {sid: text for sid, (text, _status) in rebuild(db, article_id, number).items()}
