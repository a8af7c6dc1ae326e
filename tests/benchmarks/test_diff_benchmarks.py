"""Diff targets: two revisions of a 50,000-word article, 3 % of words changed."""

from __future__ import annotations

import difflib
import random
import time

from tests.benchmarks.news_text import WORDS, paragraph
from tests.benchmarks.timing import median_seconds
from transdesk.core.diffing import diff_articles, diff_words

SEGMENTS = 1700  # ~30 words each: about 50,000 words
CHANGED_SHARE = 0.03


def two_revisions() -> tuple[dict[int, str], dict[int, str]]:
    """Segment id → text before and after an edit touching 3 % of the words, chosen across
    the whole article (so most segments change, the hard case for skipping)."""
    rng = random.Random(11)
    old = {segment_id: paragraph(rng) for segment_id in range(1, SEGMENTS + 1)}
    words = [(segment_id, i) for segment_id, text in old.items() for i in range(len(text.split()))]
    edits: dict[int, set[int]] = {}
    for segment_id, i in rng.sample(words, round(len(words) * CHANGED_SHARE)):
        edits.setdefault(segment_id, set()).add(i)
    new = dict(old)
    for segment_id, positions in edits.items():
        segment_words = old[segment_id].split(" ")
        for i in positions:
            segment_words[i] = rng.choice(WORDS) + rng.choice(("", "s", "ed"))
        new[segment_id] = " ".join(segment_words)
    return old, new


def changed_words(opcodes: list[tuple[str, int, int, int, int]]) -> int:
    return sum(i2 - i1 for tag, i1, i2, _, _ in opcodes if tag != "equal")


def test_diff_articles_50000_words() -> None:
    old, new = two_revisions()
    order = list(old)
    words = sum(len(text.split()) for text in old.values())
    changed = sum(old[i] != new[i] for i in order)

    result = diff_articles(old, new, order)
    assert result.summary.segments_changed == changed
    # A replaced word can turn out equal to the one it replaced, hence "at most".
    assert 0.9 * words * CHANGED_SHARE < result.summary.words_added <= words * CHANGED_SHARE

    per_segment = median_seconds(lambda: diff_articles(old, new, order))
    old_text, new_text = "\n\n".join(old.values()), "\n\n".join(new.values())
    whole_text = median_seconds(lambda: diff_words(old_text, new_text), runs=3)
    old_words, new_words = old_text.split(), new_text.split()
    opcodes: list[tuple[str, int, int, int, int]] = []

    def with_difflib(autojunk: bool = True) -> None:
        matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=autojunk)
        opcodes[:] = matcher.get_opcodes()

    difflib_seconds = median_seconds(with_difflib, runs=3)
    difflib_changed = changed_words(opcodes)
    start = time.perf_counter()
    with_difflib(autojunk=False)  # exact, and far slower: timed once
    exact_seconds = time.perf_counter() - start
    print(
        f"\n{words:,} words in {len(order):,} segments, {changed:,} segments changed, "
        f"{result.summary.words_added:,} words replaced"
        f"\ndiff_articles (per segment, word level): {per_segment * 1000:.1f} ms "
        "(median of 5; target under 50 ms)"
        f"\nwhole text, fast-diff-match-patch word level: {whole_text * 1000:.0f} ms (median of 3)"
        f"\nwhole text, difflib SequenceMatcher over words: {difflib_seconds * 1000:.0f} ms "
        f"(median of 3), {difflib_changed:,} words marked changed (autojunk heuristic)"
        f"\nwhole text, difflib with autojunk=False: {exact_seconds:.1f} s (once), "
        f"{changed_words(opcodes):,} words marked changed"
    )
    assert per_segment < 0.050
