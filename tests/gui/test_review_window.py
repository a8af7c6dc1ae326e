"""Review from the main window: the Review menu, the dock and the diff view together."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory, type_into_current_cell
from transdesk.gui.actions import Act
from transdesk.services.articles import show_article
from transdesk.services.people import add_person
from transdesk.storage.database import Database


def test_submitting_asks_for_a_saved_revision_then_moves_the_article(
    qtbot: QtBot, make_window: WindowFactory, db: Database, article: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    add_person(db, "Leila Mansour", "translator")
    told: list[str] = []
    monkeypatch.setattr(
        "transdesk.gui.main_window.QMessageBox.information",
        lambda parent, title, text, *a: told.append(text),
    )
    monkeypatch.setattr(
        "transdesk.gui.main_window.QInputDialog.getText", lambda *a, **k: ("Headline", True)
    )
    window = make_window()
    window.open_article(article)
    notes: list[str] = []

    def ask_note(step: str, threads: object) -> str:
        notes.append(step)
        return "ready"

    window.review.ask_note = ask_note
    type_into_current_cell(qtbot, "Water talks resume")
    window.editor.confirm_and_next()
    window.action(Act.SUBMIT).trigger()
    assert told and told[0].startswith("This article has changes that are not in a revision")
    assert notes == [] and show_article(db, article, with_segments=False).status == "draft"

    with qtbot.waitSignal(window.journal.revisionSaved, timeout=5000):
        window.action(Act.SAVE_REVISION).trigger()
    window.action(Act.SUBMIT).trigger()
    assert notes == ["submit"]
    assert show_article(db, article, with_segments=False).status == "in_review"
    assert window.docks["review"].isVisible()
    # A translator cannot approve: the dock says why in one line, nothing changes.
    window.action(Act.APPROVE).trigger()
    assert "only an editor can approve" in window.notices.text()
    assert show_article(db, article, with_segments=False).status == "in_review"


def test_compare_revisions_opens_the_diff_view_of_the_article(
    qtbot: QtBot, make_window: WindowFactory, db: Database, article: int
) -> None:
    from transdesk.services.editing import open_for_editing
    from transdesk.services.revising import commit_texts

    add_person(db, "Leila Mansour", "translator")
    first = open_for_editing(db, article).segments[0].id
    for text in ("Water talks resume", "Water talks resume in Geneva"):
        commit_texts(db, article, {first: (text, "translated")}, author="Leila Mansour")
    window = make_window()
    window.open_article(article)
    window.action(Act.COMPARE_REVISIONS).trigger()
    dialog = window.diff_dialog
    assert dialog.isVisible()
    assert "in Geneva" in dialog.view.toPlainText()
