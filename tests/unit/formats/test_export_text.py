"""Plain-text export: the article as a reader would paste it, credit line last."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.unit.formats.sample_publications import (
    HOSTILE,
    HOSTILE_HEADLINE,
    all_samples,
    arabic_to_english,
    bare,
    english_to_arabic,
    hostile,
    segment,
)
from transdesk.core.credit_line import credit_line
from transdesk.formats import export_text

SAMPLES = all_samples()


def test_headline_blank_line_paragraphs_and_credit() -> None:
    publication = arabic_to_english()
    assert export_text.render(publication).decode("utf-8") == (
        "Ceasefire talks resume in Cairo\n"
        "\n"
        "Delegations met for six hours on Tuesday.\n"
        "\n"
        "Negotiators said progress was slow.\n"
        "\n"
        "What comes next\n"
        "\n"
        "We are not there yet.\n"
        "\n"
        "Delegates arrive at the venue.\n"
        "\n"
        "A second round is planned for next week.\n"
        "\n"
        "Translated from Arabic by Rana Haddad and Leila Mansour. Edited by Omar Said. "
        "Originally published by Al-Ahram on November 18, 2026.\n"
    )


def test_arabic_text_is_utf8_with_its_arabic_credit() -> None:
    text = export_text.render(english_to_arabic()).decode("utf-8")
    lines = text.split("\n")
    assert lines[0] == "استئناف محادثات وقف النار في القاهرة" and lines[1] == ""
    assert lines[-2] == credit_line(english_to_arabic()) and lines[-1] == ""


def test_line_ends_are_newlines_and_a_segment_stays_one_block() -> None:
    publication = replace(
        bare(),
        segments=(
            segment(0, "headline", "  Headline\r\n"),
            segment(1, "paragraph", "one\r\ntwo\r\n\r\nthree\rfour"),
        ),
    )
    text = export_text.render(publication)
    assert b"\r" not in text
    assert text.decode("utf-8").split("\n\n")[:2] == ["Headline", "one\ntwo\nthree\nfour"]


def test_markup_is_kept_as_the_words_written() -> None:
    text = export_text.render(hostile()).decode("utf-8")
    blocks = text.rstrip("\n").split("\n\n")
    # headline, standfirst, the body, the credit line
    assert blocks == [HOSTILE_HEADLINE, HOSTILE[1], *HOSTILE, credit_line(hostile())]


@pytest.mark.parametrize("name", SAMPLES)
def test_the_same_revision_gives_the_same_bytes(name: str) -> None:
    assert export_text.render(SAMPLES[name]) == export_text.render(all_samples()[name])
