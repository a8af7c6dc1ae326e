"""The newsroom's glossary for one language pair, and finding its terms in a text.

Terms are matched on whole words, in any case, with the text normalised as the translation
memory normalises it (NFKC, casefold, Western digits; Arabic harakat and tatweel dropped,
alef/yeh/kaf forms unified). In Arabic, a word may carry the attached conjunctions and
prepositions و ف ب ل ك and the article ال: "والرئيس" holds the term "الرئيس" (and "رئيس").

Matching looks words up in a dictionary of term word sequences, longest first, so a
glossary of thousands of terms costs a few dictionary lookups per word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from transdesk.core.languages import normalise_code
from transdesk.core.memory_index import _translation_table

_WORD = re.compile(r"\w+")
# Attached clitics of Arabic, longest first; what remains must still be a word.
_ARABIC_PREFIXES = (
    "وبال",
    "وكال",
    "فبال",
    "وال",
    "فال",
    "بال",
    "كال",
    "لل",
    "ال",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
)


@dataclass(frozen=True, slots=True)
class Term:
    """A source term, its approved translation, a note and the variants ruled out."""

    source: str
    target: str
    note: str = ""
    forbidden: tuple[str, ...] = ()
    id: int | None = None


@dataclass(frozen=True, slots=True)
class TermHit:
    """A term found at ``start:end`` of the text searched."""

    term: Term
    start: int
    end: int


def normalised_words(text: str) -> list[tuple[str, int, int]]:
    """The words of ``text`` as matched (normalised), with their offsets in ``text``."""
    table = _translation_table()
    characters: list[str] = []
    origins: list[int] = []
    for index, character in enumerate(text):
        for piece in unicodedata.normalize("NFKC", character).casefold():
            mapped = table.get(ord(piece), piece)
            if mapped:
                characters.append(mapped)
                origins.extend([index] * len(mapped))
    flat = "".join(characters)
    words = []
    for match in _WORD.finditer(flat):
        end = origins[match.end() - 1] + 1
        while end < len(text) and table.get(ord(text[end]), "") is None:  # a dropped mark
            end += 1
        words.append((match.group(), origins[match.start()], end))
    return words


def phrase_key(text: str) -> tuple[str, ...]:
    """How a term is looked up: its normalised words."""
    return tuple(word for word, _, _ in normalised_words(text))


class _Phrases:
    """Word sequences → values, found in texts longest first, without overlaps."""

    def __init__(self, arabic: bool) -> None:
        self.entries: dict[tuple[str, ...], list[Term]] = {}
        self.longest = 0
        self.arabic = arabic

    def add(self, phrase: str, term: Term) -> None:
        key = phrase_key(phrase)
        if key:
            self.entries.setdefault(key, []).append(term)
            self.longest = max(self.longest, len(key))

    def find(self, text: str) -> Iterator[tuple[Term, int, int]]:
        if not self.entries:
            return
        words = normalised_words(text)
        position = 0
        while position < len(words):
            found = self._at(words, position)
            if found is None:
                position += 1
                continue
            terms, length = found
            start, end = words[position][1], words[position + length - 1][2]
            for term in terms:
                yield term, start, end
            position += length

    def _at(
        self, words: list[tuple[str, int, int]], position: int
    ) -> tuple[list[Term], int] | None:
        first = words[position][0]
        for length in range(min(self.longest, len(words) - position), 0, -1):
            rest = tuple(word for word, _, _ in words[position + 1 : position + length])
            for stem in self._stems(first):
                terms = self.entries.get((stem, *rest))
                if terms:
                    return terms, length
        return None

    def _stems(self, word: str) -> Iterator[str]:
        yield word
        if not self.arabic:
            return
        for prefix in _ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                rest = word[len(prefix) :]
                yield rest
                if prefix.endswith("ال") or prefix == "لل":
                    yield "ال" + rest


class Glossary:
    """The terms of one language pair, ready to be found in sources and translations."""

    def __init__(self, terms: Iterable[Term], source_language: str, target_language: str):
        self.source_language = normalise_code(source_language)
        self.target_language = normalise_code(target_language)
        self.terms = list(terms)
        self._sources = _Phrases(self.source_language == "ar")
        self._forbidden = _Phrases(self.target_language == "ar")
        for term in self.terms:
            self._sources.add(term.source, term)
            for variant in term.forbidden:
                self._forbidden.add(variant, term)

    def __len__(self) -> int:
        return len(self.terms)

    def find(self, source_text: str) -> list[TermHit]:
        """The terms in a source text, in text order, longest first where terms overlap."""
        return [TermHit(term, start, end) for term, start, end in self._sources.find(source_text)]

    def forbidden_in(self, target_text: str) -> list[TermHit]:
        """The ruled-out variants in a translation (the span is the variant's)."""
        return [TermHit(term, start, end) for term, start, end in self._forbidden.find(target_text)]

    def in_target(self, text: str, phrase: str) -> list[tuple[int, int]]:
        """Where ``phrase`` occurs in a translation, by the same matching rules."""
        phrases = _Phrases(self.target_language == "ar")
        phrases.add(phrase, Term(phrase, phrase))
        return [(start, end) for _, start, end in phrases.find(text)]
