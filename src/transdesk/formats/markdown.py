"""Markdown reports: headings mark the headline and subheadings; front matter gives
attribution; an emphasised paragraph or a quote right under the headline is the standfirst."""

from __future__ import annotations

import re
from pathlib import Path

from transdesk.core.errors import BadInputFile
from transdesk.core.report import ImportedReport, SegmentKind
from transdesk.formats.files import decode_text, read_bytes
from transdesk.formats.front_matter import apply_front_matter, split_front_matter
from transdesk.formats.pasted import (
    Block,
    guess_language,
    shape_report,
    split_blocks,
    to_imported,
)

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^([^\n]+)\n(=+|-+)[ \t]*$", re.MULTILINE)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_REFERENCE_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_REFERENCE_DEF = re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$", re.MULTILINE)
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_WHOLLY_EMPHASISED = re.compile(r"^(\*|_)(?=\S)(.+)(?<=\S)\1$", re.DOTALL)


def read(path: Path) -> ImportedReport:
    text = decode_text(path, read_bytes(path)).replace("\r\n", "\n").lstrip("\ufeff")
    front, body = split_front_matter(text)
    body = _SETEXT.sub(lambda m: ("# " if m.group(2)[0] == "=" else "## ") + m.group(1), body)
    body = _REFERENCE_DEF.sub("", body)
    blocks = [_block(raw) for raw in split_blocks(body)]
    blocks = [block for block in blocks if block.text]
    if not blocks:
        raise BadInputFile(path, "contains no text")
    language = front.get("language") or guess_language(blocks)
    shaped = shape_report(blocks, language, headline_marked=blocks[0].kind is SegmentKind.HEADING)
    if not shaped.blocks:
        raise BadInputFile(path, "contains no report text (only site furniture)")
    imported = to_imported(shaped, language, "markdown")
    apply_front_matter(imported, front, path)
    return imported


def _block(raw: Block) -> Block:
    text = raw.text
    kind = SegmentKind.PARAGRAPH
    standfirst = False
    heading = _HEADING.match(text) if raw.lines == 1 else None
    if heading:
        text, kind = heading.group(2), SegmentKind.HEADING
    elif text.startswith(">"):
        text = re.sub(r"(^|\s)>\s?", r"\1", text)
        standfirst = True
    text = _LIST_MARK.sub("", text)
    wholly = _WHOLLY_EMPHASISED.match(text.strip())
    if wholly and kind is SegmentKind.PARAGRAPH:
        standfirst = True
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REFERENCE_LINK.sub(r"\1", text)
    for _ in range(2):  # nested emphasis: ***bold italic***
        text = _EMPHASIS.sub(r"\2", text)
    text = _HTML_TAG.sub("", text).replace("\\", "")
    return Block(text.strip(), kind=kind, lines=1 if heading else raw.lines, standfirst=standfirst)
