"""XLIFF 2.0 export: the article as a bilingual file for other CAT tools, which
``transdesk translate ID --from FILE`` reads back as one revision.

Version 2.0, not 2.1 or 2.2: the file uses only the core and the Metadata module, which 2.0
already has; 2.1 kept the 2.0 namespace and core, so every 2.1 reader also reads it, while
some tools that read 2.0 refuse version="2.1", and 2.2 moved to a namespace few tools read yet.

Statuses travel in the segment state (the importer, :mod:`transdesk.formats.xliff`, maps
them back):

============  =====================================================================
untranslated  state="initial", no <target>
draft         state="initial" with a <target>
translated    state="translated"
reviewed      state="reviewed"
needs_update  state="initial" subState="transdesk:needs_update", plus a note saying so
              (category "transdesk:status", which the importer does not take as a note)
============  =====================================================================

A segment's note is the unit's <note>. The attribution goes on the <file>: as notes a
translator reads in any tool (credit line, the original's URL, rights) and as Metadata
module groups (``mda:``) a program can read field by field.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from lxml import etree

from transdesk.core.credit_line import credit_line
from transdesk.core.languages import direction
from transdesk.core.publication import Publication, PublishedSegment, SourceCreditLine
from transdesk.formats.xliff import NEEDS_UPDATE_SUBSTATE, OWN_PREFIX, STATUS_NOTE_CATEGORY
from transdesk.formats.xmltree import xml_text

EXTENSION = ".xlf"
MEDIA_TYPE = "application/xliff+xml"
VERSION = "2.0"
NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0"
METADATA_NAMESPACE = "urn:oasis:names:tc:xliff:metadata:2.0"

_STATES = {"translated": "translated", "reviewed": "reviewed"}  # every other status: initial
_NEEDS_UPDATE_TEXT = "The source changed after this was translated: update the translation."
_X, _MDA = f"{{{NAMESPACE}}}", f"{{{METADATA_NAMESPACE}}}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# Characters XML 1.0 cannot hold (most C0 controls, lone surrogates, U+FFFE/U+FFFF): a hostile
# translation must not make the file unreadable, and they are no text for a newsroom.
# Whitespace the importer would collapse unless the unit says xml:space="preserve".
_COLLAPSIBLE = re.compile(r"[\t\r\n]|  |^ | $")


def render(publication: Publication) -> bytes:
    """The article as an XLIFF 2.0 file, UTF-8; the same Publication gives the same bytes."""
    root = etree.Element(
        _X + "xliff",
        nsmap={None: NAMESPACE, "mda": METADATA_NAMESPACE},
        version=VERSION,
        srcLang=publication.source_language,
        trgLang=publication.target_language,
    )
    file = etree.SubElement(root, _X + "file", id="f1", original=publication.uri)
    file.set("srcDir", direction(publication.source_language))
    file.set("trgDir", direction(publication.target_language))
    _metadata(file, publication)
    _file_notes(file, publication)
    for segment in publication.segments:
        _unit(file, segment)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _text(value: str) -> str:
    return xml_text(value)


def _moment(value: datetime) -> str:
    """ISO 8601 in UTC; a naive time is taken to be UTC already (as the database keeps it)."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def _metadata(file: etree._Element, publication: Publication) -> None:
    metadata = etree.SubElement(file, _MDA + "metadata")
    article: list[tuple[str, str | None]] = [
        ("uri", publication.uri),
        ("revision", str(publication.revision)),
        ("revision-at", _moment(publication.revision_at) if publication.revision_at else None),
        ("created-at", _moment(publication.created_at)),
        ("status", publication.status),
        ("section", publication.section),
        ("rights", publication.rights),
        *(("translator", name) for name in publication.translators),
        ("editor", publication.editor),
        ("credit-line", credit_line(publication)),
        ("forced-reason", publication.forced_reason),
    ]
    _meta_group(metadata, "article", article)
    for credit in publication.credits:
        _meta_group(metadata, credit.role, _credit_fields(credit))


def _credit_fields(credit: SourceCreditLine) -> list[tuple[str, str | None]]:
    published = _moment(credit.published_at) if credit.published_at else None
    return [
        ("outlet", credit.outlet),
        ("url", credit.url),
        ("title", credit.title),
        *(("author", name) for name in credit.authors),
        ("language", credit.language),
        ("published-at", published),
    ]


def _meta_group(
    parent: etree._Element, category: str, fields: list[tuple[str, str | None]]
) -> None:
    present = [(kind, _text(value)) for kind, value in fields if value and _text(value).strip()]
    if not present:
        return  # a metaGroup needs at least one meta
    group = etree.SubElement(parent, _MDA + "metaGroup", category=category)
    for kind, value in present:
        etree.SubElement(group, _MDA + "meta", type=kind).text = value


def _file_notes(file: etree._Element, publication: Publication) -> None:
    original = publication.original
    notes = [
        ("credit", credit_line(publication)),
        ("original", original.url if original else None),
        ("rights", publication.rights),
    ]
    present = [(category, _text(text)) for category, text in notes if text and _text(text).strip()]
    if not present:
        return
    element = etree.SubElement(file, _X + "notes")
    for category, text in present:
        etree.SubElement(element, _X + "note", id=category, category=category).text = text


def _unit(file: etree._Element, segment: PublishedSegment) -> None:
    source, target, note = _text(segment.source), _text(segment.text), _text(segment.note)
    unit = etree.SubElement(file, _X + "unit", id=f"s{segment.position + 1}")
    unit.set("name", segment.kind)
    unit.set("type", OWN_PREFIX + segment.kind)  # user-defined values carry a prefix
    if _COLLAPSIBLE.search(source) or _COLLAPSIBLE.search(target.strip()):
        unit.set(_XML_SPACE, "preserve")
    translated = bool(target.strip())
    needs_update = segment.status == "needs_update" and translated
    if note.strip() or needs_update:
        notes = etree.SubElement(unit, _X + "notes")
        if note.strip():
            etree.SubElement(notes, _X + "note").text = note.strip()
        if needs_update:
            status_note = etree.SubElement(
                notes, _X + "note", category=STATUS_NOTE_CATEGORY, appliesTo="target"
            )
            status_note.text = _NEEDS_UPDATE_TEXT
    # Only a translated text can be more than "initial": a state beyond it needs a target.
    state = _STATES.get(segment.status, "initial") if translated else "initial"
    part = etree.SubElement(unit, _X + "segment", state=state)
    if needs_update:
        part.set("subState", NEEDS_UPDATE_SUBSTATE)
    etree.SubElement(part, _X + "source").text = source
    if translated:
        etree.SubElement(part, _X + "target").text = target.strip()
