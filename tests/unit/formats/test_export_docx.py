"""DOCX export: Word's styles, right to left for Arabic, the credit paragraph, core properties
from the Publication, the same bytes every time, and text that stays text."""

from __future__ import annotations

import dataclasses
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

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
from transdesk.formats import docx as docx_import
from transdesk.formats import export_docx
from transdesk.formats.exports import EXPORT_FORMATS


def reopen(data: bytes) -> Any:
    return docx.Document(io.BytesIO(data))


def paragraphs(document: Any) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in document.paragraphs]


def test_the_registry_names_this_module() -> None:
    fmt = EXPORT_FORMATS["docx"]
    assert fmt.renderer() is export_docx.render
    assert (fmt.extension, fmt.media_type) == (export_docx.EXTENSION, export_docx.MEDIA_TYPE)


def test_arabic_to_english_styles_and_credit() -> None:
    publication = arabic_to_english()
    document = reopen(export_docx.render(publication))
    assert paragraphs(document) == [
        ("Title", "Ceasefire talks resume in Cairo"),
        ("Subtitle", "Delegations met for six hours on Tuesday."),
        ("Normal", "Negotiators said progress was slow."),
        ("Heading 2", "What comes next"),
        ("Quote", "We are not there yet."),
        ("Caption", "Delegates arrive at the venue."),
        # the untranslated paragraph is left out
        ("Normal", "A second round is planned for next week."),
        ("Credit", credit_line(publication)),
    ]
    assert document.styles["Credit"].font.italic is True
    # Left to right: no paragraph, run or page says otherwise.
    body = document.element.body
    assert not body.findall(".//" + qn("w:bidi")) and not body.findall(".//" + qn("w:rtl"))


def test_core_properties_come_from_the_publication() -> None:
    publication = arabic_to_english()
    properties = reopen(export_docx.render(publication)).core_properties
    assert properties.title == "Ceasefire talks resume in Cairo"
    assert properties.author == "Rana Haddad, Leila Mansour"
    assert properties.language == "en"
    assert properties.subject == "World"
    assert properties.comments == credit_line(publication)
    assert properties.identifier == "urn:transdesk:article:42"
    assert properties.last_modified_by == "Omar Said"
    assert properties.revision == 3 and properties.version == "3"
    assert properties.content_status == "approved"
    assert properties.created == datetime(2026, 11, 18, 10, 0, tzinfo=UTC)
    assert properties.modified == datetime(2026, 11, 19, 14, 5, tzinfo=UTC)


def test_english_to_arabic_is_right_to_left() -> None:
    publication = english_to_arabic()
    document = reopen(export_docx.render(publication))
    assert [style for style, _ in paragraphs(document)] == [
        "Title", "Subtitle", "Normal", "Quote", "Credit",
    ]  # fmt: skip
    assert paragraphs(document)[-1][1].startswith("ترجمة عن الإنجليزية: Rana Haddad.")
    for paragraph in document.paragraphs:
        assert paragraph._p.pPr.find(qn("w:bidi")) is not None, paragraph.text
        assert paragraph.runs and all(
            run._r.rPr is not None and run._r.rPr.find(qn("w:rtl")) is not None
            for run in paragraph.runs
        )
    lang = document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert lang.get(qn("w:bidi")) == "ar"
    assert document.sections[0]._sectPr.find(qn("w:bidi")) is not None
    assert document.core_properties.language == "ar"


def test_a_bare_publication_still_makes_a_document() -> None:
    properties = reopen(export_docx.render(bare())).core_properties
    document = reopen(export_docx.render(bare()))
    assert paragraphs(document) == [
        ("Title", "Les pourparlers reprennent"),  # the source, as nothing is translated
        ("Credit", "Aus dem Französischen übersetzt."),
    ]
    assert (properties.author, properties.last_modified_by, properties.revision) == ("", "", 1)
    assert properties.modified == properties.created == datetime(2026, 11, 18, 11, tzinfo=UTC)


@pytest.mark.parametrize("name", sorted(all_samples()))
def test_the_same_publication_gives_the_same_bytes(name: str) -> None:
    publication = all_samples()[name]
    first = export_docx.render(publication)
    assert export_docx.render(dataclasses.replace(publication)) == first
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        infos = package.infolist()
        assert {info.date_time for info in infos} == {(1980, 1, 1, 0, 0, 0)}
        assert infos[0].filename == "[Content_Types].xml"
        assert [i.filename for i in infos[1:]] == sorted(i.filename for i in infos[1:])


def test_nothing_in_the_file_says_when_it_was_made() -> None:
    """The core properties carry the Publication's times, not the template's or today's."""
    old = datetime(2020, 2, 3, 4, 5, 6, tzinfo=UTC)
    publication = dataclasses.replace(arabic_to_english(), created_at=old, revision_at=old)
    today = datetime.now(UTC).strftime("%Y-%m-%d").encode()
    with zipfile.ZipFile(io.BytesIO(export_docx.render(publication))) as package:
        for name in package.namelist():
            assert today not in package.read(name), name
        assert b"2020-02-03T04:05:06Z" in package.read("docProps/core.xml")
        assert "docProps/thumbnail.jpeg" not in package.namelist()  # python-docx's sample page


def test_hostile_text_stays_text() -> None:
    publication = hostile()
    data = export_docx.render(publication)
    document = reopen(data)
    texts = [text for _, text in paragraphs(document)]
    assert texts[0] == HOSTILE_HEADLINE
    assert texts[2:-1] == list(HOSTILE)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = package.read("word/document.xml") + package.read("docProps/core.xml")
    assert b"<script" not in xml and b"<img" not in xml and b"<!--" not in xml
    assert document.core_properties.title == HOSTILE_HEADLINE


def test_characters_xml_cannot_hold_are_dropped_not_fatal() -> None:
    publication = arabic_to_english()
    dirty = "Negotiators\x00 said\x07 progress\x1b was\x0c slow.\ufffe\ud800"
    segments = list(publication.segments)
    segments[2] = dataclasses.replace(segments[2], text=dirty)
    segments[0] = dataclasses.replace(segments[0], text="Ceasefire\x01 talks")
    document = reopen(
        export_docx.render(dataclasses.replace(publication, segments=tuple(segments)))
    )
    assert paragraphs(document)[2] == ("Normal", "Negotiators said progress was slow.")
    assert document.core_properties.title == "Ceasefire talks"


def test_line_breaks_and_long_properties() -> None:
    publication = arabic_to_english()
    segments = list(publication.segments)
    segments[2] = dataclasses.replace(segments[2], text="First line\nsecond line")
    long_headline = "Ceasefire " * 40
    segments[0] = dataclasses.replace(segments[0], text=long_headline)
    document = reopen(
        export_docx.render(dataclasses.replace(publication, segments=tuple(segments)))
    )
    assert paragraphs(document)[2] == ("Normal", "First line\nsecond line")
    assert paragraphs(document)[0] == ("Title", long_headline.strip())
    title = document.core_properties.title
    assert len(title) == 255 and title.endswith("…") and title.startswith("Ceasefire Ceasefire")


def test_our_docx_importer_reads_the_export_back(tmp_path: Path) -> None:
    publication: Publication = arabic_to_english()
    path = tmp_path / "article.docx"
    path.write_bytes(export_docx.render(publication))
    report = docx_import.read(path)
    assert [(s.kind.value, s.source) for s in report.segments][:4] == [
        ("headline", "Ceasefire talks resume in Cairo"),
        ("standfirst", "Delegations met for six hours on Tuesday."),
        ("paragraph", "Negotiators said progress was slow."),
        ("heading", "What comes next"),
    ]
    assert report.segments[-1].source == credit_line(publication)
