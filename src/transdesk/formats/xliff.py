"""XLIFF 1.0-1.2 (Trados .sdlxliff included) and 2.0-2.2: bilingual units with their targets.

Both versions are read with lxml, not translate-toolkit: the toolkit's 1.x reader puts native
code (the content of <bpt>, <ph>, <it>) into the source text and ignores Trados confirmation
levels; its 2.x reader reads only the first <file>, splits units into segments and checks
nothing, while an importer must refuse broken XLIFF 2 before anything is stored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from lxml import etree

from transdesk.core.errors import BadInputFile
from transdesk.core.languages import code_or_none
from transdesk.core.report import ImportedReport, ImportedSegment, SegmentKind, SegmentStatus
from transdesk.formats.files import read_bytes
from transdesk.formats.xliff2_rules import DOC_NS as _DOC_NS
from transdesk.formats.xliff2_rules import Invalid as _Invalid
from transdesk.formats.xliff2_rules import check_2x as _check_2x
from transdesk.formats.xmlsafety import check_xml
from transdesk.formats.xmltree import XML_NS as _XML
from transdesk.formats.xmltree import inherited as _inherited
from transdesk.formats.xmltree import local_name as _local
from transdesk.formats.xmltree import tagger as _tagger

_XLIFF2_NS = {_DOC_NS + "2.0", _DOC_NS + "2.2"}  # XLIFF 2.1 kept the 2.0 namespace
_SDL = "{http://sdl.com/FileTypes/SdlXliff/1.0}"
_HEADLINE_MAX = 200
_SPACES = re.compile(r"[ \t\r\n]+")  # XML whitespace only: no-break spaces are text

DRAFT, TRANSLATED, REVIEWED = SegmentStatus.DRAFT, SegmentStatus.TRANSLATED, SegmentStatus.REVIEWED
NEEDS_UPDATE = SegmentStatus.NEEDS_UPDATE
# A unit's status is its least finished segment's.
_RANK = {NEEDS_UPDATE: -1, DRAFT: 0, TRANSLATED: 1, REVIEWED: 2}
# XLIFF 1.2 "final" only says work stopped, "signed-off" says a reviewer approved it.
_STATE_1X = dict.fromkeys(("signed-off", "reviewed"), REVIEWED)  # "reviewed": not 1.2, but seen
_STATE_1X.update(dict.fromkeys(("translated", "final"), TRANSLATED))
# XLIFF 2 states are a progression: final comes after reviewed.
_STATE_2X = {"initial": DRAFT, "translated": TRANSLATED, "reviewed": REVIEWED, "final": REVIEWED}
# Trados Studio keeps its confirmation level in sdl:seg/@conf, not in the XLIFF state.
_SDL_CONF = {"Translated": TRANSLATED, "ApprovedTranslation": REVIEWED, "ApprovedSignOff": REVIEWED}
# What TransDesk's own XLIFF 2 export (formats.export_xliff) adds, as user-defined values
# with our prefix: the segment kind as unit type, "needs update" as a subState of "initial",
# and a note of ours saying so, which is no translator's note.
OWN_PREFIX = "transdesk:"
NEEDS_UPDATE_SUBSTATE = OWN_PREFIX + "needs_update"
STATUS_NOTE_CATEGORY = OWN_PREFIX + "status"
_KINDS = {OWN_PREFIX + kind.value: kind for kind in SegmentKind}


class _Unit(NamedTuple):
    source: str
    target: str | None
    status: SegmentStatus | None
    note: str | None
    stated: bool = False  # the file itself gives the status (a state, approval, confirmation)
    kind: SegmentKind | None = None  # our own exports name it (unit type "transdesk:…")


class Translation(NamedTuple):
    """One unit's translation as a file gives it back (``transdesk translate --from``)."""

    target: str | None  # None: the unit has no translation
    status: SegmentStatus | None  # None: the file says nothing of it
    note: str | None


def read(path: Path) -> ImportedReport:
    units, languages = _parse(path)
    return ImportedReport(
        segments=[_segment(index, unit) for index, unit in enumerate(units)],
        source_language=code_or_none(languages[0]),
        target_language=code_or_none(languages[1]),
        format_name="xliff",
    )


def read_translations(path: Path) -> list[Translation]:
    """Each unit's target, status and note, in order, checked as :func:`read` checks them;
    the status is None where the file gives none (no state, approval or confirmation)."""
    return [
        Translation(unit.target, unit.status if unit.stated else None, unit.note)
        for unit in _parse(path)[0]
    ]


def _parse(path: Path) -> tuple[list[_Unit], tuple[str | None, str | None]]:
    data = read_bytes(path)
    check_xml(path, data)  # entities and external DTDs are refused before parsing for real
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        return _read(path, etree.fromstring(data, parser))
    except (etree.LxmlError, ValueError, KeyError, TypeError, AttributeError) as error:
        # A shape of XML none of the checks foresaw: still one line for the user, not a trace.
        text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise BadInputFile(path, f"cannot be read as XLIFF ({text})") from None


def _read(path: Path, root: Any) -> tuple[list[_Unit], tuple[str | None, str | None]]:
    if _local(root) != "xliff":
        raise BadInputFile(path, f"is not an XLIFF file (its root element is <{_local(root)}>)")
    namespace = etree.QName(root).namespace or ""
    version = (root.get("version") or "").strip()
    if version in ("1.0", "1.1", "1.2") and namespace not in _XLIFF2_NS:
        units = list(_units_1x(root, namespace))
        languages = _languages_1x(root, namespace)
    elif version in ("2.0", "2.1", "2.2") and namespace in _XLIFF2_NS:
        try:
            _check_2x(root, namespace)
        except _Invalid as problem:
            raise BadInputFile(path, f"is not valid XLIFF {version}: {problem}") from None
        units = list(_units_2x(root, namespace))
        languages = root.get("srcLang"), root.get("trgLang")
    elif namespace in _XLIFF2_NS and not version:
        raise BadInputFile(path, "is not valid XLIFF 2: <xliff> has no version attribute")
    else:
        raise BadInputFile(
            path,
            f"uses XLIFF version {version or '(none given)'} in namespace {namespace or '(none)'}, "
            "which cannot be read (supported: 1.0-1.2 and 2.0-2.2)",
        )
    if not units:
        raise BadInputFile(path, "contains no translatable text")
    return units, languages


def _segment(index: int, unit: _Unit) -> ImportedSegment:
    # A short single line opening the file is its title: a news headline or a document name.
    headline = index == 0 and len(unit.source) < _HEADLINE_MAX and "\n" not in unit.source
    kind = unit.kind or (SegmentKind.HEADLINE if headline else SegmentKind.PARAGRAPH)
    return ImportedSegment(kind, unit.source, unit.target, unit.status, unit.note)


# --- XLIFF 1.x -----------------------------------------------------------------------------------

# Native codes: their content is the original format's markup, never text to translate.
_CODES_1X = {"x", "bx", "ex", "ph", "bpt", "ept", "it"}


def _units_1x(root: Any, ns: str) -> Iterator[_Unit]:
    tag = _tagger(ns)
    for unit in root.iter(tag("trans-unit")):
        hidden = (unit, *(g for g in unit.iterancestors(tag("group"))))
        if any(element.get("translate") == "no" for element in hidden):
            continue
        source = unit.find(tag("source"))
        text = _tidy(_text_1x(source, ns), source) if source is not None else ""
        if not text.strip():  # no-break spaces alone are no text either
            continue
        found = unit.find(tag("target"))
        target = _tidy(_text_1x(found, ns), found) if found is not None else ""
        stated = _status_1x(unit, found) if target.strip() else None
        status = (stated or DRAFT) if target.strip() else None
        notes = _notes(unit.iterchildren(tag("note")))
        yield _Unit(text, target if status else None, status, notes, stated is not None)


def _text_1x(element: Any, ns: str) -> str:
    pieces = [element.text or ""]
    for child in element:
        if not (etree.QName(child).namespace == (ns or None) and _local(child) in _CODES_1X):
            pieces.append(_text_1x(child, ns))  # <g>, <mrk> and the like wrap real text
        pieces.append(child.tail or "")
    return "".join(pieces)


def _status_1x(unit: Any, target: Any) -> SegmentStatus | None:
    """The status the file gives a translated unit; None when it gives none."""
    confirmations = [seg.get("conf") for seg in unit.iter(_SDL + "seg")]
    if confirmations:
        return min(
            (_SDL_CONF.get(conf or "", DRAFT) for conf in confirmations), key=_RANK.__getitem__
        )
    state = target.get("state", "")
    if state in _STATE_1X:
        return _STATE_1X[state]
    if state.startswith("needs-") or state in ("new", "rejected"):
        return DRAFT
    if unit.get("approved") is None:
        return None
    return TRANSLATED if unit.get("approved") == "yes" else DRAFT


def _languages_1x(root: Any, ns: str) -> tuple[str | None, str | None]:
    files = list(root.iter(_tagger(ns)("file")))
    source = next((f.get("source-language") for f in files if f.get("source-language")), None)
    target = next((f.get("target-language") for f in files if f.get("target-language")), None)
    return source, target


# --- XLIFF 2.x: reading ---------------------------------------------------------------------------


def _units_2x(root: Any, ns: str) -> Iterator[_Unit]:
    tag = _tagger(ns)
    for unit in root.iter(tag("unit")):
        scope = next(e for e in (unit, *unit.iterancestors()) if e.get("translate") or e is root)
        if scope.get("translate") == "no":  # inherited from the nearest group or file
            continue
        parts = [p for p in unit if p.tag in (tag("segment"), tag("ignorable"))]
        sources, targets, statuses = [], {}, []
        stated = False
        for position, part in enumerate(parts, 1):
            segment = part.tag == tag("segment")
            source, target = part.find(tag("source")), part.find(tag("target"))
            sources.append((segment, source))
            if target is not None:
                targets[int(target.get("order") or position)] = (segment, target)
            elif not segment:
                targets[position] = (False, source)  # an ignorable's source stands in the target
            if segment:
                done = target is not None and bool(_text_2x(target).strip())
                statuses.append(_state_2x(part) if done else None)
                stated = stated or (done and part.get("state") is not None)
        text = _joined(sources)
        if not text.strip():  # no-break spaces alone are no text either
            continue
        target_text = None
        if any(s is not None for s in statuses):  # untranslated segments make it a draft
            target_text = _joined(targets[order] for order in sorted(targets)) or None
        status = min((s or DRAFT for s in statuses), key=_RANK.__getitem__) if target_text else None
        notes = unit.find(tag("notes"))
        if notes is not None:  # our status note is no translator's note
            notes = [n for n in notes if n.get("category") != STATUS_NOTE_CATEGORY]
        kind = _KINDS.get(unit.get("type") or "")
        yield _Unit(text, target_text, status, _notes(notes or ()), stated, kind)


def _state_2x(segment: Any) -> SegmentStatus:
    """A segment's state; "initial" with our needs-update subState is that status."""
    state = segment.get("state", "initial")
    if state == "initial" and segment.get("subState") == NEEDS_UPDATE_SUBSTATE:
        return NEEDS_UPDATE
    return _STATE_2X[state]


def _joined(parts: Iterable[tuple[bool, Any]]) -> str:
    """The text of a unit's segments and ignorables; adjacent segments are sentences."""
    pieces: list[str] = []
    after_segment = False
    for segment, element in parts:
        text = _tidy(_text_2x(element), element, strip=False)
        glued = pieces and pieces[-1][-1:] not in (" ", "\n", "") and text[:1] not in (" ", "\n")
        if segment and after_segment and glued:
            pieces.append(" ")
        pieces.append(text)
        after_segment = segment and bool(text)
    return "".join(pieces).strip(" \t\r\n")


def _text_2x(element: Any) -> str:
    pieces = [element.text or ""]
    for child in element:
        # <pc> and <mrk> wrap text; <ph>, <sc>, <ec>, <sm>, <em> are codes or markers; <cp>
        # encodes a control character XML cannot carry, which is no text for a newsroom.
        if _local(child) in ("pc", "mrk"):
            pieces.append(_text_2x(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


# --- shared ---------------------------------------------------------------------------------------


def _tidy(text: str, element: Any, strip: bool = True) -> str:
    """Text as XML intends it: whitespace runs are one space unless xml:space="preserve"."""
    if _inherited(element, _XML + "space") != "preserve":
        text = _SPACES.sub(" ", text)
    return text.strip(" \t\r\n") if strip else text


def _notes(notes: Iterable[Any]) -> str | None:
    texts = [" ".join(note.itertext()).strip() for note in notes]
    return "\n".join(t for t in texts if t) or None
