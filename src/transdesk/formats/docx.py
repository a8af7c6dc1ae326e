"""Word documents (.docx): body text in reading order, headline and credits from styles and
core properties.

python-docx opens the package and resolves styles and core properties; the text of each
paragraph is read from its XML here, because python-docx's ``Paragraph.text`` drops tracked
insertions, content controls and fields, which newsroom documents are full of.
"""

from __future__ import annotations

import io
import lzma
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from lxml import etree

from transdesk.core.attribution import split_authors
from transdesk.core.errors import BadInputFile
from transdesk.core.languages import code_or_none
from transdesk.core.report import ImportedReport, ImportedSegment, SegmentKind
from transdesk.formats.files import max_import_bytes, read_bytes
from transdesk.formats.xmlsafety import check_xml

# A password-protected .docx is not a ZIP but an OLE compound file holding the encrypted package;
# an old binary .doc is the same kind of container without that stream.
_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
# Compressed XML shrinks 10-20x; a document expanding further than this is a zip bomb.
_EXPANSION_LIMIT = 20
# What a damaged archive raises while it is read; bz2 raises OSError.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,
)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_MAIN_REL = "/officeDocument"
_CORE_REL = "/metadata/core-properties"
# ISO/IEC 29500 Strict uses these namespaces instead of the Transitional ones python-docx knows;
# the element names are the same, so renaming the namespaces lets python-docx read the text.
_STRICT_PREFIX = "http://purl.oclc.org/ooxml/"
_STRICT = re.compile(rb"http://purl\.oclc\.org/ooxml/(wordprocessingml|drawingml|officeDocument)/")
_TRANSITIONAL = rb"http://schemas.openxmlformats.org/\1/2006/"

# Containers whose paragraphs are part of the body text, in document order.
_BLOCK_CONTAINERS = {_W + name for name in ("tbl", "tr", "tc", "sdt", "sdtContent", "customXml")}
# Inside a paragraph: deleted or moved-away revisions, ruby annotations and text boxes (read as
# paragraphs of their own) are not part of the paragraph's text.
_SKIPPED = {_W + name for name in ("pPr", "rPr", "del", "moveFrom", "rt", "txbxContent")}
_SKIPPED.add(_MC_FALLBACK)  # the legacy copy of what mc:Choice already holds
_BREAKS = {_W + name for name in ("tab", "br", "cr", "ptab")}
_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # not str.split(): no-break spaces matter in French
_HEADING = re.compile(r"heading ([1-9])")


def read(path: Path) -> ImportedReport:
    data = _checked_package(path, read_bytes(path))
    document = _open_document(path, data)
    try:
        segments = _segments(document)
        report = ImportedReport(segments=segments, format_name="docx")
        if _has_core_properties(document):
            _apply_core_properties(report, document.core_properties)
    except (AttributeError, KeyError, ValueError, TypeError, etree.LxmlError) as error:
        # python-docx assumes well-formed parts; a damaged one surfaces as one of these.
        raise BadInputFile(
            path, f"cannot be read as a Word document ({_first_line(error)})"
        ) from None
    if not any(segment.source for segment in report.segments):
        raise BadInputFile(path, "contains no text")
    return report


# --- the package --------------------------------------------------------------------------------


def _checked_package(path: Path, data: bytes) -> bytes:
    """The package bytes, checked before python-docx sees them; Strict packages converted."""
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED_STREAM in data:
            raise BadInputFile(path, "is encrypted (password-protected); save an unprotected copy")
        raise BadInputFile(path, "is an old Word 97-2003 document (.doc); save it as .docx")
    if not data.startswith(b"PK"):
        raise BadInputFile(path, "is not a Word document (.docx files are ZIP archives)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _refuse_zip_bomb(path, archive)
            parts = {info.filename: archive.read(info) for info in archive.infolist()}
    except (*_ZIP_ERRORS, ValueError) as error:
        raise BadInputFile(path, f"is damaged or truncated ({_first_line(error)})") from None
    except NotImplementedError:
        raise BadInputFile(path, "uses a ZIP compression Word does not write") from None
    for name, content in parts.items():
        if _looks_like_xml(content):
            try:
                check_xml(path, content)
            except BadInputFile as error:
                raise BadInputFile(path, f"part {name} {error.problem}") from None
    if _main_part_is_strict(path, parts):
        return _repack({name: _STRICT.sub(_TRANSITIONAL, body) for name, body in parts.items()})
    return data


def _refuse_zip_bomb(path: Path, archive: zipfile.ZipFile) -> None:
    # The sizes in the central directory are what ZipFile.read() stops at, so they bound memory.
    expanded = sum(info.file_size for info in archive.infolist())
    limit = _EXPANSION_LIMIT * max_import_bytes()
    if expanded > limit:
        raise BadInputFile(
            path,
            f"expands to {expanded // 2**20} MB, over the limit of {limit // 2**20} MB "
            "(a damaged or malicious archive)",
        )


def _looks_like_xml(content: bytes) -> bool:
    head = content[:100].lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")
    return head.startswith(b"<")


def _main_part_is_strict(path: Path, parts: dict[str, bytes]) -> bool:
    """Whether the main part, found through the package relationships (it is not always
    word/document.xml), is Strict Open XML. Refuses a package without one."""
    try:
        rels = etree.fromstring(parts["_rels/.rels"]).iter(_PACKAGE_RELS)
    except (KeyError, etree.XMLSyntaxError):
        rels = iter(())
    target, strict = None, False
    for rel in rels:
        if rel.get("Type", "").endswith(_MAIN_REL):
            target = posixpath.normpath(unquote(rel.get("Target", ""))).lstrip("/")
            strict = rel.get("Type", "").startswith(_STRICT_PREFIX)
    if target not in parts:
        raise BadInputFile(path, "has no main text part (word/document.xml); not a Word document")
    return strict


def _repack(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _open_document(path: Path, data: bytes) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
    except ValueError as error:
        # python-docx: "file '...' is not a Word file, content type is '...'"
        kind = str(error).rpartition("content type is ")[2].strip("'")
        if "spreadsheetml" in kind:
            raise BadInputFile(path, "is an Excel workbook, not a Word document") from None
        if "presentationml" in kind:
            raise BadInputFile(path, "is a PowerPoint presentation, not a Word document") from None
        if "macroEnabled" in kind or "template" in kind:
            raise BadInputFile(
                path, "is a Word template or macro document; save it as .docx"
            ) from None
        raise BadInputFile(path, f"is not a Word document ({_first_line(error)})") from None
    except (KeyError, PackageNotFoundError, zipfile.BadZipFile, etree.LxmlError) as error:
        # A dangling relationship, a missing [Content_Types].xml, a part that is not XML.
        raise BadInputFile(
            path, f"cannot be read as a Word document ({_first_line(error)})"
        ) from None


# --- the text -----------------------------------------------------------------------------------


def _segments(document: Any) -> list[ImportedSegment]:
    styles = _style_chains(document)
    items: list[tuple[str, str]] = []  # (role, text); role: title, subtitle, h1..h9, body
    for paragraph in _paragraphs(document.element.body):
        text = _paragraph_text(paragraph)
        if text.strip():  # also drops paragraphs of only no-break or ideographic spaces
            items.append((_role(styles.get(paragraph.style or "", [])), text))
    headline = _headline_index(items)
    segments = [
        ImportedSegment(kind=_kind(role), source=text)
        for index, (role, text) in enumerate(items)
        if index != headline
    ]
    if headline is not None:
        segments.insert(0, ImportedSegment(kind=SegmentKind.HEADLINE, source=items[headline][1]))
    return segments


def _paragraphs(container: Any) -> Iterator[Any]:
    """Body paragraphs in reading order: table cells, content controls and text boxes included."""
    for child in container:
        if child.tag == _W + "p":
            yield child
            for box in child.iter(_W + "txbxContent"):
                if _anchor(box, child):
                    yield from _paragraphs(box)
        elif child.tag in _BLOCK_CONTAINERS:
            yield from _paragraphs(child)


def _anchor(box: Any, paragraph: Any) -> bool:
    """True when a text box sits directly in this paragraph, outside any mc:Fallback copy."""
    parent = box.getparent()
    while parent is not None and parent is not paragraph:
        if parent.tag in (_W + "p", _MC_FALLBACK):
            return False
        parent = parent.getparent()
    return parent is paragraph


def _paragraph_text(paragraph: Any) -> str:
    pieces: list[str] = []
    _collect(paragraph, pieces)
    # Soft line breaks and tabs become spaces: a segment is one line of running text for
    # alignment, translation memory and the CMS, and Word's manual line breaks are layout.
    return _SPACES.sub(" ", "".join(pieces)).strip(" ")


def _collect(element: Any, pieces: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag == _W + "t":
            pieces.append(child.text or "")
        elif tag in _BREAKS:
            pieces.append(" ")
        elif tag == _W + "noBreakHyphen":
            pieces.append("\u2011")
        elif isinstance(tag, str) and tag not in _SKIPPED:
            _collect(child, pieces)


def _style_chains(document: Any) -> dict[str, list[str]]:
    """Style id -> its name and the names of the styles it is based on ("My Head" -> Heading 1)."""
    from docx.enum.style import WD_STYLE_TYPE

    chains: dict[str, list[str]] = {}
    for style in document.styles:
        if style.type != WD_STYLE_TYPE.PARAGRAPH:
            continue
        names: list[str] = []
        current = style
        while current is not None and len(names) < 10:  # a based-on loop must not hang us
            names.append((current.name or "").lower())
            current = current.base_style
        chains[style.style_id or ""] = names
    return chains


def _role(style_names: list[str]) -> str:
    for name in style_names:
        if name in ("title", "subtitle"):
            return name
        heading = _HEADING.fullmatch(name)
        if heading:
            return f"h{heading.group(1)}"
    return "body"


def _headline_index(items: list[tuple[str, str]]) -> int | None:
    """The Title paragraph, else a Heading 1 that opens the document (one further down is a
    section heading, not the headline)."""
    roles = [role for role, _ in items]
    if "title" in roles:
        return roles.index("title")
    if "h1" in roles and "body" not in roles[: roles.index("h1")]:
        return roles.index("h1")
    return None


def _kind(role: str) -> SegmentKind:
    if role == "subtitle":
        return SegmentKind.STANDFIRST
    return SegmentKind.PARAGRAPH if role == "body" else SegmentKind.HEADING


# --- core properties ----------------------------------------------------------------------------


def _has_core_properties(document: Any) -> bool:
    # python-docx invents defaults (title "Word Document", created now) when the part is missing.
    return any(rel.reltype.endswith(_CORE_REL) for rel in document.part.package.rels.values())


def _apply_core_properties(report: ImportedReport, properties: Any) -> None:
    credit = report.original_credit()
    credit.authors = list(dict.fromkeys(split_authors(properties.author or "")))
    title = _SPACES.sub(" ", properties.title or "").strip(" ")
    credit.title = title or None
    created = properties.created
    if isinstance(created, datetime):
        credit.published_at = created if created.tzinfo else created.replace(tzinfo=UTC)
    report.source_language = credit.language = code_or_none(properties.language)
    if title and report.headline is None:
        first = report.segments[0] if report.segments else None
        if first is not None and first.source == title:
            first.kind = SegmentKind.HEADLINE
        else:
            report.segments.insert(0, ImportedSegment(kind=SegmentKind.HEADLINE, source=title))


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
