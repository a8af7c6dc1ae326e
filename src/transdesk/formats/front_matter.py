"""YAML-style front matter of Markdown reports (the subset static-site tools write)."""

from __future__ import annotations

import re
from pathlib import Path

from transdesk.core.attribution import parse_published, split_authors
from transdesk.core.errors import BadInputFile, InvalidValue
from transdesk.core.languages import normalise_code
from transdesk.core.report import ImportedReport

_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_ALIASES = {
    "title": "title", "headline": "title",
    "author": "authors", "authors": "authors", "byline": "authors",
    "date": "published", "published": "published", "pubdate": "published",
    "url": "url", "source_url": "url", "canonical_url": "url", "link": "url",
    "outlet": "outlet", "publisher": "outlet", "source": "outlet", "site_name": "outlet",
    "section": "section", "category": "section", "categories": "section",
    "lang": "language", "language": "language",
    "rights": "rights", "copyright": "rights", "license": "rights",
}  # fmt: skip


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(known fields, body) of a text that may open with a ``---`` front matter block."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    if end < 0:
        return {}, text
    fields: dict[str, str] = {}
    key = None
    for line in text[4:end].splitlines():
        item = re.match(r"^\s*-\s+(.*)$", line)
        if item and key:
            fields[key] = (fields.get(key, "") + "; " + _unquote(item.group(1))).strip("; ")
            continue
        match = _KEY_VALUE.match(line)
        if not match:
            continue
        key = _ALIASES.get(match.group(1).lower())
        if key:
            value = match.group(2).strip()
            if value.startswith("[") and value.endswith("]"):
                value = "; ".join(_unquote(v) for v in value[1:-1].split(","))
            fields[key] = _unquote(value)
    body_start = text.find("\n", end + 4)
    return fields, text[body_start + 1 :] if body_start >= 0 else ""


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def apply_front_matter(imported: ImportedReport, fields: dict[str, str], path: Path) -> None:
    """Fill the report's attribution from front matter fields; bad values name the field."""
    credit = imported.original_credit()
    try:
        if fields.get("authors"):
            credit.authors = split_authors(fields["authors"])
        if fields.get("published"):
            credit.published_at = parse_published(fields["published"], "date")
        if fields.get("language"):
            imported.source_language = normalise_code(fields["language"])
    except InvalidValue as error:
        raise BadInputFile(path, f"front matter {error}") from None
    credit.url = fields.get("url") or credit.url
    credit.outlet = fields.get("outlet") or credit.outlet
    credit.title = fields.get("title") or credit.title
    imported.section = fields.get("section") or imported.section
    imported.rights = fields.get("rights") or imported.rights
