"""The editor opened over the current segment's translation cell."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget

from transdesk.gui.editor.text_layout import PADDING, text_option


class SegmentEditor(QPlainTextEdit):
    """Plain text, wrapped like the painted cell so opening it moves nothing.

    Its own undo is off: every change goes through the editor widget's undo stack, so
    Ctrl+Z means the same thing in a cell and outside it.
    """

    edited = Signal(int, int, str)  # segment id, editing session, text

    def __init__(
        self, parent: QWidget, segment_id: int, session: int, *, rtl: bool, font: QFont
    ) -> None:
        super().__init__(parent)
        self.segment_id = segment_id
        self.session = session
        self.setObjectName("segment-editor")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        # Explicitly set, never inherited: an Arabic UI must not turn an English cell RTL.
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)
        self.setFont(font)
        document = self.document()
        document.setDefaultFont(font)
        document.setDocumentMargin(PADDING)
        document.setDefaultTextOption(text_option(rtl))
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.textChanged.connect(self._emit_edited)

    def text(self) -> str:
        # Shift+Enter inserts U+2028; the article stores a plain "\n".
        return self.toPlainText().replace("\u2028", "\n")

    def set_text(self, text: str) -> None:
        """Show ``text`` unless already shown (the model echoes every keystroke back)."""
        if text == self.text():
            return
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)

    def select_span(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def _emit_edited(self) -> None:
        self.edited.emit(self.segment_id, self.session, self.text())
