"""The credit line reads right in the article's own language (names and dates: Babel)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transdesk.core.credit_line import credit_line
from transdesk.core.publication import Publication, SourceCreditLine

ORIGINAL = SourceCreditLine(
    "original", "Example News", "https://news.example/a", "Title", ("Rana Haddad",), "ar",
    datetime(2026, 11, 18, 6, 30, tzinfo=UTC),
)  # fmt: skip


TWO = ("Leila Mansour", "Karim Nasser")


def publication(
    target: str, source: str = "ar", translators: tuple[str, ...] = TWO,
    editor: str | None = "Omar Said", original: SourceCreditLine | None = ORIGINAL,
) -> Publication:  # fmt: skip
    return Publication(
        article_id=1, report_id=1, revision=3, revision_at=None, status="approved",
        source_language=source, target_language=target, segments=(),
        credits=(original,) if original else (), translators=translators, editor=editor,
        section=None, rights=None, created_at=datetime(2026, 11, 19, tzinfo=UTC),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("target", "source", "expected"),
    [
        ("en", "ar", "Translated from Arabic by Leila Mansour and Karim Nasser. Edited by Omar "
         "Said. Originally published by Example News on November 18, 2026."),
        ("fr", "ar", "Traduit de l’arabe par Leila Mansour et Karim Nasser. Édité par Omar Said. "
         "Publié initialement par Example News le 18 novembre 2026."),
        ("fr", "ru", "Traduit du russe par Leila Mansour et Karim Nasser. Édité par Omar Said. "
         "Publié initialement par Example News le 18 novembre 2026."),
        ("es", "ar", "Traducido del árabe por Leila Mansour y Karim Nasser. Editado por Omar Said. "
         "Publicado originalmente por Example News el 18 de noviembre de 2026."),
        ("de", "ar", "Aus dem Arabischen übersetzt von Leila Mansour und Karim Nasser. Redigiert "
         "von Omar Said. Ursprünglich veröffentlicht von Example News am 18. November 2026."),
        ("ar", "en", "ترجمة عن الإنجليزية: Leila Mansour وKarim Nasser. تحرير: Omar Said. "
         "نُشر أصلًا في Example News بتاريخ 18 نوفمبر 2026."),
        ("ar-EG", "en", "ترجمة عن الإنجليزية: Leila Mansour وKarim Nasser. تحرير: Omar Said. "
         "نُشر أصلًا في Example News بتاريخ ١٨ نوفمبر ٢٠٢٦."),
        ("fa", "ar", "ترجمه از عربی: Leila Mansour و Karim Nasser. ویرایش: Omar Said. "
         "نخستین بار در Example News در تاریخ ۱۸ نوامبر ۲۰۲۶ منتشر شد."),
    ],
)  # fmt: skip
def test_credit_line_in_the_target_language(target: str, source: str, expected: str) -> None:
    assert credit_line(publication(target, source)) == expected


def test_missing_parts_are_left_out_not_left_blank() -> None:
    bare = publication("en", translators=(), editor=None, original=None)
    assert credit_line(bare) == "Translated from Arabic."
    undated = SourceCreditLine("original", "Example News", None, None, (), "ar", None)
    assert credit_line(publication("fr", translators=("Leila Mansour",), editor=None,
                                   original=undated)) == (
        "Traduit de l’arabe par Leila Mansour. Publié initialement par Example News."
    )  # fmt: skip


def test_a_language_we_have_no_sentences_for_gets_english() -> None:
    assert credit_line(publication("ja", translators=("Leila Mansour",), editor=None)) == (
        "Translated from Arabic by Leila Mansour. Originally published by Example News on "
        "November 18, 2026."
    )
