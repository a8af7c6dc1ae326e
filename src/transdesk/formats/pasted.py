"""Reports as people paste them from news sites: blocks of text, one per paragraph.

Shared by the plain text and Markdown importers. The rules, in order:
- paragraphs split on blank lines (a paste with no blank line at all: one per line);
- a short label line before the headline is the section;
- a headline repeated right after itself is kept once;
- a byline under the headline gives the authors;
- trailing site furniture is dropped by the rules in data/furniture/ for the language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from transdesk.core.detection import detect_language
from transdesk.core.furniture import rules_for, without_trailing_furniture
from transdesk.core.report import ImportedReport, ImportedSegment, SegmentKind

SECTION_MAX_WORDS = 4
SECTION_MAX_CHARS = 40
HEADLINE_MAX_WORDS = 30
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n")
_SPACES = re.compile(r"\s+")
# Scripts written without spaces between words: lines are joined without one.
_NO_SPACE_SCRIPTS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_SENTENCE_END = re.compile(r"[.!?؟。！？]\s*$")


@dataclass
class Block:
    text: str
    kind: SegmentKind = SegmentKind.PARAGRAPH
    lines: int = 1
    standfirst: bool = False  # the format marks it as one (Markdown: emphasis or quote)


@dataclass
class PastedReport:
    blocks: list[Block]
    section: str | None = None
    authors: list[str] = field(default_factory=list)


def split_blocks(text: str) -> list[Block]:
    """Paragraph blocks: on blank lines, or on every line when there is no blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n").lstrip("\ufeff")
    lines = [line for line in text.split("\n")]
    has_blank = _BLANK_LINES.search(text.strip()) is not None
    chunks = _BLANK_LINES.split(text) if has_blank else lines
    blocks = []
    for chunk in chunks:
        parts = [part.strip() for part in chunk.split("\n") if part.strip()]
        if parts:
            blocks.append(Block(_join_lines(parts), lines=len(parts)))
    return blocks


def _join_lines(parts: list[str]) -> str:
    joined = parts[0]
    for part in parts[1:]:
        glue = "" if _NO_SPACE_SCRIPTS.search(joined[-1:] + part[:1]) else " "
        joined += glue + part
    return joined


def same_text(a: str, b: str) -> bool:
    return _SPACES.sub(" ", a).strip().casefold() == _SPACES.sub(" ", b).strip().casefold()


def _looks_like_headline(block: Block) -> bool:
    words = len(block.text.split())
    # Headlines do not end with a full stop; first paragraphs do.
    return (
        block.lines == 1
        and words <= HEADLINE_MAX_WORDS
        and len(block.text) <= 250
        and not block.text.rstrip().endswith((".", "。", "۔"))
    )


def _looks_like_section(block: Block, language: str | None) -> bool:
    if block.lines != 1 or _SENTENCE_END.search(block.text):
        return False
    if rules_for(language).is_section_label(block.text):
        return True
    return len(block.text.split()) <= SECTION_MAX_WORDS and len(block.text) <= SECTION_MAX_CHARS


def shape_report(
    blocks: list[Block], language: str | None, *, headline_marked: bool = False
) -> PastedReport:
    """Find section, headline, byline and furniture in the blocks of a pasted report."""
    rules = rules_for(language)
    report = PastedReport(blocks=list(blocks))
    body = report.blocks
    del body[without_trailing_furniture([block.text for block in body], language) :]
    if not body:
        return report
    # A section label: short, above a headline that is itself followed by the story.
    if (
        not headline_marked
        and len(body) >= 3
        and body[0].kind is SegmentKind.PARAGRAPH
        and _looks_like_section(body[0], language)
        and _looks_like_headline(body[1])
        and (len(body[1].text) > len(body[0].text) or rules.is_section_label(body[0].text))
    ):
        report.section = body.pop(0).text.rstrip(":").strip()
    body[0].kind = SegmentKind.HEADLINE
    while len(body) > 1 and same_text(body[1].text, body[0].text):
        del body[1]
    for index in (1, 2):
        if index < len(body) and body[index].kind is SegmentKind.PARAGRAPH:
            authors = rules.byline_authors(body[index].text)
            if authors:
                report.authors = authors
                del body[index]
                break
    if len(body) > 1 and body[1].standfirst:
        body[1].kind = SegmentKind.STANDFIRST
    return report


def to_imported(shaped: PastedReport, language: str | None, format_name: str) -> ImportedReport:
    segments = [ImportedSegment(kind=block.kind, source=block.text) for block in shaped.blocks]
    imported = ImportedReport(
        segments=segments, source_language=language, section=shaped.section,
        format_name=format_name,
    )  # fmt: skip
    credit = imported.original_credit()
    credit.authors = shaped.authors
    credit.title = imported.headline
    return imported


def guess_language(blocks: list[Block]) -> str | None:
    return detect_language("\n".join(block.text for block in blocks[:40]))
