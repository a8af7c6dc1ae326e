"""Direction per column, by the column's language: checked in the roles and in the pixels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import qGray
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import ARABIC_NEWS, ArticleFactory, EditorFactory
from transdesk.gui.editor import Column, EditorWidget, Role
from transdesk.gui.editor.cell_editor import SegmentEditor

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
SHORT_PAIR = [
    ("headline", "Talks resume", "", "untranslated"),
    ("paragraph", "Breaking", "عاجل", "translated"),
]


def directions(editor: EditorWidget, row: int = 0) -> tuple[object, object]:
    model = editor.model
    return (
        model.index(row, Column.SOURCE).data(Role.DIRECTION),
        model.index(row, Column.TARGET).data(Role.DIRECTION),
    )


def ink_extent(editor: EditorWidget, row: int, column: int) -> tuple[float, float]:
    """Where dark pixels fall across a cell, as fractions of its width (0 = left edge)."""
    view = editor.view
    image = view.viewport().grab().toImage()
    rect = view.visualRect(editor.proxy.index(row, column)).adjusted(3, 3, -3, -3)
    xs = [
        x
        for y in range(rect.top(), rect.bottom())
        for x in range(rect.left(), rect.right())
        if qGray(image.pixel(x, y)) < 110
    ]
    assert xs, "nothing painted in the cell"
    return (min(xs) - rect.left()) / rect.width(), (max(xs) - rect.left()) / rect.width()


def test_arabic_source_is_right_to_left_beside_an_english_translation(
    make_editor: EditorFactory, make_article: ArticleFactory
) -> None:
    editor = make_editor(make_article(ARABIC_NEWS))
    assert directions(editor) == (RTL, LTR)
    source = editor.model.index(0, Column.SOURCE)
    assert editor.delegate.text_direction_for(source) == RTL
    alignment = Qt.AlignmentFlag(source.data(Qt.ItemDataRole.TextAlignmentRole))
    assert alignment & Qt.AlignmentFlag.AlignRight and alignment & Qt.AlignmentFlag.AlignAbsolute
    cell_editor = QApplication.focusWidget()
    assert isinstance(cell_editor, SegmentEditor) and cell_editor.layoutDirection() == LTR


def test_english_source_beside_an_arabic_translation_edited_right_to_left(
    make_editor: EditorFactory, make_article: ArticleFactory
) -> None:
    editor = make_editor(make_article(SHORT_PAIR, source="en", target="ar"))
    assert directions(editor) == (LTR, RTL)
    cell_editor = QApplication.focusWidget()
    assert isinstance(cell_editor, SegmentEditor)
    assert cell_editor.layoutDirection() == RTL
    assert cell_editor.document().defaultTextOption().textDirection() == RTL


def test_a_short_arabic_cell_is_painted_on_its_right(
    make_editor: EditorFactory, make_article: ArticleFactory
) -> None:
    editor = make_editor(make_article(ARABIC_NEWS))
    urgent = 3  # "عاجل", not the current row (its editor and highlight would be in the way)
    assert editor.view.currentIndex().row() != urgent
    left, _ = ink_extent(editor, urgent, Column.SOURCE)
    assert left > 0.8
    _, right = ink_extent(editor, 0, Column.TARGET)  # "Government announces…"
    assert right < 0.8


@pytest.mark.usefixtures("mirrored_ui")
def test_a_mirrored_ui_keeps_an_english_source_left_to_right(
    make_editor: EditorFactory, make_article: ArticleFactory
) -> None:
    editor = make_editor(make_article(SHORT_PAIR, source="en", target="ar"))
    assert editor.view.layoutDirection() == RTL  # the interface is mirrored...
    assert directions(editor, 1) == (LTR, RTL)  # ...the languages are not
    _, right = ink_extent(editor, 1, Column.SOURCE)
    assert right < 0.5  # "Breaking" on the left of its cell
    left, _ = ink_extent(editor, 1, Column.TARGET)
    assert left > 0.5  # "عاجل" on the right of its cell


@pytest.mark.usefixtures("mirrored_ui")
def test_a_mirrored_ui_edits_an_english_translation_left_to_right(
    make_editor: EditorFactory, make_article: ArticleFactory
) -> None:
    make_editor(make_article(ARABIC_NEWS))
    cell_editor = QApplication.focusWidget()
    assert isinstance(cell_editor, SegmentEditor)
    assert cell_editor.layoutDirection() == LTR
