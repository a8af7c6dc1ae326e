"""A stand-in for TransDesk's editor in the crash test, run as its own process.

It keeps the real program's contract (see test_crash_recovery.py): it opens the article
named by TRANSDESK_OPEN_ARTICLE with the autosave interval from the user's settings, puts
the keyboard focus in the first segment's translation, journals every keystroke with the
real Journaler, and logs the same ``transdesk: …`` lines on stderr.

Without an X server, lines written to its stdin are typed into the editor by a timer, one
character every TRANSDESK_DRIVER_DELAY_MS, each keystroke logged with its monotonic time
(shared by every process of the machine), so the test knows when each one happened.

    python tests/integration/_driver.py --db URL
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from collections import deque

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from transdesk import settings as settings_store
from transdesk.gui.autosave import Journaler
from transdesk.services.editing import open_for_editing
from transdesk.storage.database import open_database


def log(line: str) -> None:
    print(f"transdesk: {line}", file=sys.stderr, flush=True)


class Keyboard(QObject):
    """Types lines read from stdin into a widget, as key events (no X server needed)."""

    line = Signal(str)

    def __init__(self, target: QPlainTextEdit, delay_ms: int) -> None:
        super().__init__()
        self.target = target
        self.queue: deque[str] = deque()
        self.typed = 0
        self.last_key = 0.0
        self.timer = QTimer(self, interval=delay_ms)
        self.timer.timeout.connect(self._key)
        self.line.connect(self._enqueue)  # queued: emitted by the reader thread
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for raw in sys.stdin:
            self.line.emit(raw.rstrip("\n"))

    def _enqueue(self, text: str) -> None:
        self.queue.extend(text)
        self.queue.append("\n")  # the end of a chunk, not a key
        self.timer.start()

    def _key(self) -> None:
        character = self.queue.popleft()
        if character == "\n":
            log(f"driver typed chunk {self.typed} at {self.last_key:.4f}")
            if not self.queue:
                self.timer.stop()
            return
        # QTest.keyClicks aborts on non-ASCII text (see PITFALLS.md): send the event itself.
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(self.target, event)
        self.typed += 1
        self.last_key = time.monotonic()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    settings = settings_store.load()
    db = open_database(args.db)
    article = open_for_editing(db, int(os.environ["TRANSDESK_OPEN_ARTICLE"]), desk=settings.desk_id)
    journaler = Journaler(db, settings.autosave_ms, desk=settings.desk_id)
    journaler.set_article(article.id)
    journaler.saved.connect(lambda count: log(f"journal saved {count}"))
    journaler.failed.connect(lambda text: log(f"journal failed: {text}"))
    segment = article.segments[0]
    editor = QPlainTextEdit(segment.target)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.textChanged.connect(lambda: journaler.record(segment.id, editor.toPlainText(), "draft"))
    editor.resize(600, 200)
    editor.show()
    editor.activateWindow()
    editor.setFocus()
    keyboard = Keyboard(editor, int(os.environ.get("TRANSDESK_DRIVER_DELAY_MS", "50")))
    if article.restored:
        log(f"restored {article.restored} unsaved segments")
    log(f"opened article {article.id}")
    code = app.exec()
    keyboard.timer.stop()
    journaler.shutdown()
    db.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
