"""DOCX export for editors and legal review: the translation in Word's own styles (Title,
Subtitle, Heading 2, Quote, Caption), right to left for Arabic and Persian, a credit paragraph
at the end, and the attribution in the document's core properties.

The bytes depend on the Publication alone: the core properties take their dates from it (not
the template's), and the package is re-zipped with fixed entry times, attributes and order
(python-docx stamps every zip entry with the time of saving).
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from transdesk.core.credit_line import credit_line
from transdesk.core.languages import direction
from transdesk.core.publication import Publication
from transdesk.formats.xmltree import xml_text

EXTENSION = ".docx"
MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

CREDIT_STYLE = "Credit"
STYLES = {
    "headline": "Title",
    "standfirst": "Subtitle",
    "heading": "Heading 2",
    "quote": "Quote",
    "caption": "Caption",
    "paragraph": "Normal",
}
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold
_CORE_MAX = 255  # python-docx refuses longer core property values
# Characters XML 1.0 cannot hold (most C0 controls, lone surrogates, U+FFFE/U+FFFF): a hostile
# translation must not make the document unreadable, and they are no text for a newsroom.


def render(publication: Publication) -> bytes:
    """The translated article as a Word document; the same Publication gives the same bytes."""
    document = docx.Document()
    right_to_left = direction(publication.target_language) == "rtl"
    _set_language(document, publication.target_language, right_to_left)
    _add_credit_style(document)
    paragraphs = [("headline", publication.headline)]
    if publication.standfirst:
        paragraphs.append(("standfirst", publication.standfirst))
    paragraphs += [(segment.kind, segment.text.strip()) for segment in publication.body]
    credit = credit_line(publication)
    for kind, text in paragraphs:
        if _clean(text).strip():
            _paragraph(document, _clean(text), STYLES.get(kind, "Normal"), right_to_left)
    _paragraph(document, _clean(credit), CREDIT_STYLE, right_to_left)
    _set_core_properties(document, publication, credit)
    _drop_thumbnail(document)
    if right_to_left:
        _right_to_left_pages(document)
    return _deterministic(document)


def _clean(text: str) -> str:
    return xml_text(text)


def _paragraph(document: Any, text: str, style: str, right_to_left: bool) -> None:
    # python-docx escapes the text and turns tabs and line breaks into <w:tab/> and <w:br/>.
    paragraph = document.add_paragraph(text, style=style)
    if right_to_left:
        paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
        for run in paragraph.runs:
            run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))


def _set_language(document: Any, language: str, right_to_left: bool) -> None:
    """The document's default language: Word checks spelling and shapes text by it; a
    right-to-left language is the "bidi" one, the Latin-script default stays."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = run_defaults.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        run_defaults.append(lang)
    lang.set(qn("w:bidi" if right_to_left else "w:val"), language)


def _add_credit_style(document: Any) -> None:
    style = document.styles.add_style(CREDIT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.italic = True
    style.quick_style = True


def _right_to_left_pages(document: Any) -> None:
    """Sections laid out right to left (columns, page numbers, the side of the gutter)."""
    for section in document.sections:
        grid = section._sectPr.find(qn("w:docGrid"))
        bidi = OxmlElement("w:bidi")
        if grid is not None:
            grid.addprevious(bidi)  # the schema's order: … bidi, rtlGutter, docGrid …
        else:
            section._sectPr.append(bidi)


def _core_text(value: str | None) -> str:
    text = " ".join(_clean(value or "").split())
    return text if len(text) <= _CORE_MAX else text[: _CORE_MAX - 1] + "…"


def _utc(moment: datetime) -> datetime:
    """python-docx writes a time as UTC without converting it; naive times are UTC already."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _set_core_properties(document: Any, publication: Publication, credit: str) -> None:
    properties = document.core_properties
    properties.title = _core_text(publication.headline)
    properties.author = _core_text(", ".join(publication.translators))
    properties.language = _core_text(publication.target_language)
    properties.subject = _core_text(publication.section)
    properties.category = ""
    properties.keywords = ""
    properties.comments = _core_text(credit)
    properties.content_status = _core_text(publication.status)
    properties.identifier = _core_text(publication.uri)
    properties.version = str(publication.revision)
    properties.revision = max(publication.revision, 1)  # the property counts from 1
    editor = publication.editor or next(iter(publication.translators), "")
    properties.last_modified_by = _core_text(editor)
    properties.created = _utc(publication.created_at)
    properties.modified = _utc(publication.revision_at or publication.created_at)


def _drop_thumbnail(document: Any) -> None:
    """The template's thumbnail shows python-docx's own sample page, not this article."""
    relationships = document.part.package.rels
    for key, relationship in list(relationships.items()):
        if relationship.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            relationships.pop(key)


def _deterministic(document: Any) -> bytes:
    """The package re-zipped with fixed times, attributes and entry order."""
    written = io.BytesIO()
    document.save(written)
    with zipfile.ZipFile(written) as package:
        entries = {info.filename: package.read(info) for info in package.infolist()}
    first = "[Content_Types].xml"  # readers look for it first
    names = sorted(entries, key=lambda name: (name != first, name))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as package:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0  # not the platform the export ran on
            info.external_attr = 0
            package.writestr(info, entries[name], compresslevel=6)
    return output.getvalue()
