"""News-fidelity QA: what a translated report must keep from its source (numbers,
quotations, links, every sentence), checked segment by segment. No Qt, no database."""

from transdesk.core.qa.findings import Finding, Problem, Severity
from transdesk.core.qa.run import CHECKS, SegmentRow, check_segment, run_checks

__all__ = ["CHECKS", "Finding", "Problem", "SegmentRow", "Severity", "check_segment", "run_checks"]
