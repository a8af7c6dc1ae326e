"""Glossaries as TBX (ISO 30042): read TBX-Basic 2008 (``<martif>``) and TBX v3 (``<tbx>``),
write TBX-Basic 2008, which CAT tools read.

A concept entry gives one term per source-language term; its target term is the first
target-language term not marked deprecated or superseded (``administrativeStatus``), and the
marked ones are the forbidden variants.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from transdesk.core.errors import BadInputFile
from transdesk.core.glossary import Term
from transdesk.core.languages import code_or_none
from transdesk.formats.xmlsafety import check_xml

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_RULED_OUT = {"deprecatedterm-admn-sts", "supersededterm-admn-sts", "deprecated", "superseded"}


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _children(element: etree._Element, *names: str) -> list[etree._Element]:
    return [child for child in element.iter() if _local(child) in names and child is not element]


@dataclass(frozen=True, slots=True)
class Concept:
    """One concept entry: its terms by language (text, ruled out?) and its notes."""

    number: int
    terms: dict[str, list[tuple[str, bool]]]
    note: str


@dataclass(frozen=True, slots=True)
class TbxFile:
    languages: list[str]  # in the order the file first uses them
    concepts: list[Concept]

    def terms(self, source_language: str, target_language: str) -> list[tuple[int, Term]]:
        """(entry number, term) for each source-language term of an entry that also has a
        usable target-language term."""
        found: list[tuple[int, Term]] = []
        for concept in self.concepts:
            targets = concept.terms.get(target_language, [])
            approved = [text for text, ruled_out in targets if not ruled_out]
            if not approved:
                continue
            forbidden = tuple(text for text, ruled_out in targets if ruled_out)
            for text, ruled_out in concept.terms.get(source_language, []):
                if not ruled_out:
                    found.append((concept.number, Term(text, approved[0], concept.note, forbidden)))
        return found


def read_tbx(path: Path) -> TbxFile:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BadInputFile(path, f"cannot be read ({error.strerror or error})") from None
    check_xml(path, data, allow_dtd_reference=True)  # TBX 2008 files name TBXcoreStructV02.dtd
    root = etree.fromstring(
        data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    )
    if _local(root) not in ("martif", "tbx"):
        raise BadInputFile(path, f"is not a TBX file (its root element is <{_local(root)}>)")
    languages: list[str] = []
    concepts: list[Concept] = []
    for number, entry in enumerate(_children(root, "termEntry", "conceptEntry"), start=1):
        by_language: dict[str, list[tuple[str, bool]]] = {}
        for section in _children(entry, "langSet", "langSec"):
            code = code_or_none(section.get(_XML_LANG))
            if code is None:
                raise BadInputFile(path, f"entry {number}: a language section has no xml:lang")
            if code not in languages:
                languages.append(code)
            for term in _children(section, "term"):
                text = "".join(term.itertext()).strip()
                holder = term.getparent()
                statuses = [
                    "".join(note.itertext()).strip().casefold()
                    for note in (_children(holder, "termNote") if holder is not None else [])
                    if note.get("type") == "administrativeStatus"
                ]
                if text:
                    ruled_out = any(status in _RULED_OUT for status in statuses)
                    by_language.setdefault(code, []).append((text, ruled_out))
        notes = [
            "".join(item.itertext()).strip()
            for item in _children(entry, "note", "descrip")
            if _local(item) == "note" or item.get("type") == "definition"
        ]
        concepts.append(Concept(number, by_language, "\n".join(note for note in notes if note)))
    return TbxFile(languages, concepts)


def render_tbx(terms: list[Term], source_language: str, target_language: str) -> bytes:
    """TBX-Basic 2008: one termEntry per term, the ruled-out variants as deprecated terms."""
    root = etree.Element("martif", type="TBX-Basic", nsmap=None)
    root.set(_XML_LANG, "en")
    header = etree.SubElement(root, "martifHeader")
    description = etree.SubElement(etree.SubElement(header, "fileDesc"), "sourceDesc")
    etree.SubElement(description, "p").text = "TransDesk glossary"
    body = etree.SubElement(etree.SubElement(root, "text"), "body")
    for number, term in enumerate(terms, start=1):
        entry = etree.SubElement(body, "termEntry", id=f"c{number}")
        if term.note:
            etree.SubElement(entry, "descrip", type="definition").text = term.note
        source = etree.SubElement(entry, "langSet")
        source.set(_XML_LANG, source_language)
        etree.SubElement(etree.SubElement(source, "tig"), "term").text = term.source
        target = etree.SubElement(entry, "langSet")
        target.set(_XML_LANG, target_language)
        _tig(target, term.target, "preferredTerm-admn-sts")
        for variant in term.forbidden:
            _tig(target, variant, "deprecatedTerm-admn-sts")
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _tig(parent: etree._Element, text: str, status: str) -> None:
    tig = etree.SubElement(parent, "tig")
    etree.SubElement(tig, "term").text = text
    etree.SubElement(tig, "termNote", type="administrativeStatus").text = status
