"""The article library as a table model: rows are summaries fetched through the service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from transdesk.core.languages import direction
from transdesk.gui.i18n import ui_locale
from transdesk.services.library import ArticleSummary

Index = QModelIndex | QPersistentModelIndex


class LibraryModel(QAbstractTableModel):
    COLUMNS = ("title", "languages", "status", "progress", "updated", "deadline")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []

    def set_articles(self, articles: list[ArticleSummary]) -> None:
        self.beginResetModel()
        self._rows = list(articles)
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers, statuses and percentages again, in the new UI language."""
        last = self.columnCount() - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        if self._rows:
            bottom_right = self.index(len(self._rows) - 1, last)
            self.dataChanged.emit(self.index(0, 0), bottom_right, [Qt.ItemDataRole.DisplayRole])

    def article_id(self, row: int) -> int:
        return self._rows[row].id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return {
                "title": self.tr("Title"),
                "languages": self.tr("Languages"),
                "status": self.tr("Status"),
                "progress": self.tr("Progress"),
                "updated": self.tr("Updated"),
                "deadline": self.tr("Deadline"),
            }[self.COLUMNS[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        article = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(article, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "title":
            # Each title lays out in its own language's direction, whatever the UI's.
            rtl = direction(article.source_language) == "rtl"
            horizontal = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def status_text(status: str) -> str:
        names = {
            "draft": QCoreApplication.translate("Status", "Draft"),
            "in_review": QCoreApplication.translate("Status", "In review"),
            "changes_requested": QCoreApplication.translate("Status", "Changes requested"),
            "approved": QCoreApplication.translate("Status", "Approved"),
            "exported": QCoreApplication.translate("Status", "Exported"),
        }
        return names.get(status, status)

    def _display(self, article: ArticleSummary, column: str) -> str:
        if column == "title":
            return article.title
        if column == "languages":
            return f"{article.source_language} → {article.target_language or '?'}"
        if column == "status":
            return self.status_text(article.status)
        if column == "progress":
            from babel.numbers import format_percent

            return format_percent(article.progress / 100, locale=ui_locale())
        if column == "deadline" and not article.deadline:
            return ""
        if column == "updated":
            return article.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return article.deadline.astimezone().strftime("%Y-%m-%d %H:%M") if article.deadline else ""
