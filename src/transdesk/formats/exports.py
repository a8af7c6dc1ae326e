"""Export formats by name: adding one touches its module and one line here."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from transdesk.core.errors import InvalidValue
from transdesk.core.publication import Publication

Renderer = Callable[[Publication], bytes]


@dataclass(frozen=True)
class ExportFormat:
    name: str
    module: str  # imported when used: python-docx and nh3 cost time to load
    function: str
    extension: str
    media_type: str
    description: str

    def renderer(self) -> Renderer:
        return cast(Renderer, getattr(importlib.import_module(self.module), self.function))


EXPORT_FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("ninjs", "transdesk.formats.export_ninjs", "render", ".json",
                     "application/json", "ninjs 3.1 (IPTC) JSON"),
        ExportFormat("ninjs2", "transdesk.formats.export_ninjs", "render_v2", ".json",
                     "application/json", "ninjs 2.2 (IPTC) JSON"),
        ExportFormat("html", "transdesk.formats.export_html", "render", ".html",
                     "text/html; charset=utf-8", "HTML5 article with schema.org JSON-LD"),
        ExportFormat("markdown", "transdesk.formats.export_markdown", "render", ".md",
                     "text/markdown; charset=utf-8; variant=CommonMark",
                     "Markdown with YAML front matter"),
        ExportFormat("docx", "transdesk.formats.export_docx", "render", ".docx",
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     "Word document"),
        ExportFormat("xliff", "transdesk.formats.export_xliff", "render", ".xlf",
                     "application/xliff+xml", "bilingual XLIFF 2"),
        ExportFormat("text", "transdesk.formats.export_text", "render", ".txt",
                     "text/plain; charset=utf-8", "plain text"),
    )
}  # fmt: skip


def export_format_named(name: str) -> ExportFormat:
    try:
        return EXPORT_FORMATS[name]
    except KeyError:
        known = ", ".join(EXPORT_FORMATS)
        raise InvalidValue("--format", f"unknown format {name!r} (known: {known})") from None
