"""ninjs 3.1 and 2.2 export: every document validates against IPTC's official schemas (the
validator proven real on IPTC's own examples and test suite), carries the attribution where
DESIGN.md puts it, comes out byte for byte the same for the same revision, and never lets
text from the source or the translation become markup."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import html5lib
import pytest
from jsonschema import Draft202012Validator
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from tests.shared_corpora import shared_dir
from transdesk.core.credit_line import credit_line
from transdesk.core.publication import Publication, PublishedSegment, SourceCreditLine
from transdesk.formats import export_ninjs
from transdesk.formats.export_ninjs import (
    AUTHOR_ROLE,
    DISTRIBUTOR_ROLE,
    EDITOR_ROLE,
    ORIGINAL_CONTENT_ROLE,
    TRANSLATOR_ROLE,
    render,
    render_v2,
)
from transdesk.formats.exports import EXPORT_FORMATS

GEOJSON = "https://geojson.org/schema/GeoJSON.json"
DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"
VERSIONS: dict[str, Callable[[Publication], bytes]] = {"3.1": render, "2.2": render_v2}

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
LINK = '<a href="javascript:alert(1)">read more</a>'
END_SCRIPT = "</script><script>alert(document.cookie)</script>"


# --- The validator: official schemas, Draft 2020-12, formats checked, no network ------------


def _no_network(uri: str) -> Resource[Any]:
    pytest.fail(f"the validator tried to fetch {uri}: register it locally")


def geojson_stub() -> Resource[Any]:
    """Enough of GeoJSON for the ninjs ``places[].geoJSON`` reference: an object whose
    ``type`` is one of the GeoJSON types (RFC 7946)."""
    types = ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon",
             "MultiPolygon", "GeometryCollection", "Feature", "FeatureCollection"]  # fmt: skip
    return DRAFT202012.create_resource(
        {
            "$schema": DRAFT_2020_12,
            "$id": GEOJSON,
            "type": "object",
            "required": ["type"],
            "properties": {"type": {"enum": types}},
        }
    )


def schema_file(version: str) -> Path:
    return shared_dir("specs", "ninjs") / f"ninjs-schema_{version}.json"


@cache
def _schema(version: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(schema_file(version).read_text(encoding="utf-8"))
    return schema


def make_validator(version: str, registry: Registry[Any] | None = None) -> Validator:
    schema = _schema(version)
    cls = validator_for(schema)
    if registry is None:
        registry = Registry(retrieve=_no_network).with_resource(GEOJSON, geojson_stub())
    return cls(schema, registry=registry, format_checker=cls.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def validators() -> dict[str, Validator]:
    return {version: make_validator(version) for version in VERSIONS}


def problems(validator: Validator, document: object) -> list[str]:
    return sorted(
        f"{'/'.join(map(str, error.absolute_path)) or '(top)'}: {error.message}"
        for error in validator.iter_errors(document)
    )


def test_both_schemas_are_json_schema_2020_12_and_checked_as_such() -> None:
    for version in VERSIONS:
        schema = _schema(version)
        assert schema["$schema"] == DRAFT_2020_12
        assert validator_for(schema) is Draft202012Validator
        Draft202012Validator.check_schema(schema)
        assert f"ninjs-schema_{version}.json" in schema["$id"]


def test_the_schemas_reference_geojson_and_it_resolves_locally(
    validators: dict[str, Validator],
) -> None:
    places = {"3.1": ("places", "geoJSON"), "2.2": ("places", "geojson")}
    for version, (array, field) in places.items():
        assert f'"$ref": "{GEOJSON}#"' in schema_file(version).read_text(encoding="utf-8")
        point = {"type": "Point", "coordinates": [35.5, 33.9]}
        good = {"uri": "urn:example:place", array: [{"name": "Beirut", field: point}]}
        bad = {"uri": "urn:example:place", array: [{"name": "Beirut", field: {"type": "Dot"}}]}
        assert problems(validators[version], good) == []
        assert problems(validators[version], bad), "the local GeoJSON stub was not consulted"


def test_without_the_local_geojson_the_validator_would_go_to_the_network() -> None:
    asked: list[str] = []

    def refuse(uri: str) -> Resource[Any]:
        asked.append(uri)
        raise ConnectionRefusedError("no network in tests")

    validator = make_validator("3.1", Registry(retrieve=refuse))
    document = {"uri": "urn:example:place", "places": [{"geoJSON": {"type": "Point"}}]}
    with pytest.raises(Unresolvable):
        validator.validate(document)
    assert asked == [GEOJSON]


def test_formats_are_checked(validators: dict[str, Validator]) -> None:
    assert problems(validators["3.1"], {"uri": "urn:transdesk:article:1"}) == []
    assert problems(validators["3.1"], {"uri": "not a uri"})
    assert problems(validators["3.1"], {"uri": "urn:x:1", "versionCreated": "yesterday"})
    assert problems(validators["2.2"], {"uri": "urn:x:1", "firstcreated": "2026-13-01T00:00Z"})


def _official_files(*patterns: str) -> list[Path]:
    root = shared_dir("specs", "ninjs")
    return sorted(path for pattern in patterns for path in root.glob(pattern))


def test_the_official_examples_and_test_suite_come_out_as_iptc_says(
    validators: dict[str, Validator],
) -> None:
    # ninjs 3.1 only adds to 3.0, so 3.0's real agency samples must pass it too.
    cases = {
        "3.1": (
            _official_files("examples/3.*/*.json", "test_suite/3.*/should_pass/*.json"),
            _official_files("test_suite/3.*/should_fail/*.json"),
        ),
        "2.2": (
            _official_files("examples/2.2/*.json", "test_suite/2.2/should_pass/*.json"),
            _official_files("test_suite/2.2/should_fail/*.json"),
        ),
    }
    for version, (should_pass, should_fail) in cases.items():
        assert len(should_pass) >= 5 and len(should_fail) >= 1, version
        for path in should_pass:
            document = json.loads(path.read_text(encoding="utf-8"))
            assert problems(validators[version], document) == [], path
        for path in should_fail:
            document = json.loads(path.read_text(encoding="utf-8"))
            assert problems(validators[version], document), f"{path} should fail"


# --- Publications ---------------------------------------------------------------------------


def segment(position: int, kind: str, text: str, source: str = "") -> PublishedSegment:
    return PublishedSegment(position, kind, source or f"source {position}", text, "translated")


ORIGINAL_AR = SourceCreditLine(
    role="original",
    outlet="الجزيرة نت",
    url="https://www.aljazeera.net/news/2026/11/18/محادثات-المياه",
    title="استئناف محادثات المياه في جنيف",
    authors=("أحمد علي", "سارة نور"),
    language="ar",
    published_at=datetime(2026, 11, 18, 6, 0, tzinfo=UTC),
)


def arabic_to_english() -> Publication:
    return Publication(
        article_id=7,
        report_id=3,
        revision=4,
        revision_at=datetime(2026, 11, 19, 9, 30, 5, 250_000, tzinfo=UTC),
        status="approved",
        source_language="ar",
        target_language="en",
        segments=(
            segment(0, "headline", "Water talks resume in Geneva", "استئناف محادثات المياه"),
            segment(1, "standfirst", "Delegations meet after 14 months."),
            segment(2, "paragraph", "Talks on water rights resumed on Tuesday."),
            segment(3, "heading", "A long road"),
            segment(4, "quote", "“We will not give up,” the minister said."),
            segment(5, "caption", "Delegates arrive in Geneva."),
            segment(6, "paragraph", ""),  # untranslated: not exported
            segment(7, "paragraph", "The next round is due in March.\nOfficials agreed."),
        ),
        credits=(
            ORIGINAL_AR,
            SourceCreditLine(
                "via", "Gulf Wire", "https://gulfwire.example/story/1", None, (), "ar", None
            ),
        ),
        translators=("Rana Haddad", "Leila Mansour"),
        editor="Omar Said",
        section="World",
        rights="© Al Jazeera Media Network 2026",
        created_at=datetime(2026, 11, 18, 8, 0, tzinfo=UTC),
    )


def english_to_arabic() -> Publication:
    return Publication(
        article_id=12,
        report_id=9,
        revision=2,
        revision_at=datetime(2026, 11, 20, 14, 0, tzinfo=UTC),
        status="approved",
        source_language="en",
        target_language="ar",
        segments=(
            segment(0, "headline", "استئناف المحادثات في جنيف", "Talks resume in Geneva"),
            segment(1, "paragraph", "استؤنفت المحادثات يوم الثلاثاء."),
            segment(2, "paragraph", "وقال الوزير إن الجولة المقبلة في آذار."),
        ),
        credits=(
            SourceCreditLine(
                "original",
                "Example News",
                "https://news.example.com/geneva",
                "Talks resume in Geneva",
                ("Jane Doe",),
                "en",
                datetime(2026, 11, 19, 22, 15, tzinfo=UTC),
            ),
        ),
        translators=("رنا حداد",),
        editor="عمر سعيد",
        section="دولي",
        rights="https://creativecommons.org/licenses/by/4.0/",
        created_at=datetime(2026, 11, 20, 8, 0, tzinfo=UTC),
    )


def without_editor() -> Publication:
    return replace(arabic_to_english(), editor=None, translators=())


def without_original_date() -> Publication:
    undated = replace(ORIGINAL_AR, published_at=None, url=None, title=None, authors=())
    return replace(arabic_to_english(), credits=(undated,), rights="Not for resale in Qatar")


def without_credits() -> Publication:
    return replace(arabic_to_english(), credits=(), rights=None, section=None, revision_at=None)


def forced() -> Publication:
    return replace(
        english_to_arabic(),
        status="in_review",
        forced_reason="Breaking news: the desk publishes before the editor's review",
    )


def hostile() -> Publication:
    return Publication(
        article_id=66,
        report_id=6,
        revision=1,
        revision_at=datetime(2026, 11, 21, 1, 2, 3, tzinfo=UTC),
        status="in_review",
        source_language="en",
        target_language="ar",
        segments=(
            segment(0, "headline", f"عاجل {END_SCRIPT}", f"Breaking {END_SCRIPT}"),
            segment(1, "standfirst", IMG, IMG),
            segment(2, "paragraph", SCRIPT, SCRIPT),
            segment(3, "paragraph", f"اقرأ {LINK}", LINK),
            segment(4, "heading", "<h1 onclick=alert(1)>x</h1>"),
            segment(5, "quote", '"><svg onload=alert(1)>'),
            segment(6, "caption", '<iframe src="javascript:alert(1)"></iframe>'),
            segment(7, "paragraph", "<!-- x --><style>*{display:none}</style>&amp; &lt;"),
        ),
        credits=(
            SourceCreditLine(
                "original",
                IMG,
                "javascript:alert(1)",
                END_SCRIPT,
                (SCRIPT,),
                "en",
                datetime(2026, 11, 20, tzinfo=UTC),
            ),
            SourceCreditLine("via", LINK, " JAVASCRIPT:alert(2)", None, (), None, None),
        ),
        translators=('رنا <b onmouseover="alert(1)">حداد</b>',),
        editor=SCRIPT,
        section="<b>World</b>",
        rights=LINK,
        created_at=datetime(2026, 11, 21, tzinfo=UTC),
        forced_reason=f"urgent {SCRIPT}",
    )


PUBLICATIONS: dict[str, Callable[[], Publication]] = {
    "arabic_to_english": arabic_to_english,
    "english_to_arabic": english_to_arabic,
    "without_editor": without_editor,
    "without_original_date": without_original_date,
    "without_credits": without_credits,
    "forced": forced,
    "hostile": hostile,
}


def document(publication: Publication, version: str = "3.1") -> dict[str, Any]:
    result: dict[str, Any] = json.loads(VERSIONS[version](publication))
    return result


def body(item: dict[str, Any], role: str) -> dict[str, Any]:
    found: dict[str, Any] = next(b for b in item["bodies"] if b["role"] == role)
    return found


def roles(item: dict[str, Any], key: str = "infoSources") -> list[tuple[str, str]]:
    return [(source["role"], source["name"]) for source in item[key]]


# --- Every export validates -----------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("name", PUBLICATIONS)
def test_every_export_validates_against_the_official_schema(
    validators: dict[str, Validator], name: str, version: str
) -> None:
    exported = document(PUBLICATIONS[name](), version)
    assert problems(validators[version], exported) == []
    assert exported["standard"] == {
        "name": "ninjs",
        "version": version,
        "schema": f"http://www.iptc.org/std/ninjs/ninjs-schema_{version}.json#",
    }


def test_the_registry_finds_both_versions_here() -> None:
    for name, function in (("ninjs", "render"), ("ninjs2", "render_v2")):
        fmt = EXPORT_FORMATS[name]
        assert (fmt.module, fmt.function) == ("transdesk.formats.export_ninjs", function)
        assert fmt.renderer() is getattr(export_ninjs, function)
        assert (fmt.extension, fmt.media_type) == (export_ninjs.EXTENSION, "application/json")


# --- Same revision, same bytes; the shape of the file ---------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_the_same_revision_gives_the_same_bytes(version: str) -> None:
    for make in PUBLICATIONS.values():
        assert VERSIONS[version](make()) == VERSIONS[version](make())


def test_the_file_is_pretty_utf8_json_with_sorted_keys_and_a_final_newline() -> None:
    data = render(arabic_to_english())
    text = data.decode("utf-8")
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert "الجزيرة نت" in text  # Arabic as itself, not \u escapes
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


# --- What the CMS reads: ninjs 3.1 ----------------------------------------------------------


def test_arabic_to_english_carries_the_item_metadata() -> None:
    item = document(arabic_to_english())
    assert item["uri"] == "urn:transdesk:article:7"
    assert item["version"] == "4"
    assert (item["type"], item["representationType"], item["pubStatus"]) == (
        "text", "full", "usable",
    )  # fmt: skip
    assert item["language"] == "en"
    assert item["firstCreated"] == "2026-11-18T08:00:00Z"
    assert item["versionCreated"] == "2026-11-19T09:30:05Z"
    assert item["contentCreated"] == "2026-11-18T06:00:00Z"  # when the original ran
    assert item["headlines"] == [
        {"role": "main", "contentType": "text/plain", "value": "Water talks resume in Geneva"}
    ]
    assert item["descriptions"][0]["value"] == "Delegations meet after 14 months."
    assert item["subjects"] == [{"name": "World"}]
    assert "edNote" not in item


def test_by_is_the_credit_line_in_the_target_language() -> None:
    item = document(arabic_to_english())
    assert item["by"] == credit_line(arabic_to_english())
    assert item["by"].startswith("Translated from Arabic by Rana Haddad and Leila Mansour.")
    assert "Edited by Omar Said." in item["by"]
    arabic = document(english_to_arabic())["by"]
    assert arabic == credit_line(english_to_arabic())
    assert arabic.startswith("ترجمة عن ") and "رنا حداد" in arabic and "عمر سعيد" in arabic


def test_info_sources_name_everyone_with_their_role() -> None:
    item = document(arabic_to_english())
    assert roles(item) == [
        (ORIGINAL_CONTENT_ROLE, "الجزيرة نت"),
        (AUTHOR_ROLE, "أحمد علي"),
        (AUTHOR_ROLE, "سارة نور"),
        (DISTRIBUTOR_ROLE, "Gulf Wire"),
        (TRANSLATOR_ROLE, "Rana Haddad"),
        (TRANSLATOR_ROLE, "Leila Mansour"),
        (EDITOR_ROLE, "Omar Said"),
    ]
    assert ORIGINAL_CONTENT_ROLE == "http://cv.iptc.org/newscodes/contentprodpartyrole/origcont"
    assert item["infoSources"][0]["uri"] == "https://www.aljazeera.net/"
    assert item["infoSources"][3]["uri"] == "https://gulfwire.example/"


def test_the_association_points_to_the_original() -> None:
    (association,) = document(arabic_to_english())["associations"]
    assert (association["name"], association["rel"]) == ("translationOf", "translationOf")
    # The Arabic address, percent-encoded so that it is a URI.
    assert association["uri"] == (
        "https://www.aljazeera.net/news/2026/11/18/"
        "%D9%85%D8%AD%D8%A7%D8%AF%D8%AB%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87"
    )
    assert association["language"] == "ar"
    assert association["headlines"][0]["value"] == "استئناف محادثات المياه في جنيف"
    assert association["by"] == "أحمد علي وسارة نور"
    assert association["contentCreated"] == "2026-11-18T06:00:00Z"
    assert roles(association) == [(ORIGINAL_CONTENT_ROLE, "الجزيرة نت")]


def test_ninjs_2_carries_the_relation_in_the_association_name() -> None:
    item = document(arabic_to_english(), "2.2")
    (association,) = item["associations"]
    assert association["name"] == "translationOf" and "rel" not in association
    assert item["versioncreated"] == "2026-11-19T09:30:05Z"
    assert item["infosources"][0]["role"] == ORIGINAL_CONTENT_ROLE
    assert (
        body(item, "main")["wordcount"] == body(document(arabic_to_english()), "main")["wordCount"]
    )

    def keys(value: Any) -> Iterator[str]:
        if isinstance(value, dict):
            for key, inner in value.items():
                yield key
                yield from keys(inner)
        elif isinstance(value, list):
            for inner in value:
                yield from keys(inner)

    assert all(key == key.lower() for key in keys(item))


def test_rights_go_where_they_belong() -> None:
    notice = document(arabic_to_english())
    assert notice["copyrightHolder"] == "الجزيرة نت"
    assert notice["copyrightNotice"] == "© Al Jazeera Media Network 2026"
    assert "usageTerms" not in notice and "rightsInfo" not in notice
    terms = document(without_original_date())
    assert terms["usageTerms"] == "Not for resale in Qatar" and "copyrightNotice" not in terms
    link = document(english_to_arabic())
    assert link["rightsInfo"] == {"linkedRights": "https://creativecommons.org/licenses/by/4.0/"}
    assert document(english_to_arabic(), "2.2")["rightsinfo"] == {
        "linkedrights": "https://creativecommons.org/licenses/by/4.0/"
    }
    bare = document(without_credits())
    assert not {"copyrightHolder", "copyrightNotice", "usageTerms", "rightsInfo"} & set(bare)


def test_no_editor_and_no_translator_names_leave_them_out() -> None:
    item = document(without_editor())
    assert [role for role, _ in roles(item)] == [
        ORIGINAL_CONTENT_ROLE, AUTHOR_ROLE, AUTHOR_ROLE, DISTRIBUTOR_ROLE,
    ]  # fmt: skip
    assert "Edited" not in item["by"] and item["by"].startswith("Translated from Arabic.")


def test_an_undated_original_without_address_still_has_an_association() -> None:
    item = document(without_original_date())
    assert "contentCreated" not in item
    (association,) = item["associations"]
    assert "contentCreated" not in association and "headlines" not in association
    assert association["uri"] == "urn:transdesk:report:3"  # the source we translated
    assert roles(item)[0] == (ORIGINAL_CONTENT_ROLE, "الجزيرة نت")
    assert "uri" not in item["infoSources"][0]
    (source_only,) = document(without_credits())["associations"]
    assert source_only == {
        "name": "translationOf", "rel": "translationOf", "type": "text",
        "uri": "urn:transdesk:report:3", "language": "ar",
    }  # fmt: skip
    assert "versionCreated" not in document(without_credits())


def test_a_forced_export_says_why_in_the_editorial_note() -> None:
    reason = "Breaking news: the desk publishes before the editor's review"
    note = document(forced())["edNote"]
    assert reason in note and "in_review" in note
    assert reason in document(forced(), "2.2")["ednote"]
    assert "ednote" not in document(english_to_arabic(), "2.2")


# --- The bodies ---------------------------------------------------------------------------


ALLOWED_TAGS = {"div", "p", "h2", "blockquote", "figure", "figcaption", "br"}
ALLOWED_ATTRIBUTES = {"dir", "lang", "class"}


def parse_html(fragment: str) -> Element:
    """The fragment as a browser builds it (html5lib runs the WHATWG parsing algorithm)."""
    root: Element = html5lib.parseFragment(fragment, namespaceHTMLElements=False)
    return root


def only_our_markup(root: Element) -> None:
    elements = list(root.iter())[1:]  # below the fragment itself
    assert {element.tag for element in elements} <= ALLOWED_TAGS
    for element in elements:
        assert set(element.attrib) <= ALLOWED_ATTRIBUTES, element.attrib


def test_the_html_body_has_one_element_per_segment_and_the_credit_last() -> None:
    publication = arabic_to_english()
    html = body(document(publication), "richtext")
    assert html["contentType"] == "text/html"
    root = parse_html(html["value"])
    only_our_markup(root)
    (wrapper,) = list(root)
    assert (wrapper.tag, wrapper.get("dir"), wrapper.get("lang")) == ("div", "ltr", "en")
    shown = [(child.tag, "".join(child.itertext())) for child in wrapper]
    assert shown == [
        ("p", "Talks on water rights resumed on Tuesday."),
        ("h2", "A long road"),
        ("blockquote", "“We will not give up,” the minister said."),
        ("figure", "Delegates arrive in Geneva."),
        ("p", "The next round is due in March.Officials agreed."),  # a <br> between
        ("p", credit_line(publication)),
    ]
    assert wrapper[3][0].tag == "figcaption" and wrapper[4][0].tag == "br"
    assert wrapper[-1].get("class") == "credit"


def test_an_arabic_body_reads_right_to_left() -> None:
    html = body(document(english_to_arabic()), "richtext")["value"]
    (wrapper,) = list(parse_html(html))
    assert (wrapper.get("dir"), wrapper.get("lang")) == ("rtl", "ar")
    assert "".join(wrapper[0].itertext()) == "استؤنفت المحادثات يوم الثلاثاء."


def test_the_plain_body_is_paragraphs_with_the_credit_line_last() -> None:
    publication = arabic_to_english()
    plain = body(document(publication), "main")
    assert plain["contentType"] == "text/plain"
    assert plain["value"].split("\n\n") == [
        "Talks on water rights resumed on Tuesday.",
        "A long road",
        "“We will not give up,” the minister said.",
        "Delegates arrive in Geneva.",
        "The next round is due in March.\nOfficials agreed.",
        credit_line(publication),
    ]


def test_word_and_character_counts_leave_out_captions_and_the_credit_line() -> None:
    publication = replace(
        arabic_to_english(),
        segments=(
            segment(0, "headline", "Not counted"),
            segment(1, "paragraph", "One two three."),
            segment(2, "caption", "Six seven"),
            segment(3, "paragraph", "Four five."),
        ),
    )
    for role in ("main", "richtext"):
        counted = body(document(publication), role)
        assert (counted["wordCount"], counted["charCount"]) == (5, len("One two three.") + 2 + 10)
    arabic = body(document(english_to_arabic()), "main")
    assert arabic["wordCount"] == 4 + 7


# --- Hostile text stays text ----------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_hostile_text_never_becomes_markup(version: str) -> None:
    publication = hostile()
    item = document(publication, version)
    html = next(b["value"] for b in item["bodies"] if b["role"] == "richtext")
    root = parse_html(html)
    only_our_markup(root)
    assert root.find(".//script") is None and "onerror=" not in _attributes(root)
    (wrapper,) = list(root)
    texts = ["".join(child.itertext()) for child in wrapper]
    # Every hostile string reaches the reader as the very text that was written.
    assert texts == [s.text for s in publication.body] + [credit_line(publication)]
    assert SCRIPT in credit_line(publication) and "<b onmouseover" in credit_line(publication)
    plain = next(b["value"] for b in item["bodies"] if b["role"] == "main")
    assert SCRIPT in plain and f"اقرأ {LINK}" in plain  # plain text, said to be plain


@pytest.mark.parametrize("version", VERSIONS)
def test_only_web_addresses_and_our_urns_become_uris(version: str) -> None:
    item = document(hostile(), version)
    uris = list(_values(item, {"uri", "linkedrights", "schema", "href"}))
    assert uris and all(uri.startswith(("https://", "http://", "urn:")) for uri in uris), uris
    assert "javascript" not in json.dumps([*uris]).lower()
    (association,) = item["associations"]
    assert association["uri"] == "urn:transdesk:report:6"
    assert association["headlines"][0]["value"] == END_SCRIPT  # text/plain, as written


def _attributes(root: Element) -> str:
    return " ".join(f"{key}={value}" for el in root.iter() for key, value in el.attrib.items())


def _values(value: Any, names: set[str]) -> Iterator[str]:
    if isinstance(value, dict):
        for key, inner in value.items():
            if key.lower() in names and isinstance(inner, str):
                yield inner
            yield from _values(inner, names)
    elif isinstance(value, list):
        for inner in value:
            yield from _values(inner, names)
