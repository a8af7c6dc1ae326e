"""The QA checks on whole reports: a faithful translation is clean; each change a careless
edit makes (a number, a quotation, a paragraph) gives exactly one finding, on its segment."""

from __future__ import annotations

import re

import pytest

from tests.unit.core.qa.reports import ENGLISH, TRANSLATIONS, segments
from transdesk.core.qa import Finding, run_checks

NAMES = list(TRANSLATIONS)


def check(targets: list[str], language: str, source: list[str] = ENGLISH) -> list[Finding]:
    return run_checks(segments(source, targets), "en", language)


@pytest.mark.parametrize("name", NAMES)
def test_a_faithful_translation_has_no_finding(name: str) -> None:
    language, targets = TRANSLATIONS[name]
    assert check(targets, language) == []


@pytest.mark.parametrize("name", NAMES)
def test_the_translations_read_back_into_english_have_no_number_finding(name: str) -> None:
    language, targets = TRANSLATIONS[name]
    findings = run_checks(segments(targets, ENGLISH), language, "en")
    assert [f for f in findings if f.check.startswith("number")] == []


@pytest.mark.parametrize(
    ("name", "position", "old", "new"),
    [
        ("ar-western", 1, "1,200", "1,300"),
        ("ar-indic", 1, "١٢٠٠", "١٣٠٠"),
        ("ar-indic", 3, "١٫٨", "٨٫١"),
        ("fr", 1, "1\u202f200", "1\u202f250"),
        ("fr", 3, "1,8", "1,6"),
        ("fa", 3, "۲۴", "۴۸"),
        ("fa", 4, "۴۰", "۴"),
    ],
)
def test_a_changed_number_is_one_error_on_its_segment(
    name: str, position: int, old: str, new: str
) -> None:
    language, faithful = TRANSLATIONS[name]
    targets = list(faithful)
    assert old in targets[position]
    targets[position] = targets[position].replace(old, new, 1)
    findings = check(targets, language)
    missing = [f for f in findings if f.check == "number-missing"]
    assert [(f.segment, f.severity) for f in missing] == [(position, "error")]
    source_number = {"1\u202f200": "1,200", "١٢٠٠": "1,200", "١٫٨": "1.8", "1,8": "1.8",
                     "۲۴": "24", "۴۰": "40", "1,200": "1,200"}[old]  # fmt: skip
    assert missing[0].message == f"{source_number} is not in the translation"
    added = [f for f in findings if f.check == "number-added"]
    assert [(f.segment, targets[position][slice(*f.span or (0, 0))]) for f in added] == [
        (position, new)
    ]
    assert len(findings) == 2


@pytest.mark.parametrize("name", NAMES)
def test_a_number_left_out_is_exactly_one_finding(name: str) -> None:
    language, faithful = TRANSLATIONS[name]
    targets = list(faithful)
    targets[4] = targets[4].split(".")[1].strip() or targets[4]  # keep the second sentence
    findings = [f for f in check(targets, language) if f.check.startswith("number")]
    assert [(f.check, f.segment, f.message) for f in findings] == [
        ("number-missing", 4, "40 is not in the translation")
    ]


@pytest.mark.parametrize("name", NAMES)
def test_a_dropped_closing_quote_is_one_warning(name: str) -> None:
    language, faithful = TRANSLATIONS[name]
    targets = list(faithful)
    targets[2] = re.sub(r"\s?»", "", targets[2])  # French puts a space inside
    findings = check(targets, language)
    assert [(f.check, f.severity, f.segment) for f in findings] == [
        ("quote-unbalanced", "warning", 2)
    ]
    start, end = findings[0].span or (0, 0)
    assert targets[2][start:end] == "«"


@pytest.mark.parametrize("name", NAMES)
def test_a_quotation_turned_into_reported_speech_is_one_error(name: str) -> None:
    language, faithful = TRANSLATIONS[name]
    targets = list(faithful)
    targets[2] = re.sub(r"«\s?|\s?»", "", targets[2])
    findings = check(targets, language)
    assert [(f.check, f.severity, f.segment) for f in findings] == [("quote-missing", "error", 2)]
    assert (
        findings[0].message == "0 quoted passages in the translation, 1 in the source (1 missing)"
    )


@pytest.mark.parametrize("name", NAMES)
def test_a_dropped_paragraph_is_one_error_on_its_segment(name: str) -> None:
    language, faithful = TRANSLATIONS[name]
    targets = list(faithful)
    targets[3] = ""
    findings = check(targets, language)
    assert [(f.check, f.severity, f.segment) for f in findings] == [("untranslated", "error", 3)]


@pytest.mark.parametrize("name", NAMES)
def test_a_dropped_sentence_is_one_warning(name: str) -> None:
    language, faithful = TRANSLATIONS[name]
    targets = list(faithful)
    first_sentence = targets[4][: targets[4].index(".") + 1]
    targets[4] = first_sentence
    findings = check(targets, language)
    assert [(f.check, f.segment) for f in findings] == [("sentences-missing", 4)]
    assert findings[0].message == "1 sentence in the translation, 2 in the source"


@pytest.mark.parametrize("name", NAMES)
def test_a_changed_link_or_handle_is_one_error_each(name: str) -> None:
    language, faithful = TRANSLATIONS[name]
    targets = list(faithful)
    targets[5] = targets[5].replace("/east", "/west").replace("@ReliefDesk", "@Relief")
    findings = check(targets, language)
    assert [(f.check, f.segment, f.message) for f in findings] == [
        ("url-changed", 5,
         "the URL https://relief.example.org/east is not in the translation unchanged"),
        ("handle-changed", 5, "the handle @ReliefDesk is not in the translation unchanged"),
    ]  # fmt: skip


def test_the_headline_is_checked_like_any_segment() -> None:
    language, faithful = TRANSLATIONS["fr"]
    targets = ["Inondations : 1 500 familles déplacées dans l'est", *faithful[1:]]
    findings = check(targets, language)
    assert [(f.check, f.segment) for f in findings] == [("number-missing", 0), ("number-added", 0)]
