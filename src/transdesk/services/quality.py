"""Quality review: issues an editor tags on segments, and the article's score.

Each issue has a category and a severity (MQM-style); severities weigh minor 1, major 5,
critical 10 penalty points. The score is the points per 1,000 source words; an article
passes while its score, as shown (one decimal), stays at or under the threshold set in
Preferences. Only an editor (or an admin) tags or removes issues.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from transdesk.core.errors import InvalidValue, NotFound, UserError
from transdesk.services.articles import get_article, segment_at
from transdesk.services.people import Actor, acting_person, role_phrase
from transdesk.storage.database import Database
from transdesk.storage.models import Person, QualityIssue, Revision, Segment, utcnow

CATEGORIES = ("accuracy", "fluency", "terminology", "style", "locale_convention")
SEVERITIES = ("minor", "major", "critical")
WEIGHTS = {"minor": 1, "major": 5, "critical": 10}
REVIEW_ROLES = ("editor", "admin")
MAX_NOTE = 10_000
MAX_THRESHOLD = 1000.0


@dataclass(frozen=True)
class IssueView:
    id: int
    article_id: int
    segment_id: int
    position: int  # 0-based, as in ``show --json``
    category: str
    severity: str
    note: str
    author: str
    revision_number: int | None
    created_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "segment_id": self.segment_id,
            "position": self.position,
            "category": self.category,
            "severity": self.severity,
            "note": self.note,
            "author": self.author,
            "revision": self.revision_number,
            "created_at": self.created_at.isoformat(),
        }


@dataclass(frozen=True)
class QualityScore:
    """An article's penalty points per 1,000 source words, against a threshold."""

    article_id: int
    words: int
    points: int
    score: float  # rounded to one decimal; ``passed`` is decided on this figure
    threshold: float
    passed: bool
    by_severity: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)

    @property
    def issues(self) -> int:
        return sum(self.by_severity.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "words": self.words,
            "issues": self.issues,
            "points": self.points,
            "score": self.score,
            "threshold": self.threshold,
            "passed": self.passed,
            "by_severity": dict(self.by_severity),
            "by_category": dict(self.by_category),
        }


def _choice(value: str, allowed: tuple[str, ...], name: str) -> str:
    # "Locale convention" and "locale-convention" are what people type for locale_convention.
    clean = "_".join(value.strip().lower().replace("-", " ").split())
    if clean not in allowed:
        raise InvalidValue(name, f"{value.strip()!r} is not one of {', '.join(allowed)}")
    return clean


def _check_reviewer(actor: Actor, verb: str) -> None:
    if actor.role in REVIEW_ROLES:
        return
    who = (
        f"is {role_phrase(actor.role)}"
        if actor.role == actor.stored_role
        else f"is acting as {role_phrase(actor.role)}"
    )
    raise UserError(f"{actor.name} {who}; only an editor can {verb}")


def tag_issue(
    db: Database,
    article_id: int,
    number: int,
    category: str,
    severity: str,
    note: str = "",
    *,
    author: str | None,
    role: str | None = None,
) -> IssueView:
    """Record an issue on segment ``number`` (1-based, as ``show`` prints it), found in the
    article's newest revision; by an editor or an admin."""
    clean_category = _choice(category, CATEGORIES, "category")
    clean_severity = _choice(severity, SEVERITIES, "severity")
    clean_note = note.strip()
    if len(clean_note) > MAX_NOTE:
        raise InvalidValue("note", f"is longer than {MAX_NOTE:,} characters")
    with db.transaction() as session:
        article = get_article(session, article_id)
        segment = segment_at(session, article, number)
        actor = acting_person(session, author, role)
        _check_reviewer(actor, "tag quality issues")
        newest = session.scalar(
            select(func.max(Revision.number)).where(Revision.article_id == article.id)
        )
        issue = QualityIssue(
            article_id=article.id, segment_id=segment.id, person_id=actor.id,
            category=clean_category, severity=clean_severity, note=clean_note,
            revision_number=newest, created_at=utcnow(),
        )  # fmt: skip
        session.add(issue)
        session.flush()
        return _views(session, issue_id=issue.id)[0]


def remove_issue(
    db: Database, issue_id: int, *, author: str | None, role: str | None = None
) -> IssueView:
    """Delete an issue (tagged by mistake, or fixed); by an editor or an admin. The issue
    as it was."""
    with db.transaction() as session:
        issue = session.get(QualityIssue, issue_id)
        if issue is None:
            raise NotFound(f"no quality issue with id {issue_id}")
        actor = acting_person(session, author, role)
        _check_reviewer(actor, "remove quality issues")
        view = _views(session, issue_id=issue.id)[0]
        session.delete(issue)
        return view


def list_issues(db: Database, article_id: int) -> list[IssueView]:
    """The article's issues in segment order, oldest first within a segment."""
    with db.reading() as session:
        get_article(session, article_id)
        return _views(session, article_id=article_id)


def quality_score(db: Database, article_id: int, threshold: float) -> QualityScore:
    """The article's penalty points per 1,000 source words and whether that passes
    ``threshold``; an article of no words scores 0 and passes."""
    if not 0 <= threshold <= MAX_THRESHOLD:
        raise InvalidValue("threshold", f"{threshold:g} is not between 0 and {MAX_THRESHOLD:g}")
    with db.reading() as session:
        article = get_article(session, article_id)
        words = article.words_total
        rows = session.execute(
            select(QualityIssue.category, QualityIssue.severity, func.count())
            .where(QualityIssue.article_id == article_id)
            .group_by(QualityIssue.category, QualityIssue.severity)
        ).all()
    by_severity = dict.fromkeys(SEVERITIES, 0)
    by_category = dict.fromkeys(CATEGORIES, 0)
    points = 0
    for category, severity, count in rows:
        by_severity[severity] = by_severity.get(severity, 0) + count
        by_category[category] = by_category.get(category, 0) + count
        points += WEIGHTS.get(severity, 0) * count
    score = per_thousand(points, words)
    return QualityScore(
        article_id, words, points, score, threshold, score <= threshold, by_severity, by_category
    )


def per_thousand(points: int, words: int) -> float:
    """``points`` per 1,000 ``words``, rounded half up to one decimal (0 for no words)."""
    if words <= 0:
        return 0.0
    exact = Decimal(points * 1000) / Decimal(words)
    return float(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _views(
    session: Session, *, issue_id: int | None = None, article_id: int | None = None
) -> list[IssueView]:
    query = (
        select(
            QualityIssue.id, QualityIssue.article_id, QualityIssue.segment_id, Segment.position,
            QualityIssue.category, QualityIssue.severity, QualityIssue.note, Person.name,
            QualityIssue.revision_number, QualityIssue.created_at,
        )
        .join(Segment, Segment.id == QualityIssue.segment_id)
        .join(Person, Person.id == QualityIssue.person_id)
        .order_by(Segment.position, QualityIssue.created_at, QualityIssue.id)
    )  # fmt: skip
    if issue_id is not None:
        query = query.where(QualityIssue.id == issue_id)
    if article_id is not None:
        query = query.where(QualityIssue.article_id == article_id)
    return [IssueView(*row[:10]) for row in session.execute(query)]
