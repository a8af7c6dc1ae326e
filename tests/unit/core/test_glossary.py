"""Finding glossary terms: whole words, any case, Arabic letter forms and attached prefixes."""

from __future__ import annotations

from transdesk.core.glossary import Glossary, Term
from transdesk.core.qa import check_segment

PRESIDENT = Term("الرئيس", "the President")
UN = Term("الأمم المتحدة", "the United Nations", forbidden=("UN",))
TEHRAN = Term("طهران", "Tehran", forbidden=("Teheran",))
ARABIC = Glossary([PRESIDENT, UN, TEHRAN], "ar", "en")


def found(glossary: Glossary, text: str) -> list[tuple[str, str]]:
    return [(hit.term.source, text[hit.start : hit.end]) for hit in glossary.find(text)]


def test_arabic_terms_are_found_with_their_prefixes_marks_and_letter_forms() -> None:
    text = "قال الرئيسُ إن الامم المتحدة ووفد طهران والرئيس للرئيس"
    assert found(ARABIC, text) == [
        ("الرئيس", "الرئيسُ"),
        ("الأمم المتحدة", "الامم المتحدة"),
        ("طهران", "طهران"),
        ("الرئيس", "والرئيس"),
        ("الرئيس", "للرئيس"),
    ]


def test_a_term_inside_a_longer_word_is_not_a_match() -> None:
    glossary = Glossary([Term("Iran", "إيران")], "en", "ar")
    assert found(glossary, "Iranian officials in IRAN.") == [("Iran", "IRAN")]


def test_the_longest_term_wins_where_terms_overlap() -> None:
    glossary = Glossary(
        [Term("Security Council", "مجلس الأمن"), Term("UN Security Council", "مجلس الأمن الدولي")],
        "en",
        "ar",
    )
    assert found(glossary, "the UN Security Council met") == [
        ("UN Security Council", "UN Security Council")
    ]


def test_french_terms_ignore_case_but_not_accents_missing() -> None:
    glossary = Glossary([Term("Élysée", "Elysee Palace")], "fr", "en")
    assert found(glossary, "L'ÉLYSÉE a répondu") == [("Élysée", "ÉLYSÉE")]


def test_a_missing_term_is_one_warning_and_a_ruled_out_variant_one_error() -> None:
    source = "وصل وفد طهران إلى الأمم المتحدة."
    good = "A Tehran delegation arrived at the United Nations."
    assert check_segment(source, good, "ar", "en", ARABIC) == []
    problems = check_segment(source, "A Teheran delegation arrived at the UN.", "ar", "en", ARABIC)
    assert [(p.check, p.severity) for p in problems] == [
        ("term-missing", "warning"),
        ("term-missing", "warning"),
        ("term-forbidden", "error"),
        ("term-forbidden", "error"),
    ]
    text = "A Teheran delegation arrived at the UN."
    spans = [text[p.span[0] : p.span[1]] for p in problems if p.span]
    assert spans == ["Teheran", "UN"]
    assert "the glossary says Tehran" in problems[0].message


def test_five_thousand_terms_are_still_found_word_by_word() -> None:
    terms = [Term(f"term{i} word{i % 37}", f"t{i}") for i in range(5000)]
    glossary = Glossary(terms, "en", "fr")
    hits = glossary.find("see term4999 word4 and term12 word12 here")
    assert [hit.term.target for hit in hits] == ["t4999", "t12"]
