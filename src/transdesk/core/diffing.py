"""Word-level diffs of revisions: per segment, rendered as text, HTML and JSON.

A word diff maps every distinct token (see :mod:`transdesk.core.tokens`) to one private-use
code point and runs diff-match-patch over those strings (the lines-to-chars trick, for
words), so the algorithm sees one symbol per word and cannot produce character noise inside
an Arabic or Chinese word. The C++ build (fast-diff-match-patch) runs with semantic cleanup
and no time limit: a time limit makes diff-match-patch return a valid but degraded diff
without saying so (see PITFALLS.md), and per-segment inputs are small enough not to need one.

Articles are compared segment by segment; identical segments cost one string comparison.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import fast_diff_match_patch

from transdesk.core.tokens import count_word_tokens, tokens

OpName = Literal["equal", "insert", "delete"]
DiffOp = tuple[OpName, str]
SegmentStatus = Literal["changed", "added", "removed"]
Direction = Literal["ltr", "rtl"]
Side = Literal["inline", "old", "new"]

# Code points standing for tokens. The Basic Multilingual Plane's private use area comes first:
# its characters carry no word/space class, so diff-match-patch's semantic clean-up scores
# every token boundary alike instead of reading meaning into arbitrary symbols. Builds with
# 2-byte characters (CHAR_WIDTH 2, e.g. on Windows) reject code points beyond U+FFFF.
_WIDE = getattr(fast_diff_match_patch, "CHAR_WIDTH", 2) >= 4
_SYMBOL_RANGES = [
    (0xE000, 0xF900),
    *([(0xF0000, 0xFFFFE), (0x100000, 0x10FFFE)] if _WIDE else []),
    (0x100, 0xD800),  # never surrogates: they are not characters
    (0xF900, 0x10000),
    *([(0x10000, 0xF0000)] if _WIDE else []),
]
_PRIVATE_USE = [chr(point) for point in range(0xE000, 0xF900)]


@dataclass(frozen=True, slots=True)
class Hunk:
    """One change: a maximal run of deletions/insertions between equal text.

    Offsets count code points in the segment's old and new text.
    """

    index: int
    old: str
    new: str
    old_start: int
    new_start: int

    @property
    def old_end(self) -> int:
        return self.old_start + len(self.old)

    @property
    def new_end(self) -> int:
        return self.new_start + len(self.new)


@dataclass(frozen=True, slots=True)
class SegmentDiff:
    """The word diff of one segment between two revisions."""

    segment_id: int
    old: str
    new: str
    ops: tuple[DiffOp, ...]
    hunks: tuple[Hunk, ...]
    status: SegmentStatus = "changed"
    words_added: int = 0
    words_removed: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "segment_id": self.segment_id,
            "status": self.status,
            "words_added": self.words_added,
            "words_removed": self.words_removed,
            "ops": [{"op": op, "text": text} for op, text in self.ops],
            "hunks": [
                {
                    "index": hunk.index,
                    "old": hunk.old,
                    "new": hunk.new,
                    "old_start": hunk.old_start,
                    "new_start": hunk.new_start,
                }
                for hunk in self.hunks
            ],
        }


@dataclass(frozen=True, slots=True)
class DiffSummary:
    """Totals over an article diff. ``segments_changed`` includes added and removed ones;
    words are counted with the diff's own tokeniser (a Han character is one word)."""

    segments_compared: int
    segments_changed: int
    segments_added: int
    segments_removed: int
    words_added: int
    words_removed: int
    hunks: int


@dataclass(frozen=True, slots=True)
class ArticleDiff:
    """Changed segments in article order, and the totals."""

    segments: tuple[SegmentDiff, ...]
    summary: DiffSummary
    by_id: Mapping[int, SegmentDiff] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {diff.segment_id: diff for diff in self.segments})

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": {
                "segments_compared": self.summary.segments_compared,
                "segments_changed": self.summary.segments_changed,
                "segments_added": self.summary.segments_added,
                "segments_removed": self.summary.segments_removed,
                "words_added": self.summary.words_added,
                "words_removed": self.summary.words_removed,
                "hunks": self.summary.hunks,
            },
            "segments": [diff.to_dict() for diff in self.segments],
        }

    def to_json(self, indent: int | None = None) -> str:
        """JSON for the CLI: the summary and each changed segment's ops and hunks."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


# --- the word diff -------------------------------------------------------------------------


def _symbols(count: int) -> Iterator[str]:
    """``count`` distinct code points to stand for tokens, in :data:`_SYMBOL_RANGES` order."""
    for start, stop in _SYMBOL_RANGES:
        take = min(count, stop - start)
        yield from map(chr, range(start, start + take))
        count -= take
        if not count:
            return
    raise ValueError("too many distinct words for one diff: diff per segment")


def _dmp(old: list[str], new: list[str]) -> list[tuple[str, int]]:
    """diff-match-patch over two token lists: ``("=" | "-" | "+", number of tokens)`` pairs."""
    vocabulary = dict.fromkeys(old + new)
    symbols = _PRIVATE_USE if len(vocabulary) <= len(_PRIVATE_USE) else _symbols(len(vocabulary))
    code = dict(zip(vocabulary, symbols, strict=False))
    raw: list[tuple[str, int]] = fast_diff_match_patch.diff(
        "".join(map(code.__getitem__, old)),
        "".join(map(code.__getitem__, new)),
        timelimit=0,  # no limit: a timed-out diff is silently degraded
        checklines=False,  # line mode would see one "line": these strings have no newlines
        cleanup="Semantic",
        counts_only=True,
    )
    return raw


@dataclass(slots=True)
class _Built:
    ops: list[DiffOp]
    hunks: list[Hunk]
    words_added: int
    words_removed: int


def _common_prefix(a: str, b: str) -> int:
    """Length of the common prefix, by binary search: a few C-level comparisons."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    """Length of the common suffix, at most ``limit``, by binary search."""
    a_length, b_length = len(a), len(b)
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if a[a_length - middle :] == b[b_length - middle :]:
            low = middle
        else:
            high = middle - 1
    return low


def _untouched_ends(old: str, new: str) -> tuple[int, int]:
    """Lengths of a common head and tail that need no tokenising.

    Tokenising dominates the cost of a segment diff, and an edit usually touches a word or two,
    so only the middle is tokenised. The cuts are put at the edges of a run of whitespace: no
    token spans whitespace and a whitespace run is one token, so the middle's tokens are the
    ones the whole text would have had there. (A no-break space inside 1 200 sits between
    digits, never next to the ASCII space the cuts are found from.)
    """
    prefix = _common_prefix(old, new)
    suffix = _common_suffix(old, new, min(len(old), len(new)) - prefix)
    head = max(old.rfind(" ", 0, prefix), 0)
    while head > 0 and old[head - 1].isspace():  # back to the start of that whitespace run
        head -= 1
    tail = 0
    cut = len(old) - suffix
    if (
        suffix
        and cut > 0
        and len(new) > suffix
        and old[cut] == " "
        and not old[cut - 1].isspace()
        and not new[len(new) - suffix - 1].isspace()
    ):
        return head, suffix  # the common tail starts a whitespace run in both texts
    space = old.find(" ", cut + 1)  # the character before it is common too
    if space != -1:
        end = space
        while end < len(old) and old[end].isspace():  # on to the end of that run
            end += 1
        tail = len(old) - end
    return head, tail


def _one_word_replaced(old: str, new: str) -> tuple[str, str, str, str] | None:
    """``(space before, old word, new word, space after)`` when the two middles are the same
    whitespace around one word each; None otherwise. A word here is letters and digits only
    (no marks, joiners or punctuation) in scripts below U+0E00 (none split per character),
    so it is exactly one token and the tokeniser would say the same."""
    old_word, new_word = old.strip(), new.strip()
    if not (old_word.isalnum() and new_word.isalnum()):
        return None
    if max(old_word) >= "\u0e00" or max(new_word) >= "\u0e00":
        return None
    before = old[: old.index(old_word)]
    after = old[len(before) + len(old_word) :]
    if new != before + new_word + after:
        return None
    return before, old_word, new_word, after


def _build(old_text: str, new_text: str, language: str | None) -> _Built:
    """Ops, hunks and word counts of the word diff of two different texts."""
    head, tail = _untouched_ends(old_text, new_text)
    old_stop, new_stop = len(old_text) - tail, len(new_text) - tail
    built = _Built([("equal", old_text[:head])] if head else [], [], 0, 0)
    old_middle, new_middle = old_text[head:old_stop], new_text[head:new_stop]
    replaced = _one_word_replaced(old_middle, new_middle)
    if replaced:
        # The commonest edit, one word for another: the answer needs no tokenising.
        space_before, old_word, new_word, space_after = replaced
        if space_before:
            _append_equal(built.ops, space_before)
        built.ops += [("delete", old_word), ("insert", new_word)]
        start = head + len(space_before)
        built.hunks.append(Hunk(0, old_word, new_word, start, start))
        built.words_added = built.words_removed = 1
        if space_after:
            built.ops.append(("equal", space_after))
    else:
        old = tokens(old_middle, language)
        new = tokens(new_middle, language)
        _diff_tokens_into(built, old, new, head, head)
    if tail:
        _append_equal(built.ops, old_text[old_stop:])
    return built


def _runs(old: list[str], new: list[str]) -> list[list[int]]:
    """The token diff as alternating runs ``[is_change, old_count, new_count]``.

    A change gathers every deletion and insertion between two equalities, in whatever order
    diff-match-patch gave them. A pure insertion or deletion is slid as far right as the
    text allows, so "the big" → "the very big" reads ``the {+very +}big``: with the words
    around the middle cut off, diff-match-patch's own clean-up would pick its place.
    """
    # The commonest edit, a word or phrase replaced, is answered without diff-match-patch: it
    # too strips the common head and tail first, and when the two middles share no token it
    # can only answer "delete one, insert the other", which its clean-up leaves as it is (no
    # equality inside to drop, none outside with edits on both sides, no single edit to
    # slide). Most changed segments of a revision take this path.
    shorter = min(len(old), len(new))
    head = 0
    while head < shorter and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < shorter - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    removed, added = len(old) - head - tail, len(new) - head - tail
    if removed and added and set(old[head : head + removed]).isdisjoint(new[head : head + added]):
        shape = ([0, head, head], [1, removed, added], [0, tail, tail])
        return [run for run in shape if run[1]]
    runs: list[list[int]] = []
    for op, count in _dmp(old, new):
        is_change = int(op != "=")
        if not runs or runs[-1][0] != is_change:
            runs.append([is_change, 0, 0])
        if op != "+":
            runs[-1][1] += count
        if op != "-":
            runs[-1][2] += count
    return _slide_right(runs, old, new)


def _slide_right(runs: list[list[int]], old: list[str], new: list[str]) -> list[list[int]]:
    """Runs with each pure insertion or deletion moved right while the text reads the same."""
    slid: list[list[int]] = []
    i = j = 0  # token indices where the run starts
    for k, run in enumerate(runs):
        is_change, old_count, new_count = run
        if is_change and not (old_count and new_count) and k + 1 < len(runs):
            sequence, start, size = (new, j, new_count) if not old_count else (old, i, old_count)
            # Leave the next equality a token when another change follows it.
            room = runs[k + 1][1] - (1 if k + 2 < len(runs) else 0)
            shift = 0
            while shift < room and sequence[start + shift] == sequence[start + size + shift]:
                shift += 1
            if shift:
                if slid:
                    slid[-1][1] += shift
                    slid[-1][2] += shift
                else:
                    slid.append([0, shift, shift])
                runs[k + 1][1] -= shift
                runs[k + 1][2] -= shift
                i += shift
                j += shift
        slid.append(run)
        i += run[1]
        j += run[2]
    return slid


def _diff_tokens_into(
    built: _Built, old: list[str], new: list[str], old_pos: int, new_pos: int
) -> None:
    """Add the diff of two token lists to ``built``; ``*_pos`` are their character offsets."""
    i = j = 0  # token indices
    for is_change, old_count, new_count in _runs(old, new):
        if not is_change:
            if old_count:
                same = "".join(old[i : i + old_count])
                _append_equal(built.ops, same)
                old_pos += len(same)
                new_pos += len(same)
        else:
            removed = "".join(old[i : i + old_count])
            added = "".join(new[j : j + new_count])
            if removed:
                built.ops.append(("delete", removed))
                built.words_removed += count_word_tokens(old[i : i + old_count])
            if added:
                built.ops.append(("insert", added))
                built.words_added += count_word_tokens(new[j : j + new_count])
            built.hunks.append(Hunk(len(built.hunks), removed, added, old_pos, new_pos))
            old_pos += len(removed)
            new_pos += len(added)
        i += old_count
        j += new_count


def _append_equal(ops: list[DiffOp], text: str) -> None:
    """Append an equality, merged into the previous one: ops alternate equal and change."""
    if ops and ops[-1][0] == "equal":
        ops[-1] = ("equal", ops[-1][1] + text)
    else:
        ops.append(("equal", text))


def diff_words(old: str, new: str, language: str | None = None) -> list[DiffOp]:
    """Word diff of two texts: ``(op, text)`` pairs over the original strings, op being
    "equal", "insert" or "delete"; within a change, the deletion comes first."""
    if old == new:
        return [("equal", old)] if old else []
    return _build(old, new, language).ops


# --- articles ----------------------------------------------------------------------------


def _added_or_removed(segment_id: int, text: str, added: bool, language: str | None) -> SegmentDiff:
    """A segment present in one revision only: all its text is one insertion or deletion."""
    words = count_word_tokens(tokens(text, language))
    if added:
        ops: tuple[DiffOp, ...] = (("insert", text),) if text else ()
        hunks = (Hunk(0, "", text, 0, 0),) if text else ()
        return SegmentDiff(segment_id, "", text, ops, hunks, "added", words_added=words)
    ops = (("delete", text),) if text else ()
    hunks = (Hunk(0, text, "", 0, 0),) if text else ()
    return SegmentDiff(segment_id, text, "", ops, hunks, "removed", words_removed=words)


def diff_segment(segment_id: int, old: str, new: str, language: str | None = None) -> SegmentDiff:
    """The word diff of one segment's two texts (which may be equal: then no hunks)."""
    if old == new:
        return SegmentDiff(segment_id, old, new, (("equal", old),) if old else (), ())
    built = _build(old, new, language)
    return SegmentDiff(
        segment_id,
        old,
        new,
        tuple(built.ops),
        tuple(built.hunks),
        words_added=built.words_added,
        words_removed=built.words_removed,
    )


def diff_articles(
    old: Mapping[int, str],
    new: Mapping[int, str],
    order: Sequence[int],
    language: str | None = None,
) -> ArticleDiff:
    """Compare two revisions segment by segment, keyed by segment id.

    ``order`` lists every segment id of either revision once, in display order. An id in
    only one mapping is a removed or added segment. Identical segments are skipped with one
    string comparison (CPython compares lengths first, then memory); changed ones get
    :func:`diff_segment`. Only changed segments appear in the result.
    """
    if len(set(order)) != len(order):
        raise ValueError("order lists a segment id twice")
    unlisted = (old.keys() | new.keys()) - set(order)
    if unlisted:
        raise ValueError(f"segment ids missing from order: {sorted(unlisted)[:10]}")
    changed: list[SegmentDiff] = []
    added = removed = 0
    for segment_id in order:
        before = old.get(segment_id)
        after = new.get(segment_id)
        if before == after:
            continue
        if before is None or after is None:
            is_added = before is None
            text = after if before is None else before
            assert text is not None  # the id is in at least one mapping: it is in order
            changed.append(_added_or_removed(segment_id, text, is_added, language))
            added += is_added
            removed += not is_added
            continue
        changed.append(diff_segment(segment_id, before, after, language))
    summary = DiffSummary(
        segments_compared=len(order),
        segments_changed=len(changed),
        segments_added=added,
        segments_removed=removed,
        words_added=sum(diff.words_added for diff in changed),
        words_removed=sum(diff.words_removed for diff in changed),
        hunks=sum(len(diff.hunks) for diff in changed),
    )
    return ArticleDiff(tuple(changed), summary)


# --- applying and rejecting ----------------------------------------------------------------


def apply(old: str, ops: Iterable[tuple[str, str]]) -> str:
    """Rebuild the new text from ``old`` and a diff's ops.

    Raises ValueError when an equal or deleted piece does not match ``old`` at its place, or
    the ops do not cover ``old`` exactly: ops from another text never apply silently.
    """
    position = 0
    pieces: list[str] = []
    for op, text in ops:
        if op == "insert":
            pieces.append(text)
            continue
        if op not in ("equal", "delete"):
            raise ValueError(f"unknown diff operation {op!r}")
        if not old.startswith(text, position):
            raise ValueError(f"the {op} piece at offset {position} does not match the old text")
        if op == "equal":
            pieces.append(text)
        position += len(text)
    if position != len(old):
        raise ValueError(f"the diff covers {position} of the old text's {len(old)} characters")
    return "".join(pieces)


def reject_hunks(segment_diff: SegmentDiff, indices: Iterable[int]) -> str:
    """The new text with the given hunks put back to their old text; all of them gives old."""
    chosen = set(indices)
    out_of_range = [i for i in chosen if not 0 <= i < len(segment_diff.hunks)]
    if out_of_range:
        raise IndexError(f"no hunk {out_of_range[0]} in segment {segment_diff.segment_id}")
    pieces: list[str] = []
    position = 0
    for hunk in segment_diff.hunks:
        if hunk.index in chosen:
            pieces.append(segment_diff.new[position : hunk.new_start])
            pieces.append(hunk.old)
            position = hunk.new_end
    pieces.append(segment_diff.new[position:])
    return "".join(pieces)


def reject_hunk(segment_diff: SegmentDiff, hunk_index: int) -> str:
    """The new text with one hunk put back to its old text, the rest of the edit kept."""
    return reject_hunks(segment_diff, (hunk_index,))


# --- rendering (plain text, HTML) ---------------------------------------------------------


def to_text(segment_diff: SegmentDiff) -> str:
    """Inline plain-text rendering, wdiff style: ``[-removed-]{+added+}``."""
    marks = {"equal": "{}", "delete": "[-{}-]", "insert": "{{+{}+}}"}
    return "".join(marks[op].format(text) for op, text in segment_diff.ops)


def to_html(segment_diff: SegmentDiff, direction: Direction = "ltr", side: Side = "inline") -> str:
    """A ``<p dir=…>`` with deletions in ``<del>`` and insertions in ``<ins>``.

    Every piece of text is escaped, so segment text can never become markup. ``side`` picks
    the inline view (both), or the old or new column of a side-by-side view.
    """
    if direction not in ("ltr", "rtl"):
        raise ValueError(f"direction must be 'ltr' or 'rtl', not {direction!r}")
    if side not in ("inline", "old", "new"):
        raise ValueError(f"side must be 'inline', 'old' or 'new', not {side!r}")
    pieces: list[str] = []
    for op, text in segment_diff.ops:
        escaped = html.escape(text)
        if op == "equal":
            pieces.append(escaped)
        elif op == "delete" and side != "new":
            pieces.append(f"<del>{escaped}</del>")
        elif op == "insert" and side != "old":
            pieces.append(f"<ins>{escaped}</ins>")
    return f'<p dir="{direction}">{"".join(pieces)}</p>'
