"""Word documents: body text in order, headline from styles, credits from core properties, and
one clear line for every file that cannot be read."""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx as python_docx
import pytest

from tests.shared_corpora import corpora
from transdesk.core.errors import BadInputFile
from transdesk.core.report import SegmentKind
from transdesk.formats import docx
from transdesk.formats.registry import IMPORT_FORMATS

BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;">]>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>"
)


def make_docx(tmp_path: Path, *paragraphs: tuple[str, str], name: str = "report.docx") -> Path:
    """A document made by python-docx: (style, text) pairs; style "" is the default."""
    document = python_docx.Document()
    for style, text in paragraphs:
        document.add_paragraph(text, style=style or None)
    properties = document.core_properties
    properties.author, properties.title, properties.language = "", "", ""
    path = tmp_path / name
    document.save(str(path))
    return path


def rewrite(source: Path, target: Path, replace: dict[str, bytes | None]) -> Path:
    """A copy of a package with some parts replaced (bytes) or dropped (None)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            content = replace.get(info.filename, old.read(info))
            if content is not None:
                new.writestr(info, content)
    return target


def read_part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def refusal(path: Path) -> str:
    with pytest.raises(BadInputFile) as caught:
        docx.read(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message


# --- structure -----------------------------------------------------------------------------------


def test_registry_finds_the_reader() -> None:
    assert IMPORT_FORMATS["docx"].reader() is docx.read


def test_title_subtitle_headings_and_body(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path,
        ("", "GENEVA, 3 March"),
        ("Title", "Talks resume in Geneva"),
        ("Subtitle", "Delegations meet for the first time in a year"),
        ("", "The talks resumed on Monday."),
        ("Heading 2", "What comes next"),
        ("", "A second round is planned."),
    )
    report = docx.read(path)
    assert [(s.kind, s.source) for s in report.segments] == [
        (SegmentKind.HEADLINE, "Talks resume in Geneva"),  # the headline always comes first
        (SegmentKind.PARAGRAPH, "GENEVA, 3 March"),
        (SegmentKind.STANDFIRST, "Delegations meet for the first time in a year"),
        (SegmentKind.PARAGRAPH, "The talks resumed on Monday."),
        (SegmentKind.HEADING, "What comes next"),
        (SegmentKind.PARAGRAPH, "A second round is planned."),
    ]
    assert report.format_name == "docx"


def test_opening_heading_1_is_the_headline(tmp_path: Path) -> None:
    path = make_docx(tmp_path, ("Heading 1", "Flood waters recede"), ("", "Residents return."))
    assert docx.read(path).headline == "Flood waters recede"


def test_heading_1_below_the_body_is_a_section_heading(tmp_path: Path) -> None:
    path = make_docx(tmp_path, ("", "Residents return."), ("Heading 1", "Background"))
    report = docx.read(path)
    assert report.headline is None
    assert [s.kind for s in report.segments] == [SegmentKind.PARAGRAPH, SegmentKind.HEADING]


def test_core_title_is_the_headline_when_no_paragraph_is(tmp_path: Path) -> None:
    document = python_docx.Document()
    document.add_paragraph("Residents return to their homes.")
    document.core_properties.title = "Flood waters recede"
    path = tmp_path / "titled.docx"
    document.save(str(path))
    report = docx.read(path)
    assert [(s.kind, s.source) for s in report.segments] == [
        (SegmentKind.HEADLINE, "Flood waters recede"),
        (SegmentKind.PARAGRAPH, "Residents return to their homes."),
    ]
    assert report.original_credit().title == "Flood waters recede"


def test_empty_paragraphs_skipped_soft_breaks_and_tabs_become_spaces(tmp_path: Path) -> None:
    document = python_docx.Document()
    paragraph = document.add_paragraph("First line")
    paragraph.add_run().add_break()  # a soft line break (Shift+Enter)
    paragraph.add_run("second line\tafter a tab,  two spaces\u00a0%")
    document.add_paragraph("   ")
    document.add_paragraph("")
    path = tmp_path / "breaks.docx"
    document.save(str(path))
    [segment] = docx.read(path).segments
    # One line per segment; the no-break space French typography needs is kept.
    assert segment.source == "First line second line after a tab, two spaces\u00a0%"


def test_table_cells_in_document_order(tmp_path: Path) -> None:
    document = python_docx.Document()
    document.add_paragraph("Before the table")
    table = document.add_table(rows=2, cols=2)
    for row, cells in enumerate(table.rows):
        for column, cell in enumerate(cells.cells):
            cell.text = f"cell {row}{column}"
    table.cell(1, 0).merge(table.cell(1, 1))  # a merged cell is read once
    document.add_paragraph("After the table")
    path = tmp_path / "table.docx"
    document.save(str(path))
    sources = [s.source for s in docx.read(path).segments]
    assert sources[0] == "Before the table" and sources[-1] == "After the table"
    assert sources[1:3] == ["cell 00", "cell 01"]
    assert len(sources) == 6  # the merged cell holds both texts as two paragraphs, once


def test_core_properties_credit(tmp_path: Path) -> None:
    document = python_docx.Document()
    document.add_paragraph("نص التقرير.")
    properties = document.core_properties
    properties.author = "Samir Haddad; Leila Nasr, Omar Ali"
    properties.title = ""
    properties.language = "ar-SA"
    properties.created = datetime(2026, 3, 3, 9, 30)
    path = tmp_path / "credit.docx"
    document.save(str(path))
    report = docx.read(path)
    credit = report.original_credit()
    assert credit.authors == ["Samir Haddad", "Leila Nasr", "Omar Ali"]
    assert credit.published_at == datetime(2026, 3, 3, 9, 30, tzinfo=UTC)
    assert report.source_language == credit.language == "ar"
    assert credit.title is None


def test_missing_core_properties_part_gives_no_invented_credit(tmp_path: Path) -> None:
    # python-docx invents a title "Word Document" and a creation time of now when the part
    # is missing; neither may reach the report.
    path = make_docx(tmp_path, ("", "Some text."))
    rels = re.sub(
        rb"<Relationship [^>]*core-properties[^>]*/>", b"", read_part(path, "_rels/.rels")
    )
    stripped = rewrite(
        path, tmp_path / "no-core.docx", {"docProps/core.xml": None, "_rels/.rels": rels}
    )
    report = docx.read(stripped)
    assert report.headline is None and report.credits == []


def test_dangling_relationship_is_refused_in_one_line(tmp_path: Path) -> None:
    path = make_docx(tmp_path, ("", "Some text."))
    broken = rewrite(path, tmp_path / "dangling.docx", {"docProps/core.xml": None})
    assert "cannot be read as a Word document" in refusal(broken)


# --- refusals ------------------------------------------------------------------------------------


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.docx"
    path.write_bytes(bytes(range(256)) * 8)
    assert "not a Word document" in refusal(path)


def test_truncated_zip(tmp_path: Path) -> None:
    whole = make_docx(tmp_path, ("", "Some text.")).read_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(whole[: len(whole) // 2])
    assert "damaged or truncated" in refusal(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    assert refusal(path).endswith("is empty")


def test_old_binary_word_and_encrypted_ole(tmp_path: Path) -> None:
    ole = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    old = tmp_path / "old.docx"
    old.write_bytes(ole + "WordDocument".encode("utf-16-le"))
    assert "Word 97-2003" in refusal(old)
    locked = tmp_path / "locked.docx"
    locked.write_bytes(ole + "EncryptedPackage".encode("utf-16-le"))
    assert "is encrypted (password-protected); save an unprotected copy" in refusal(locked)


def test_zip_bomb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRANSDESK_MAX_IMPORT_BYTES", "100000")  # 2 MB once expanded
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<a/>" + b" " * 3_000_000)
    assert path.stat().st_size < 100_000
    assert "expands to 2 MB, over the limit of 1 MB" in refusal(path)


def test_zip_without_word_document(tmp_path: Path) -> None:
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hello")
    assert "word/document.xml" in refusal(path)


def test_spreadsheet_renamed_to_docx(tmp_path: Path) -> None:
    path = make_docx(tmp_path, ("", "Some text."))
    types = read_part(path, "[Content_Types].xml").replace(
        b"wordprocessingml.document.main+xml", b"spreadsheetml.sheet.main+xml"
    )
    renamed = rewrite(path, tmp_path / "sheet.docx", {"[Content_Types].xml": types})
    assert "Excel workbook" in refusal(renamed)


def test_billion_laughs_in_document_xml(tmp_path: Path) -> None:
    path = make_docx(tmp_path, ("", "Some text."))
    bomb = rewrite(path, tmp_path / "laughs.docx", {"word/document.xml": BILLION_LAUGHS.encode()})
    message = refusal(bomb)
    assert "word/document.xml declares XML entities" in message


def test_external_entity_in_core_properties(tmp_path: Path) -> None:
    path = make_docx(tmp_path, ("", "Some text."))
    core = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        b'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b"<dc:title>&e;</dc:title></cp:coreProperties>"
    )
    bad = rewrite(path, tmp_path / "xxe.docx", {"docProps/core.xml": core})
    message = refusal(bad)
    assert "docProps/core.xml declares XML entities" in message and "root:" not in message


def test_document_without_text(tmp_path: Path) -> None:
    path = make_docx(tmp_path, ("", "  "), ("", ""))
    assert refusal(path).endswith("contains no text")


# --- the corpus ----------------------------------------------------------------------------------


@pytest.mark.corpus
def test_every_corpus_document_imports_or_is_refused_in_one_line() -> None:
    folder = corpora("docx")
    paths = sorted(folder.rglob("*.docx"))
    assert len(paths) >= 50
    problems, imported = [], 0
    for path in paths:
        try:
            report = docx.read(path)
        except BadInputFile as error:
            if not str(error).startswith(f"{path}: ") or "\n" in str(error):
                problems.append(f"{path}: badly worded refusal {error}")
            continue
        except Exception as error:  # the point of the test: nothing else may escape
            problems.append(f"{path}: {type(error).__name__}: {error}")
            continue
        imported += 1
        if not report.segments or not all(s.source.strip() for s in report.segments):
            problems.append(f"{path}: imported without text")
    assert problems == []
    assert imported >= 45


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("okapi/gettysburg_en.docx", "Four score and seven years ago"),
        ("docx2python/renamed_document_xml.docx", "This is a link to my website."),
        ("mammoth/text-box.docx", "Datum plane"),
        ("okapi/TextBoxes.docx", "unbelievable"),
        ("mammoth/tables.docx", "Top right"),
        ("mammoth/utf8-bom.docx", "This XML has a byte order mark."),  # no core properties
        ("docx2python/symbols.docx", "≠∞×÷≥≤±™®©"),
        # Strict Open XML: python-docx cannot read it, so its namespaces are renamed first.
        ("mammoth/strict-format.docx", "Test"),
        ("docx2python/strict.docx", "Bullet1"),
    ],
)
def test_corpus_content(name: str, expected: str) -> None:
    report = docx.read(corpora("docx") / name)
    assert any(expected in segment.source for segment in report.segments)


@pytest.mark.corpus
def test_corpus_tracked_changes_read_as_accepted() -> None:
    path = corpora("docx") / "okapi/document-revision-information-stripping.docx"
    sources = [s.source for s in docx.read(path).segments]
    assert sources[0] == "before Paragraph"  # inserted "before " kept, deleted "before" gone
    assert "Cell 11 Cell 21" in sources and "Paragraph one" in sources


@pytest.mark.corpus
def test_corpus_soft_line_breaks() -> None:
    path = corpora("docx") / "okapi/Document-with-soft-linebreaks.docx"
    assert [s.source for s in docx.read(path).segments] == ["First line second line."]


@pytest.mark.corpus
def test_corpus_core_properties() -> None:
    report = docx.read(corpora("docx") / "python-docx/doc-coreprops.docx")
    credit = report.original_credit()
    assert credit.authors == ["Steve Canny"]
    assert credit.title == "Title"
    assert credit.published_at == datetime(2014, 12, 13, 22, 2, tzinfo=UTC)
    assert report.source_language is None  # the file says "Language", which is no language
    assert [(s.kind, s.source) for s in report.segments] == [(SegmentKind.HEADLINE, "Title")]


@pytest.mark.corpus
def test_corpus_language_and_headline_from_core_properties() -> None:
    report = docx.read(corpora("docx") / "docx2python/libreoffice_conversion.docx")
    assert report.source_language == "zh"
    assert report.headline == "东阳市八家单位信息网络安全"


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("okapi/encrypted.docx", "is encrypted (password-protected); save an unprotected copy"),
        ("mammoth/empty.docx", "contains no text"),
        ("python-docx/having-images.docx", "contains no text"),
    ],
)
def test_corpus_refusals(name: str, problem: str) -> None:
    assert refusal(corpora("docx") / name).endswith(problem)
