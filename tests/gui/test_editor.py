"""The segment editor: typing, confirming, moving, undoing, as a translator does it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import ARABIC_NEWS, ArticleFactory, EditingWindow, EditorFactory
from transdesk.gui.editor import Column, EditorWidget, Role
from transdesk.gui.editor.cell_editor import SegmentEditor
from transdesk.gui.editor.statuses import status_colours
from transdesk.services.editing import EditorArticle
from transdesk.settings import Settings

TypeText = Callable[[str], None]
Ctrl = Qt.KeyboardModifier.ControlModifier


def cell_editor() -> SegmentEditor:
    widget = QApplication.focusWidget()
    assert isinstance(widget, SegmentEditor), f"focus is on {widget!r}, not a cell editor"
    return widget


def texts(editor: EditorWidget) -> dict[int, tuple[str, str]]:
    return {d.segment_id: (d.text, d.status) for d in editor.current_texts()}


def test_segment_model_and_filter_pass_the_model_tester(
    qtmodeltester, make_editor: EditorFactory, make_article: ArticleFactory
) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor(make_article(ARABIC_NEWS))
    qtmodeltester.check(editor.model)
    editor.set_status_filter({"untranslated"})
    assert isinstance(editor.proxy, QSortFilterProxyModel)
    qtmodeltester.check(editor.proxy)


def test_typing_then_ctrl_return_confirms_and_moves_to_the_next_untranslated(
    qtbot: QtBot,
    editing_window: Callable[[EditorArticle], EditingWindow],
    make_article: ArticleFactory,
    type_text: TypeText,
) -> None:
    article = make_article(ARABIC_NEWS)
    editor = editing_window(article).editor
    standfirst = article.segments[1]
    assert editor.current_segment() == standfirst.id  # opened at the first untranslated
    edits: list[tuple[int, str, str]] = []
    editor.segmentEdited.connect(lambda *args: edits.append(args))
    type_text("On Sunday the government")
    assert edits[-1] == (standfirst.id, "On Sunday the government", "draft")
    with qtbot.waitSignal(editor.progressChanged) as progress:
        qtbot.keyClick(cell_editor(), Qt.Key.Key_Return, Ctrl)
    assert texts(editor)[standfirst.id] == ("On Sunday the government", "translated")
    assert edits[-1] == (standfirst.id, "On Sunday the government", "translated")
    headline, total = article.segments[0].word_count, sum(s.word_count for s in article.segments)
    assert progress.args == [headline + standfirst.word_count, total]
    assert editor.current_segment() == article.segments[2].id
    assert cell_editor().segment_id == article.segments[2].id  # ready for typing


def test_arabic_typed_into_an_english_to_arabic_article(
    editing_window: Callable[[EditorArticle], EditingWindow],
    make_article: ArticleFactory,
    type_text: TypeText,
    qtbot: QtBot,
) -> None:
    article = make_article(
        [("headline", "Talks resume in Geneva", "", "untranslated"),
         ("paragraph", "Negotiators met on Tuesday.", "", "untranslated")],
        source="en", target="ar",
    )  # fmt: skip
    editor = editing_window(article).editor
    type_text("استئناف المحادثات في جنيف")
    assert cell_editor().layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.keyClick(cell_editor(), Qt.Key.Key_Return, Ctrl)
    first = article.segments[0].id
    assert texts(editor)[first] == ("استئناف المحادثات في جنيف", "translated")
    assert editor.current_segment() == article.segments[1].id


def test_window_shortcuts_reach_the_window_while_typing_in_a_cell(
    qtbot: QtBot,
    editing_window: Callable[[EditorArticle], EditingWindow],
    make_article: ArticleFactory,
    type_text: TypeText,
) -> None:
    from transdesk.gui.actions import Act  # needs the QApplication (see conftest)

    window = editing_window(make_article(ARABIC_NEWS))
    type_text("draft")
    keys = [
        (Act.NEXT_SEGMENT, Qt.Key.Key_Down, Ctrl),
        (Act.PREVIOUS_SEGMENT, Qt.Key.Key_Up, Ctrl),
        (Act.UNDO, Qt.Key.Key_Z, Ctrl),
        (Act.REDO, Qt.Key.Key_Z, Ctrl | Qt.KeyboardModifier.ShiftModifier),
        (Act.COPY_SOURCE, Qt.Key.Key_S, Ctrl | Qt.KeyboardModifier.ShiftModifier),
        (Act.ZOOM_IN, Qt.Key.Key_Plus, Ctrl),
        (Act.CONFIRM_NEXT, Qt.Key.Key_Return, Ctrl),
        (Act.FIND, Qt.Key.Key_F, Ctrl),  # last: the find bar takes the focus
    ]
    for act, key, modifiers in keys:
        with qtbot.waitSignal(window.actions_by_act[act].triggered, timeout=1000):
            qtbot.keyClick(cell_editor(), key, modifiers)


def test_ctrl_z_in_a_cell_undoes_the_last_word_through_the_window(
    qtbot: QtBot,
    editing_window: Callable[[EditorArticle], EditingWindow],
    make_article: ArticleFactory,
    type_text: TypeText,
) -> None:
    article = make_article(ARABIC_NEWS)
    editor = editing_window(article).editor
    type_text("The government said")
    qtbot.keyClick(cell_editor(), Qt.Key.Key_Z, Ctrl)
    assert cell_editor().text() == "The government "
    qtbot.keyClick(cell_editor(), Qt.Key.Key_Z, Ctrl)
    qtbot.keyClick(cell_editor(), Qt.Key.Key_Z, Ctrl)
    assert texts(editor)[article.segments[1].id] == ("", "untranslated")
    qtbot.keyClick(cell_editor(), Qt.Key.Key_Z, Ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert cell_editor().text() == "The "


def test_enter_moves_on_and_shift_enter_breaks_the_line(
    qtbot: QtBot, make_editor: EditorFactory, make_article: ArticleFactory, type_text: TypeText
) -> None:
    article = make_article(ARABIC_NEWS)
    editor = make_editor(article)
    type_text("Line one")
    qtbot.keyClick(cell_editor(), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text("line two")
    qtbot.keyClick(cell_editor(), Qt.Key.Key_Return)
    assert texts(editor)[article.segments[1].id] == ("Line one\nline two", "draft")
    assert editor.current_segment() == article.segments[2].id
    qtbot.keyClick(cell_editor(), Qt.Key.Key_Return, Ctrl)  # no window: the editor's own keys
    assert texts(editor)[article.segments[2].id] == ("", "untranslated")  # empty: not confirmed


def test_undo_and_redo_across_two_segments(
    make_editor: EditorFactory, make_article: ArticleFactory, type_text: TypeText
) -> None:
    article = make_article(ARABIC_NEWS)
    editor = make_editor(article)
    first, second = article.segments[1].id, article.segments[2].id
    type_text("First text")
    editor.confirm_and_next()
    type_text("Second")
    editor.commit_open_editor()
    assert texts(editor)[first] == ("First text", "translated")
    assert texts(editor)[second] == ("Second", "draft")
    stack = editor.undo_stack
    while stack.canUndo():
        stack.undo()
    assert texts(editor)[first] == ("", "untranslated")
    assert texts(editor)[second] == ("", "untranslated")
    assert editor.current_segment() == first  # brought into view, where the change is
    assert cell_editor().text() == ""
    while stack.canRedo():
        stack.redo()
    assert texts(editor)[first] == ("First text", "translated")
    assert texts(editor)[second] == ("Second", "draft")
    assert editor.current_segment() == second
    assert cell_editor().text() == "Second"


def test_retyping_the_original_text_keeps_a_confirmed_status(
    make_editor: EditorFactory, make_article: ArticleFactory, type_text: TypeText
) -> None:
    article = make_article(ARABIC_NEWS)
    editor = make_editor(article)
    editor.previous_segment()  # the translated headline
    headline = article.segments[0]
    type_text("!")
    assert texts(editor)[headline.id] == (headline.target + "!", "draft")
    cell_editor().textCursor().deletePreviousChar()
    assert texts(editor)[headline.id] == (headline.target, "translated")


def test_copy_source_to_target_is_undoable(
    make_editor: EditorFactory, make_article: ArticleFactory
) -> None:
    article = make_article(ARABIC_NEWS)
    editor = make_editor(article)
    segment = article.segments[1]
    editor.copy_source_to_target()
    assert texts(editor)[segment.id] == (segment.source, "draft")
    assert cell_editor().text() == segment.source
    editor.undo_stack.undo()
    assert texts(editor)[segment.id] == ("", "untranslated")


def test_confirming_the_last_untranslated_segment_stays_and_says_so(
    qtbot: QtBot, make_editor: EditorFactory, make_article: ArticleFactory, type_text: TypeText
) -> None:
    article = make_article(
        [("headline", "عاجل", "Breaking", "translated"), ("paragraph", "خبر", "", "untranslated")]
    )
    editor = make_editor(article)
    type_text("News")
    with qtbot.waitSignal(editor.notice) as notice:
        editor.confirm_and_next()
    assert notice.args == ["All segments are translated."]
    assert editor.current_segment() == article.segments[1].id
    assert editor.progress() == (2, 2)


def test_moving_between_segments_and_to_the_next_needing_review(
    make_editor: EditorFactory, make_article: ArticleFactory
) -> None:
    article = make_article(ARABIC_NEWS)
    editor = make_editor(article)
    ids = [s.id for s in article.segments]
    editor.next_segment()
    assert editor.current_segment() == ids[2]
    editor.previous_segment()
    editor.previous_segment()
    editor.previous_segment()  # at the top: stays
    assert editor.current_segment() == ids[0]
    editor.next_untranslated()
    assert editor.current_segment() == ids[1]
    editor.next_needing_review()  # wraps round to the translated headline
    assert editor.current_segment() == ids[0]


def test_status_is_written_and_coloured_with_readable_contrast(
    make_editor: EditorFactory, make_article: ArticleFactory
) -> None:
    statuses = ["untranslated", "draft", "translated", "reviewed", "needs_update"]
    article = make_article([("paragraph", f"نص {n}", "x", s) for n, s in enumerate(statuses)])
    model = make_editor(article).model
    shown = [model.index(row, Column.STATUS).data() for row in range(len(statuses))]
    assert shown == ["Untranslated", "Draft", "Translated", "Reviewed", "Needs update"]
    for status in statuses:
        assert _contrast(*status_colours(status)) >= 7.0, status


def _contrast(first: QColor, second: QColor) -> float:
    def luminance(colour: QColor) -> float:
        channels = [colour.redF(), colour.greenF(), colour.blueF()]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_headlines_are_bold_and_larger_standfirsts_italic_headings_bold(
    make_editor: EditorFactory, make_article: ArticleFactory
) -> None:
    article = make_article(
        [("headline", "Title", "", "untranslated"), ("standfirst", "Lead", "", "untranslated"),
         ("heading", "Part", "", "untranslated"), ("paragraph", "Body", "", "untranslated")],
        source="fr",
    )  # fmt: skip
    model = make_editor(article).model

    def font(row: int) -> QFont:
        value = model.index(row, Column.SOURCE).data(Qt.ItemDataRole.FontRole)
        assert isinstance(value, QFont)
        return value

    body = font(3)
    assert font(0).bold() and font(0).pointSizeF() > body.pointSizeF()
    assert font(1).italic() and not body.italic()
    assert font(2).bold() and not body.bold()
    assert model.index(0, Column.SOURCE).data(Role.KIND) == "headline"


def test_load_replaces_the_article_and_clears_the_undo_stack(
    make_editor: EditorFactory, make_article: ArticleFactory, type_text: TypeText
) -> None:
    editor = make_editor(make_article(ARABIC_NEWS))
    type_text("text")
    assert editor.undo_stack.canUndo()
    other = make_article([("paragraph", "Un texte", "", "untranslated")], source="fr")
    editor.load(other)
    assert not editor.undo_stack.canUndo()
    assert editor.article() is other
    assert [d.text for d in editor.current_texts()] == [""]
    editor.clear()
    assert editor.article() is None and editor.current_texts() == []


def test_escape_leaves_the_cell_and_typing_in_the_grid_comes_back(
    qtbot: QtBot, make_editor: EditorFactory, make_article: ArticleFactory, type_text: TypeText
) -> None:
    article = make_article(ARABIC_NEWS)
    editor = make_editor(article)
    type_text("Kept")
    qtbot.keyClick(cell_editor(), Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is editor.view and not editor.view.editing()
    assert texts(editor)[article.segments[1].id] == ("Kept", "draft")
    type_text("!")  # a key in the grid opens the cell editor with it
    assert texts(editor)[article.segments[1].id] == ("Kept!", "draft")
    qtbot.keyClick(cell_editor(), Qt.Key.Key_Tab)
    assert editor.current_segment() == article.segments[2].id


def test_preferences_change_the_fonts(
    make_editor: EditorFactory, make_article: ArticleFactory
) -> None:
    editor = make_editor(make_article(ARABIC_NEWS))
    height = editor.view.rowHeight(2)
    editor.apply_settings(Settings(font_size=20, source_font="DejaVu Serif"))
    font = editor.model.index(2, Column.SOURCE).data(Qt.ItemDataRole.FontRole)
    assert font.family() == "DejaVu Serif" and font.pointSizeF() == 20
    assert editor.view.rowHeight(2) > height
    current = editor.view.currentIndex()  # the standfirst: a little larger
    assert cell_editor().font() == current.data(Qt.ItemDataRole.FontRole)  # reopened in it
    assert cell_editor().font().pointSizeF() > 20
    editor.retranslate()
    assert editor.model.headerData(Column.SOURCE, Qt.Orientation.Horizontal) == "Source (ar)"


def test_enter_on_the_grid_goes_back_into_the_translation(
    qtbot: QtBot, make_editor: EditorFactory, make_article: ArticleFactory
) -> None:
    editor = make_editor(make_article(ARABIC_NEWS))
    qtbot.keyClick(cell_editor(), Qt.Key.Key_Escape)
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)
    assert cell_editor().segment_id == editor.current_segment()


def test_the_open_cell_is_still_known_after_the_last_one_is_deleted(
    make_editor: EditorFactory, make_article: ArticleFactory, type_text: TypeText
) -> None:
    article = make_article(ARABIC_NEWS)
    editor = make_editor(article)
    editor.next_segment()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old one dies now
    assert editor.delegate.open_editor is cell_editor()
    type_text("Saved")
    assert texts(editor)[article.segments[2].id] == ("Saved", "draft")
