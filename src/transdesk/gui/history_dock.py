"""The article's history: its revisions, newest first (who, when, how much changed, why),
and blame (who last wrote each segment, in which revision), with the current segment's
line always in view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from transdesk.core.errors import UserError
from transdesk.gui.roles import role_name
from transdesk.services.history import BlameLine, RevisionSummary, blame, list_revisions
from transdesk.storage.database import Database


class HistoryPanel(QWidget):
    jumpToSegment = Signal(int)  # 0-based position, from a double-click in the blame list

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.article_id: int | None = None
        self.lines: list[BlameLine] = []
        self.current: int | None = None  # 0-based position of the editor's segment
        self.tree = QTreeWidget()
        self.tree.setObjectName("history-tree")
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(6)
        self.blame_tree = QTreeWidget()
        self.blame_tree.setObjectName("blame-tree")
        self.blame_tree.setRootIsDecorated(False)
        self.blame_tree.setColumnCount(4)
        self.blame_tree.itemDoubleClicked.connect(
            lambda item, _column: self.jumpToSegment.emit(self.blame_tree.indexOfTopLevelItem(item))
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.tree, "")
        self.tabs.addTab(self.blame_tree, "")
        self.segment_line = QLabel()
        self.segment_line.setObjectName("segment-blame")
        self.segment_line.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.segment_line)
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [self.tr("#"), self.tr("Author"), self.tr("Time"), self.tr("Segments"),
             self.tr("Words"), self.tr("Message")]
        )  # fmt: skip
        self.blame_tree.setHeaderLabels(
            [self.tr("Segment"), self.tr("Revision"), self.tr("Last written by"), self.tr("Time")]
        )
        self.tabs.setTabText(0, self.tr("Revisions"))
        self.tabs.setTabText(1, self.tr("Blame"))
        self._fill_blame()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self, article_id: int | None) -> None:
        """Show the article's revisions and blame (None: nothing)."""
        self.article_id = article_id
        self.tree.clear()
        self.lines = []
        if article_id is not None:
            try:
                revisions = list_revisions(self.db, article_id)
                self.lines = blame(self.db, article_id)
            except UserError:
                revisions = []
            self.tree.addTopLevelItems([self._item(revision) for revision in revisions])
        self._fill_blame()

    def set_current_segment(self, position: int | None) -> None:
        """Follow the editor: select the segment's blame line and say who wrote it."""
        self.current = position
        item = self.blame_tree.topLevelItem(position) if position is not None else None
        if item is not None:
            self.blame_tree.setCurrentItem(item)
        self._show_segment_line()

    def _fill_blame(self) -> None:
        self.blame_tree.clear()
        self.blame_tree.addTopLevelItems([self._blame_item(line) for line in self.lines])
        self.set_current_segment(self.current)

    def _show_segment_line(self) -> None:
        position = self.current
        if position is None or not 0 <= position < len(self.lines):
            self.segment_line.setText("")
            return
        line = self.lines[position]
        if line.revision_number is None:
            text = self.tr("Segment %1: not translated in any revision yet.")
        else:
            text = (
                self.tr("Segment %1: last written by %2 in revision %3, %4.")
                .replace("%2", self._blame_author(line))
                .replace("%3", str(line.revision_number))
                .replace("%4", self._when(line))
            )
        self.segment_line.setText(text.replace("%1", str(position + 1)))

    def _author(self, name: str | None, role: str | None) -> str:
        return (
            self.tr("%1 (%2)", "author (role)")
            .replace("%1", name or self.tr("(import)"))
            .replace("%2", role_name(role or ""))
        )

    def _blame_author(self, line: BlameLine) -> str:
        author = self._author(line.author, line.role)
        if line.origin == "memory":
            return self.tr("%1, pre-translated from memory").replace("%1", author)
        return author

    @staticmethod
    def _when(line: BlameLine | RevisionSummary) -> str:
        return line.created_at.astimezone().strftime("%Y-%m-%d %H:%M") if line.created_at else ""

    def _blame_item(self, line: BlameLine) -> QTreeWidgetItem:
        if line.revision_number is None:
            return QTreeWidgetItem([str(line.position + 1), "", self.tr("(untouched)"), ""])
        return QTreeWidgetItem(
            [
                str(line.position + 1),
                str(line.revision_number),
                self._blame_author(line),
                self._when(line),
            ]
        )

    def _item(self, revision: RevisionSummary) -> QTreeWidgetItem:
        return QTreeWidgetItem(
            [
                str(revision.number),
                self._author(revision.author, revision.role),
                self._when(revision),
                str(revision.changed_segments),
                # U+2212 minus; LRI…PDI keep "+3 −1" in this order inside right-to-left UIs.
                f"\u2066+{revision.words_added} \u2212{revision.words_removed}\u2069",
                revision.message,
            ]
        )
