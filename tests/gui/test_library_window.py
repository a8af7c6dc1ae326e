"""The article library panel, in a real (offscreen) Qt window."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from transdesk.gui.background import Background
from transdesk.gui.library_dock import LibraryPanel
from transdesk.gui.library_model import LibraryModel
from transdesk.services.importing import ImportRequest, import_report
from transdesk.services.library import list_articles
from transdesk.storage.database import Database

ARABIC_TITLE = "الحكومة تعلن خطة لإعادة الإعمار"


@pytest.fixture
def library(db: Database, tmp_path: Path) -> Database:
    arabic = tmp_path / "ar.txt"
    arabic.write_text(
        f"{ARABIC_TITLE}\n\nأعلنت الحكومة يوم الأحد خطة بقيمة ٥ مليارات دولار.\n",
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


@pytest.fixture
def panel(qtbot: QtBot, library: Database) -> Iterator[LibraryPanel]:
    background = Background()
    widget = LibraryPanel(library, background)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.refreshed):
        widget.refresh()
    yield widget
    widget.close()
    background.shutdown()


def test_library_model_passes_qt_model_tester(qtmodeltester, library: Database) -> None:  # type: ignore[no-untyped-def]
    model = LibraryModel()
    model.set_articles(list_articles(library))
    qtmodeltester.check(model)


def test_search_filters_in_sql_off_the_gui_thread(
    qtbot: QtBot, panel: LibraryPanel, library: Database
) -> None:
    gui_thread = threading.get_ident()
    threads: list[int] = []
    event.listen(library.engine, "before_cursor_execute", lambda *a: threads.append(
        threading.get_ident()))  # fmt: skip
    titles = {panel.model.index(row, 0).data() for row in range(panel.model.rowCount())}
    assert titles == {ARABIC_TITLE, "Le Parlement adopte la réforme"}
    with qtbot.waitSignal(panel.refreshed, timeout=5000) as blocker:
        panel.search.setText("réforme")
    assert blocker.args == [1]
    assert panel.model.index(0, 1).data() == "fr → en"
    assert threads and gui_thread not in threads
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        panel.status_filter.setCurrentIndex(panel.status_filter.findData("approved"))
    assert panel.model.rowCount() == 0


def test_activating_a_row_opens_that_article(qtbot: QtBot, panel: LibraryPanel) -> None:
    row = next(
        r for r in range(panel.model.rowCount()) if panel.model.index(r, 0).data() == ARABIC_TITLE
    )
    with qtbot.waitSignal(panel.articleActivated) as blocker:
        panel.table.activated.emit(panel.model.index(row, 0))
    assert blocker.args == [panel.model.article_id(row)]


def test_arabic_titles_align_right_whatever_the_ui_direction(panel: LibraryPanel) -> None:
    alignments = {
        panel.model.index(row, 0).data(): Qt.AlignmentFlag(
            panel.model.index(row, 0).data(Qt.ItemDataRole.TextAlignmentRole)
        )
        for row in range(panel.model.rowCount())
    }
    assert alignments[ARABIC_TITLE] & Qt.AlignmentFlag.AlignRight
    assert alignments["Le Parlement adopte la réforme"] & Qt.AlignmentFlag.AlignLeft
