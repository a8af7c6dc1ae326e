"""The Review dock: workflow buttons by role and state, comment threads, quality issues and
the score line, with a real database. Dialogs are answered through the panel's askers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QPushButton, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from tests.unit.services.review_helpers import ADMIN, EDITOR, TRANSLATOR, add_staff, make_article
from transdesk.core.qa import Finding
from transdesk.gui.preferences import PreferencesDialog
from transdesk.gui.review import ReviewPanel
from transdesk.gui.review.dialogs import CommentDialog, IssueAnswer, IssueDialog, NoteDialog
from transdesk.gui.review.names import reads_right_to_left, step_text
from transdesk.services.comments import CommentThread, add_comment, list_comments, resolve
from transdesk.services.quality import list_issues, tag_issue
from transdesk.services.workflow import list_events, submit
from transdesk.settings import Settings
from transdesk.storage.database import Database

WORDS = "قال قالت المتحدث الحكومة الوزير الأمم المتحدة اليوم الشرقية الولايات".split()
# A headline and six paragraphs of 100 words each: 700 source words.
SEVEN_HUNDRED = [" ".join(WORDS[(p + i) % 10] for i in range(100)) + "." for p in range(7)]

PanelFactory = Callable[..., ReviewPanel]


@pytest.fixture
def article(db: Database, tmp_path: Path) -> int:
    add_staff(db)
    return make_article(db, tmp_path / "in", SEVEN_HUNDRED)


@pytest.fixture
def make_panel(qtbot: QtBot, db: Database, article: int) -> Iterator[PanelFactory]:
    """A shown panel on ``article``, acting as ``name`` in ``role``, at segment #2."""
    kept: list[ReviewPanel] = []

    def make(name: str = TRANSLATOR, role: str = "translator") -> ReviewPanel:
        panel = ReviewPanel(db)
        kept.append(panel)
        qtbot.addWidget(panel)
        panel.resize(420, 560)
        panel.set_identity(name, role)
        panel.load(article)
        panel.set_current_segment(1)
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    yield make
    kept.clear()


class Recorder:
    """Signals and questions, as the user would have seen them."""

    def __init__(self, panel: ReviewPanel) -> None:
        self.failures: list[str] = []
        self.changes = 0
        self.jumps: list[int] = []
        self.notes_asked: list[tuple[str, list[str]]] = []
        # The sample article is partly translated: approving asks why it goes ahead.
        self.qa_asked: list[list[str]] = []
        self.qa_answer: str | None = "partial on purpose"
        panel.ask_qa_override = self._qa
        panel.failed.connect(self.failures.append)
        panel.changed.connect(self._changed)
        panel.jumpToSegment.connect(self.jumps.append)

    def _changed(self) -> None:
        self.changes += 1

    def _qa(self, errors: list[Finding]) -> str | None:
        self.qa_asked.append([f"#{f.segment + 1} {f.check}" for f in errors])
        return self.qa_answer

    def note(self, answer: str | None) -> Callable[[str, list[CommentThread]], str | None]:
        def ask(step: str, unresolved: list[CommentThread]) -> str | None:
            self.notes_asked.append((step, [thread.first.text for thread in unresolved]))
            return answer

        return ask


def enabled(panel: ReviewPanel) -> dict[str, bool]:
    return {step: button.isEnabled() for step, button in panel.header.buttons.items()}


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def rows(tree: QTreeWidget) -> list[list[str]]:
    found = []
    for n in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(n)
        assert item is not None
        found.append([item.text(column) for column in range(tree.columnCount())])
    return found


def top(tree: QTreeWidget, n: int) -> QTreeWidgetItem:
    item = tree.topLevelItem(n)
    assert item is not None
    return item


# --- workflow -------------------------------------------------------------------------------


def test_buttons_follow_the_role_and_the_state(
    db: Database, article: int, make_panel: PanelFactory
) -> None:
    translator = make_panel()
    assert translator.header.state_label.text() == "Status: <b>Draft</b>"
    assert enabled(translator) == {"submit": True, "request_changes": False, "approve": False}
    editor = make_panel(EDITOR, "editor")
    assert enabled(editor) == {"submit": True, "request_changes": False, "approve": False}
    assert editor.header.buttons["approve"].toolTip() == "Only an article in review can be approved"

    submit(db, article, author=TRANSLATOR)
    translator.refresh()
    editor.refresh()
    assert enabled(translator) == {"submit": False, "request_changes": False, "approve": False}
    assert translator.header.buttons["approve"].toolTip() == "Only an editor can approve"
    assert enabled(editor) == {"submit": False, "request_changes": True, "approve": True}
    editor.set_identity(EDITOR, "translator")  # an editor acting as a translator
    assert not editor.header.buttons["approve"].isEnabled()
    editor.set_identity("", "editor")
    assert enabled(editor) == {"submit": False, "request_changes": False, "approve": False}
    editor.load(None)
    assert editor.header.state_label.text() == "No article open"
    assert not any(enabled(editor).values())


def test_a_translator_choosing_approve_from_the_menu_is_told_why_not(
    db: Database, article: int, make_panel: PanelFactory
) -> None:
    submit(db, article, author=TRANSLATOR)
    panel = make_panel()
    seen = Recorder(panel)
    panel.ask_note = seen.note("fine")
    panel.approve()  # the Review menu's action, whatever the button says
    assert seen.failures == ["Rana Haddad is a translator; only an editor can approve"]
    assert seen.notes_asked == [] and seen.changes == 0
    assert [event.to_status for event in list_events(db, article)] == ["in_review"]
    assert panel.header.state_label.text() == "Status: <b>In review</b>"


def test_submit_shows_the_unresolved_threads_then_moves_the_state(
    db: Database, article: int, make_panel: PanelFactory, qtbot: QtBot
) -> None:
    settled = add_comment(db, article, 2, "fled or displaced?", author=EDITOR)
    resolve(db, settled.id, author=TRANSLATOR)
    add_comment(db, article, 1, "Check the headline", author=EDITOR)
    panel = make_panel()
    seen = Recorder(panel)

    panel.ask_note = seen.note(None)  # the user reads the list and cancels
    click(qtbot, panel.header.buttons["submit"])
    assert seen.notes_asked == [("submit", ["Check the headline"])]
    assert list_events(db, article) == [] and seen.changes == 0

    panel.ask_note = seen.note("ready for the desk")
    click(qtbot, panel.header.buttons["submit"])
    assert panel.header.state_label.text() == "Status: <b>In review</b>"
    last_step = panel.header.last_step.text()
    assert "Draft → In review" in last_step and TRANSLATOR in last_step
    assert "ready for the desk" in last_step
    assert seen.changes == 1 and seen.failures == []
    assert rows(panel.events)[0][:2] == ["Draft → In review", "Rana Haddad (Translator)"]
    assert rows(panel.events)[0][3] == "ready for the desk"
    assert enabled(panel) == {"submit": False, "request_changes": False, "approve": False}


def test_the_confirmation_lists_the_open_threads(
    db: Database, article: int, make_panel: PanelFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_comment(db, article, 3, "Quote the minister exactly", author=EDITOR)
    add_comment(db, article, 1, "Shorter headline?", author=ADMIN)
    panel = make_panel()
    shown: list[NoteDialog] = []

    def answer(dialog: NoteDialog) -> int:
        shown.append(dialog)
        dialog.note_edit.setPlainText("  both answered in the text ")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(NoteDialog, "exec", answer)
    panel.submit()
    dialog = shown[0]
    assert dialog.windowTitle() == "Submit for review"
    assert dialog.ok_button.text() == "Submit for review"
    assert dialog.unresolved_label.text() == (
        "2 comment thread(s) still open. They stay open after this step:"
    )
    items = [dialog.unresolved_list.item(n).text() for n in range(dialog.unresolved_list.count())]
    assert items == [
        "#1  Lina Farah: Shorter headline?",
        "#3  Omar Said: Quote the minister exactly",
    ]
    assert list_events(db, article)[0].note == "both answered in the text"


def test_an_editor_requests_changes_then_approves(
    db: Database, article: int, make_panel: PanelFactory
) -> None:
    submit(db, article, author=TRANSLATOR)
    panel = make_panel(EDITOR, "editor")
    seen = Recorder(panel)
    panel.ask_note = seen.note("see #2")
    panel.request_changes()
    assert panel.header.state_label.text() == "Status: <b>Changes requested</b>"
    assert seen.notes_asked == [("request_changes", [])]  # sending back lists nothing
    submit(db, article, author=TRANSLATOR)
    panel.refresh()
    panel.ask_note = seen.note("")
    panel.approve()
    assert panel.header.state_label.text() == "Status: <b>Approved</b>"
    assert "In review → Approved by Omar Said (Editor)" in panel.header.last_step.text()
    assert [row[0] for row in rows(panel.events)] == [
        "In review → Approved", "Changes requested → In review", "In review → Changes requested",
        "Draft → In review",
    ]  # fmt: skip
    assert seen.changes == 2 and seen.failures == []
    assert not any(enabled(panel).values())


def test_an_unknown_article_or_person_is_one_line(
    db: Database, article: int, make_panel: PanelFactory
) -> None:
    panel = make_panel("Nobody Here", "editor")
    seen = Recorder(panel)
    panel.ask_note = seen.note("")
    panel.submit()
    assert seen.failures == ["no person named Nobody Here; add them with transdesk person add"]
    panel.load(999)
    assert seen.failures[-1] == "no article with id 999"
    assert panel.header.state_label.text() == "No article open"


def test_the_window_can_check_who_signs_first(
    db: Database, article: int, make_panel: PanelFactory
) -> None:
    submit(db, article, author=TRANSLATOR)
    panel = make_panel("", "translator")  # no name in Preferences yet
    seen = Recorder(panel)
    panel.ask_note = seen.note("")
    panel.approve()
    assert seen.failures == ["Set your name in Preferences first: review work is signed."]
    checks: list[str] = []

    def declined() -> tuple[str, str] | None:
        checks.append("asked")
        return None  # the user cancelled the window's question

    panel.confirm_identity = declined
    panel.approve()
    assert checks == ["asked"] and len(seen.failures) == 1 and seen.notes_asked == []
    panel.confirm_identity = lambda: (EDITOR, "editor")  # named and listed now
    panel.approve()
    assert panel.header.state_label.text() == "Status: <b>Approved</b>"
    assert list_events(db, article)[-1].person == EDITOR


# --- comments -------------------------------------------------------------------------------


def test_comment_reply_and_resolve_show_in_the_tree(
    db: Database, article: int, make_panel: PanelFactory, qtbot: QtBot
) -> None:
    panel = make_panel()
    seen = Recorder(panel)
    comments = panel.comments
    asked: list[tuple[str, str]] = []
    answers = iter(["fled or displaced?", "displaced, as the UN says"])

    def ask_text(title: str, about: str) -> str | None:
        asked.append((title, about))
        return next(answers)

    panel.ask_text = ask_text
    click(qtbot, comments.add_button)
    assert asked[0] == ("Add comment", "Comment on segment #2:")
    assert [row[:3] for row in rows(comments.tree)] == [["#2", "fled or displaced?", TRANSLATOR]]
    assert panel.tabs.tabText(0) == "Comments (1 open)"
    assert comments.reply_button.isEnabled()  # the new thread is selected

    click(qtbot, comments.reply_button)
    assert asked[1] == ("Reply", "Reply to #2  Rana Haddad: fled or displaced?")
    thread = top(comments.tree, 0)
    assert thread.childCount() == 1 and thread.child(0).text(1) == "displaced, as the UN says"

    click(qtbot, comments.resolve_button)
    thread = top(comments.tree, 0)
    assert thread.text(0) == "#2 ✓"  # said, not only greyed
    assert thread.toolTip(0).startswith("Resolved by Rana Haddad")
    grey = comments.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert thread.foreground(1).color() == grey
    assert thread.child(0).foreground(1).color() == grey
    assert not comments.resolve_button.isEnabled()
    assert panel.tabs.tabText(0) == "Comments"
    assert list_comments(db, article)[0].resolved
    assert seen.changes == 3 and seen.failures == []


def test_only_this_segment_follows_the_editor_and_double_click_jumps(
    db: Database, article: int, make_panel: PanelFactory, qtbot: QtBot
) -> None:
    add_comment(db, article, 1, "Headline too long", author=EDITOR)
    add_comment(db, article, 4, "Which minister?", author=EDITOR)
    panel = make_panel()
    seen = Recorder(panel)
    comments = panel.comments
    assert [row[0] for row in rows(comments.tree)] == ["#1", "#4"]
    comments.only_segment.setChecked(True)
    assert rows(comments.tree) == []  # nothing on #2, where the editor is
    panel.set_current_segment(3)
    assert [row[1] for row in rows(comments.tree)] == ["Which minister?"]
    panel.set_current_segment(None)
    assert not comments.only_segment.isEnabled()
    assert [row[0] for row in rows(comments.tree)] == ["#1", "#4"]
    assert not comments.add_button.isEnabled()  # no segment to comment on

    item = top(comments.tree, 1)
    rect = comments.tree.visualItemRect(item)
    viewport = comments.tree.viewport()
    # Qt's item views take a double click only on the item the first click pressed.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
    assert seen.jumps == [3]


# --- quality --------------------------------------------------------------------------------


def test_tagging_issues_updates_the_score_line_and_verdict(
    db: Database, article: int, make_panel: PanelFactory, qtbot: QtBot
) -> None:
    panel = make_panel(EDITOR, "editor")
    seen = Recorder(panel)
    quality = panel.quality
    assert quality.score_label.text() == "✓ 0.0 points per 1,000 words — passes (threshold 10)"
    answers = iter(
        [IssueAnswer("accuracy", "major", "1.2 million, not 12"), IssueAnswer("fluency", "minor"),
         IssueAnswer("style", "minor")]
    )  # fmt: skip
    asked: list[int] = []

    def ask_issue(number: int) -> IssueAnswer | None:
        asked.append(number)
        return next(answers)

    panel.ask_issue = ask_issue
    click(qtbot, quality.tag_button)
    assert asked == [2]
    assert rows(quality.tree) == [["#2", "Major", "Accuracy", EDITOR, "1.2 million, not 12"]]
    panel.set_current_segment(4)
    panel.tag_issue()  # the Review menu's action
    panel.tag_issue()
    assert quality.score_label.text() == "✓ 10.0 points per 1,000 words — passes (threshold 10)"
    assert "7 penalty points in 700 source words" in quality.score_label.toolTip()
    panel.set_threshold(9.9)
    assert quality.score_label.text() == "✗ 10.0 points per 1,000 words — fails (threshold 9.9)"
    assert seen.changes == 3 and seen.failures == []

    quality.tree.setCurrentItem(top(quality.tree, 0))
    click(qtbot, quality.remove_button)
    assert [row[1] for row in rows(quality.tree)] == ["Minor", "Minor"]
    assert quality.score_label.text() == "✓ 2.9 points per 1,000 words — passes (threshold 9.9)"
    assert len(list_issues(db, article)) == 2


def test_a_translator_cannot_tag(db: Database, article: int, make_panel: PanelFactory) -> None:
    tag_issue(db, article, 2, "terminology", "critical", author=EDITOR)
    panel = make_panel()
    seen = Recorder(panel)
    quality = panel.quality
    assert not quality.tag_button.isEnabled()
    assert quality.tag_button.toolTip() == "Only an editor can tag quality issues"
    quality.tree.setCurrentItem(top(quality.tree, 0))
    assert not quality.remove_button.isEnabled()
    asked: list[int] = []
    panel.ask_issue = lambda number: asked.append(number) or IssueAnswer("style", "minor")
    panel.tag_issue()  # from the menu
    assert asked == []
    assert seen.failures == ["Rana Haddad is a translator; only an editor can tag quality issues"]
    assert len(list_issues(db, article)) == 1
    assert quality.score_label.text() == "✗ 14.3 points per 1,000 words — fails (threshold 10)"


def test_the_issue_dialog_names_categories_and_keeps_stored_values(qtbot: QtBot) -> None:
    dialog = IssueDialog(3)
    qtbot.addWidget(dialog)
    names = [dialog.category.itemText(n) for n in range(dialog.category.count())]
    assert names == ["Accuracy", "Fluency", "Terminology", "Style", "Locale convention"]
    dialog.category.setCurrentIndex(4)
    dialog.severity.setCurrentIndex(2)
    dialog.note_edit.setPlainText(" 1,2 for a French reader ")
    assert dialog.answer() == IssueAnswer(
        "locale_convention", "critical", "1,2 for a French reader"
    )


def test_a_comment_needs_words_before_it_can_be_sent(qtbot: QtBot) -> None:
    dialog = CommentDialog("Add comment", "Comment on segment #2:")
    qtbot.addWidget(dialog)
    assert dialog.ok_button.text() == "Add comment" and not dialog.ok_button.isEnabled()
    dialog.text_edit.setPlainText("   \n ")
    assert not dialog.ok_button.isEnabled()
    dialog.text_edit.setPlainText(" هل هذا اقتباس مباشر؟ ")
    assert dialog.ok_button.isEnabled() and dialog.text() == "هل هذا اقتباس مباشر؟"


# --- the rest -------------------------------------------------------------------------------


def test_preferences_set_the_quality_threshold(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Settings(quality_threshold=12.5))
    qtbot.addWidget(dialog)
    assert dialog.quality_threshold.value() == 12.5
    dialog.quality_threshold.setValue(7.5)
    assert dialog.result_settings().quality_threshold == 7.5


@pytest.mark.usefixtures("mirrored_ui")
def test_the_dock_mirrors_right_to_left(
    db: Database, article: int, make_panel: PanelFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    submit(db, article, author=TRANSLATOR)
    panel = make_panel(EDITOR, "editor")
    assert panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
    buttons = panel.header.buttons
    # The first step starts the row on the right.
    assert buttons["submit"].x() > buttons["request_changes"].x() > buttons["approve"].x()
    # English names read left to right even in a mirrored UI; Arabic ones get ←.
    assert rows(panel.events)[0][0] == "Draft → In review"
    assert step_text("draft", "in_review") == "Draft → In review"
    assert reads_right_to_left("قيد المراجعة") and not reads_right_to_left("«Draft»")
    arabic = {"draft": "مسودة", "in_review": "قيد المراجعة"}
    monkeypatch.setattr("transdesk.gui.review.names.state_name", arabic.__getitem__)
    assert step_text("draft", "in_review") == "مسودة ← قيد المراجعة"


def test_approving_with_qa_errors_asks_why_and_records_it(
    db: Database, article: int, make_panel: PanelFactory
) -> None:
    submit(db, article, author=TRANSLATOR)
    panel = make_panel(EDITOR, "editor")
    seen = Recorder(panel)
    panel.ask_note = seen.note("")
    seen.qa_answer = None  # the editor reads the errors and cancels
    panel.approve()
    assert seen.qa_asked and seen.qa_asked[0][0].endswith("untranslated")
    assert panel.header.state_label.text() == "Status: <b>In review</b>"
    assert seen.failures == []
    seen.qa_answer = "the rest follows in an update"
    panel.approve()
    assert panel.header.state_label.text() == "Status: <b>Approved</b>"
    assert list_events(db, article)[-1].qa_override == "the rest follows in an update"
    notes = [panel.events.topLevelItem(0).text(3)]
    assert notes == ["Approved with QA errors: the rest follows in an update"]


def test_the_override_dialog_goes_ahead_only_with_a_reason(qtbot: QtBot) -> None:
    from transdesk.gui.review.qa_override import QaOverrideDialog

    errors = [Finding("number-missing", "error", "%1 is not in the translation", 1, args=("1.2",))]
    dialog = QaOverrideDialog("approve", errors)
    qtbot.addWidget(dialog)
    assert dialog.errors_list.item(0).text() == (
        "#2  number-missing: \u20681.2\u2069 is not in the translation"
    )  # the number isolated: it keeps its own direction in an Arabic interface
    assert not dialog.ok_button.isEnabled()
    dialog.reason_edit.setPlainText("  agency   corrected it ")
    assert dialog.ok_button.isEnabled() and dialog.reason() == "agency corrected it"
