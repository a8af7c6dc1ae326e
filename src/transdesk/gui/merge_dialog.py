"""Choosing what to keep when someone else saved the article while you were translating.

The list holds the segments both desktops changed: conflicts (the same words changed on
both sides) and automatic merges. For the selected one, three panes show their text (who
saved it, in which revision), yours, and the result, which can be edited or filled with one
button. OK is offered once every conflict has a result.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from transdesk.core.languages import direction
from transdesk.gui.editor.text_layout import text_option
from transdesk.services.merging import MergeOffer, MergeSegment


class MergeDialog(QDialog):
    """Their text, yours and the result, segment by segment; :meth:`choices` on OK."""

    def __init__(
        self,
        offer: MergeOffer,
        source_texts: Mapping[int, str],
        target_language: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("merge-dialog")
        self.setWindowTitle(self.tr("Merge your changes"))
        self.offer = offer
        self.segments = offer.to_review
        self.sources = source_texts
        self.rtl = direction(target_language) == "rtl"
        # Segment id → the text to keep; a conflict enters once someone chooses or types.
        self.results: dict[int, str] = {
            s.segment_id: s.merged for s in self.segments if s.merged is not None
        }
        self._showing: MergeSegment | None = None

        summary = QLabel(
            self.tr(
                "Revision %1 was saved while you were translating. Your text is kept; choose "
                "what to keep where you both changed the same words."
            ).replace("%1", str(offer.newest_revision))
        )
        summary.setWordWrap(True)
        self.segment_list = QTreeWidget()
        self.segment_list.setObjectName("merge-segments")
        self.segment_list.setRootIsDecorated(False)
        self.segment_list.setHeaderLabels([self.tr("#"), self.tr("State"), self.tr("Source")])
        self.source = QLabel()
        self.source.setObjectName("merge-source")
        self.source.setWordWrap(True)
        self.theirs_label = QLabel()
        self.theirs_text = self._pane("merge-theirs", read_only=True)
        self.mine_text = self._pane("merge-mine", read_only=True)
        self.result_text = self._pane("merge-result", read_only=False)
        self.result_text.setPlaceholderText(self.tr("Choose a text below, or write it here."))
        self.use_mine = QPushButton(self.tr("Use mine"))
        self.use_theirs = QPushButton(self.tr("Use theirs"))
        self.use_both = QPushButton(self.tr("Use both"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._lay_out(summary)
        self._fill_list()
        self.segment_list.currentItemChanged.connect(
            lambda item, _old: self._show(self.segment_list.indexOfTopLevelItem(item))
        )
        self.result_text.textChanged.connect(self._result_edited)
        self.use_mine.clicked.connect(lambda: self._choose(lambda s: s.mine))
        self.use_theirs.clicked.connect(lambda: self._choose(lambda s: s.theirs))
        self.use_both.clicked.connect(lambda: self._choose(_both))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        conflicts = [n for n, s in enumerate(self.segments) if s.state == "conflict"]
        first = self.segment_list.topLevelItem(conflicts[0] if conflicts else 0)
        if first is not None:
            self.segment_list.setCurrentItem(first)
        self._show(self.current_row())
        self._update_ok()
        self.resize(900, 560)

    def choices(self) -> dict[int, str]:
        """Segment id → the text to save, for every listed segment that has one."""
        return dict(self.results)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def current_row(self) -> int:
        """The row of the segment shown in the panes; -1 when none is."""
        item = self.segment_list.currentItem()
        return -1 if item is None else self.segment_list.indexOfTopLevelItem(item)

    def state_text(self, row: int) -> str:
        """What the list says of a segment: needs a choice, chosen or merged."""
        item = self.segment_list.topLevelItem(row)
        return "" if item is None else item.text(1)

    # --- building ---------------------------------------------------------------------------

    def _pane(self, name: str, *, read_only: bool) -> QPlainTextEdit:
        """A text pane laid out in the target language's direction, whatever the UI's."""
        pane = QPlainTextEdit()
        pane.setObjectName(name)
        pane.setReadOnly(read_only)
        pane.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight
        )
        pane.document().setDefaultTextOption(text_option(self.rtl))
        return pane

    def _lay_out(self, summary: QLabel) -> None:
        panes = QWidget()
        grid = QGridLayout(panes)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.source, 0, 0, 1, 2)
        grid.addWidget(self.theirs_label, 1, 0)
        grid.addWidget(QLabel(self.tr("Yours (not saved yet)")), 1, 1)
        grid.addWidget(self.theirs_text, 2, 0)
        grid.addWidget(self.mine_text, 2, 1)
        grid.addWidget(QLabel(self.tr("Result (saved when you press OK)")), 3, 0, 1, 2)
        grid.addWidget(self.result_text, 4, 0, 1, 2)
        choose = QHBoxLayout()
        for button in (self.use_mine, self.use_theirs, self.use_both):
            choose.addWidget(button)
        choose.addStretch(1)
        grid.addLayout(choose, 5, 0, 1, 2)
        splitter = QSplitter()
        splitter.addWidget(self.segment_list)
        splitter.addWidget(panes)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def _fill_list(self) -> None:
        for segment in self.segments:
            source = self.sources.get(segment.segment_id, "")
            item = QTreeWidgetItem([str(segment.position), "", " ".join(source.split())])
            item.setToolTip(2, source)
            self.segment_list.addTopLevelItem(item)
            self._label_item(item, segment)
        for column in (0, 1):
            self.segment_list.resizeColumnToContents(column)

    def _label_item(self, item: QTreeWidgetItem, segment: MergeSegment) -> None:
        if segment.segment_id not in self.results:
            item.setText(1, self.tr("needs a choice"))
        elif segment.state == "conflict":
            item.setText(1, self.tr("chosen"))
        else:
            item.setText(1, self.tr("merged"))

    # --- choosing ---------------------------------------------------------------------------

    def _show(self, row: int) -> None:
        segment = self.segments[row] if 0 <= row < len(self.segments) else None
        self._showing = None  # filling the panes is no choice
        for pane in (self.theirs_text, self.mine_text, self.result_text):
            pane.clear()
        enabled = segment is not None
        for widget in (self.result_text, self.use_mine, self.use_theirs, self.use_both):
            widget.setEnabled(enabled)
        if segment is None:
            self.source.clear()
            self.theirs_label.setText(self.tr("Theirs"))
            return
        self.source.setText(self.sources.get(segment.segment_id, ""))
        self.theirs_label.setText(self._whose(segment))
        self.theirs_text.setPlainText(segment.theirs)
        self.mine_text.setPlainText(segment.mine)
        self.result_text.setPlainText(self.results.get(segment.segment_id, ""))
        self._showing = segment

    def _whose(self, segment: MergeSegment) -> str:
        if segment.theirs_revision is None:
            return self.tr("Theirs")
        return (
            self.tr("Theirs: %1, revision %2")
            .replace("%1", segment.theirs_author or self.tr("unknown"))
            .replace("%2", str(segment.theirs_revision))
        )

    def _choose(self, pick: Callable[[MergeSegment], str]) -> None:
        if self._showing is not None:
            self.result_text.setPlainText(pick(self._showing))
            self._result_edited()  # also when the text shown was already that

    def _result_edited(self) -> None:
        segment = self._showing
        if segment is None:
            return
        self.results[segment.segment_id] = self.result_text.toPlainText()
        item = self.segment_list.currentItem()
        if item is not None:
            self._label_item(item, segment)
        self._update_ok()

    def _update_ok(self) -> None:
        unresolved = [s for s in self.segments if s.segment_id not in self.results]
        self.ok_button().setEnabled(not unresolved)


def _both(segment: MergeSegment) -> str:
    """Mine, then theirs on a new line (an empty side adds no blank line)."""
    return "\n".join(text for text in (segment.mine, segment.theirs) if text)
