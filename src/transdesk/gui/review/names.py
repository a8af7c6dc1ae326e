"""Review words shown in the UI language; the stored values stay English."""

from __future__ import annotations

import unicodedata
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from transdesk.gui.i18n import ui_locale
from transdesk.gui.library_model import LibraryModel

# Marked for pyside6-lupdate here, translated when shown (the UI language can change).
_CATEGORIES = {
    "accuracy": QT_TRANSLATE_NOOP("IssueCategory", "Accuracy"),
    "fluency": QT_TRANSLATE_NOOP("IssueCategory", "Fluency"),
    "terminology": QT_TRANSLATE_NOOP("IssueCategory", "Terminology"),
    "style": QT_TRANSLATE_NOOP("IssueCategory", "Style"),
    "locale_convention": QT_TRANSLATE_NOOP("IssueCategory", "Locale convention"),
}
_SEVERITIES = {
    "minor": QT_TRANSLATE_NOOP("IssueSeverity", "Minor"),
    "major": QT_TRANSLATE_NOOP("IssueSeverity", "Major"),
    "critical": QT_TRANSLATE_NOOP("IssueSeverity", "Critical"),
}
# What each workflow step is called on its button and in its confirmation.
_STEPS = {
    "submit": QT_TRANSLATE_NOOP("ReviewStep", "Submit for review"),
    "request_changes": QT_TRANSLATE_NOOP("ReviewStep", "Request changes"),
    "approve": QT_TRANSLATE_NOOP("ReviewStep", "Approve"),
}


def category_name(category: str) -> str:
    name = _CATEGORIES.get(category)
    return QCoreApplication.translate("IssueCategory", str(name)) if name else category


def severity_name(severity: str) -> str:
    name = _SEVERITIES.get(severity)
    return QCoreApplication.translate("IssueSeverity", str(name)) if name else severity


def step_name(step: str) -> str:
    name = _STEPS.get(step)
    return QCoreApplication.translate("ReviewStep", str(name)) if name else step


def state_name(state: str) -> str:
    """An article's workflow state, named as the library names it."""
    return LibraryModel.status_text(state)


def step_text(from_state: str, to_state: str) -> str:
    """``Draft → In review``. No font mirrors an arrow, so it points the way the state
    names read: ``←`` between Arabic names, whatever the UI's direction."""
    before, after = state_name(from_state), state_name(to_state)
    arrow = "←" if reads_right_to_left(before) else "→"
    return f"{before} {arrow} {after}"


def reads_right_to_left(text: str) -> bool:
    """Whether the text's first strong character is right-to-left (Unicode's rule P2)."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def decimal(value: float, pattern: str = "#,##0.#") -> str:
    """A number in the UI's locale (Babel): ``10`` for 10.0, ``6.2``, ``1 234,5``."""
    from babel.numbers import format_decimal

    return str(format_decimal(value, format=pattern, locale=ui_locale()))


def when(moment: datetime) -> str:
    """Short enough for a narrow dock: the time today, else the date."""
    local = moment.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d")


def when_full(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
