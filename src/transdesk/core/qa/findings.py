"""What a QA check reports: a problem in one segment, and the same problem placed in an
article (its segment's position)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Severity = Literal["error", "warning"]
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Problem:
    """What one check found in one segment; ``span`` is (start, end) in the target text,
    or None when the problem is something missing from it."""

    check: str
    severity: Severity
    message: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem on the segment at ``segment`` (0-based position; ``show`` prints #1 for 0)."""

    check: str
    severity: Severity
    message: str
    segment: int
    span: Span | None = None

    @classmethod
    def of(cls, problem: Problem, segment: int) -> Finding:
        return cls(problem.check, problem.severity, problem.message, segment, problem.span)

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
