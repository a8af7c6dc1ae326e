"""The Memory dock as a translator uses it: matches for the current segment, Ctrl+N to use
one, the concordance search, and pre-translation from exact matches."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory
from transdesk.gui.actions import Act
from transdesk.gui.main_window import MainWindow
from transdesk.services.editing import open_for_editing
from transdesk.storage.database import Database

pytestmark = pytest.mark.database

Ctrl = Qt.KeyboardModifier.ControlModifier
HEADLINE = "استئناف محادثات المياه في جنيف بعد توقف دام 14 شهرا"
# The sample's fourth segment says "five days"; the memory has the same sentence with "six".
ENVOY = (
    'وقال المبعوث في مؤتمر صحفي إن "الاتفاق ممكن قبل نهاية العام إذا توفرت الإرادة '
    'السياسية"، مضيفا أن الجولة الحالية ستستمر ستة أيام.'
)
ENVOY_EN = (
    'The envoy told a news conference that "agreement is possible before the end of the year '
    'if the political will is there", adding that the current round would last six days.'
)
HEADLINE_EN = "Water talks resume in Geneva after a 14-month pause"


def _tmx(path: Path, units: list[tuple[str, str]], author: str = "Karim Haddad") -> Path:
    from xml.sax.saxutils import escape

    body = "".join(
        f'<tu creationid="{author}" creationdate="20261101T120000Z">'
        f'<tuv xml:lang="ar"><seg>{escape(source)}</seg></tuv>'
        f'<tuv xml:lang="en"><seg>{escape(target)}</seg></tuv></tu>'
        for source, target in units
    )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" '
        f'srclang="ar" o-tmf="none"/><body>{body}</body></tmx>',
        encoding="utf-8",
    )
    return path


@pytest.fixture
def memory(db: Database, tmp_path: Path) -> None:
    from transdesk.services.memory_tmx import import_tmx

    import_tmx(db, _tmx(tmp_path / "desk.tmx", [(ENVOY, ENVOY_EN), (HEADLINE, HEADLINE_EN)]))


def _window_at(make_window: WindowFactory, article: int, position: int) -> MainWindow:
    window = make_window()
    assert window.open_article(article)
    window.editor.go_to_segment(position)
    return window


def _wait_for_cards(qtbot: QtBot, window: MainWindow, count: int = 1) -> list[str]:
    panel = window.memory.panel
    qtbot.waitUntil(lambda: len(panel.match_list.cards) >= count, timeout=5000)
    return panel.cards_text()


def test_the_dock_shows_a_fuzzy_match_with_its_percentage_author_and_differences(
    qtbot: QtBot, make_window: WindowFactory, article: int, memory: None
) -> None:
    window = _window_at(make_window, article, 3)
    cards = _wait_for_cards(qtbot, window)
    assert len(cards) == 1
    heading, _source, target, details = cards[0].split("\n")
    assert heading.startswith("1. ") and "%" in heading and "100" not in heading
    assert target == ENVOY_EN
    assert "Karim Haddad" in details and "2026-11-01" in details and "desk.tmx" in details
    source_label = window.memory.panel.match_list.cards[0].source.text()
    # The stored "six" struck through, this segment's "five" underlined; right to left.
    assert "line-through" in source_label and "ستة" in source_label
    assert "underline" in source_label and "خمسة" in source_label
    assert 'dir="rtl"' in source_label


def test_ctrl_1_puts_the_match_in_the_cell_and_undo_takes_it_back(
    qtbot: QtBot, make_window: WindowFactory, article: int, memory: None
) -> None:
    window = _window_at(make_window, article, 3)
    _wait_for_cards(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Ctrl)
    texts = window.editor.current_texts()
    assert (texts[3].text, texts[3].status) == (ENVOY_EN, "draft")
    window.action(Act.UNDO).trigger()
    assert window.editor.current_texts()[3].text == ""
    # Ctrl+2: no second match: nothing changes, the status bar says so.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Ctrl)
    assert window.editor.current_texts()[3].text == ""
    assert "No memory match 2" in window.statusBar().currentMessage()


def test_an_answer_for_a_segment_already_left_is_dropped(
    qtbot: QtBot, make_window: WindowFactory, article: int, memory: None
) -> None:
    window = _window_at(make_window, article, 5)  # a segment with no match
    panel = window.memory.panel
    panel.show_segment(ENVOY)
    panel._look_up()  # the lookup is on its way …
    window.editor.go_to_segment(6)  # … and the translator moves on
    qtbot.waitUntil(lambda: "No matches" in panel.match_list.message.text(), timeout=5000)
    window.background.wait()
    qtbot.wait(50)  # let any late answer arrive
    assert panel.matches == [] and panel.match_list.cards == []


def test_concordance_finds_a_phrase_in_sources_and_in_translations(
    qtbot: QtBot, make_window: WindowFactory, article: int, memory: None
) -> None:
    window = _window_at(make_window, article, 0)
    panel = window.memory.panel
    panel.show_concordance("مؤتمر صحفي")
    qtbot.waitUntil(lambda: len(panel.found_list.cards) == 1, timeout=5000)
    assert ENVOY_EN in panel.cards_text(found=True)[0]
    assert "font-weight:bold" in panel.found_list.cards[0].source.text()
    panel.in_target.setChecked(True)  # searches again, in the translations
    panel.show_concordance("Geneva")
    qtbot.waitUntil(
        lambda: any(HEADLINE_EN in card for card in panel.cards_text(found=True)), timeout=5000
    )
    panel.show_concordance("nowhere to be found")
    qtbot.waitUntil(lambda: "Nothing in the memory" in panel.found_list.message.text())
    assert panel.found_list.cards == []


def test_pretranslate_fills_the_exact_match_and_says_how_many(
    qtbot: QtBot, make_window: WindowFactory, db: Database, article: int, memory: None
) -> None:
    from transdesk.services.people import add_person

    add_person(db, "Leila Mansour", "translator")
    window = _window_at(make_window, article, 0)
    window.action(Act.PRETRANSLATE).trigger()
    qtbot.waitUntil(lambda: "Pre-translated 1 segment" in window.notices.text(), timeout=5000)
    assert window.editor.current_texts()[0].text == HEADLINE_EN
    assert open_for_editing(db, article).segments[0].target == HEADLINE_EN
    # The fuzzy match is left for the translator.
    assert window.editor.current_texts()[3].text == ""
    window.action(Act.PRETRANSLATE).trigger()
    qtbot.waitUntil(lambda: "No exact matches" in window.notices.text(), timeout=5000)
