"""Row heights measured as rows come into view, never all at once.

Measuring every wrapped paragraph of a 5,000-segment article takes most of a second
(``resizeRowsToContents``) and the ResizeToContents mode seconds; a screenful takes a few
milliseconds. Rows not yet seen keep the height of one line. Heights are cached by segment,
column widths and fonts, so scrolling back or zooming back costs nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel, QTimer

from transdesk.core.report import SegmentKind
from transdesk.gui.editor.fonts import GridFonts
from transdesk.gui.editor.model import Column, SegmentModel, SegmentRecord
from transdesk.gui.editor.text_layout import cell_height
from transdesk.gui.editor.view import SegmentView

MARGIN_ROWS = 3  # measured beyond each edge of the viewport, so a small scroll is ready


class RowHeights(QObject):
    def __init__(
        self,
        view: SegmentView,
        model: SegmentModel,
        proxy: QSortFilterProxyModel,
        fonts: GridFonts,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._proxy = proxy
        self._fonts = fonts
        self._cache: dict[int, dict[tuple[int, int, tuple[str, str, int]], int]] = {}
        self._busy = False
        self.measured = 0  # rows laid out so far (not cache hits): tests check laziness
        # Later, for when the columns are caught mid-way through a resize.
        self._settle = QTimer(self, singleShot=True, interval=0)
        self._settle.timeout.connect(self.refresh)
        view.verticalScrollBar().valueChanged.connect(self.refresh)
        view.horizontalHeader().sectionResized.connect(self._layout_changed)
        view.geometryChanged.connect(self._layout_changed)
        proxy.modelReset.connect(self.refresh)
        proxy.rowsInserted.connect(self.refresh)
        proxy.rowsRemoved.connect(self.refresh)
        proxy.layoutChanged.connect(self.refresh)

    def one_line(self) -> int:
        """The height of a row not yet measured: one line of paragraph text."""
        kind = SegmentKind.PARAGRAPH.value
        return max(
            cell_height("", self._fonts.text(column, kind, rtl=rtl), 100, rtl)
            for column, rtl in (
                ("source", self._model.source_rtl),
                ("target", self._model.target_rtl),
            )
        )

    def forget(self, segment_id: int | None = None) -> None:
        """Drop cached heights: of one segment (its text changed), or all."""
        if segment_id is None:
            self._cache.clear()
        else:
            self._cache.pop(segment_id, None)

    def _layout_changed(self) -> None:
        # The two text columns stretch one after the other: measuring between the two
        # would lay out every row in view for a width it never has.
        if self._view.horizontalHeader().length() == self._view.viewport().width():
            self.refresh()
        else:
            self._settle.start()

    def refresh(self) -> None:
        """Measure the rows in view (and a few beyond), keeping the top row where it is."""
        rows = self._proxy.rowCount()
        if self._busy or not rows or not self._view.isVisible():
            return
        self._busy = True
        try:
            self._refresh(rows)
        finally:
            self._busy = False

    def ensure(self, row: int) -> None:
        """Measure ``row`` and a screenful above it, so that scrolling it into view (at the
        bottom, at worst) lands right the first time."""
        if not self._view.isVisible():
            return
        header = self._view.verticalHeader()
        for below in range(row + 1, min(self._proxy.rowCount(), row + 1 + MARGIN_ROWS)):
            self._apply(below)
        needed = self._view.viewport().height()
        while row >= 0 and needed > 0:
            self._apply(row)
            needed -= header.sectionSize(row)
            row -= 1

    def _refresh(self, rows: int) -> None:
        header = self._view.verticalHeader()
        top = max(0, self._view.rowAt(0))
        y = header.sectionViewportPosition(top)
        # Rows above the top grow as they are measured: scroll by as much, or the rows the
        # translator is looking at would slide down under them.
        shift = sum(self._apply(row) for row in range(max(0, top - MARGIN_ROWS), top))
        bottom = self._view.viewport().height()
        beyond = 0
        row = top
        changed = bool(shift)
        while row < rows and beyond < MARGIN_ROWS:
            if y >= bottom:
                beyond += 1
            changed = bool(self._apply(row)) or changed
            y += header.sectionSize(row)
            row += 1
        if changed:
            self._view.rows_resized()
        if shift:
            bar = self._view.verticalScrollBar()
            bar.setValue(bar.value() + shift)

    def _apply(self, row: int) -> int:
        """Give ``row`` its measured height; by how much it changed."""
        header = self._view.verticalHeader()
        source_row = self._proxy.mapToSource(self._proxy.index(row, 0)).row()
        height = self.height_of(self._model.records[source_row])
        change = height - header.sectionSize(row)
        if change:
            header.resizeSection(row, height)
        return change

    def height_of(self, record: SegmentRecord) -> int:
        widths = (self._view.columnWidth(Column.SOURCE), self._view.columnWidth(Column.TARGET))
        key = (*widths, self._fonts.key)
        known = self._cache.setdefault(record.id, {})
        height = known.get(key)
        if height is None:
            height = known[key] = self._measure(record, widths)
            self.measured += 1
        return height

    def _measure(self, record: SegmentRecord, widths: tuple[int, int]) -> int:
        fonts, model = self._fonts, self._model
        source = fonts.text("source", record.kind, rtl=model.source_rtl)
        target = fonts.text("target", record.kind, rtl=model.target_rtl)
        return max(
            cell_height(record.source, source, widths[0], model.source_rtl),
            cell_height(record.target, target, widths[1], model.target_rtl),
            cell_height("", fonts.ui(), 100, False),  # the status chip
        )
