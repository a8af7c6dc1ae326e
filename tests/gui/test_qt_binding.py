"""A canary for the Qt binding itself: PySide6-Essentials 6.12.0 dropped a reference to
True and None on every signal emit, so a long editing session aborted the process."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal


class _Emitter(QObject):
    changed = Signal(int)


def test_signals_and_slots_keep_reference_counts() -> None:
    emitter = _Emitter()
    emitter.changed.connect(lambda value: None)
    timer = QTimer()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for value in range(2000):
        emitter.changed.emit(value)
        timer.setInterval(5)
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert after[0] >= before[0] - 50 and after[1] >= before[1] - 50, (before, after)
