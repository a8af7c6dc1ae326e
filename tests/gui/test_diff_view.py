"""The diff view as an editor uses it: two revisions compared, changes walked through with
F8, one change rejected; Arabic laid out right to left."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from tests.unit.services.review_helpers import ADMIN, EDITOR, TRANSLATOR, add_staff, make_article
from transdesk.gui.diff_html import CURRENT
from transdesk.gui.diff_view import DiffDialog
from transdesk.services.editing import open_for_editing
from transdesk.services.history import list_revisions
from transdesk.services.importing import ImportRequest, import_report
from transdesk.services.revising import commit_texts
from transdesk.services.workflow import move
from transdesk.storage.database import Database

FIRST = "The UN said on Tuesday that some 1.2 million people had fled their homes."
EDITED = "The UN said on Monday that about 1.2 million people had left their <b>homes</b>."
HIGHLIGHT = re.findall(r"background-color:\s*(#[0-9a-fA-F]{6})", CURRENT)[-1].lower()

DialogFactory = Callable[..., DiffDialog]
Fragment = tuple[str, bool, bool, str]  # text, struck, underlined, background


@pytest.fixture
def english(db: Database, tmp_path: Path) -> int:
    """An Arabic report translated into English: the editor's revision 2 changes four
    pieces of segment 2 and one of the headline."""
    add_staff(db)
    article = make_article(db, tmp_path / "in")
    ids = ids_of(db, article)
    commit_texts(
        db, article, {ids[0]: ("UN: floods displace 1.2 million", "translated"),
                      ids[1]: (FIRST, "translated"),
                      ids[2]: ("The spokesman added that things were worse.", "translated")},
        author=TRANSLATOR,
    )  # fmt: skip
    commit_texts(
        db, article, {ids[0]: ("UN: 1.2 million displaced by floods", "reviewed"),
                      ids[1]: (EDITED, "reviewed")}, author=EDITOR, message="house style",
    )  # fmt: skip
    return article


@pytest.fixture
def arabic(db: Database, tmp_path: Path) -> int:
    """An English report translated into Arabic, with one word changed in revision 2."""
    add_staff(db)
    source = tmp_path / "en.txt"
    source.write_text("Talks resume in Geneva\n\nThe round lasts five days.\n", encoding="utf-8")
    article = (
        import_report(db, ImportRequest(source, source_language="en", target_languages=["ar"]))
        .articles[0]
        .id
    )
    ids = ids_of(db, article)
    commit_texts(db, article, {ids[0]: ("استئناف المحادثات في جنيف", "translated"),
                               ids[1]: ("وتستمر الجولة خمسة أيام.", "translated")},
                 author=TRANSLATOR)  # fmt: skip
    commit_texts(db, article, {ids[1]: ("وتستمر الجولة أسبوعا.", "translated")}, author=EDITOR)
    return article


@pytest.fixture
def open_dialog(qtbot: QtBot, db: Database) -> Iterator[DialogFactory]:
    kept: list[DiffDialog] = []  # qtbot holds widgets weakly

    def make(article: int, author: str = EDITOR) -> DiffDialog:
        dialog = DiffDialog(db, article, author=author, role=None)
        kept.append(dialog)
        qtbot.addWidget(dialog)
        dialog.resize(900, 500)
        with qtbot.waitActive(dialog):  # F8 reaches the active window only
            dialog.show()
            dialog.activateWindow()
        return dialog

    yield make
    kept.clear()


def ids_of(db: Database, article: int) -> list[int]:
    return [segment.id for segment in open_for_editing(db, article).segments]


def fragments(document: QTextDocument) -> list[Fragment]:
    found = []
    block = document.begin()
    while block.isValid():
        pieces = block.begin()
        while not pieces.atEnd():
            piece = pieces.fragment()
            style = piece.charFormat()
            found.append(
                (piece.text(), style.fontStrikeOut(), style.fontUnderline(),
                 style.background().color().name() if style.background().style() else "")
            )  # fmt: skip
            pieces += 1
        block = block.next()
    return _merged(found)


def _merged(found: list[Fragment]) -> list[Fragment]:
    """Neighbouring fragments that look the same, as one (an anchor splits a fragment)."""
    merged: list[Fragment] = []
    for piece in found:
        if merged and merged[-1][1:] == piece[1:]:
            merged[-1] = (merged[-1][0] + piece[0], *piece[1:])
        else:
            merged.append(piece)
    return merged


def highlighted(dialog: DiffDialog) -> list[str]:
    return [text for text, *_, background in fragments(dialog.view.document())
            if background == HIGHLIGHT]  # fmt: skip


def headers(dialog: DiffDialog) -> list[str]:
    return [line for line in dialog.view.toPlainText().splitlines() if line.startswith("#")]


def test_opens_on_the_last_reviewed_revision_against_the_current_one(
    open_dialog: DialogFactory, db: Database, english: int
) -> None:
    dialog = open_dialog(english)
    assert (dialog.from_box.currentData(), dialog.to_box.currentData()) == (1, 2)
    assert dialog.summary.text() == "2 segment(s) changed, 11 word(s) added, 8 removed"
    assert dialog.to_box.currentText().startswith(f"2 · {EDITOR} · ")
    assert dialog.to_box.currentText().endswith(" · house style")
    assert dialog.from_box.itemText(dialog.from_box.count() - 1) == "0: before translation"
    move(db, english, "submit", author=TRANSLATOR)
    move(db, english, "approve", author=EDITOR, qa_override="partial")  # revision 2 reviewed
    commit_texts(db, english, {ids_of(db, english)[3]: ("Aid is urgent.", "draft")}, author=EDITOR)
    reviewed = open_dialog(english)
    assert (reviewed.from_box.currentData(), reviewed.to_box.currentData()) == (2, 3)
    assert reviewed.summary.text() == "1 segment(s) changed, 3 word(s) added, 0 removed"
    reviewed.from_box.setCurrentIndex(reviewed.from_box.findData(0))  # against no translation
    assert reviewed.summary.text().startswith("4 segment(s) changed")


def test_inline_strikes_what_went_and_underlines_what_came(
    open_dialog: DialogFactory, english: int
) -> None:
    dialog = open_dialog(english)
    shown = {text: tuple(look) for text, *look in fragments(dialog.view.document())}
    struck, underlined = shown["fled"], shown["left"]
    assert struck[:2] == (True, False) and underlined[:2] == (False, True)
    assert struck[2] and underlined[2] and struck[2] != underlined[2]  # two marked colours
    # The translation's own markup is text, never formatting.
    assert "<b>homes</b>" in shown and shown["<b>homes</b>"][:2] == (False, True)
    assert "their homes <b>homes</b>." in dialog.view.toPlainText()  # a space between


def test_only_changed_segments_can_be_turned_off(open_dialog: DialogFactory, english: int) -> None:
    dialog = open_dialog(english)
    assert dialog.only_changed.isChecked()
    assert headers(dialog) == ["#1 · Headline · \u2066+5 \u22124\u2069",
                               "#2 · Paragraph · \u2066+6 \u22124\u2069"]  # fmt: skip
    dialog.only_changed.setChecked(False)
    assert [line.split(" · ")[:2] for line in headers(dialog)] == [
        ["#1", "Headline"], ["#2", "Paragraph"], ["#3", "Paragraph"], ["#4", "Paragraph"],
    ]  # fmt: skip
    text = dialog.view.toPlainText()
    assert "The spokesman added that things were worse." in text
    assert "(not translated)" in text  # segment 4
    dialog.side_button.setChecked(True)
    assert len(headers(dialog)) == 4
    dialog.only_changed.setChecked(True)
    assert len(headers(dialog)) == 2


def test_next_and_previous_move_the_highlighted_change(
    qtbot: QtBot, open_dialog: DialogFactory, english: int
) -> None:
    dialog = open_dialog(english)
    assert highlighted(dialog) == ["floods displace 1.2 million", "1.2 million displaced by floods"]
    assert dialog.position_label.text() == "Change 1 of 5, in segment 1"
    assert not dialog.previous_button.isEnabled()
    dialog.next_button.click()
    assert highlighted(dialog) == ["Tuesday", "Monday"]
    qtbot.keyClick(dialog, Qt.Key.Key_F8)
    qtbot.keyClick(dialog, Qt.Key.Key_F8)
    assert highlighted(dialog) == ["fled", "left"]
    assert dialog.position_label.text() == "Change 4 of 5, in segment 2"
    qtbot.keyClick(dialog, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert highlighted(dialog) == ["some", "about"]
    dialog.side_button.setChecked(True)  # the same change, in both columns
    assert highlighted(dialog) == ["some", "about"]
    for _ in range(5):
        qtbot.keyClick(dialog, Qt.Key.Key_F8)
    assert highlighted(dialog) == ["homes", "<b>homes</b>"]  # stops at the last one
    assert not dialog.next_button.isEnabled()


def test_the_current_change_is_scrolled_into_view(
    open_dialog: DialogFactory, db: Database, tmp_path: Path
) -> None:
    add_staff(db)
    paragraphs = [f"الفقرة رقم {n}." for n in range(40)]
    article = make_article(db, tmp_path / "long", paragraphs)
    ids = ids_of(db, article)
    commit_texts(db, article, {sid: (f"Paragraph {n}.", "translated") for n, sid in enumerate(ids)},
                 author=TRANSLATOR)  # fmt: skip
    commit_texts(db, article, {ids[0]: ("Headline.", "translated"),
                               ids[-1]: ("The last paragraph.", "translated")},
                 author=EDITOR)  # fmt: skip
    dialog = open_dialog(article)
    dialog.only_changed.setChecked(False)
    scroll = dialog.view.verticalScrollBar()
    assert scroll.maximum() > 0 and scroll.value() == 0
    dialog.next_change()
    assert highlighted(dialog) == ["Paragraph 39", "The last paragraph"]
    at_the_end = scroll.value()
    assert at_the_end > 0 and dialog.view.viewport().rect().contains(dialog.view.cursorRect())
    dialog.previous_change()
    assert highlighted(dialog) == ["Paragraph 0", "Headline"]
    assert scroll.value() < at_the_end / 2
    assert dialog.view.viewport().rect().contains(dialog.view.cursorRect())


def test_rejecting_a_change_makes_a_revision_and_says_so(
    qtbot: QtBot, open_dialog: DialogFactory, db: Database, english: int
) -> None:
    dialog = open_dialog(english)
    asked: list[tuple[int, str, str]] = []
    answers = [False, True]
    dialog.confirm_reject = lambda *texts: asked.append(texts) or answers.pop(0)  # type: ignore[method-assign]
    for _ in range(3):
        dialog.next_change()
    with qtbot.assertNotEmitted(dialog.revisionMade):
        dialog.reject_button.click()  # answered Cancel
    assert len(list_revisions(db, english)) == 2
    with qtbot.waitSignal(dialog.revisionMade) as made:
        dialog.reject_button.click()
    assert asked == [(2, "fled", "left"), (2, "fled", "left")]
    assert made.args == [3]
    newest = list_revisions(db, english)[0]
    assert (newest.number, newest.author, newest.rejects_revision) == (3, EDITOR, 2)
    assert open_for_editing(db, english).segments[1].target == EDITED.replace("left", "fled")
    # The view now compares the same older revision with the new one, from the next change.
    assert (dialog.from_box.currentData(), dialog.to_box.currentData()) == (1, 3)
    assert dialog.position_label.text() == "Change 4 of 4, in segment 2"
    assert highlighted(dialog) == ["homes", "<b>homes</b>"]
    assert dialog.message.text() == "Revision 3 saved: the change in segment 2 is taken back."


def test_a_refused_rejection_is_one_line_in_the_dialog(
    qtbot: QtBot, open_dialog: DialogFactory, db: Database, english: int
) -> None:
    dialog = open_dialog(english)
    dialog.confirm_reject = lambda *_texts: True  # type: ignore[method-assign]
    dialog.next_change()  # segment 2
    commit_texts(db, english, {ids_of(db, english)[1]: ("Rewritten.", "draft")}, author=EDITOR)
    dialog.to_box.setCurrentIndex(dialog.to_box.findData(2))  # still compares 1 → 2
    with qtbot.assertNotEmitted(dialog.revisionMade):
        dialog.reject_button.click()
    assert dialog.message.isVisible() and dialog.message.text() == (
        "segment 2 changed since revision 2; compare with the current text"
    )
    assert len(list_revisions(db, english)) == 3
    unnamed = open_dialog(english, author="  ")
    with qtbot.assertNotEmitted(unnamed.revisionMade):
        unnamed.reject_button.click()
    assert unnamed.message.text().startswith("Set your name in Preferences")


def test_arabic_is_laid_out_right_to_left_and_english_left_to_right(
    open_dialog: DialogFactory, arabic: int, english: int
) -> None:
    def directions(dialog: DiffDialog, words: str) -> set[Qt.LayoutDirection]:
        found = set()
        block = dialog.view.document().begin()
        while block.isValid():
            if words in block.text():
                found.add(block.blockFormat().layoutDirection())
            block = block.next()
        return found

    dialog = open_dialog(arabic)
    assert directions(dialog, "وتستمر الجولة") == {Qt.LayoutDirection.RightToLeft}
    dialog.only_changed.setChecked(False)
    assert directions(dialog, "استئناف المحادثات") == {Qt.LayoutDirection.RightToLeft}
    dialog.side_button.setChecked(True)
    assert directions(dialog, "وتستمر الجولة") == {Qt.LayoutDirection.RightToLeft}
    text = dialog.view.toPlainText()
    # The older revision's column is where Arabic lines start: on the right, listed second.
    assert text.index("Revision 2") < text.index("Revision 1")
    assert text.index("أسبوعا") < text.index("خمسة أيام")
    assert directions(open_dialog(english), "The UN said") == {Qt.LayoutDirection.LeftToRight}


def test_the_window_can_say_who_signs_just_before_saving(
    qtbot: QtBot, db: Database, english: int
) -> None:
    answers: list[tuple[str | None, str | None] | None] = [None, (ADMIN, "editor")]
    dialog = DiffDialog(db, english, author=None, identity=lambda: answers.pop(0))
    qtbot.addWidget(dialog)
    dialog.confirm_reject = lambda *_texts: True  # type: ignore[method-assign]
    with qtbot.assertNotEmitted(dialog.revisionMade):
        dialog.reject_current()  # the window's own question was answered No
    assert len(list_revisions(db, english)) == 2
    with qtbot.waitSignal(dialog.revisionMade):
        dialog.reject_current()
    newest = list_revisions(db, english)[0]
    assert (newest.number, newest.author, newest.role) == (3, ADMIN, "editor")


def test_a_revision_saved_elsewhere_is_followed_when_the_newest_was_shown(
    open_dialog: DialogFactory, db: Database, english: int
) -> None:
    dialog = open_dialog(english)
    commit_texts(db, english, {ids_of(db, english)[3]: ("Aid is urgent.", "draft")}, author=EDITOR)
    dialog.revisions_changed(object())  # as connected to the window's "revision saved"
    assert (dialog.from_box.currentData(), dialog.to_box.currentData()) == (1, 3)
    assert dialog.summary.text().startswith("3 segment(s) changed")
    dialog.to_box.setCurrentIndex(dialog.to_box.findData(2))  # an older one, chosen: kept
    commit_texts(db, english, {ids_of(db, english)[3]: ("Aid is late.", "draft")}, author=EDITOR)
    dialog.revisions_changed()
    assert dialog.to_box.currentData() == 2 and dialog.to_box.count() == 4
