"""XLIFF 2.x: the core rules a reader must enforce before anything is stored.

Structure and attributes follow the core schema; the cross-references (ids, codes, languages)
follow the specification's constraints. Module-specific rules are left to the modules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from transdesk.formats.xmltree import XML_NS as _XML
from transdesk.formats.xmltree import inherited as _inherited
from transdesk.formats.xmltree import local_name as _local
from transdesk.formats.xmltree import tagger as _tagger

DOC_NS = "urn:oasis:names:tc:xliff:document:"


class Invalid(Exception):
    """One broken XLIFF 2 rule, worded for the user."""


_YN, _YNF = ("yes", "no"), ("yes", "no", "firstNo")
_DIR, _TYPES = ("ltr", "rtl", "auto"), ("fmt", "ui", "quote", "link", "image", "other")
_PATTERNS = {
    "nmtoken": r"[\w.\-:·]+",
    "nmtokens": r"\s*[\w.\-:·]+(\s+[\w.\-:·]+)*\s*",
    "lang": r"([a-zA-Z]{2,3}|[a-zA-Z]{5,8})(-[a-zA-Z0-9]{1,8})*|[xXiI](-[a-zA-Z0-9]{1,8})+",
    "udv": r"[^\s:]+:[^\s:]+",  # user-defined value, prefix:value
    "mrktype": r"generic|comment|term|[^\s:]+:[^\s:]+",
    "positive": r"[1-9][0-9]*",
    "priority": r"[1-9]|10",
    "hex": r"[0-9a-fA-F]{1,6}",
    "text": r".*",
}
# Attributes of each core element and their types; "!" marks a required one.
_CODE = dict(canCopy=_YN, canDelete=_YN, canReorder=_YNF, copyOf="nmtoken", dataRef="nmtoken")
_CODE.update(disp="text", equiv="text", id="!nmtoken", subFlows="nmtokens", subType="udv")
_CODE.update(type=_TYPES)
_SPAN = {**_CODE, "canOverlap": _YN, "dir": _DIR, "isolated": _YN}
_PAIRED = {k: v for k, v in _SPAN.items() if k not in ("dataRef", "disp", "equiv", "subFlows")}
_PAIRED.update(dataRefStart="nmtoken", dataRefEnd="nmtoken", dispStart="text", dispEnd="text")
_PAIRED.update(equivStart="text", equivEnd="text", subFlowsStart="nmtokens")
_PAIRED.update(subFlowsEnd="nmtokens")
_MARKER = {"id": "!nmtoken", "translate": _YN, "type": "mrktype", "ref": "text", "value": "text"}
_STRUCTURE = dict(id="!nmtoken", canResegment=_YN, translate=_YN, srcDir=_DIR, trgDir=_DIR)
_STATES = ("initial", "translated", "reviewed", "final")
_ATTRIBUTES: dict[str, dict[str, Any]] = {
    "xliff": {"version": ("2.0", "2.1", "2.2"), "srcLang": "!lang", "trgLang": "lang"},
    "file": {**_STRUCTURE, "original": "text"},
    "group": {**_STRUCTURE, "name": "text", "type": "udv"},
    "unit": {**_STRUCTURE, "name": "text", "type": "udv"},
    "skeleton": {"href": "text"},
    "notes": {},
    "note": dict(
        id="nmtoken",
        appliesTo=("source", "target"),
        category="text",
        priority="priority",
        ref="text",
    ),
    "originalData": {},
    "data": {"id": "!nmtoken", "dir": _DIR},
    "segment": dict(id="nmtoken", canResegment=_YN, state=_STATES, subState="text"),
    "ignorable": {"id": "nmtoken"},
    "source": {},
    "target": {"order": "positive"},
    "cp": {"hex": "!hex"},
    **dict(ph=_CODE, sc=_SPAN, ec={**_SPAN, "id": "nmtoken", "startRef": "nmtoken"}, pc=_PAIRED),
    **dict(mrk=_MARKER, sm=_MARKER, em={"startRef": "!nmtoken"}),
}
# Where extension attributes from any namespace may go; elsewhere only XLIFF modules' and ITS.
_EXTENSIBLE = {"xliff", "file", "group", "unit", "note", "mrk", "sm"}
_MODULES = ("urn:oasis:names:tc:xliff:", "http://www.w3.org/2005/11/its")
_FS = "{urn:oasis:names:tc:xliff:fs:2.0}"
_MDA = "urn:oasis:names:tc:xliff:metadata:2.0"
# Children in the order they must come; "*" is any element of another namespace.
_INLINE = dict.fromkeys(("cp", "ph", "pc", "sc", "ec", "mrk", "sm", "em"), 0)
_CHILDREN: dict[str, dict[str, int]] = {
    "xliff": {"notes": 0, "*": 1, "file": 2},
    "file": {"skeleton": 0, "*": 1, "notes": 2, "unit": 3, "group": 3},
    "group": {"*": 1, "notes": 2, "unit": 3, "group": 3},
    "unit": {"*": 1, "notes": 2, "originalData": 3, "segment": 4, "ignorable": 4},
    "segment": {"source": 0, "target": 1},
    "ignorable": {"source": 0, "target": 1},
    **dict(notes={"note": 0}, originalData={"data": 0}, data={"cp": 0}, skeleton={"*": 0}),
    **dict(source=_INLINE, target=_INLINE, pc=_INLINE, mrk=_INLINE),
}
_ONCE = {"skeleton", "notes", "originalData", "source", "target"}
_NEEDS = dict(xliff=("file",), file=("unit", "group"), unit=("segment",), segment=("source",))
_NEEDS.update(ignorable=("source",), notes=("note",), originalData=("data",))
_XLF_SUBTYPES = {**dict.fromkeys(("xlf:lb", "xlf:pb", "xlf:b", "xlf:i", "xlf:u"), "fmt")}
_XLF_SUBTYPES["xlf:var"] = "ui"
_MOVABLE = ("ph", "pc", "sc")  # codes whose canReorder counts (an <ec> follows its <sc>)
_CORE_PREFIXES = set("fgundt")  # file, group, unit, note, data, target; extensions use 2+ letters
_FRAGMENT_RANK = {"f": 0, "g": 1, "u": 2}  # file, group, unit; anything else is the leaf


def _fail(element: Any, problem: str) -> Invalid:
    return Invalid(f"line {element.sourceline}: {problem}")


def check_2x(root: Any, ns: str) -> None:
    for element in _core_elements(root, ns):
        _check_element(element, ns)
    tag = _tagger(ns)
    if root.get("trgLang") is None:
        for part in root.iter(tag("segment"), tag("ignorable")):
            if part.find(tag("target")) is not None:
                raise _fail(part, "a <target> is given but <xliff> has no trgLang")
    file_ids: set[str] = set()
    for file in root.iterchildren(tag("file")):
        _unique(file_ids, file, "id", "file")
        _check_file(file, tag, root)


def _core_elements(element: Any, ns: str) -> Iterator[Any]:
    """The core elements, not descending into modules and extensions (their rules are theirs)."""
    yield element
    for child in element:
        if etree.QName(child).namespace == ns:
            yield from _core_elements(child, ns)


def _check_element(element: Any, ns: str) -> None:
    name = _local(element)
    allowed = _ATTRIBUTES.get(name)
    if allowed is None:
        raise _fail(element, f"<{name}> is not an XLIFF 2 element")
    for attribute, value in element.attrib.items():
        qname = etree.QName(attribute)
        if qname.namespace is None:
            if attribute not in allowed:
                raise _fail(element, f"<{name}> cannot have the attribute {attribute}")
            if not _valid(allowed[attribute], value):
                raise _fail(element, f'<{name} {attribute}="{value}"> is not a valid value')
        elif attribute == _XML + "lang" and not _valid("lang", value):
            raise _fail(element, f'xml:lang="{value}" is not a language tag')
        elif attribute == _XML + "space" and value not in ("default", "preserve"):
            raise _fail(element, f'xml:space="{value}" is neither "default" nor "preserve"')
        elif qname.namespace != _XML[1:-1]:
            _check_extension_attribute(element, name, qname, value)
    for attribute, kind in allowed.items():
        if str(kind).startswith("!") and element.get(attribute) is None:
            raise _fail(element, f"<{name}> has no {attribute} attribute")
    _check_children(element, name, ns)
    _check_values(element, name)


def _valid(kind: Any, value: str) -> bool:
    if isinstance(kind, tuple):
        return value in kind
    return re.fullmatch(_PATTERNS[kind.lstrip("!")], value) is not None


def _check_extension_attribute(element: Any, name: str, qname: Any, value: str) -> None:
    if name not in _EXTENSIBLE and not qname.namespace.startswith(_MODULES):
        raise _fail(element, f"<{name}> cannot have the extension attribute {qname.localname}")
    if f"{{{qname.namespace}}}" == _FS:  # format style: an HTML element name, hints for display
        if qname.localname not in ("fs", "subFs"):
            raise _fail(element, f"fs:{qname.localname} is not a format style attribute")
        if qname.localname == "fs" and not re.fullmatch(r"[a-z][a-z0-9]*", value):
            raise _fail(element, f'fs:fs="{value}" is not an HTML element name')
        if name == "ec" and element.get("isolated") != "yes":
            raise _fail(element, 'fs attributes on <ec> need isolated="yes" (they go on <sc>)')


def _check_children(element: Any, name: str, ns: str) -> None:
    model = _CHILDREN.get(name, {})
    rank, seen = -1, set()
    for child in element:
        own = etree.QName(child).namespace == ns
        key = _local(child) if own else "*"
        label = _local(child) if own else (child.prefix or "") + ":" + _local(child)
        if key not in model or (
            name == "xliff" and not own and etree.QName(child).namespace != _MDA
        ):
            raise _fail(child, f"<{name}> cannot contain <{label}>")
        if model[key] < rank:
            raise _fail(child, f"<{label}> is out of place in <{name}>")
        if key in _ONCE and key in seen:
            raise _fail(child, f"<{name}> has more than one <{key}>")
        rank = model[key]
        seen.add(key)
    needs = _NEEDS.get(name)
    if needs and not seen.intersection(needs):
        raise _fail(element, f"<{name}> has no <{needs[0]}>")


def _check_values(element: Any, name: str) -> None:
    """Rules on one element's attribute combinations."""
    subtype, kind = element.get("subType"), element.get("type")
    if name in ("ph", "pc", "sc", "ec") and subtype:
        if kind is None:
            raise _fail(element, f"<{name}> has subType but no type")
        if subtype.startswith("xlf:") and _XLF_SUBTYPES.get(subtype) != kind:
            raise _fail(element, f'subType="{subtype}" does not go with type="{kind}"')
    if name == "segment" and element.get("subState") and not element.get("state"):
        raise _fail(element, "<segment> has subState but no state")
    if name == "cp":
        code = int(element.get("hex"), 16)
        storable = code in (9, 10, 13) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
        if storable or code >= 0x10000:  # astral characters are storable too
            raise _fail(
                element, f'<cp hex="{element.get("hex")}"> is for characters XML cannot hold'
            )
    if name in ("mrk", "sm"):
        ref = element.get("ref")
        if kind == "comment" and (ref is None) == (element.get("value") is None):
            raise _fail(element, "a comment annotation needs exactly one of value and ref")
        if ref and ref.startswith("#"):
            _fragment(element, ref)
    if name == "skeleton":
        empty = not (element.text or "").strip() and len(element) == 0
        if empty == (element.get("href") is None):
            raise _fail(element, "<skeleton> needs exactly one of href and content")


def _fragment(element: Any, ref: str) -> list[tuple[str, str]]:
    """The selectors of a fragment identifier ("#/f=f1/u=1/n=n2"), checked for their order."""
    selectors = []
    for part in ref[1:].removeprefix("/").split("/"):
        prefix, _, ident = part.rpartition("=")
        valid_prefix = not prefix or (
            _valid("nmtoken", prefix) and (len(prefix) > 1 or prefix in _CORE_PREFIXES)
        )
        if not valid_prefix or not _valid("nmtoken", ident):
            raise _fail(element, f'ref="{ref}" is not a valid fragment identifier')
        selectors.append((prefix, ident))
    ranks = [_FRAGMENT_RANK.get(prefix, 3) for prefix, _ in selectors]
    leaves = ranks.count(3)
    repeated = [p for p, _ in selectors if p in ("f", "u")]
    if ranks != sorted(ranks) or leaves > 1 or len(repeated) != len(set(repeated)):
        raise _fail(element, f'ref="{ref}" is not a valid fragment identifier')
    return selectors


def _unique(seen: set[str], element: Any, attribute: str, what: str) -> None:
    value = element.get(attribute)
    if value is None:
        return
    if value in seen:
        raise _fail(element, f'{what} id "{value}" is used twice')
    seen.add(value)


def _check_file(file: Any, tag: Any, root: Any) -> None:
    group_ids: set[str] = set()
    unit_ids: set[str] = set()
    for group in file.iter(tag("group")):
        _unique(group_ids, group, "id", "group")
    units = list(file.iter(tag("unit")))
    for unit in units:
        _unique(unit_ids, unit, "id", "unit")
    for notes in file.iter(tag("notes")):
        note_ids: set[str] = set()
        for note in notes:
            _unique(note_ids, note, "id", "note")
    for scope in (file, *file.iter(tag("group")), *units):
        extension_ids: set[str] = set()
        for child in scope:
            if not str(etree.QName(child).namespace).startswith((DOC_NS, *_MODULES)):
                for element in child.iter():
                    _unique(extension_ids, element, "id", "extension element")
                    _unique(extension_ids, element, _XML + "id", "extension element")
    for unit in units:
        _check_unit(unit, tag, root, file.get("id"), unit_ids)


def _check_unit(unit: Any, tag: Any, root: Any, file_id: str, unit_ids: set[str]) -> None:
    parts = [p for p in unit if p.tag in (tag("segment"), tag("ignorable"))]
    part_ids: set[str] = set()
    orders: dict[int, Any] = {}
    for position, part in enumerate(parts, 1):
        _unique(part_ids, part, "id", "segment or ignorable")
        source, target = part.find(tag("source")), part.find(tag("target"))
        _check_language(source, root.get("srcLang"), "srcLang")
        if target is not None:
            _check_language(target, root.get("trgLang"), "trgLang")
            if _space(source) != _space(target):
                raise _fail(target, "<source> and <target> differ in xml:space")
            order = int(target.get("order") or position)
            if order in orders or order > len(parts):
                raise _fail(target, f"target order {order} is used twice or out of range")
            orders[order] = target
    data_ids: set[str] = set()
    for data in unit.iterchildren(tag("originalData")):
        for item in data:
            _unique(data_ids, item, "id", "data")
    sources = [p.find(tag("source")) for p in parts]
    targets = [t for t in (p.find(tag("target")) for p in parts) if t is not None]
    inline = [e for s in sources + targets for e in s.iterdescendants()]
    codes = {e.get("id"): e for e in inline if e.get("id") is not None}
    notes = {n.get("id") for n in unit.iter(tag("note"))}
    for element in inline:
        _check_references(element, data_ids, codes, unit_ids)
        if element.get("type") == "comment" and (element.get("ref") or "").startswith("#"):
            _check_comment(element, notes, file_id, unit.get("id"))
    _check_pairs([e for s in sources for e in s.iterdescendants()])
    for source in sources:
        _check_reordering(source)
    _check_sequences(sources, [orders[order] for order in sorted(orders)])
    kept = {e.get("id") for t in targets for e in t.iterdescendants()}
    for part in parts:
        if part.find(tag("target")) is not None:
            for code in part.find(tag("source")).iterdescendants():
                if code.get("canDelete") == "no" and code.get("id") not in kept:
                    raise _fail(
                        code, f'code "{code.get("id")}" cannot be deleted but the target lacks it'
                    )


def _space(element: Any) -> str:
    return _inherited(element, _XML + "space") or "default"


def _check_language(element: Any, expected: str | None, attribute: str) -> None:
    language = _inherited(element, _XML + "lang")
    if language is not None and expected is not None and language.lower() != expected.lower():
        raise _fail(element, f'xml:lang "{language}" differs from {attribute} "{expected}"')


def _check_references(
    element: Any, data_ids: set[str], codes: dict[str, Any], units: set[str]
) -> None:
    for attribute in ("dataRef", "dataRefStart", "dataRefEnd"):
        if element.get(attribute) is not None and element.get(attribute) not in data_ids:
            raise _fail(element, f'{attribute}="{element.get(attribute)}" names no <data>')
    copied = element.get("copyOf")
    if copied is not None:
        if copied not in codes or codes[copied].get("canCopy") == "no":
            raise _fail(element, f'copyOf="{copied}" names no code that may be copied')
        if any(element.get(a) for a in ("dataRef", "dataRefStart", "dataRefEnd")):
            raise _fail(element, "a code with copyOf cannot have its own original data")
    for attribute in ("subFlows", "subFlowsStart", "subFlowsEnd"):
        for flow in (element.get(attribute) or "").split():
            if flow not in units:
                raise _fail(element, f'{attribute} names "{flow}", which is no unit of this file')


def _check_comment(element: Any, notes: set[str | None], file_id: str, unit_id: str) -> None:
    selectors = dict(_fragment(element, element.get("ref")))
    scope_ok = selectors.get("f", file_id) == file_id and selectors.get("u", unit_id) == unit_id
    if not scope_ok or ("u" not in selectors and ("f" in selectors or "g" in selectors)):
        raise _fail(element, "a comment annotation must point to a note of its own unit")
    if "n" not in selectors or selectors["n"] not in notes:
        raise _fail(element, f'the comment annotation\'s ref="{element.get("ref")}" names no note')


def _check_pairs(inline: list[Any]) -> None:
    """Start and end codes (<sc>/<ec>) and markers (<sm>/<em>) pair up, in order."""
    starts: dict[str, Any] = {}
    closed: set[str] = set()
    markers: dict[str, Any] = {}
    for element in inline:
        name, ident, ref = _local(element), element.get("id"), element.get("startRef")
        if name == "sc":
            starts[ident] = element
        elif name == "sm":
            markers[ident] = element
        elif name == "em":
            if ref not in markers:
                raise _fail(element, f'<em startRef="{ref}"> has no <sm> before it')
            del markers[ref]
        elif name == "ec" and element.get("isolated") == "yes":
            if ident is None or ref is not None:
                raise _fail(element, "an isolated <ec> needs an id and no startRef")
        elif name == "ec":
            start = starts.get(ref or "")
            if ident is not None or start is None or ref in closed:
                raise _fail(element, '<ec> needs the startRef of an open <sc> (or isolated="yes")')
            if start.get("isolated") == "yes":
                raise _fail(start, f'<sc id="{ref}"> is isolated but has an <ec>')
            for attribute in ("canCopy", "canDelete", "canOverlap", "canReorder"):
                expected = start.get(attribute, "yes").replace("firstNo", "no")
                if element.get(attribute, "yes") != expected:
                    raise _fail(element, f"<ec> and its <sc> differ in {attribute}")
            closed.add(ref)
    for ident, start in starts.items():
        if ident not in closed and start.get("isolated") != "yes":
            raise _fail(start, f'<sc id="{ident}"> has no <ec>; mark it isolated="yes"')
    for ident, marker in markers.items():
        raise _fail(marker, f'<sm id="{ident}"> has no <em>')


def _check_reordering(source: Any) -> None:
    """A code that cannot move needs canCopy/canDelete "no"; a "no" continues a "firstNo"."""
    in_sequence = False
    for code in source.iterdescendants():
        if _local(code) not in _MOVABLE:
            continue
        value = code.get("canReorder", "yes")
        if value != "yes" and (code.get("canCopy") != "no" or code.get("canDelete") != "no"):
            raise _fail(code, f'canReorder="{value}" needs canCopy="no" and canDelete="no"')
        if value == "no" and not in_sequence:
            raise _fail(code, 'canReorder="no" must follow a code with canReorder="firstNo"')
        in_sequence = value != "yes"


def _check_sequences(sources: list[Any], targets: list[Any]) -> None:
    """A "firstNo" code and the "no" codes after it stay together, in order, in the same <pc>."""
    target_codes = [c for t in targets for c in t.iterdescendants() if _local(c) in _MOVABLE]
    found = {c.get("id"): (i, _enclosing(c)) for i, c in enumerate(target_codes)}
    sequences: list[list[Any]] = []
    for code in (c for s in sources for c in s.iterdescendants() if _local(c) in _MOVABLE):
        value = code.get("canReorder", "yes")
        if value == "firstNo" or (value == "no" and not sequences):
            sequences.append([code])
        elif value == "no":
            sequences[-1].append(code)
    for sequence in sequences:
        places = [found.get(code.get("id")) for code in sequence]
        if None in places:
            continue  # a missing code is the canDelete rule's business
        start = places[0][0] if places[0] else 0
        adjacent = [place[0] if place else -1 for place in places] == list(
            range(start, start + len(places))
        )
        if not adjacent or any(
            place and place[1] != _enclosing(code)
            for place, code in zip(places, sequence, strict=True)
        ):
            raise _fail(sequence[0], "codes that cannot be reordered are moved apart in the target")


def _enclosing(code: Any) -> str | None:
    paired = next((a for a in code.iterancestors() if _local(a) == "pc"), None)
    return None if paired is None else str(paired.get("id"))
