"""Two desks, one article, in the real window: the second save offers a merge."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory, type_into_current_cell
from transdesk.gui.actions import Act
from transdesk.gui.merge_dialog import MergeDialog
from transdesk.services.editing import open_for_editing, unsaved_count
from transdesk.services.history import list_revisions, rebuild
from transdesk.services.people import add_person
from transdesk.services.revising import commit_texts
from transdesk.storage.database import Database


@pytest.mark.parametrize("answer", ["mine", "cancel"])
def test_a_save_after_someone_elses_offers_a_merge_and_loses_nothing(
    qtbot: QtBot, make_window: WindowFactory, db: Database, article: int,
    monkeypatch: pytest.MonkeyPatch, answer: str,
) -> None:  # fmt: skip
    add_person(db, "Leila Mansour", "translator")
    add_person(db, "Omar Said", "editor")
    shown: list[MergeDialog] = []

    def exec_(dialog: MergeDialog) -> int:
        shown.append(dialog)
        if answer == "cancel":
            return QDialog.DialogCode.Rejected.value
        dialog.use_mine.click()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(MergeDialog, "exec", exec_)
    monkeypatch.setattr(
        "transdesk.gui.main_window.QInputDialog.getText", lambda *a, **k: ("My headline", True)
    )
    window = make_window()
    window.open_article(article)
    headline = open_for_editing(db, article).segments[0].id
    type_into_current_cell(qtbot, "Water talks resume")
    window.editor.confirm_and_next()
    # Meanwhile, on another desk, the editor saves the same headline differently.
    commit_texts(db, article, {headline: ("Geneva water talks back on", "translated")},
                 author="Omar Said")  # fmt: skip

    window.action(Act.SAVE_REVISION).trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    offer = shown[0].offer
    [segment] = offer.conflicts
    assert (segment.mine, segment.theirs) == ("Water talks resume", "Geneva water talks back on")
    desk = window.settings.desk_id
    if answer == "cancel":
        assert "Not merged: your text is kept" in window.notices.text()
        assert unsaved_count(db, article, desk=desk) == 1  # mine, still in the journal
        assert [r.number for r in list_revisions(db, article)] == [1]  # theirs, stored
        return
    assert "Merged: saved revision 2." in window.notices.text()
    revisions = list_revisions(db, article)
    assert [(r.number, r.author, r.message) for r in revisions] == [
        (2, "Leila Mansour", "My headline"),
        (1, "Omar Said", ""),
    ]
    assert rebuild(db, article, 1)[headline][0] == "Geneva water talks back on"
    assert rebuild(db, article, 2)[headline][0] == "Water talks resume"
    assert unsaved_count(db, article, desk=desk) == 0
    assert window.editor.current_texts()[0].text == "Water talks resume"
    assert window.base_revision == 2
