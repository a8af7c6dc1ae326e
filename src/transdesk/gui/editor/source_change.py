"""The strip under the grid that shows how a paragraph's source changed, while its
translation is marked "needs update" after a corrected source came in."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget

from transdesk.core.diffing import SegmentDiff
from transdesk.gui.diff_html import segment_html


class SourceChangePanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("source-change")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("source-change-text")
        self.text.setOpenLinks(False)
        self.text.setMaximumHeight(90)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self.position: int | None = None
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        number = "" if self.position is None else str(self.position + 1)
        self.title.setText(
            self.tr(
                "The source of segment %1 was corrected (struck: removed, underlined: added). "
                "Update the translation, then confirm it."
            ).replace("%1", number)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_change(self, position: int, diff: SegmentDiff, direction: str) -> None:
        self.position = position
        self.retranslate()
        self.text.setHtml(segment_html(diff, direction))
        self.show()

    def plain_text(self) -> str:
        return self.text.toPlainText()
