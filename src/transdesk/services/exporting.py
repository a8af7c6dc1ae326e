"""Exporting articles for the CMS: a file per article, in one of the export formats, with
every export recorded (who, when, which revision, format, where, SHA-256 of the bytes).

Only approved (or already exported) articles export. An editor may force the export of
another one with a reason; the reason goes into the export record and into the exported
metadata (ninjs ``edNote``). An approved article becomes "exported" on its first export.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from transdesk.core.errors import InvalidValue, UserError
from transdesk.core.file_names import safe_file_name
from transdesk.core.publication import Publication, PublishedSegment, SourceCreditLine
from transdesk.formats.exports import ExportFormat, export_format_named
from transdesk.formats.writing import write_atomically
from transdesk.services.articles import get_article
from transdesk.services.history import current_notes
from transdesk.services.people import Actor, acting_person, role_phrase
from transdesk.storage.database import Database
from transdesk.storage.models import (
    Article,
    ExportRecord,
    Person,
    Revision,
    Segment,
    SourceCredit,
    Target,
    WorkflowEvent,
    utcnow,
)

EXPORTABLE = ("approved", "exported")
FORCING_ROLES = ("editor", "admin")
MAX_REASON = 2000


@dataclass(frozen=True)
class Destination:
    """Where files go: ``path`` is a file (one article) or an existing folder; a hot folder
    is a folder a CMS watches (files appear there whole, named from their headlines)."""

    path: Path
    hot_folder: bool = False

    def file_for(self, publication: Publication, fmt: ExportFormat, many: bool) -> Path:
        if self.hot_folder or many or self.path.is_dir():
            if not self.path.is_dir():
                what = "hot folder" if self.hot_folder else "folder"
                raise InvalidValue(
                    "--hot-folder" if self.hot_folder else "--out",
                    f"{self.path}: no such {what}",
                )
            name = safe_file_name(f"{publication.article_id}-{publication.headline}", fmt.extension)
            return self.path / name
        if not self.path.parent.is_dir():
            raise InvalidValue("--out", f"{self.path.parent}: no such folder")
        return self.path


@dataclass(frozen=True)
class ExportView:
    id: int
    article_id: int
    revision: int
    person: str
    role: str
    format: str
    destination: str
    sha256: str | None
    byte_count: int | None
    forced_reason: str | None
    outcome: str
    detail: str
    external_id: str | None
    created_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "revision": self.revision,
            "person": self.person,
            "role": self.role,
            "format": self.format,
            "destination": self.destination,
            "sha256": self.sha256,
            "bytes": self.byte_count,
            "forced_reason": self.forced_reason,
            "outcome": self.outcome,
            "detail": self.detail,
            "external_id": self.external_id,
            "created_at": self.created_at.isoformat(),
        }


# --- what is exported --------------------------------------------------------------------


def build_publication(
    session: Session, article: Article, forced_reason: str | None = None
) -> Publication:
    """The article as it stands (its newest revision), with its attribution."""
    report = article.report
    newest = session.execute(
        select(Revision.number, Revision.created_at)
        .where(Revision.article_id == article.id)
        .order_by(Revision.number.desc())
        .limit(1)
    ).first()
    notes = current_notes(session, article.id)
    rows = session.execute(
        select(Segment.id, Segment.position, Segment.kind, Segment.source, Target.text,
               Target.status)
        .join(Target, Target.segment_id == Segment.id)
        .where(Target.article_id == article.id)
        .order_by(Segment.position)
    ).all()  # fmt: skip
    credits = sorted(report.credits, key=lambda c: (c.role != "original", c.position))
    return Publication(
        article_id=article.id,
        report_id=report.id,
        revision=newest.number if newest else 0,
        revision_at=newest.created_at if newest else None,
        status=article.status,
        source_language=report.source_language,
        target_language=article.target_language or "und",
        segments=tuple(
            PublishedSegment(position, kind, source, text, status, notes.get(sid) or "")
            for sid, position, kind, source, text, status in rows
        ),
        credits=tuple(_credit(c) for c in credits),
        translators=tuple(p.person.name for p in article.people if p.role == "translator"),
        editor=next((p.person.name for p in article.people if p.role == "editor"), None),
        section=report.section,
        rights=report.rights,
        created_at=article.created_at,
        forced_reason=forced_reason,
    )


def _credit(credit: SourceCredit) -> SourceCreditLine:
    authors = tuple(credit.authors or ())
    return SourceCreditLine(
        credit.role, credit.outlet, credit.url, credit.title, authors, credit.language,
        credit.published_at,
    )  # fmt: skip


@dataclass(frozen=True)
class Preview:
    """What an export would write now, and what an editor should know before sending it."""

    publication: Publication
    data: bytes
    problems: tuple[str, ...]  # blocking: the export would be refused
    warnings: tuple[str, ...]  # it exports, but the CMS copy would lack something


def preview(db: Database, article_id: int, format_name: str) -> Preview:
    """Render the article as the export would; nothing is written or recorded."""
    fmt = export_format_named(format_name)
    with db.reading() as session:
        article = get_article(session, article_id)
        publication = build_publication(session, article)
    problems = []
    if publication.status not in EXPORTABLE:
        problems.append(
            f"article {article_id} is {publication.status}: only approved articles export "
            "(an editor can force it, with a reason)"
        )
    return Preview(publication, fmt.renderer()(publication), tuple(problems),
                   tuple(check_attribution(publication)))  # fmt: skip


def check_attribution(publication: Publication) -> list[str]:
    """What the exported copy would lack: untranslated text, credits, rights."""
    found = []
    untranslated = sum(not s.text.strip() for s in publication.segments)
    if untranslated:
        found.append(f"{untranslated} segment(s) have no translation and are left out")
    stale = sum(s.status == "needs_update" for s in publication.segments)
    if stale:
        found.append(f"{stale} segment(s) still need an update after a corrected source")
    original = publication.original
    if original is None or not original.outlet:
        found.append("the original outlet is missing")
    if original is None or not original.url:
        found.append("the original URL is missing")
    if original is None or original.published_at is None:
        found.append("the original publication date is missing")
    if not publication.translators:
        found.append("no translator is named")
    if not publication.rights:
        found.append("the rights are not set")
    return found


# --- exporting ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    record: ExportView
    path: Path

    def to_json(self) -> dict[str, Any]:
        return self.record.to_json()


def _check(article: Article, actor: Actor, force: bool, reason: str) -> str | None:
    """The forced reason to record (None: a normal export); refuses what may not export."""
    if not force:
        if article.status not in EXPORTABLE:
            raise UserError(
                f"article {article.id} is {article.status}; only approved articles export "
                "(an editor can force it with --force --reason)"
            )
        return None
    if actor.role not in FORCING_ROLES:
        raise UserError(
            f"{actor.name} is {role_phrase(actor.role)}; only an editor can force an export"
        )
    clean = " ".join(reason.split())
    if not clean:
        raise InvalidValue("--reason", "is empty; say why this article exports unapproved")
    if len(clean) > MAX_REASON:
        raise InvalidValue("--reason", f"is longer than {MAX_REASON:,} characters")
    return clean


def export_article(
    db: Database,
    article_id: int,
    format_name: str,
    destination: Destination,
    *,
    author: str | None,
    role: str | None = None,
    force: bool = False,
    reason: str = "",
    many: bool = False,
) -> ExportResult:
    """Export one article: render, write the file whole, record it, in one transaction.

    Refused, with nothing written or recorded: an unknown article or person, an article not
    approved (unless forced by an editor with a reason), a destination that does not exist.
    """
    fmt = export_format_named(format_name)
    with db.transaction() as session:
        article = get_article(session, article_id)
        actor = acting_person(session, author, role)
        forced = _check(article, actor, force, reason)
        publication = build_publication(session, article, forced)
        data = fmt.renderer()(publication)
        path = destination.file_for(publication, fmt, many)
        now = utcnow()
        record = ExportRecord(
            article_id=article.id, revision_number=publication.revision, person_id=actor.id,
            role=actor.role, format=fmt.name, destination=str(path),
            sha256=hashlib.sha256(data).hexdigest(), byte_count=len(data),
            forced_reason=forced, outcome="written", detail="", created_at=now,
        )  # fmt: skip
        session.add(record)
        if article.status == "approved":
            _mark_exported(session, article, actor, publication.revision, fmt.name, now)
        session.flush()
        try:
            write_atomically(path, data)  # last: a failed write rolls the record back
        except OSError as error:
            raise UserError(f"{path}: cannot write ({error.strerror or error})") from None
        return ExportResult(_view(record, actor.name), path)


def _mark_exported(
    session: Session, article: Article, actor: Actor, revision: int, fmt: str, now: datetime
) -> None:
    session.add(
        WorkflowEvent(
            article_id=article.id, from_status=article.status, to_status="exported",
            person_id=actor.id, role=actor.role, revision_number=revision,
            note=f"exported as {fmt}", created_at=now,
        )
    )  # fmt: skip
    # Not a new version of the text: no lock_version bump (see services.workflow.move).
    session.execute(
        update(Article).where(Article.id == article.id).values(status="exported", updated_at=now)
    )


def export_many(
    db: Database,
    article_ids: Sequence[int],
    format_name: str,
    destination: Destination,
    *,
    author: str | None,
    role: str | None = None,
    force: bool = False,
    reason: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[ExportResult], list[UserError]]:
    """Export each article in its own transaction; a refused one is reported and the others
    go on. ``progress(done, total)`` is called after each."""
    export_format_named(format_name)  # a bad format is refused before anything happens
    results: list[ExportResult] = []
    errors: list[UserError] = []
    many = len(article_ids) > 1
    for done, article_id in enumerate(article_ids, start=1):
        try:
            results.append(
                export_article(
                    db, article_id, format_name, destination, author=author, role=role,
                    force=force, reason=reason, many=many,
                )
            )  # fmt: skip
        except UserError as error:
            errors.append(error)
        if progress is not None:
            progress(done, len(article_ids))
    return results, errors


def export_history(db: Database, article_id: int) -> list[ExportView]:
    """The article's exports, newest first."""
    with db.reading() as session:
        get_article(session, article_id)
        rows = session.execute(
            select(ExportRecord, Person.name)
            .join(Person, Person.id == ExportRecord.person_id)
            .where(ExportRecord.article_id == article_id)
            .order_by(ExportRecord.created_at.desc(), ExportRecord.id.desc())
        ).all()
        return [_view(record, name) for record, name in rows]


def export_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(ExportRecord)) or 0)


def _view(record: ExportRecord, person: str) -> ExportView:
    return ExportView(
        record.id, record.article_id, record.revision_number, person, record.role,
        record.format, record.destination, record.sha256, record.byte_count,
        record.forced_reason, record.outcome, record.detail, record.external_id,
        record.created_at,
    )  # fmt: skip
