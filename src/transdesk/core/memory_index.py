"""Fuzzy matching against the translation memory: the best stored sources for a sentence.

The score is a word-level percentage: rapidfuzz's ``fuzz.ratio`` (the Indel similarity,
``2 * common / (len(a) + len(b))``) over the two sentences' normalised tokens, where a token
is a word, a number or a punctuation mark, and one character in scripts written without
spaces (Chinese, Japanese, Thai: see ``core/tokens.py``). A 20-word sentence with one word
replaced scores 95. CAT tools count words for the same reason: at character level two
unrelated sentences already share half their letters, so every query would "match" some
noise at 50-60 %.

Normalisation before tokenising: NFKC, casefolding, every decimal digit to its Western form
(Arabic-Indic ٣ and Persian ۳ both match 3), and for Arabic script the harakat, tatweel and
zero-width non-joiner dropped, the alef forms and the Arabic/Persian yeh and kaf unified, so
text typed on different keyboards matches.

Each distinct token gets a code point, and a unit is stored as the string of its tokens' code
points: rapidfuzz then scores word sequences at the speed of short strings, and a
million units cost one short string each plus an inverted index of 4-byte postings.

Candidates come from the inverted index, rarest query tokens first. A unit that shares none
of the tokens read so far shares at most the ``remaining`` ones, so it cannot score above
``2 * remaining / (len(query) + remaining)``; reading stops once that bound falls below
``min_score``, or once a budget of postings is spent (the very common tokens, ``the`` or
``said``, are then never read: this is where the index trades exactness for speed). The
candidates sharing most tokens are scored exactly with rapidfuzz.

That first answer is then made exact for its best match (``_completed``): with the best
score so far as a threshold, a prefix filter (the query's rarer tokens, counted with NumPy
over the postings as zero-copy arrays) and a bound from every unit's share of the query's
tokens leave only the units that could still beat it, which are scored. The best match is
therefore always the one an exhaustive scan finds; the other four are the index's best
effort.
"""

from __future__ import annotations

import heapq
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, islice

import numpy as np
from rapidfuzz import fuzz, process

from transdesk.core.tokens import tokens

# Token codes start above the Latin-1 range and skip the surrogates; beyond the last code
# point tokens share codes (a collision can only raise a score a little, never lose a match).
_FIRST_CODE = 0x100
_SURROGATES = range(0xD800, 0xE000)
_CODES = 0x110000 - _FIRST_CODE - len(_SURROGATES) - 1
# Query tokens the memory has never seen: no unit holds this code (the last code point, kept
# out of _CODES), so they count as a difference.
_UNSEEN = "\U0010ffff"
# Units scored exactly per query: rapidfuzz scores a few hundred short strings in well
# under a millisecond.
_CANDIDATES = 400

# Arabic-script letters written differently for the same word (keyboard, region, care).
_ARABIC_FORMS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ی": "ي",  # Persian yeh
    "ک": "ك",  # Persian keheh
    "ۀ": "ه",
    "ة": "ه",
}
# Harakat, superscript alef, tatweel, zero-width non-joiner/joiner: dropped.
_DROPPED = [*range(0x064B, 0x0660), 0x0670, 0x0640, 0x200C, 0x200D]


@dataclass(frozen=True, slots=True)
class Match:
    """A stored unit and how similar its source is to the query, in percent (0-100)."""

    id: int
    score: float


@lru_cache(maxsize=1)
def _translation_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for point in range(0x10000):
        character = chr(point)
        if unicodedata.category(character) == "Nd" and not character.isascii():
            table[point] = str(unicodedata.decimal(character))
    table.update({ord(letter): plain for letter, plain in _ARABIC_FORMS.items()})
    table.update(dict.fromkeys(_DROPPED))
    return table


def match_tokens(text: str) -> list[str]:
    """The normalised tokens a text is matched on: no whitespace, casefolded, Western digits."""
    normal = unicodedata.normalize("NFKC", text).casefold().translate(_translation_table())
    return [token for token in tokens(normal) if not token.isspace()]


def _code(token_number: int) -> str:
    point = _FIRST_CODE + token_number % _CODES
    if point >= _SURROGATES.start:
        point += len(_SURROGATES)
    return chr(point)


class MemoryIndex:
    """Stored sources by unit id, answering "which units are most like this sentence?"."""

    def __init__(self, units: Iterable[tuple[int, str]] = (), posting_budget: int = 15_000):
        """Index ``units`` (unit id, source text). ``posting_budget`` bounds the postings one
        query reads: higher finds more distant matches, slower."""
        self._vocabulary: dict[str, int] = {}
        self._codes: list[str] = []  # token number -> code
        self._postings: list[array[int]] = []  # token number -> unit positions
        self._ids = array("q")  # unit position -> unit id
        self._sources: list[str] = []  # unit position -> coded tokens
        self._lengths = array("H")  # unit position -> tokens (capped at 65,535)
        self._posting_budget = posting_budget
        for unit_id, source in units:
            self.add(unit_id, source)

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, unit_id: int, source: str) -> None:
        """Store one unit. Ids need not be unique (a later unit does not replace one)."""
        position = len(self._ids)
        vocabulary, postings = self._vocabulary, self._postings
        coded = []
        seen: set[int] = set()
        for token in match_tokens(source):
            number = vocabulary.get(token)
            if number is None:
                number = vocabulary[token] = len(self._codes)
                self._codes.append(_code(number))
                postings.append(array("I"))
            coded.append(self._codes[number])
            if number not in seen:
                seen.add(number)
                postings[number].append(position)
        self._ids.append(unit_id)
        self._sources.append("".join(coded))
        self._lengths.append(min(len(coded), 0xFFFF))

    def best(self, query: str, limit: int = 5, min_score: float = 50) -> list[Match]:
        """The ``limit`` units most similar to ``query`` scoring at least ``min_score``,
        best first (ties by unit id). Approximate: see the module docstring."""
        coded, shared = self._encode(query)
        if not coded or limit <= 0:
            return []
        candidates = self._candidates(coded, shared, min_score)
        found = self._ranked(coded, candidates, limit, min_score)
        return self._completed(coded, shared, found, limit, min_score)

    def scan(self, query: str, limit: int = 5, min_score: float = 50) -> list[Match]:
        """What ``best`` approximates: every unit scored, the same scorer. For tests and
        benchmarks; far too slow for a large memory."""
        coded, _ = self._encode(query)
        if not coded or limit <= 0:
            return []
        return self._ranked(coded, range(len(self._ids)), limit, min_score)

    def _encode(self, query: str) -> tuple[str, Counter[int]]:
        """The query as coded tokens, and how often each token the memory knows occurs."""
        coded = []
        shared: Counter[int] = Counter()
        for token in match_tokens(query):
            number = self._vocabulary.get(token)
            if number is None:
                coded.append(_UNSEEN)
            else:
                coded.append(self._codes[number])
                shared[number] += 1
        return "".join(coded), shared

    def _candidates(self, coded: str, shared: Counter[int], min_score: float) -> list[int]:
        """Unit positions worth scoring: those sharing most of the query's rarer tokens."""
        length = len(coded)
        remaining = sum(shared.values())
        budget = self._posting_budget
        counts: Counter[int] = Counter()
        for number in sorted(shared, key=lambda number: len(self._postings[number])):
            # A unit not met yet shares at most `remaining` tokens with the query.
            if 200 * remaining / (length + remaining) < min_score:
                break
            postings = self._postings[number]
            if len(postings) > budget and counts:  # the rarest token is always read
                break
            budget -= len(postings)
            for _ in range(shared[number]):
                counts.update(postings)
            remaining -= shared[number]
        if len(counts) <= _CANDIDATES:
            return list(counts)
        return _most_shared(counts)

    def _ranked(
        self, coded: str, positions: Iterable[int], limit: int, min_score: float
    ) -> list[Match]:
        sources, ids = self._sources, self._ids
        chosen = positions if isinstance(positions, range) else list(positions)
        choices = sources if isinstance(chosen, range) else [sources[i] for i in chosen]
        scored = process.extract(
            coded, choices, scorer=fuzz.ratio, limit=None, score_cutoff=min_score
        )
        matches = [Match(ids[chosen[index]], score) for _, score, index in scored]
        return heapq.nsmallest(limit, matches, key=lambda match: (-match.score, match.id))

    def _completed(
        self, coded: str, shared: Counter[int], found: list[Match], limit: int, min_score: float
    ) -> list[Match]:
        """``found`` with its best made exact: every unit that could beat it is scored.

        A unit scoring at least ``t`` percent shares at least ``c = t * lq / (200 - t)`` tokens
        with a query of ``lq`` tokens (its length is then at least ``lq * t / (200 - t)``).
        Leaving out the query's commonest tokens, worth less than ``c`` together, every such
        unit still holds one of the others: only their postings are counted. The units
        counted are then looked up in the left-out tokens' sorted postings, which gives each
        one's share of the query's tokens, a bound of its score; the units whose bound beats
        the best match found are scored, best bound first."""
        best = found[0].score if found else None
        threshold = min_score if best is None else max(min_score, best)
        length = len(coded)
        needed = threshold * length / (200 - threshold)
        order = sorted(shared, key=lambda number: len(self._postings[number]))
        rest = sum(shared.values())
        prefix: list[int] = []
        for number in order:
            if rest < needed:
                break
            prefix.append(number)
            rest -= shared[number]
        arrays = [np.frombuffer(self._postings[n], dtype=np.uint32) for n in prefix]
        if not arrays:
            return found
        counts = np.bincount(np.concatenate(arrays), minlength=len(self._ids))
        for number, postings in zip(prefix, arrays, strict=True):
            if shared[number] > 1:  # a token said twice in the query counts twice
                counts[postings] += shared[number] - 1
        positions = np.flatnonzero(counts)
        held = counts[positions]
        unit_lengths = np.frombuffer(self._lengths, dtype=np.uint16)[positions]
        # Units that could reach the threshold even holding every left-out token.
        reach = (held + rest) * 200 >= threshold * (length + unit_lengths.astype(np.int64))
        positions, held, unit_lengths = positions[reach], held[reach], unit_lengths[reach]
        if not len(positions):
            return found
        for number in order[len(prefix) :]:
            postings = np.frombuffer(self._postings[number], dtype=np.uint32)
            where = np.minimum(np.searchsorted(postings, positions), len(postings) - 1)
            held = held + (postings[where] == positions) * shared[number]
        unit_lengths = unit_lengths.astype(np.float64)
        bounds = 200 * np.minimum(held, np.minimum(unit_lengths, length)) / (length + unit_lengths)
        keep = bounds >= threshold if best is None else bounds > best
        positions, bounds = positions[keep], bounds[keep]
        if not len(positions):
            return found
        ranked = np.argsort(-bounds, kind="stable")
        positions, bounds = positions[ranked], bounds[ranked]
        matches = list(found)
        start = 0
        while start < len(positions):
            top = matches[0].score if matches else min_score
            if bounds[start] < top or (matches and bounds[start] == top):
                break
            chunk = positions[start : start + 500].tolist()
            start += len(chunk)
            matches = heapq.nsmallest(
                limit,
                {
                    m.id: m for m in [*matches, *self._ranked(coded, chunk, limit, min_score)]
                }.values(),
                key=lambda match: (-match.score, match.id),
            )
        return matches


def _most_shared(counts: Counter[int]) -> list[int]:
    """The ``_CANDIDATES`` positions with the highest counts; among equal counts, those met
    first (in the rarer tokens' postings). A histogram and C-level filters instead of a heap:
    a query can meet tens of thousands of units, and a Python-level loop over them would cost
    more than all the rest of the query."""
    histogram = Counter(counts.values())
    level, total = 0, 0
    for level in sorted(histogram, reverse=True):
        total += histogram[level]
        if total >= _CANDIDATES:
            break
    above = list(compress(counts.keys(), map(level.__lt__, counts.values())))
    equal = compress(counts.keys(), map(level.__eq__, counts.values()))
    return above + list(islice(equal, _CANDIDATES - len(above)))
