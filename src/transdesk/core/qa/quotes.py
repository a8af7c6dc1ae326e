"""Quotations: a reporter's quoted words keep their quote marks in translation."""

from __future__ import annotations

import re

from transdesk.core.qa.findings import Problem

# Opening and closing marks that differ; German »…« reverses the first pair, which
# changes neither count.
_PAIRS = (("«", "»"), ("‹", "›"), ("「", "」"), ("『", "』"))
_SHOWN = {"«": "« »", "‹": "‹ ›", "「": "「 」", "『": "『 』", "“": "“ ”", '"': '" "'}
_MARKS = re.compile('[«»‹›「」『』„“”"]')


def _curly(text: str) -> tuple[int, int]:
    """(opening, closing) curly double quotes: „…“ (German) or „…” (Polish) when „ is
    used, “…” (English) otherwise."""
    low, left, right = text.count("„"), text.count("“"), text.count("”")
    if low:
        return low, left + right
    return left, right


def _counts(text: str) -> list[tuple[str, int, int]]:
    """(mark, opening, closing) for each kind of quotation mark in ``text``."""
    counts = [(o, text.count(o), text.count(c)) for o, c in _PAIRS]
    counts.append(("“", *_curly(text)))
    straight = text.count('"')
    counts.append(('"', (straight + 1) // 2, straight // 2))
    return counts


def quoted_passages(text: str) -> int:
    """How many quoted passages ``text`` holds (a passage missing one mark still counts)."""
    if not _MARKS.search(text):
        return 0
    return sum(max(opening, closing) for _, opening, closing in _counts(text))


def check_quotes(
    source: str, target: str, source_language: str, target_language: str
) -> list[Problem]:
    """Quote marks balanced in the target (warning); as many quoted passages in the target
    as in the source (error)."""
    if not _MARKS.search(source) and not _MARKS.search(target):
        return []
    problems: list[Problem] = []
    for mark, opening, closing in _counts(target):
        if opening != closing:
            at = _first_mark(target, mark)
            problems.append(
                Problem(
                    "quote-unbalanced", "warning",
                    "unbalanced %1: %2 opening, %3 closing",
                    (at, at + 1) if at >= 0 else None,
                    (_SHOWN.get(mark, mark), str(opening), str(closing)),
                )
            )  # fmt: skip
    wanted, found = quoted_passages(source), quoted_passages(target)
    if found < wanted:
        missing = wanted - found
        problems.append(
            Problem(
                "quote-missing", "error",
                f"%1 quoted passage{'s' * (found != 1)} in the translation, "
                "%2 in the source (%3 missing)",
                args=(str(found), str(wanted), str(missing)),
            )
        )  # fmt: skip
    return problems


def _first_mark(text: str, mark: str) -> int:
    if mark == "“":
        candidates = [text.find(m) for m in "„“”"]
    else:
        pair = next((p for p in _PAIRS if p[0] == mark), (mark, mark))
        candidates = [text.find(m) for m in pair]
    found = [at for at in candidates if at >= 0]
    return min(found) if found else -1
