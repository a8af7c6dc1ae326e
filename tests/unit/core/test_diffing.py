"""Word diffs of revisions: tokens, diffs, article diffs, applying and rejecting, rendering."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transdesk.core import diffing
from transdesk.core.diffing import (
    SegmentDiff,
    apply,
    diff_articles,
    diff_segment,
    diff_words,
    reject_hunk,
    reject_hunks,
    to_html,
    to_text,
)
from transdesk.core.tokens import count_words, is_word, tokens

# No example database: the working tree stays clean; no deadline: the first call compiles
# the tokeniser.
PROPERTY = settings(max_examples=300, database=None, deadline=None)

# --- tokens ----------------------------------------------------------------------------------


def test_english_words_spaces_and_punctuation_are_separate_tokens() -> None:
    assert tokens("Hello, world! It's 1,200 (1.5%).", "en") == [
        "Hello", ",", " ", "world", "!", " ", "It's", " ", "1,200", " ",
        "(", "1.5", "%", ")", ".",
    ]  # fmt: skip


def test_french_elisions_hyphens_and_spaced_numbers_stay_whole() -> None:
    text = "Aujourd’hui, l'homme bien-aimé a dit « non » : 1\u202f200 €."
    assert tokens(text, "fr") == [
        "Aujourd’hui", ",", " ", "l'homme", " ", "bien-aimé", " ", "a", " ", "dit", " ",
        "«", " ", "non", " ", "»", " ", ":", " ", "1\u202f200", " ", "€", ".",
    ]  # fmt: skip


def test_arabic_words_keep_their_harakat_and_tatweel() -> None:
    text = "ذَهَبَ الوَلَدُ إلى المَدْرَسَةِ، وقال الوزيـــر: قُرْآنٌ ٱلْعَرَبِيَّة"
    assert tokens(text, "ar") == [
        "ذَهَبَ", " ", "الوَلَدُ", " ", "إلى", " ", "المَدْرَسَةِ", "،", " ", "وقال", " ",
        "الوزيـــر", ":", " ", "قُرْآنٌ", " ", "ٱلْعَرَبِيَّة",
    ]  # fmt: skip


def test_superscript_alef_is_part_of_the_word() -> None:
    assert tokens("هٰذا الكتاب", "ar") == ["هٰذا", " ", "الكتاب"]  # U+0670


def test_persian_words_keep_the_zero_width_non_joiner() -> None:
    assert tokens("من می‌خواهم ۱۲ کتاب‌ها را بخرم.", "fa") == [
        "من", " ", "می\u200cخواهم", " ", "۱۲", " ", "کتاب\u200cها", " ", "را", " ", "بخرم", ".",
    ]  # fmt: skip


def test_chinese_is_one_token_per_character_and_latin_runs_stay_words() -> None:
    assert tokens("我们在2023年访问了Google公司。", "zh") == [
        "我", "们", "在", "2023", "年", "访", "问", "了", "Google", "公", "司", "。",
    ]  # fmt: skip


def test_japanese_kanji_and_hiragana_per_character_katakana_per_run() -> None:
    assert tokens("東京でコンピューターを買いました。", "ja") == [
        "東", "京", "で", "コンピューター", "を", "買", "い", "ま", "し", "た", "。",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "number", ["1,200", "1.5", "١٬٢٠٠", "۱۲", "3,141.59", "1\u00a0200", "٣٫٥", "๑๒๓"]
)
def test_numbers_are_one_token(number: str) -> None:
    assert tokens(f"about {number} people", None) == ["about", " ", number, " ", "people"]


def test_a_sentence_ending_after_a_number_keeps_the_full_stop_apart() -> None:
    assert tokens("in 2023. Then", "en") == ["in", " ", "2023", ".", " ", "Then"]


def test_emoji_with_modifiers_flags_and_joined_sequences_are_one_token() -> None:
    text = "👍🏽 🇫🇷 👨\u200d👩\u200d👧 ok"
    assert tokens(text, None) == ["👍🏽", " ", "🇫🇷", " ", "👨\u200d👩\u200d👧", " ", "ok"]


def test_whitespace_runs_are_one_token_and_combining_marks_stay_on_their_letter() -> None:
    assert tokens("cafe\u0301  \n\tbar", None) == ["cafe\u0301", "  \n\t", "bar"]


def test_words_are_counted_without_spaces_and_punctuation() -> None:
    assert count_words("Hello, world! 1,200 people.", "en") == 4
    assert count_words("北京欢迎你", "zh") == 5
    assert is_word("١٢") and is_word("می\u200cخواهم") and not is_word("«") and not is_word(" ")


@PROPERTY
@given(st.text())
def test_tokenisation_is_lossless_for_any_text(text: str) -> None:
    found = tokens(text)
    assert "".join(found) == text
    assert all(found)


# --- word diffs ------------------------------------------------------------------------------


def test_english_one_word_replaced() -> None:
    assert diff_words("The cat sat on the mat.", "The dog sat on the mat.", "en") == [
        ("equal", "The "),
        ("delete", "cat"),
        ("insert", "dog"),
        ("equal", " sat on the mat."),
    ]


_PIECES = st.sampled_from(
    ["the", "UN", "said", "fled", "bled", "1", "12", "200", "1\u00a0200", "١٢", "قال",
     "الأمم", "ـ", "؟", ",", ".", "aujourd'hui", "«", "»", "北京", "x", " ", "  ", "\n"]
)  # fmt: skip


def _boundaries(text: str) -> set[int]:
    ends, at = {0}, 0
    for token in tokens(text):
        at += len(token)
        ends.add(at)
    return ends


@PROPERTY
@given(st.lists(_PIECES, max_size=12), st.lists(_PIECES, max_size=12))
def test_every_change_starts_and_ends_where_whole_text_tokens_do(
    old_pieces: list[str], new_pieces: list[str]
) -> None:
    """Only the middle between an untouched head and tail is tokenised, and a one-word swap
    is not tokenised at all: the cuts must still fall on the whole texts' token boundaries."""
    old, new = " ".join(old_pieces), " ".join(new_pieces)
    old_at = new_at = 0
    for op, text in diff_words(old, new):
        if op != "insert":
            old_at += len(text)
        if op != "delete":
            new_at += len(text)
        assert old_at in _boundaries(old) and new_at in _boundaries(new), (op, text)
    assert apply(old, diff_words(old, new)) == new


def test_a_word_swapped_between_spaces_is_one_hunk_without_tokenising() -> None:
    diff = diff_segment(1, "UN said on Tuesday that 12 fled", "UN said on Monday that 12 fled")
    assert [(h.old, h.new, h.old_start) for h in diff.hunks] == [("Tuesday", "Monday", 11)]
    assert (diff.words_added, diff.words_removed) == (1, 1)
    arabic = diff_segment(2, "قال المتحدث يوم الثلاثاء", "قال المتحدث يوم الأربعاء", "ar")
    assert [(h.old, h.new) for h in arabic.hunks] == [("الثلاثاء", "الأربعاء")]


def test_french_word_replaced_and_word_inserted() -> None:
    old = "Le président a dit qu'il viendrait."
    new = "Le président a déclaré qu'il viendrait demain."
    assert diff_words(old, new, "fr") == [
        ("equal", "Le président a "),
        ("delete", "dit"),
        ("insert", "déclaré"),
        ("equal", " qu'il viendrait"),
        ("insert", " demain"),
        ("equal", "."),
    ]


def test_arabic_word_with_harakat_changes_as_one_hunk_not_letters() -> None:
    old = "ذَهَبَ الوَلَدُ إلى المَدْرَسَةِ صباحاً"
    new = "ذَهَبَ الوَلَدُ إلى الجامِعَةِ صباحاً"
    diff = diff_segment(1, old, new)
    assert [(hunk.old, hunk.new) for hunk in diff.hunks] == [("المَدْرَسَةِ", "الجامِعَةِ")]
    assert diff.ops == (
        ("equal", "ذَهَبَ الوَلَدُ إلى "),
        ("delete", "المَدْرَسَةِ"),
        ("insert", "الجامِعَةِ"),
        ("equal", " صباحاً"),
    )
    assert (diff.words_added, diff.words_removed) == (1, 1)


def test_arabic_tatweel_word_is_one_hunk() -> None:
    diff = diff_segment(1, "قال الوزيـــر إن", "قال الرئيـــس إن")
    assert [(hunk.old, hunk.new) for hunk in diff.hunks] == [("الوزيـــر", "الرئيـــس")]


def test_arabic_harakat_added_to_one_word_replace_that_word() -> None:
    diff = diff_segment(1, "كتب الولد الدرس", "كتب الوَلَدُ الدرس")
    assert [(hunk.old, hunk.new) for hunk in diff.hunks] == [("الولد", "الوَلَدُ")]


def test_persian_word_with_zwnj_is_one_hunk() -> None:
    diff = diff_segment(1, "من می‌خواهم کتاب بخرم.", "من می‌خواستم کتاب بخرم.")
    assert [(hunk.old, hunk.new) for hunk in diff.hunks] == [("می‌خواهم", "می‌خواستم")]


def test_chinese_one_character_changed_is_one_small_hunk() -> None:
    diff = diff_segment(1, "我们在北京访问了公司。", "我们在北海访问了公司。")
    assert to_text(diff) == "我们在北[-京-]{+海+}访问了公司。"
    assert (diff.words_added, diff.words_removed) == (1, 1)


def test_japanese_one_character_changed_is_one_small_hunk() -> None:
    diff = diff_segment(
        1, "今日はコンピューターを買いました。", "明日はコンピューターを買いました。"
    )
    assert [(hunk.old, hunk.new) for hunk in diff.hunks] == [("今", "明")]


@pytest.mark.parametrize(
    ("old", "new"), [("1,200", "1,250"), ("١٬٢٠٠", "١٬٢٥٠"), ("۱۲", "۱۳"), ("1.5", "1.25")]
)
def test_a_changed_number_is_a_one_token_change(old: str, new: str) -> None:
    diff = diff_segment(1, f"Some {old} people came.", f"Some {new} people came.")
    assert diff.ops == (
        ("equal", "Some "),
        ("delete", old),
        ("insert", new),
        ("equal", " people came."),
    )


def test_semantic_cleanup_joins_neighbouring_word_changes() -> None:
    diff = diff_segment(1, "The big cat sat.", "The small dog sat.")
    assert to_text(diff) == "The [-big cat-]{+small dog+} sat."
    assert (diff.words_added, diff.words_removed) == (2, 2)


def test_changes_apart_stay_separate_hunks() -> None:
    diff = diff_segment(1, "a b c d e f g", "a x c d e f z")
    assert to_text(diff) == "a [-b-]{+x+} c d e f [-g-]{+z+}"
    assert [(h.index, h.old, h.new, h.old_start, h.new_start) for h in diff.hunks] == [
        (0, "b", "x", 2, 2),
        (1, "g", "z", 12, 12),
    ]


def test_insertions_deletions_and_punctuation() -> None:
    assert to_text(diff_segment(1, "the big cat", "the very big cat")) == "the {+very +}big cat"
    assert to_text(diff_segment(1, "the very big cat", "the big cat")) == "the [-very -]big cat"
    assert to_text(diff_segment(1, "Hello world", "Hello, world")) == "Hello{+,+} world"


def test_identical_and_empty_texts() -> None:
    assert diff_words("same", "same") == [("equal", "same")]
    assert diff_words("", "") == []
    assert diff_words("", "new text") == [("insert", "new text")]
    assert diff_words("old text", "") == [("delete", "old text")]
    assert diff_segment(1, "same", "same").hunks == ()


def test_more_distinct_words_than_private_use_code_points() -> None:
    old = " ".join(f"w{i}" for i in range(9000))
    new = old.replace("w4500 ", "changed ")
    assert diff_words(old, new) == [
        ("equal", old[: old.index("w4500 ")]),
        ("delete", "w4500"),
        ("insert", "changed"),
        ("equal", old[old.index("w4500 ") + len("w4500") :]),
    ]


def test_a_long_diff_is_never_degraded_by_a_time_limit() -> None:
    # With diff-match-patch's usual 1 s limit a whole-text diff this size may give up and
    # mark everything changed; with none the answer is exact.
    rng = random.Random(3)
    words = [f"word{rng.randrange(3000)}" for _ in range(60000)]
    changed = list(words)
    positions = rng.sample(range(len(words)), 300)
    for position in positions:
        changed[position] = "EDITED"
    diff = diff_segment(1, " ".join(words), " ".join(changed))
    assert diff.words_added == diff.words_removed == 300
    assert len(diff.hunks) <= 300


# --- articles --------------------------------------------------------------------------------


def test_article_diff_changed_added_and_removed_segments() -> None:
    old = {1: "Headline here", 2: "First paragraph.", 3: "Gone paragraph."}
    new = {1: "Headline here", 2: "First long paragraph.", 4: "New paragraph here."}
    result = diff_articles(old, new, [1, 2, 3, 4])
    assert [(d.segment_id, d.status) for d in result.segments] == [
        (2, "changed"),
        (3, "removed"),
        (4, "added"),
    ]
    assert result.by_id[2].ops == (
        ("equal", "First "),
        ("insert", "long "),
        ("equal", "paragraph."),
    )
    assert result.by_id[3].ops == (("delete", "Gone paragraph."),)
    assert result.by_id[4].hunks[0].new == "New paragraph here."
    summary = result.summary
    assert (summary.segments_compared, summary.segments_changed) == (4, 3)
    assert (summary.segments_added, summary.segments_removed) == (1, 1)
    assert (summary.words_added, summary.words_removed, summary.hunks) == (4, 2, 3)


def test_unchanged_segments_are_skipped_without_a_word_diff(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    real = diffing.diff_segment

    def counting(segment_id: int, old: str, new: str, language: str | None = None) -> SegmentDiff:
        calls.append(segment_id)
        return real(segment_id, old, new, language)

    monkeypatch.setattr(diffing, "diff_segment", counting)
    old = {i: f"Paragraph number {i} of the report." for i in range(1, 501)}
    new = dict(old)
    new[7] = "Paragraph number seven of the report."
    new[300] = "Paragraph number 300 of this report."
    result = diff_articles(old, new, list(old))
    assert calls == [7, 300]
    assert [d.segment_id for d in result.segments] == [7, 300]


def test_article_order_must_list_every_segment_once() -> None:
    with pytest.raises(ValueError, match="missing from order"):
        diff_articles({1: "a", 2: "b"}, {1: "a"}, [1])
    with pytest.raises(ValueError, match="twice"):
        diff_articles({1: "a"}, {1: "b"}, [1, 1])


def test_article_diff_json_for_the_cli() -> None:
    result = diff_articles({5: "Le chat dort."}, {5: "Le chien dort."}, [5], "fr")
    data = json.loads(result.to_json())
    assert data == {
        "summary": {
            "segments_compared": 1,
            "segments_changed": 1,
            "segments_added": 0,
            "segments_removed": 0,
            "words_added": 1,
            "words_removed": 1,
            "hunks": 1,
        },
        "segments": [
            {
                "segment_id": 5,
                "status": "changed",
                "words_added": 1,
                "words_removed": 1,
                "ops": [
                    {"op": "equal", "text": "Le "},
                    {"op": "delete", "text": "chat"},
                    {"op": "insert", "text": "chien"},
                    {"op": "equal", "text": " dort."},
                ],
                "hunks": [
                    {"index": 0, "old": "chat", "new": "chien", "old_start": 3, "new_start": 3}
                ],
            }
        ],
    }
    assert "ذهب" in diff_articles({1: "ذهب"}, {1: "ذهبت"}, [1]).to_json()  # not \u-escaped


# --- applying and rejecting ------------------------------------------------------------------


def test_apply_rebuilds_the_new_text_and_refuses_ops_of_another_text() -> None:
    ops = diff_words("one two three", "one 2 three")
    assert apply("one two three", ops) == "one 2 three"
    with pytest.raises(ValueError, match="does not match"):
        apply("one TWO three", ops)
    with pytest.raises(ValueError, match="covers 13 of the old text's 14"):
        apply("one two three!", ops)
    with pytest.raises(ValueError, match="unknown diff operation"):
        apply("x", [("replace", "x")])


def test_reject_one_hunk_keeps_the_others() -> None:
    diff = diff_segment(1, "a b c d e f g", "a x c d e f z")
    assert reject_hunk(diff, 0) == "a b c d e f z"
    assert reject_hunk(diff, 1) == "a x c d e f g"
    assert reject_hunks(diff, [0, 1]) == "a b c d e f g"
    assert reject_hunks(diff, []) == "a x c d e f z"
    with pytest.raises(IndexError):
        reject_hunk(diff, 2)


# --- rendering -------------------------------------------------------------------------------


def test_text_rendering() -> None:
    diff = diff_segment(1, "Some 1,200 people came.", "Some 1,250 people came today.")
    assert to_text(diff) == "Some [-1,200-]{+1,250+} people came{+ today+}."


def test_html_rendering_escapes_every_piece_of_text() -> None:
    diff = diff_segment(1, '<b>bold</b> & "x"', "<i>bold</i> & 'y'")
    html = to_html(diff)
    assert html == (
        '<p dir="ltr">&lt;<del>b</del><ins>i</ins>&gt;bold&lt;/<del>b</del><ins>i</ins>&gt; '
        "&amp; <del>&quot;x&quot;</del><ins>&#x27;y&#x27;</ins></p>"
    )
    assert "<b>" not in html and "<i>" not in html


def test_html_rendering_right_to_left_and_side_by_side() -> None:
    diff = diff_segment(1, "قال الوزير", "قال الرئيس")
    assert to_html(diff, "rtl") == '<p dir="rtl">قال <del>الوزير</del><ins>الرئيس</ins></p>'
    assert to_html(diff, "rtl", side="old") == '<p dir="rtl">قال <del>الوزير</del></p>'
    assert to_html(diff, "rtl", side="new") == '<p dir="rtl">قال <ins>الرئيس</ins></p>'
    with pytest.raises(ValueError, match="direction"):
        to_html(diff, '"><script>', "inline")  # type: ignore[arg-type]


# --- properties ------------------------------------------------------------------------------

PIECES = [
    "the", "minister", "said", "Tuesday", "l'homme", "aujourd’hui", "bien-aimé", "café",
    "ذَهَبَ", "الوَلَدُ", "المَدْرَسَةِ", "الوزيـــر", "قال", "می\u200cخواهم", "کتاب\u200cها",
    "我", "们", "北京", "访问", "コンピューター", "を", "買", "Google",
    "1,200", "1.5", "١٬٢٠٠", "۱۲", "1\u00a0200", "2023",
    ",", ".", "،", "«", "»", "(", ")", '"', "!", "؟", "。", "-", "'", "👍🏽", "🇫🇷",
    " ", " ", " ", "  ", "\n", "\n\n", "\u00a0", "\t",
]  # fmt: skip

texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@st.composite
def revisions(draw: st.DrawFn) -> tuple[str, str]:
    """A text and an edited copy: pieces replaced, inserted and deleted at random places."""
    pieces = draw(st.lists(st.sampled_from(PIECES), max_size=40))
    edited = list(pieces)
    for _ in range(draw(st.integers(0, 6))):
        action = draw(st.sampled_from(["replace", "insert", "delete"]))
        at = draw(st.integers(0, len(edited)))
        piece = draw(st.sampled_from(PIECES))
        if action == "insert":
            edited.insert(at, piece)
        elif edited and at < len(edited):
            if action == "replace":
                edited[at] = piece
            else:
                del edited[at]
    return "".join(pieces), "".join(edited)


def _cuts(texts: list[str]) -> set[int]:
    positions, offset = {0}, 0
    for text in texts:
        offset += len(text)
        positions.add(offset)
    return positions


@PROPERTY
@given(texts)
def test_mixed_script_text_tokenisation_is_lossless(text: str) -> None:
    assert "".join(tokens(text)) == text


@PROPERTY
@given(revisions())
def test_applying_the_diff_gives_the_new_text(revision: tuple[str, str]) -> None:
    old, new = revision
    ops = diff_words(old, new)
    assert apply(old, ops) == new
    assert all(text for _, text in ops)
    # Ops alternate between equal text and changes; a change deletes before it inserts.
    kinds = "".join(op[0] for op, _ in ops)
    assert "ee" not in kinds and "dd" not in kinds and "ii" not in kinds and "id" not in kinds


@PROPERTY
@given(revisions())
def test_ops_cut_only_between_tokens(revision: tuple[str, str]) -> None:
    old, new = revision
    ops = diff_words(old, new)
    assert _cuts([t for op, t in ops if op != "insert"]) <= _cuts(tokens(old))
    assert _cuts([t for op, t in ops if op != "delete"]) <= _cuts(tokens(new))


@PROPERTY
@given(revisions())
def test_rejecting_every_hunk_gives_the_old_text(revision: tuple[str, str]) -> None:
    old, new = revision
    diff = diff_segment(1, old, new)
    assert reject_hunks(diff, range(len(diff.hunks))) == old


@PROPERTY
@given(revisions(), st.data())
def test_rejecting_one_hunk_changes_only_its_region(
    revision: tuple[str, str], data: st.DataObject
) -> None:
    old, new = revision
    diff = diff_segment(1, old, new)
    for hunk in diff.hunks:
        assert old[hunk.old_start : hunk.old_end] == hunk.old
        assert new[hunk.new_start : hunk.new_end] == hunk.new
        assert hunk.old != hunk.new
    if not diff.hunks:
        assert old == new
        return
    hunk = diff.hunks[data.draw(st.integers(0, len(diff.hunks) - 1))]
    rejected = reject_hunk(diff, hunk.index)
    assert rejected == new[: hunk.new_start] + hunk.old + new[hunk.new_end :]
    # (Not "the new diff has fewer hunks": semantic clean-up may regroup the remaining
    # changes, e.g. 'the我ministerコンピューターthe…' → 'the我theコンピューター…' keeps two.)
    assert rejected != new


@PROPERTY
@given(st.text(), st.text())
def test_any_two_texts_diff_apply_and_reject(old: str, new: str) -> None:
    diff = diff_segment(1, old, new)
    assert apply(old, diff.ops) == new
    assert reject_hunks(diff, range(len(diff.hunks))) == old
