"""TMX (Translation Memory eXchange) files, read and written through translate-toolkit.

A translation unit (``<tu>``) holds one variant (``<tuv>``) per language; TransDesk keeps the
text of each variant, who made the unit (``creationid``/``changeid``), when
(``changedate``/``creationdate``) and its notes. Inline markup (``<bpt>``, ``<ph>``…) keeps
only the text translate-toolkit gives for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lxml import etree

from transdesk.core.errors import BadInputFile
from transdesk.core.languages import code_or_none
from transdesk.formats.writing import write_atomically
from transdesk.formats.xmlsafety import check_xml

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DATE = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True, slots=True)
class TmxUnit:
    """One ``<tu>``: its texts by bare language code (the first variant of each language)."""

    texts: dict[str, str]
    author: str
    created_at: datetime | None
    note: str


@dataclass(frozen=True, slots=True)
class TmxDocument:
    source_language: str | None  # the header's srclang ("*all*" or missing: None)
    units: list[TmxUnit]


@dataclass(frozen=True, slots=True)
class TmxEntry:
    """What one exported unit says."""

    source: str
    target: str
    author: str
    created_at: datetime
    note: str = ""


def read_tmx(path: Path) -> TmxDocument:
    """The units of a TMX file; refused in one line when it is not safe, well-formed TMX."""
    from translate.storage import tmx

    try:
        data = path.read_bytes()
    except OSError as error:
        raise BadInputFile(path, f"cannot be read ({error.strerror or error})") from None
    check_xml(path, data, allow_dtd_reference=True)  # <!DOCTYPE tmx SYSTEM "tmx14.dtd">
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    if etree.QName(root).localname != "tmx":
        raise BadInputFile(path, f"is not a TMX file (its root element is <{root.tag}>)")
    try:
        store = tmx.tmxfile(data)
    except Exception as error:  # translate-toolkit raises what lxml or its asserts raise
        raise BadInputFile(path, f"is not a readable TMX file ({error})") from None
    header = root.find("header")
    srclang = header.get("srclang") if header is not None else None
    return TmxDocument(code_or_none(srclang), [_unit(unit) for unit in store.units])


def _unit(unit: Any) -> TmxUnit:
    texts: dict[str, str] = {}
    for node in unit.getlanguageNodes():
        code = code_or_none(node.get(_XML_LANG) or node.get("lang"))
        if code is not None and code not in texts:
            texts[code] = unit.getNodeText(node) or ""
    element = unit.xmlelement
    author = element.get("changeid") or element.get("creationid") or ""
    when = _date(element.get("changedate")) or _date(element.get("creationdate"))
    notes = [note.text.strip() for note in element.iterchildren("note") if note.text]
    return TmxUnit(texts, author, when, "\n".join(notes))


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.strptime(value.strip(), _DATE).replace(tzinfo=UTC)
    except ValueError:
        return None


def write_tmx(
    path: Path, source_language: str, target_language: str, entries: Iterable[TmxEntry]
) -> int:
    """Write ``entries`` as a TMX 1.4 file (written whole, then renamed); returns how many."""
    from translate.storage import tmx

    store = tmx.tmxfile(sourcelanguage=source_language, targetlanguage=target_language)
    header = store.document.getroot().find("header")
    if header is not None:
        header.set("creationtool", "TransDesk")
        header.set("creationtoolversion", "1")
    count = 0
    for entry in entries:
        store.addtranslation(
            entry.source, source_language, entry.target, target_language, entry.note or None
        )
        element = store.units[-1].xmlelement
        stamp = entry.created_at.astimezone(UTC).strftime(_DATE)
        element.set("creationdate", stamp)
        if entry.author:
            element.set("creationid", entry.author)
        count += 1
    write_atomically(path, bytes(store))
    return count
