"""Omissions: a segment left untranslated, copied, cut short or missing sentences."""

from __future__ import annotations

import re

from transdesk.core.languages import normalise_code
from transdesk.core.qa.findings import Problem
from transdesk.core.sentences import sentence_spans

# Characters (spaces left out) a language needs, relative to English, for the same news
# sentence: the mean over the FLORES devtest (1,012 aligned sentences) for ar, fa, fr, de,
# es, ru and zh; the others are estimates. Chinese and Japanese write a word in one or two
# characters, so lengths are counted in characters, never words.
_LENGTH_FACTOR = {
    "en": 1.0, "fr": 1.21, "es": 1.2, "de": 1.2, "it": 1.17, "pt": 1.15, "ru": 1.11,
    "ar": 0.88, "fa": 0.92, "ur": 1.0, "he": 0.8, "tr": 1.08, "zh": 0.38, "ja": 0.45, "ko": 0.45,
}  # fmt: skip
_DEFAULT_FACTOR = 1.0
_SHORT = 0.5  # a target under half its expected length has lost something
_MIN_SOURCE = 40  # characters: shorter segments vary too much to judge
_TERMINATOR = re.compile(r"[.!?؟。！？]+(?=[\s\"'»”」)]|$)")
_LETTER = re.compile(r"[^\W\d_]")


def check_untranslated(
    source: str, target: str, source_language: str, target_language: str
) -> list[Problem]:
    """An empty target, when the source has text."""
    if source.strip() and not target.strip():
        return [Problem("untranslated", "error", "the segment is not translated")]
    return []


def check_same_as_source(
    source: str, target: str, source_language: str, target_language: str
) -> list[Problem]:
    """A target identical to a source of several words (names and figures alone may stay)."""
    text = source.strip()
    if text != target.strip() or len(text.split()) < 3 or len(_LETTER.findall(text)) < 10:
        return []
    return [Problem("same-as-source", "warning", "the translation is the source, unchanged")]


def expected_ratio(source_language: str, target_language: str) -> float:
    """Target characters per source character for a faithful translation."""
    factor = _LENGTH_FACTOR.get
    source = factor(normalise_code(source_language), _DEFAULT_FACTOR)
    target = factor(normalise_code(target_language), _DEFAULT_FACTOR)
    return target / source


def _length(text: str) -> int:
    return len(text) - text.count(" ")


def check_length(
    source: str, target: str, source_language: str, target_language: str
) -> list[Problem]:
    """A target far shorter than its source for the language pair."""
    source_length = _length(source)
    if source_length < _MIN_SOURCE or not target.strip():
        return []
    expected = source_length * expected_ratio(source_language, target_language)
    if _length(target) >= expected * _SHORT:
        return []
    share = round(100 * _length(target) / expected)
    return [
        Problem(
            "too-short",
            "warning",
            "the translation is %1% of the expected length",
            args=(str(share),),
        )
    ]


def check_sentences(
    source: str, target: str, source_language: str, target_language: str
) -> list[Problem]:
    """Fewer sentences in the target than in the source.

    pysbd takes about a millisecond a paragraph, too slow for every keystroke over a long
    article; a count of sentence ends decides first, and pysbd only confirms a shortfall.
    """
    if not target.strip() or len(_TERMINATOR.findall(target)) >= len(_TERMINATOR.findall(source)):
        return []
    wanted = len(sentence_spans(source, _base(source_language)))
    found = len(sentence_spans(target, _base(target_language)))
    if found >= wanted:
        return []
    return [
        Problem(
            "sentences-missing", "warning",
            f"%1 sentence{'s' * (found != 1)} in the translation, %2 in the source",
            args=(str(found), str(wanted)),
        )
    ]  # fmt: skip


def _base(language: str) -> str:
    return normalise_code(language)
