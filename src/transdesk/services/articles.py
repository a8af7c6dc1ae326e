"""One article: reading it whole, its attribution, starting another language."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from transdesk.core.errors import InvalidValue, NotFound
from transdesk.core.languages import checked_code, direction
from transdesk.core.sentences import sentence_spans
from transdesk.storage.database import Database
from transdesk.storage.models import (
    Article,
    Report,
    ReportVersion,
    Segment,
    SourceCredit,
    Target,
)


@dataclass
class CreditView:
    role: str
    outlet: str | None
    url: str | None
    authors: list[str]
    published_at: datetime | None
    title: str | None
    language: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "outlet": self.outlet,
            "url": self.url,
            "authors": list(self.authors),
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "title": self.title,
            "language": self.language,
        }


@dataclass
class SegmentView:
    id: int
    position: int
    kind: str
    source: str
    target: str
    status: str
    sentences: list[list[int]] | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "position": self.position,
            "kind": self.kind,
            "source": self.source,
            "target": self.target,
            "status": self.status,
        }
        if self.sentences is not None:
            data["sentences"] = self.sentences
        return data


@dataclass
class ArticleView:
    id: int
    report_id: int
    title: str
    status: str
    source_language: str
    target_language: str | None
    report_version: int
    section: str | None
    rights: str | None
    credits: list[CreditView]
    translators: list[str]
    editor: str | None
    other_languages: dict[str, int]  # target language → article id, same report
    words_total: int
    words_translated: int
    created_at: datetime
    updated_at: datetime
    segments: list[SegmentView] = field(default_factory=list)
    deadline: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "report_id": self.report_id,
            "title": self.title,
            "status": self.status,
            "source_language": self.source_language,
            "target_language": self.target_language,
            "source_direction": direction(self.source_language),
            "target_direction": direction(self.target_language),
            "report_version": self.report_version,
            "attribution": {
                "section": self.section,
                "rights": self.rights,
                "credits": [credit.to_json() for credit in self.credits],
                "translators": list(self.translators),
                "editor": self.editor,
            },
            "other_languages": dict(self.other_languages),
            "words_total": self.words_total,
            "words_translated": self.words_translated,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "segments": [segment.to_json() for segment in self.segments],
        }


def get_article(session: Session, article_id: int) -> Article:
    article = session.get(Article, article_id)
    if article is None:
        raise NotFound(f"no article with id {article_id}")
    return article


def segment_at(session: Session, article: Article, number: int) -> Segment:
    """The article's segment numbered ``number`` as ``show`` prints it (#1 is the first)."""
    in_version = Segment.version_id == article.version_id
    segment = session.scalar(select(Segment).where(in_version, Segment.position == number - 1))
    if segment is None:
        count = session.scalar(select(func.count()).select_from(Segment).where(in_version))
        raise InvalidValue(
            "segment", f"article {article.id} has segments 1-{count}; there is no segment {number}"
        )
    return segment


def show_article(
    db: Database,
    article_id: int,
    *,
    with_segments: bool = True,
    with_sentences: bool = False,
    revision: int | None = None,
) -> ArticleView:
    """Everything about one article: attribution, languages, every segment.

    With ``revision``, the targets are those of that revision, rebuilt from history.
    """
    if with_sentences:
        ensure_sentences(db, article_id)
    with db.reading() as session:
        article = get_article(session, article_id)
        report = article.report
        version = session.get(ReportVersion, article.version_id)
        assert version is not None
        view = ArticleView(
            id=article.id,
            report_id=report.id,
            title=article.title,
            status=article.status,
            source_language=report.source_language,
            target_language=article.target_language,
            report_version=version.number,
            section=report.section,
            rights=report.rights,
            credits=[_credit_view(credit) for credit in report.credits],
            translators=[p.person.name for p in article.people if p.role == "translator"],
            editor=next((p.person.name for p in article.people if p.role == "editor"), None),
            other_languages={
                other.target_language: other.id
                for other in report.articles
                if other.id != article.id and other.target_language
            },
            words_total=article.words_total,
            words_translated=article.words_translated,
            created_at=article.created_at,
            updated_at=article.updated_at,
            deadline=article.deadline,
        )
        if with_segments:
            rows = session.execute(
                select(
                    Segment.id,
                    Segment.position,
                    Segment.kind,
                    Segment.source,
                    Target.text,
                    Target.status,
                    Segment.sentences,
                )
                .join(Target, Target.segment_id == Segment.id)
                .where(Target.article_id == article.id)
                .order_by(Segment.position)
            ).all()
            view.segments = [
                SegmentView(*row[:6], sentences=row[6] if with_sentences else None) for row in rows
            ]
    if with_segments and revision is not None:
        from transdesk.services.history import rebuild

        texts = rebuild(db, article_id, revision)
        for segment in view.segments:
            segment.target, segment.status = texts[segment.id]
    return view


def _credit_view(credit: SourceCredit) -> CreditView:
    return CreditView(
        role=credit.role,
        outlet=credit.outlet,
        url=credit.url,
        authors=list(credit.authors or []),
        published_at=credit.published_at,
        title=credit.title,
        language=credit.language,
    )


def ensure_sentences(db: Database, article_id: int) -> int:
    """Store sentence boundaries for the article's segments that lack them; how many."""
    with db.transaction() as session:
        article = get_article(session, article_id)
        language = article.report.source_language
        segments = session.scalars(
            select(Segment).where(
                Segment.version_id == article.version_id, Segment.sentences.is_(None)
            )
        ).all()
        for segment in segments:
            segment.sentences = sentence_spans(segment.source, language)
        return len(segments)


def add_language(db: Database, article_id: int, language: str) -> int:
    """Start a translation of the same report into ``language``; the new article's id."""
    code = checked_code(language, "language")
    with db.transaction() as session:
        article = get_article(session, article_id)
        report: Report = article.report
        if code == report.source_language:
            raise InvalidValue("language", f"{code} is the report's own language")
        for other in report.articles:
            if other.target_language == code:
                raise InvalidValue(
                    "language", f"report {report.id} already has a {code} article ({other.id})"
                )
        return _new_article(session, report, article.version_id, code, article.title)


def _new_article(
    session: Session, report: Report, version_id: int, language: str, title: str
) -> int:
    version = session.get(ReportVersion, version_id)
    assert version is not None
    article = Article(
        report=report,
        version_id=version_id,
        target_language=language,
        title=title,
        words_total=version.word_count,
    )
    session.add(article)
    session.flush()
    segment_ids = session.scalars(
        select(Segment.id).where(Segment.version_id == version_id).order_by(Segment.position)
    ).all()
    if segment_ids:
        session.execute(
            insert(Target), [{"article_id": article.id, "segment_id": sid} for sid in segment_ids]
        )
    return article.id
