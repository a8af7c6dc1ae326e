"""File names made from article titles: safe on Linux, macOS and Windows, still readable.

A title is untrusted text: "../../etc/passwd", "CON", a headline with a colon or a 500-letter
Arabic sentence. The name keeps the title's own script (no transliteration) and loses only
what a file system or a folder watcher would trip on.
"""

from __future__ import annotations

import re
import unicodedata

MAX_BYTES = 120  # well under every file system's 255, leaving room for a folder's own suffixes

# Bidi controls would let a name display differently from what it is ("txt.exe" shown as
# "exe.txt"); U+061C is the Arabic letter mark, a bidi control too.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Invisible joiners Persian and emoji need inside words; every other format character goes.
_KEPT_FORMAT = frozenset("\u200c\u200d")
_SEPARATORS = frozenset("/\\|")  # become "-": "a/b" reads as two words joined
_FORBIDDEN = frozenset('<>:"?*')  # Windows refuses them; "Gaza: talks" → "Gaza talks"
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{port}{n}" for port in ("COM", "LPT") for n in "123456789¹²³"]
)
_EXTENSION = re.compile(r"^(?:\.?[A-Za-z0-9]{1,10}(?:\.[A-Za-z0-9]{1,10}){0,2})?$")
_STRIPPED_ENDS = " .-\u200c\u200d"  # no hidden, option-like or dot-trailing names


def safe_file_name(title: str, extension: str, *, fallback: str = "article") -> str:
    """A single file name for ``title`` ending in ``extension`` (".html" or "html").

    The name is NFC, has no path separator, control or bidi character, none of the characters
    Windows forbids, no reserved device name (CON, NUL, COM1…, with any extension), no leading
    or trailing dot or space, and at most 120 UTF-8 bytes, cut between characters (at a word
    boundary when one is near). A title with nothing usable gives ``fallback``.
    """
    if not _EXTENSION.fullmatch(extension):
        raise ValueError(f"{extension!r} is not a file extension")
    suffix = "." + extension.lstrip(".") if extension else ""
    stem = _cut(_clean(title), MAX_BYTES - len(suffix.encode("utf-8")))
    if not stem:
        stem = _cut(_clean(fallback), MAX_BYTES - len(suffix.encode("utf-8"))) or "article"
    device, dot, rest = stem.partition(".")
    if device.rstrip(" ").upper() in _RESERVED:
        stem = f"{device.rstrip(' ')}_{dot}{rest}"  # Windows reserves "CON" and "CON.html"
    return stem + suffix


def _clean(text: str) -> str:
    characters = []
    for character in unicodedata.normalize("NFC", text):
        category = unicodedata.category(character)
        if character in _SEPARATORS:
            characters.append("-")
        elif character in _FORBIDDEN or character in _BIDI_CONTROLS:
            continue
        elif category in ("Cc", "Zl", "Zp") or character.isspace():
            characters.append(" ")  # tabs and line breaks separate words
        elif category in ("Cs", "Cn") or (category == "Cf" and character not in _KEPT_FORMAT):
            continue  # lone surrogates cannot be written; unassigned and invisible ones hide
        else:
            characters.append(character)
    # Removing a character can bring a letter and a mark together: normalise once more.
    return _trim(unicodedata.normalize("NFC", " ".join("".join(characters).split())))


def _trim(stem: str) -> str:
    return stem.strip(_STRIPPED_ENDS)


def _cut(stem: str, limit: int) -> str:
    """``stem`` shortened to ``limit`` UTF-8 bytes without splitting a character, nor a
    letter from the marks that follow it; at the last space when that keeps most of it."""
    if len(stem.encode("utf-8")) <= limit:
        return stem
    end = 0
    size = 0
    for index, character in enumerate(stem):
        size += len(character.encode("utf-8"))
        if size > limit:
            break
        end = index + 1
    while end > 0 and (_joins_previous(stem[end]) or stem[end - 1] == "\u200d"):
        end -= 1  # a letter loses no haraka or accent, an emoji no part: it goes whole
    cut = stem[:end]
    space = cut.rfind(" ")
    if space > len(cut) * 2 // 3:
        cut = cut[:space]
    return _trim(cut)


def _joins_previous(character: str) -> bool:
    return (
        unicodedata.category(character).startswith("M")
        or character in _KEPT_FORMAT
        or "\U0001f3fb" <= character <= "\U0001f3ff"  # skin tone modifiers
    )
