"""Parsing XML from outside: no DTD entities, no external entities, no network."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from transdesk.core.errors import BadInputFile

_ENTITIES = "declares XML entities, which are refused for safety"
_ENTITY_MARKERS = tuple("<!ENTITY".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))


def check_xml(path: Path, data: bytes, *, allow_dtd_reference: bool = False) -> None:
    """Refuse entity declarations, external entities and malformed XML before any parser
    that does resolve them (translate-toolkit, python-docx) sees the bytes.

    ``allow_dtd_reference``: a doctype naming an external DTD is let through (TMX files
    name ``tmx14.dtd``); no parser of ours loads it, entity declarations are still refused."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        if any(marker in data for marker in _ENTITY_MARKERS):  # libxml2 stopped a billion laughs
            raise BadInputFile(path, _ENTITIES) from None
        raise BadInputFile(path, f"is not well-formed XML ({_first_line(error)})") from None
    doctype = root.getroottree().docinfo
    internal = doctype.internalDTD
    if internal is not None and any(True for _ in internal.iterentities()):
        raise BadInputFile(path, _ENTITIES)
    if (doctype.system_url or doctype.public_id) and not allow_dtd_reference:
        raise BadInputFile(path, "refers to an external DTD, which is refused for safety")


def _first_line(error: Exception) -> str:
    line = str(error).splitlines()[0] if str(error) else type(error).__name__
    return line.removesuffix(f" (<string>, line {getattr(error, 'lineno', '')})")  # lxml's echo
