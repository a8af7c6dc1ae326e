"""Crash recovery end to end: a process is typed into, killed with SIGKILL, and restarted.

The promise (DESIGN.md, "Working draft / autosave"): typing is journaled within the autosave
interval, off the GUI thread, so a crash loses at most the last interval of typing, and the
next start restores the rest with a notice.

Targets:
- ``program``: the REAL program, ``python -m transdesk --db URL``, typed into by xdotool on
  an Xvfb screen. Skipped only while its main window does not import (being written).
- ``driver``: ``_driver.py`` beside this file, the real Journaler behind a plain text box,
  keeping the same contract; typed into by xdotool, or by itself when there is no X server.

The contract a target keeps (the real program's main window and app.py):
- ``TRANSDESK_OPEN_ARTICLE=<id>`` opens that article at start; the keyboard focus is then in
  the translation editor of its first segment, cursor at the end, and every keystroke
  reaches the Journaler (EditorWidget.segmentEdited → Journaler.record).
- the autosave interval is ``autosave_ms`` of $XDG_CONFIG_HOME/TransDesk/settings.json;
- with ``TRANSDESK_LOG=info``, stderr gets ``transdesk: opened article <id>`` once the editor
  has the focus, ``transdesk: journal saved <n>`` after each journal commit, and
  ``transdesk: restored <n> unsaved segments`` when an article opens with journaled text.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import pytest

from transdesk import settings as settings_store
from transdesk.services.editing import EditorArticle, open_for_editing
from transdesk.services.importing import ImportRequest, import_report
from transdesk.storage.database import Database

INTERVAL_MS = 1000
# Commit time (SQLite fsyncs), event delivery and a busy 2-core machine, on top of the
# interval: still inside the product's promise of 2 seconds.
SLACK_S = 0.5
BURST_S = 3.0  # typing that never pauses for longer than the interval: a debounce alone fails
STARTUP_S = 60.0
DRIVER = Path(__file__).with_name("_driver.py")
WORDS = ["Reconstruction ", "خطة ", "plan ", "إعادة ", "of ", "الإعمار ", "5 ", "billion "]


def _real_program_missing() -> str | None:
    """Why the real program cannot be tested yet (its editor is being written), if so.

    Checked in a child process, after a QApplication exists as in app.py: some GUI modules
    build key sequences at import, which crashes an interpreter without one.
    """
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import transdesk.gui.main_window\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    check = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True,
        timeout=STARTUP_S,
    )  # fmt: skip
    if check.returncode == 0:
        return None
    last = (check.stderr.strip().splitlines() or [f"exit status {check.returncode}"])[-1]
    return f"the real program's main window does not import yet ({last})"


class Process:
    """A started target and its stderr lines, each with the monotonic time it arrived."""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.popen = subprocess.Popen(
            command, env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, text=True, encoding="utf-8", bufsize=1,
        )  # fmt: skip
        self.lines: list[tuple[float, str]] = []
        self._changed = threading.Condition()
        self._ended = False
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.popen.stderr is not None
        for line in self.popen.stderr:
            with self._changed:
                self.lines.append((time.monotonic(), line.rstrip("\n")))
                self._changed.notify_all()
        with self._changed:
            self._ended = True
            self._changed.notify_all()

    def wait_for(self, pattern: str, timeout: float, after: float = 0.0) -> re.Match[str]:
        """The first line matching ``pattern`` that arrived after ``after``."""
        return self.wait_for_timed(pattern, timeout, after)[1]

    def wait_for_timed(
        self, pattern: str, timeout: float, after: float = 0.0
    ) -> tuple[float, re.Match[str]]:
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for when, line in self.lines:
                    if when > after and (found := re.search(pattern, line)):
                        return when, found
                left = deadline - time.monotonic()
                if left <= 0 or self._ended:
                    pytest.fail(f"no line matching {pattern!r}; stderr:\n{self.tail()}")
                self._changed.wait(left)

    def tail(self) -> str:
        return "\n".join(line for _, line in self.lines[-40:])

    def kill(self) -> None:
        if self.popen.poll() is None:
            os.kill(self.popen.pid, signal.SIGKILL)
        self.popen.wait(10)
        self._reader.join(10)  # the pipe ends with the process
        for stream in (self.popen.stdin, self.popen.stderr):
            if stream is not None:
                with contextlib.suppress(BrokenPipeError):  # text it never read
                    stream.close()


class Typist(Protocol):
    def type(self, text: str) -> float:
        """Type ``text``; the monotonic time of its last keystroke."""
        ...


class XdotoolTypist:
    """Real key events through the X server, into whatever window has the focus."""

    def __init__(self, display: str, process: Process) -> None:
        self.env = {**os.environ, "DISPLAY": display}
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(process.popen.pid)],
            env=self.env, capture_output=True, text=True, timeout=STARTUP_S,
        )  # fmt: skip
        window = found.stdout.split()[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=self.env, timeout=10)

    def type(self, text: str) -> float:
        subprocess.run(["xdotool", "type", "--delay", "50", text], env=self.env, check=True)
        return time.monotonic()  # no earlier than the last keystroke: errs on the safe side


class DriverTypist:
    """The driver types what it reads on stdin and logs when it has finished each chunk."""

    def __init__(self, process: Process) -> None:
        self.process = process

    def type(self, text: str) -> float:
        assert self.process.popen.stdin is not None
        sent = time.monotonic()
        self.process.popen.stdin.write(text + "\n")
        self.process.popen.stdin.flush()
        found = self.process.wait_for(r"driver typed chunk \d+ at ([\d.]+)", 30, after=sent)
        return float(found[1])


@pytest.fixture(scope="module")
def x_display() -> Iterator[str]:
    """A private Xvfb screen; its number chosen by Xvfb itself (-displayfd)."""
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        reason = f"{' and '.join(missing)} not installed (scripts/setup.sh --test installs them)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=[write], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    try:
        ready, _, _ = select.select([read], [], [], 30)
        assert ready, "Xvfb did not start within 30 s"
        number = os.read(read, 64).decode().strip()
        yield f":{number}"
    finally:
        os.close(read)
        server.terminate()
        server.wait(10)


@pytest.fixture
def article(db: Database, tmp_path: Path) -> EditorArticle:
    path = tmp_path / "ar.txt"
    path.write_text(
        "الحكومة تعلن خطة لإعادة الإعمار\n\nأعلنت الحكومة يوم الأحد خطة بقيمة ٥ مليارات دولار.\n",
        encoding="utf-8",
    )
    imported = import_report(db, ImportRequest(path, target_languages=["en"]))
    article = open_for_editing(db, imported.articles[0].id)
    assert all(segment.target == "" for segment in article.segments)
    settings_store.save(settings_store.Settings(autosave_ms=INTERVAL_MS, user_name="Crash Test"))
    return article


def _start(target: str, db_url: str, article_id: int, display: str | None) -> Process:
    env = {**os.environ, "TRANSDESK_OPEN_ARTICLE": str(article_id), "TRANSDESK_LOG": "info"}
    env.pop("DISPLAY", None)
    env["QT_QPA_PLATFORM"] = "xcb" if display else "offscreen"
    if display:
        env["DISPLAY"] = display
    if target == "program":  # the REAL program
        command = [sys.executable, "-m", "transdesk", "--db", db_url]
    else:
        command = [sys.executable, str(DRIVER), "--db", db_url]
    process = Process(command, env)
    try:
        process.wait_for(rf"opened article {article_id}\b", STARTUP_S)
    except BaseException:
        process.kill()
        raise
    return process


def _journaled(db: Database, article_id: int) -> str:
    """The one segment's journaled text (only one segment is typed into)."""
    desk = settings_store.load().desk_id  # the desk the program journals under
    typed = [s.target for s in open_for_editing(db, article_id, desk=desk).segments if s.target]
    assert len(typed) <= 1, typed
    return typed[0] if typed else ""


@pytest.mark.parametrize(
    ("target", "keyboard"),
    [
        pytest.param("program", "xdotool", id="real-program"),
        pytest.param("driver", "xdotool", id="driver-typed-through-x"),
        pytest.param("driver", "itself", id="driver-typing-itself"),
    ],
)
def test_kill_9_loses_nothing_older_than_the_journal_interval(
    request: pytest.FixtureRequest,
    db: Database,
    db_url: str,
    article: EditorArticle,
    target: str,
    keyboard: str,
) -> None:
    if target == "program" and (missing := _real_program_missing()):
        pytest.skip(missing)  # the driver variants prove the Journaler meanwhile
    display = request.getfixturevalue("x_display") if keyboard == "xdotool" else None
    process = _start(target, db_url, article.id, display)
    try:
        typist: Typist = XdotoolTypist(display, process) if display else DriverTypist(process)
        # A first phrase, then a pause: it must reach the journal within the interval.
        typed = "Plan: خطة "
        last_key = typist.type(typed)
        latency = _latency(process, db, article.id, typed, last_key)
        request.node.user_properties.append(("journal_latency_s", round(latency, 3)))
        print(f"\n{target}/{keyboard}: last keystroke → committed {latency * 1000:.0f} ms")
        # Then typing that never pauses, killed in the middle of it.
        chunk_ends: list[tuple[int, float]] = []
        started = time.monotonic()
        for word in itertools.cycle(WORDS):
            typed += word
            chunk_ends.append((len(typed), typist.type(word)))
            if time.monotonic() - started >= BURST_S:
                break
        killed_at = time.monotonic()
    finally:
        process.kill()

    journaled = _journaled(db, article.id)
    assert typed.startswith(journaled), "the journal holds text that was never typed"
    older = killed_at - INTERVAL_MS / 1000 - SLACK_S
    must_have = max((length for length, end in chunk_ends if end <= older), default=0)
    print(f"kill -9: journal kept {len(journaled)} of {len(typed)} characters (≥ {must_have})")
    assert len(journaled) >= must_have, (
        f"lost typing older than the interval: kept {len(journaled)} of the {must_have} "
        f"characters typed {INTERVAL_MS / 1000 + SLACK_S:.1f} s before the kill"
    )

    restarted = _start(target, db_url, article.id, display=None)  # offscreen is enough
    try:
        notice = restarted.wait_for(r"restored (\d+) unsaved segments?", 10)
        assert notice[1] == "1"
    finally:
        restarted.kill()
    assert _journaled(db, article.id) == journaled


def _latency(process: Process, db: Database, article_id: int, text: str, last_key: float) -> float:
    """Seconds from the last keystroke to the journal line of the commit that holds it."""
    after = last_key
    while _journaled(db, article_id) != text:
        after, _ = process.wait_for_timed(r"journal saved \d+", 10, after=after)
    # The commit may have come before xdotool returned, which is later than its last key.
    return max(0.0, after - last_key)
