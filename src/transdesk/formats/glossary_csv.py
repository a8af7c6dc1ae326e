"""Glossaries as CSV: ``source,target,note,forbidden`` (forbidden variants separated by ``|``).

The first two headers may instead be the languages' codes (``ar,en,note,forbidden``): the
file then says which pair it is for. UTF-8, with or without a byte-order mark.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from transdesk.core.errors import BadInputFile
from transdesk.core.glossary import Term
from transdesk.core.languages import code_or_none

SEPARATOR = "|"
_OPTIONAL = ("note", "forbidden")


@dataclass(frozen=True, slots=True)
class TermFile:
    """The terms of a glossary file; the pair when the file names it."""

    source_language: str | None
    target_language: str | None
    terms: list[tuple[int, Term]]  # (line or entry number, term)


def read_csv(path: Path) -> TermFile:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise BadInputFile(path, f"cannot be read ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise BadInputFile(path, "is not UTF-8 text") from None
    rows = csv.reader(io.StringIO(text, newline=""))
    header = [cell.strip().casefold() for cell in next(rows, [])]
    if len(header) < 2:
        raise BadInputFile(path, "line 1: the header needs at least a source and a target column")
    first, second = header[0], header[1]
    languages = (code_or_none(first), code_or_none(second))
    if (first, second) != ("source", "target") and None in languages:
        raise BadInputFile(
            path, "line 1: the header must start with source,target (or two language codes)"
        )
    unknown = [name for name in header[2:] if name not in _OPTIONAL]
    if unknown:
        raise BadInputFile(path, f"line 1: unknown column {unknown[0]!r} (note, forbidden)")
    source_language, target_language = (None, None) if first == "source" else languages
    terms: list[tuple[int, Term]] = []
    for row in rows:
        line = rows.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            raise BadInputFile(path, f"line {line}: {len(row)} cells for {len(header)} columns")
        cells = dict(zip(header, [cell.strip() for cell in row], strict=False))
        forbidden = tuple(
            variant.strip()
            for variant in cells.get("forbidden", "").split(SEPARATOR)
            if variant.strip()
        )
        term = Term(cells.get(first, ""), cells.get(second, ""), cells.get("note", ""), forbidden)
        terms.append((line, term))
    return TermFile(source_language, target_language, terms)


def render_csv(terms: list[Term], source_language: str, target_language: str) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([source_language, target_language, "note", "forbidden"])
    for term in terms:
        writer.writerow([term.source, term.target, term.note, SEPARATOR.join(term.forbidden)])
    return out.getvalue().encode("utf-8")
