"""Regenerate the README's screenshots: `.venv/bin/python scripts/screenshots.py`.

Runs offscreen with a throwaway database holding the sample reports in resources/samples/.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from transdesk.gui.main_window import MainWindow
from transdesk.services.importing import ImportRequest, import_report
from transdesk.storage.database import open_database

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots"


def main() -> int:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "screens.sqlite3"))
        for sample, targets in (("ar-water-talks.md", ["en", "fr"]), ("fr-tram-strike.md", ["en"])):
            import_report(db, ImportRequest(REPO / "resources" / "samples" / sample,
                                            target_languages=targets))  # fmt: skip
        window = MainWindow(db)
        window.resize(1000, 420)
        window.show()
        app.processEvents()
        OUT.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUT / "library.png"))
        window.close()
        db.close()
    print(f"wrote {OUT / 'library.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
