"""Painting the grid's cells and opening the cell editor over the current translation.

Cells are painted with a QTextLayout (never a QTextDocument or a widget per cell), in the
direction of the column's language; a find match is painted as a highlighted span.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from transdesk.gui.editor.cell_editor import SegmentEditor
from transdesk.gui.editor.model import Column, Role
from transdesk.gui.editor.statuses import status_colours
from transdesk.gui.editor.terms import TermSpans
from transdesk.gui.editor.text_layout import PADDING, cell_height, lay_out, text_option

Index = QModelIndex | QPersistentModelIndex
Key = Qt.Key
Mod = Qt.KeyboardModifier
CHIP_INSET = 3  # around the status chip, inside its cell
_HIGHLIGHT = (QColor("#ffd54f"), QColor("#000000"))  # black on amber: 13:1


@dataclass(frozen=True)
class Highlight:
    segment_id: int
    column: int  # Column.SOURCE or Column.TARGET
    start: int
    end: int


class SegmentDelegate(QStyledItemDelegate):
    # What a key pressed in the cell editor asks for: "next", "previous", "confirm",
    # "undo", "redo" or "close". Only keys that no window action took arrive here.
    keyCommand = Signal(str)
    # The open cell editor's text after every change: segment id, editing session, text.
    typed = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.highlight: Highlight | None = None
        self.terms = TermSpans()  # glossary terms marked in the source column
        self.open_editor: SegmentEditor | None = None
        self._sessions = 0

    # -- painting ---------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        column = index.column()
        text = opt.text
        if column != Column.NUMBER:
            opt.text = ""  # the style draws the cell's background and selection; we the text
        if column == Column.STATUS:
            opt.backgroundBrush = QBrush()  # the status colour goes on a chip, not the cell
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if column == Column.STATUS:
            self._paint_chip(painter, opt, text, str(index.data(Role.STATUS)))
        elif column in (Column.SOURCE, Column.TARGET) and text:
            self._paint_text(painter, opt, index, text)

    def _paint_text(
        self, painter: QPainter, opt: QStyleOptionViewItem, index: Index, text: str
    ) -> None:
        rtl = index.data(Role.DIRECTION) == Qt.LayoutDirection.RightToLeft
        rect = opt.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        formats = self._highlight_formats(index)
        if index.column() == Column.SOURCE:
            on_selection = opt.palette.color(group, role) if selected else None
            formats = self.terms.formats(text, on_selection) + formats  # find on top
        layout, _ = lay_out(text, opt.font, rect.width(), rtl, formats)
        painter.save()
        painter.setClipRect(opt.rect)
        painter.setPen(opt.palette.color(group, role))
        layout.draw(painter, QPointF(rect.left(), rect.top()))
        painter.restore()

    def _highlight_formats(self, index: Index) -> list[QTextLayout.FormatRange]:
        match = self.highlight
        if match is None or match.column != index.column():
            return []
        if index.data(Role.SEGMENT_ID) != match.segment_id:
            return []
        span = QTextLayout.FormatRange()
        span.start, span.length = match.start, match.end - match.start
        text_format = QTextCharFormat()
        text_format.setBackground(_HIGHLIGHT[0])
        text_format.setForeground(_HIGHLIGHT[1])
        span.format = text_format
        return [span]

    @staticmethod
    def _paint_chip(painter: QPainter, opt: QStyleOptionViewItem, label: str, status: str) -> None:
        background, foreground = status_colours(status)
        line = QFontMetrics(opt.font).height()
        chip = QRect(opt.rect.left(), opt.rect.top(), opt.rect.width(), line + 2 * PADDING)
        chip.adjust(CHIP_INSET, CHIP_INSET, -CHIP_INSET, -CHIP_INSET)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(chip, 4, 4)
        painter.setPen(foreground)
        painter.setFont(opt.font)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # The view never asks (rows are sized by RowHeights); answer truthfully anyway.
        hint = super().sizeHint(option, index)
        if index.column() in (Column.SOURCE, Column.TARGET) and option.rect.width() > 0:
            font = index.data(Qt.ItemDataRole.FontRole)
            rtl = index.data(Role.DIRECTION) == Qt.LayoutDirection.RightToLeft
            text = str(index.data() or "")
            hint.setHeight(cell_height(text, font, option.rect.width(), rtl))
        return hint

    def text_direction_for(self, index: Index) -> Qt.LayoutDirection:
        """The text direction a cell is painted with (for tests and accessibility)."""
        rtl = index.data(Role.DIRECTION) == Qt.LayoutDirection.RightToLeft
        return text_option(rtl).textDirection()

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        """A source cell's tooltip: how the newsroom translates the terms in it."""
        if event.type() == QEvent.Type.ToolTip and index.column() == Column.SOURCE:
            tip = self.terms.tooltip(str(index.data() or ""))
            if tip:
                QToolTip.showText(event.globalPos(), tip, view)
                return True
        return super().helpEvent(event, view, option, index)

    # -- the cell editor --------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        self._sessions += 1
        font = index.data(Qt.ItemDataRole.FontRole)
        editor = SegmentEditor(
            parent,
            int(index.data(Role.SEGMENT_ID)),
            self._sessions,
            rtl=index.data(Role.DIRECTION) == Qt.LayoutDirection.RightToLeft,
            font=font if isinstance(font, QFont) else QFont(),
        )
        self.open_editor = editor
        editor.edited.connect(self.typed)
        # Editors die later (deleteLater), often after the next one opened: forget only
        # this one. (destroyEditor is not called when the whole view goes.)
        editor.destroyed.connect(partial(self._forget_editor, self._sessions))
        return editor

    def _forget_editor(self, session: int) -> None:
        if self._sessions == session:
            self.open_editor = None

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        if editor is self.open_editor:
            self.open_editor = None
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, SegmentEditor)
        editor.set_text(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        match = self.highlight
        if match and match.column == Column.TARGET and match.segment_id == editor.segment_id:
            editor.select_span(match.start, match.end)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        # Never model.setData: changes reach the model only through undoable commands.
        # The editor widget listens to ``edited``; re-sending the text is a no-op when the
        # model already has it (typing is committed as it happens).
        assert isinstance(editor, SegmentEditor)
        editor.edited.emit(editor.segment_id, editor.session, editor.text())

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        editor.setGeometry(option.rect)

    # -- keys in the cell editor ------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, SegmentEditor):
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.FocusOut:
            # Focus given to the grid or the editor widget (the main window's setFocus, a
            # click in the row) must not close the cell: the grid hands it straight back.
            # Anywhere else (find bar, another dock) commits and closes, as usual.
            taker = QApplication.focusWidget()
            if taker is not None and taker.isAncestorOf(watched):
                return True
            return super().eventFilter(watched, event)
        if not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.ShortcutOverride and _window_shortcut(event):
            # QPlainTextEdit claims Ctrl+Z and Ctrl+Shift+Z for its own undo; leave them to
            # the window's Undo and Redo actions, which use the editor's undo stack.
            event.ignore()
            return True
        if event.type() == QEvent.Type.KeyPress:
            command = _command_for(event)
            if command:
                self.keyCommand.emit(command)
                return True
        return super().eventFilter(watched, event)


def _window_shortcut(event: QKeyEvent) -> bool:
    return _undo_command(event) is not None


def _undo_command(event: QKeyEvent) -> str | None:
    combination = QKeySequence(event.keyCombination())
    if event.matches(QKeySequence.StandardKey.Undo):
        return "undo"
    if event.matches(QKeySequence.StandardKey.Redo) or combination == QKeySequence("Ctrl+Shift+Z"):
        return "redo"
    return None


def _command_for(event: QKeyEvent) -> str | None:
    """Keys handled by the editor itself when no window action took them first."""
    key, modifiers = event.key(), event.modifiers() & ~Mod.KeypadModifier
    if key in (Key.Key_Return, Key.Key_Enter):
        if modifiers == Mod.NoModifier:
            return "next"  # news paragraphs are one line: Enter moves on, as in CAT tools
        if modifiers & Mod.ControlModifier:
            return "confirm"
        return None  # Shift+Enter: a line break inside the segment
    if modifiers == Mod.ControlModifier and key in (Key.Key_Up, Key.Key_Down):
        return "previous" if key == Key.Key_Up else "next"
    if key == Key.Key_Tab and modifiers == Mod.NoModifier:
        return "next"
    if key == Key.Key_Backtab:
        return "previous"
    if key == Key.Key_Escape and modifiers == Mod.NoModifier:
        return "close"
    return _undo_command(event)
