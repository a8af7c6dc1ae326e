"""Numbers: every numeral of the source is in the target, whatever the locale writes.

Numerals are compared by value: "1,200" (English), "1 200" (French, with a space, a
no-break space or a narrow no-break space), "1.200" (German) and "١٬٢٠٠" (Arabic) are
the same number, as are "1.8", "1,8" and "١٫٨". Each language's decimal and group
symbols come from Babel's locale data; the digits are normalised by ``unicodedata``.
Multipliers ("million", "مليون") and spelled-out numbers are not compared.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from transdesk.core.qa.findings import Problem
from transdesk.core.qa.months import month_numbers
from transdesk.core.qa.preserved import mask_preserved

# No-break, narrow no-break, thin and figure spaces: typed on purpose between groups.
_FIXED_SPACES = "\u00a0\u202f\u2009\u2007"
_SPACES = " " + _FIXED_SPACES
# Languages whose usage groups with a plain space although CLDR gives another symbol
# (the RAE has recommended "10 000" for Spanish since 2010).
_SPACE_GROUPED = frozenset({"es"})
_ARABIC_DECIMAL = "\u066b"  # ٫
_ARABIC_GROUPS = "\u066c\u060c"  # ٬, and the Arabic comma ، that many writers use for it
# A run of digits (any script) joined by anything some locale uses between digits.
_NUMERAL = re.compile(r"\d+(?:[.,'’\u066b\u066c\u060c \u00a0\u202f\u2009\u2007]\d+)*")


class Numeral(NamedTuple):
    """A number as written in a text: its value, its text and where it is."""

    value: Decimal
    text: str
    start: int
    end: int


class _Symbols(NamedTuple):
    decimal: frozenset[str]
    group: frozenset[str]


@lru_cache(maxsize=64)
def _symbols(language: str) -> _Symbols:
    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_decimal_symbol, get_group_symbol

    # "." is read as a decimal point everywhere it cannot be a group symbol: "802.11" and
    # "2.4" stay one number in a French text.
    decimal, group = {_ARABIC_DECIMAL, "."}, set(_ARABIC_GROUPS + _FIXED_SPACES)
    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        locale = Locale.parse("en")
    # Latin digits and the locale's own (Arabic-Indic for some Arabic locales, Persian's).
    systems = ("latn", "default")
    decimal.update(get_decimal_symbol(locale, numbering_system=s) for s in systems)
    own_groups = {get_group_symbol(locale, numbering_system=s) for s in systems}
    if own_groups & set(_SPACES) or locale.language in _SPACE_GROUPED:
        own_groups.add(" ")  # French writes 1 200 with whichever space the keyboard gives
    group.update(own_groups)
    group -= decimal - {"."}
    return _Symbols(frozenset(decimal), frozenset(group))


def numerals(text: str, language: str) -> list[Numeral]:
    """The numbers written in ``text`` (URLs, addresses and handles left out)."""
    symbols = _symbols(language)
    found: list[Numeral] = []
    for match in _NUMERAL.finditer(mask_preserved(text)):
        found.extend(_split(text, match.start(), match.end(), symbols))
    # "00" is the minutes of a round hour, which many languages leave out ("10 heures").
    return [n for n in found if n.value or len(n.text) < 2]


def _split(text: str, start: int, end: int, symbols: _Symbols) -> list[Numeral]:
    """One matched run as numbers. A group symbol joins only when the number's first group
    has one to three digits and exactly three follow, the same symbol throughout; a decimal
    symbol comes once; any other separator ends one number and starts the next."""
    pieces = re.split(r"(\D)", text[start:end])  # digits, separator, digits, ...
    found: list[Numeral] = []
    first, whole, fraction, group = start, pieces[0], "", ""
    at = start + len(pieces[0])
    for sep, digits in zip(pieces[1::2], pieces[2::2], strict=True):
        joins = (
            sep in symbols.group
            and len(digits) == 3
            and not fraction
            and (sep == group or (not group and len(whole) <= 3))
        )
        if joins:
            whole, group = whole + digits, sep
        elif sep in symbols.decimal and not fraction:
            fraction = digits
        else:
            found.append(_numeral(text, first, at, whole, fraction))
            first, whole, fraction, group = at + 1, digits, "", ""
        at += 1 + len(digits)
    found.append(_numeral(text, first, at, whole, fraction))
    return found


def _numeral(text: str, start: int, end: int, whole: str, fraction: str) -> Numeral:
    value = Decimal(_western(whole) + ("." + _western(fraction) if fraction else ""))
    return Numeral(value, text[start:end], start, end)


def _western(digits: str) -> str:
    if digits.isascii():
        return digits
    return "".join(str(unicodedata.digit(c)) for c in digits)


def check_numbers(
    source: str, target: str, source_language: str, target_language: str
) -> list[Problem]:
    """A source number missing from the target is an error; a target number that is not in
    the source is a warning (a unit the translator converted may explain it). A month named
    on one side stands for its number on the other ("March 5" and "5/3")."""
    in_source = numerals(source, source_language)
    in_target = numerals(target, target_language)
    if not in_source and not in_target:
        return []
    source_values = Counter(n.value for n in in_source)
    target_values = Counter(n.value for n in in_target)
    missing = source_values - target_values
    added = target_values - source_values
    if missing:
        missing -= Counter(Decimal(m) for m in month_numbers(target, target_language))
    if added:
        added -= Counter(Decimal(m) for m in month_numbers(source, source_language))
    problems: list[Problem] = []
    for numeral in in_source:
        if missing[numeral.value] > 0:
            missing[numeral.value] -= 1
            problems.append(
                Problem(
                    "number-missing", "error", "%1 is not in the translation", args=(numeral.text,)
                )
            )
    for numeral in in_target:
        if added[numeral.value] > 0:
            added[numeral.value] -= 1
            problems.append(
                Problem(
                    "number-added", "warning", "%1 is not in the source",
                    (numeral.start, numeral.end), (numeral.text,),
                )
            )  # fmt: skip
    return problems
