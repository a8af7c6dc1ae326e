"""The QA dock: findings on the open article, kept current while the translator types."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory, type_into_current_cell
from tests.unit.services.review_helpers import TRANSLATOR, add_staff, make_article
from transdesk.gui import qa_dock
from transdesk.services.revising import edit_segment
from transdesk.storage.database import Database

GOOD = "The United Nations said on Tuesday that about 1.2 million people had fled their homes."


@pytest.fixture
def article(db: Database, tmp_path: Path) -> int:
    add_staff(db)
    article = make_article(db, tmp_path / "in")
    edit_segment(db, article, 1, "UN: 1.2 million displaced by floods", author=TRANSLATOR)
    edit_segment(db, article, 2, GOOD.replace("1.2", "1.3"), author=TRANSLATOR)
    edit_segment(db, article, 3, "The spokesman added that it is getting worse.", author=TRANSLATOR)
    edit_segment(
        db, article, 4, "The organisation called for urgent aid in the eastern states.",
        author=TRANSLATOR,
    )  # fmt: skip
    return article


def lines(window: object) -> list[tuple[str, str, str]]:
    tree = window.qa.panel.tree  # type: ignore[attr-defined]
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [
        (item.text(0), item.text(1), item.text(2).replace("\u2068", "").replace("\u2069", ""))
        for item in items
        if item is not None
    ]


def test_the_dock_follows_the_article_and_the_typing(
    qtbot: QtBot, make_window: WindowFactory, article: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[int] = []
    check = qa_dock.check_texts

    def recording(*args: object) -> object:
        threads.append(threading.get_ident())
        return check(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(qa_dock, "check_texts", recording)
    window = make_window()
    window.open_article(article)
    qtbot.waitUntil(lambda: bool(lines(window)), timeout=5000)
    assert lines(window) == [
        ("#2", "✗ Error", "١٫٢ is not in the translation"),
        ("#2", "⚠ Warning", "1.3 is not in the source"),
    ]
    assert window.qa.panel.counts() == (1, 1)
    # Without transdesk_en.qm (as in these tests) the source text; "1 error" with it.
    assert window.qa.panel.summary.text() == "1 error(s), 1 warning(s)"
    assert threads and threading.get_ident() not in threads  # never on the GUI thread

    # Double-click on the error: segment 2, the cell open.
    tree = window.qa.panel.tree
    tree.itemActivated.emit(tree.topLevelItem(0), 0)
    assert window.editor.current_position() == 1

    # The translator fixes the figure: after the pause, the dock is clean.
    window.editor.go_to_segment(1)
    window.editor.view.edit(window.editor.view.currentIndex().siblingAtColumn(2))
    cell = window.editor.delegate.open_editor
    assert cell is not None
    cell.selectAll()
    type_into_current_cell(qtbot, GOOD)
    qtbot.waitUntil(lambda: window.qa.panel.summary.text() == "No QA problem found.", timeout=5000)

    # A new wrong number in another segment: one finding there.
    window.editor.go_to_segment(0)
    window.editor.view.edit(window.editor.view.currentIndex().siblingAtColumn(2))
    cell = window.editor.delegate.open_editor
    assert cell is not None
    cell.selectAll()
    type_into_current_cell(qtbot, "UN: 2.1 million displaced by floods")
    qtbot.waitUntil(lambda: any(line[0] == "#1" for line in lines(window)), timeout=5000)
    assert [line for line in lines(window) if line[1] == "✗ Error"] == [
        ("#1", "✗ Error", "1.2 is not in the translation")
    ]


def test_errors_only_hides_the_warnings(
    qtbot: QtBot, make_window: WindowFactory, article: int
) -> None:
    window = make_window()
    window.open_article(article)
    qtbot.waitUntil(lambda: len(lines(window)) == 2, timeout=5000)
    window.qa.panel.errors_only.setChecked(True)
    assert [line[1] for line in lines(window)] == ["✗ Error"]
    assert window.qa.dock.objectName() == "qa-dock"
    assert window.qa.dock.toggleViewAction() in window.menus["view"].actions()
    assert Qt.DockWidgetArea.NoDockWidgetArea != window.dockWidgetArea(window.qa.dock)


def test_f9_walks_the_findings_from_the_current_segment(
    qtbot: QtBot, make_window: WindowFactory, db: Database, article: int
) -> None:
    from transdesk.gui.actions import Act

    doubled = "The organisation called for aid in  the states."
    edit_segment(db, article, 4, doubled, author=TRANSLATOR)
    window = make_window()
    window.open_article(article)
    qtbot.waitUntil(lambda: len(lines(window)) == 3, timeout=5000)
    assert [line[0] for line in lines(window)] == ["#2", "#2", "#4"]
    window.editor.go_to_segment(2)
    window.action(Act.NEXT_FINDING).trigger()  # from segment 3: the one on segment 4
    assert window.editor.current_position() == 3
    cell = window.editor.delegate.open_editor
    assert cell is not None and cell.textCursor().selectedText() == "  "  # the doubled space
    window.action(Act.NEXT_FINDING).trigger()  # wraps round to the first
    assert window.editor.current_position() == 1
    window.action(Act.PREVIOUS_FINDING).trigger()
    assert window.editor.current_position() == 3
    window.action(Act.PREVIOUS_FINDING).trigger()
    window.action(Act.PREVIOUS_FINDING).trigger()
    assert window.editor.current_position() == 1
    assert window.qa.panel.tree.currentItem() is window.qa.panel.tree.topLevelItem(0)


def test_every_check_message_can_be_translated() -> None:
    from transdesk.core.qa import findings
    from transdesk.gui import qa_messages

    assert qa_messages.TEMPLATES == findings.TEMPLATES
    assert qa_messages.ARGUMENT_WORDS == findings.ARGUMENT_WORDS
    with pytest.raises(ValueError, match="not in TEMPLATES"):
        findings.Problem("spacing", "warning", "an unlisted message")
