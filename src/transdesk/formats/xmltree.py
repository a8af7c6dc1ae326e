"""Small helpers for namespaced XML trees (lxml)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lxml import etree

XML_NS = "{http://www.w3.org/XML/1998/namespace}"
# Characters XML 1.0 cannot hold at all (most C0 controls, surrogates, U+FFFE/FFFF).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """``text`` without the characters XML cannot carry (a hostile or damaged translation
    must not make an exported file unreadable)."""
    return _NOT_XML.sub("", text)


def tagger(ns: str) -> Callable[[str], str]:
    """A function making Clark-notation tag names in namespace ``ns``."""
    return lambda name: f"{{{ns}}}{name}" if ns else name


def local_name(element: Any) -> str:
    return str(etree.QName(element).localname)


def inherited(element: Any, attribute: str) -> str | None:
    """The attribute's value on the element or its nearest ancestor (xml:lang, xml:space)."""
    for ancestor in (element, *element.iterancestors()):
        if ancestor.get(attribute) is not None:
            return str(ancestor.get(attribute))
    return None
