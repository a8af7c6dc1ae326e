"""The Memory dock: the best matches for the current segment, and a concordance search.

Lookups run off the GUI thread. Moving through the segments quickly asks only once the
translator stops (a short pause), and an answer for a segment already left is dropped:
each lookup carries a generation number and only the newest is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QTextDocumentFragment
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from transdesk.core.languages import direction
from transdesk.gui.background import Background
from transdesk.gui.i18n import isolated
from transdesk.gui.memory.cards import (
    CardList,
    MatchCard,
    diff_html,
    found_html,
    percentage,
    plain_html,
    when_text,
)
from transdesk.storage.database import Database

if TYPE_CHECKING:
    from transdesk.services.memory import MemoryMatch

MAX_MATCHES = 9  # Ctrl+1 … Ctrl+9
DEBOUNCE_MS = 150


def _scrolling(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(content)
    return area


class MemoryPanel(QWidget):
    insertRequested = Signal(str)  # a stored translation for the current segment
    failed = Signal(str)

    def __init__(self, db: Database, background: Background, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.background = background
        self.source_language: str | None = None
        self.target_language: str | None = None
        self.segment_source = ""  # the current segment's source text
        self.matches: list[MemoryMatch] = []  # for the current segment, once answered
        self.found: list[MemoryMatch] = []  # concordance results
        self._generation = 0
        self._pending = False  # a lookup for the current segment is on its way
        self.fonts: tuple[QFont, QFont] | None = None
        self._search_generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._look_up)

        self.match_list = CardList()
        self.match_list.setObjectName("memory-matches")
        self.match_list.activated.connect(lambda index: self.insert_match(index + 1))
        self.query = QLineEdit()
        self.query.setObjectName("concordance-query")
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.search)
        self.in_target = QCheckBox()
        self.in_target.setObjectName("concordance-in-target")
        self.in_target.toggled.connect(lambda _on: self.search())
        self.found_list = CardList()
        self.found_list.setObjectName("concordance-results")
        self.found_list.activated.connect(self._insert_found)
        concordance = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.in_target)
        column = QVBoxLayout(concordance)
        column.setContentsMargins(0, 4, 0, 0)
        column.addLayout(row)
        column.addWidget(_scrolling(self.found_list), 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(_scrolling(self.match_list), "")
        self.tabs.addTab(concordance, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Matches"))
        self.tabs.setTabText(1, self.tr("Concordance"))
        self.query.setPlaceholderText(self.tr("Search the memory for a word or phrase"))
        self.in_target.setText(self.tr("Search in translations"))
        self.match_list.setToolTip(
            self.tr(
                "Double-click or press Ctrl+number to use a translation. In the stored "
                "sentence, struck-through words are not in this segment; underlined words "
                "are only in this segment."
            )
        )
        self._show_matches()
        self._show_found()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the current segment ------------------------------------------------------------

    def set_fonts(self, source: QFont, target: QFont) -> None:
        """The editor's paragraph fonts, so a match reads as the grid does."""
        self.fonts = (source, target)
        self._show_matches()
        self._show_found()

    def set_languages(self, source: str | None, target: str | None) -> None:
        """The open article's language pair (None: no article, or no target language)."""
        self.source_language, self.target_language = source, target
        self.show_segment("")
        self.found = []
        self._search_generation += 1
        self._show_found()

    def show_segment(self, source_text: str) -> None:
        """The translator is on a segment with this source: look up matches shortly."""
        self._generation += 1
        self.segment_source = source_text
        self.matches = []
        self._pending = bool(source_text.strip() and self._pair())
        self._show_matches()
        if self._pending:
            self._timer.start()
        else:
            self._timer.stop()

    def _pair(self) -> tuple[str, str] | None:
        if self.source_language and self.target_language:
            return self.source_language, self.target_language
        return None

    def _look_up(self) -> None:
        pair = self._pair()
        if pair is None:
            return
        generation, text, db = self._generation, self.segment_source, self.db

        def work() -> list[MemoryMatch]:
            from transdesk.services.memory import find_matches

            return find_matches(db, pair[0], pair[1], text, limit=MAX_MATCHES)

        def done(matches: list[MemoryMatch]) -> None:
            if generation != self._generation:
                return  # the translator has moved on
            self._pending = False
            self.matches = list(matches)[:MAX_MATCHES]
            self._show_matches()

        def failed(line: str) -> None:
            if generation == self._generation:
                self._pending = False
                self._show_matches()
                self.failed.emit(line)

        self.background.run(work, done, failed)

    def insert_match(self, number: int) -> bool:
        """Ask for match ``number`` (1-based, as on its card) to become the translation."""
        if not 1 <= number <= len(self.matches):
            return False
        self.insertRequested.emit(self.matches[number - 1].target)
        return True

    def _show_matches(self) -> None:
        cards = [self._match_card(n, match) for n, match in enumerate(self.matches)]
        if cards:
            message = ""
        elif self._pending:
            message = self.tr("Looking up the memory…")
        elif self.segment_source.strip() and self._pair():
            message = self.tr("No matches in the memory for this segment.")
        else:
            message = ""
        self.match_list.show_cards(cards, message)

    def _match_card(self, index: int, match: MemoryMatch) -> MatchCard:
        source_dir, target_dir = self._directions()
        keys = QKeySequence(f"Ctrl+{index + 1}").toString(QKeySequence.SequenceFormat.NativeText)
        heading = (
            self.tr("%1. %2 match — %3", "number. percentage match — its shortcut")
            .replace("%1", str(index + 1))
            .replace("%2", percentage(match.score))
            .replace("%3", keys)
        )
        card = MatchCard(
            index,
            heading,
            diff_html(match.source, self.segment_source, self.source_language or "", source_dir),
            plain_html(match.target, target_dir),
            self._details(match),
        )
        self._apply_fonts(card)
        card.setToolTip(
            self.tr("Ctrl+%1 or double-click: use this translation").replace("%1", str(index + 1))
        )
        return card

    def _apply_fonts(self, card: MatchCard) -> MatchCard:
        if self.fonts is not None:
            card.source.setFont(self.fonts[0])
            card.target.setFont(self.fonts[1])
        return card

    def _directions(self) -> tuple[str, str]:
        return direction(self.source_language), direction(self.target_language)

    def _details(self, match: MemoryMatch) -> str:
        if match.origin == "tmx":
            origin = self.tr("from the file %1").replace("%1", isolated(match.origin_detail))
        elif match.origin_detail:
            origin = self.tr("from “%1”", "an article's headline").replace(
                "%1", isolated(match.origin_detail)
            )
        else:
            origin = ""
        parts = [match.author or self.tr("(unknown translator)"), when_text(match.created_at)]
        return " · ".join(part for part in [*parts, origin] if part)

    # -- concordance ----------------------------------------------------------------------

    def show_concordance(self, query: str = "", in_target: bool | None = None) -> None:
        """Bring the search forward, with ``query`` searched if given (in the translations
        if ``in_target``; None: as the box is ticked)."""
        self.tabs.setCurrentIndex(1)
        self.query.setFocus()
        if query.strip():
            self.query.setText(query.strip())
            if in_target is not None:
                self.in_target.blockSignals(True)
                self.in_target.setChecked(in_target)
                self.in_target.blockSignals(False)
            self.search()
        else:
            self.query.selectAll()

    def search(self) -> None:
        """Search the memory for the query, in sources or (ticked) translations."""
        self._search_generation += 1
        pair, query = self._pair(), self.query.text().strip()
        if pair is None or not query:
            self.found = []
            self._show_found()
            return
        generation, in_target, db = self._search_generation, self.in_target.isChecked(), self.db

        def work() -> list[MemoryMatch]:
            from transdesk.services.memory import concordance

            return concordance(db, pair[0], pair[1], query, in_target=in_target)

        def done(found: list[MemoryMatch]) -> None:
            if generation == self._search_generation:
                self.found = list(found)
                self._show_found()

        def failed(line: str) -> None:
            if generation == self._search_generation:
                self.failed.emit(line)

        self.background.run(work, done, failed)

    def _show_found(self) -> None:
        query = self.query.text().strip()
        source_dir, target_dir = self._directions()
        in_target = self.in_target.isChecked()
        cards = [
            self._apply_fonts(
                MatchCard(
                    n,
                    str(n + 1),
                    found_html(match.source, "" if in_target else query, source_dir),
                    found_html(match.target, query if in_target else "", target_dir),
                    self._details(match),
                )
            )
            for n, match in enumerate(self.found)
        ]
        message = ""
        if not cards and query and self._search_generation and self._pair():
            message = self.tr("Nothing in the memory contains “%1”.").replace("%1", query)
        self.found_list.show_cards(cards, message)

    def _insert_found(self, index: int) -> None:
        if 0 <= index < len(self.found):
            self.insertRequested.emit(self.found[index].target)

    def cards_text(self, found: bool = False) -> list[str]:
        """What each card says, as plain text (for tests and accessibility tools)."""
        cards = (self.found_list if found else self.match_list).cards
        return [
            "\n".join(
                QTextDocumentFragment.fromHtml(label.text()).toPlainText()
                for label in (card.heading, card.source, card.target, card.details)
            )
            for card in cards
        ]
