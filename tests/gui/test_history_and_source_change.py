"""The History dock's blame and the editor's source-change strip, in the real window."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory
from transdesk.services.editing import open_for_editing
from transdesk.services.importing import ImportRequest, import_report
from transdesk.services.people import add_person
from transdesk.services.revising import commit_texts
from transdesk.services.source_update import update_source
from transdesk.storage.database import Database

SOURCE = [
    "الأمم المتحدة: ١٢ ألف نازح بسبب الفيضانات",
    "قالت الأمم المتحدة يوم الثلاثاء إن نحو ١٢ ألف شخص نزحوا من منازلهم في ثلاث ولايات.",
    "وأضاف المتحدث باسم المنظمة أن الوضع يزداد سوءا مع استمرار هطول الأمطار الغزيرة.",
]
ENGLISH = [
    "UN: 12,000 displaced by floods",
    "The UN said on Tuesday that some 12,000 people had fled their homes in three states.",
    "The spokesman said the situation was getting worse as heavy rain continued.",
]


def write(path: Path, paragraphs: list[str]) -> Path:
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def test_blame_names_who_last_wrote_each_segment_and_follows_the_editor(
    qtbot: QtBot, make_window: WindowFactory, db: Database, article: int
) -> None:
    add_person(db, "Leila Mansour", "translator")
    add_person(db, "Omar Said", "editor")
    ids = [s.id for s in open_for_editing(db, article).segments]
    commit_texts(db, article, {ids[0]: ("Water talks resume", "translated"),
                               ids[1]: ("Talks resume in Geneva", "translated")},
                 author="Leila Mansour", message="First draft")  # fmt: skip
    commit_texts(db, article, {ids[1]: ("Talks resumed in Geneva", "translated")},
                 author="Omar Said", message="Tense")  # fmt: skip
    window = make_window()
    window.open_article(article)
    blame = window.history.blame_tree
    rows = [[blame.topLevelItem(r).text(c) for c in range(3)] for r in range(3)]
    assert rows == [
        ["1", "1", "Leila Mansour (Translator)"],
        ["2", "2", "Omar Said (Editor)"],
        ["3", "", "(untouched)"],
    ]
    window.editor.go_to_segment(1)
    line = window.history.segment_line.text()
    assert line.startswith("Segment 2: last written by Omar Said (Editor) in revision 2")
    assert blame.currentItem() is blame.topLevelItem(1)
    window.editor.go_to_segment(2)
    assert window.history.segment_line.text() == "Segment 3: not translated in any revision yet."
    # a double-click in the blame list takes the editor there
    blame.itemDoubleClicked.emit(blame.topLevelItem(0), 0)
    assert window.editor.current_position() == 0


def test_corrected_source_shows_its_diff_beside_the_translation_to_update(
    qtbot: QtBot, make_window: WindowFactory, db: Database, tmp_path: Path
) -> None:
    add_person(db, "Omar Said", "editor")
    report = write(tmp_path / "report.txt", SOURCE)
    article = (
        import_report(db, ImportRequest(report, source_language="ar", target_languages=["en"]))
        .articles[0]
        .id
    )
    ids = [s.id for s in open_for_editing(db, article).segments]
    texts = {sid: (text, "translated") for sid, text in zip(ids, ENGLISH, strict=True)}
    commit_texts(db, article, texts, author="Omar Said")
    corrected = [SOURCE[0], SOURCE[1].replace("١٢", "١٣"), SOURCE[2]]
    update_source(db, article, write(tmp_path / "corrected.txt", corrected), author="Omar Said")

    window = make_window()
    window.open_article(article)
    strip = window.editor.source_change
    window.editor.go_to_segment(0)
    assert not strip.isVisible()  # unchanged paragraph
    window.editor.go_to_segment(1)
    assert strip.isVisible()
    assert "segment 2 was corrected" in strip.title.text()
    assert "١٢" in strip.plain_text() and "١٣" in strip.plain_text()
    html = strip.text.toHtml()
    assert "line-through" in html and "underline" in html
    # the Arabic source reads right to left in the strip
    block = strip.text.document().firstBlock()
    assert block.textDirection().name == "RightToLeft"
    # once the translator updates and confirms the translation, the strip goes
    window.editor.confirm_and_next()
    window.editor.go_to_segment(1)
    assert window.editor.model.records[1].status == "translated"
    assert not strip.isVisible()
