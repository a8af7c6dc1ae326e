"""Editing an article's attribution: who wrote the original, where it ran, the rights."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import object_session

from transdesk.core.attribution import check_url, parse_published, split_authors
from transdesk.core.errors import InvalidValue
from transdesk.core.languages import checked_code
from transdesk.core.report import CreditRole
from transdesk.services.articles import get_article
from transdesk.services.importing import parse_via
from transdesk.services.people import person_named
from transdesk.storage.database import Database
from transdesk.storage.models import Article, ArticlePerson, Report, SourceCredit

# Report fields are shared by every article (target language) of the report.
REPORT_FIELDS = (
    "outlet", "url", "authors", "published", "original_title", "section", "rights", "via",
    "source_language",
)  # fmt: skip
ARTICLE_FIELDS = ("target_language", "deadline", "translators", "editor")
FIELDS = REPORT_FIELDS + ARTICLE_FIELDS


def parse_assignment(text: str) -> tuple[str, str]:
    """``FIELD=VALUE`` → (field, value), or an InvalidValue naming the problem."""
    name, sep, value = text.partition("=")
    name = name.strip().replace("-", "_")
    if not sep:
        raise InvalidValue("--set", f"{text!r} is not FIELD=VALUE")
    if name not in FIELDS:
        raise InvalidValue("--set", f"unknown field {name!r} (fields: {', '.join(FIELDS)})")
    return name, value.strip()


def update_attribution(db: Database, article_id: int, assignments: Sequence[str]) -> None:
    """Apply every ``FIELD=VALUE`` in one transaction; one bad value changes nothing.

    An empty value clears the field. ``via`` may be given several times: the given
    outlets replace the report's via credits (``via=`` removes them).
    """
    parsed = [parse_assignment(text) for text in assignments]
    with db.transaction() as session:
        article = get_article(session, article_id)
        report = article.report
        vias = [value for name, value in parsed if name == "via"]
        for name, value in parsed:
            if name != "via":
                _set(article, report, name, value)
        if vias:
            _replace_vias(report, [value for value in vias if value])


def _original(report: Report) -> SourceCredit:
    for credit in report.credits:
        if credit.role == CreditRole.ORIGINAL.value:
            return credit
    credit = SourceCredit(role=CreditRole.ORIGINAL.value, position=0, authors=[])
    report.credits.insert(0, credit)
    _renumber(report)
    return credit


def _renumber(report: Report) -> None:
    for position, credit in enumerate(report.credits):
        credit.position = position


def _set(article: Article, report: Report, name: str, value: str) -> None:
    empty = not value
    if name == "target_language":
        code = None if empty else checked_code(value, "target_language")
        if code is not None and code == report.source_language:
            raise InvalidValue("target_language", f"{code} is the report's own language")
        if code is not None and any(
            a.target_language == code and a.id != article.id for a in report.articles
        ):
            raise InvalidValue(
                "target_language", f"report {report.id} already has a {code} article"
            )
        article.target_language = code
    elif name in ("translators", "editor"):
        _set_people(article, name, value)
    elif name == "deadline":
        article.deadline = None if empty else parse_published(value, "deadline")
    elif name == "source_language":
        if empty:
            raise InvalidValue("source_language", "cannot be empty")
        report.source_language = checked_code(value, "source_language")
    elif name == "section":
        report.section = value or None
    elif name == "rights":
        report.rights = value or None
    else:
        _set_credit(_original(report), name, value)


def _set_people(article: Article, name: str, value: str) -> None:
    """Translators ("A; B") or the editor of the article; people are created on first use."""
    role = "translator" if name == "translators" else "editor"
    names = split_authors(value) if value else []
    if role == "editor" and len(names) > 1:
        raise InvalidValue("editor", "names more than one person; an article has one editor")
    session = object_session(article)
    assert session is not None
    for link in [p for p in article.people if p.role == role]:
        article.people.remove(link)
    session.flush()
    for position, person_name in enumerate(names):
        person = person_named(session, person_name, role)
        article.people.append(ArticlePerson(person_id=person.id, role=role, position=position))


def _set_credit(credit: SourceCredit, name: str, value: str) -> None:
    if name == "outlet":
        credit.outlet = value or None
    elif name == "url":
        credit.url = None if not value else check_url(value, "url")
    elif name == "authors":
        credit.authors = split_authors(value) if value else []
    elif name == "published":
        credit.published_at = None if not value else parse_published(value, "published")
    elif name == "original_title":
        credit.title = value or None


def _replace_vias(report: Report, values: list[str]) -> None:
    for credit in [c for c in report.credits if c.role == CreditRole.VIA.value]:
        report.credits.remove(credit)
    for value in values:
        via = parse_via(value)
        report.credits.append(
            SourceCredit(
                role=via.role.value, outlet=via.outlet, url=via.url, authors=[], position=0
            )
        )
    _renumber(report)
