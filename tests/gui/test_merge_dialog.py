"""The merge dialog: their text, yours and the result; OK once every conflict has a result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPlainTextEdit
from pytestqt.qtbot import QtBot

from transdesk.gui.merge_dialog import MergeDialog
from transdesk.services.editing import DraftText, journal, open_for_editing, save_revision
from transdesk.services.importing import ImportRequest, import_report
from transdesk.services.merging import MergeOffer, merge_offer, save_merged
from transdesk.services.people import add_person, identify
from transdesk.services.revising import SaveConflict
from transdesk.storage.database import Database

ENGLISH_SOURCE = [
    "Floods displace 1.2 million",
    "The UN said on Tuesday that 1.2 million people had fled.",
    "The spokesman added that the situation was getting worse.",
]
ARABIC_SOURCE = [
    "الأمم المتحدة: 1.2 مليون نازح",
    "قالت الأمم المتحدة يوم الثلاثاء إن نحو ١٫٢ مليون شخص نزحوا.",
    "وأضاف المتحدث أن الوضع يزداد سوءا.",
]
ENGLISH = {  # segment index → (base, desk A's text, desk B's text)
    1: (
        "The UN said on Tuesday that 1.2 million people had fled.",
        "The UN said on Tuesday that 1.2 million people had fled home.",
        "The UN said on Monday that 1.2 million people had fled.",
    ),
    2: (
        "The spokesman added that the situation was getting worse.",
        "The spokesman claimed that the situation was getting worse.",
        "The spokesman said that the situation was getting worse.",
    ),
}
ARABIC = {
    1: (
        "قالت الأمم المتحدة يوم الثلاثاء إن ١٫٢ مليون شخص نزحوا.",
        "قالت الأمم المتحدة يوم الثلاثاء إن ١٫٢ مليون شخص فروا.",
        "قالت الأمم المتحدة يوم الاثنين إن ١٫٢ مليون شخص نزحوا.",
    ),
    2: (
        "وأضاف المتحدث أن الوضع يزداد سوءا.",
        "وقال المتحدث أن الوضع يزداد سوءا.",
        "وأكد المتحدث أن الوضع يزداد سوءا.",
    ),
}
Conflicted = tuple[Database, MergeOffer, dict[int, str], list[int]]
MakeOffer = Callable[[str, dict[int, tuple[str, str, str]]], Conflicted]


@pytest.fixture
def conflicted(db: Database, tmp_path: Path) -> MakeOffer:
    """Revision 1 holds the base texts; desk A saved over it while desk B typed."""

    def make(target: str, texts: dict[int, tuple[str, str, str]]) -> Conflicted:
        source, language = (ARABIC_SOURCE, "ar") if target == "en" else (ENGLISH_SOURCE, "en")
        path = tmp_path / "report.txt"
        path.write_text("\n\n".join(source) + "\n", encoding="utf-8")
        request = ImportRequest(path, source_language=language, target_languages=[target])
        article = import_report(db, request).articles[0].id
        segments = open_for_editing(db, article).segments
        ids = [s.id for s in segments]

        def type_in(desk: str, which: int) -> None:
            drafts = [DraftText(ids[i], t[which], "translated") for i, t in texts.items()]
            journal(db, article, drafts, desk=desk)

        for name, role in (
            ("Lina Farah", "translator"),
            ("Omar Said", "editor"),
            ("Rana Haddad", "translator"),
        ):
            if not identify(db, name, role).listed_role:
                add_person(db, name, role)
        type_in("", 0)
        save_revision(db, article, author="Lina Farah", role="translator")
        opened = open_for_editing(db, article, desk="B")
        type_in("A", 1)
        type_in("B", 2)
        save_revision(db, article, author="Omar Said", role="editor", desk="A")
        with pytest.raises(SaveConflict):
            save_revision(
                db, article, author="Rana Haddad", role="translator", desk="B",
                base_lock_version=opened.lock_version,
            )  # fmt: skip
        offer = merge_offer(db, article, opened.base_revision, desk="B")
        return db, offer, {s.id: s.source for s in segments}, ids

    return make


def _dialog(qtbot: QtBot, offer: MergeOffer, sources: dict[int, str], target: str) -> MergeDialog:
    dialog = MergeDialog(offer, sources, target)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_ok_waits_until_the_conflict_has_a_result(qtbot: QtBot, conflicted: MakeOffer) -> None:
    _db, offer, sources, ids = conflicted("en", ENGLISH)
    dialog = _dialog(qtbot, offer, sources, "en")
    assert dialog.segment_list.topLevelItemCount() == 2  # the automatic merge and the conflict
    assert dialog.current_row() == 1  # the conflict comes up first
    assert dialog.state_text(1) == "needs a choice"
    assert dialog.source.text() == ARABIC_SOURCE[2]
    assert dialog.theirs_label.text() == "Theirs: Omar Said, revision 2"
    assert dialog.theirs_text.toPlainText() == ENGLISH[2][1]
    assert dialog.mine_text.toPlainText() == ENGLISH[2][2]
    assert dialog.result_text.toPlainText() == ""
    assert not dialog.ok_button().isEnabled()

    dialog.use_mine.click()
    assert dialog.result_text.toPlainText() == ENGLISH[2][2]
    assert dialog.ok_button().isEnabled()
    assert dialog.state_text(1) == "chosen"
    dialog.use_theirs.click()
    assert dialog.result_text.toPlainText() == ENGLISH[2][1]
    dialog.use_both.click()
    assert dialog.result_text.toPlainText() == f"{ENGLISH[2][2]}\n{ENGLISH[2][1]}"

    dialog.segment_list.setCurrentItem(dialog.segment_list.topLevelItem(0))  # the merged one
    merged = "The UN said on Monday that 1.2 million people had fled home."
    assert dialog.result_text.toPlainText() == merged
    assert dialog.state_text(0) == "merged"  # both changes, ready to keep
    assert dialog.choices() == {ids[1]: merged, ids[2]: f"{ENGLISH[2][2]}\n{ENGLISH[2][1]}"}


def test_a_typed_result_counts_and_ok_saves_what_was_chosen(
    qtbot: QtBot, conflicted: MakeOffer, type_text: Callable[[str], None]
) -> None:
    db, offer, sources, ids = conflicted("en", ENGLISH)
    dialog = _dialog(qtbot, offer, sources, "en")
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.result_text.setFocus()
    type_text("The spokesman warned")
    assert dialog.ok_button().isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.ok_button().click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    choices = dialog.choices()
    assert choices[ids[2]] == "The spokesman warned"
    saved = save_merged(
        db, offer.article_id, offer.lock_version, choices, base_revision=offer.base_revision,
        desk="B", author="Rana Haddad", role="translator",
    )  # fmt: skip
    assert saved is not None and saved.number == 3
    texts = [s.target for s in open_for_editing(db, offer.article_id, desk="B").segments]
    assert texts[1:] == ["The UN said on Monday that 1.2 million people had fled home.",
                         "The spokesman warned"]  # fmt: skip


def _is_rtl(pane: QPlainTextEdit) -> bool:
    option = pane.document().defaultTextOption()
    return (
        pane.layoutDirection() == Qt.LayoutDirection.RightToLeft
        and option.textDirection() == Qt.LayoutDirection.RightToLeft
    )


def test_arabic_panes_lay_out_right_to_left(qtbot: QtBot, conflicted: MakeOffer) -> None:
    _db, offer, sources, _ids = conflicted("ar", ARABIC)
    dialog = _dialog(qtbot, offer, sources, "ar")
    panes = (dialog.theirs_text, dialog.mine_text, dialog.result_text)
    assert all(_is_rtl(pane) for pane in panes)
    dialog.use_theirs.click()
    assert dialog.result_text.toPlainText() == ARABIC[2][1]


@pytest.mark.usefixtures("mirrored_ui")
def test_english_panes_stay_left_to_right_in_an_arabic_interface(
    qtbot: QtBot, conflicted: MakeOffer
) -> None:
    _db, offer, sources, _ids = conflicted("en", ENGLISH)
    dialog = _dialog(qtbot, offer, sources, "en")
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert not any(_is_rtl(p) for p in (dialog.theirs_text, dialog.mine_text, dialog.result_text))
