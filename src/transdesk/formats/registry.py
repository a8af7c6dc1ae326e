"""Formats by name: adding one touches its module and one line here."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from transdesk.core.errors import BadInputFile, UserError
from transdesk.core.report import ImportedReport


class Reader(Protocol):
    def __call__(self, path: Path) -> ImportedReport: ...


@dataclass(frozen=True)
class ImportFormat:
    name: str
    module: str  # imported lazily: trafilatura or translate-toolkit cost time to load
    extensions: tuple[str, ...]
    description: str

    def reader(self) -> Reader:
        read: Reader = importlib.import_module(self.module).read
        return read


IMPORT_FORMATS: dict[str, ImportFormat] = {
    f.name: f
    for f in (
        ImportFormat("text", "transdesk.formats.text", (".txt", ".text"), "plain text"),
        ImportFormat("markdown", "transdesk.formats.markdown", (".md", ".markdown"), "Markdown"),
        ImportFormat(
            "html", "transdesk.formats.html", (".html", ".htm", ".xhtml"), "saved web page"
        ),
        ImportFormat("docx", "transdesk.formats.docx", (".docx",), "Word document"),
        ImportFormat(
            "xliff", "transdesk.formats.xliff", (".xlf", ".xliff", ".sdlxliff"), "XLIFF 1.2 / 2.x"
        ),
    )
}


def import_format_named(name: str) -> ImportFormat:
    try:
        return IMPORT_FORMATS[name]
    except KeyError:
        known = ", ".join(IMPORT_FORMATS)
        raise UserError(f"--format: unknown format {name!r} (known: {known})") from None


def guess_import_format(path: Path) -> ImportFormat:
    """The format a file's extension names, or a clear refusal."""
    suffix = path.suffix.lower()
    for fmt in IMPORT_FORMATS.values():
        if suffix in fmt.extensions:
            return fmt
    raise BadInputFile(
        path, f"unknown file type {suffix or '(no extension)'}; name one with --format"
    )
