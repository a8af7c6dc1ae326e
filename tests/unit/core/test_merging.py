"""Three-way merge of a segment: both sides' changes kept when they touch different words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transdesk.core.merging import merge_texts

PROPERTY = settings(max_examples=200, database=None, deadline=None)

BASE = "The minister said on Tuesday that the plan would start next month."


@pytest.mark.parametrize(
    ("mine", "theirs", "merged"),
    [
        (  # different words of one sentence: both changes
            "The minister said on Sunday that the plan would start next month.",
            "The minister said on Tuesday that the plan would begin next month.",
            "The minister said on Sunday that the plan would begin next month.",
        ),
        (  # a word deleted on one side, a word added on the other
            "The minister said on Tuesday that the plan would start next month.".replace(
                " on Tuesday", ""
            ),
            "The minister said on Tuesday that the rebuilding plan would start next month.",
            "The minister said that the rebuilding plan would start next month.",
        ),
        (  # the same correction on both sides, and one more on theirs
            "The finance minister said on Tuesday that the plan would start next month.",
            "The finance minister said on Tuesday that the plan would start next month!",
            "The finance minister said on Tuesday that the plan would start next month!",
        ),
    ],
    ids=["replacements", "deletion-and-insertion", "shared-edit"],
)
def test_changes_to_different_words_are_both_kept(mine: str, theirs: str, merged: str) -> None:
    assert merge_texts(BASE, mine, theirs, "en") == merged
    assert merge_texts(BASE, theirs, mine, "en") == merged


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [
        (  # the same word changed two ways
            "The minister said on Sunday that the plan would start next month.",
            "The minister said on Monday that the plan would start next month.",
        ),
        (  # two different words inserted at one point: which comes first?
            "The minister said on Tuesday that the new plan would start next month.",
            "The minister said on Tuesday that the rebuilding plan would start next month.",
        ),
        (  # a word inserted right where the other side changed some
            "The minister said on Tuesday that the plan would start early next month.",
            "The minister said on Tuesday that the plan would start in May.",
        ),
        (  # everything rewritten on one side
            "Officials expect work to begin in a few weeks.",
            "The minister said on Tuesday that the plan would start next month, he added.",
        ),
    ],
    ids=["same-word", "same-point", "insertion-touching-a-change", "rewrite"],
)
def test_changes_to_the_same_words_are_a_conflict(mine: str, theirs: str) -> None:
    assert merge_texts(BASE, mine, theirs, "en") is None
    assert merge_texts(BASE, theirs, mine, "en") is None


def test_one_sided_and_equal_changes_need_no_diff() -> None:
    changed = "The minister said the plan is off."
    assert merge_texts(BASE, changed, BASE) == changed
    assert merge_texts(BASE, BASE, changed) == changed
    assert merge_texts(BASE, changed, changed) == changed
    assert merge_texts("", "A headline", "") == "A headline"
    assert merge_texts("", "A headline", "Another headline") is None  # both translated it


def test_arabic_words_merge_whole() -> None:
    base = "قالت الحكومة إن الخطة تبدأ غدا في العاصمة"
    mine = "أعلنت الحكومة إن الخطة تبدأ غدا في العاصمة"
    theirs = "قالت الحكومة إن الخطة تبدأ اليوم في العاصمة"
    assert merge_texts(base, mine, theirs, "ar") == "أعلنت الحكومة إن الخطة تبدأ اليوم في العاصمة"
    # Harakat on a word are part of it: voweling the same word on both sides is one word.
    assert merge_texts("قال الوزير", "قالَ الوزير", "قالت الوزير", "ar") is None


def test_chinese_characters_merge_one_by_one() -> None:
    base = "今天北京下雨了。"
    assert merge_texts(base, "昨天北京下雨了。", "今天北京下雪了。", "zh") == "昨天北京下雪了。"
    assert merge_texts(base, "今天上海下雨了。", "今天广州下雨了。", "zh") is None


# --- properties ------------------------------------------------------------------------------

PIECES = [
    "the", "minister", "said", "l'homme", "aujourd’hui", "قال", "الوزير", "ذَهَبَ", "北京", "雨",
    "1,200", "١٬٢٠٠", ",", ".", "،", "«", "»", " ", " ", "  ", "\n",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@PROPERTY
@given(texts, texts)
def test_a_side_that_did_not_change_takes_the_other(base: str, changed: str) -> None:
    assert merge_texts(base, changed, base) == changed
    assert merge_texts(base, base, changed) == changed


@PROPERTY
@given(texts, texts)
def test_the_same_text_on_both_sides_is_that_text(base: str, changed: str) -> None:
    assert merge_texts(base, changed, changed) == changed


@PROPERTY
@given(texts, texts, texts)
def test_the_merge_does_not_depend_on_which_side_is_mine(base: str, a: str, b: str) -> None:
    assert merge_texts(base, a, b) == merge_texts(base, b, a)


# Words whose tokens (Han characters are one token each) appear in no other word, so an edit
# of one word cannot be read by the diff as an edit of its neighbours.
BASE_WORDS = [
    "minister", "said", "Tuesday", "plan", "would", "start", "month", "aid", "floods", "city",
    "قالت", "الحكومة", "الخطة", "تبدأ", "العاصمة", "北", "京", "下", "雨", "今", "天",
]  # fmt: skip
NEW_WORDS = ["Sunday", "rebuilding", "officials", "أعلنت", "اليوم", "雪", "昨"]
Edit = tuple[int, str, str]  # word index, "replace" | "insert" | "delete", new word


def _apply(words: list[str], edits: list[Edit]) -> list[str]:
    changed = list(words)
    for index, action, new in sorted(edits, reverse=True):  # from the end: indices hold
        if action == "replace":
            changed[index] = new
        elif action == "insert":
            changed.insert(index, new)
        else:
            del changed[index]
    return changed


@st.composite
def two_halves(draw: st.DrawFn) -> tuple[list[str], list[Edit], list[Edit]]:
    """Base words, edits in the first half and edits in the second, two words apart."""
    words = draw(st.lists(st.sampled_from(BASE_WORDS), min_size=6, max_size=14, unique=True))
    half = len(words) // 2

    def edits(low: int, high: int) -> list[Edit]:
        indices = draw(st.sets(st.integers(low, high - 1), min_size=1, max_size=2))
        return [
            (
                i,
                draw(st.sampled_from(["replace", "insert", "delete"])),
                draw(st.sampled_from(NEW_WORDS)),
            )
            for i in indices
        ]

    return words, edits(0, half - 1), edits(half + 1, len(words))


@PROPERTY
@given(two_halves())
def test_edits_to_different_parts_of_a_text_both_appear(
    case: tuple[list[str], list[Edit], list[Edit]],
) -> None:
    words, first, second = case
    base = " ".join(words)
    mine, theirs = " ".join(_apply(words, first)), " ".join(_apply(words, second))
    assert merge_texts(base, mine, theirs) == " ".join(_apply(words, first + second))
