"""Language codes, text direction and language names (Babel's locale data)."""

from __future__ import annotations

import re
from functools import lru_cache

from transdesk.core.errors import InvalidValue

# Scripts written right to left, by ISO 639 code.
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "ku"})

_CODE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z0-9]{2,8}))*$")


def normalise_code(code: str) -> str:
    """A bare lowercase language code: ``"ar-EG"`` → ``"ar"``, ``"pt_BR"`` → ``"pt"``."""
    match = _CODE.match(code.strip())
    if not match:
        raise InvalidValue("language", f"{code!r} is not a language code (e.g. ar, fr, en)")
    return match.group(1).lower()


def code_or_none(value: str | None) -> str | None:
    """The bare code of a language tag found in a file ("zh-Hans" → "zh"), or None when the
    file says nothing usable; the importer then detects the language."""
    try:
        return normalise_code(value) if value and value.strip() else None
    except InvalidValue:
        return None


def checked_code(code: str, field: str = "language") -> str:
    """A normalised code that Babel knows, or an InvalidValue naming ``field``."""
    try:
        normalised = normalise_code(code)
    except InvalidValue:
        raise InvalidValue(field, f"{code!r} is not a language code (e.g. ar, fr, en)") from None
    if not _babel_knows(normalised):
        raise InvalidValue(field, f"{code!r} is not a known language code")
    return normalised


@lru_cache(maxsize=64)
def _babel_knows(code: str) -> bool:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return False
    return True


def direction(code: str | None) -> str:
    """``"rtl"`` or ``"ltr"`` for a language code."""
    if code and normalise_code(code) in RIGHT_TO_LEFT:
        return "rtl"
    return "ltr"


@lru_cache(maxsize=256)
def language_name(code: str, in_language: str = "en") -> str:
    """The language's name written in ``in_language``: ("ar", "fr") → "arabe"."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(in_language).languages.get(normalise_code(code))
    except (UnknownLocaleError, ValueError, InvalidValue):
        name = None
    return name or code
