"""Running every check over an article's segments."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from transdesk.core.glossary import Glossary
from transdesk.core.languages import normalise_code
from transdesk.core.qa.findings import Finding, Problem
from transdesk.core.qa.layout import check_digit_scripts, check_spacing
from transdesk.core.qa.numbers import check_numbers
from transdesk.core.qa.omissions import (
    check_length,
    check_same_as_source,
    check_sentences,
    check_untranslated,
)
from transdesk.core.qa.preserved import check_preserved
from transdesk.core.qa.quotes import check_quotes
from transdesk.core.qa.terms import check_terms

Check = Callable[[str, str, str, str], list[Problem]]
# (position, kind, source, target, status), as an article's segments are read.
SegmentRow = tuple[int, str, str, str, str]

CHECKS: tuple[Check, ...] = (
    check_numbers,
    check_quotes,
    check_same_as_source,
    check_length,
    check_sentences,
    check_preserved,
    check_spacing,
    check_digit_scripts,
)


def check_segment(
    source: str,
    target: str,
    source_language: str,
    target_language: str,
    glossary: Glossary | None = None,
) -> list[Problem]:
    """Every check over one segment (the glossary's too, when given). An untranslated
    segment is that one problem only."""
    return _check(
        source, target, normalise_code(source_language), normalise_code(target_language), glossary
    )


def run_checks(
    segments: Iterable[SegmentRow],
    source_language: str,
    target_language: str,
    glossary: Glossary | None = None,
) -> list[Finding]:
    """The findings over an article's segments, in segment order (the headline counts like
    any segment)."""
    source_language = normalise_code(source_language)
    target_language = normalise_code(target_language)
    return [
        Finding.of(problem, position)
        for position, _kind, source, target, _status in segments
        for problem in _check(source, target, source_language, target_language, glossary)
    ]


def _check(
    source: str,
    target: str,
    source_language: str,
    target_language: str,
    glossary: Glossary | None,
) -> list[Problem]:
    untranslated = check_untranslated(source, target, source_language, target_language)
    if untranslated or not source.strip():
        return untranslated
    problems = [
        problem
        for check in CHECKS
        for problem in check(source, target, source_language, target_language)
    ]
    if glossary is not None and len(glossary):
        problems += check_terms(source, target, glossary)
    return problems
