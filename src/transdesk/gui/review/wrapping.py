"""Review lists whose long texts (comments, notes) wrap instead of being cut off, each in
its own writing direction.

QTreeView asks its delegate for row heights without telling it the column's width, so
word wrap never happens on its own; this delegate passes the width, and the tree lays its
rows out again when a column changes width. The lists are short (one article's threads),
so measuring every row is cheap here.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
)

from transdesk.gui.review.names import reads_right_to_left

Index = QModelIndex | QPersistentModelIndex


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, tree: QTreeWidget, text_columns: Collection[int]) -> None:
        super().__init__(tree)
        self.tree = tree
        self.text_columns = frozenset(text_columns)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        # A comment lays out in its own direction, whatever the UI's: an Arabic remark
        # in an English UI reads right to left, an English one in the Arabic UI left to
        # right (its full stop at its end, not at its start).
        if index.column() in self.text_columns and option.text:
            option.direction = (
                Qt.LayoutDirection.RightToLeft
                if reads_right_to_left(option.text)
                else Qt.LayoutDirection.LeftToRight
            )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        header = self.tree.header()
        if header.sectionResizeMode(index.column()) == QHeaderView.ResizeMode.ResizeToContents:
            return super().sizeHint(option, index)  # its width follows the text, not the reverse
        width = self.tree.columnWidth(index.column())
        if index.column() == 0:  # the tree's own indentation takes part of the first column
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.tree.indentation() * (depth + int(self.tree.rootIsDecorated()))
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, max(width, 1), max(option.rect.height(), 1))
        return super().sizeHint(measured, index)


def wrap_long_texts(tree: QTreeWidget, text_columns: Collection[int]) -> None:
    """Wrap the tree's texts at word boundaries and keep row heights in step with widths;
    ``text_columns`` hold free text (comments, notes), laid out in its own direction."""
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    tree.setItemDelegate(WrappingDelegate(tree, text_columns))
    tree.header().sectionResized.connect(lambda *_: tree.doItemsLayout())
