"""Month names as numbers: "5 March 2024" and "2024年3月5日" hold the same date."""

from __future__ import annotations

import re
from functools import lru_cache

# Arabic newsrooms also use the Levantine and Iraqi names (آذار, تموز) beside مارس, يوليو.
_MORE_LOCALES = {"ar": ("ar_LB",)}


@lru_cache(maxsize=64)
def _months(language: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_month_names

    numbers: dict[str, int] = {}
    for name in (language, *_MORE_LOCALES.get(language, ())):
        try:
            locale = Locale.parse(name)
        except (ValueError, UnknownLocaleError):
            return None
        for context in ("format", "stand-alone"):  # Russian: "марта" in a date, "март" alone
            for number, month in get_month_names("wide", context, locale).items():
                numbers[month] = numbers[month[:1].upper() + month[1:]] = number
    names = sorted(numbers, key=len, reverse=True)  # "كانون الثاني" before "كانون"
    # Arabic and Persian attach و, ب, ل, ف and ال to the word before the name.
    prefix = "(?:[وبلف]{0,2}(?:ال)?)" if language in ("ar", "fa", "ur") else ""
    pattern = re.compile(rf"(?<!\w){prefix}({'|'.join(map(re.escape, names))})(?!\w)")
    return pattern, numbers


def month_numbers(text: str, language: str) -> list[int]:
    """The number of each month ``text`` names in ``language`` (March → 3)."""
    months = _months(language)
    if months is None:
        return []
    pattern, numbers = months
    return [numbers[m.group(1)] for m in pattern.finditer(text)]
