"""Approval and export wait for QA: while a QA error remains, they go ahead only with a
reason, which is recorded (workflow event, export record)."""

from __future__ import annotations

from collections.abc import Sequence

from transdesk.core.errors import InvalidValue, UserError
from transdesk.core.qa import Finding

MAX_OVERRIDE = 2000
FLAG = "--override-qa"


class QaErrorsRemain(UserError):
    """Refused: QA errors remain and no reason to go ahead was given."""

    def __init__(self, article_id: int, errors: Sequence[Finding], action: str) -> None:
        self.article_id = article_id
        self.errors = list(errors)
        first = errors[0]
        more = f" and {len(errors) - 1} more" if len(errors) > 1 else ""
        count = "1 QA error" if len(errors) == 1 else f"{len(errors)} QA errors"
        super().__init__(
            f"article {article_id} has {count} (#{first.segment + 1} {first.check}: "
            f"{first.message}{more}); {action} with {FLAG} REASON to go ahead"
        )


def clean_override(reason: str) -> str:
    """The reason as recorded: spaces tidied, bounded."""
    clean = " ".join(reason.split())
    if len(clean) > MAX_OVERRIDE:
        raise InvalidValue(FLAG, f"is longer than {MAX_OVERRIDE:,} characters")
    return clean


def qa_override(
    article_id: int, findings: Sequence[Finding], reason: str, action: str
) -> str | None:
    """The override to record (None: no error, nothing to override); refuses errors
    without a reason."""
    errors = [finding for finding in findings if finding.severity == "error"]
    if not errors:
        return None
    clean = clean_override(reason)
    if not clean:
        raise QaErrorsRemain(article_id, errors, action)
    return clean
