"""Importing source reports: a file becomes a report and one article per target language."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from transdesk.core.attribution import check_url, parse_published, split_authors
from transdesk.core.detection import detect_language
from transdesk.core.errors import BadInputFile, InvalidValue, UserError
from transdesk.core.languages import checked_code, direction
from transdesk.core.report import (
    COUNTED_AS_TRANSLATED,
    Credit,
    CreditRole,
    ImportedReport,
    SegmentStatus,
)
from transdesk.core.text_measure import count_words, text_hash
from transdesk.formats.registry import guess_import_format, import_format_named
from transdesk.storage.database import Database
from transdesk.storage.models import (
    Article,
    Report,
    ReportVersion,
    Revision,
    Segment,
    SegmentChange,
    SourceCredit,
    Target,
)


@dataclass
class AttributionFlags:
    """What the user says about the source, overriding what the file says."""

    outlet: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    section: str | None = None
    rights: str | None = None
    via: list[str] = field(default_factory=list)  # "Outlet" or "Outlet https://url"


@dataclass
class ImportRequest:
    path: Path
    format_name: str | None = None
    source_language: str | None = None
    target_languages: list[str] = field(default_factory=list)
    attribution: AttributionFlags = field(default_factory=AttributionFlags)


@dataclass
class ImportedArticle:
    id: int
    target_language: str | None


@dataclass
class ImportResult:
    file: str
    report_id: int
    format: str
    source_language: str
    direction: str
    headline: str
    segments: int
    words: int
    articles: list[ImportedArticle]

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "report_id": self.report_id,
            "format": self.format,
            "source_language": self.source_language,
            "direction": self.direction,
            "headline": self.headline,
            "segments": self.segments,
            "words": self.words,
            "articles": [{"id": a.id, "target_language": a.target_language} for a in self.articles],
        }


def read_report(request: ImportRequest) -> ImportedReport:
    """Parse the file (no database): a BadInputFile names the file and the problem."""
    fmt = (
        import_format_named(request.format_name)
        if request.format_name
        else guess_import_format(request.path)
    )
    imported = fmt.reader()(request.path)
    imported.format_name = fmt.name
    if not imported.segments:
        raise BadInputFile(request.path, "contains no text to translate")
    return imported


def import_report(db: Database, request: ImportRequest) -> ImportResult:
    """Read ``request.path`` and store it as a new report with its articles, in one
    transaction: bad input leaves the database as it was."""
    path = request.path
    imported = read_report(request)
    source_language = _source_language(request, imported)
    targets = _target_languages(request, imported, source_language)
    _apply_flags(imported, request.attribution)
    data = path.read_bytes()
    with db.transaction() as session:
        report, version = _store_report(session, imported, source_language, path, data)
        articles = [
            _store_article(session, report, version, language, imported, path)
            for language in targets
        ]
        return ImportResult(
            file=str(path),
            report_id=report.id,
            format=imported.format_name,
            source_language=source_language,
            direction=direction(source_language),
            headline=version.headline,
            segments=version.segment_count,
            words=version.word_count,
            articles=[ImportedArticle(a.id, a.target_language) for a in articles],
        )


def _source_language(request: ImportRequest, imported: ImportedReport) -> str:
    if request.source_language:
        return checked_code(request.source_language, "--source-lang")
    if imported.source_language:
        try:
            return checked_code(imported.source_language)
        except InvalidValue:
            pass  # a page declaring nonsense: detect instead
    detected = detect_language("\n".join(s.source for s in imported.segments[:40]))
    if not detected:
        raise BadInputFile(request.path, "cannot tell the source language; give --source-lang")
    return detected


def _target_languages(
    request: ImportRequest, imported: ImportedReport, source: str
) -> list[str | None]:
    wanted = request.target_languages or (
        [imported.target_language] if imported.target_language else []
    )
    languages: list[str | None] = []
    for code in wanted:
        language = checked_code(code, "--target-lang")
        if language == source:
            raise BadInputFile(
                request.path, f"is already in {language}; it cannot be translated into {language}"
            )
        if language not in languages:
            languages.append(language)
    return languages or [None]


def parse_via(value: str) -> Credit:
    """``"Outlet"`` or ``"Outlet https://…"`` → a via credit."""
    words = value.strip().rsplit(None, 1)
    url = None
    if len(words) == 2 and words[1].startswith(("http://", "https://")):
        url = check_url(words[1], "--via")
        value = words[0]
    if not value.strip():
        raise InvalidValue("--via", "names no outlet")
    return Credit(role=CreditRole.VIA, outlet=value.strip(), url=url)


def _apply_flags(imported: ImportedReport, flags: AttributionFlags) -> None:
    credit = imported.original_credit()
    if flags.outlet:
        credit.outlet = flags.outlet.strip()
    if flags.url:
        credit.url = check_url(flags.url, "--url")
    if flags.authors:
        credit.authors = [name for value in flags.authors for name in split_authors(value)]
    if flags.published:
        credit.published_at = parse_published(flags.published, "--published")
    if flags.section:
        imported.section = flags.section.strip()
    if flags.rights:
        imported.rights = flags.rights.strip()
    imported.credits += [parse_via(value) for value in flags.via]


def _store_report(
    session: Session, imported: ImportedReport, language: str, path: Path, data: bytes
) -> tuple[Report, ReportVersion]:
    report = Report(source_language=language, section=imported.section, rights=imported.rights)
    session.add(report)
    for position, credit in enumerate(imported.credits):
        session.add(_credit_row(report, position, credit, language))
    session.flush()
    return report, store_version(session, report, imported, path, data)


def store_version(
    session: Session, report: Report, imported: ImportedReport, path: Path, data: bytes
) -> ReportVersion:
    """The report's next source version (1 for a new report) and its segments, stored
    with one bulk insert."""
    number = 1 + (
        session.scalar(
            select(func.max(ReportVersion.number)).where(ReportVersion.report_id == report.id)
        )
        or 0
    )
    words = [count_words(s.source) for s in imported.segments]
    headline = imported.headline or imported.segments[0].source
    version = ReportVersion(
        report_id=report.id,
        number=number,
        headline=headline[:2000],
        file_name=path.name,
        file_format=imported.format_name,
        file_sha256=hashlib.sha256(data).hexdigest(),
        segment_count=len(imported.segments),
        word_count=sum(words),
    )
    session.add(version)
    session.flush()
    rows = [
        {
            "version_id": version.id,
            "position": position,
            "kind": segment.kind.value,
            "source": segment.source,
            "source_hash": text_hash(segment.source),
            "word_count": count,
        }
        for position, (segment, count) in enumerate(zip(imported.segments, words, strict=True))
    ]
    session.execute(insert(Segment), rows)
    return version


def _credit_row(report: Report, position: int, credit: Credit, language: str) -> SourceCredit:
    published: datetime | None = credit.published_at
    return SourceCredit(
        report=report,
        position=position,
        role=credit.role.value,
        outlet=credit.outlet,
        url=credit.url,
        authors=list(credit.authors),
        published_at=published,
        title=credit.title,
        language=credit.language or (language if credit.role is CreditRole.ORIGINAL else None),
    )


def _store_article(
    session: Session,
    report: Report,
    version: ReportVersion,
    language: str | None,
    imported: ImportedReport,
    path: Path,
) -> Article:
    """An article with a target row per segment; targets already in the file become its
    first revision, so their origin shows in the history."""
    segments = session.execute(
        select(Segment.id, Segment.word_count)
        .where(Segment.version_id == version.id)
        .order_by(Segment.position)
    ).all()
    article = Article(
        report=report,
        version_id=version.id,
        target_language=language,
        title=version.headline,
        words_total=version.word_count,
    )
    session.add(article)
    session.flush()
    prefilled = [
        (segment_id, words, imported_segment)
        for (segment_id, words), imported_segment in zip(segments, imported.segments, strict=True)
        if imported_segment.target
    ]
    revision_id = None
    if prefilled:
        revision = Revision(
            article_id=article.id,
            number=1,
            role="translator",
            message=f"Translation imported with {path.name}",
            words_added=sum(count_words(s.target or "") for _, _, s in prefilled),
            words_removed=0,
        )
        session.add(revision)
        session.flush()
        revision_id = revision.id
        session.execute(
            insert(SegmentChange),
            [
                {
                    "revision_id": revision_id,
                    "segment_id": segment_id,
                    "text": s.target,
                    "status": (s.target_status or SegmentStatus.DRAFT).value,
                    "note": s.note,
                }
                for segment_id, _, s in prefilled
            ],
        )
    by_segment = {segment_id: s for segment_id, _, s in prefilled}
    session.execute(
        insert(Target),
        [
            {
                "article_id": article.id,
                "segment_id": segment_id,
                "text": by_segment[segment_id].target if segment_id in by_segment else "",
                "status": (
                    (by_segment[segment_id].target_status or SegmentStatus.DRAFT).value
                    if segment_id in by_segment
                    else SegmentStatus.UNTRANSLATED.value
                ),
                "revision_id": revision_id if segment_id in by_segment else None,
            }
            for segment_id, _ in segments
        ],
    )
    article.words_translated = sum(
        words
        for segment_id, words, s in prefilled
        if (s.target_status or SegmentStatus.DRAFT).value in COUNTED_AS_TRANSLATED
    )
    return article


def import_many(
    db: Database,
    requests: Sequence[ImportRequest],
    before_each: Callable[[int, Path], None] | None = None,
) -> tuple[list[ImportResult], list[UserError]]:
    """Import each file in its own transaction; a bad file is reported, the rest go in.
    ``before_each(number, path)`` (1-based) lets a caller show progress."""
    results: list[ImportResult] = []
    errors: list[UserError] = []
    for number, request in enumerate(requests, 1):
        if before_each is not None:
            before_each(number, request.path)
        try:
            results.append(import_report(db, request))
        except UserError as error:
            errors.append(error)
    return results, errors


def check_request(request: ImportRequest) -> None:
    """Refuse bad flags (languages, URL, date, via) before any file is read."""
    if request.format_name:
        import_format_named(request.format_name)
    if request.source_language:
        checked_code(request.source_language, "--source-lang")
    for code in request.target_languages:
        checked_code(code, "--target-lang")
    flags = request.attribution
    if flags.url:
        check_url(flags.url, "--url")
    if flags.published:
        parse_published(flags.published, "--published")
    for value in flags.via:
        parse_via(value)
