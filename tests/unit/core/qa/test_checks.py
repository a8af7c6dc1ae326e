"""The QA checks one at a time, on single segments."""

from __future__ import annotations

import pytest

from transdesk.core.qa import check_segment
from transdesk.core.qa.numbers import numerals


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("1,200 people and 1.8%", "en", ["1200", "1.8"]),
        ("1 200 personnes et 1,8 %", "fr", ["1200", "1.8"]),
        ("1\u00a0200 et 2\u202f500 et 3\u2009000", "fr", ["1200", "2500", "3000"]),
        ("1.200 Menschen, 1,8 Prozent", "de", ["1200", "1.8"]),
        ("١٬٢٠٠ شخص و١٫٨٪", "ar", ["1200", "1.8"]),
        ("۱۲۰۰ نفر و ۱٫۸ درصد", "fa", ["1200", "1.8"]),
        ("in 2010 200 people", "en", ["2010", "200"]),  # no space groups in English
        ("the 802.11n standard", "fr", ["802.11"]),
        ("at 10:00 on 2024-03-05", "en", ["10", "2024", "3", "5"]),  # "00" minutes left out
        ("see https://example.org/2024/5 or desk7@example.org", "en", []),
    ],
)
def test_numbers_are_read_as_the_language_writes_them(
    text: str, language: str, values: list[str]
) -> None:
    assert [str(n.value) for n in numerals(text, language)] == values


def test_an_identical_sentence_is_a_warning_but_a_name_is_not() -> None:
    sentence = "The minister resigned on Tuesday after the vote."
    assert [p.check for p in check_segment(sentence, sentence, "en", "fr")] == ["same-as-source"]
    assert check_segment("Reuters", "Reuters", "en", "fr") == []


def test_a_translation_far_shorter_than_its_source_is_a_warning() -> None:
    source = "The council agreed on Tuesday to rebuild the bridge that floods destroyed in May"
    problems = check_segment(source, "Le conseil a accepté.", "en", "fr")
    assert [(p.check, p.severity) for p in problems] == [("too-short", "warning")]


def test_chinese_is_measured_in_characters() -> None:
    source = "The council agreed on Tuesday to rebuild the bridge that floods destroyed in May"
    assert check_segment(source, "理事会周二同意重建五月被洪水冲毁的桥梁。", "en", "zh") == []


def test_spaces_are_pointed_at() -> None:
    target = " Le conseil  a accepté. "
    problems = check_segment("The council agreed.", target, "en", "fr")
    assert [(p.check, p.message, target[slice(*p.span or (0, 0))]) for p in problems] == [
        ("spacing", "space before the text", " "),
        ("spacing", "space after the text", " "),
        ("spacing", "doubled space", "  "),
    ]


def test_mixed_digit_scripts_in_arabic_are_a_warning_not_in_french() -> None:
    source = "12 people died and 40 were hurt."
    target = "قتل ١٢ شخصا وأصيب 40."
    problems = check_segment(source, target, "en", "ar")
    assert [(p.check, target[slice(*p.span or (0, 0))]) for p in problems] == [
        ("mixed-digits", "40")
    ]
    assert check_segment(source, "12 morts et 40 blessés.", "en", "fr") == []


def test_an_email_address_must_stay_unchanged() -> None:
    problems = check_segment(
        "Write to desk@example.org.", "Écrivez à redaction@example.org.", "en", "fr"
    )
    message = "the e-mail address desk@example.org is not in the translation unchanged"
    assert [(p.check, p.severity, p.message) for p in problems] == [
        ("email-changed", "error", message)
    ]


def test_german_quotes_are_balanced() -> None:
    source = 'He said: "We will stay."'
    assert check_segment(source, "Er sagte: „Wir bleiben.“", "en", "de") == []
    problems = check_segment(source, "Er sagte: „Wir bleiben.", "en", "de")
    assert [p.check for p in problems] == ["quote-unbalanced"]


@pytest.mark.parametrize(
    ("source", "target", "language"),
    [
        ("The vote is on March 5, 2024.", "Le vote a lieu le 5/3/2024.", "fr"),
        ("The vote was on 5/3/2024.", "Le vote a eu lieu le 5 mars 2024.", "fr"),
        ("The talks resume on July 9.", "تستأنف المحادثات في ٩ تموز.", "ar"),
        ("The talks resume on July 9.", "Переговоры возобновятся 9 июля.", "ru"),
        ("The talks resume on July 9, 2024.", "会谈将于2024年7月9日恢复。", "zh"),
    ],
)
def test_a_month_named_on_one_side_is_its_number_on_the_other(
    source: str, target: str, language: str
) -> None:
    assert [p.check for p in check_segment(source, target, "en", language)] == []


def test_may_the_verb_is_not_a_month() -> None:
    problems = check_segment(
        "Officials may meet.", "Les responsables se réuniront le 5.", "en", "fr"
    )
    assert [p.check for p in problems] == ["number-added"]
