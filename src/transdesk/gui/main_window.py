"""The main window shell: the article library; the editor attaches here (issue #3)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from transdesk.core.errors import UserError
from transdesk.gui.library_model import LibraryModel
from transdesk.services.importing import ImportRequest, import_report
from transdesk.services.library import list_articles
from transdesk.storage.database import Database


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(self.tr("TransDesk"))
        self.resize(1000, 640)
        self.model = LibraryModel(self)
        self.search = QLineEdit(placeholderText=self.tr("Search headlines and outlets"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Widths from the font, not from the rows: sizing to contents scans every row.
        metrics = self.table.fontMetrics()
        for column, sample in enumerate(
            ("", "zh → en", "changes requested", "100 %", "2026-12-31 23:59", "2026-12-31 23:59"),
        ):
            if sample:
                self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        toolbar = QToolBar(self.tr("Library"))
        toolbar.setObjectName("library-toolbar")
        toolbar.addAction(self.tr("Import…"), self.import_files)
        self.addToolBar(toolbar)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self.refresh()

    def refresh(self) -> None:
        try:
            articles = list_articles(self.db, search=self.search.text() or None)
        except UserError as error:
            self.statusBar().showMessage(str(error))
            return
        self.model.set_articles(articles)
        self.statusBar().showMessage(self.tr("%n article(s)", "", len(articles)))

    def import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import source reports"),
            "",
            self.tr("Reports (*.txt *.md *.html *.htm *.docx *.xlf *.xliff);;All files (*)"),
        )
        failures = []
        for path in paths:
            try:
                import_report(self.db, ImportRequest(Path(path)))
            except UserError as error:
                failures.append(str(error))
        self.refresh()
        if failures:
            QMessageBox.warning(self, self.tr("Import"), "\n".join(failures))
