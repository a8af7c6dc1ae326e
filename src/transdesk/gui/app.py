"""Starting the desktop application."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from transdesk import __version__
from transdesk.core.errors import UserError
from transdesk.gui.main_window import MainWindow
from transdesk.storage.database import open_database


def run(db_url: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("TransDesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("TransDesk")
    try:
        db = open_database(db_url)
    except UserError as error:
        QMessageBox.critical(None, "TransDesk", str(error))
        return 1
    window = MainWindow(db)
    window.show()
    return app.exec()
