"""The article library: search and filters run in SQL, off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from transdesk.gui.background import Background
from transdesk.gui.library_model import LibraryModel
from transdesk.services.library import STATUSES, ArticleSummary, list_articles
from transdesk.storage.database import Database

SEARCH_DELAY_MS = 200


class LibraryPanel(QWidget):
    """Articles with their language pair, status and progress; activating one opens it."""

    articleActivated = Signal(int)
    failed = Signal(str)
    refreshed = Signal(int)  # number of articles shown

    def __init__(self, db: Database, background: Background, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.background = background
        self.model = LibraryModel(self)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.language_filter = QLineEdit()
        self.language_filter.setMaximumWidth(70)
        self.table = QTableView()
        self.table.setObjectName("library-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # Several articles can be chosen (Ctrl/Shift+click) to export them together.
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.activated.connect(self._activated)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self._size_columns()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.language_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.language_filter.textChanged.connect(self._timer.start)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self._generation = 0
        self.retranslate()

    def _size_columns(self) -> None:
        # Widths from the font, not the rows: sizing to contents reads every row.
        metrics = self.table.fontMetrics()
        samples = ("", "zh → en", "changes requested", "100 %", "2026-12-31 23:59", "2026-12-31")
        for column, sample in enumerate(samples):
            if sample:
                self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search headlines and outlets"))
        self.language_filter.setPlaceholderText(self.tr("Lang."))
        self.language_filter.setToolTip(self.tr("Source or target language code, e.g. ar"))
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status_filter.addItem(LibraryModel.status_text(status), status)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)
        # Status names differ in length from language to language: keep them readable.
        metrics = self.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(LibraryModel.status_text(s)) for s in STATUSES)
        status_column = LibraryModel.COLUMNS.index("status")
        if self.table.columnWidth(status_column) < widest + 24:
            self.table.setColumnWidth(status_column, widest + 24)
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Run the query in the background; only the newest answer is shown."""
        self._generation += 1
        generation = self._generation
        search = self.search.text().strip() or None
        language = self.language_filter.text().strip() or None
        status = self.status_filter.currentData()

        def query() -> list[ArticleSummary]:
            return list_articles(self.db, status=status, language=language, search=search)

        def show(articles: list[ArticleSummary]) -> None:
            if generation == self._generation:
                self.model.set_articles(articles)
                self.refreshed.emit(len(articles))

        self.background.run(query, show, self.failed.emit)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.articleActivated.emit(self.model.article_id(index.row()))

    def selected_articles(self) -> list[int]:
        """The chosen articles' ids, in the order the library shows them."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.article_id(row) for row in rows]

    def select_article(self, article_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.article_id(row) == article_id:
                self.table.selectRow(row)
                return
