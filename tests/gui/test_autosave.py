"""The working draft: typing reaches the journal off the GUI thread, and nothing is dropped."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from transdesk.core.errors import UserError
from transdesk.gui.autosave import Journaler
from transdesk.services import editing
from transdesk.services.editing import (
    DraftText,
    EditorArticle,
    SavedRevision,
    open_for_editing,
    unsaved_count,
)
from transdesk.services.importing import ImportRequest, import_report
from transdesk.storage.database import Database

INTERVAL_MS = 250


def _import(db: Database, path: Path, text: str) -> EditorArticle:
    path.write_text(text, encoding="utf-8")
    result = import_report(db, ImportRequest(path, target_languages=["en"]))
    return open_for_editing(db, result.articles[0].id)


@pytest.fixture
def article(db: Database, tmp_path: Path) -> EditorArticle:
    from transdesk.services.people import add_person

    add_person(db, "Rana Haddad", "translator")
    add_person(db, "Omar Said", "editor")
    return _import(
        db,
        tmp_path / "ar.txt",
        "الحكومة تعلن خطة لإعادة الإعمار\n\nأعلنت الحكومة يوم الأحد خطة بقيمة ٥ مليارات دولار.\n\n"
        "وقال الوزير إن العمل يبدأ الشهر المقبل.\n",
    )


@pytest.fixture
def journaler(db: Database, article: EditorArticle, qtbot: QtBot) -> Iterator[Journaler]:
    journaler = Journaler(db, INTERVAL_MS)
    journaler.set_article(article.id)
    yield journaler
    journaler.shutdown()


@pytest.fixture
def sql_threads(db: Database) -> Iterator[list[int]]:
    """The thread of every SQL statement the database runs."""
    seen: list[int] = []

    def record(*_args: Any) -> None:
        seen.append(threading.get_ident())

    event.listen(db.engine, "before_cursor_execute", record)
    yield seen
    event.remove(db.engine, "before_cursor_execute", record)


def _targets(db: Database, article_id: int) -> list[str]:
    return [segment.target for segment in open_for_editing(db, article_id).segments]


def test_typing_is_journaled_and_restored_when_the_article_reopens(
    qtbot: QtBot, db: Database, article: EditorArticle, journaler: Journaler
) -> None:
    headline, lede = article.segments[0].id, article.segments[1].id
    with qtbot.waitSignal(journaler.saved, timeout=3000) as saved:
        journaler.record(headline, "Government announces", "draft")
        journaler.record(lede, "On Sunday the government", "draft")
    assert saved.args == [2]
    reopened = open_for_editing(db, article.id)
    assert reopened.restored == 2 and reopened.journal_saved_at is not None
    assert _targets(db, article.id)[:2] == ["Government announces", "On Sunday the government"]
    assert journaler.pending() == 0


def test_keystrokes_do_no_database_io_on_the_gui_thread(
    qtbot: QtBot, db: Database, article: EditorArticle, journaler: Journaler, sql_threads: list[int]
) -> None:
    gui_thread = threading.get_ident()
    headline = article.segments[0].id
    text = ""
    for number in range(1000):
        text += "ab cd "[number % 6]
        journaler.record(headline, text, "draft")
    assert sql_threads == [], "record() touched the database"
    assert journaler.pending() == 1
    with qtbot.waitSignal(journaler.saved, timeout=3000):
        pass
    journaler.flush(wait=True)  # a blocking flush waits for the writer; it writes nothing itself
    assert sql_threads and gui_thread not in sql_threads
    assert _targets(db, article.id)[0] == text


def test_typing_that_never_pauses_is_still_journaled_every_interval(
    qtbot: QtBot, db: Database, article: EditorArticle, journaler: Journaler
) -> None:
    headline = article.segments[0].id
    typed: list[str] = []
    keyboard = QTimer(interval=20)  # a fast typist: never the quarter-second pause

    def keystroke() -> None:
        typed.append("x")
        journaler.record(headline, "".join(typed), "draft")

    keyboard.timeout.connect(keystroke)
    keyboard.start()
    try:
        with qtbot.waitSignal(journaler.saved, timeout=3000):
            pass
        assert keyboard.isActive()  # written during the burst, not after it
    finally:
        keyboard.stop()
    assert journaler.flush(wait=True)
    assert _targets(db, article.id)[0] == "".join(typed)


class _SlowJournal:
    """editing.journal held at a gate, counting writes that overlap."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.entered = threading.Event()
        self.calls: list[dict[int, str]] = []
        self.running = 0
        self.overlap = 0
        self._real = editing.journal
        self._lock = threading.Lock()

    def __call__(
        self, db: Database, article_id: int, drafts: Sequence[DraftText], *, desk: str = ""
    ) -> None:
        with self._lock:
            self.running += 1
            self.overlap = max(self.overlap, self.running)
            self.calls.append({d.segment_id: d.text for d in drafts})
        self.entered.set()
        try:
            assert self.gate.wait(10), "the test never opened the gate"
            self._real(db, article_id, drafts, desk=desk)
        finally:
            with self._lock:
                self.running -= 1


def test_edits_made_during_a_slow_write_are_coalesced_and_the_newest_text_wins(
    qtbot: QtBot,
    db: Database,
    article: EditorArticle,
    journaler: Journaler,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    slow = _SlowJournal()
    monkeypatch.setattr(editing, "journal", slow)
    headline, lede = article.segments[0].id, article.segments[1].id
    journaler.record(headline, "Gov", "draft")
    journaler.flush()
    assert slow.entered.wait(5)
    for text in ("Gove", "Gover", "Government"):  # typing goes on while the write hangs
        journaler.record(headline, text, "draft")
        journaler.flush()
    journaler.record(lede, "On Sunday", "draft")
    assert journaler.pending() == 2
    with qtbot.waitSignals([journaler.saved, journaler.saved], timeout=5000):
        slow.gate.set()
    assert slow.overlap == 1
    assert slow.calls == [{headline: "Gov"}, {headline: "Government", lede: "On Sunday"}]
    assert _targets(db, article.id)[:2] == ["Government", "On Sunday"]


@pytest.mark.parametrize(
    "error",
    [
        OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked")),
        UserError("database is locked"),
    ],
    ids=["database", "user-error"],
)
def test_a_failed_write_is_shown_keeps_the_text_and_a_later_flush_writes_it(
    qtbot: QtBot,
    db: Database,
    article: EditorArticle,
    journaler: Journaler,
    monkeypatch: pytest.MonkeyPatch,
    error: Exception,
) -> None:
    real = editing.journal
    attempts = []

    def failing_once(
        db: Database, article_id: int, drafts: Sequence[DraftText], *, desk: str = ""
    ) -> None:
        attempts.append(len(drafts))
        if len(attempts) == 1:
            raise error
        real(db, article_id, drafts, desk=desk)

    monkeypatch.setattr(editing, "journal", failing_once)
    headline = article.segments[0].id
    with qtbot.waitSignal(journaler.failed, timeout=3000) as failed:
        journaler.record(headline, "Government announces", "draft")
    message = failed.args[0]
    assert "database is locked" in message and "\n" not in message
    assert journaler.pending() == 1 and unsaved_count(db, article.id) == 0
    journaler.record(headline, "Government announces a plan", "draft")
    assert journaler.flush(wait=True)
    assert journaler.pending() == 0
    assert _targets(db, article.id)[0] == "Government announces a plan"


def test_save_revision_runs_off_the_gui_thread_and_clears_the_journal(
    qtbot: QtBot, db: Database, article: EditorArticle, journaler: Journaler, sql_threads: list[int]
) -> None:
    headline = article.segments[0].id
    journaler.record(headline, "Government announces reconstruction plan", "translated")
    with qtbot.waitSignal(journaler.revisionSaved, timeout=5000) as done:
        journaler.save_revision(
            author="Rana Haddad",
            role="translator",
            message="First pass",
            base_lock_version=article.lock_version,
        )
    revision = done.args[0]
    assert isinstance(revision, SavedRevision)
    assert (revision.number, revision.changed_segments) == (1, 1)
    assert threading.get_ident() not in sql_threads
    reopened = open_for_editing(db, article.id)
    assert reopened.restored == 0 and unsaved_count(db, article.id) == 0
    assert reopened.segments[0].target == "Government announces reconstruction plan"


def test_a_conflicting_revision_is_reported_apart_and_the_typing_stays_in_the_journal(
    qtbot: QtBot, db: Database, article: EditorArticle, journaler: Journaler
) -> None:
    headline = article.segments[0].id
    journaler.record(headline, "Government announces", "draft")
    with (
        qtbot.assertNotEmitted(journaler.revisionFailed),
        qtbot.waitSignal(journaler.revisionConflicted, timeout=5000) as refused,
    ):
        journaler.save_revision(
            author="Rana Haddad", role="translator", base_lock_version=article.lock_version + 7
        )
    assert refused.args == [article.id]
    assert unsaved_count(db, article.id) == 1
    assert _targets(db, article.id)[0] == "Government announces"


def test_other_refusals_stay_failures_not_conflicts(
    qtbot: QtBot, db: Database, article: EditorArticle, journaler: Journaler
) -> None:
    journaler.record(article.segments[0].id, "Government announces", "draft")
    with (
        qtbot.assertNotEmitted(journaler.revisionConflicted),
        qtbot.waitSignal(journaler.revisionFailed, timeout=5000) as refused,
    ):
        journaler.save_revision(author="  ", role="translator")  # no name to sign with
    assert "name" in refused.args[0] and "\n" not in refused.args[0]
    assert unsaved_count(db, article.id) == 1


def test_each_desktop_journals_and_saves_only_its_own_typing(
    qtbot: QtBot, db: Database, article: EditorArticle
) -> None:
    headline = article.segments[0].id
    desks = {name: Journaler(db, INTERVAL_MS, desk=name) for name in ("A", "B")}
    try:
        for name, journaler in desks.items():
            journaler.set_article(article.id)
            journaler.record(headline, f"Typed on {name}", "draft")
            assert journaler.flush(wait=True)
        assert open_for_editing(db, article.id, desk="A").segments[0].target == "Typed on A"
        assert open_for_editing(db, article.id, desk="B").segments[0].target == "Typed on B"
        with qtbot.waitSignal(desks["A"].revisionSaved, timeout=5000) as done:
            desks["A"].save_revision(
                author="Rana Haddad", role="translator", base_lock_version=article.lock_version
            )
        assert isinstance(done.args[0], SavedRevision)
        assert _targets(db, article.id)[0] == "Typed on A"
        assert unsaved_count(db, article.id, desk="A") == 0
        assert unsaved_count(db, article.id, desk="B") == 1
        with qtbot.waitSignal(desks["B"].revisionConflicted, timeout=5000):
            desks["B"].save_revision(
                author="Omar Said", role="editor", base_lock_version=article.lock_version
            )
        assert open_for_editing(db, article.id, desk="B").segments[0].target == "Typed on B"
    finally:
        for journaler in desks.values():
            journaler.shutdown()


def test_switching_articles_writes_the_previous_article_first(
    db: Database, article: EditorArticle, journaler: Journaler, tmp_path: Path
) -> None:
    other = _import(db, tmp_path / "fr.txt", "Le Parlement adopte la réforme\n\nMardi soir.\n")
    journaler.record(article.segments[0].id, "Government announces", "draft")
    journaler.set_article(other.id)
    assert _targets(db, article.id)[0] == "Government announces"
    journaler.record(other.segments[0].id, "Parliament passes the reform", "draft")
    assert journaler.flush(wait=True)
    assert _targets(db, other.id)[0] == "Parliament passes the reform"


def test_shutdown_writes_pending_typing_and_stops_the_writer(
    db: Database, article: EditorArticle, journaler: Journaler
) -> None:
    journaler.record(article.segments[0].id, "Government announces", "draft")
    assert journaler.shutdown()
    assert _targets(db, article.id)[0] == "Government announces"
    assert journaler.shutdown()  # twice is harmless: the fixture and the main window may both


def test_a_journaler_dropped_without_shutdown_does_not_abort_the_process(db_url: str) -> None:
    """Destroying a running QThread aborts Python: a window deleted before it was closed."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QObject\n"
        "from transdesk.gui.autosave import Journaler\n"
        "from transdesk.storage.database import open_database\n"
        "app = QCoreApplication([])\n"
        "window = QObject()\n"
        "Journaler(open_database(sys.argv[1]), 250, window).flush()\n"
        "del window\n"
        "print('still running')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, db_url], capture_output=True, text=True, timeout=60
    )
    assert (result.returncode, result.stdout.strip()) == (0, "still running"), result.stderr
