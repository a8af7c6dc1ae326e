"""The main window: a shell holding the library, the editor and the docks.

Features are small panels that get what they need through their constructors; the window
wires their signals to the action registry, the journal and the status bar. It never holds
a database session: services do the work, mostly off the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from transdesk import settings as settings_store
from transdesk.core.errors import UserError
from transdesk.core.languages import language_name
from transdesk.gui.actions import SPECS, Act, build_actions, retranslate
from transdesk.gui.attribution_dock import AttributionPanel
from transdesk.gui.autosave import Journaler
from transdesk.gui.background import Background
from transdesk.gui.editor import EditorWidget
from transdesk.gui.editor.wiring import editor_commands
from transdesk.gui.history_dock import HistoryPanel
from transdesk.gui.i18n import install_language, ui_locale
from transdesk.gui.library_dock import LibraryPanel
from transdesk.gui.memory import MemoryFeature
from transdesk.gui.merge_dialog import MergeDialog
from transdesk.gui.notices import NoticeBar
from transdesk.gui.progress_text import progress_line
from transdesk.gui.qa_dock import QaFeature
from transdesk.gui.review import ReviewPanel
from transdesk.gui.signing import confirm_signer
from transdesk.services.editing import EditorArticle, open_for_editing, unsaved_count
from transdesk.services.importing import ImportRequest, ImportResult, import_many
from transdesk.services.merging import merge_offer, save_merged
from transdesk.services.revising import SaveConflict
from transdesk.services.source_update import source_changes
from transdesk.settings import Settings
from transdesk.storage.database import Database

log = logging.getLogger("transdesk")

MENUS = ("file", "edit", "segment", "review", "view", "help")
LEFT, RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea


def _sides(direction: Qt.LayoutDirection) -> tuple[Qt.DockWidgetArea, Qt.DockWidgetArea]:
    """The dock areas where lines start and end: Qt's areas are absolute, never mirrored."""
    return (RIGHT, LEFT) if direction == Qt.LayoutDirection.RightToLeft else (LEFT, RIGHT)


class MainWindow(QMainWindow):
    articleOpened = Signal(int)
    importsFinished = Signal(list, list)  # ImportResults, error lines

    def __init__(self, db: Database, settings: Settings, settings_path: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.db = db
        self.settings = settings
        self.settings_path = settings_path
        self.background = Background(self)
        self.article: EditorArticle | None = None
        self.lock_version: int | None = None
        self.base_revision = 0  # the newest revision when the open article was read
        self._save_message = ""  # what the last Save said changed; a merge keeps it

        self.notices = NoticeBar()
        self.editor = EditorWidget(settings)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notices)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.editor, 1)
        self.editor.hide()
        self.setCentralWidget(central)

        self.library = LibraryPanel(db, self.background)
        self.attribution = AttributionPanel(db)
        self.history = HistoryPanel(db)
        self.review = ReviewPanel(db)
        self.review.set_identity(settings.user_name, settings.user_role)
        self.review.set_threshold(settings.quality_threshold)
        start, end = _sides(self.layoutDirection())
        self.docks = {
            "library": self._dock("library-dock", self.library, start),
            "attribution": self._dock("attribution-dock", self.attribution, end),
            "history": self._dock("history-dock", self.history, end),
            "review": self._dock("review-dock", self.review, end),
        }
        self.tabifyDockWidget(self.docks["attribution"], self.docks["history"])
        self.tabifyDockWidget(self.docks["history"], self.docks["review"])
        self.docks["attribution"].raise_()

        self.journal = Journaler(db, settings.autosave_ms, self, desk=settings.desk_id)
        self.actions_by_act = build_actions(self)
        self.menus: dict[str, QMenu] = {}
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main-toolbar")
        self.addToolBar(self.toolbar)
        self._build_menus()
        self._connect()
        self.memory = MemoryFeature(self)  # the Memory dock, glossary terms, their commands
        self.qa = QaFeature(self)  # the QA dock, checking as the translator types
        self.progress_label = QLabel()
        self.statusBar().addPermanentWidget(self.progress_label)
        self.setAcceptDrops(True)
        self.retranslate()
        self._restore_state()
        self._update_actions()
        self.library.refresh()

    # --- construction -------------------------------------------------------------------

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_menus(self) -> None:
        for name in MENUS:
            self.menus[name] = self.menuBar().addMenu("")
        for act, action in self.actions_by_act.items():
            self.menus[SPECS[act].menu].addAction(action)
            if act in (Act.SAVE_REVISION, Act.REDO, Act.FIND_PREVIOUS, Act.COPY_SOURCE):
                self.menus[SPECS[act].menu].addSeparator()
        view = self.menus["view"]
        view.addSeparator()
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        for act in (Act.IMPORT, Act.SAVE_REVISION, Act.CONFIRM_NEXT, Act.FIND):
            self.toolbar.addAction(self.actions_by_act[act])
        self.toolbar.addSeparator()
        self.segment_filter = QComboBox()
        self.segment_filter.setObjectName("segment-filter")
        self.toolbar.addWidget(self.segment_filter)

    def _connect(self) -> None:
        a = self.actions_by_act
        editor = self.editor
        triggers: dict[Act, Callable[[], object]] = {
            **editor_commands(editor),
            Act.IMPORT: self.import_files,
            Act.SAVE_REVISION: self.save_revision,
            Act.COMPARE_REVISIONS: self.compare_revisions,
            Act.EXPORT: self.export_article,
            Act.PUBLISH: self.publish_articles,
            Act.ADD_COMMENT: lambda: self._in_review(self.review.add_comment),
            Act.TAG_ISSUE: lambda: self._in_review(self.review.tag_issue),
            Act.SUBMIT: lambda: self._in_review(self.review.submit),
            Act.REQUEST_CHANGES: lambda: self._in_review(self.review.request_changes),
            Act.APPROVE: lambda: self._in_review(self.review.approve),
            Act.CLOSE_ARTICLE: self.close_article,
            Act.QUIT: self.close,
            Act.SHOW_LIBRARY: self.show_library,
            Act.PREFERENCES: self.show_preferences,
            Act.SHORTCUTS: self.show_shortcuts,
            Act.ABOUT: self.show_about,
        }
        for act, slot in triggers.items():
            a[act].triggered.connect(slot)
        editor.undo_stack.canUndoChanged.connect(a[Act.UNDO].setEnabled)
        editor.undo_stack.canRedoChanged.connect(a[Act.REDO].setEnabled)
        editor.segmentEdited.connect(self.journal.record)
        editor.progressChanged.connect(self._show_progress)
        self.segment_filter.currentIndexChanged.connect(self._filter_segments)
        editor.notice.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.journal.saved.connect(self._journal_saved)
        self.journal.failed.connect(self._journal_failed)
        self.journal.revisionSaved.connect(self._revision_saved)
        self.journal.revisionFailed.connect(lambda text: self.notify(text, "error"))
        self.journal.revisionConflicted.connect(self._revision_conflicted)
        editor.currentSegmentChanged.connect(self._segment_changed)
        self.history.jumpToSegment.connect(editor.go_to_segment)
        self.review.changed.connect(self._review_changed)
        self.review.failed.connect(lambda text: self.notify(text, "error"))
        self.review.jumpToSegment.connect(editor.go_to_segment)
        self.review.confirm_identity = self._signing_identity  # offers to add someone unlisted
        self.review.before_step = self._ready_for
        self.library.articleActivated.connect(self.open_article)
        self.library.failed.connect(lambda text: self.notify(text, "error"))
        self.library.refreshed.connect(self._library_refreshed)
        self.attribution.saved.connect(lambda text: self.notify(text))
        self.attribution.saved.connect(lambda _text: self.library.refresh())
        self.attribution.failed.connect(lambda text: self.notify(text, "error"))

    def retranslate(self) -> None:
        retranslate(self.actions_by_act)
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "segment": self.tr("&Segment"),
            "review": self.tr("&Review"),
            "view": self.tr("&View"),
            "help": self.tr("&Help"),
        }
        for name, menu in self.menus.items():
            menu.setTitle(titles[name])
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self._fill_segment_filter()
        self.statusBar().clearMessage()  # a passing message in the previous language
        self.docks["library"].setWindowTitle(self.tr("Library"))
        self.docks["attribution"].setWindowTitle(self.tr("Attribution"))
        self.docks["history"].setWindowTitle(self.tr("History"))
        self.docks["review"].setWindowTitle(self.tr("Review"))
        self.placeholder.setText(
            self.tr(
                "Open an article from the library, or import a report: File ▸ Import, or drop "
                "files on this window."
            )
        )
        self._update_title()
        self._show_progress(*self._progress())

    def _fill_segment_filter(self) -> None:
        """Status names in the UI language; the chosen filter survives a language change."""
        from transdesk.gui.editor.statuses import TO_TRANSLATE, status_names

        chosen = self.segment_filter.currentIndex()
        self.segment_filter.blockSignals(True)
        self.segment_filter.clear()
        self.segment_filter.addItem(self.tr("All segments"), None)
        self.segment_filter.addItem(self.tr("Still to translate"), sorted(TO_TRANSLATE))
        for status, name in status_names().items():
            self.segment_filter.addItem(name, [status])
        self.segment_filter.setToolTip(self.tr("Show only segments with this status"))
        self.segment_filter.setCurrentIndex(max(0, chosen))
        self.segment_filter.blockSignals(False)

    def _filter_segments(self) -> None:
        statuses = self.segment_filter.currentData()
        self.editor.set_status_filter(set(statuses) if statuses else None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._mirror_docks()
        super().changeEvent(event)

    def _mirror_docks(self) -> None:
        """Move the docks to the other side (Arabic: the library on the right), keeping
        tabbed docks together with the same tab in front."""
        swap = {LEFT: RIGHT, RIGHT: LEFT}
        moves = []
        for dock in self.docks.values():
            area = self.dockWidgetArea(dock)
            if area in swap and not dock.isFloating():
                moves.append((dock, swap[area], self.tabifiedDockWidgets(dock)))
        in_front: list[QDockWidget] = []
        grouped: set[QDockWidget] = set()
        for dock, _, tabbed in moves:
            shown = not dock.visibleRegion().isEmpty()
            # Not painted yet (a hidden window): the first of each tab group, as built.
            if shown or (not self.isVisible() and dock not in grouped):
                in_front.append(dock)
            grouped.update([dock, *tabbed])
        for dock, area, _ in moves:
            self.addDockWidget(area, dock)
        for dock, _, tabbed in moves:
            for other in tabbed:
                if other not in self.tabifiedDockWidgets(dock):
                    self.tabifyDockWidget(dock, other)
        for dock in in_front:
            dock.raise_()

    # --- state ----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        s = self.settings
        if s.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(s.window_geometry.encode()))
        else:
            self.resize(1280, 800)
        if s.window_state:
            self.restoreState(QByteArray.fromBase64(s.window_state.encode()))
        header = s.columns.get("library")
        if header:
            self.library.table.horizontalHeader().restoreState(
                QByteArray.fromBase64(header.encode())
            )
        self.editor.restore_state(s.columns.get("editor", ""))

    def _store_state(self) -> None:
        s = self.settings
        s.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        s.window_state = bytes(self.saveState().toBase64().data()).decode()
        library = self.library.table.horizontalHeader().saveState()
        s.columns["library"] = bytes(library.toBase64().data()).decode()
        s.columns["editor"] = self.editor.save_state()
        self.save_settings()

    def save_settings(self) -> None:
        try:
            settings_store.save(self.settings, self.settings_path)
        except OSError as error:
            self.notify(self.tr("Preferences could not be saved: %1").replace("%1", str(error)))

    # --- articles -------------------------------------------------------------------------

    def open_article(self, article_id: int) -> bool:
        """Show the article in the editor; unsaved journal text comes back with a notice."""
        if self.article is not None and self.article.id == article_id:
            return True
        if not self._leave_article():
            return False
        try:
            article = open_for_editing(self.db, article_id, desk=self.settings.desk_id)
        except UserError as error:
            self.notify(str(error), "error")
            return False
        self.article = article
        self.lock_version = article.lock_version
        self.base_revision = article.base_revision
        self.journal.set_article(article.id)
        self.editor.load(article)
        self.editor.set_source_changes(source_changes(self.db, article.id))
        self.editor.show()
        self.placeholder.hide()
        self.attribution.load(article.id)
        self.history.load(article.id)
        self.review.load(article.id)
        self._segment_changed()
        self.library.select_article(article.id)
        self.settings.last_article = article.id
        self.save_settings()
        self._update_title()
        self._update_actions()
        if article.restored:
            when = article.journal_saved_at
            stamp = when.astimezone().strftime("%H:%M:%S") if when else ""
            self.notify(
                self.tr(
                    "Restored %n unsaved segment(s) from your last session (kept at %1). "
                    "Save a revision to keep them.",
                    "",
                    article.restored,
                ).replace("%1", stamp),
                "warning",
            )
            log.info("restored %d unsaved segments", article.restored)
        log.info("opened article %d", article.id)
        self.editor.setFocus()
        self.articleOpened.emit(article.id)
        return True

    def _leave_article(self) -> bool:
        """Make sure the open article's typing is in the journal before showing another."""
        if self.article is None:
            return True
        self.editor.commit_open_editor()
        if not self.journal.flush(wait=True):
            answer = QMessageBox.warning(
                self,
                self.tr("Unsaved changes"),
                self.tr(
                    "Your latest edits could not be written to the database. "
                    "Leave this article anyway? The edits would be lost."
                ),
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Cancel,
            )
            return answer == QMessageBox.StandardButton.Discard
        return True

    def close_article(self) -> None:
        if not self._leave_article():
            return
        self.article = None
        self.lock_version = None
        self.base_revision = 0
        self.journal.set_article(None)
        self.editor.clear()
        self.editor.hide()
        self.placeholder.show()
        self.attribution.load(None)
        self.history.load(None)
        self.review.load(None)
        self.settings.last_article = None
        self.save_settings()
        self._update_title()
        self._update_actions()
        self._show_progress(0, 0)

    def save_revision(self) -> None:
        if self.article is None or not self.ensure_identity():
            return
        message, ok = QInputDialog.getText(
            self, self.tr("Save revision"), self.tr("What changed (optional):")
        )
        if not ok:
            return
        self.editor.commit_open_editor()
        self._save_message = message
        self.journal.save_revision(
            author=self.settings.user_name,
            role=self.settings.user_role,
            message=message,
            base_lock_version=self.lock_version,
        )

    def export_article(self) -> None:
        """File ▸ Export: the articles chosen in the library (several at once), else the open
        one; previewed, checked, written and recorded."""
        from transdesk.gui.export_dialog import ExportDialog

        ids = self._articles_to_send(
            self.tr("Choose articles in the library, or open one, to export.")
        )
        if not ids:
            return
        dialog = ExportDialog(
            self.db, ids, self.settings, self._signing_identity, self.background, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._exported)
        self.export_dialog = dialog
        dialog.show()

    def _articles_to_send(self, none_chosen: str) -> list[int]:
        """The articles chosen in the library (two or more), else the open one, for export
        or publishing; empty, having said why, when there are none or the open one has typing
        not yet in a revision."""
        chosen = self.library.selected_articles()
        covers_open = self.article is not None and (len(chosen) < 2 or self.article.id in chosen)
        if covers_open and not self._ready_for("export"):
            return []
        ids = chosen if len(chosen) > 1 else [self.article.id] if self.article else chosen
        if not ids:
            self.notify(none_chosen)
        return ids

    def publish_articles(self) -> None:
        """File ▸ Publish: the chosen (or open) articles to a WordPress site."""
        from transdesk.gui.publish_dialog import PublishDialog

        ids = self._articles_to_send(
            self.tr("Choose articles in the library, or open one, to publish.")
        )
        if not ids:
            return
        dialog = PublishDialog(
            self.db, ids, self._signing_identity, self.background, self.settings_path, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.published.connect(self._exported)
        self.publish_dialog = dialog
        dialog.show()

    def _exported(self, results: list[object]) -> None:
        self.save_settings()  # the folders chosen
        self.library.refresh()
        if self.article is not None:
            self.review.load(self.article.id)

    def compare_revisions(self) -> None:
        """The diff view of the open article: last reviewed revision against the current one."""
        if self.article is None:
            return
        from transdesk.gui.diff_view import DiffDialog

        dialog = DiffDialog(
            self.db, self.article.id, author=self.settings.user_name,
            role=self.settings.user_role, identity=self._signing_identity, parent=self,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.revisionMade.connect(self._change_rejected)
        self.journal.revisionSaved.connect(dialog.revisions_changed)
        self.diff_dialog = dialog
        dialog.show()

    def _signing_identity(self) -> tuple[str, str] | None:
        if not self.ensure_identity():
            return None
        return self.settings.user_name, self.settings.user_role

    def _change_rejected(self, number: int) -> None:
        """A change was taken back in the diff view: show the new text and revision."""
        if self.article is None:
            return
        article_id = self.article.id
        self.history.load(article_id)
        self.library.refresh()
        self.editor.commit_open_editor()
        if self.journal.flush(wait=True) and not self._unsaved(article_id):
            self.reload_article()
            self.notify(self.tr("Revision %1 took back a change.").replace("%1", str(number)))
        else:  # the old lock version stays: the next Save meets a conflict and merges
            self.notify(
                self.tr(
                    "Revision %1 took back a change; your unsaved edits are kept and will be "
                    "merged when you save."
                ).replace("%1", str(number)),
                "warning",
            )

    def _unsaved(self, article_id: int) -> int:
        return unsaved_count(self.db, article_id, desk=self.settings.desk_id)

    def reload_article(self) -> None:
        """Show the open article as stored now (after a revision made from a dialog), on
        the same segment."""
        if self.article is None:
            return
        position = self.editor.current_position()
        try:
            article = open_for_editing(self.db, self.article.id, desk=self.settings.desk_id)
        except UserError as error:
            self.notify(str(error), "error")
            return
        self.article = article
        self.lock_version = article.lock_version
        self.base_revision = article.base_revision
        self.editor.load(article)
        self.editor.set_source_changes(source_changes(self.db, article.id))
        if position is not None:
            self.editor.go_to_segment(position)
        self.history.load(article.id)
        self._segment_changed()
        self._update_title()

    def ensure_identity(self) -> bool:
        """The name and role in Preferences must be someone on the people list who may act
        in that role; someone not listed is offered to be added. False: nothing to sign with."""
        before = self.settings.user_name
        signer = confirm_signer(self, self.db, self.settings)
        if self.settings.user_name != before:
            self.save_settings()
            self.review.set_identity(self.settings.user_name, self.settings.user_role)
        if signer.notice:
            self.notify(signer.notice, signer.level)
        return signer.name is not None

    def _revision_saved(self, saved: object) -> None:
        from transdesk.services.editing import SavedRevision

        if not isinstance(saved, SavedRevision):
            self.notify(self.tr("Nothing changed since the last revision."))
            return
        self.lock_version = saved.lock_version
        self.base_revision = saved.number
        self.notify(
            self.tr("Saved revision %1 (%n segment(s) changed).", "", saved.changed_segments)
            .replace("%1", str(saved.number))
        )  # fmt: skip
        log.info("saved revision %d of article %d", saved.number, saved.article_id)
        self.history.load(saved.article_id)
        self.library.refresh()

    def _revision_conflicted(self, article_id: int) -> None:
        """Someone saved the article since it was opened: offer a merge. Nothing is lost
        either way: their revision is stored, this desk's text stays in its journal."""
        if self.article is None or self.article.id != article_id:
            return
        self.editor.commit_open_editor()
        self.journal.flush(wait=True)
        desk = self.settings.desk_id
        try:
            offer = merge_offer(self.db, article_id, self.base_revision, desk=desk)
        except UserError as error:
            self.notify(str(error), "error")
            return
        choices: dict[int, str] = {}
        if offer.to_review:  # only segments nobody else touched: nothing to ask
            sources = {s.id: s.source for s in self.article.segments}
            dialog = MergeDialog(offer, sources, self.article.target_language, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.notify(
                    self.tr("Not merged: your text is kept as a draft; save again to merge it."),
                    "warning",
                )
                return
            choices = dialog.choices()
        try:
            saved = save_merged(
                self.db, article_id, offer.lock_version, choices,
                base_revision=offer.base_revision, desk=desk, author=self.settings.user_name,
                role=self.settings.user_role, message=self._save_message,
            )  # fmt: skip
        except SaveConflict:
            self.notify(
                self.tr(
                    "Someone saved again while you merged; your text is still kept. Save "
                    "again to merge."
                ),
                "warning",
            )
            return
        except UserError as error:
            self.notify(str(error), "error")
            return
        self.reload_article()  # the merged texts, a new lock version and base revision
        self.library.refresh()
        if saved is not None:
            self.notify(self.tr("Merged: saved revision %1.").replace("%1", str(saved.number)))

    def _segment_changed(self) -> None:
        """The editor moved to another segment: the docks follow it."""
        position = self.editor.current_position()
        self.history.set_current_segment(position)
        self.review.set_current_segment(position)

    def _ready_for(self, step: str) -> bool:
        """Submitting or approving covers saved revisions only: unsaved typing must be saved
        as a revision first."""
        if step not in ("submit", "approve", "export") or self.article is None:
            return True
        self.editor.commit_open_editor()
        self.journal.flush(wait=True)
        if not self._unsaved(self.article.id):
            return True
        QMessageBox.information(
            self,
            self.tr("Unsaved changes"),
            self.tr(
                "This article has changes that are not in a revision yet. Save a revision "
                "first (File ▸ Save Revision): review and export cover saved revisions only."
            ),
        )
        return False

    def _in_review(self, command: Callable[[], None]) -> None:
        self.docks["review"].show()
        self.docks["review"].raise_()
        command()

    def _review_changed(self) -> None:
        """A comment, an issue or a workflow step was saved from the Review dock."""
        self.library.refresh()
        if self.article is not None:
            self.history.load(self.article.id)

    def _journal_saved(self, count: int) -> None:
        self.statusBar().showMessage(self.tr("Draft kept (%n segment(s)).", "", count), 3000)
        log.info("journal saved %d", count)

    def _journal_failed(self, text: str) -> None:
        self.notify(text, "error")  # the journal's own line says what failed and that it retries
        log.warning("journal failed: %s", text)

    # --- importing ------------------------------------------------------------------------

    def import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import source reports"),
            "",
            self.tr(
                "Reports (*.txt *.md *.markdown *.html *.htm *.docx *.xlf *.xliff *.sdlxliff);;"
                "All files (*)"
            ),
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def ask_target_languages(self) -> list[str] | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Import"),
            self.tr("Translate into (language codes, separated by commas):"),
            text=self.settings.import_targets,
        )
        if not ok:
            return None
        self.settings.import_targets = text.strip()
        self.save_settings()
        # Arabic keyboards type "،" and "؛".
        separated = text.replace(";", ",").replace("،", ",").replace("؛", ",")
        return [code.strip() for code in separated.split(",") if code.strip()]

    def import_paths(self, paths: list[Path], targets: list[str] | None = None) -> None:
        """Import in the background; each bad file gets one line in the notice bar."""
        if targets is None:
            targets = self.ask_target_languages()
            if targets is None:
                return

        def work() -> tuple[list[ImportResult], list[str]]:
            requests = [ImportRequest(path, None, None, targets) for path in paths]
            results, errors = import_many(self.db, requests)
            return results, [str(error) for error in errors]

        self.statusBar().showMessage(self.tr("Importing %n file(s)…", "", len(paths)))
        self.background.run(work, self._imported, lambda text: self.notify(text, "error"))

    def _imported(self, outcome: tuple[list[ImportResult], list[str]]) -> None:
        results, errors = outcome
        self.statusBar().clearMessage()
        self.library.refresh()
        if errors:
            self.notify("\n".join(errors), "error")
        if results and results[0].articles:
            self.open_article(results[0].articles[0].id)
        self.importsFinished.emit(results, errors)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def offer_sample(self) -> None:
        """On first start with an empty library, offer a sample article to try."""
        if self.settings.offered_sample or self.library.model.rowCount():
            return
        self.settings.offered_sample = True
        self.save_settings()
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Welcome to TransDesk"))
        box.setText(self.tr("Your library is empty. Open a sample report to try TransDesk?"))
        arabic, french = (
            box.addButton(
                self.tr("Sample in %1").replace("%1", language_name(code, ui_locale())),
                QMessageBox.ButtonRole.AcceptRole,
            )
            for code in ("ar", "fr")
        )
        box.addButton(self.tr("No, thanks"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        from transdesk.resources import sample_report

        if box.clickedButton() is arabic:
            self.import_paths([sample_report("ar")], ["en"])
        elif box.clickedButton() is french:
            self.import_paths([sample_report("fr")], ["en"])

    # --- small views ----------------------------------------------------------------------

    def notify(self, text: str, level: str = "info") -> None:
        self.notices.show_message(text, level)

    def show_library(self) -> None:
        self.docks["library"].show()
        self.docks["library"].raise_()
        self.library.search.setFocus()

    def show_preferences(self) -> None:
        from transdesk.gui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self, self.settings_path)
        if dialog.exec():
            self.apply_preferences(dialog.result_settings())

    def apply_preferences(self, new: Settings) -> None:
        old = self.settings
        self.settings = new
        self.save_settings()
        self.editor.apply_settings(new)
        self.review.set_identity(new.user_name, new.user_role)
        self.review.set_threshold(new.quality_threshold)
        self.journal.set_interval(new.autosave_ms)
        if new.ui_language != old.ui_language:
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            install_language(app, new.ui_language)
        if new.database_url != old.database_url:
            self.notify(self.tr("The new database location is used from the next start."))

    def show_shortcuts(self) -> None:
        from transdesk.gui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.actions_by_act, self).exec()

    def show_about(self) -> None:
        from transdesk import __version__

        QMessageBox.about(
            self,
            self.tr("About TransDesk"),
            self.tr("TransDesk %1: a translation workbench for newsrooms.").replace(
                "%1", __version__
            ),
        )

    def _library_refreshed(self, count: int) -> None:
        if self.article is None:
            self.statusBar().showMessage(self.tr("%n article(s) in the library", "", count), 4000)

    def _progress(self) -> tuple[int, int]:
        if self.article is None:
            return 0, 0
        return self.editor.progress()

    def _show_progress(self, translated: int, total: int) -> None:
        if not total:
            self.progress_label.setText("")
            return
        self.progress_label.setText(progress_line(translated, total, ui_locale()))

    def _update_title(self) -> None:
        if self.article is None:
            self.setWindowTitle(self.tr("TransDesk"))
        else:
            self.setWindowTitle(
                self.tr("%1 — TransDesk", "window title: article title").replace(
                    "%1", self.article.title
                )
            )

    def _update_actions(self) -> None:
        has_article = self.article is not None
        for act, action in self.actions_by_act.items():
            if SPECS[act].menu in ("segment", "review") or act in (
                Act.SAVE_REVISION, Act.CLOSE_ARTICLE, Act.FIND, Act.REPLACE,
                Act.FIND_NEXT, Act.FIND_PREVIOUS, Act.ZOOM_IN, Act.ZOOM_OUT, Act.ZOOM_RESET,
            ):  # fmt: skip
                action.setEnabled(has_article)
        self.actions_by_act[Act.UNDO].setEnabled(self.editor.undo_stack.canUndo())
        self.actions_by_act[Act.REDO].setEnabled(self.editor.undo_stack.canRedo())

    def action(self, act: Act) -> QAction:
        return self.actions_by_act[act]

    # --- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Never discard silently: typing is journaled first; unsaved work asks."""
        if self.article is not None:
            if not self._leave_article():
                event.ignore()
                return
            if self._unsaved(self.article.id) and not self._ask_about_unsaved():
                event.ignore()
                return
        self._store_state()
        self.journal.shutdown()
        self.background.shutdown()
        event.accept()

    def _ask_about_unsaved(self) -> bool:
        """True to go on closing. The journal stays either way unless a revision is saved."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved translation"))
        box.setText(self.tr("This article has changes that are not in a revision yet."))
        box.setInformativeText(
            self.tr("They are kept as a draft and come back when you reopen the article.")
        )
        save = box.addButton(self.tr("Save Revision"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(
            self.tr("Keep Draft and Close"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            return True
        if clicked is save:
            return self._save_revision_now()
        return False

    def _save_revision_now(self) -> bool:
        from transdesk.services.editing import save_revision

        assert self.article is not None
        if not self.ensure_identity():
            return False
        name = self.settings.user_name
        try:
            save_revision(
                self.db, self.article.id, author=name, role=self.settings.user_role,
                message=self.tr("Saved on closing"), base_lock_version=self.lock_version,
                desk=self.settings.desk_id,
            )  # fmt: skip
        except UserError as error:
            QMessageBox.critical(self, self.tr("Revision not saved"), str(error))
            return False
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._update_actions)
