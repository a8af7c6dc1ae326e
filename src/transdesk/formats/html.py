"""Saved web pages: the article text without navigation, ads or footers, with its metadata.

trafilatura finds the article; this module decodes the page, turns trafilatura's body into
segments and gathers attribution from the page's own metadata.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import trafilatura

from transdesk.core.errors import BadInputFile
from transdesk.core.furniture import without_trailing_furniture
from transdesk.core.languages import code_or_none
from transdesk.core.report import ImportedReport, ImportedSegment, SegmentKind
from transdesk.formats.files import decode_text, read_bytes

NO_ARTICLE = "no article text found in this web page"

_T = TypeVar("_T")

_META_CHARSET = re.compile(rb"""<meta\s[^>]*charset\s*=\s*["']?\s*([a-z0-9._:-]+)""", re.IGNORECASE)
# Browsers read these labels as the wider encoding (WHATWG Encoding Standard); pages rely on it.
_BROWSER_ENCODINGS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
    # A page that is itself ASCII-compatible cannot really be UTF-16.
    "utf-16": "utf-8",
    "utf-16-le": "utf-8",
    "utf-16-be": "utf-8",
}
# Photo captions and credits describe images that are not imported; they are not article text.
_PRUNE_XPATH = ["//figcaption", "//p[.//img][string-length(normalize-space()) < 100]"]
# An element holding any of these is a container: its children are the segments.
_BLOCK_TAGS = {"div", "list", "quote", "p", "head", "item"}
_LINE_BREAK = "\u2028"
_QUOTES = "\"'“«„"
_KINDS = {"head": SegmentKind.HEADING, "quote": SegmentKind.QUOTE}


def read(path: Path) -> ImportedReport:
    """The article in a saved web page, or a BadInputFile saying why there is none."""
    text = _decode(path, read_bytes(path))
    tree = _guarded(path, trafilatura.load_html, text)
    if tree is not None:
        page = _guarded(path, _Page.of, tree)
        # Precision keeps comment threads and paywall prompts out of the text to translate;
        # where it finds nothing, the balanced setting often still finds the article.
        for favor_precision in (True, False):
            document = _guarded(path, _extract, tree, favor_precision)
            report = _report(document, page) if document is not None else None
            if report is not None:
                return report
    raise BadInputFile(path, NO_ARTICLE)


def _guarded(path: Path, call: Callable[..., _T], *args: Any) -> _T:
    """lxml and trafilatura raise many kinds of exception on malformed pages."""
    try:
        return call(*args)
    except Exception as error:
        raise BadInputFile(path, f"cannot be read as a web page ({type(error).__name__})") from None


def _extract(tree: Any, favor_precision: bool) -> Any:
    return trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=favor_precision,
        prune_xpath=_PRUNE_XPATH,
    )


def _decode(path: Path, data: bytes) -> str:
    """BOM first, then the page's own declared charset when the bytes fit it, then guessing."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(path, data)
    # Search past the first kilobyte: archived pages put the original <head> after a wrapper.
    match = _META_CHARSET.search(data)
    if match:
        try:
            name = codecs.lookup(match.group(1).decode("ascii")).name
            return data.decode(_BROWSER_ENCODINGS.get(name, name))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(path, data)


@dataclass(frozen=True)
class _Page:
    """What the page itself says, read before trafilatura prunes the tree."""

    language: str | None
    section: str | None
    title: str  # the <title> element
    headings: tuple[str, ...]  # h1 and h2, in page order
    visible_text: str  # as _key() normalises it
    link_words: frozenset[str]  # every word of every link's text

    @classmethod
    def of(cls, tree: Any) -> _Page:
        metas: dict[str, str] = {}
        for meta in tree.iter("meta"):
            name = meta.get("property") or meta.get("name") or meta.get("http-equiv")
            content = meta.get("content")
            if name and content and content.strip():
                metas.setdefault(name.strip().lower(), content.strip())
        language = (
            tree.get("lang")
            or tree.get("xml:lang")
            or metas.get("content-language")
            or metas.get("language")
            or metas.get("dc.language")
            or metas.get("og:locale")
        )
        visible = tree.xpath(
            "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
            " or ancestor::template)]"
        )
        return cls(
            language=language,
            section=metas.get("article:section"),
            title=" ".join(tree.findtext(".//title", "").split()),
            headings=tuple(" ".join(h.text_content().split()) for h in tree.iter("h1", "h2")),
            visible_text=_key("".join(visible)),
            link_words=frozenset(
                word for link in tree.iter("a") for word in _key(link.text_content()).split()
            ),
        )


def _report(document: Any, page: _Page) -> ImportedReport | None:
    """The report, or None when trafilatura's text is no article."""
    blocks = list(_blocks(document.body, SegmentKind.PARAGRAPH))
    headline = _headline(document.title, blocks, page)
    headline_key = _key(headline or "")
    blocks = [block for block in blocks if not _repeats_headline(_key(block[1]), headline_key)]
    # On a page without an article the fallback extractors return its menus.
    if all(set(_key(text).split()) <= page.link_words for _, text in blocks):
        return None

    segments: list[ImportedSegment] = []
    if headline:
        segments.append(ImportedSegment(SegmentKind.HEADLINE, headline))
    description = " ".join((document.description or "").split())
    if _is_missing_lead(description, blocks, page, headline_key):
        segments.append(ImportedSegment(SegmentKind.STANDFIRST, description))
    elif _key(blocks[0][1]) == _key(description):
        # The page prints its description as the lead, often styled as a heading.
        blocks[0] = (SegmentKind.STANDFIRST, blocks[0][1])
    segments.extend(ImportedSegment(kind, text) for kind, text in blocks)
    language = code_or_none(page.language or document.language)
    # "Follow us", "Read more" lines trafilatura leaves after the last paragraph.
    del segments[max(1, without_trailing_furniture([s.source for s in segments], language)) :]

    report = ImportedReport(
        segments=segments,
        source_language=language,
        section=page.section or next(iter(document.categories or []), None),
        format_name="html",
    )
    credit = report.original_credit()
    credit.outlet = document.sitename or None
    credit.url = document.url or None
    credit.authors = [a.strip() for a in (document.author or "").split(";") if a.strip()]
    credit.published_at = _date(document.date)
    credit.title = headline
    credit.language = report.source_language
    return report


def _blocks(element: Any, kind: SegmentKind) -> Iterator[tuple[SegmentKind, str]]:
    """Segments from trafilatura's body XML; a line break starts a new segment."""
    for child in element:
        child_kind = _KINDS.get(child.tag, kind)
        if any(grandchild.tag in _BLOCK_TAGS for grandchild in child):
            yield from _blocks(child, child_kind)
            continue
        # Split at <lb> only: newlines in the text are the page source's own line wrapping.
        for lb in child.iter("lb"):
            lb.tail = _LINE_BREAK + (lb.tail or "")
        for line in "".join(child.itertext()).split(_LINE_BREAK):
            text = " ".join(line.split())
            if text:
                yield child_kind, text


def _is_missing_lead(
    description: str, blocks: list[tuple[SegmentKind, str]], page: _Page, headline: str
) -> bool:
    """Whether the page's description is a lead printed on the page that the extraction
    dropped. Descriptions that no reader sees on the page are often SEO text: left out."""
    key = _key(description)
    if len(key) < 20 or key in headline or key not in page.visible_text:
        return False
    return key not in " ".join(_key(text) for _, text in blocks)


def _headline(title: str | None, blocks: list[tuple[SegmentKind, str]], page: _Page) -> str | None:
    """The page title without its "| Site | date" or "- Site" tail.

    The <title> element wins when metadata cut the title short (at a quote mark inside a
    meta attribute); a heading printed on the page wins when the title only adds the site.
    """
    title = " ".join((title or "").split())
    cut_at_quote = page.title.startswith(title) and page.title[len(title) :].lstrip()[:1] in _QUOTES
    if not title or cut_at_quote:
        title = page.title
    opening = [blocks[0][1]] if blocks and blocks[0][0] is SegmentKind.HEADING else []
    whole = _key(title)
    if not whole:
        return opening[0] if opening else None
    for heading in (*opening, *page.headings):
        key = _key(heading)
        if key and 2 * len(key) >= len(whole) and key in whole:
            return heading
    return max(re.split(r"\s*\|\s*", title), key=len)


def _repeats_headline(key: str, headline: str) -> bool:
    """The headline again, alone or as a "Headline | Section | Site" line."""
    if not headline or not key.startswith(headline):
        return False
    rest = key[len(headline) :].lstrip()
    return not rest or rest.startswith("|")


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
