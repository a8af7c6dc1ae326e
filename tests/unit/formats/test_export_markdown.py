"""Markdown export: front matter any YAML reader gives back exactly, a body that renders as the
article, and text that no Markdown renderer turns into markup."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import lxml.html
import markdown
import pytest
import yaml
from markdown_it import MarkdownIt

from tests.unit.formats.sample_publications import (
    HOSTILE,
    HOSTILE_HEADLINE,
    all_samples,
    arabic_to_english,
    bare,
    english_to_arabic,
    hostile,
    segment,
)
from transdesk.core.credit_line import credit_line
from transdesk.core.publication import Publication
from transdesk.formats import export_markdown

SAMPLES = all_samples()

# CommonMark as markdown-it (raw HTML allowed, as in most static-site setups) and
# Python-Markdown with its "extra" extensions (attribute lists, tables, footnotes, HTML blocks).
RENDERERS: dict[str, Callable[[str], str]] = {
    "commonmark": MarkdownIt("commonmark").render,
    "python-markdown": lambda text: markdown.markdown(text, extensions=["extra"]),
}


def split(publication: Publication) -> tuple[dict[str, Any], str]:
    text = export_markdown.render(publication).decode("utf-8")
    assert text.startswith("---\n")
    head, body = text[4:].split("\n---\n", 1)
    fields: dict[str, Any] = yaml.safe_load(head)
    return fields, body


def rendered(publication: Publication, renderer: str) -> Any:
    _, body = split(publication)
    return lxml.html.fragment_fromstring(RENDERERS[renderer](body), create_parent="div")


def test_front_matter_carries_the_attribution() -> None:
    publication = arabic_to_english()
    fields, _ = split(publication)
    assert fields == {
        "title": "Ceasefire talks resume in Cairo",
        "description": "Delegations met for six hours on Tuesday.",
        "lang": "en",
        "dir": "ltr",
        "translators": ["Rana Haddad", "Leila Mansour"],
        "editor": "Omar Said",
        "credit": credit_line(publication),
        "rights": publication.rights,
        "section": "World",
        "uri": "urn:transdesk:article:42",
        "revision": 3,
        "created": "2026-11-18T10:00:00Z",
        "modified": "2026-11-19T14:05:00Z",
        "original_url": "https://example.com/ar/news/123",
        "original_outlet": "Al-Ahram",
        "original_title": "استئناف محادثات وقف النار في القاهرة",
        "original_authors": ["سامي يوسف", "Mona Adel"],
        "original_language": "ar",
        "original_published": "2026-11-18T09:30:00Z",
        "via": ["Nile Wire"],
    }


def test_arabic_front_matter_is_readable_and_right_to_left() -> None:
    raw = export_markdown.render(english_to_arabic()).decode("utf-8")
    assert "title: استئناف محادثات وقف النار في القاهرة\n" in raw  # not \u escapes
    fields, _ = split(english_to_arabic())
    assert fields["dir"] == "rtl" and fields["lang"] == "ar"
    assert fields["credit"].startswith("ترجمة عن الإنجليزية")


def test_a_bare_article_has_no_empty_fields() -> None:
    fields, body = split(bare())
    assert fields == {
        "title": "Les pourparlers reprennent",
        "lang": "de",
        "dir": "ltr",
        "credit": credit_line(bare()),
        "uri": "urn:transdesk:article:1",
        "revision": 0,
        "created": "2026-11-18T11:00:00Z",
    }
    assert body == f"\n# Les pourparlers reprennent\n\n{credit_line(bare())}\n"


@pytest.mark.parametrize(
    "tricky",
    ["yes", "no", "2026-11-18", "12", "null", "~", "- item", "a: b", "# not a comment",
     "'quoted'", '"double"', "[1, 2]", "{a: 1}", "&anchor", "*alias", "!tag", "%YAML", "@x",
     "`tick", "ends with colon:", " padded ", "line\u2028separator", "bom\ufeff", "nel\x85"],
)  # fmt: skip
def test_front_matter_gives_back_any_string(tricky: str) -> None:
    publication = replace(arabic_to_english(), editor=tricky, section=tricky)
    fields, _ = split(publication)
    flat = " ".join(tricky.split())  # one line per field: line breaks become spaces
    assert fields["editor"] == flat and fields["section"] == flat


def test_only_web_addresses_leave_as_the_original_url() -> None:
    fields, _ = split(hostile())
    assert "original_url" not in fields
    assert fields["original_title"] == "</title><script>alert(6)</script>"  # data, as written


def test_body_renders_as_the_article() -> None:
    publication = arabic_to_english()
    for renderer in RENDERERS:
        document = rendered(publication, renderer)
        blocks = [(element.tag, element.text_content().strip()) for element in document]
        assert blocks == [
            ("h1", "Ceasefire talks resume in Cairo"),
            ("p", "Delegations met for six hours on Tuesday."),
            ("p", "Negotiators said progress was slow."),
            ("h2", "What comes next"),
            ("blockquote", "We are not there yet."),
            ("p", "Delegates arrive at the venue."),
            ("p", "A second round is planned for next week."),
            ("p", credit_line(publication)),
        ], renderer


@pytest.mark.parametrize("renderer", RENDERERS)
@pytest.mark.parametrize("name", ["hostile ar-en", "hostile en-ar"])
def test_hostile_text_never_becomes_markup(name: str, renderer: str) -> None:
    publication = SAMPLES[name]
    document = rendered(publication, renderer)
    tags = {element.tag for element in document.iter() if isinstance(element.tag, str)}
    assert tags <= {"div", "h1", "h2", "p", "blockquote"}, renderer
    shown = [element.text_content().strip() for element in document]
    assert shown[0] == HOSTILE_HEADLINE
    assert shown[1] == HOSTILE[1]  # the standfirst
    assert sorted(shown[2:-1]) == sorted(HOSTILE)
    assert shown[-1] == credit_line(publication)


LINE_STARTS = [
    "# not a heading", "## nor this", "- not an item", "+ nor this", "* nor this",
    "1. not a list", "2026) nor this", "> not a quote", "---", "***", "___", "===",
    "| a | b |", "    not code", "```", "~~~", ": not a definition", "<div>", "[^1]: note",
    "[link]: javascript:alert(1)", "<https://example.com>", "![x](https://example.com/x.png)",
    "a *b* _c_ **d** `e` ~~f~~ \\*g\\*", "{{ site.secret }} {% include x %}", "&amp; &lt;",
    "Tom & Jerry", "x {: onclick=alert(1) }", "ends with two spaces  ", "ends with backslash\\",
]  # fmt: skip


@pytest.mark.parametrize("renderer", RENDERERS)
def test_text_that_looks_like_markdown_stays_text(renderer: str) -> None:
    segments = [segment(0, "headline", "Headline")]
    segments += [segment(i + 1, "paragraph", text) for i, text in enumerate(LINE_STARTS)]
    segments += [segment(100, "paragraph", "\n".join(LINE_STARTS))]  # the same as lines
    publication = replace(bare(), segments=tuple(segments))
    document = rendered(publication, renderer)
    assert [element.tag for element in document] == ["h1"] + ["p"] * (len(LINE_STARTS) + 2)
    assert not [element.attrib for element in document.iter() if element.attrib]
    shown = [element.text_content() for element in document]
    assert shown[1:-2] == [text.strip() for text in LINE_STARTS]
    assert shown[-2].split("\n") == [text.strip() for text in LINE_STARTS]


def test_lines_inside_a_quote_stay_in_the_quote() -> None:
    quote = segment(1, "quote", "first line\n\n- second line")
    publication = replace(bare(), segments=(*bare().segments, quote))
    for renderer in RENDERERS:
        blockquote = rendered(publication, renderer).find("blockquote")
        assert blockquote is not None
        assert [p.text_content() for p in blockquote] == ["first line", "- second line"]


@pytest.mark.parametrize("name", SAMPLES)
def test_the_same_revision_gives_the_same_bytes(name: str) -> None:
    assert export_markdown.render(SAMPLES[name]) == export_markdown.render(all_samples()[name])
