"""Regenerate the README's screenshots: `.venv/bin/python scripts/screenshots.py`.

Offscreen, with a throwaway database holding the sample reports in resources/samples/:
the library, the editor with an Arabic source, and the whole window in the Arabic UI.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from transdesk import settings as settings_store
from transdesk.gui.i18n import install_language
from transdesk.gui.main_window import MainWindow
from transdesk.services.editing import DraftText, journal, open_for_editing, save_revision
from transdesk.services.importing import ImportRequest, import_report
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
    journal(db, article, drafts)
    save_revision(db, article, author="Leila Mansour", role="translator", message="First pass")
    return article


def _grab(app: QApplication, window: MainWindow, name: str) -> None:
    for _ in range(5):
        app.processEvents()
    window.background.wait()
    app.processEvents()
    window.grab().save(str(OUT / name))
    print(f"wrote {OUT / name}")


def main() -> int:
    app = QApplication(sys.argv)
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
        install_language(app, "ar")
        _grab(app, window, "arabic-ui.png")
        install_language(app, "en")
        window.journal.shutdown()
        window.background.shutdown()
        window.hide()
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
