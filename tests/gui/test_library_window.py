"""The main window's article library, in a real (offscreen) Qt window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from transdesk.gui.library_model import LibraryModel
from transdesk.gui.main_window import MainWindow
from transdesk.services.importing import ImportRequest, import_report
from transdesk.services.library import list_articles
from transdesk.storage.database import Database


@pytest.fixture
def library(db: Database, tmp_path: Path) -> Database:
    arabic = tmp_path / "ar.txt"
    arabic.write_text(
        "الحكومة تعلن خطة لإعادة الإعمار\n\nأعلنت الحكومة يوم الأحد خطة بقيمة ٥ مليارات دولار.\n",
        encoding="utf-8",
    )
    french = tmp_path / "fr.txt"
    french.write_text(
        "Le Parlement adopte la réforme\n\nLes députés ont adopté le texte mardi soir.\n",
        encoding="utf-8",
    )
    import_report(db, ImportRequest(arabic, target_languages=["en"]))
    import_report(db, ImportRequest(french, target_languages=["en"]))
    return db


def test_library_model_passes_qt_model_tester(qtmodeltester, library: Database) -> None:  # type: ignore[no-untyped-def]
    model = LibraryModel()
    model.set_articles(list_articles(library))
    qtmodeltester.check(model)


def test_window_lists_articles_and_searches(qtbot: QtBot, library: Database) -> None:
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    model = window.table.model()
    titles = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert titles == {"الحكومة تعلن خطة لإعادة الإعمار", "Le Parlement adopte la réforme"}
    window.search.setText("réforme")
    assert model.rowCount() == 1 and model.index(0, 1).data() == "fr → en"


def test_arabic_titles_align_to_the_right_whatever_the_ui_direction(
    qtbot: QtBot, library: Database
) -> None:
    window = MainWindow(library)
    qtbot.addWidget(window)
    model = window.table.model()
    alignments = {
        model.index(row, 0).data(): Qt.AlignmentFlag(model.index(row, 0).data(
            Qt.ItemDataRole.TextAlignmentRole))
        for row in range(model.rowCount())
    }  # fmt: skip
    assert alignments["الحكومة تعلن خطة لإعادة الإعمار"] & Qt.AlignmentFlag.AlignRight
    assert alignments["Le Parlement adopte la réforme"] & Qt.AlignmentFlag.AlignLeft
