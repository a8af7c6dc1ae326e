"""Regenerate the README's screenshots: `.venv/bin/python scripts/screenshots.py`.

Offscreen, with a throwaway database holding the sample reports in resources/samples/:
the library, the editor with an Arabic source, the whole window in the Arabic UI, an
editor's review (the Review dock with a comment and a quality issue), the diff view and
the export dialog, the translator's aids (a memory match, glossary terms marked in the
source, the QA dock) and, when this machine can run the test WordPress (scripts/setup.sh
--test installs it), the Publish dialog with the article's copy on the site.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from transdesk import settings as settings_store
from transdesk.gui.i18n import install_language
from transdesk.gui.main_window import MainWindow
from transdesk.services.comments import add_comment
from transdesk.services.editing import (
    DraftText,
    discard_journal,
    journal,
    open_for_editing,
    save_revision,
)
from transdesk.services.importing import ImportRequest, import_report
from transdesk.services.people import add_person
from transdesk.services.quality import tag_issue
from transdesk.services.revising import edit_segment
from transdesk.services.workflow import approve, submit
from transdesk.storage.database import Database, open_database

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots"
ENGLISH = [
    "Water talks resume in Geneva after a 14-month pause",
    "Delegations from three countries return to the table amid an unprecedented drought.",
    "Delegations from three countries resumed talks in Geneva on Tuesday on sharing the "
    "river's water, after a 14-month pause, the UN envoy announced.",
]


def _fill(db: Database) -> int:
    samples = REPO / "resources" / "samples"
    arabic = import_report(
        db, ImportRequest(samples / "ar-water-talks.md", target_languages=["en", "fr"])
    )
    import_report(db, ImportRequest(samples / "fr-tram-strike.md", target_languages=["en"]))
    article = arabic.articles[0].id
    segments = open_for_editing(db, article).segments
    drafts = [
        DraftText(segment.id, text, "translated")
        for segment, text in zip(segments, ENGLISH, strict=False)
    ]
    add_person(db, "Leila Mansour", "translator")
    add_person(db, "Omar Said", "editor")
    journal(db, article, drafts)
    save_revision(db, article, author="Leila Mansour", role="translator", message="First pass")
    return article


def _review(db: Database, article: int) -> None:
    """The translator submits; the editor tightens two paragraphs, comments and tags."""
    submit(db, article, author="Leila Mansour", note="Ready for the desk")
    edit_segment(db, article, 1, "Geneva water talks resume after 14-month pause",
                 author="Omar Said", message="House style headline")  # fmt: skip
    edit_segment(
        db, article, 3,
        "Delegations from three countries resumed talks in Geneva on Tuesday on sharing "
        "the river's water after a 14-month break, the UN envoy said.",
        author="Omar Said", message="Tighter",
    )  # fmt: skip
    add_comment(db, article, 3, "Did the envoy 'announce' it or just say it? Check the wire.",
                author="Omar Said")  # fmt: skip
    tag_issue(db, article, 2, "accuracy", "major", "'unprecedented' is not in the source",
              author="Omar Said")  # fmt: skip


ENVOY_AR = (
    'وقال المبعوث في مؤتمر صحفي إن "الاتفاق ممكن قبل نهاية العام إذا توفرت الإرادة '
    'السياسية"، مضيفا أن الجولة الحالية ستستمر ستة أيام.'
)
ENVOY_EN = (
    'The envoy told a news conference that "agreement is possible before the end of the year '
    'if the political will is there", adding that the current round would last six days.'
)


def _aids(db: Database, article: int, folder: Path) -> None:
    """A desk memory holding a close sentence, and two glossary terms."""
    from xml.sax.saxutils import escape

    from transdesk.services.glossary import add_term
    from transdesk.services.memory_tmx import import_tmx

    tmx = folder / "desk-memory.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" '
        'creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" '
        'srclang="ar" o-tmf="none"/><body><tu creationid="Karim Haddad" '
        'creationdate="20261101T120000Z">'
        f'<tuv xml:lang="ar"><seg>{escape(ENVOY_AR)}</seg></tuv>'
        f'<tuv xml:lang="en"><seg>{escape(ENVOY_EN)}</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    import_tmx(db, tmx)
    add_term(db, "ar", "en", "المبعوث", "the envoy", note="UN special envoy")
    add_term(db, "ar", "en", "مؤتمر صحفي", "news conference")
    # A draft with a slip the QA dock catches: 30 % became 13 %.
    segment = open_for_editing(db, article).segments[4]
    slip = "Organisation estimates say about 2.4 million farmers were hurt by the 13% fall."
    journal(db, article, [DraftText(segment.id, slip, "draft")])


def _publish_dialog(
    app: QApplication, window: MainWindow, db: Database, article: int, folder: Path
) -> None:
    """Publish the approved article to a throwaway WordPress, then show the Publish dialog
    saying the site's copy is current."""
    from transdesk.gui.actions import Act
    from transdesk.services.destinations import add_destination
    from transdesk.services.publishing import PublishOptions, publish_many

    server = REPO / "tests" / "integration" / "wordpress" / "wordpress-test-server.sh"
    site_folder = Path(tempfile.mkdtemp(prefix="transdesk-wordpress-"))  # MariaDB gets in
    started = subprocess.run([str(server), "start", str(site_folder)], capture_output=True,
                             text=True, timeout=300)  # fmt: skip
    if started.returncode != 0:
        print(f"publish.png not made: {started.stderr.strip().splitlines()[-1:]}")
        return
    try:
        site = json.loads(started.stdout.strip().splitlines()[-1])
        settings_file = folder / "settings.json"
        add_destination("Newsroom site", site["url"], site["admin_user"], site["admin_password"],
                        file_store=True, settings_file=settings_file)  # fmt: skip
        options = PublishOptions(categories=("Middle East",), tags=("water",))
        publish_many(db, [article], "Newsroom site", options,
                     author="Omar Said", settings_file=settings_file)  # fmt: skip
        window.action(Act.PUBLISH).trigger()
        dialog = window.publish_dialog
        dialog.categories.setText("Middle East")
        dialog.tags.setText("water, Geneva")
        dialog.resize(760, 420)
        _settle(app, dialog.copies_label.isVisible)
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(OUT / "publish.png"))
        print(f"wrote {OUT / 'publish.png'}")
        dialog.close()
    finally:
        subprocess.run([str(server), "stop", str(site_folder)], capture_output=True, timeout=60)


def _settle(app: QApplication, ready: Callable[[], bool]) -> None:
    """Let timers and background answers arrive (at most five seconds)."""
    deadline = time.monotonic() + 5
    while not ready() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def _grab(app: QApplication, window: MainWindow, name: str) -> None:
    for _ in range(5):
        app.processEvents()
    window.background.wait()
    app.processEvents()
    window.grab().save(str(OUT / name))
    print(f"wrote {OUT / name}")


def main() -> int:
    app = QApplication(sys.argv)
    install_language(app, "en")  # its plural forms, as the application starts
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "screens.sqlite3"))
        article = _fill(db)
        settings = settings_store.Settings(user_name="Leila Mansour", offered_sample=True)
        window = MainWindow(db, settings, Path(folder) / "settings.json")
        window.resize(1400, 820)
        window.show()
        _grab(app, window, "library.png")
        window.open_article(article)
        _grab(app, window, "editor-arabic-source.png")
        _aids(db, article, Path(folder))
        window.reload_article()
        window.editor.go_to_segment(3)
        _settle(app, lambda: bool(window.memory.panel.matches and window.qa.panel.findings))
        window.docks["qa"].raise_()
        _grab(app, window, "translator-aids.png")
        discard_journal(db, article, desk=window.settings.desk_id)  # that picture only
        window.reload_article()
        install_language(app, "ar")
        _settle(app, lambda: bool(window.memory.panel.match_list.cards))
        _grab(app, window, "arabic-ui.png")
        install_language(app, "en")
        _review(db, article)
        window.apply_preferences(
            settings_store.Settings(
                **{**vars(window.settings), "user_name": "Omar Said", "user_role": "editor"}
            )
        )
        window.reload_article()
        window.review.load(article)
        window.library.refresh()
        window.history.load(article)
        window.editor.go_to_segment(2)
        window.docks["review"].raise_()
        _grab(app, window, "review.png")
        window.compare_revisions()
        dialog = window.diff_dialog
        dialog.resize(1100, 560)
        dialog.from_box.setCurrentIndex(dialog.from_box.findData(1))  # the submitted text
        dialog.next_change()
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(OUT / "diff-view.png"))
        print(f"wrote {OUT / 'diff-view.png'}")
        dialog.close()
        approve(db, article, author="Omar Said", note="Good to go",
                qa_override="The top three paragraphs run now; the rest follows")  # fmt: skip
        window.reload_article()
        window.export_article()
        exporting = window.export_dialog
        exporting.format_box.setCurrentIndex(exporting.format_box.findData("html"))
        exporting.path.setText(str(Path(folder) / "water-talks.html"))
        exporting.resize(1000, 640)
        _settle(app, lambda: exporting.current is not None)  # previewed in the background
        for _ in range(5):
            app.processEvents()
        exporting.grab().save(str(OUT / "export.png"))
        print(f"wrote {OUT / 'export.png'}")
        exporting.close()
        _publish_dialog(app, window, db, article, Path(folder))
        window.journal.shutdown()
        window.background.shutdown()
        window.hide()
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
