"""The article's comment threads: first comments with their replies, resolved ones greyed
and marked ✓, optionally only those on the current segment."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from transdesk.gui.review.names import when, when_full
from transdesk.gui.review.wrapping import wrap_long_texts
from transdesk.services.comments import CommentThread, CommentView

THREAD = Qt.ItemDataRole.UserRole  # the thread's first comment id, on every item
POSITION = Qt.ItemDataRole.UserRole + 1  # the segment's 0-based position
NUMBER, TEXT, AUTHOR, TIME = range(4)


class CommentsTab(QWidget):
    addRequested = Signal()
    replyRequested = Signal()
    resolveRequested = Signal()
    jumpRequested = Signal(int)  # 0-based segment position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.threads: list[CommentThread] = []
        self.position: int | None = None
        self.can_add = False
        self.only_segment = QCheckBox()
        self.only_segment.setObjectName("review-only-segment")
        self.only_segment.toggled.connect(self._fill)
        self.tree = QTreeWidget()
        self.tree.setObjectName("review-comments")
        self.tree.setColumnCount(4)
        wrap_long_texts(self.tree, (TEXT,))
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (NUMBER, AUTHOR, TIME):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(self._jump)
        self.add_button = QPushButton()
        self.reply_button = QPushButton()
        self.resolve_button = QPushButton()
        self.add_button.clicked.connect(self.addRequested)
        self.reply_button.clicked.connect(self.replyRequested)
        self.resolve_button.clicked.connect(self.resolveRequested)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reply_button, self.resolve_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.only_segment)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.only_segment.setText(self.tr("&Only this segment"))
        self.tree.setHeaderLabels(
            [self.tr("#"), self.tr("Comment"), self.tr("By"), self.tr("When")]
        )
        self.add_button.setText(self.tr("&Add comment…"))
        self.add_button.setToolTip(self.tr("Comment on the segment you are in"))
        self.reply_button.setText(self.tr("Re&ply…"))
        self.resolve_button.setText(self.tr("Reso&lve"))
        self.resolve_button.setToolTip(self.tr("Mark the selected thread as settled"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- what the panel tells it ----------------------------------------------------------

    def show_threads(self, threads: list[CommentThread]) -> None:
        self.threads = threads
        self._fill()

    def set_current_segment(self, position: int | None) -> None:
        self.position = position
        self.only_segment.setEnabled(position is not None)
        if self.only_segment.isChecked():
            self._fill()
        self._update_buttons()

    def set_can_add(self, can: bool) -> None:
        self.can_add = can
        self._update_buttons()

    def select_thread(self, thread_id: int) -> None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(NUMBER, THREAD) == thread_id:
                self.tree.setCurrentItem(item)
                item.setExpanded(True)
                return

    def selected_thread(self) -> CommentThread | None:
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        wanted = item.data(NUMBER, THREAD)
        return next((t for t in self.threads if t.first.id == wanted), None)

    def shown_threads(self) -> list[CommentThread]:
        if self.only_segment.isChecked() and self.position is not None:
            return [t for t in self.threads if t.first.position == self.position]
        return list(self.threads)

    # --- the tree ---------------------------------------------------------------------------

    def _fill(self) -> None:
        selected = self.selected_thread()
        self.tree.clear()
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for thread in self.shown_threads():
            replies = [self._item(thread, reply, top=False) for reply in thread.replies]
            item = self._item(thread, thread.first, top=True)
            item.addChildren(replies)
            if thread.resolved:
                for each in (item, *replies):
                    for column in range(self.tree.columnCount()):
                        each.setForeground(column, grey)
            self.tree.addTopLevelItem(item)
            item.setExpanded(not thread.resolved)
        if selected is not None:
            self.select_thread(selected.first.id)
        self._update_buttons()

    def _item(self, thread: CommentThread, comment: CommentView, *, top: bool) -> QTreeWidgetItem:
        number = f"#{comment.position + 1}" if top else ""
        if top and thread.resolved:
            number += " ✓"
        item = QTreeWidgetItem([number, comment.text, comment.author, when(comment.created_at)])
        item.setData(NUMBER, THREAD, thread.first.id)
        item.setData(NUMBER, POSITION, comment.position)
        item.setToolTip(TEXT, comment.text)
        item.setToolTip(TIME, when_full(comment.created_at))
        if top and thread.resolved:
            resolved_at = thread.first.resolved_at
            item.setToolTip(
                NUMBER,
                self.tr("Resolved by %1, %2")
                .replace("%1", thread.first.resolved_by or "")
                .replace("%2", when_full(resolved_at) if resolved_at else ""),
            )
        elif top:
            item.setToolTip(NUMBER, self.tr("Open"))
        return item

    def _jump(self, item: QTreeWidgetItem, _column: int) -> None:
        self.jumpRequested.emit(int(item.data(NUMBER, POSITION)))

    def _update_buttons(self) -> None:
        thread = self.selected_thread()
        self.add_button.setEnabled(self.can_add and self.position is not None)
        self.reply_button.setEnabled(thread is not None)
        self.resolve_button.setEnabled(thread is not None and not thread.resolved)
