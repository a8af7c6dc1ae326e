"""The find and replace bar under the grid (hidden until asked for)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from transdesk.gui.editor.find import FindOptions

SCOPES = ("both", "source", "target")


class FindBar(QWidget):
    findNext = Signal()
    findPrevious = Signal()
    queryEdited = Signal()  # search as the translator types
    replaceOne = Signal()
    replaceAll = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find-bar")
        self.find_label = QLabel()
        self.find_field = QLineEdit()
        self.find_field.setObjectName("find-field")
        self.find_field.setClearButtonEnabled(True)
        self.replace_label = QLabel()
        self.replace_field = QLineEdit()
        self.replace_field.setObjectName("replace-field")
        self.previous_button = QToolButton()
        self.next_button = QToolButton()
        self.match_case = QCheckBox()
        self.whole_words = QCheckBox()
        self.scope = QComboBox()
        self.scope.addItems(["", "", ""])
        self.message = QLabel()
        self.message.setObjectName("find-message")
        self.close_button = QToolButton()
        self.replace_button = QPushButton()
        self.replace_all_button = QPushButton()
        self.find_label.setBuddy(self.find_field)
        self.replace_label.setBuddy(self.replace_field)
        self._lay_out()
        self.find_field.returnPressed.connect(self.findNext)
        self.find_field.textEdited.connect(self.queryEdited)
        self.replace_field.returnPressed.connect(self.replaceOne)
        self.next_button.clicked.connect(self.findNext)
        self.previous_button.clicked.connect(self.findPrevious)
        self.replace_button.clicked.connect(self.replaceOne)
        self.replace_all_button.clicked.connect(self.replaceAll)
        self.close_button.clicked.connect(self.close_bar)
        for box in (self.match_case, self.whole_words):
            box.toggled.connect(self.queryEdited)
        self.scope.currentIndexChanged.connect(self.queryEdited)
        self.retranslate()
        self.hide()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.addWidget(self.find_label, 0, 0)
        grid.addWidget(self.find_field, 0, 1)
        grid.addWidget(self.previous_button, 0, 2)
        grid.addWidget(self.next_button, 0, 3)
        grid.addWidget(self.match_case, 0, 4)
        grid.addWidget(self.whole_words, 0, 5)
        grid.addWidget(self.scope, 0, 6)
        grid.addWidget(self.message, 0, 7)
        grid.addWidget(self.close_button, 0, 8)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_field, 1, 1)
        grid.addWidget(self.replace_button, 1, 2, 1, 2)
        grid.addWidget(self.replace_all_button, 1, 4, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(7, 1)

    def retranslate(self) -> None:
        self.find_label.setText(self.tr("&Find:"))
        self.replace_label.setText(self.tr("Re&place with:"))
        self.find_field.setPlaceholderText(self.tr("Text to find"))
        self.previous_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.match_case.setText(self.tr("Match &case"))
        self.whole_words.setText(self.tr("&Whole words"))
        self.scope.setItemText(0, self.tr("Source and translation"))
        self.scope.setItemText(1, self.tr("Source only"))
        self.scope.setItemText(2, self.tr("Translation only"))
        self.replace_button.setText(self.tr("&Replace"))
        self.replace_all_button.setText(self.tr("Replace &All"))
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Close (Esc)"))

    def open_bar(self, *, replace: bool, text: str = "") -> None:
        replacing: tuple[QWidget, ...] = (
            self.replace_label,
            self.replace_field,
            self.replace_button,
            self.replace_all_button,
        )
        for widget in replacing:
            widget.setVisible(replace)
        if replace:
            self.scope.setCurrentIndex(SCOPES.index("target"))  # replacing touches only those
        if text:
            self.find_field.setText(text)
        self.message.clear()
        self.show()
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def replacing(self) -> bool:
        return self.isVisible() and self.replace_field.isVisible()

    def options(self, *, targets_only: bool = False) -> FindOptions:
        scope = SCOPES[self.scope.currentIndex()]
        return FindOptions(
            text=self.find_field.text(),
            match_case=self.match_case.isChecked(),
            whole_words=self.whole_words.isChecked(),
            in_source=scope in ("both", "source") and not targets_only,
            in_target=scope in ("both", "target") or targets_only,
        )

    def replacement(self) -> str:
        return str(self.replace_field.text())

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
