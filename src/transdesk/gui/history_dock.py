"""The article's revisions, newest first: who, when, how much changed, and why."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from transdesk.core.errors import UserError
from transdesk.gui.roles import role_name
from transdesk.services.history import RevisionSummary, list_revisions
from transdesk.storage.database import Database


class HistoryPanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.article_id: int | None = None
        self.tree = QTreeWidget()
        self.tree.setObjectName("history-tree")
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [self.tr("#"), self.tr("Author"), self.tr("Time"), self.tr("Segments"),
             self.tr("Words"), self.tr("Message")]
        )  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self, article_id: int | None) -> None:
        self.article_id = article_id
        self.tree.clear()
        if article_id is None:
            return
        try:
            revisions = list_revisions(self.db, article_id)
        except UserError:
            return
        self.tree.addTopLevelItems([self._item(revision) for revision in revisions])

    def _item(self, revision: RevisionSummary) -> QTreeWidgetItem:
        author = revision.author or self.tr("(import)")
        return QTreeWidgetItem(
            [
                str(revision.number),
                self.tr("%1 (%2)", "author (role)")
                .replace("%1", author)
                .replace("%2", role_name(revision.role)),
                revision.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                str(revision.changed_segments),
                # U+2212 minus; LRI…PDI keep "+3 −1" in this order inside right-to-left UIs.
                f"\u2066+{revision.words_added} \u2212{revision.words_removed}\u2069",
                revision.message,
            ]
        )
