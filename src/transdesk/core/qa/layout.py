"""Spacing and digit scripts in the target: what a reader sees as sloppy typing."""

from __future__ import annotations

import re

from transdesk.core.languages import direction
from transdesk.core.qa.findings import Problem
from transdesk.core.qa.preserved import mask_preserved

_DOUBLED = re.compile(r"(?<=\S)[ \u00a0\u202f]{2,}(?=\S)")
_SCRIPTS = (
    ("Western", re.compile(r"[0-9]+")),
    ("Arabic-Indic", re.compile(r"[\u0660-\u0669]+")),
    ("Persian", re.compile(r"[\u06f0-\u06f9]+")),
)


def check_spacing(
    source: str, target: str, source_language: str, target_language: str
) -> list[Problem]:
    """Doubled spaces, and spaces before or after the text."""
    problems: list[Problem] = []
    stripped = target.lstrip()
    if stripped and len(stripped) < len(target):
        problems.append(
            Problem("spacing", "warning", "space before the text", (0, len(target) - len(stripped)))
        )
    stripped = target.rstrip()
    if stripped and len(stripped) < len(target):
        problems.append(
            Problem("spacing", "warning", "space after the text", (len(stripped), len(target)))
        )
    if "  " in target or "\u00a0 " in target or " \u00a0" in target or "\u202f" in target:
        for match in _DOUBLED.finditer(target):
            problems.append(Problem("spacing", "warning", "doubled space", match.span()))
    return problems


def check_digit_scripts(
    source: str, target: str, source_language: str, target_language: str
) -> list[Problem]:
    """Western and Arabic-Indic or Persian digits mixed in a right-to-left target."""
    if direction(target_language) != "rtl":
        return []
    text = mask_preserved(target)
    used = [(name, m) for name, pattern in _SCRIPTS if (m := pattern.search(text))]
    if len(used) < 2:
        return []
    # Point at the first number in a script other than the first one the text uses.
    used.sort(key=lambda item: item[1].start())
    names = tuple(name for name, _ in used)
    template = "%1 and %2 digits mixed" if len(names) == 2 else "%1, %2 and %3 digits mixed"
    return [Problem("mixed-digits", "warning", template, used[1][1].span(), names)]
