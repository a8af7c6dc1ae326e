"""Editor targets (issue #3): the first screen of a 5,000-segment article, and its memory."""

from __future__ import annotations

import random
import resource
import statistics
import time
from collections.abc import Callable

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.benchmarks.news_text import paragraph
from transdesk.gui.editor import EditorWidget
from transdesk.services.editing import EditorArticle, EditorSegment
from transdesk.settings import Settings

SEGMENTS = 5000


def news_article(segments: int = SEGMENTS) -> EditorArticle:
    rng = random.Random(11)
    texts = ["Talks on water rights resume in Geneva after 14 months"]
    texts += [paragraph(rng, 30) for _ in range(segments - 1)]
    return EditorArticle(
        id=1, report_id=1, title=texts[0], status="in_progress", source_language="en",
        target_language="ar", lock_version=1, restored=0, journal_saved_at=None,
        segments=tuple(
            EditorSegment(n + 1, n, "headline" if n == 0 else "paragraph", text,
                          "", "untranslated", len(text.split()))
            for n, text in enumerate(texts)
        ),
    )  # fmt: skip


def shown_editor(qtbot: QtBot) -> EditorWidget:
    editor = EditorWidget(Settings())
    qtbot.addWidget(editor)
    editor.resize(1280, 800)
    with qtbot.waitExposed(editor):
        editor.show()
    return editor


def median_ms(runs: list[float]) -> float:
    return statistics.median(runs) * 1000


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def first_screen(editor: EditorWidget, article: EditorArticle) -> None:
    editor.load(article)
    QApplication.processEvents()
    editor.view.viewport().repaint()  # the first paint, synchronously


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def current_rss_mb() -> float:
    """Resident memory now (getrusage only knows the peak)."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def test_memory_of_5000_segments(qtbot: QtBot) -> None:
    editor = shown_editor(qtbot)
    before = current_rss_mb()
    article = news_article()
    built = current_rss_mb()
    first_screen(editor, article)
    loaded = current_rss_mb()
    print(
        f"\nRSS after loading {SEGMENTS:,} segments: {loaded:.0f} MB now, "
        f"peak {rss_mb():.0f} MB (getrusage); the EditorArticle itself "
        f"{built - before:+.1f} MB, the editor's load and first screen {loaded - built:+.1f} MB"
    )


def test_first_screen_of_5000_segments(qtbot: QtBot) -> None:
    article = news_article()
    words = sum(s.word_count for s in article.segments)
    before = rss_mb()
    editors = [shown_editor(qtbot) for _ in range(5)]
    runs = [timed(lambda e=e: first_screen(e, article)) for e in editors]  # type: ignore[misc]
    editor = editors[-1]
    print(
        f"\nload() + first paint, {SEGMENTS:,} segments ({words:,} words): "
        f"{median_ms(runs):.0f} ms (median of 5; target well under 500 ms); "
        f"rows measured: {editor.row_heights.measured}"
    )
    print(f"peak RSS {rss_mb():.0f} MB ({rss_mb() - before:+.0f} MB for five editors loaded)")
    assert median_ms(runs) < 500

    hidden = EditorWidget(Settings())
    qtbot.addWidget(hidden)
    hidden.resize(1280, 800)

    def load_then_show() -> None:
        hidden.load(article)
        hidden.show()
        QApplication.processEvents()
        hidden.view.viewport().repaint()

    shown = timed(load_then_show) * 1000
    print(f"load() while hidden, then show, as the main window does: {shown:.0f} ms")
    bar = editor.view.verticalScrollBar()
    scroll = timed(lambda: (bar.setValue(bar.maximum() // 2), editor.view.viewport().repaint()))
    print(f"scroll to the middle and paint: {scroll * 1000:.1f} ms")
    filtered = timed(lambda: editor.set_status_filter({"translated"}))
    unfiltered = timed(lambda: editor.set_status_filter(None))
    print(f"status filter on / off: {filtered * 1000:.1f} / {unfiltered * 1000:.1f} ms")
    zoom = timed(lambda: (editor.zoom_in(), editor.view.viewport().repaint()))
    print(f"zoom in and paint: {zoom * 1000:.1f} ms")
