"""A dock added by a feature (the Memory dock, the QA dock), which says when the interface
language changes so its feature can retitle it and its menus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDockWidget, QWidget


class FeatureDock(QDockWidget):
    languageChanged = Signal()

    def __init__(self, name: str, widget: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWidget(widget)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.languageChanged.emit()
        super().changeEvent(event)
