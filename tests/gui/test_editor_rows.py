"""Row heights measured lazily, the status filter, and zoom."""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.benchmarks.news_text import paragraph
from tests.gui.conftest import ARABIC_NEWS, ArticleFactory, EditorFactory
from transdesk.gui.editor import Column, EditorWidget
from transdesk.services.editing import EditorArticle
from transdesk.settings import Settings

TypeText = Callable[[str], None]


def long_article(make_article: ArticleFactory, segments: int = 5000) -> EditorArticle:
    rng = random.Random(3)
    specs = [("headline", "Talks on water rights resume in Geneva", "", "untranslated")]
    specs += [("paragraph", paragraph(rng), "", "untranslated") for _ in range(segments - 1)]
    return make_article(specs, source="en", target="ar")


def rows_in_view(editor: EditorWidget) -> range:
    view = editor.view
    first = view.rowAt(0)
    last = view.rowAt(view.viewport().height() - 1)
    return range(first, (last if last >= 0 else editor.proxy.rowCount() - 1) + 1)


def test_only_rows_in_view_are_measured_and_scrolling_measures_more(
    make_editor: EditorFactory, make_article: ArticleFactory
) -> None:
    editor = make_editor(long_article(make_article), size=(1000, 700))
    header = editor.view.verticalHeader()
    visible = rows_in_view(editor)
    assert 0 < editor.row_heights.measured <= len(visible) + 10
    one_line = header.defaultSectionSize()
    assert all(header.sectionSize(row) > one_line for row in visible[1:])  # wrapped paragraphs
    assert header.sectionSize(4000) == one_line  # never seen: never measured
    before = editor.row_heights.measured
    bar = editor.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    middle = rows_in_view(editor)
    assert middle.start > 1000
    assert all(header.sectionSize(row) > one_line for row in middle)
    assert before < editor.row_heights.measured <= before + len(middle) + 10


def test_a_row_grows_as_its_translation_grows(
    make_editor: EditorFactory, make_article: ArticleFactory, type_text: TypeText
) -> None:
    editor = make_editor(make_article(ARABIC_NEWS), size=(700, 400))
    row = editor.view.currentIndex().row()
    before = editor.view.rowHeight(row)
    type_text("On Sunday the government announced a five billion dollar plan " * 3)
    assert editor.view.rowHeight(row) > before
    cell_editor = editor.delegate.open_editor
    assert cell_editor is not None
    assert cell_editor.geometry() == editor.view.visualRect(editor.view.currentIndex())
    assert cell_editor.verticalScrollBar().maximum() == 0  # every line in sight


def test_zoom_enlarges_both_columns_and_measures_again(
    make_editor: EditorFactory, make_article: ArticleFactory
) -> None:
    editor = make_editor(make_article(ARABIC_NEWS), size=(900, 500))
    model = editor.model
    size = model.index(2, Column.SOURCE).data(Qt.ItemDataRole.FontRole).pointSizeF()
    height = editor.view.rowHeight(2)
    measured = editor.row_heights.measured
    editor.zoom_in()
    editor.zoom_in()
    assert model.index(2, Column.SOURCE).data(Qt.ItemDataRole.FontRole).pointSizeF() == size + 2
    assert model.index(2, Column.TARGET).data(Qt.ItemDataRole.FontRole).pointSizeF() == size + 2
    assert editor.view.rowHeight(2) > height
    assert editor.row_heights.measured > measured
    editor.zoom_reset()
    assert editor.view.rowHeight(2) == height
    assert editor.save_state() == '{"zoom": 0}'


def test_narrower_columns_make_taller_rows(
    make_editor: EditorFactory, make_article: ArticleFactory
) -> None:
    editor = make_editor(long_article(make_article, 50), size=(1200, 500))
    height = editor.view.rowHeight(3)
    editor.resize(600, 500)
    editor.row_heights.refresh()
    assert editor.view.rowHeight(3) > height


def test_status_filter_hides_rows_and_keeps_the_current_segment(
    make_editor: EditorFactory, make_article: ArticleFactory
) -> None:
    article = make_article(ARABIC_NEWS)
    editor = make_editor(article)
    current = editor.current_segment()
    editor.set_status_filter({"untranslated"})
    assert editor.proxy.rowCount() == 4
    assert editor.current_segment() == current
    editor.set_status_filter({"translated", "reviewed"})
    assert editor.proxy.rowCount() == 1
    assert editor.current_segment() == article.segments[0].id
    editor.set_status_filter(None)
    assert editor.proxy.rowCount() == len(article.segments)


def test_a_filtered_row_stays_while_its_status_changes(
    make_editor: EditorFactory, make_article: ArticleFactory, type_text: TypeText
) -> None:
    editor = make_editor(make_article(ARABIC_NEWS))
    editor.set_status_filter({"untranslated"})
    type_text("typing makes it a draft")
    assert editor.proxy.rowCount() == 4  # not pulled from under the translator
    editor.confirm_and_next()
    assert editor.view.currentIndex().row() == 1


def test_loaded_while_hidden_then_shown_the_current_row_is_in_view_and_typed_into(
    qtbot: QtBot, make_article: ArticleFactory, type_text: TypeText
) -> None:
    rng = random.Random(5)
    specs = [("paragraph", paragraph(rng), "done", "translated") for _ in range(2500)]
    specs += [("paragraph", paragraph(rng), "", "untranslated") for _ in range(2500)]
    window = QWidget()  # as in the main window: hidden until an article is opened
    qtbot.addWidget(window)
    editor = EditorWidget(Settings(), window)
    QVBoxLayout(window).addWidget(editor)
    editor.hide()
    window.resize(1000, 700)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    editor.load(make_article(specs, source="en", target="ar"))
    editor.show()
    editor.setFocus()
    view = editor.view

    def current_row_in_view() -> None:
        assert view.viewport().rect().contains(view.visualRect(view.currentIndex()))

    qtbot.waitUntil(current_row_in_view)
    assert view.currentIndex().row() == 2500
    type_text("x")
    assert editor.model.records[2500].target == "x"
