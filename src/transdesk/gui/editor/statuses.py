"""Segment statuses as the grid shows them: names, colours, and what an edit does to them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from transdesk.core.report import COUNTED_AS_TRANSLATED, SegmentStatus

CONTEXT = "SegmentStatus"

# Marked for pyside6-lupdate here, translated when shown (the UI language can change).
_NAMES = {
    SegmentStatus.UNTRANSLATED.value: QT_TRANSLATE_NOOP("SegmentStatus", "Untranslated"),
    SegmentStatus.DRAFT.value: QT_TRANSLATE_NOOP("SegmentStatus", "Draft"),
    SegmentStatus.TRANSLATED.value: QT_TRANSLATE_NOOP("SegmentStatus", "Translated"),
    SegmentStatus.REVIEWED.value: QT_TRANSLATE_NOOP("SegmentStatus", "Reviewed"),
    SegmentStatus.NEEDS_UPDATE.value: QT_TRANSLATE_NOOP("SegmentStatus", "Needs update"),
}

# (background, text) pairs: pale fills with dark text of the same hue, every pair above
# 7:1 contrast. The name is always written too, so no one has to tell colours apart.
_COLOURS = {
    SegmentStatus.UNTRANSLATED.value: ("#e6e6e6", "#303030"),
    SegmentStatus.DRAFT.value: ("#fff0b3", "#5c4300"),
    SegmentStatus.TRANSLATED.value: ("#d4efd6", "#14501c"),
    SegmentStatus.REVIEWED.value: ("#d6e6fa", "#0b3a75"),
    SegmentStatus.NEEDS_UPDATE.value: ("#fbd9d3", "#7a1a0c"),
}

# What confirm-and-next stops at, and what a reviewer walks through.
TO_TRANSLATE = frozenset(
    {SegmentStatus.UNTRANSLATED.value, SegmentStatus.DRAFT.value, SegmentStatus.NEEDS_UPDATE.value}
)
TO_REVIEW = frozenset({SegmentStatus.TRANSLATED.value})
CONFIRMED = COUNTED_AS_TRANSLATED


def status_names() -> dict[str, str]:
    """Every status's name in the current UI language."""
    return {
        status: QCoreApplication.translate(CONTEXT, str(name)) for status, name in _NAMES.items()
    }


def status_colours(status: str) -> tuple[QColor, QColor]:
    background, text = _COLOURS.get(status, _COLOURS[SegmentStatus.UNTRANSLATED.value])
    return QColor(background), QColor(text)


def status_after_edit(text: str) -> str:
    """A changed translation must be confirmed again; an emptied one is untranslated."""
    return SegmentStatus.DRAFT.value if text.strip() else SegmentStatus.UNTRANSLATED.value
