"""The working draft: typing is journaled to the database off the GUI thread.

The GUI thread only keeps the newest text of each edited segment in a dict; a single
writer thread does the database work, one batch at a time, so writes never overlap or
reorder. A batch is written half an interval after typing pauses, and at the latest one
interval after its oldest edit, so a crash during a long burst loses at most the last
interval of typing. A failed write keeps its text in memory, says so, and is retried.

Everything is written under this desktop's name (``desk``): its journal is its own. A save
refused because someone else saved first says so apart (``revisionConflicted``): the typing
stays in the journal, to be merged.
"""

from __future__ import annotations

import atexit
import itertools
import threading
import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from transdesk.core.errors import UserError
from transdesk.gui.background import internal_error_line
from transdesk.logfile import log_exception
from transdesk.services import editing
from transdesk.services.editing import DraftText, SavedRevision
from transdesk.services.revising import SaveConflict
from transdesk.settings import AUTOSAVE_MAX_MS, AUTOSAVE_MIN_MS
from transdesk.storage.database import Database

RETRY_MAX_MS = 30_000  # a broken disk is retried, but not in a tight loop


@dataclass(frozen=True)
class _Revision:
    article_id: int
    author: str
    role: str
    message: str
    base_lock_version: int | None


@dataclass(frozen=True)
class _Job:
    ticket: int
    article_id: int
    drafts: dict[int, DraftText]
    revision: _Revision | None


@dataclass
class _Outcome:
    journaled: bool = False
    error: str | None = None  # the reason, one line
    saved: SavedRevision | None = None
    conflict: bool = False  # the save was refused: someone else saved since the base


class _Writer(QObject):
    """Lives on the writer thread: runs jobs in the order they were submitted."""

    finished = Signal(int)

    def __init__(
        self, db: Database, desk: str, outcomes: dict[int, _Outcome], done: threading.Condition
    ) -> None:
        super().__init__()
        self.db, self.desk, self.outcomes, self.done = db, desk, outcomes, done

    @Slot(object)
    def run(self, job: _Job) -> None:
        outcome = _Outcome()
        try:
            editing.journal(self.db, job.article_id, list(job.drafts.values()), desk=self.desk)
            outcome.journaled = True
            if (r := job.revision) is not None:
                outcome.saved = editing.save_revision(
                    self.db, r.article_id, author=r.author, role=r.role, message=r.message,
                    base_lock_version=r.base_lock_version, desk=self.desk,
                )  # fmt: skip
        except SaveConflict as error:
            outcome.error, outcome.conflict = str(error), True
        except Exception as error:  # whatever it is, the user must hear of it
            outcome.error = _reason(error)
        with self.done:  # a blocking flush() may be waiting on the GUI thread
            self.outcomes[job.ticket] = outcome
            self.done.notify_all()
        self.finished.emit(job.ticket)


def _reason(error: Exception) -> str:
    if isinstance(error, UserError):
        return str(error)
    if isinstance(error, DBAPIError) and error.orig is not None:
        return (str(error.orig).strip().splitlines() or [type(error.orig).__name__])[0]
    if isinstance(error, SQLAlchemyError):
        return str(error).strip().splitlines()[0]
    if isinstance(error, OSError):
        return error.strerror or str(error)
    where = log_exception(error)  # a bug: the traceback goes to the log, one line to the user
    return internal_error_line(type(error).__name__, str(where))


# Writer threads not yet stopped. Destroying a running QThread aborts the process, and a
# Journaler dropped without shutdown() (its parent deleted first, a test's window left
# open) would take its thread with it: the threads are kept here and stopped at exit.
_running: dict[QThread, _Writer] = {}


def _stop(thread: QThread) -> None:
    thread.quit()
    # Unbounded on purpose: a job still running ends on its own timeouts (SQLite's
    # busy_timeout), and destroying a running QThread would abort the process.
    thread.wait()
    _running.pop(thread, None)


@atexit.register
def _stop_all() -> None:
    for thread in list(_running):
        _stop(thread)


def _clamped(interval_ms: int) -> int:
    return max(AUTOSAVE_MIN_MS, min(AUTOSAVE_MAX_MS, interval_ms))


class Journaler(QObject):
    """Collects edits from the editor and journals them off the GUI thread."""

    saved = Signal(int)  # number of segments written
    failed = Signal(str)  # one line for the user; the text is kept and retried
    busyChanged = Signal(bool)
    revisionSaved = Signal(object)  # SavedRevision, or None when nothing had changed
    revisionFailed = Signal(str)
    # Article id: someone else saved it since it was opened; the typing is kept, to merge.
    revisionConflicted = Signal(int)
    _submit = Signal(object)

    def __init__(
        self, db: Database, interval_ms: int, parent: QObject | None = None, *, desk: str = ""
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self._interval_ms = _clamped(interval_ms)
        self._article_id: int | None = None
        # article → segment → newest text; several articles only after a failed write.
        self._pending: dict[int, dict[int, DraftText]] = {}
        self._oldest: float | None = None  # monotonic time of the oldest unsent edit
        self._due = False  # pending edits go as soon as the writer is free
        self._revision: _Revision | None = None
        self._in_flight: _Job | None = None
        self._failures = 0
        self._busy = False
        self._closed = False
        self._tickets = itertools.count(1)
        self._outcomes: dict[int, _Outcome] = {}
        self._done = threading.Condition()
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._on_due)
        self._thread = QThread()
        self._thread.setObjectName("transdesk-journal")
        self._writer = _Writer(db, desk, self._outcomes, self._done)
        self._writer.moveToThread(self._thread)
        self._submit.connect(self._writer.run)
        self._writer.finished.connect(self._on_finished)
        self._thread.start()
        _running[self._thread] = self._writer
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def set_article(self, article_id: int | None) -> None:
        """Edits now belong to ``article_id``; those of the previous article are written first."""
        if article_id == self._article_id:
            return
        if self._article_id is not None and self.pending():
            self.flush(wait=True)  # a failure keeps them pending, under their own article
        self._article_id = article_id

    @Slot(int, str, str)
    def record(self, segment_id: int, text: str, status: str) -> None:
        """One keystroke's result: remembered in memory only, written by the timer."""
        if self._article_id is None:
            raise RuntimeError("Journaler.record() before set_article()")
        drafts = self._pending.setdefault(self._article_id, {})
        drafts[segment_id] = DraftText(segment_id, text, status)
        now = time.monotonic()
        if self._oldest is None:
            self._oldest = now
        deadline_ms = int((self._oldest - now) * 1000) + self._interval_ms
        self._timer.start(max(0, min(self._interval_ms // 2, deadline_ms)))

    def set_interval(self, interval_ms: int) -> None:
        self._interval_ms = _clamped(interval_ms)

    def pending(self) -> int:
        """Edited segments whose newest text is not in the database yet."""
        keys = {(a, s) for a, drafts in self._pending.items() for s in drafts}
        if (job := self._in_flight) is not None:
            keys.update((job.article_id, s) for s in job.drafts)
        return len(keys)

    def flush(self, wait: bool = False, timeout_ms: int = 5000) -> bool:
        """Write pending edits now; with ``wait``, block until written (or failed, or timed out)."""
        self._due = True
        self._pump()
        if not wait:
            return True
        deadline = time.monotonic() + timeout_ms / 1000
        while (job := self._in_flight) is not None:
            with self._done:
                while job.ticket not in self._outcomes:
                    if (left := deadline - time.monotonic()) <= 0:
                        return False
                    self._done.wait(left)
            if not self._complete(job.ticket):
                return False
        return not self._pending

    def save_revision(
        self, *, author: str, role: str, message: str = "", base_lock_version: int | None = None
    ) -> None:
        """Write pending edits, then turn the journal into a named revision, off-thread."""
        if self._article_id is None:
            raise RuntimeError("Journaler.save_revision() before set_article()")
        if self._revision is not None or (self._in_flight and self._in_flight.revision):
            self.revisionFailed.emit(self.tr("A revision is already being saved."))
            return
        self._revision = _Revision(self._article_id, author, role, message, base_lock_version)
        self._pump()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Write what is pending and stop the writer thread; False if something is unsaved."""
        if self._closed:
            return not self.pending()
        saved = self.flush(wait=True, timeout_ms=timeout_ms)
        self._closed = True
        self._timer.stop()
        _stop(self._thread)
        return saved

    def _on_due(self) -> None:
        self._due = True
        self._pump()

    def _pump(self) -> None:
        """Hand the next job to the writer when it is free."""
        if self._in_flight is not None or self._closed:
            return
        revision, self._revision = self._revision, None
        if revision is not None:
            article_id = revision.article_id
        elif self._due and self._pending:
            article_id = next(iter(self._pending))  # a failed older article goes first
        else:
            return
        drafts = self._pending.pop(article_id, {})
        if not self._pending:
            self._due, self._oldest = False, None
            self._timer.stop()
        self._in_flight = _Job(next(self._tickets), article_id, drafts, revision)
        self._set_busy(True)
        self._submit.emit(self._in_flight)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    @Slot(int)
    def _on_finished(self, ticket: int) -> None:
        self._complete(ticket)

    def _complete(self, ticket: int) -> bool:
        """Act on a finished job, once: from its queued signal or from a blocking flush."""
        with self._done:
            outcome = self._outcomes.pop(ticket, None)
        job = self._in_flight
        if outcome is None or job is None or job.ticket != ticket:
            return True  # already handled by flush(wait=True)
        self._in_flight = None
        if outcome.journaled:
            self._failures = 0
            if job.drafts:
                self.saved.emit(len(job.drafts))
        else:
            self._keep(job)
        if job.revision is not None:
            if outcome.error is None:
                self.revisionSaved.emit(outcome.saved)
            elif outcome.conflict:
                self.revisionConflicted.emit(job.revision.article_id)
            else:
                self.revisionFailed.emit(
                    self.tr("The revision was not saved: {0}").format(outcome.error)
                )
        elif outcome.error is not None:
            self.failed.emit(
                self.tr(
                    "Your latest typing is not saved to the database yet ({0}); "
                    "TransDesk keeps it and will try again."
                ).format(outcome.error)
            )
        self._pump()
        self._set_busy(self._in_flight is not None)
        return outcome.journaled

    def _keep(self, job: _Job) -> None:
        """Put a failed batch back, under any newer text typed meanwhile, and retry later."""
        merged = {**job.drafts, **self._pending.pop(job.article_id, {})}
        self._pending = {job.article_id: merged, **self._pending}
        self._failures += 1
        self._due = False
        self._oldest = time.monotonic()  # the next edit retries within an interval
        self._timer.start(min(RETRY_MAX_MS, self._interval_ms * 2**self._failures))
