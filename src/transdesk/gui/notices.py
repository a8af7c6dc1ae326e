"""Non-modal messages at the top of the window: expected failures and notices never need
a dialog to be dismissed before work goes on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

_STYLES = {
    "info": "background:#e8f0fe; color:#0b3a75; border:1px solid #8ab4f8;",
    "warning": "background:#fff4e0; color:#5c3b00; border:1px solid #f0b35a;",
    "error": "background:#fde7e9; color:#6b0010; border:1px solid #e8707c;",
}


class NoticeBar(QFrame):
    """One line of text with a close button; errors stay until closed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice-bar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self, singleShot=True, interval=12_000)
        self._timer.timeout.connect(self.hide)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Close this message"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_message(self, text: str, level: str = "info") -> None:
        self.setStyleSheet(f"#notice-bar {{ {_STYLES[level]} border-radius:3px; }}")
        self.label.setText(text)
        self.show()
        if level == "error":
            self._timer.stop()
        else:
            self._timer.start()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""
