"""Exporting articles for the CMS: a file per article, in one of the export formats, with
every export recorded (who, when, which revision, format, where, SHA-256 of the bytes).

Only approved (or already exported) articles export. An editor may force the export of
another one with a reason; the reason goes into the export record and into the exported
metadata (ninjs ``edNote``). An approved article becomes "exported" on its first export.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, func, insert, select, update
from sqlalchemy.orm import Session

from transdesk.core.errors import InvalidValue, NotFound, UserError
from transdesk.core.file_names import safe_file_name
from transdesk.core.publication import Publication
from transdesk.formats.exports import ExportFormat, export_format_named
from transdesk.formats.writing import write_atomically
from transdesk.services.articles import get_article
from transdesk.services.people import Actor, acting_person, role_phrase
from transdesk.services.publications import build_publication, build_publications
from transdesk.services.qa import article_findings
from transdesk.services.qa_gate import clean_override
from transdesk.services.qa_gate import qa_override as gate
from transdesk.storage.database import Database
from transdesk.storage.models import (
    Article,
    ExportRecord,
    Person,
    Revision,
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
    qa_override: str | None = None  # why it went out although QA errors remained

    def to_json(self) -> dict[str, Any]:
        return {
            "qa_override": self.qa_override,
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
        get_article(session, article_id)
        publication = build_publication(session, article_id)
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


def _forcing(actor: Actor, force: bool, reason: str) -> str | None:
    """The reason to record when forcing (None: not forcing); refuses a translator forcing
    or a missing reason before anything is read or written."""
    if not force:
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
    qa_override: str = "",
) -> ExportResult:
    """Export one article (see :func:`export_many`); a refusal is raised."""
    results, errors = export_many(
        db, [article_id], format_name, destination, author=author, role=role, force=force,
        reason=reason, qa_override=qa_override,
    )  # fmt: skip
    if errors:
        raise errors[0]
    return results[0]


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
    qa_override: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[ExportResult], list[UserError]]:
    """Export each article: render, write the file whole, record it.

    The articles are read together; each is then written and recorded in its own
    transaction, so a refused one is reported and the others go on. Refused, with nothing
    written or recorded: an unknown article, one not approved (unless an editor forces it
    with a reason), one changed since it was read, a destination that does not exist. A bad
    format or person, or forcing without the right, refuses the whole call.
    ``progress(done, total)`` is called after each article.
    """
    fmt = export_format_named(format_name)
    render = fmt.renderer()
    with db.reading() as session:
        actor = acting_person(session, author, role)
        forced = _forcing(actor, force, reason)
        override = clean_override(qa_override)
        publications = build_publications(session, article_ids)
        approvals = approvals_of(session, article_ids)
    results: list[ExportResult] = []
    errors: list[UserError] = []
    many = len(article_ids) > 1
    for done, article_id in enumerate(article_ids, start=1):
        try:
            publication = publications.get(article_id)
            if publication is None:
                raise NotFound(f"no article with id {article_id}")
            results.append(
                _export_one(
                    db, publication, fmt, render, destination, actor, forced, many,
                    partial(qa_verdict, db, approvals.get(article_id), override),
                )
            )  # fmt: skip
        except UserError as error:
            errors.append(error)
        if progress is not None:
            progress(done, len(article_ids))
    return results, errors


def _export_one(
    db: Database,
    publication: Publication,
    fmt: ExportFormat,
    render: Callable[[Publication], bytes],
    destination: Destination,
    actor: Actor,
    forced: str | None,
    many: bool,
    verdict_of: Callable[[Publication], str | None],
) -> ExportResult:
    article_id = publication.article_id
    if publication.status in EXPORTABLE:
        forced = None  # nothing to force: an approved article exports as it is
    elif forced is None:
        raise UserError(
            f"article {article_id} is {publication.status}; only approved articles export "
            "(an editor can force it with --force --reason)"
        )
    else:
        publication = replace(publication, forced_reason=forced)
    qa_override = verdict_of(publication)
    data = render(publication)
    path = destination.file_for(publication, fmt, many)
    # Core statements on one connection, not a Session: a batch of a thousand exports
    # should spend its time writing files, not building ORM state.
    with db.engine.begin() as connection:
        status, newest = connection.execute(
            select(
                _ARTICLES.c.status,
                select(func.max(_REVISIONS.c.number))
                .where(_REVISIONS.c.article_id == article_id)
                .scalar_subquery(),
            ).where(_ARTICLES.c.id == article_id)
        ).one()
        if (status, newest or 0) != (publication.status, publication.revision):
            raise UserError(f"article {article_id} changed while it was exported; export again")
        now = utcnow()
        values = {
            "article_id": article_id, "revision_number": publication.revision,
            "person_id": actor.id, "role": actor.role, "format": fmt.name,
            "destination": str(path), "sha256": hashlib.sha256(data).hexdigest(),
            "byte_count": len(data), "forced_reason": forced, "outcome": "written",
            "detail": "", "external_id": None, "created_at": now, "qa_override": qa_override,
        }  # fmt: skip
        record_id = connection.execute(
            insert(_RECORDS).returning(_RECORDS.c.id), values
        ).scalar_one()
        if status == "approved":
            mark_exported(connection, article_id, actor, publication.revision, fmt.name, now)
        try:
            write_atomically(path, data)  # last: a failed write rolls the record back
        except OSError as error:
            raise UserError(f"{path}: cannot write ({error.strerror or error})") from None
    return ExportResult(_view(ExportRecord(id=record_id, **values), actor.name), path)


_ARTICLES = cast(Table, Article.__table__)
_REVISIONS = cast(Table, Revision.__table__)
_RECORDS = cast(Table, ExportRecord.__table__)
_EVENTS = cast(Table, WorkflowEvent.__table__)


def mark_exported(
    connection: Connection, article_id: int, actor: Actor, revision: int, fmt: str,
    now: datetime,
) -> None:  # fmt: skip
    connection.execute(
        insert(_EVENTS).values(
            article_id=article_id, from_status="approved", to_status="exported",
            person_id=actor.id, role=actor.role, revision_number=revision,
            note=f"exported as {fmt}", created_at=now,
        )
    )  # fmt: skip
    # Not a new version of the text: no lock_version bump (see services.workflow.move).
    connection.execute(
        update(_ARTICLES)
        .where(_ARTICLES.c.id == article_id)
        .values(status="exported", updated_at=now)
    )


def approvals_of(
    session: Session, article_ids: Sequence[int]
) -> dict[int, tuple[int | None, str | None]]:
    """Each article's newest approval: (revision approved, QA override recorded)."""
    found: dict[int, tuple[int | None, str | None]] = {}
    for chunk in (article_ids[i : i + 500] for i in range(0, len(article_ids), 500)):
        for article_id, revision, override in session.execute(
            select(
                WorkflowEvent.article_id, WorkflowEvent.revision_number, WorkflowEvent.qa_override
            )
            .where(WorkflowEvent.article_id.in_(chunk), WorkflowEvent.to_status == "approved")
            .order_by(WorkflowEvent.created_at, WorkflowEvent.id)
        ):
            found[article_id] = (revision, override)
    return found


def qa_verdict(
    db: Database,
    approval: tuple[int | None, str | None] | None,
    override: str,
    publication: Publication,
) -> str | None:
    """The QA override to record for this export; refuses QA errors without one."""
    if (
        publication.status in EXPORTABLE
        and approval is not None
        and (approval[0] or 0) == publication.revision
    ):
        return approval[1]
    with db.reading() as session:
        findings = article_findings(session, get_article(session, publication.article_id))
    return gate(publication.article_id, findings, override, "export")


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


def _view(record: ExportRecord, person: str) -> ExportView:
    return ExportView(
        record.id, record.article_id, record.revision_number, person, record.role,
        record.format, record.destination, record.sha256, record.byte_count,
        record.forced_reason, record.outcome, record.detail, record.external_id,
        record.created_at, record.qa_override,
    )  # fmt: skip
