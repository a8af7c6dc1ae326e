"""Names and terms: the glossary's translation expected, its ruled-out variants flagged."""

from __future__ import annotations

from transdesk.core.glossary import Glossary
from transdesk.core.qa.findings import Problem


def check_terms(source: str, target: str, glossary: Glossary) -> list[Problem]:
    """One warning per glossary term of the source whose translation is missing, one error
    per ruled-out variant in the translation (with its span)."""
    problems: list[Problem] = []
    expected: set[tuple[str, str]] = set()
    approved: list[tuple[int, int]] = []  # where approved translations stand in the target
    for hit in glossary.find(source):
        term = hit.term
        if (term.source, term.target) in expected:
            continue
        expected.add((term.source, term.target))
        spans = glossary.in_target(target, term.target)
        approved += spans
        if not spans:
            problems.append(
                Problem(
                    "term-missing", "warning",
                    "%1 is in the source; the glossary says %2",
                    args=(source[hit.start : hit.end], term.target),
                )
            )  # fmt: skip
    for hit in glossary.forbidden_in(target):
        variant = target[hit.start : hit.end]
        if any(start <= hit.start and hit.end <= end for start, end in approved):
            continue
        problems.append(
            Problem(
                "term-forbidden", "error",
                "%1 is ruled out by the glossary; write %2",
                (hit.start, hit.end),
                (variant, hit.term.target),
            )
        )  # fmt: skip
    return problems
