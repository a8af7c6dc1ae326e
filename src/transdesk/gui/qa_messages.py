"""QA findings in the interface's language: each message template of the checks
(core.qa.findings.TEMPLATES), translated, then filled in with its numbers and names."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from transdesk.core.qa.findings import Finding, fill
from transdesk.gui.i18n import isolated

# Literal strings, for pyside6-lupdate; a test keeps them equal to the core's lists.
TEMPLATES = (
    QT_TRANSLATE_NOOP("QaMessages", "the segment is not translated"),
    QT_TRANSLATE_NOOP("QaMessages", "the translation is the source, unchanged"),
    QT_TRANSLATE_NOOP("QaMessages", "the translation is %1% of the expected length"),
    QT_TRANSLATE_NOOP("QaMessages", "%1 sentence in the translation, %2 in the source"),
    QT_TRANSLATE_NOOP("QaMessages", "%1 sentences in the translation, %2 in the source"),
    QT_TRANSLATE_NOOP("QaMessages", "unbalanced %1: %2 opening, %3 closing"),
    QT_TRANSLATE_NOOP(
        "QaMessages", "%1 quoted passage in the translation, %2 in the source (%3 missing)"
    ),
    QT_TRANSLATE_NOOP(
        "QaMessages", "%1 quoted passages in the translation, %2 in the source (%3 missing)"
    ),
    QT_TRANSLATE_NOOP("QaMessages", "%1 is not in the translation"),
    QT_TRANSLATE_NOOP("QaMessages", "%1 is not in the source"),
    QT_TRANSLATE_NOOP("QaMessages", "the URL %1 is not in the translation unchanged"),
    QT_TRANSLATE_NOOP("QaMessages", "the e-mail address %1 is not in the translation unchanged"),
    QT_TRANSLATE_NOOP("QaMessages", "the handle %1 is not in the translation unchanged"),
    QT_TRANSLATE_NOOP("QaMessages", "doubled space"),
    QT_TRANSLATE_NOOP("QaMessages", "space before the text"),
    QT_TRANSLATE_NOOP("QaMessages", "space after the text"),
    QT_TRANSLATE_NOOP("QaMessages", "%1 and %2 digits mixed"),
    QT_TRANSLATE_NOOP("QaMessages", "%1, %2 and %3 digits mixed"),
    QT_TRANSLATE_NOOP("QaMessages", "%1 is in the source; the glossary says %2"),
    QT_TRANSLATE_NOOP("QaMessages", "%1 is ruled out by the glossary; write %2"),
)
ARGUMENT_WORDS = (
    QT_TRANSLATE_NOOP("QaMessages", "Western"),
    QT_TRANSLATE_NOOP("QaMessages", "Arabic-Indic"),
    QT_TRANSLATE_NOOP("QaMessages", "Persian"),
)
_WORDS = frozenset(ARGUMENT_WORDS)


def _translate(text: str) -> str:
    return QCoreApplication.translate("QaMessages", text)


def finding_text(finding: Finding) -> str:
    """The finding's message in the interface's language. A number, URL or name quoted
    from the text stays as it is, isolated (FSI…PDI) so it keeps its own direction."""
    args = tuple(_translate(arg) if arg in _WORDS else isolated(arg) for arg in finding.args)
    return fill(_translate(finding.template), args)
