"""Find and replace in the editor: options, wrap-around, Arabic, and replacing translations."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import ARABIC_NEWS, ArticleFactory, EditorFactory
from transdesk.gui.editor import Column, EditorWidget
from transdesk.gui.editor.cell_editor import SegmentEditor
from transdesk.gui.editor.find import SOURCE, TARGET, FindOptions, find

TypeText = Callable[[str], None]
PLAN = [
    ("headline", "Le plan de paix", "The peace plan", "translated"),
    ("paragraph", "Un plan détaillé, planifié.", "A detailed plan, planned.", "draft"),
    ("paragraph", "Genève accueille les pourparlers.", "Geneva hosts the talks.", "draft"),
    ("paragraph", "Les négociateurs à genève.", "Negotiators in geneva.", "draft"),
]
SEGMENTS = [(n, source, target) for n, (_, source, target, _) in enumerate(PLAN)]


def test_whole_words_and_match_case() -> None:
    options = FindOptions("plan", whole_words=True, in_source=False)
    match, _ = find(SEGMENTS, options, (1, SOURCE, 0))
    assert match is not None and (match.row, match.cell, match.start) == (1, TARGET, 11)
    match, _ = find(SEGMENTS, options, (1, TARGET, match.end))  # not "planned"
    assert match is not None and match.row == 0
    exact = FindOptions("Geneva", match_case=True)
    found = [find(SEGMENTS, exact, (row, SOURCE, 0))[0] for row in range(4)]
    assert {m.row for m in found if m} == {2}
    loose = FindOptions("geneva", in_source=False)
    assert find(SEGMENTS, loose, (3, SOURCE, 0))[0].row == 3  # type: ignore[union-attr]


def test_search_wraps_around_both_ways() -> None:
    options = FindOptions("talks")
    match, wrapped = find(SEGMENTS, options, (3, SOURCE, 0))
    assert match is not None and match.row == 2 and wrapped
    match, wrapped = find(SEGMENTS, options, (2, TARGET, match.start), backwards=True)
    assert match is not None and match.row == 2 and wrapped  # the only one: found again


def test_whole_words_with_arabic_letters() -> None:
    segments = [(0, "العمل يبدأ", ""), (1, "بدأ عمل الفريق", "")]
    match, _ = find(segments, FindOptions("عمل", whole_words=True), (0, SOURCE, 0))
    assert match is not None and match.row == 1
    match, _ = find(segments, FindOptions("عمل"), (0, SOURCE, 0))
    assert match is not None and match.row == 0  # inside "العمل"
    assert find(segments, FindOptions("عمل", match_case=True), (0, SOURCE, 0))[0]


def open_find(editor: EditorWidget, query: str, type_text: TypeText) -> None:
    editor.show_find()
    assert QApplication.focusWidget() is editor.find_bar.find_field
    type_text(query)


def test_find_bar_highlights_matches_and_wraps(
    qtbot: QtBot, make_editor: EditorFactory, make_article: ArticleFactory, type_text: TypeText
) -> None:
    editor = make_editor(make_article(PLAN, source="fr"))
    assert editor.find_bar.isHidden()
    open_find(editor, "genève", type_text)  # found as typed, case folded
    highlight = editor.delegate.highlight
    assert highlight is not None and highlight.column == Column.SOURCE
    assert editor.view.currentIndex().row() == 2
    qtbot.keyClick(editor.find_bar.find_field, Qt.Key.Key_Return)
    assert editor.view.currentIndex().row() == 3
    editor.find_next()
    assert editor.view.currentIndex().row() == 2
    assert editor.find_bar.message.text() == "Search wrapped around"
    assert QApplication.focusWidget() is editor.find_bar.find_field  # typing stays there
    editor.find_bar.match_case.setChecked(True)
    assert editor.view.currentIndex().row() == 3  # the lower-case "genève" only
    type_text("z")
    assert editor.find_bar.message.text() == "Not found"
    assert editor.delegate.highlight is None


def test_escape_closes_the_find_bar_and_returns_to_the_translation(
    qtbot: QtBot, make_editor: EditorFactory, make_article: ArticleFactory, type_text: TypeText
) -> None:
    editor = make_editor(make_article(PLAN, source="fr"))
    open_find(editor, "talks", type_text)
    qtbot.keyClick(editor.find_bar.find_field, Qt.Key.Key_Escape)
    assert editor.find_bar.isHidden()
    cell_editor = QApplication.focusWidget()
    assert isinstance(cell_editor, SegmentEditor)
    assert cell_editor.segment_id == editor.article().segments[2].id  # type: ignore[union-attr]
    assert cell_editor.textCursor().selectedText() == "talks"


def test_arabic_search_in_the_source(
    make_editor: EditorFactory, make_article: ArticleFactory, type_text: TypeText
) -> None:
    editor = make_editor(make_article(ARABIC_NEWS))
    editor.find_bar.whole_words.setChecked(True)
    open_find(editor, "الموازنة", type_text)
    assert editor.view.currentIndex().row() == 4
    editor.find_bar.match_case.setChecked(True)  # meaningless for Arabic; harmless
    assert editor.view.currentIndex().row() == 4


def test_replace_all_touches_only_translations_in_one_undo_step(
    make_editor: EditorFactory, make_article: ArticleFactory, type_text: TypeText
) -> None:
    article = make_article(PLAN, source="fr")
    editor = make_editor(article)
    edited: list[int] = []
    editor.segmentEdited.connect(lambda segment, *_: edited.append(segment))
    editor.show_replace()
    type_text("plan")
    editor.find_bar.whole_words.setChecked(True)
    editor.find_bar.replace_field.setText("scheme")
    editor.find_bar.replace_all_button.click()
    drafts = {d.segment_id: (d.text, d.status) for d in editor.current_texts()}
    ids = [s.id for s in article.segments]
    assert drafts[ids[0]] == ("The peace scheme", "draft")
    assert drafts[ids[1]] == ("A detailed scheme, planned.", "draft")
    assert [editor.model.record(i).source for i in ids] == [s.source for s in article.segments]
    assert edited == ids[:2]
    assert editor.find_bar.message.text() == "Replaced 2 occurrence(s)"
    editor.undo_stack.undo()
    assert [d.text for d in editor.current_texts()] == [s.target for s in article.segments]
    assert [d.status for d in editor.current_texts()][:2] == ["translated", "draft"]


def test_replace_one_at_a_time(
    make_editor: EditorFactory, make_article: ArticleFactory, type_text: TypeText
) -> None:
    article = make_article(PLAN, source="fr")
    editor = make_editor(article)
    editor.show_replace()
    type_text("plan")  # the translation column only: found in "A detailed plan"
    assert editor.view.currentIndex().row() == 1
    editor.find_bar.replace_field.setText("scheme")
    editor.find_bar.replace_button.click()
    assert editor.model.record(article.segments[1].id).target == "A detailed scheme, planned."
    assert editor.view.currentIndex().row() == 1  # next: "planned" in the same segment
    editor.find_bar.replace_button.click()
    assert editor.model.record(article.segments[1].id).target == "A detailed scheme, schemened."
    assert editor.view.currentIndex().row() == 0  # wrapped to "The peace plan"
