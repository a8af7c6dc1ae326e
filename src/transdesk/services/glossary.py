"""The glossary: terms per language pair, kept, searched, imported and exported."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from transdesk.core.errors import BadInputFile, InvalidValue, NotFound, UserError
from transdesk.core.glossary import Glossary, Term
from transdesk.core.languages import checked_code
from transdesk.formats.writing import write_atomically
from transdesk.services.library import contains_pattern
from transdesk.services.pair_import import PairImport
from transdesk.storage.database import Database
from transdesk.storage.models import GlossaryTerm

MAX_TERM = 500


@dataclass(frozen=True, slots=True)
class TermView:
    id: int
    source_language: str
    target_language: str
    source: str
    target: str
    note: str
    forbidden: tuple[str, ...]
    created_by: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source_language": self.source_language,
            "target_language": self.target_language,
            "source": self.source,
            "target": self.target,
            "note": self.note,
            "forbidden": list(self.forbidden),
            "created_by": self.created_by,
        }


def _view(row: GlossaryTerm) -> TermView:
    return TermView(
        row.id, row.source_language, row.target_language, row.source_term, row.target_term,
        row.note, tuple(row.forbidden or ()), row.created_by,
    )  # fmt: skip


def _pair(source_language: str, target_language: str) -> tuple[str, str]:
    source = checked_code(source_language, "--source-language")
    target = checked_code(target_language, "--target-language")
    if source == target:
        raise InvalidValue("--target-language", f"is the source language ({source})")
    return source, target


def _clean(term: Term, where: str = "") -> Term:
    """The term with spaces tidied; refused when a part is empty or contradicts another."""
    prefix = f"{where}: " if where else ""
    source, target = " ".join(term.source.split()), " ".join(term.target.split())
    if not source:
        raise InvalidValue("source term", f"{prefix}is empty")
    if not target:
        raise InvalidValue("target term", f"{prefix}is empty")
    if len(source) > MAX_TERM or len(target) > MAX_TERM:
        raise InvalidValue("term", f"{prefix}is longer than {MAX_TERM} characters")
    forbidden = tuple(dict.fromkeys(" ".join(v.split()) for v in term.forbidden if v.strip()))
    if any(variant.casefold() == target.casefold() for variant in forbidden):
        raise InvalidValue("forbidden", f"{prefix}{target!r} is the approved translation itself")
    return Term(source, target, term.note.strip(), forbidden)


def add_term(
    db: Database,
    source_language: str,
    target_language: str,
    source: str,
    target: str,
    *,
    note: str = "",
    forbidden: Sequence[str] = (),
    author: str | None = None,
) -> TermView:
    """Add a term to the pair's glossary; a source term already there is refused."""
    pair = _pair(source_language, target_language)
    term = _clean(Term(source, target, note, tuple(forbidden)))
    with db.transaction() as session:
        if _stored(session, pair, term.source) is not None:
            raise InvalidValue("source term", f"{term.source!r} is already in the glossary")
        row = _insert(session, pair, term, author or "")
        session.flush()
        return _view(row)


def update_term(
    db: Database,
    term_id: int,
    *,
    target: str | None = None,
    note: str | None = None,
    forbidden: Sequence[str] | None = None,
) -> TermView:
    with db.transaction() as session:
        row = session.get(GlossaryTerm, term_id)
        if row is None:
            raise NotFound(f"no glossary term with id {term_id}")
        term = _clean(
            Term(
                row.source_term,
                row.target_term if target is None else target,
                row.note if note is None else note,
                tuple(row.forbidden if forbidden is None else forbidden),
            )
        )
        row.target_term, row.note, row.forbidden = term.target, term.note, list(term.forbidden)
        session.flush()
        return _view(row)


def remove_term(db: Database, term_id: int) -> None:
    with db.transaction() as session:
        row = session.get(GlossaryTerm, term_id)
        if row is None:
            raise NotFound(f"no glossary term with id {term_id}")
        session.delete(row)


def list_terms(
    db: Database,
    source_language: str | None = None,
    target_language: str | None = None,
    query: str | None = None,
) -> list[TermView]:
    """Terms in source-term order; of one pair when given; containing ``query`` if given."""
    statement = select(GlossaryTerm).order_by(
        GlossaryTerm.source_language, GlossaryTerm.target_language, GlossaryTerm.source_term
    )
    if source_language and target_language:
        source, target = _pair(source_language, target_language)
        statement = statement.where(
            GlossaryTerm.source_language == source, GlossaryTerm.target_language == target
        )
    if query and query.strip():
        pattern = contains_pattern(query)
        statement = statement.where(
            func.lower(GlossaryTerm.source_term).like(pattern, escape="\\")
            | func.lower(GlossaryTerm.target_term).like(pattern, escape="\\")
        )
    with db.reading() as session:
        return [_view(row) for row in session.scalars(statement)]


def glossary_for(session: Session, source_language: str, target_language: str) -> Glossary:
    """The pair's glossary, ready for finding terms (empty for an unknown pair)."""
    try:
        source, target = _pair(source_language, target_language)
    except UserError:
        return Glossary([], "und", "und")
    rows = session.execute(
        select(
            GlossaryTerm.id, GlossaryTerm.source_term, GlossaryTerm.target_term,
            GlossaryTerm.note, GlossaryTerm.forbidden,
        ).where(GlossaryTerm.source_language == source, GlossaryTerm.target_language == target)
    ).all()  # fmt: skip
    return Glossary(
        (Term(s, t, note, tuple(forbidden or ()), id_) for id_, s, t, note, forbidden in rows),
        source,
        target,
    )


def load_glossary(db: Database, source_language: str, target_language: str) -> Glossary:
    with db.reading() as session:
        return glossary_for(session, source_language, target_language)


def _stored(session: Session, pair: tuple[str, str], source: str) -> GlossaryTerm | None:
    return session.scalar(
        select(GlossaryTerm).where(
            GlossaryTerm.source_language == pair[0],
            GlossaryTerm.target_language == pair[1],
            GlossaryTerm.source_term == source,
        )
    )


def _insert(session: Session, pair: tuple[str, str], term: Term, author: str) -> GlossaryTerm:
    row = GlossaryTerm(
        source_language=pair[0], target_language=pair[1], source_term=term.source,
        target_term=term.target, note=term.note, forbidden=list(term.forbidden),
        created_by=author,
    )  # fmt: skip
    session.add(row)
    return row


def _kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".csv"):
        return "csv"
    if name.endswith((".tbx", ".tbx.xml")):
        return "tbx"
    raise BadInputFile(path, "is neither .csv nor .tbx (the glossary formats TransDesk reads)")


def import_terms(
    db: Database,
    path: Path,
    source_language: str | None = None,
    target_language: str | None = None,
    *,
    author: str | None = None,
) -> PairImport:
    """Add or update the file's terms for the pair, in one transaction: a bad entry refuses
    the whole file (named, with its line or entry), nothing stored."""
    from transdesk.formats.glossary_csv import read_csv
    from transdesk.formats.tbx import read_tbx

    kind = _kind(path)
    if kind == "csv":
        csv_file = read_csv(path)
        found = (csv_file.source_language, csv_file.target_language)
    else:
        tbx_file = read_tbx(path)
        found = (
            (tbx_file.languages[0], tbx_file.languages[1])
            if len(tbx_file.languages) == 2
            else (None, None)
        )
    source = source_language or found[0]
    target = target_language or found[1]
    if not source or not target:
        raise BadInputFile(
            path, "does not say its language pair; give --source-language and --target-language"
        )
    pair = _pair(source, target)
    entries = csv_file.terms if kind == "csv" else tbx_file.terms(*pair)
    where = "line" if kind == "csv" else "entry"
    clean: list[Term] = []
    for number, term in entries:
        try:
            clean.append(_clean(term, f"{where} {number}"))
        except InvalidValue as error:
            raise BadInputFile(path, str(error)) from None
    if not clean:
        raise BadInputFile(path, f"holds no {pair[0]} → {pair[1]} term")
    added = updated = 0
    with db.transaction() as session:
        for term in _last_of_each(clean):
            row = _stored(session, pair, term.source)
            if row is None:
                _insert(session, pair, term, author or "")
                added += 1
            else:
                row.target_term, row.note = term.target, term.note or row.note
                row.forbidden = list(term.forbidden)
                updated += 1
    return PairImport(str(path), pair[0], pair[1], added, updated)


def _last_of_each(terms: Iterable[Term]) -> list[Term]:
    return list({term.source: term for term in terms}.values())


def export_terms(db: Database, path: Path, source_language: str, target_language: str) -> int:
    """Write the pair's terms as CSV or TBX (by the file's extension); returns how many."""
    from transdesk.formats.glossary_csv import render_csv
    from transdesk.formats.tbx import render_tbx

    kind = _kind(path)
    pair = _pair(source_language, target_language)
    terms = [
        Term(view.source, view.target, view.note, view.forbidden) for view in list_terms(db, *pair)
    ]
    render = render_csv if kind == "csv" else render_tbx
    try:
        write_atomically(path, render(terms, *pair))
    except OSError as error:
        raise BadInputFile(path, f"cannot be written ({error.strerror or error})") from None
    return len(terms)
