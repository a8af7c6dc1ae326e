"""Plain text and Markdown reports as people paste them from news sites."""

from __future__ import annotations

from pathlib import Path

import pytest

from transdesk.core.errors import BadInputFile
from transdesk.core.report import SegmentKind
from transdesk.formats import markdown, text

ARABIC_PASTE = """\
سياسة

الأمم المتحدة: 1.2 مليون نازح بسبب الفيضانات في السودان

الأمم المتحدة: 1.2 مليون نازح بسبب الفيضانات في السودان

قالت الأمم المتحدة يوم الثلاثاء إن نحو ١٫٢ مليون شخص نزحوا من منازلهم بسبب الفيضانات.

وأضاف المتحدث باسم المنظمة أن "الوضع يزداد سوءا" في ولاية الجزيرة.

اقرأ أيضا: موسم الأمطار يبدأ مبكرا

شارك هذا المقال

جميع الحقوق محفوظة © 2026
"""

FRENCH_PASTE = """\
Le Parlement adopte la réforme des retraites par 289 voix contre 270

Par Claire Martin

Les députés ont adopté mardi soir le texte, après trois semaines de débats.

Le gouvernement prévoit une économie de 1,8 milliard d'euros d'ici 2030.

À lire aussi : Ce que change la réforme pour vous

Partager sur Facebook
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_arabic_paste_section_repeated_headline_and_furniture(tmp_path: Path) -> None:
    report = text.read(write(tmp_path, "report.txt", ARABIC_PASTE))
    assert report.source_language == "ar"
    assert report.section == "سياسة"
    kinds = [s.kind for s in report.segments]
    assert kinds == [SegmentKind.HEADLINE, SegmentKind.PARAGRAPH, SegmentKind.PARAGRAPH]
    assert report.headline == "الأمم المتحدة: 1.2 مليون نازح بسبب الفيضانات في السودان"
    body = " ".join(s.source for s in report.segments)
    assert "اقرأ أيضا" not in body and "شارك" not in body and "محفوظة" not in body
    # Numbers survive exactly, in the digits the source used.
    assert "١٫٢ مليون" in report.segments[1].source


def test_french_paste_byline_and_furniture(tmp_path: Path) -> None:
    report = text.read(write(tmp_path, "retraites.txt", FRENCH_PASTE))
    assert report.source_language == "fr"
    assert report.section is None
    assert report.headline and report.headline.startswith("Le Parlement adopte")
    assert report.original_credit().authors == ["Claire Martin"]
    assert [s.source for s in report.segments[1:]] == [
        "Les députés ont adopté mardi soir le texte, après trois semaines de débats.",
        "Le gouvernement prévoit une économie de 1,8 milliard d'euros d'ici 2030.",
    ]


def test_body_line_that_looks_like_furniture_is_kept_when_not_trailing(tmp_path: Path) -> None:
    content = (
        "Markets rally on rate cut hopes\n\n"
        "Share prices rose 2% on Monday.\n\n"
        "Analysts said the rally could fade.\n"
    )
    report = text.read(write(tmp_path, "markets.txt", content))
    assert [s.source for s in report.segments][1] == "Share prices rose 2% on Monday."


def test_paste_without_blank_lines_is_one_paragraph_per_line(tmp_path: Path) -> None:
    content = "Quake hits city\nA strong earthquake struck at dawn.\nNo casualties were reported.\n"
    report = text.read(write(tmp_path, "quake.txt", content))
    assert [s.kind for s in report.segments] == [
        SegmentKind.HEADLINE,
        SegmentKind.PARAGRAPH,
        SegmentKind.PARAGRAPH,
    ]


def test_short_headline_is_not_mistaken_for_a_section(tmp_path: Path) -> None:
    content = (
        "Earthquake hits Turkey\n\n"
        "A powerful earthquake struck southern Turkey early on Monday. Rescue teams were "
        "sent to the region, officials said.\n"
    )
    report = text.read(write(tmp_path, "q.txt", content))
    assert report.section is None
    assert report.headline == "Earthquake hits Turkey"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-16", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1256", b""), ("latin-1", b"")],
)
def test_legacy_encodings(tmp_path: Path, encoding: str, bom: bytes) -> None:
    if encoding == "latin-1":
        content = (
            "Le ministre démissionne après la polémique\n\n"
            "Le ministre de l'Économie a présenté sa démission vendredi, a annoncé l'Élysée. "
            "Il était critiqué depuis des semaines pour ses déclarations.\n"
        )
    else:
        # Windows-1256 has no Arabic-Indic digits: older systems wrote Western ones.
        content = ARABIC_PASTE.replace("١٫٢", "1.2")
    path = write(tmp_path, "legacy.txt", bom + content.encode(encoding))
    report = text.read(path)
    assert report.headline == content.split("\n")[0 if encoding == "latin-1" else 2]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\n \t\n", "is empty"),
        ("garbage.txt", bytes(range(256)) * 40, "binary"),
        ("furniture.txt", "Share this article\n\n© 2026 Example\n".encode(), "furniture"),
    ],
)
def test_bad_text_files_are_refused_naming_the_file(
    tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(BadInputFile) as caught:
        text.read(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and problem in message
    assert "\n" not in message


def test_missing_path_and_folder(tmp_path: Path) -> None:
    with pytest.raises(BadInputFile, match="no such file"):
        text.read(tmp_path / "nope.txt")
    with pytest.raises(BadInputFile, match="is a folder"):
        text.read(tmp_path)


def test_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRANSDESK_MAX_IMPORT_BYTES", "1000")
    path = write(tmp_path, "big.txt", "Headline\n\n" + "word " * 400)
    with pytest.raises(BadInputFile, match="over the import limit"):
        text.read(path)


MARKDOWN = """\
---
title: "Drought pushes wheat prices to a 10-year high"
author: [Ana Ruiz, Tom Berg]
date: 2026-03-14T09:30:00+01:00
url: https://news.example.org/drought-wheat
publisher: Example Wire
category: Economy
lang: en
---

# Drought pushes wheat prices to a **10-year** high

*Farmers in three countries report losses of up to 40%.*

Wheat futures rose 6.5% in [Chicago](https://example.org/cbot) on Friday.

## Governments respond

Egypt said it would buy 500,000 tonnes.

Read more: How droughts move markets
"""


def test_markdown_front_matter_headline_standfirst_and_headings(tmp_path: Path) -> None:
    report = markdown.read(write(tmp_path, "wheat.md", MARKDOWN))
    assert [(s.kind, s.source) for s in report.segments] == [
        (SegmentKind.HEADLINE, "Drought pushes wheat prices to a 10-year high"),
        (SegmentKind.STANDFIRST, "Farmers in three countries report losses of up to 40%."),
        (SegmentKind.PARAGRAPH, "Wheat futures rose 6.5% in Chicago on Friday."),
        (SegmentKind.HEADING, "Governments respond"),
        (SegmentKind.PARAGRAPH, "Egypt said it would buy 500,000 tonnes."),
    ]
    credit = report.original_credit()
    assert credit.authors == ["Ana Ruiz", "Tom Berg"]
    assert credit.outlet == "Example Wire"
    assert credit.url == "https://news.example.org/drought-wheat"
    assert credit.published_at is not None and credit.published_at.isoformat() == (
        "2026-03-14T09:30:00+01:00"
    )
    assert report.section == "Economy" and report.source_language == "en"


def test_markdown_bad_front_matter_date_names_the_field(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.md", "---\ndate: last Tuesday\n---\n# Title\n\nBody text here.\n")
    with pytest.raises(BadInputFile, match=r"bad\.md: front matter date: 'last Tuesday'"):
        markdown.read(path)
