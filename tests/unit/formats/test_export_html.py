"""HTML export: a readable article, its credit line, right-to-left where the language is, a
schema.org NewsArticle every property of which the vocabulary knows, and no way for text to
become markup."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from functools import cache
from typing import Any

import html5lib
import lxml.html
import pytest

from tests.shared_corpora import shared_dir
from tests.unit.formats.sample_publications import (
    HOSTILE,
    HOSTILE_HEADLINE,
    all_samples,
    arabic_to_english,
    bare,
    english_to_arabic,
    hostile,
)
from transdesk.core.credit_line import credit_line
from transdesk.core.publication import Publication
from transdesk.formats import export_html

SAMPLES = all_samples()
PAGE_TAGS = {"html", "head", "meta", "title", "script", "body", "article", "header", "footer",
             "h1", "h2", "p", "blockquote", "figure", "figcaption", "br", "a"}  # fmt: skip


def page(publication: Publication) -> Any:
    return lxml.html.document_fromstring(export_html.render(publication))


def ld_json(publication: Publication) -> dict[str, Any]:
    scripts = page(publication).xpath("//script")
    assert len(scripts) == 1 and scripts[0].get("type") == "application/ld+json"
    data: dict[str, Any] = json.loads(scripts[0].text)
    return data


# --- the page a reader sees ------------------------------------------------------------------


def test_arabic_to_english_page_reads_as_the_article() -> None:
    publication = arabic_to_english()
    document = page(publication)
    assert export_html.render(publication).startswith(b"<!DOCTYPE html>\n<html ")
    assert document.get("lang") == "en" and document.get("dir") == "ltr"
    assert document.xpath("//meta/@charset") == ["utf-8"]
    assert document.findtext(".//title") == "Ceasefire talks resume in Cairo"
    article = document.find(".//article")
    assert article.findtext(".//h1") == "Ceasefire talks resume in Cairo"
    assert article.xpath("string(.//p[@class='standfirst'])") == (
        "Delegations met for six hours on Tuesday."
    )
    body = [
        (element.tag, element.text_content())
        for element in article.xpath("./p | ./h2 | ./blockquote | ./figure")
    ]
    assert body == [
        ("p", "Negotiators said progress was slow."),
        ("h2", "What comes next"),
        ("blockquote", "We are not there yet."),
        ("figure", "Delegates arrive at the venue."),
        ("p", "A second round is planned for next week."),
    ]
    credit = article.xpath("./footer/p[@class='credit']")
    assert [p.text_content() for p in credit] == [credit_line(publication)]
    assert (
        credit[0]
        .text_content()
        .startswith("Translated from Arabic by Rana Haddad and Leila Mansour.")
    )


def test_footer_links_to_the_original_in_its_own_language() -> None:
    link = page(arabic_to_english()).xpath("//footer/p[@class='original']")[0]
    assert link.get("lang") == "ar" and link.get("dir") == "rtl"
    anchor = link.find("a")
    assert anchor.get("href") == "https://example.com/ar/news/123"
    assert anchor.text_content() == "استئناف محادثات وقف النار في القاهرة"
    assert anchor.get("rel") == "noopener noreferrer"


@pytest.mark.parametrize(
    ("publication", "expected"),
    [
        (english_to_arabic(), "rtl"),
        (replace(english_to_arabic(), target_language="fa"), "rtl"),
        (arabic_to_english(), "ltr"),
    ],
    ids=["ar", "fa", "en"],
)
def test_right_to_left_targets_lay_out_right_to_left(
    publication: Publication, expected: str
) -> None:
    document = page(publication)
    assert document.get("dir") == expected
    assert document.find(".//article").get("dir") == expected
    assert document.get("lang") == publication.target_language


def test_arabic_target_keeps_its_text_and_credit() -> None:
    publication = english_to_arabic()
    document = page(publication)
    assert document.findtext(".//h1") == "استئناف محادثات وقف النار في القاهرة"
    credit = document.xpath("string(//p[@class='credit'])")
    assert credit == credit_line(publication) and credit.startswith("ترجمة عن الإنجليزية")


def test_lines_inside_a_paragraph_stay_lines() -> None:
    publication = replace(
        bare(), segments=(*bare().segments, replace(bare().segments[0], position=1,
                                                    kind="quote", text="one\ntwo"))
    )  # fmt: skip
    quote = page(publication).find(".//blockquote/p")
    assert [child.tag for child in quote] == ["br"]
    assert quote.text_content() == "onetwo"


@pytest.mark.parametrize("name", SAMPLES)
def test_the_same_revision_gives_the_same_bytes(name: str) -> None:
    first = export_html.render(SAMPLES[name])
    again = export_html.render(all_samples()[name])  # equal, not the same object
    assert first == again


# --- hostile text ----------------------------------------------------------------------------


def browser_page(publication: Publication) -> Any:
    """The page parsed by html5lib, as a browser's HTML parser (WHATWG) would."""
    tree = html5lib.parse(
        export_html.render(publication), treebuilder="lxml", namespaceHTMLElements=False
    )
    return tree.getroot()


@pytest.mark.parametrize("parse", [page, browser_page], ids=["libxml2", "html5lib"])
@pytest.mark.parametrize("name", ["hostile ar-en", "hostile en-ar"])
def test_hostile_text_never_becomes_markup(name: str, parse: Any) -> None:
    publication = SAMPLES[name]
    document = parse(publication)
    assert {element.tag for element in document.iter() if isinstance(element.tag, str)} <= (
        PAGE_TAGS
    )
    scripts = document.xpath("//script")
    assert [s.get("type") for s in scripts] == ["application/ld+json"]
    for element in document.iter():
        if not isinstance(element.tag, str):
            continue
        assert not [a for a in element.attrib if a.lower().startswith("on")], element.tag
        assert not element.get("href", "").strip().lower().startswith("javascript:")
    assert document.xpath("//a") == []  # the original's only address was javascript:
    assert not [node for node in document.iter() if not isinstance(node.tag, str)]  # comments
    assert document.xpath("string(//h1)") == HOSTILE_HEADLINE
    assert json.loads(document.xpath("//script")[0].text)["headline"] == HOSTILE_HEADLINE


@pytest.mark.parametrize("name", ["hostile ar-en", "hostile en-ar"])
def test_hostile_text_is_shown_as_written(name: str) -> None:
    publication = SAMPLES[name]
    article = page(publication).find(".//article")
    assert article.findtext(".//h1") == HOSTILE_HEADLINE
    shown = [element.text_content() for element in article.xpath("./p | ./h2 | ./blockquote")]
    shown += [article.xpath("string(.//figcaption)")]
    assert sorted(shown) == sorted(HOSTILE)
    assert article.xpath("string(.//p[@class='standfirst'])") == HOSTILE[1]
    assert article.xpath("string(.//p[@class='credit'])") == credit_line(publication)
    assert page(publication).findtext(".//title") == HOSTILE_HEADLINE


def test_json_ld_cannot_end_its_script_element() -> None:
    raw = export_html.render(hostile()).decode("utf-8")
    script = raw.split('<script type="application/ld+json">', 1)[1]
    inside, after = script.split("</script>", 1)
    assert "<" not in inside and ">" not in inside and "&" not in inside
    assert after.lstrip().startswith("</head>")
    assert "\\u003c/script\\u003e" in inside


def test_json_ld_gives_back_the_hostile_strings() -> None:
    publication = hostile()
    data = ld_json(publication)
    original = publication.original
    assert original is not None
    assert data["headline"] == HOSTILE_HEADLINE
    assert data["description"] == HOSTILE[1]
    assert data["articleBody"] == "\n\n".join(HOSTILE)
    assert data["translator"] == [{"@type": "Person", "name": publication.translators[0]}]
    assert data["editor"] == {"@type": "Person", "name": "</script><!--"}
    assert data["creditText"] == credit_line(publication)
    work = data["translationOfWork"]
    assert work["headline"] == original.title
    assert work["publisher"]["name"] == original.outlet
    assert [a["name"] for a in work["author"]] == list(original.authors)
    # A javascript: address is no attribution: it leaves as no URL at all.
    assert "url" not in work and "isBasedOn" not in data
    assert data["copyrightNotice"] == publication.rights
    assert "license" not in data


# --- the JSON-LD's content -------------------------------------------------------------------


def test_json_ld_carries_the_attribution() -> None:
    publication = arabic_to_english()
    assert ld_json(publication) == {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": "urn:transdesk:article:42",
        "url": "urn:transdesk:article:42",
        "headline": "Ceasefire talks resume in Cairo",
        "description": "Delegations met for six hours on Tuesday.",
        "articleBody": "\n\n".join(
            [
                "Negotiators said progress was slow.",
                "What comes next",
                "We are not there yet.",
                "Delegates arrive at the venue.",
                "A second round is planned for next week.",
            ]
        ),
        "articleSection": "World",
        "inLanguage": "en",
        "translator": [
            {"@type": "Person", "name": "Rana Haddad"},
            {"@type": "Person", "name": "Leila Mansour"},
        ],
        "editor": {"@type": "Person", "name": "Omar Said"},
        "translationOfWork": {
            "@type": "NewsArticle",
            "url": "https://example.com/ar/news/123",
            "headline": "استئناف محادثات وقف النار في القاهرة",
            "publisher": {"@type": "Organization", "name": "Al-Ahram"},
            "author": [
                {"@type": "Person", "name": "سامي يوسف"},
                {"@type": "Person", "name": "Mona Adel"},
            ],
            "inLanguage": "ar",
            "datePublished": "2026-11-18T09:30:00Z",
        },
        "isBasedOn": ["https://example.com/ar/news/123", "https://example.org/wire/987"],
        "creditText": credit_line(publication),
        "copyrightNotice": publication.rights,
        "copyrightHolder": {"@type": "Organization", "name": "Al-Ahram"},
        "license": "https://creativecommons.org/licenses/by/4.0/",
        "dateCreated": "2026-11-18T10:00:00Z",
        "dateModified": "2026-11-19T14:05:00Z",
        "version": 3,
    }


def test_json_ld_of_a_bare_article_leaves_out_what_is_unknown() -> None:
    data = ld_json(bare())
    assert data["headline"] == "Les pourparlers reprennent"  # the source until translated
    assert data["inLanguage"] == "de"
    for absent in ("translator", "editor", "translationOfWork", "isBasedOn", "dateModified",
                   "copyrightNotice", "description", "articleSection"):  # fmt: skip
        assert absent not in data
    assert data["creditText"] == credit_line(bare())


def test_a_single_original_is_based_on_one_url() -> None:
    assert ld_json(english_to_arabic())["isBasedOn"] == "https://example.com/en/talks"


# --- every property against the schema.org vocabulary ------------------------------------------

DATA_TYPES = {"schema:Text", "schema:URL", "schema:DateTime", "schema:Date", "schema:Number",
              "schema:Integer"}  # fmt: skip


class Vocabulary:
    def __init__(self, graph: list[dict[str, Any]]) -> None:
        self.nodes = {node["@id"]: node for node in graph}

    @staticmethod
    def ids(value: Any) -> set[str]:
        items = value if isinstance(value, list) else [value] if value else []
        return {item["@id"] for item in items}

    def is_class(self, name: str) -> bool:
        types = self.nodes.get(name, {}).get("@type", [])
        return "rdfs:Class" in (types if isinstance(types, list) else [types])

    def ancestors(self, name: str) -> set[str]:
        """The class and every class above it (rdfs:subClassOf, transitively)."""
        found, todo = set(), [name]
        while todo:
            current = todo.pop()
            if current not in found:
                found.add(current)
                todo.extend(self.ids(self.nodes.get(current, {}).get("rdfs:subClassOf")))
        return found

    def problems(self, item: dict[str, Any], path: str = "") -> list[str]:
        """Why ``item`` does not fit the vocabulary: property unknown or superseded, its domain
        not the object's type, its value outside its range. Nested objects are checked too."""
        kind = "schema:" + item["@type"]
        if not self.is_class(kind):
            return [f"{path}@type: {kind} is no schema.org class"]
        lineage = self.ancestors(kind)
        found = []
        for key, value in item.items():
            if key.startswith("@"):
                continue
            where = f"{path}{key}"
            prop = self.nodes.get("schema:" + key)
            if prop is None or prop.get("@type") != "rdf:Property":
                found.append(f"{where}: no such property")
                continue
            if "schema:supersededBy" in prop:
                found.append(f"{where}: superseded")
            if not self.ids(prop.get("schema:domainIncludes")) & lineage:
                found.append(f"{where}: not a property of {kind}")
            ranges = self.ids(prop.get("schema:rangeIncludes"))
            for each in value if isinstance(value, list) else [value]:
                found.extend(self._value_problems(each, ranges, where))
        return found

    def _value_problems(self, value: Any, ranges: set[str], path: str) -> list[str]:
        if isinstance(value, dict):
            if not self.ancestors("schema:" + value["@type"]) & ranges:
                return [f"{path}.@type: {value['@type']} is outside {sorted(ranges)}"]
            return self.problems(value, f"{path}.")
        if isinstance(value, bool):
            fits = "schema:Boolean" in ranges
        elif isinstance(value, int | float):
            fits = bool({"schema:Number", "schema:Integer"} & ranges)
        elif {"schema:DateTime", "schema:Date"} & ranges and "schema:Text" not in ranges:
            fits = _is_iso_moment(value)
        else:
            texts = {r for r in ranges if "schema:Text" in self.ancestors(r)}
            fits = bool(texts) and isinstance(value, str)
        return [] if fits else [f"{path}: {value!r} is outside {sorted(ranges)}"]


def _is_iso_moment(value: Any) -> bool:
    try:
        datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


@cache
def vocabulary() -> Vocabulary:
    path = shared_dir("specs", "schemaorg") / "schemaorg-current-https.jsonld"
    return Vocabulary(json.loads(path.read_text(encoding="utf-8"))["@graph"])


@pytest.mark.corpus
@pytest.mark.parametrize("name", SAMPLES)
def test_every_json_ld_property_is_in_the_schema_org_vocabulary(name: str) -> None:
    data = ld_json(SAMPLES[name])
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert vocabulary().problems(data) == []


@pytest.mark.corpus
def test_the_full_attribution_is_what_the_vocabulary_checked() -> None:
    data = ld_json(arabic_to_english())
    assert {"translator", "translationOfWork", "inLanguage", "editor", "isBasedOn", "creditText",
            "copyrightHolder", "copyrightNotice", "license", "dateCreated", "dateModified",
            "headline", "description", "articleBody", "url"} <= set(data)  # fmt: skip
    assert set(data["translationOfWork"]) >= {"url", "headline", "publisher", "author",
                                              "inLanguage", "datePublished"}  # fmt: skip
    assert vocabulary().problems(data) == []


@pytest.mark.corpus
def test_the_vocabulary_check_refuses_what_schema_org_does_not_say() -> None:
    checker = vocabulary()
    wrong = {
        "@type": "NewsArticle",
        "translatedBy": "nobody",  # no such property
        "translator": {"@type": "Place", "name": "Cairo"},  # a place translates nothing
        "editor": {"@type": "Person", "headline": "x"},  # a person has no headline
        "dateCreated": "yesterday",
        "version": [1.5, {"@type": "Person", "name": "x"}],
    }
    problems = checker.problems(wrong)
    assert [p.split(":")[0] for p in problems] == [
        "translatedBy", "translator.@type", "editor.headline", "dateCreated", "version.@type"
    ]  # fmt: skip
    assert checker.problems({"@type": "Person", "articleBody": "x"}) == [
        "articleBody: not a property of schema:Person"
    ]
    assert checker.problems({"@type": "Article", "name": "fits: Article is a Thing"}) == []
