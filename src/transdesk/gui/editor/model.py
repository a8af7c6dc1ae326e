"""The article's segments in memory, as a four-column table: #, source, translation, status.

Only commands change a translation (``set_target``), so every change passes the undo
stack; the model itself never touches storage.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from transdesk.core.languages import language_name
from transdesk.core.report import COUNTED_AS_TRANSLATED, SegmentKind
from transdesk.gui.editor.fonts import GridFonts
from transdesk.gui.editor.statuses import status_colours, status_names
from transdesk.gui.i18n import ui_locale
from transdesk.services.editing import DraftText, EditorArticle

Index = QModelIndex | QPersistentModelIndex
R = Qt.ItemDataRole
A = Qt.AlignmentFlag


class Column(IntEnum):
    NUMBER = 0
    SOURCE = 1
    TARGET = 2
    STATUS = 3


class Role(IntEnum):
    SEGMENT_ID = Qt.ItemDataRole.UserRole + 1
    STATUS = Qt.ItemDataRole.UserRole + 2  # the status value, untranslated
    KIND = Qt.ItemDataRole.UserRole + 3
    DIRECTION = Qt.ItemDataRole.UserRole + 4  # Qt.LayoutDirection of the cell's language


_KIND_NAMES = {
    SegmentKind.HEADLINE.value: QT_TRANSLATE_NOOP("SegmentKind", "Headline"),
    SegmentKind.STANDFIRST.value: QT_TRANSLATE_NOOP("SegmentKind", "Standfirst"),
    SegmentKind.HEADING.value: QT_TRANSLATE_NOOP("SegmentKind", "Heading"),
    SegmentKind.PARAGRAPH.value: QT_TRANSLATE_NOOP("SegmentKind", "Paragraph"),
    SegmentKind.CAPTION.value: QT_TRANSLATE_NOOP("SegmentKind", "Caption"),
    SegmentKind.QUOTE.value: QT_TRANSLATE_NOOP("SegmentKind", "Quote"),
}


@dataclass(slots=True)
class SegmentRecord:
    id: int
    kind: str
    source: str
    target: str
    status: str
    words: int


class SegmentModel(QAbstractTableModel):
    # Any change of a translation, whoever made it (typing, undo, replace, confirm).
    targetChanged = Signal(int, str, str)

    def __init__(self, fonts: GridFonts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fonts = fonts
        self.article: EditorArticle | None = None
        self.records: list[SegmentRecord] = []
        self._rows: dict[int, int] = {}
        self._words_translated = 0
        self._words_total = 0
        self._status_names = status_names()
        self.source_rtl = self.target_rtl = False

    # -- content ----------------------------------------------------------------------

    def load(self, article: EditorArticle | None) -> None:
        self.beginResetModel()
        self.article = article
        segments = article.segments if article else ()
        self.records = [
            SegmentRecord(s.id, s.kind, s.source, s.target, s.status, s.word_count)
            for s in segments
        ]
        self._rows = {record.id: row for row, record in enumerate(self.records)}
        self._words_total = sum(r.words for r in self.records)
        self._words_translated = sum(
            r.words for r in self.records if r.status in COUNTED_AS_TRANSLATED
        )
        self.source_rtl = bool(article and article.source_direction == "rtl")
        self.target_rtl = bool(article and article.target_direction == "rtl")
        self.endResetModel()

    def row_of(self, segment_id: int) -> int:
        return self._rows.get(segment_id, -1)

    def record(self, segment_id: int) -> SegmentRecord:
        return self.records[self._rows[segment_id]]

    def progress(self) -> tuple[int, int]:
        """Words translated (translated or reviewed) and words in all."""
        return self._words_translated, self._words_total

    def drafts(self) -> list[DraftText]:
        return [DraftText(r.id, r.target, r.status) for r in self.records]

    def set_target(self, segment_id: int, text: str, status: str) -> None:
        row = self._rows[segment_id]
        record = self.records[row]
        if (record.target, record.status) == (text, status):
            return
        counted_before = record.status in COUNTED_AS_TRANSLATED
        record.target, record.status = text, status
        counted_now = status in COUNTED_AS_TRANSLATED
        self._words_translated += record.words * (counted_now - counted_before)
        # One signal per cell: a view refreshes an open cell editor only for a single cell.
        for column in (Column.TARGET, Column.STATUS):
            cell = self.index(row, column)
            self.dataChanged.emit(cell, cell)
        self.targetChanged.emit(segment_id, text, status)

    def fonts_changed(self) -> None:
        if self.records:
            last = self.index(len(self.records) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [R.FontRole])

    def retranslate(self) -> None:
        self._status_names = status_names()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.records:
            top, bottom = (
                self.index(0, Column.STATUS),
                self.index(len(self.records) - 1, Column.STATUS),
            )
            self.dataChanged.emit(top, bottom, [R.DisplayRole])

    # -- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == Column.TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = R.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == R.ToolTipRole:
            return self._header_tooltip(section)
        if role != R.DisplayRole:
            return None
        article = self.article
        if section == Column.NUMBER:
            return self.tr("#")
        if section == Column.SOURCE:
            language = article.source_language if article else ""
            return self.tr("Source ({language})").format(language=language)
        if section == Column.TARGET:
            language = (article.target_language or "?") if article else ""
            return self.tr("Translation ({language})").format(language=language)
        if section == Column.STATUS:
            return self.tr("Status")
        return None

    def _header_tooltip(self, section: int) -> str | None:
        article = self.article
        if article is None:
            return None
        if section == Column.SOURCE:
            template = self.tr("Source text in %1")
            code: str | None = article.source_language
        elif section == Column.TARGET:
            template = self.tr("Translation into %1")
            code = article.target_language
        else:
            return None
        if not code:
            return None
        return template.replace("%1", language_name(code, ui_locale()))

    def data(self, index: Index, role: int = R.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        column = index.column()
        if role in (R.DisplayRole, R.EditRole):
            return self._text(record, index.row(), column)
        if role == R.FontRole:
            if column in (Column.SOURCE, Column.TARGET):
                return self.fonts.text(
                    self._font_column(column), record.kind, rtl=self._rtl(column)
                )
            return self.fonts.ui()
        if role == R.TextAlignmentRole:
            return self._alignment(column)
        if column == Column.STATUS and role in (R.BackgroundRole, R.ForegroundRole):
            background, text = status_colours(record.status)
            return background if role == R.BackgroundRole else text
        if role == R.ToolTipRole and column == Column.NUMBER:
            return QCoreApplication.translate("SegmentKind", str(_KIND_NAMES.get(record.kind, "")))
        return self._custom(record, column, role)

    def _custom(self, record: SegmentRecord, column: int, role: int) -> Any:
        if role == Role.SEGMENT_ID:
            return record.id
        if role == Role.STATUS:
            return record.status
        if role == Role.KIND:
            return record.kind
        if role == Role.DIRECTION:
            rtl = self._rtl(column)
            return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        return None

    def _text(self, record: SegmentRecord, row: int, column: int) -> str:
        if column == Column.SOURCE:
            return record.source
        if column == Column.TARGET:
            return record.target
        if column == Column.STATUS:
            return self._status_names.get(record.status, record.status)
        return str(row + 1)

    def _rtl(self, column: int) -> bool:
        # By the column's language, never the UI's: a French source stays left-to-right
        # in an Arabic interface.
        if column == Column.SOURCE:
            return self.source_rtl
        return column == Column.TARGET and self.target_rtl

    @staticmethod
    def _font_column(column: int) -> str:
        return {Column.SOURCE: "source", Column.TARGET: "target"}.get(Column(column), "ui")

    def _alignment(self, column: int) -> int:
        if column in (Column.SOURCE, Column.TARGET):
            horizontal = A.AlignRight if self._rtl(column) else A.AlignLeft
            return int(horizontal | A.AlignAbsolute | A.AlignTop)
        return int(A.AlignHCenter | A.AlignTop)
