"""Showing only segments of some statuses, e.g. what is left to translate."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from transdesk.gui.editor.model import SegmentModel


class StatusFilterModel(QSortFilterProxyModel):
    """Rows are filtered when the filter is set, not when a status changes: a segment the
    translator is working on must not vanish under the cursor because typing made it a
    draft."""

    def __init__(self, model: SegmentModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._segments = model
        self._statuses: frozenset[str] | None = None
        self.setDynamicSortFilter(False)
        self.setSourceModel(model)

    @property
    def statuses(self) -> frozenset[str] | None:
        return self._statuses

    def set_statuses(self, statuses: set[str] | frozenset[str] | None) -> None:
        wanted = None if statuses is None else frozenset(statuses)
        if wanted == self._statuses:
            return
        self.beginFilterChange()
        self._statuses = wanted
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        # Straight to the records: going through data() costs a Qt round trip per row.
        if self._statuses is None:
            return True
        return self._segments.records[source_row].status in self._statuses
