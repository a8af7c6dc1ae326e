"""File ▸ Export in the window: preview, checks, history, and the file written."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory
from tests.unit.services.review_helpers import EDITOR
from tests.unit.services.test_exporting import ENGLISH, translated
from transdesk.gui.actions import Act
from transdesk.gui.export_dialog import ExportDialog
from transdesk.services.articles import show_article
from transdesk.services.exporting import export_history
from transdesk.storage.database import Database


def check_lines(dialog: ExportDialog) -> list[str]:
    items = (dialog.checks.topLevelItem(i) for i in range(dialog.checks.topLevelItemCount()))
    return [item.text(0) for item in items if item is not None]


def open_dialog(window: object, qtbot: QtBot) -> ExportDialog:
    window.action(Act.EXPORT).trigger()  # type: ignore[attr-defined]
    dialog = window.export_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    assert not dialog.export_button.isEnabled()  # until the preview is in
    previewed(qtbot, dialog)
    return dialog


def previewed(qtbot: QtBot, dialog: ExportDialog) -> None:
    """The preview is rendered off the GUI thread: wait for it."""
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=10_000)


def test_an_editor_previews_checks_and_exports_an_approved_article(
    qtbot: QtBot, make_window: WindowFactory, db: Database, tmp_path: Path
) -> None:
    article = translated(db, tmp_path / "in")
    window = make_window()
    window.settings.user_name, window.settings.user_role = EDITOR, "editor"
    window.open_article(article)
    dialog = open_dialog(window, qtbot)
    # ninjs by default: the page shows the body a reader would see, the text the JSON
    assert ENGLISH[1] in dialog.preview_page.toPlainText()
    assert '"value": "UN: 1.2 million displaced by floods"' in dialog.preview_text.toPlainText()
    checks = [
        dialog.checks.topLevelItem(i).text(0) for i in range(dialog.checks.topLevelItemCount())
    ]
    assert "⚠ the rights are not set" in checks
    assert not dialog.force.isVisible()  # approved: nothing to force

    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
    previewed(qtbot, dialog)
    assert dialog.summary.text().startswith("Revision 4 of “UN: 1.2 million displaced")
    assert "Translated from Arabic by Rana Haddad" in dialog.preview_page.toPlainText()
    target = tmp_path / "floods.html"
    dialog.to_file.setChecked(True)
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    assert target.read_bytes().startswith(b"<!DOCTYPE html>")
    assert "Exported 1 file" in dialog.summary.text()
    qtbot.waitUntil(lambda: dialog.history.topLevelItemCount() == 1)  # refreshed after
    assert [r.format for r in export_history(db, article)] == ["html"]
    assert show_article(db, article, with_segments=False).status == "exported"
    assert window.settings.export_folder == str(target)


def test_an_unapproved_article_needs_force_and_a_reason(
    qtbot: QtBot, make_window: WindowFactory, db: Database, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    article = translated(db, tmp_path / "in", approved=False)
    window = make_window()
    window.settings.user_name, window.settings.user_role = EDITOR, "editor"
    window.open_article(article)
    dialog = open_dialog(window, qtbot)
    checks = [
        dialog.checks.topLevelItem(i).text(0) for i in range(dialog.checks.topLevelItemCount())
    ]
    assert checks[0].startswith(f"✗ article {article} is draft: only approved articles export")
    dialog.path.setText(str(tmp_path / "early.json"))
    assert dialog.force.isVisible() and not dialog.export_button.isEnabled()
    dialog.force.setChecked(True)
    assert not dialog.export_button.isEnabled()  # a reason is still missing
    dialog.reason.setText("The desk runs it before review: breaking news")
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    [record] = export_history(db, article)
    assert record.forced_reason == "The desk runs it before review: breaking news"


def test_several_articles_chosen_in_the_library_go_to_a_hot_folder_with_progress(
    qtbot: QtBot, make_window: WindowFactory, db: Database, tmp_path: Path
) -> None:
    first = translated(db, tmp_path / "one")
    second = translated(db, tmp_path / "two")
    window = make_window()
    window.settings.user_name, window.settings.user_role = EDITOR, "editor"
    window.library.refresh()
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 2, timeout=5000)
    window.library.table.selectAll()
    assert sorted(window.library.selected_articles()) == sorted([first, second])
    dialog = open_dialog(window, qtbot)
    assert dialog.windowTitle() == "Export 2 article(s)"
    hot = tmp_path / "cms-inbox"
    hot.mkdir()
    dialog.to_hot_folder.setChecked(True)
    dialog.path.setText(str(hot))
    steps: list[int] = []
    dialog.progress.valueChanged.connect(steps.append)
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    assert steps[-1] == 2
    assert sorted(p.name.split("-")[0] for p in hot.iterdir()) == sorted([str(first), str(second)])
    assert window.settings.hot_folder == str(hot)


def test_qa_errors_hold_an_export_until_the_editor_says_why(
    qtbot: QtBot, make_window: WindowFactory, db: Database, tmp_path: Path
) -> None:
    from tests.unit.services.review_helpers import TRANSLATOR
    from transdesk.services.revising import edit_segment

    article = translated(db, tmp_path / "in", approved=False)
    edit_segment(db, article, 2, ENGLISH[1].replace("1.2", "2.1"), author=TRANSLATOR)
    window = make_window()
    window.settings.user_name, window.settings.user_role = EDITOR, "editor"
    window.open_article(article)
    dialog = open_dialog(window, qtbot)
    asked: list[list[str]] = []
    answers = iter([None, "the agency corrected the figure"])

    def ask(errors: list[object]) -> str | None:
        asked.append([str(getattr(error, "check", "")) for error in errors])
        return next(answers)

    dialog.ask_qa_override = ask
    dialog.path.setText(str(tmp_path / "early.json"))
    dialog.force.setChecked(True)
    dialog.reason.setText("breaking news")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "export with --override-qa" in dialog.summary.text(), timeout=5000)
    assert asked == [["number-missing"]] and export_history(db, article) == []
    qtbot.waitUntil(dialog.export_button.isEnabled)  # previewed again
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    [record] = export_history(db, article)
    assert record.qa_override == "the agency corrected the figure"
    assert "Exported 1 file" in dialog.summary.text()
