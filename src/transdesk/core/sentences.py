"""Sentence boundaries inside a segment (pysbd), the unit of translation memory.

pysbd costs about a millisecond per paragraph, so boundaries are computed when first
needed and stored with the segment, not on the import's critical path.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# pysbd's language models; others fall back to English rules, which split on . ! ? only.
_PYSBD_LANGUAGES = frozenset((
    "en", "hi", "mr", "zh", "es", "am", "ar", "hy", "bg", "ur", "ru", "pl",
    "fa", "nl", "da", "fr", "my", "el", "it", "ja", "de", "kk", "sk",
))  # fmt: skip


@lru_cache(maxsize=32)
def _segmenter(language: str) -> Any:
    import pysbd

    code = language if language in _PYSBD_LANGUAGES else "en"
    return pysbd.Segmenter(language=code, clean=False, char_span=True)


def sentence_spans(text: str, language: str) -> list[list[int]]:
    """[[start, end], ...] offsets of each sentence in ``text``, whitespace excluded."""
    spans: list[list[int]] = []
    for piece in _segmenter(language).segment(text):
        start, end = piece.start, piece.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append([start, end])
    return spans or ([[0, len(text)]] if text.strip() else [])
