"""The translation-memory fuzzy index: which stored sources a translator is offered."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from transdesk.core.memory_index import Match, MemoryIndex, match_tokens

PROPERTY = settings(max_examples=200, database=None, deadline=None)

REPORTS = [
    (1, "The minister said on Tuesday that talks would resume in Geneva."),
    (2, "Protesters gathered near parliament while police watched."),
    (3, "Inflation rose to 4.5 percent in March, the central bank said."),
    (4, "The aid convoy reached the border crossing after a week of delays."),
]


def test_an_exact_match_scores_100_and_comes_first() -> None:
    index = MemoryIndex(REPORTS)

    found = index.best("Inflation rose to 4.5 percent in March, the central bank said.")

    assert found[0] == Match(3, 100.0)
    assert all(match.score < 100 for match in found[1:])


def test_case_and_spacing_do_not_lower_the_score() -> None:
    index = MemoryIndex(REPORTS)

    found = index.best("  protesters gathered near   PARLIAMENT while police watched.")

    assert found[0] == Match(2, 100.0)


def test_one_changed_word_still_finds_the_sentence_first() -> None:
    index = MemoryIndex(REPORTS)

    found = index.best("The minister said on Wednesday that talks would resume in Geneva.")

    assert found[0].id == 1
    assert 90 <= found[0].score < 100  # 12 of 13 tokens the same


def test_arabic_matches_across_digit_forms_and_harakat() -> None:
    index = MemoryIndex(
        [
            (10, "قال الوزير إن 1200 شخص غادروا المدينة."),
            (11, "وصلت قافلة المساعدات إلى الحدود."),
        ]
    )

    # Arabic-Indic digits, a damma and a tatweel: the same sentence to a translator.
    found = index.best("قالَ الوزيــر إن ١٢٠٠ شخص غادروا المدينة.")

    assert found == [Match(10, 100.0)]


def test_persian_letters_typed_on_an_arabic_keyboard_match() -> None:
    index = MemoryIndex([(20, "کمک‌ها به مرز رسید ۳ روز پیش.")])

    # Arabic kaf and yeh, no zero-width non-joiner, Western digit.
    found = index.best("كمكها به مرز رسيد 3 روز پيش.")

    assert found == [Match(20, 100.0)]


def test_chinese_is_matched_character_by_character() -> None:
    index = MemoryIndex(
        [
            (30, "部长周二表示谈判将在日内瓦恢复。"),
            (31, "抗议者聚集在议会附近。"),
        ]
    )

    found = index.best("部长周三表示谈判将在日内瓦恢复。")  # one character changed

    assert [match.id for match in found] == [30]
    assert 90 < found[0].score < 100


def test_equal_scores_are_ordered_by_unit_id() -> None:
    index = MemoryIndex([(9, "Talks resume in Geneva."), (4, "Talks resume in Geneva.")])
    index.add(6, "Talks resume in Geneva.")

    assert index.best("Talks resume in Geneva.") == [
        Match(4, 100.0),
        Match(6, 100.0),
        Match(9, 100.0),
    ]


def test_limit_keeps_the_best() -> None:
    index = MemoryIndex((unit, "Talks resume in Geneva " + "x " * unit) for unit in range(1, 9))

    found = index.best("Talks resume in Geneva x", limit=3)

    assert [match.id for match in found] == [1, 2, 3]


def test_an_empty_memory_or_query_offers_nothing() -> None:
    assert MemoryIndex().best("Talks resume in Geneva.") == []
    assert MemoryIndex(REPORTS).best("   ") == []


def test_matches_below_min_score_are_not_offered() -> None:
    index = MemoryIndex(REPORTS)
    query = "The minister said talks would fail."

    assert index.best(query, min_score=90) == []
    low = index.best(query, min_score=50)
    assert [match.id for match in low] == [1]
    assert 50 <= low[0].score < 90


def test_words_the_memory_never_saw_count_as_differences() -> None:
    index = MemoryIndex([(1, "Talks resume in Geneva.")])

    found = index.best("Talks resume in Ouagadougou.")

    assert found == [Match(1, 80.0)]  # 4 of 5 tokens shared


def test_match_tokens_normalise_what_a_translator_would_not_see_as_a_difference() -> None:
    assert match_tokens("The  ١٬٢٠٠ Refugees") == ["the", "1٬200", "refugees"]
    assert match_tokens("ＡＢＣ") == ["abc"]


WORD = st.sampled_from("talks resume geneva minister said police aid convoy border week".split())
SENTENCE = st.lists(WORD, min_size=1, max_size=8).map(" ".join)


@PROPERTY
@given(sources=st.lists(SENTENCE, min_size=1, max_size=40), query=SENTENCE)
def test_the_best_match_is_the_one_a_full_scan_finds(sources: list[str], query: str) -> None:
    index = MemoryIndex(enumerate(sources, start=1))

    # At 70 the index may skip units that share too few of the query's tokens: never the best.
    assert index.best(query, limit=1, min_score=70) == index.scan(query, limit=1, min_score=70)


def test_the_sentence_sharing_most_words_wins_among_many_sharing_one() -> None:
    # 900 units share one word with the query; the one sharing two is met last.
    crowd = [(unit, f"Geneva {unit} x") for unit in range(1, 451)]
    crowd += [(unit, f"Talks {unit} y") for unit in range(451, 901)]
    index = MemoryIndex([*crowd, (5000, "Geneva talks")])

    found = index.best("Geneva talks resumed")

    assert found == [Match(5000, 80.0)]  # 2 of 3 tokens shared


@PROPERTY
@given(
    sources=st.lists(SENTENCE, min_size=1, max_size=60),
    query=SENTENCE,
    budget=st.integers(min_value=0, max_value=30),
)
def test_the_best_score_is_exact_even_when_the_posting_budget_runs_out(
    sources: list[str], query: str, budget: int
) -> None:
    # A tiny budget leaves most candidates unread: the completion step must still find the
    # best score a full scan finds, down to the 50 % floor.
    index = MemoryIndex(enumerate(sources, start=1), posting_budget=budget)
    best, truth = index.best(query, limit=5), index.scan(query, limit=5)
    assert [m.score for m in best[:1]] == [m.score for m in truth[:1]]
    assert all(match.score >= 50 for match in best)
