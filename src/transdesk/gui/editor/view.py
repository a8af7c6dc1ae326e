"""The grid: a table whose current cell is always a translation, edited in place."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from transdesk.gui.editor.model import Column

Index = QModelIndex | QPersistentModelIndex
Trigger = QAbstractItemView.EditTrigger


class TranslationCellSelection(QItemSelectionModel):
    """Clicking or arrowing anywhere in a row makes that row's translation current, so the
    cell editor always opens where the translator types."""

    def setCurrentIndex(self, index: Index, command: QItemSelectionModel.SelectionFlag) -> None:
        if index.isValid() and index.column() != Column.TARGET:
            index = index.sibling(index.row(), Column.TARGET)
        super().setCurrentIndex(index, command)


class SegmentView(QTableView):
    geometryChanged = Signal()  # shown or resized: the rows in view may be different ones

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browsing = False  # moving without opening the cell editor (find results)
        self.setObjectName("segment-grid")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Rows differ in height by many lines: scrolling by whole rows would jump.
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setEditTriggers(
            Trigger.CurrentChanged
            | Trigger.DoubleClicked
            | Trigger.SelectedClicked
            | Trigger.AnyKeyPressed
            | Trigger.EditKeyPressed
        )
        rows = self.verticalHeader()
        rows.hide()  # the # column numbers the segments
        # Heights come from RowHeights only; never ResizeToContents (it measures every row).
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(8)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            self.setSelectionModel(TranslationCellSelection(model, self))
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for column in (Column.SOURCE, Column.TARGET):
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def edit(  # type: ignore[override]
        self,
        index: Index,
        trigger: Trigger = Trigger.AllEditTriggers,
        event: QEvent | None = None,
    ) -> bool:
        if self.browsing and trigger == Trigger.CurrentChanged:
            return False
        if index.isValid() and index.column() != Column.TARGET:
            index = index.sibling(index.row(), Column.TARGET)  # a click on the source edits too
        return super().edit(index, trigger, event)  # type: ignore[arg-type]

    def editing(self) -> bool:
        return self.state() == QAbstractItemView.State.EditingState

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Focus given to the grid (by the main window, or back from the find bar) belongs
        # in the open cell editor, where the translator types.
        cell_editor = getattr(self.itemDelegate(), "open_editor", None)
        if self.editing() and isinstance(cell_editor, QWidget):
            cell_editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_current_editor(self) -> None:
        current = self.currentIndex()
        if current.isValid() and not self.editing() and self.isVisible():
            self.edit(current, Trigger.AllEditTriggers, None)

    @contextmanager
    def browsing_only(self) -> Iterator[None]:
        """Move the current row without opening the cell editor (it would take the focus
        from the find bar)."""
        self.browsing = True
        try:
            yield
        finally:
            self.browsing = False

    def rows_resized(self) -> None:
        """After rows changed height: the scroll range and the cell editor follow now, not
        at the view's next timer (the editor would lag a keystroke behind its row)."""
        self.updateGeometries()
        self.updateEditorGeometries()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on the grid (after Esc left the cell) goes back into the translation.
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() == Qt.KeyboardModifier.NoModifier and not self.editing():
            self.open_current_editor()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.geometryChanged.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.geometryChanged.emit()
