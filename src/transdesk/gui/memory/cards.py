"""One memory match as the dock shows it: its number (the Ctrl+N that inserts it), how
close it is, the stored sentence with what differs from the current segment marked, the
stored translation, and who translated it, when and where it came from.

A dock shows at most nine of them, so each is a small widget of labels; every text is
laid out in its own language's direction.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from transdesk.core.diffing import diff_segment
from transdesk.gui.diff_html import segment_html

# A found word in the concordance: black on amber, bold (not colour alone), as in the grid.
FOUND = "background-color:#ffd54f; color:#000000; font-weight:bold"


def percentage(score: float) -> str:
    """Rounded down: a 99.6 % match must not read as an exact one."""
    return f"{math.floor(score)}\u2009%"


def plain_html(text: str, direction: str) -> str:
    align = "right" if direction == "rtl" else "left"
    escaped = html.escape(text).replace("\n", "<br>")
    return f'<p dir="{direction}" align="{align}">{escaped}</p>'


def found_html(text: str, query: str, direction: str) -> str:
    """``text`` with each occurrence of ``query`` (any case) marked."""
    if not query:
        return plain_html(text, direction)
    pieces: list[str] = []
    lowered, needle = text.casefold(), query.casefold()
    start = 0
    # casefold can change lengths (ß → ss): mark only when it did not, else show plain text.
    if len(lowered) == len(text):
        while (found := lowered.find(needle, start)) >= 0:
            pieces.append(html.escape(text[start:found]))
            marked = html.escape(text[found : found + len(query)])
            pieces.append(f'<span style="{FOUND}">{marked}</span>')
            start = found + len(query)
    pieces.append(html.escape(text[start:]))
    align = "right" if direction == "rtl" else "left"
    return f'<p dir="{direction}" align="{align}">{"".join(pieces)}</p>'


def diff_html(stored: str, current: str, language: str, direction: str) -> str:
    """The stored sentence, with what the current segment lacks struck through and what
    only the current segment has underlined."""
    if stored == current:
        return plain_html(stored, direction)
    return segment_html(diff_segment(0, stored, current, language), direction)


def _label(rich: str, name: str) -> QLabel:
    label = QLabel(rich)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class MatchCard(QFrame):
    """One match; a double-click asks for it to be inserted."""

    activated = Signal(int)  # the card's index (0-based)

    def __init__(
        self,
        index: int,
        heading: str,
        source_html: str,
        target_html: str,
        details: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.index = index
        self.setObjectName("memory-match")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(heading)
        self.heading.setObjectName("match-heading")
        self.source = _label(source_html, "match-source")
        self.target = _label(target_html, "match-target")
        self.details = QLabel(details)
        self.details.setObjectName("match-details")
        self.details.setWordWrap(True)
        self.details.setEnabled(False)  # greyed: secondary
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.heading, 0, 0)
        layout.addWidget(self.source, 1, 0)
        layout.addWidget(self.target, 2, 0)
        layout.addWidget(self.details, 3, 0)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.activated.emit(self.index)
        event.accept()


class CardList(QWidget):
    """Cards stacked from the top, in a scroll area's viewport."""

    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[MatchCard] = []
        self.message = QLabel()
        self.message.setObjectName("memory-message")
        self.message.setWordWrap(True)
        self.message.setEnabled(False)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(2, 2, 2, 2)
        self._layout.addWidget(self.message)
        self._layout.addStretch(1)

    def show_cards(self, cards: Sequence[MatchCard], message: str = "") -> None:
        for card in self.cards:
            self._layout.removeWidget(card)
            card.hide()  # gone at once, not only when the event loop deletes it
            card.deleteLater()
        self.cards = list(cards)
        for position, card in enumerate(self.cards):
            card.activated.connect(self.activated)
            self._layout.insertWidget(position, card)
        self.message.setText(message)
        self.message.setVisible(bool(message))


def when_text(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d") if moment else ""
