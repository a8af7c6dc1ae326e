"""Starting the desktop application."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from transdesk import __version__
from transdesk import settings as settings_store
from transdesk.core.errors import UserError
from transdesk.gui.i18n import install_language
from transdesk.storage.database import open_database

log = logging.getLogger("transdesk")


def _configure_logging() -> None:
    """Structured lines on stderr (``transdesk: …``) at TRANSDESK_LOG's level (warning by
    default); end-to-end tests read them."""
    level = getattr(logging, os.environ.get("TRANSDESK_LOG", "warning").upper(), logging.WARNING)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("transdesk: %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)


def run(db_url: str | None) -> int:
    _configure_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("TransDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("transdesk")
    settings = settings_store.load()
    install_language(app, settings.ui_language)
    try:
        db = open_database(db_url or settings.database_url or None)
    except UserError as error:
        QMessageBox.critical(None, "TransDesk", str(error))
        return 1
    from transdesk.gui.main_window import MainWindow

    window = MainWindow(db, settings)
    # Keep this desktop's name before anything is journaled under it: a restart after a
    # crash must find the unsaved typing again.
    window.save_settings()
    window.show()
    wanted = os.environ.get("TRANSDESK_OPEN_ARTICLE")
    article = int(wanted) if wanted and wanted.isdigit() else settings.last_article
    if article is not None:
        QTimer.singleShot(0, lambda: window.open_article(article))
    else:
        QTimer.singleShot(300, window.offer_sample)
    log.info("started")
    code = app.exec()
    db.close()
    return code
