"""Laying out one cell's text: the same code measures rows and paints them, so a row is
never cut short by a measurement that wrapped differently from the painting."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

# Around the text in a cell, on every side; the cell editor's document margin is the same,
# so opening the editor does not make the text jump.
PADDING = 5


def text_option(rtl: bool) -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    # AlignAbsolute: a plain AlignRight on right-to-left text is mirrored to the left.
    horizontal = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    option.setAlignment(horizontal | Qt.AlignmentFlag.AlignAbsolute)
    return option


def lay_out(
    text: str,
    font: QFont,
    width: float,
    rtl: bool,
    formats: Sequence[QTextLayout.FormatRange] = (),
) -> tuple[QTextLayout, float]:
    """The laid-out text wrapped at ``width``, and its height."""
    # QTextLayout breaks lines only at U+2028; a translator's Shift+Enter is stored as "\n".
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    layout.setTextOption(text_option(rtl))
    if formats:
        layout.setFormats(list(formats))
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


# The grid line takes a pixel of each row, and QPlainTextEdit counts its last line as out
# of sight (and scrolls the first one away) unless it has a pixel to spare.
SLACK = 2


def cell_height(text: str, font: QFont, cell_width: int, rtl: bool) -> int:
    """Pixels a row needs to show all of ``text`` in a cell of ``cell_width``, in paint and
    in the cell editor."""
    _, height = lay_out(text, font, cell_width - 2 * PADDING, rtl)
    return math.ceil(height) + 2 * PADDING + SLACK
