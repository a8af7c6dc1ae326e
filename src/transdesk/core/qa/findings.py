"""What a QA check reports: a problem in one segment, and the same problem placed in an
article (its segment's position).

A message is an English ``template`` with ``%1``, ``%2`` … standing for its ``args`` (a
number, a name, a URL): the command line prints it filled in, and the window translates the
template first (every template is in ``TEMPLATES``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

Severity = Literal["error", "warning"]
Span = tuple[int, int]


def fill(template: str, args: tuple[str, ...]) -> str:
    """``template`` with %1, %2 … replaced by ``args`` (in one pass: an argument holding
    "%2" stays as it is)."""
    return re.sub(
        r"%(\d)",
        lambda m: args[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(args) else m.group(0),
        template,
    )


@dataclass(frozen=True, slots=True)
class Problem:
    """What one check found in one segment; ``span`` is (start, end) in the target text,
    or None when the problem is something missing from it."""

    check: str
    severity: Severity
    template: str  # one of TEMPLATES
    span: Span | None = None
    args: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.template not in _KNOWN:  # the window could not translate it
            raise ValueError(f"QA message template not in TEMPLATES: {self.template!r}")

    @property
    def message(self) -> str:
        return fill(self.template, self.args)


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem on the segment at ``segment`` (0-based position; ``show`` prints #1 for 0)."""

    check: str
    severity: Severity
    template: str
    segment: int
    span: Span | None = None
    args: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        return fill(self.template, self.args)

    @classmethod
    def of(cls, problem: Problem, segment: int) -> Finding:
        return cls(
            problem.check, problem.severity, problem.template, segment, problem.span, problem.args
        )

    def to_json(self) -> dict[str, Any]:
        start, end = self.span if self.span is not None else (None, None)
        return {
            "check": self.check,
            "severity": self.severity,
            "message": self.message,
            "segment": self.segment,
            "start": start,
            "end": end,
        }


# Every message template a check uses (the window's translations cover exactly these).
TEMPLATES = (
    "the segment is not translated",
    "the translation is the source, unchanged",
    "the translation is %1% of the expected length",
    "%1 sentence in the translation, %2 in the source",
    "%1 sentences in the translation, %2 in the source",
    "unbalanced %1: %2 opening, %3 closing",
    "%1 quoted passage in the translation, %2 in the source (%3 missing)",
    "%1 quoted passages in the translation, %2 in the source (%3 missing)",
    "%1 is not in the translation",
    "%1 is not in the source",
    "the URL %1 is not in the translation unchanged",
    "the e-mail address %1 is not in the translation unchanged",
    "the handle %1 is not in the translation unchanged",
    "doubled space",
    "space before the text",
    "space after the text",
    "%1 and %2 digits mixed",
    "%1, %2 and %3 digits mixed",
    "%1 is in the source; the glossary says %2",
    "%1 is ruled out by the glossary; write %2",
)
_KNOWN = frozenset(TEMPLATES)
# Words a template's arguments may be (the names of digit scripts), translated with it.
ARGUMENT_WORDS = ("Western", "Arabic-Indic", "Persian")
