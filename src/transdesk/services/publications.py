"""Reading articles as Publications (their newest revision with attribution), many at a
time: a batch export reads a thousand articles in a handful of queries, not thousands."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from transdesk.core.errors import NotFound
from transdesk.core.publication import Publication, PublishedSegment, SourceCreditLine
from transdesk.services.history import newest_notes
from transdesk.storage.models import (
    Article,
    ArticlePerson,
    Person,
    Report,
    Revision,
    Segment,
    SourceCredit,
    Target,
    WorkflowEvent,
)

CHUNK = 500  # ids per IN (...) list: well under every backend's parameter limit


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def build_publication(
    session: Session, article_id: int, forced_reason: str | None = None
) -> Publication:
    """One article as it stands (its newest revision), with its attribution."""
    found = build_publications(session, [article_id], {article_id: forced_reason})
    if article_id not in found:
        raise NotFound(f"no article with id {article_id}")
    return found[article_id]


def build_publications(
    session: Session,
    article_ids: Sequence[int],
    forced_reasons: dict[int, str | None] | None = None,
) -> dict[int, Publication]:
    """Article id → Publication, for the ids that exist (unknown ones are left out)."""
    found: dict[int, Publication] = {}
    for chunk in _chunks(list(dict.fromkeys(article_ids))):
        found.update(_build_chunk(session, chunk, forced_reasons or {}))
    return found


def _build_chunk(
    session: Session, ids: list[int], forced_reasons: dict[int, str | None]
) -> dict[int, Publication]:
    articles = session.execute(
        select(
            Article.id, Article.report_id, Article.status, Article.target_language,
            Article.created_at, Article.uri, Report.source_language, Report.section,
            Report.rights,
        )
        .join(Report, Report.id == Article.report_id)
        .where(Article.id.in_(ids))
    ).all()  # fmt: skip
    if not articles:
        return {}
    newest = _newest_revisions(session, ids)
    notes = newest_notes(session, ids)
    segments: dict[int, list[PublishedSegment]] = defaultdict(list)
    for article_id, sid, position, kind, source, text, status in session.execute(
        select(Target.article_id, Segment.id, Segment.position, Segment.kind, Segment.source,
               Target.text, Target.status)
        .join(Segment, Segment.id == Target.segment_id)
        .where(Target.article_id.in_(ids))
        .order_by(Target.article_id, Segment.position)
    ):  # fmt: skip
        note = notes.get((article_id, sid), "")
        segments[article_id].append(PublishedSegment(position, kind, source, text, status, note))
    credits: dict[int, list[SourceCreditLine]] = defaultdict(list)
    report_ids = sorted({row.report_id for row in articles})
    for credit in session.scalars(
        select(SourceCredit)
        .where(SourceCredit.report_id.in_(report_ids))
        .order_by(SourceCredit.report_id, SourceCredit.role != "original", SourceCredit.position)
    ):
        credits[credit.report_id].append(_credit(credit))
    people: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for article_id, name, role in session.execute(
        select(ArticlePerson.article_id, Person.name, ArticlePerson.role)
        .join(Person, Person.id == ArticlePerson.person_id)
        .where(ArticlePerson.article_id.in_(ids))
        .order_by(ArticlePerson.article_id, ArticlePerson.position, ArticlePerson.id)
    ):
        people[article_id].append((name, role))
    _fill_from_history(session, ids, people)
    found = {}
    for row in articles:
        number, saved_at = newest.get(row.id, (0, None))
        names = people[row.id]
        found[row.id] = Publication(
            article_id=row.id,
            report_id=row.report_id,
            revision=number,
            revision_at=saved_at,
            status=row.status,
            source_language=row.source_language,
            target_language=row.target_language or "und",
            segments=tuple(segments[row.id]),
            credits=tuple(credits[row.report_id]),
            translators=tuple(name for name, role in names if role == "translator"),
            editor=next((name for name, role in names if role == "editor"), None),
            section=row.section,
            rights=row.rights,
            created_at=row.created_at,
            forced_reason=forced_reasons.get(row.id),
            uri=row.uri,
        )
    return found


def _fill_from_history(
    session: Session, ids: list[int], people: dict[int, list[tuple[str, str]]]
) -> None:
    """Where the attribution names no translator, the people who signed translator revisions
    (in the order they first did); where it names no editor, whoever approved it last."""
    no_translator = [i for i in ids if not any(r == "translator" for _, r in people[i])]
    if no_translator:
        first = func.min(Revision.number)
        for article_id, name in session.execute(
            select(Revision.article_id, Person.name)
            .join(Person, Person.id == Revision.author_id)
            .where(Revision.article_id.in_(no_translator), Revision.role == "translator")
            .group_by(Revision.article_id, Person.name)
            .order_by(Revision.article_id, first)
        ):
            people[article_id].append((name, "translator"))
    no_editor = [i for i in ids if not any(r == "editor" for _, r in people[i])]
    if no_editor:
        approvals = session.execute(
            select(WorkflowEvent.article_id, Person.name)
            .join(Person, Person.id == WorkflowEvent.person_id)
            .where(WorkflowEvent.article_id.in_(no_editor), WorkflowEvent.to_status == "approved")
            .order_by(WorkflowEvent.article_id, WorkflowEvent.id)
        )
        for article_id, name in {a: n for a, n in approvals}.items():  # the last approval
            people[article_id].append((name, "editor"))


def _newest_revisions(session: Session, ids: list[int]) -> dict[int, tuple[int, datetime]]:
    newest = (
        select(Revision.article_id, func.max(Revision.number).label("number"))
        .where(Revision.article_id.in_(ids))
        .group_by(Revision.article_id)
        .subquery()
    )
    rows = session.execute(
        select(Revision.article_id, Revision.number, Revision.created_at).join(
            newest,
            (newest.c.article_id == Revision.article_id) & (newest.c.number == Revision.number),
        )
    )
    return {article_id: (number, saved_at) for article_id, number, saved_at in rows}


def _credit(credit: SourceCredit) -> SourceCreditLine:
    authors = tuple(credit.authors or ())
    return SourceCreditLine(
        credit.role, credit.outlet, credit.url, credit.title, authors, credit.language,
        credit.published_at,
    )  # fmt: skip
