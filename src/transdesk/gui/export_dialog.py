"""File ▸ Export: format, destination, a preview of exactly what will be written, what the
CMS copy would lack, and the article's export history. Exports run off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from transdesk.core.errors import UserError
from transdesk.core.languages import direction
from transdesk.core.qa import Finding
from transdesk.formats.exports import EXPORT_FORMATS
from transdesk.gui.background import Background, Identity, ProgressRelay
from transdesk.gui.review.qa_override import ask_qa_override
from transdesk.services.exporting import (
    Destination,
    ExportResult,
    ExportView,
    Preview,
    export_history,
    export_many,
    preview,
)
from transdesk.services.qa_gate import QaErrorsRemain
from transdesk.settings import Settings
from transdesk.storage.database import Database


def _page_html(format_name: str, shown: Preview) -> str | None:
    """The page as a reader sees it: the exported HTML, or the ninjs body_html; None for
    the other formats (their text is shown)."""
    if format_name == "html":
        return shown.data.decode("utf-8")
    if format_name.startswith("ninjs"):
        from transdesk.formats.export_ninjs import body_html

        return body_html(shown.publication)
    return None


class ExportDialog(QDialog):
    exported = Signal(list)  # ExportResults

    def __init__(
        self,
        db: Database,
        article_ids: list[int],
        settings: Settings,
        identity: Identity,
        background: Background,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export-dialog")
        self.db, self.article_ids, self.settings = db, article_ids, settings
        self.identity, self.background = identity, background
        self.current: Preview | None = None  # the preview shown, once it is in
        self._previews = 0  # preview requests made: only the newest is shown
        self.needs_force = False  # the article is not approved: only a forced export goes
        # Asked when QA errors hold articles back (replaced in tests).
        self.ask_qa_override: Callable[[list[Finding]], str | None] = self._ask_qa_override
        self._carried: list[str] = []  # the first pass's summary, while held ones go again
        self.format_box = QComboBox()
        for fmt in EXPORT_FORMATS.values():
            self.format_box.addItem(fmt.description, fmt.name)
        self.to_file = QRadioButton(self.tr("File or folder"))
        self.to_hot_folder = QRadioButton(self.tr("Hot folder the CMS watches"))
        self.path = QLineEdit(settings.export_folder)
        self.browse = QPushButton(self.tr("Browse…"))
        self.force = QCheckBox(self.tr("Export although not approved (an editor; recorded)"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why it cannot wait for approval"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("export-summary")
        self.preview_text = QPlainTextEdit()
        self.preview_text.setReadOnly(True)
        self.preview_page = QTextBrowser()
        self.preview_page.setOpenLinks(False)
        self.checks = QTreeWidget()
        self.checks.setHeaderHidden(True)
        self.checks.setRootIsDecorated(False)
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.tabs = QTabWidget()
        self.progress = QProgressBar()
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._lay_out()
        self.to_hot_folder.setChecked(bool(settings.hot_folder))
        self.to_file.setChecked(not settings.hot_folder)
        self._destination_kind_changed()
        self.format_box.currentIndexChanged.connect(lambda _index: self.refresh())
        self.to_file.toggled.connect(self._destination_kind_changed)
        self.browse.clicked.connect(self._browse)
        self.force.toggled.connect(self._update_buttons)
        self.reason.textChanged.connect(self._update_buttons)
        self.path.textChanged.connect(self._update_buttons)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)
        self.setWindowTitle(self.tr("Export %n article(s)", "", len(article_ids)))
        self.resize(900, 640)
        self.refresh()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_box)
        kinds = QHBoxLayout()
        kinds.addWidget(self.to_file)
        kinds.addWidget(self.to_hot_folder)
        kinds.addStretch(1)
        form.addRow(self.tr("Send to:"), kinds)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        where_label = QLabel(self.tr("&Where:"))
        where_label.setBuddy(self.path)
        form.addRow(where_label, where)
        form.addRow(self.force)
        form.addRow(self.tr("&Reason:"), self.reason)
        self.form = form
        self.tabs.addTab(self.preview_page, self.tr("Preview"))
        self.tabs.addTab(self.preview_text, self.tr("Exported text"))
        self.tabs.addTab(self.checks, self.tr("Checks"))
        self.tabs.addTab(self.history, self.tr("Export history"))
        self.history.setHeaderLabels(
            [self.tr("When"), self.tr("Revision"), self.tr("Format"), self.tr("By"),
             self.tr("Where"), self.tr("SHA-256")]
        )  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    # --- what would be written ---------------------------------------------------------

    def format_name(self) -> str:
        return str(self.format_box.currentData())

    def refresh(self, keep_summary: bool = False) -> None:
        """Preview the first article in the chosen format, with its checks and history. The
        export is rendered off the GUI thread; only the newest request is shown."""
        self._previews += 1
        asked, first, name, db = self._previews, self.article_ids[0], self.format_name(), self.db
        self.current = None  # nothing to export until the preview is in
        self._update_buttons()
        if not keep_summary:
            self.summary.setText(self.tr("Preparing the preview…"))

        def work() -> tuple[Preview, list[ExportView], str | None]:
            shown = preview(db, first, name)
            return shown, export_history(db, first), _page_html(name, shown)

        def done(result: tuple[Preview, list[ExportView], str | None]) -> None:
            if asked == self._previews:
                self._previewed(*result, keep_summary=keep_summary)

        def failed(message: str) -> None:
            if asked == self._previews:
                self.summary.setText(message)
                self._update_buttons()

        self.background.run(work, done, failed)

    def _previewed(
        self, shown: Preview, records: list[ExportView], page_html: str | None, keep_summary: bool
    ) -> None:
        self.current = shown
        self._show_preview(shown, page_html)
        self._show_checks(shown, keep_summary)
        self.history.clear()
        self.history.addTopLevelItems(
            [
                QTreeWidgetItem(
                    [r.created_at.astimezone().strftime("%Y-%m-%d %H:%M"), str(r.revision),
                     r.format, f"{r.person} ({r.role})", r.destination, (r.sha256 or "")[:16]]
                )
                for r in records
            ]
        )  # fmt: skip
        self.needs_force = bool(self.current.problems)
        self.form.setRowVisible(self.force, self.needs_force)
        self.form.setRowVisible(self.reason, self.needs_force)
        self._update_buttons()

    def _show_preview(self, shown: Preview, page_html: str | None) -> None:
        name = self.format_name()
        rtl = direction(shown.publication.target_language) == "rtl"
        self.preview_text.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl and name in ("text", "markdown")
            else Qt.LayoutDirection.LeftToRight
        )  # fmt: skip
        if name == "docx":
            self.preview_text.setPlainText(
                self.tr("A Word document of %1 bytes.").replace("%1", f"{len(shown.data):,}")
            )
        elif name.startswith("ninjs"):
            self.preview_text.setPlainText(shown.data.decode("utf-8"))
        else:
            self.preview_text.setPlainText(shown.data.decode("utf-8", errors="replace"))
        # The page as a reader sees it: the exported HTML's body, or the ninjs body_html.
        if page_html is not None:
            self.preview_page.setHtml(page_html)
        else:
            self.preview_page.setPlainText(self.preview_text.toPlainText())
        self.preview_page.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )

    def _show_checks(self, shown: Preview, keep_summary: bool = False) -> None:
        self.checks.clear()
        for text in shown.problems:
            self.checks.addTopLevelItem(QTreeWidgetItem(["✗ " + text]))
        for text in shown.warnings:
            self.checks.addTopLevelItem(QTreeWidgetItem(["⚠ " + text]))
        if not shown.problems and not shown.warnings:
            self.checks.addTopLevelItem(QTreeWidgetItem(["✓ " + self.tr("Ready to export")]))
        if keep_summary:
            return
        publication = shown.publication
        self.summary.setText(
            self.tr("Revision %1 of “%2”: %n problem(s), %3 warning(s).", "",
                    len(shown.problems))
            .replace("%1", str(publication.revision))
            .replace("%2", publication.headline)
            .replace("%3", str(len(shown.warnings)))
        )  # fmt: skip

    # --- where it goes ----------------------------------------------------------------

    def _destination_kind_changed(self) -> None:
        hot = self.to_hot_folder.isChecked()
        self.path.setText(self.settings.hot_folder if hot else self.settings.export_folder)
        self.path.setPlaceholderText(
            self.tr("The folder the CMS picks files up from") if hot
            else self.tr("A file, or a folder for several articles")
        )  # fmt: skip
        self._update_buttons()

    def _browse(self) -> None:
        if self.to_hot_folder.isChecked() or len(self.article_ids) > 1:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"),
                                                      self.path.text())  # fmt: skip
        else:
            fmt = EXPORT_FORMATS[self.format_name()]
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to file"), self.path.text(), f"*{fmt.extension}"
            )
        if chosen:
            self.path.setText(chosen)

    def destination(self) -> Destination | None:
        text = self.path.text().strip()
        if not text:
            return None
        return Destination(Path(text).expanduser(), hot_folder=self.to_hot_folder.isChecked())

    def _update_buttons(self) -> None:
        forced_ok = not self.needs_force or (
            self.force.isChecked() and bool(self.reason.text().strip())
        )
        self.export_button.setEnabled(
            self.current is not None and self.destination() is not None and forced_ok
        )

    # --- exporting --------------------------------------------------------------------

    def export(self, only: list[int] | None = None, qa_override: str = "") -> None:
        """Export the dialog's articles (or ``only`` those, again with ``qa_override``)."""
        destination = self.destination()
        who = self.identity()
        if destination is None or who is None:
            return
        name, role = who
        if destination.hot_folder:
            self.settings.hot_folder = str(destination.path)
        else:
            self.settings.export_folder = str(destination.path)
        relay = ProgressRelay(self)
        relay.step.connect(self._step)
        ids, fmt = only or list(self.article_ids), self.format_name()
        force, reason = self.needs_force and self.force.isChecked(), self.reason.text()

        def work() -> tuple[list[ExportResult], list[UserError]]:
            return export_many(
                self.db, ids, fmt, destination, author=name, role=role, force=force,
                reason=reason, qa_override=qa_override, progress=relay.step.emit,
            )  # fmt: skip

        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.progress.show()
        self.export_button.setEnabled(False)
        self.background.run(work, self._finished, self._failed)

    def _step(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finished(self, outcome: tuple[list[ExportResult], list[UserError]]) -> None:
        results, errors = outcome
        self.progress.hide()
        lines = [
            *self._carried,
            self.tr("Exported %n file(s).", "", len(results)),
            *[str(result.path) for result in results],
            *[str(error) for error in errors if not isinstance(error, QaErrorsRemain)],
        ]
        self._carried = []
        held = [error for error in errors if isinstance(error, QaErrorsRemain)]
        if held:
            # QA errors hold these back: the editor may send them anyway, saying why.
            reason = self.ask_qa_override([f for error in held for f in error.errors])
            if reason:
                self._carried = lines
                if results:
                    self.exported.emit(results)
                self.export([error.article_id for error in held], reason)
                return
            lines += [str(error) for error in held]
        self.summary.setText("\n".join(lines))
        self.refresh(keep_summary=True)  # the history gains the new records
        self.exported.emit(results)

    def _ask_qa_override(self, errors: list[Finding]) -> str | None:
        return ask_qa_override(self, "export", errors)

    def _failed(self, text: str) -> None:
        self.progress.hide()
        self.summary.setText(text)
        self._update_buttons()
