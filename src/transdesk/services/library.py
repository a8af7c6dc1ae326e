"""The article library: listing and searching articles, done in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select

from transdesk.core.errors import InvalidValue
from transdesk.core.languages import direction, normalise_code
from transdesk.storage.database import Database
from transdesk.storage.models import Article, Report, SourceCredit

STATUSES = ("draft", "in_review", "changes_requested", "approved", "exported")


@dataclass
class ArticleSummary:
    id: int
    report_id: int
    title: str
    source_language: str
    target_language: str | None
    status: str
    outlet: str | None
    words_total: int
    words_translated: int
    deadline: datetime | None
    updated_at: datetime

    @property
    def progress(self) -> int:
        """Percent of source words translated, rounded down (100 only when complete)."""
        if not self.words_total:
            return 100 if self.words_translated else 0
        return self.words_translated * 100 // self.words_total

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "report_id": self.report_id,
            "title": self.title,
            "source_language": self.source_language,
            "target_language": self.target_language,
            "direction": direction(self.source_language),
            "status": self.status,
            "outlet": self.outlet,
            "words_total": self.words_total,
            "words_translated": self.words_translated,
            "progress": self.progress,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "updated_at": self.updated_at.isoformat(),
        }


def list_articles(
    db: Database,
    *,
    status: str | None = None,
    language: str | None = None,
    search: str | None = None,
    limit: int | None = None,
) -> list[ArticleSummary]:
    """Articles, newest first. ``language`` matches source or target; ``search`` looks in
    the headline and the original outlet."""
    original = (
        select(SourceCredit.report_id, SourceCredit.outlet)
        .where(SourceCredit.role == "original")
        .subquery()
    )
    query = (
        select(
            Article.id,
            Article.report_id,
            Article.title,
            Report.source_language,
            Article.target_language,
            Article.status,
            original.c.outlet,
            Article.words_total,
            Article.words_translated,
            Article.deadline,
            Article.updated_at,
        )
        .join(Report, Report.id == Article.report_id)
        .outerjoin(original, original.c.report_id == Article.report_id)
        .order_by(Article.updated_at.desc(), Article.id.desc())
    )
    if status:
        if status not in STATUSES:
            raise InvalidValue("--status", f"{status!r} is not one of {', '.join(STATUSES)}")
        query = query.where(Article.status == status)
    if language:
        code = normalise_code(language)
        query = query.where(or_(Report.source_language == code, Article.target_language == code))
    if search and search.strip():
        pattern = contains_pattern(search)
        query = query.where(
            or_(
                func.lower(Article.title).like(pattern, escape="\\"),
                and_(
                    original.c.outlet.is_not(None),
                    func.lower(original.c.outlet).like(pattern, escape="\\"),
                ),
            )
        )
    if limit:
        query = query.limit(limit)
    with db.reading() as session:
        return [ArticleSummary(*row) for row in session.execute(query).all()]


def contains_pattern(text: str) -> str:
    """A LIKE pattern (escape character ``\\``) for lowercased text containing ``text``:
    its own ``%`` and ``_`` are plain characters."""
    escaped = text.strip().lower().replace("\\", "\\\\").replace("%", "\\%")
    return "%" + escaped.replace("_", "\\_") + "%"
