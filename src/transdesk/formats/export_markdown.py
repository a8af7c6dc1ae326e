"""Markdown with YAML front matter, for static-site CMSs (Hugo, Jekyll, Eleventy, MkDocs…).

The front matter carries the attribution; the body is the translated article with the credit
line last. Text is escaped so that no renderer (CommonMark, GitHub's, Python-Markdown) turns
it into markup: ``<script>`` stays visible text, ``[x](javascript:…)`` no link, and with
``{`` escaped no ``{{ … }}`` or ``{% … %}`` reaches a Liquid (Jekyll) or Hugo template.
Front matter values are data, kept as written: the site's templates escape them.

Front matter is written by PyYAML's safe emitter rather than by hand: it quotes every value
that YAML would read as something else (``yes``, ``2026-11-18``, ``: ``, ``#``, a leading
``-``) and escapes characters YAML cannot hold raw, and any YAML reader gives back the exact
strings.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import yaml

from transdesk.core.credit_line import credit_line
from transdesk.core.languages import direction
from transdesk.core.publication import Publication, PublishedSegment

EXTENSION = ".md"
MEDIA_TYPE = "text/markdown; charset=utf-8; variant=CommonMark"

# Backslash escapes both CommonMark and Python-Markdown honour; the rest as character
# references, since Python-Markdown shows "\<" and "\|" with their backslash.
_INLINE = str.maketrans(
    {
        "\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "{": "\\{", "}": "\\}",
        "[": "\\[", "]": "\\]",
        "&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "~": "&#126;",
    }
)  # fmt: skip
# What makes a line a heading, list item, rule or setext underline by its start. Python-Markdown
# has no backslash escape for "=" and ":" (a definition with its extension): references then.
_LINE_START = re.compile(r"^(#|-|\+|(\d{1,9})([.)]))")
_LINE_START_REFERENCES = {"=": "&#61;", ":": "&#58;"}
_WEB_ADDRESS = re.compile(r"https?://\S+", re.IGNORECASE)


def render(publication: Publication) -> bytes:
    """Front matter, then ``# headline``, standfirst, body and the credit line; UTF-8."""
    blocks = [f"# {escape_line(_one_line(publication.headline))}"]
    if publication.standfirst:
        blocks.append(_paragraph(publication.standfirst))
    blocks.extend(_segment_markdown(segment) for segment in publication.body)
    blocks.append(_paragraph(credit_line(publication)))
    return (front_matter(publication) + "\n" + "\n\n".join(blocks) + "\n").encode("utf-8")


def front_matter(publication: Publication) -> str:
    """The ``---`` block: the same attribution fields as the HTML's JSON-LD."""
    fields: dict[str, Any] = {
        "title": publication.headline,
        "description": publication.standfirst or None,
        "lang": publication.target_language,
        "dir": direction(publication.target_language),
        "translators": list(publication.translators),
        "editor": publication.editor,
        "credit": credit_line(publication),
        "rights": publication.rights,
        "section": publication.section,
        "uri": publication.uri,
        "revision": publication.revision,
        "created": _moment(publication.created_at),
        "modified": _moment(publication.revision_at),
    }
    original = publication.original
    if original is not None:
        fields |= {
            "original_url": original.url if _is_web_address(original.url) else None,
            "original_outlet": original.outlet,
            "original_title": original.title,
            "original_authors": list(original.authors),
            "original_language": original.language,
            "original_published": _moment(original.published_at),
        }
    via = [credit.outlet or credit.url for credit in publication.credits if credit.role == "via"]
    fields["via"] = [name for name in via if name]
    kept = {key: _flat(value) for key, value in fields.items() if value not in (None, "", [])}
    text = yaml.safe_dump(
        kept, allow_unicode=True, sort_keys=False, default_flow_style=False, width=2**31 - 1
    )
    return f"---\n{text}---\n"


def escape_line(text: str) -> str:
    """One line of text that renders as itself: no emphasis, link, HTML, code or block."""
    escaped = text.translate(_INLINE)
    if escaped[:1] in _LINE_START_REFERENCES:
        return _LINE_START_REFERENCES[escaped[0]] + escaped[1:]
    match = _LINE_START.match(escaped)
    if match is None:
        return escaped
    if match.group(2):  # "2026. A year" is no ordered list
        return f"{match.group(2)}\\{match.group(3)}{escaped[match.end() :]}"
    return "\\" + escaped


def _segment_markdown(segment: PublishedSegment) -> str:
    if segment.kind == "heading":
        return f"## {escape_line(_one_line(segment.text))}"
    if segment.kind == "quote":
        return "\n".join(f"> {line}" if line else ">" for line in _lines(segment.text))
    return _paragraph(segment.text)


def _paragraph(text: str) -> str:
    # A blank line inside a segment would end the paragraph: the segment stays one.
    return "\n".join(line for line in _lines(text) if line)


def _lines(text: str) -> list[str]:
    # Leading spaces would make an indented code block; trailing ones a hard line break.
    return [escape_line(line.strip()) for line in text.strip().splitlines()]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _flat(value: Any) -> Any:
    """Strings on one line, so each field is one line a simple front matter reader can take."""
    if isinstance(value, str):
        return _one_line(value)
    if isinstance(value, list):
        return [_one_line(item) for item in value]
    return value


def _is_web_address(url: str | None) -> bool:
    """Only http(s) addresses leave: a template may well put ``original_url`` in an href."""
    return url is not None and _WEB_ADDRESS.fullmatch(url) is not None


def _moment(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")
