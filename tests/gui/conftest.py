"""Fixtures for the GUI tests: editor articles built in memory, and typing as a user does."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from transdesk import settings as settings_store
from transdesk.gui.editor import EditorWidget
from transdesk.gui.main_window import MainWindow
from transdesk.services.editing import EditorArticle, EditorSegment
from transdesk.services.importing import ImportRequest, import_report
from transdesk.settings import Settings
from transdesk.storage.database import Database

# (kind, source, target, status)
SegmentSpec = tuple[str, str, str, str]
ArticleFactory = Callable[..., EditorArticle]
EditorFactory = Callable[..., EditorWidget]

ARABIC_NEWS: tuple[SegmentSpec, ...] = (
    ("headline", "الحكومة تعلن خطة لإعادة الإعمار", "Government announces a rebuilding plan",
     "translated"),
    ("standfirst", "أعلنت الحكومة يوم الأحد خطة بقيمة خمسة مليارات دولار.", "", "untranslated"),
    ("paragraph", "وقال الوزير إن العمل يبدأ الشهر المقبل.", "", "untranslated"),
    ("paragraph", "عاجل", "", "untranslated"),
    ("paragraph", "وأضاف أن التمويل سيأتي من الموازنة العامة.", "", "untranslated"),
)  # fmt: skip


def build_article(
    segments: Sequence[SegmentSpec], source: str = "ar", target: str | None = "en"
) -> EditorArticle:
    return EditorArticle(
        id=1,
        report_id=1,
        title=segments[0][1] if segments else "",
        status="in_progress",
        source_language=source,
        target_language=target,
        lock_version=1,
        segments=tuple(
            EditorSegment(100 + n, n, kind, text, target_text, status, len(text.split()))
            for n, (kind, text, target_text, status) in enumerate(segments)
        ),
        restored=0,
        journal_saved_at=None,
    )


@pytest.fixture
def make_article() -> ArticleFactory:
    return build_article


@pytest.fixture
def make_editor(qtbot: QtBot) -> Iterator[EditorFactory]:
    """A shown editor holding ``article``, with its cell editor open and focused."""
    kept: list[EditorWidget] = []

    def make(
        article: EditorArticle | None = None, size: tuple[int, int] = (900, 500)
    ) -> EditorWidget:
        editor = EditorWidget(Settings())
        kept.append(editor)
        qtbot.addWidget(editor)
        editor.resize(*size)
        if article is not None:
            editor.load(article)
        with qtbot.waitActive(editor):
            editor.show()
            editor.activateWindow()
        return editor

    yield make
    kept.clear()


class EditingWindow(QMainWindow):
    """The main window's wiring in miniature: its actions, connected to the editor."""

    def __init__(self, editor: EditorWidget) -> None:
        # Imported once a QApplication exists: the actions table asks the platform for its
        # standard key sequences at import time, and crashes the process without one.
        from transdesk.gui.actions import build_actions
        from transdesk.gui.editor.wiring import editor_commands

        super().__init__()
        self.editor = editor
        self.actions_by_act: dict[Any, QAction] = build_actions(self)
        slots = editor_commands(editor)
        for act, action in self.actions_by_act.items():
            self.addAction(action)  # window-wide shortcuts, as menus would give them
            if act in slots:
                action.triggered.connect(slots[act])
        self.setCentralWidget(editor)


@pytest.fixture
def editing_window(qtbot: QtBot) -> Iterator[Callable[[EditorArticle], EditingWindow]]:
    kept: list[EditingWindow] = []  # qtbot holds widgets weakly

    def make(article: EditorArticle) -> EditingWindow:
        editor = EditorWidget(Settings())
        window = EditingWindow(editor)
        kept.append(window)
        qtbot.addWidget(window)
        window.resize(1000, 600)
        editor.load(article)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    yield make
    kept.clear()


def _type_text(text: str) -> None:
    for character in text:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(target, event)


@pytest.fixture
def type_text() -> Callable[[str], None]:
    """Type into the focused widget, one key event per character.

    Not QTest.keyClicks: it aborts the process on any non-ASCII character.
    """
    return _type_text


@pytest.fixture
def mirrored_ui() -> Iterator[None]:
    """The whole interface right-to-left, as for the Arabic UI."""
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# --- the whole main window on a real database ------------------------------------------

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "samples" / "ar-water-talks.md"

WindowFactory = Callable[[], MainWindow]


@pytest.fixture
def article(db: Database) -> int:
    return import_report(db, ImportRequest(SAMPLE, target_languages=["en"])).articles[0].id


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    path = tmp_path / "settings.json"
    settings_store.save(
        settings_store.Settings(user_name="Leila Mansour", autosave_ms=250, offered_sample=True),
        path,
    )
    return path


@pytest.fixture
def make_window(
    qtbot: QtBot, db: Database, settings_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(db, settings_store.load(settings_path), settings_path)
        # pytest-qt closes windows before fixtures end: answer "keep the draft" by default.
        window._ask_about_unsaved = lambda: True  # type: ignore[method-assign]
        qtbot.addWidget(window)
        windows.append(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    yield make
    for window in windows:  # stop threads before the database closes
        window.journal.shutdown()
        window.background.shutdown()


def type_into_current_cell(qtbot: QtBot, text: str) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    _type_text(text)
