"""Word tokens for diffs: lossless, script-aware, the same rules for every language.

``"".join(tokens(text)) == text`` always holds, so a diff over tokens maps back onto the
original characters exactly. A token is one of:

- a word: letters, digits and combining marks, kept whole across inner apostrophes and
  hyphens (``aujourd'hui``, ``well-known``) and, between digits, across number separators
  (``1,200``, ``1.5``, ``١٬٢٠٠``, ``1 200`` with a no-break space). Arabic harakat, tatweel
  and the Persian zero-width non-joiner are part of the word they sit in;
- one Han or Hiragana character, or one Thai, Lao, Khmer or Burmese letter with its marks:
  those scripts put no spaces between words and we have no dictionary, so a character is the
  smallest unit that still reads as a change; a Katakana run stays whole (mostly loanwords);
- a run of whitespace;
- any other character (punctuation, symbol, emoji) with the marks, skin tones and
  zero-width-joined characters that belong to it; a flag's two regional indicators together.

The rules follow each character's script rather than the text's language, so mixed text (a
Latin brand name in Chinese, an Arabic quote in an English report) splits the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Scripts written without spaces, split per character: Han (with 々 and 〇), Hiragana, Thai,
# Lao, Myanmar, Khmer; and Katakana, split per run. Han beyond the BMP (extensions B and on)
# stays a class of its own: one astral range in a class stops `re` from compiling the class
# to a bitmap, and the mark class below then costs a scan of hundreds of ranges per character.
_CHARACTER_SCRIPTS = (
    "\u3005\u3007\u3041-\u309f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    # Thai, Lao, Myanmar, Khmer without their digits: a number stays one token.
    "\u0e00-\u0e4f\u0e5a-\u0ecf\u0eda-\u0eff\u1000-\u103f\u104a-\u108f\u109a-\u109f"
    "\u1780-\u17df\u17ea-\u17ff"
)
_ASTRAL_HAN = "\U00020000-\U0003134f"
_KATAKANA = "\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9d"
# Joiners that keep a word whole when a word character stands on both sides.
_WORD_JOINERS = "'\u2019\\-\u2010"
# Separators inside numbers when a digit stands on both sides: Latin, Arabic (U+066B decimal,
# U+066C thousands), and the no-break spaces French writes in 1 200.
_NUMBER_SEPARATORS = ".,\u066b\u066c\u00a0\u202f"
# Word-internal format characters: zero-width non-joiner (Persian می‌خواهم) and joiner.
_ZERO_WIDTH = "\u200c\u200d"
# Astral characters that belong to the one before: emoji skin tones, variation selectors.
_ASTRAL_MODIFIERS = "\U0001f3fb-\U0001f3ff\U000e0100-\U000e01ef"
# str.isalnum() characters: \w without the underscore.
_ALPHANUMERIC = re.compile(r"[^\W_]")


def _class_ranges(code_points: list[int]) -> str:
    """Code points as a compact regular-expression class body (``\\uXXXX-\\uYYYY`` ranges)."""
    parts: list[str] = []
    start = previous = code_points[0]
    for point in [*code_points[1:], -1]:
        if point == previous + 1:
            previous = point
            continue
        parts.append(
            f"\\u{start:04x}" if start == previous else f"\\u{start:04x}-\\u{previous:04x}"
        )
        start = previous = point
    return "".join(parts)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The main tokeniser, a test for per-character scripts, and their splitter."""
    # `re` has no \p{M}: list the combining marks of the Basic Multilingual Plane (where the
    # marks of all news scripts live) once, on first use.
    marks = [point for point in range(0x10000) if unicodedata.category(chr(point))[0] == "M"]
    mark = _class_ranges(marks) + _ZERO_WIDTH
    word = f"[\\w{mark}]+"
    # Right after a word character a joiner needs no look-behind; a number separator does.
    joiner = f"(?:[{_WORD_JOINERS}](?=\\w)|(?<=\\d)[{_NUMBER_SEPARATORS}](?=\\d))"
    tokeniser = re.compile(
        "|".join(
            (
                f"{word}(?:{joiner}{word})*",  # the commonest tokens first: fewer failed tries
                r"\s+",
                "[\U0001f1e6-\U0001f1ff]{2}",  # a flag
                f"[^\\s](?:\u200d[^\\s]|[{mark}]|[{_ASTRAL_MODIFIERS}])*",
            )
        )
    )
    # Words from the pass above that hold Han, Kana or South-East Asian letters are split again.
    split_scripts = f"[{_CHARACTER_SCRIPTS}{_KATAKANA}]|[{_ASTRAL_HAN}]"
    splitter = re.compile(
        "|".join(
            (
                f"[{_KATAKANA}]+[{mark}]*",
                f"(?:[{_CHARACTER_SCRIPTS}]|[{_ASTRAL_HAN}])[{mark}]*",
                f"(?:(?!{split_scripts}).)+",  # a Latin or digit run inside Chinese text
            )
        ),
        re.DOTALL,
    )
    return tokeniser, re.compile(split_scripts), splitter


def tokens(text: str, language: str | None = None) -> list[str]:
    """Split ``text`` into diff tokens; ``"".join(tokens(text)) == text``.

    ``language`` is accepted so callers can pass what they know, but the rules go by each
    character's script (see the module docstring), so the result does not depend on it.
    """
    del language  # script-driven on purpose: see above
    tokeniser, has_split_scripts, splitter = _patterns()
    found: list[str] = tokeniser.findall(text)
    if text.isascii() or not has_split_scripts.search(text):
        return found
    return [piece for token in found for piece in splitter.findall(token)]


def is_word(token: str) -> bool:
    """Whether a token counts as a word (it holds a letter or digit), not space or punctuation."""
    return _ALPHANUMERIC.search(token) is not None


def count_word_tokens(found: Iterable[str]) -> int:
    """How many of the tokens are words."""
    return len(list(filter(_ALPHANUMERIC.search, found)))  # C-level loop: diffs call it a lot


def count_words(text: str, language: str | None = None) -> int:
    """Words in ``text`` as the diff counts them (a Han character counts as one word)."""
    return count_word_tokens(tokens(text, language))
