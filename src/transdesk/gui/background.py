"""Running a service call off the GUI thread and getting its result back on it.

The GUI thread never waits on the database while the user types: searches, imports and
other calls run in the global thread pool; the result (or the one-line error of a
UserError) comes back through a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from transdesk.core.errors import UserError
from transdesk.logfile import log_exception


def internal_error_line(kind: str, where: str) -> str:
    """The one line a user sees about a bug; the traceback is in the log file ``where``.
    (QCoreApplication.translate is thread-safe: this runs on worker threads.)"""
    template = QCoreApplication.translate("Errors", "Internal error (%1); details in %2")
    return template.replace("%1", kind).replace("%2", where)


# Who acts: (name, role) once confirmed, or None when the user backed out.
Identity = Callable[[], tuple[str, str] | None]


class ProgressRelay(QObject):
    """Progress of a batch: ``step`` is emitted on the worker thread and delivered (queued)
    to slots on the GUI thread."""

    step = Signal(int, int)  # done, total


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, call: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.call = call
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.call()
        except UserError as error:
            self.relay.failed.emit(str(error))
        except Exception as error:  # a bug: the user gets one line, the log the traceback
            where = log_exception(error)
            self.relay.failed.emit(internal_error_line(type(error).__name__, str(where)))
        else:
            self.relay.done.emit(result)


class Background(QObject):
    """Submits calls; ``on_done`` / ``on_error`` run on the GUI thread afterwards."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relays: set[_Relay] = set()
        self._closed = False

    def run(
        self,
        call: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
    ) -> None:
        if self._closed:
            return  # shutting down: the database may already be closing
        relay = _Relay()  # created on the GUI thread: its signals are delivered there
        self._relays.add(relay)

        def finished() -> None:
            self._relays.discard(relay)

        relay.done.connect(on_done)
        relay.failed.connect(on_error)
        relay.done.connect(finished)
        relay.failed.connect(finished)
        QThreadPool.globalInstance().start(_Job(call, relay))

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Block until every submitted call has finished."""
        return QThreadPool.globalInstance().waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Accept no more calls and wait for those running: then the database may close."""
        self._closed = True
        return self.wait(timeout_ms)
