"""The whole main window as a translator uses it: open, type, keep, restart, restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.gui.conftest import SAMPLE, WindowFactory, type_into_current_cell
from transdesk import settings as settings_store
from transdesk.gui.actions import Act
from transdesk.gui.main_window import MainWindow
from transdesk.services.editing import open_for_editing, unsaved_count
from transdesk.services.history import list_revisions
from transdesk.storage.database import Database
from transdesk.storage.models import Report


def test_typing_is_kept_and_comes_back_after_a_crash(
    qtbot: QtBot, make_window: WindowFactory, db: Database, article: int
) -> None:
    window = make_window()
    assert window.open_article(article)
    assert window.editor.isVisible() and window.windowTitle().startswith("استئناف")
    with qtbot.waitSignal(window.journal.saved, timeout=5000):
        type_into_current_cell(qtbot, "Water talks resume — ١٤ months on")
    # The process dies here: no close, no save. A new window on the same files:
    restarted = make_window()
    assert restarted.settings.last_article == article
    restarted.open_article(article)
    assert "Restored 1 unsaved segment" in restarted.notices.text()
    assert restarted.editor.current_texts()[0].text == "Water talks resume — ١٤ months on"


def test_save_revision_signs_it_and_clears_the_journal(
    qtbot: QtBot, make_window: WindowFactory, db: Database, article: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from transdesk.services.people import add_person

    add_person(db, "Leila Mansour", "translator")
    window = make_window()
    window.open_article(article)
    type_into_current_cell(qtbot, "Water talks resume")
    window.editor.confirm_and_next()
    monkeypatch.setattr(
        "transdesk.gui.main_window.QInputDialog.getText", lambda *a, **k: ("Headline", True)
    )
    with qtbot.waitSignal(window.journal.revisionSaved, timeout=5000):
        window.action(Act.SAVE_REVISION).trigger()
    assert "Saved revision 1" in window.notices.text()
    revisions = list_revisions(db, article)
    assert [(r.number, r.author, r.message) for r in revisions] == [
        (1, "Leila Mansour", "Headline")
    ]
    assert unsaved_count(db, article, desk=window.settings.desk_id) == 0
    assert open_for_editing(db, article).segments[0].status == "translated"
    assert "words translated" in window.progress_label.text()


def test_closing_with_unsaved_work_asks_and_cancel_keeps_the_window(
    qtbot: QtBot, make_window: WindowFactory, db: Database, article: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window = make_window()
    window.open_article(article)
    type_into_current_cell(qtbot, "Draft headline")
    asked: list[bool] = []
    monkeypatch.setattr(window, "_ask_about_unsaved", lambda: asked.append(True) or False)
    window.close()
    assert asked == [True] and window.isVisible()
    desk = window.settings.desk_id
    assert unsaved_count(db, article, desk=desk) == 1  # flushed on the way, nothing discarded
    monkeypatch.setattr(window, "_ask_about_unsaved", lambda: True)
    window.close()
    assert not window.isVisible()
    assert open_for_editing(db, article, desk=desk).restored == 1


def test_dropped_files_import_and_bad_ones_are_named(
    qtbot: QtBot, make_window: WindowFactory, db: Database, tmp_path: Path
) -> None:
    garbage = tmp_path / "garbage.docx"
    garbage.write_bytes(b"PK\x03\x04 not really a zip")
    window = make_window()
    window.settings.import_targets = "en"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLE)), QUrl.fromLocalFile(str(garbage))])
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(window.importsFinished, timeout=15000) as blocker:
        window.import_paths = lambda paths, targets=None: MainWindow.import_paths(  # type: ignore[method-assign]
            window, paths, ["en"]
        )
        window.dropEvent(drop)
    results, errors = blocker.args
    assert len(results) == 1 and len(errors) == 1
    assert errors[0].startswith(f"{garbage}: ")
    assert str(garbage) in window.notices.text()
    assert window.article is not None and window.article.source_language == "ar"
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Report)) == 1


def test_attribution_dock_refuses_a_bad_url_and_saves_good_values(
    qtbot: QtBot, make_window: WindowFactory, db: Database, article: int
) -> None:
    window = make_window()
    window.open_article(article)
    panel = window.attribution
    url = panel.fields["url"]
    url.setText("javascript:alert(1)")  # type: ignore[union-attr]
    panel.apply()
    assert panel.errors["url"].isVisible() and "not an http(s) URL" in panel.errors["url"].text()
    assert "correct the marked fields" in window.notices.text()
    url.setText("https://news.example.org/ar/2026/11/18/water-talks-corrected")  # type: ignore[union-attr]
    panel.fields["translators"].setText("Leila Mansour; Karim Haddad")  # type: ignore[union-attr]
    panel.apply()
    from transdesk.services.articles import show_article

    view = show_article(db, article, with_segments=False)
    assert view.credits[0].url.endswith("water-talks-corrected")  # type: ignore[union-attr]
    assert view.translators == ["Leila Mansour", "Karim Haddad"]


def test_window_layout_is_restored_on_restart(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.resize(711, 533)  # the offscreen screen is 800 x 600
    window.docks["history"].raise_()
    window.docks["library"].hide()
    window.close()
    again = make_window()
    assert again.width() == 711 and abs(again.height() - 533) <= 30  # window frame aside
    assert again.docks["library"].isHidden()


def test_first_start_offers_a_sample(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "fresh.json"
    window = MainWindow(db, settings_store.Settings(), path)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.library.refreshed):
        pass

    def click_arabic(box: QMessageBox) -> int:
        arabic = next(b for b in box.buttons() if "Arabic" in b.text())
        arabic.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_arabic)
    with qtbot.waitSignal(window.importsFinished, timeout=15000):
        window.offer_sample()
    assert window.article is not None and window.article.source_language == "ar"
    assert settings_store.load(path).offered_sample
    window.journal.shutdown()
    window.background.shutdown()


def test_status_line_uses_the_ui_locale(make_window: WindowFactory, article: int) -> None:
    from transdesk.gui import i18n

    window = make_window()
    window.open_article(article)
    previous = i18n._current
    try:
        i18n._current = "fr"
        window._show_progress(1234, 5678)
        assert window.progress_label.text().startswith("1\u202f234 / 5\u202f678") or (
            window.progress_label.text().startswith("1 234 / 5 678")
        )
    finally:
        i18n._current = previous


def test_no_qt_in_byte_arrays_left_unused() -> None:
    # Guard against an accidental import cycle: the window module loads without a display.
    assert QByteArray and QApplication


def test_the_toolbar_filter_shows_only_segments_still_to_translate(
    qtbot: QtBot, make_window: WindowFactory, db: Database, article: int
) -> None:
    window = make_window()
    window.open_article(article)
    type_into_current_cell(qtbot, "Water talks resume")
    window.editor.confirm_and_next()
    total = len(window.editor.current_texts())
    window.segment_filter.setCurrentIndex(window.segment_filter.findText("Still to translate"))
    shown = window.editor.visible_records()
    assert len(shown) == total - 1
    assert all(record.status != "translated" for record in shown)
    window.segment_filter.setCurrentIndex(0)
    assert len(window.editor.visible_records()) == total


def test_history_lists_signed_revisions_with_words_added_and_removed(
    qtbot: QtBot, make_window: WindowFactory, db: Database, article: int
) -> None:
    from transdesk.services.people import add_person
    from transdesk.services.revising import commit_texts

    add_person(db, "Leila Mansour", "translator")
    add_person(db, "Omar Said", "editor")
    segments = open_for_editing(db, article).segments
    commit_texts(db, article, {segments[0].id: ("Water talks resume", "translated")},
                 author="Leila Mansour", role="translator", message="Headline")  # fmt: skip
    commit_texts(db, article, {segments[0].id: ("Water talks resume in Geneva", "translated")},
                 author="Omar Said", role="editor", message="Place")  # fmt: skip
    window = make_window()
    window.open_article(article)
    tree = window.history.tree
    rows = [
        [tree.topLevelItem(r).text(c) for c in range(6)] for r in range(tree.topLevelItemCount())
    ]
    assert [(row[0], row[1], row[3], row[4].strip("\u2066\u2069"), row[5]) for row in rows] == [
        ("2", "Omar Said (Editor)", "1", "+2 \u22120", "Place"),
        ("1", "Leila Mansour (Translator)", "1", "+3 \u22120", "Headline"),
    ]


def test_saving_as_someone_not_on_the_people_list_offers_to_add_them(
    qtbot: QtBot, make_window: WindowFactory, db: Database, article: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from transdesk.services.people import list_people

    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr("transdesk.gui.main_window.QMessageBox.question", question)
    monkeypatch.setattr(
        "transdesk.gui.main_window.QInputDialog.getText", lambda *a, **k: ("Headline", True)
    )
    window = make_window()
    window.open_article(article)
    type_into_current_cell(qtbot, "Water talks resume")
    window.editor.confirm_and_next()
    window.action(Act.SAVE_REVISION).trigger()  # declined: nothing signed, nobody added
    assert asked == [
        "Leila Mansour is not on the newsroom's people list yet. Add Leila Mansour as: Translator?"
    ]
    assert list_people(db) == [] and list_revisions(db, article) == []
    assert window.journal.flush(wait=True)
    assert unsaved_count(db, article, desk=window.settings.desk_id) == 1

    answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(window.journal.revisionSaved, timeout=5000):
        window.action(Act.SAVE_REVISION).trigger()
    assert [(p.name, p.role) for p in list_people(db)] == [("Leila Mansour", "translator")]
    assert [(r.number, r.author) for r in list_revisions(db, article)] == [(1, "Leila Mansour")]


def test_a_role_the_people_list_does_not_give_cannot_sign(
    qtbot: QtBot, make_window: WindowFactory, db: Database, article: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from transdesk.services.people import add_person

    add_person(db, "Leila Mansour", "translator")
    warnings: list[str] = []
    monkeypatch.setattr(
        "transdesk.gui.main_window.QMessageBox.warning",
        lambda parent, title, text, *a: warnings.append(text),
    )
    window = make_window()
    window.settings.user_role = "editor"  # Preferences say editor; the list says translator
    window.open_article(article)
    type_into_current_cell(qtbot, "Water talks resume")
    window.action(Act.SAVE_REVISION).trigger()
    assert warnings == [
        "Leila Mansour is on the people list as: Translator, and cannot sign as: Editor. "
        "Choose your listed role in Preferences, or ask an administrator."
    ]
    assert list_revisions(db, article) == []
