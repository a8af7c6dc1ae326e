"""XLIFF 2 export: schema-valid, valid by our own core rules, the same bytes every time, text
that stays text, and a round trip through another CAT tool back into one revision."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select

from tests.shared_corpora import corpora
from tests.unit.formats.sample_publications import (
    HOSTILE,
    HOSTILE_HEADLINE,
    all_samples,
    arabic_to_english,
    english_to_arabic,
    hostile,
)
from tests.unit.services.review_helpers import EDITOR, TRANSLATOR, add_staff, make_article
from transdesk.core.errors import BadInputFile
from transdesk.core.publication import Publication, PublishedSegment
from transdesk.core.report import SegmentKind, SegmentStatus
from transdesk.formats import export_xliff, xliff
from transdesk.formats.exports import EXPORT_FORMATS
from transdesk.formats.xliff2_rules import check_2x
from transdesk.services.articles import show_article
from transdesk.services.importing import ImportRequest, import_report
from transdesk.services.publications import build_publication
from transdesk.services.revising import commit_texts, translate_from_file
from transdesk.storage.database import Database
from transdesk.storage.models import Revision, SegmentChange

NS = {"x": export_xliff.NAMESPACE, "mda": export_xliff.METADATA_NAMESPACE}
X = "{" + export_xliff.NAMESPACE + "}"


def with_statuses(publication: Publication) -> Publication:
    """The sample with every status and a note or two on its segments."""
    statuses = ["reviewed", "translated", "draft", "needs_update", "translated", "reviewed"]
    segments = []
    for segment in publication.segments:
        status = statuses[segment.position % len(statuses)] if segment.text else "untranslated"
        note = "Keep under 80 characters.\nHouse style: no colon." if segment.position == 0 else ""
        segments.append(dataclasses.replace(segment, status=status, note=note))
    return dataclasses.replace(publication, segments=tuple(segments))


def parse(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(no_network=True, resolve_entities=False))


def units(root: etree._Element) -> list[dict[str, str | None]]:
    found = []
    for unit in root.iterfind(".//x:unit", NS):
        part = unit.find("x:segment", NS)
        notes = [n.text for n in unit.iterfind("x:notes/x:note", NS) if not n.get("category")]
        found.append(
            {
                "id": unit.get("id"),
                "type": unit.get("type"),
                "state": part.get("state"),
                "subState": part.get("subState"),
                "source": part.findtext("x:source", namespaces=NS),
                "target": part.findtext("x:target", namespaces=NS),
                "note": "\n".join(n or "" for n in notes) or None,
            }
        )
    return found


def test_the_registry_names_this_module() -> None:
    fmt = EXPORT_FORMATS["xliff"]
    assert fmt.renderer() is export_xliff.render
    assert (fmt.extension, fmt.media_type) == (export_xliff.EXTENSION, export_xliff.MEDIA_TYPE)


def test_arabic_to_english_units_states_notes_and_attribution() -> None:
    publication = with_statuses(arabic_to_english())
    root = parse(export_xliff.render(publication))
    assert (root.get("version"), root.get("srcLang"), root.get("trgLang")) == ("2.0", "ar", "en")
    [file] = root.iterfind("x:file", NS)
    assert (file.get("original"), file.get("srcDir"), file.get("trgDir")) == (
        "urn:transdesk:article:42",
        "rtl",
        "ltr",
    )
    rows = units(root)
    assert [row["id"] for row in rows] == [f"s{n}" for n in range(1, 9)]
    assert [row["type"] for row in rows] == [f"transdesk:{s.kind}" for s in publication.segments]
    assert [(row["state"], row["subState"]) for row in rows] == [
        ("reviewed", None),
        ("translated", None),
        ("initial", None),  # draft: initial with a target
        ("initial", "transdesk:needs_update"),
        ("translated", None),
        ("reviewed", None),
        ("initial", None),  # untranslated: no target
        ("translated", None),
    ]
    assert [row["target"] for row in rows] == [s.text or None for s in publication.segments]
    assert [row["source"] for row in rows] == [s.source for s in publication.segments]
    assert rows[0]["note"] == "Keep under 80 characters.\nHouse style: no colon."
    status_notes = root.xpath(".//x:unit[@id='s4']/x:notes/x:note/@category", namespaces=NS)
    assert status_notes == ["transdesk:status"]
    file_notes = {n.get("category"): n.text for n in file.iterfind("x:notes/x:note", NS)}
    assert file_notes["original"] == "https://example.com/ar/news/123"
    assert file_notes["credit"].startswith("Translated from Arabic by Rana Haddad and Leila")
    assert file_notes["rights"].startswith("© Al-Ahram 2026")
    original = {
        m.get("type"): m.text
        for m in file.iterfind("mda:metadata/mda:metaGroup[@category='original']/mda:meta", NS)
    }
    assert original["url"] == "https://example.com/ar/news/123"
    assert original["published-at"] == "2026-11-18T09:30:00Z"
    translators = file.xpath(
        "mda:metadata/mda:metaGroup[@category='article']/mda:meta[@type='translator']/text()",
        namespaces=NS,
    )
    assert translators == ["Rana Haddad", "Leila Mansour"]


def test_english_to_arabic_is_right_to_left_in_the_target() -> None:
    root = parse(export_xliff.render(english_to_arabic()))
    [file] = root.iterfind("x:file", NS)
    assert (root.get("trgLang"), file.get("srcDir"), file.get("trgDir")) == ("ar", "ltr", "rtl")
    assert units(root)[0]["target"] == "استئناف محادثات وقف النار في القاهرة"


@pytest.mark.parametrize("name", sorted(all_samples()))
def test_the_same_publication_gives_the_same_bytes(name: str) -> None:
    publication = with_statuses(all_samples()[name])
    first = export_xliff.render(publication)
    assert export_xliff.render(dataclasses.replace(publication)) == first
    assert first.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")


# --- validity --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    """The OASIS XLIFF 2.0 core schema and the Metadata module's, read from local files only."""
    folder = corpora("xliff") / "oasis-xliff22-schemas"

    class Local(etree.Resolver):
        def resolve(self, url: str, pubid: str, context: object) -> object:
            local = folder / url.rsplit("/", 1)[-1]  # xml.xsd sits beside the others here
            return self.resolve_filename(str(local), context) if local.exists() else None

    both = (
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
        f'<xs:import namespace="{export_xliff.NAMESPACE}" schemaLocation="xliff_core_2.0.xsd"/>'
        f'<xs:import namespace="{export_xliff.METADATA_NAMESPACE}" schemaLocation="metadata.xsd"/>'
        "</xs:schema>"
    )
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(Local())
    document = etree.fromstring(both.encode(), parser, base_url=str(folder / "wrapper.xsd"))
    return etree.XMLSchema(document)


@pytest.mark.corpus
def test_the_schema_used_is_strict_enough_to_fail(schema: etree.XMLSchema) -> None:
    root = parse(export_xliff.render(arabic_to_english()))
    assert schema.validate(root), schema.error_log
    root.find(".//x:segment", NS).set("state", "done")
    assert not schema.validate(root)
    root = parse(export_xliff.render(arabic_to_english()))
    root.find(".//mda:meta", NS).attrib.pop("type")  # the Metadata module is checked too
    assert not schema.validate(root)


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(all_samples()))
def test_every_export_is_schema_valid_rules_valid_and_imports(
    name: str, schema: etree.XMLSchema, tmp_path: Path
) -> None:
    publication = with_statuses(all_samples()[name])
    data = export_xliff.render(publication)
    root = parse(data)
    assert schema.validate(root), schema.error_log
    check_2x(root, export_xliff.NAMESPACE)  # our importer's core rules: raises when broken
    path = tmp_path / f"export{export_xliff.EXTENSION}"
    path.write_bytes(data)
    report = xliff.read(path)
    assert [s.source for s in report.segments] == [s.source for s in publication.segments]
    assert [s.kind.value for s in report.segments] == [s.kind for s in publication.segments]
    assert [s.target or "" for s in report.segments] == [s.text for s in publication.segments]


def test_hostile_text_stays_text(tmp_path: Path) -> None:
    publication = hostile()
    data = export_xliff.render(publication)
    root = parse(data)
    # Nothing but XLIFF and Metadata elements: no <script>, <img> or <a> became an element.
    assert {etree.QName(e).namespace for e in root.iter()} == set(NS.values())
    assert b"<script" not in data and b"<img" not in data and b"<!--" not in data
    rows = units(root)
    assert rows[0]["target"] == HOSTILE_HEADLINE
    assert [row["target"] for row in rows[2:]] == list(HOSTILE)
    meta = root.xpath("//mda:meta[@type='url']/text()", namespaces=NS)
    assert meta == ["javascript:alert(5)"]  # a URL in a text node links nothing


def test_characters_xml_cannot_hold_are_dropped_not_fatal(tmp_path: Path) -> None:
    publication = arabic_to_english()
    dirty = "Negotiators\x00 said\x07 progress\x1b was slow.\ufffe\ud800"
    segments = list(publication.segments)
    segments[2] = dataclasses.replace(segments[2], text=dirty, note="note\x0c here")
    data = export_xliff.render(dataclasses.replace(publication, segments=tuple(segments)))
    row = units(parse(data))[2]
    assert (row["target"], row["note"]) == ("Negotiators said progress was slow.", "note here")


def test_line_breaks_and_double_spaces_survive_the_reader(tmp_path: Path) -> None:
    publication = arabic_to_english()
    segments = list(publication.segments)
    text = "First line\nsecond  line"
    segments[2] = dataclasses.replace(segments[2], text=text, status="translated")
    path = tmp_path / "spaces.xlf"
    path.write_bytes(
        export_xliff.render(dataclasses.replace(publication, segments=tuple(segments)))
    )
    assert xliff.read(path).segments[2].target == text
    assert xliff.read(path).segments[3].target == "What comes next"


@pytest.mark.parametrize(
    ("status", "read_back"),
    [
        ("draft", SegmentStatus.DRAFT),
        ("translated", SegmentStatus.TRANSLATED),
        ("reviewed", SegmentStatus.REVIEWED),
        ("needs_update", SegmentStatus.NEEDS_UPDATE),
    ],
)
def test_each_status_reads_back_as_itself(
    status: str, read_back: SegmentStatus, tmp_path: Path
) -> None:
    segment = PublishedSegment(0, "paragraph", "مصدر", "Target", status, "a note")
    publication = dataclasses.replace(arabic_to_english(), segments=(segment,))
    path = tmp_path / "one.xlf"
    path.write_bytes(export_xliff.render(publication))
    [translation] = xliff.read_translations(path)
    assert translation == xliff.Translation("Target", read_back, "a note")
    [imported] = xliff.read(path).segments
    assert (imported.kind, imported.target_status) == (SegmentKind.PARAGRAPH, read_back)


# --- the round trip ----------------------------------------------------------------------


def current(db: Database, article: int) -> Publication:
    with db.reading() as session:
        return build_publication(session, article)


def changes_in(db: Database, article: int, number: int) -> dict[int, tuple[str, str, str | None]]:
    """Segment position (0-based) → (text, status, note) stored by revision ``number``."""
    positions = {s.id: s.position for s in show_article(db, article).segments}
    with db.reading() as session:
        rows = session.execute(
            select(SegmentChange.segment_id, SegmentChange.text, SegmentChange.status,
                   SegmentChange.note)
            .join(Revision, Revision.id == SegmentChange.revision_id)
            .where(Revision.article_id == article, Revision.number == number)
        ).all()  # fmt: skip
    return {positions[sid]: (text, status, note) for sid, text, status, note in rows}


def revision_numbers(db: Database, article: int) -> list[int]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(Revision.number)
                .where(Revision.article_id == article)
                .order_by(Revision.number)
            )
        )


SIX = [
    "الأمم المتحدة: 1.2 مليون نازح بسبب الفيضانات",
    "قالت الأمم المتحدة يوم الثلاثاء إن نحو ١٫٢ مليون شخص نزحوا من منازلهم.",
    "وأضاف المتحدث أن الوضع يزداد سوءا.",
    "وطالبت المنظمة بمساعدات عاجلة للمتضررين في الولايات الشرقية.",
    "وقالت إن الطرق مقطوعة.",
    "ومن المتوقع هطول مزيد من الأمطار.",
]


@pytest.fixture
def article(db: Database, tmp_path: Path) -> int:
    """Six segments at every status: reviewed, translated, draft, needs update, two left."""
    add_staff(db)
    article = make_article(db, tmp_path / "in", SIX)
    sids = [s.id for s in show_article(db, article).segments]
    commit_texts(
        db, article,
        {sids[0]: ("UN: 1.2 million displaced by floods", "reviewed"),
         sids[1]: ("The UN said some 1.2 million people had fled.", "translated"),
         sids[2]: ("The spokesman added it was getting worse.", "draft"),
         sids[3]: ("The organisation called for urgent aid.", "needs_update")},
        author=TRANSLATOR, message="first pass",
    )  # fmt: skip
    return article


def edit_like_a_cat_tool(path: Path) -> None:
    """What a translator does in another tool: edit a target, confirm one, translate an
    empty one, write a note, leave the rest (and our own attributes) alone."""
    tree = etree.parse(str(path), etree.XMLParser(no_network=True))

    def segment(unit: str) -> etree._Element:
        return tree.find(f".//x:unit[@id='{unit}']/x:segment", NS)

    segment("s2").find("x:target", NS).text = "The UN said on Tuesday 1.2 million people fled."
    segment("s3").set("state", "translated")  # the draft confirmed as it is
    s5 = segment("s5")
    s5.set("state", "translated")
    etree.SubElement(s5, X + "target").text = "It said the roads were cut."
    unit = tree.find(".//x:unit[@id='s6']", NS)
    notes = etree.Element(X + "notes")
    etree.SubElement(notes, X + "note").text = "Check the forecast with the desk."
    unit.insert(0, notes)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


def test_round_trip_through_another_tool_makes_one_revision_of_those_changes(
    db: Database, article: int, tmp_path: Path
) -> None:
    before = current(db, article)
    path = tmp_path / "job.xlf"
    path.write_bytes(export_xliff.render(before))
    edit_like_a_cat_tool(path)

    saved = translate_from_file(db, article, path, author=EDITOR, message="from the CAT tool")
    assert saved is not None and (saved.number, saved.changed_segments) == (2, 4)
    assert changes_in(db, article, 2) == {
        1: ("The UN said on Tuesday 1.2 million people fled.", "translated", None),
        2: ("The spokesman added it was getting worse.", "translated", None),
        4: ("It said the roads were cut.", "translated", None),
        5: ("", "untranslated", "Check the forecast with the desk."),
    }
    after = current(db, article)
    assert [(s.text, s.status, s.note) for s in after.segments] == [
        ("UN: 1.2 million displaced by floods", "reviewed", ""),
        ("The UN said on Tuesday 1.2 million people fled.", "translated", ""),
        ("The spokesman added it was getting worse.", "translated", ""),
        ("The organisation called for urgent aid.", "needs_update", ""),
        ("It said the roads were cut.", "translated", ""),
        ("", "untranslated", "Check the forecast with the desk."),
    ]
    # Exported again and read back unchanged: nothing to save, every note still there.
    again = tmp_path / "again.xlf"
    again.write_bytes(export_xliff.render(after))
    assert units(parse(again.read_bytes()))[5]["note"] == "Check the forecast with the desk."
    assert translate_from_file(db, article, again, author=EDITOR) is None
    assert revision_numbers(db, article) == [1, 2]


def test_round_trip_keeps_a_note_when_its_segment_changes_and_drops_a_removed_one(
    db: Database, article: int, tmp_path: Path
) -> None:
    path = tmp_path / "job.xlf"
    path.write_bytes(export_xliff.render(current(db, article)))
    edit_like_a_cat_tool(path)
    translate_from_file(db, article, path, author=EDITOR)
    path.write_bytes(export_xliff.render(current(db, article)))
    tree = etree.parse(str(path))
    s6 = tree.find(".//x:unit[@id='s6']", NS)
    segment = s6.find("x:segment", NS)
    segment.set("state", "reviewed")
    etree.SubElement(segment, X + "target").text = "More rain is expected."
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")

    saved = translate_from_file(db, article, path, author=EDITOR)
    assert saved is not None and saved.changed_segments == 1
    assert changes_in(db, article, 3) == {
        5: ("More rain is expected.", "reviewed", "Check the forecast with the desk."),
    }
    assert current(db, article).segments[5].note == "Check the forecast with the desk."

    # The note taken out in the other tool is taken out here too, the text left as it was.
    tree = etree.parse(str(path))
    notes = tree.find(".//x:unit[@id='s6']/x:notes", NS)
    notes.getparent().remove(notes)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    saved = translate_from_file(db, article, path, author=EDITOR)
    assert saved is not None and changes_in(db, article, 4) == {
        5: ("More rain is expected.", "reviewed", None),
    }
    assert current(db, article).segments[5].note == ""


def test_a_file_for_another_article_is_refused_and_changes_nothing(
    db: Database, article: int, tmp_path: Path
) -> None:
    publication = current(db, article)
    shorter = dataclasses.replace(publication, segments=publication.segments[:5])
    path = tmp_path / "short.xlf"
    path.write_bytes(export_xliff.render(shorter))
    with pytest.raises(BadInputFile, match=f"short.xlf: has 5 units but article {article} has 6"):
        translate_from_file(db, article, path, author=EDITOR)
    assert revision_numbers(db, article) == [1]


def test_our_export_imports_as_a_new_report_with_kinds_statuses_and_notes(
    db: Database, tmp_path: Path
) -> None:
    publication = with_statuses(arabic_to_english())
    path = tmp_path / "from-another-desk.xlf"
    path.write_bytes(export_xliff.render(publication))
    result = import_report(db, ImportRequest(path))
    view = show_article(db, result.articles[0].id)
    assert (view.source_language, view.target_language) == ("ar", "en")
    assert [(s.kind, s.source, s.target) for s in view.segments] == [
        (s.kind, s.source, s.text) for s in publication.segments
    ]
    assert [s.status for s in view.segments] == [s.status for s in publication.segments]
    imported = current(db, result.articles[0].id)
    assert imported.segments[0].note == "Keep under 80 characters.\nHouse style: no colon."
