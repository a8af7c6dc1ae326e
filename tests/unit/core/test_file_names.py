"""File names from titles: hostile ones come out safe, Arabic ones stay Arabic."""

from __future__ import annotations

import os
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transdesk.core.file_names import safe_file_name

RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{port}{n}" for port in ("COM", "LPT") for n in "123456789¹²³"
}
WINDOWS_FORBIDDEN = set('<>:"|?*\\/')
BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def assert_safe(name: str, extension: str = ".html") -> None:
    assert name.endswith(extension)
    assert len(name.encode("utf-8")) <= 120
    assert unicodedata.is_normalized("NFC", name)
    assert not set(name) & (WINDOWS_FORBIDDEN | BIDI)
    assert not [c for c in name if unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp")]
    assert name not in (".", "..") and not name.startswith((".", " ", "-"))
    stem = name[: -len(extension)] if extension else name
    assert stem and not stem.endswith((".", " "))
    assert name.split(".")[0].rstrip(" ").upper() not in RESERVED
    assert Path(name).name == name and len(Path(name).parts) == 1


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ceasefire talks resume in Cairo", "Ceasefire talks resume in Cairo.html"),
        ("استئناف محادثات وقف النار في القاهرة", "استئناف محادثات وقف النار في القاهرة.html"),
        ("../../etc/passwd", "etc-passwd.html"),
        ("..\\..\\Windows\\System32", "Windows-System32.html"),
        ("a/b\\c", "a-b-c.html"),
        ("Gaza: talks resume?", "Gaza talks resume.html"),
        ('"Quoted" <b>*bold*</b> | pipe', "Quoted bbold-b - pipe.html"),
        ("CON", "CON_.html"),
        ("con", "con_.html"),
        ("Nul.txt", "Nul_.txt.html"),
        ("CON .txt", "CON_.txt.html"),
        ("com1 ", "com1_.html"),
        ("LPT9", "LPT9_.html"),
        ("COM¹", "COM¹_.html"),
        ("CONSOLE", "CONSOLE.html"),
        ("...", "article.html"),
        ("  . ", "article.html"),
        ("", "article.html"),
        ("\u202egpj.exe", "gpj.exe.html"),
        ("line\nbreak\ttab\x00nul", "line break tab nul.html"),
        ("What now...", "What now.html"),
        ("-rf", "rf.html"),
        ("می\u200cخواهم", "می\u200cخواهم.html"),  # Persian keeps its zero-width non-joiner
        ("e\u0301te\u0301", "été.html"),  # composed (NFC)
    ],
)
def test_titles_give_safe_readable_names(title: str, expected: str) -> None:
    name = safe_file_name(title, ".html")
    assert name == expected
    assert_safe(name)


def test_fallback_and_extension_forms() -> None:
    assert safe_file_name("///", "md", fallback="report 7") == "report 7.md"
    assert safe_file_name("", ".json", fallback="CON") == "CON_.json"
    assert safe_file_name("", ".txt", fallback="..") == "article.txt"
    assert safe_file_name("Title", "") == "Title"
    with pytest.raises(ValueError, match="extension"):
        safe_file_name("Title", "/../x")
    with pytest.raises(ValueError, match="extension"):
        safe_file_name("Title", ".html\n")


def test_long_arabic_title_is_cut_between_words_under_120_bytes() -> None:
    words = "محادثات وقف إطلاق النار تستأنف في القاهرة وسط ضغوط دولية متزايدة"
    title = " ".join([words] * 8)[:500]
    name = safe_file_name(title, ".html")
    assert_safe(name)
    stem = name.removesuffix(".html")
    assert len(name.encode("utf-8")) > 90  # most of the room is used
    assert title.startswith(stem) and title[len(stem)] == " "  # cut at a word's end


def test_a_cut_never_splits_a_letter_from_its_marks() -> None:
    title = "بِسْمِ" * 40  # every letter carries a haraka
    stem = safe_file_name(title, ".html").removesuffix(".html")
    assert title.startswith(stem)
    assert unicodedata.category(title[len(stem)]).startswith("L")  # next is a new letter
    emoji = "\U0001f469\u200d\U0001f4bb" * 40  # woman technologist: three code points
    stem = safe_file_name(emoji, ".md").removesuffix(".md")
    assert stem and len(stem) % 3 == 0


@settings(max_examples=400, deadline=None)
@given(title=st.text(), extension=st.sampled_from(["", ".html", ".md", "txt", ".tar.gz"]))
def test_any_text_gives_one_safe_file_name(title: str, extension: str) -> None:
    name = safe_file_name(title, extension)
    suffix = "." + extension.lstrip(".") if extension else ""
    assert_safe(name, suffix)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(b"x")
        assert os.listdir(folder) == [name] and path.parent == Path(folder)


@settings(max_examples=200, deadline=None)
@given(
    title=st.lists(
        st.sampled_from(["CON", "nul", "Com1", "lpt9", ".", "..", "/", "\\", " ", ":", "\u202e"]),
        max_size=6,
    ).map("".join)
)
def test_titles_made_of_dangerous_pieces(title: str) -> None:
    assert_safe(safe_file_name(title, ".html"))
