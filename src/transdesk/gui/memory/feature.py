"""Translation memory and glossary, attached to the main window as one small controller.

It adds the Memory dock, follows the editor (its article's language pair and current
segment), marks glossary terms in the source column, and drives the commands: use match
N (Ctrl+1…9), insert a term (Ctrl+Shift+T), search the memory (Ctrl+Shift+K), add a term,
pre-translate from the memory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from transdesk.gui.actions import MATCH_ACTS, Act
from transdesk.gui.editor.terms import choose_term
from transdesk.gui.feature_dock import FeatureDock
from transdesk.gui.memory.panel import MemoryPanel
from transdesk.gui.memory.term_dialog import AddTermDialog

if TYPE_CHECKING:
    from transdesk.core.glossary import Glossary
    from transdesk.gui.main_window import MainWindow
    from transdesk.services.pretranslation import Pretranslation


class MemoryFeature(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.editor = window.editor
        self.panel = MemoryPanel(window.db, window.background)
        self.panel.setObjectName("memory-panel")
        self.dock = FeatureDock("memory-dock", self.panel, window)
        # Under the library, where lines start: the other side's docks are already tall.
        start = (
            Qt.DockWidgetArea.RightDockWidgetArea
            if window.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.DockWidgetArea.LeftDockWidgetArea
        )
        window.addDockWidget(start, self.dock)
        window.docks["memory"] = self.dock  # mirrored with the others for an Arabic UI
        window.menus["view"].addAction(self.dock.toggleViewAction())
        self._glossary_generation = 0
        self._group_match_actions()
        actions = window.actions_by_act
        for number, act in enumerate(MATCH_ACTS, start=1):
            actions[act].triggered.connect(lambda _=False, n=number: self.use_match(n))
        actions[Act.INSERT_TERM].triggered.connect(self.insert_term)
        actions[Act.CONCORDANCE].triggered.connect(self.search_memory)
        actions[Act.ADD_TERM].triggered.connect(self.add_term)
        actions[Act.PRETRANSLATE].triggered.connect(self.pretranslate)
        self.panel.insertRequested.connect(self._use_translation)
        self.panel.failed.connect(lambda text: window.notify(text, "error"))
        # Every article shown, reloaded or closed passes through a reset of the grid.
        self.editor.model.modelReset.connect(self._article_changed)
        self.editor.currentSegmentChanged.connect(self._segment_changed)

    def _group_match_actions(self) -> None:
        """Nine "Use Memory Match N" items go in one submenu of the Segment menu."""
        segment = self.window.menus["segment"]
        submenu = QMenu(self.window)
        submenu.setObjectName("memory-matches-menu")
        for act in MATCH_ACTS:
            action = self.window.actions_by_act[act]
            segment.removeAction(action)
            submenu.addAction(action)
        self.window.addActions(submenu.actions())  # the shortcuts work with the menu closed
        self.match_menu = submenu
        self._retranslate()
        self.dock.languageChanged.connect(self._retranslate)
        segment.addMenu(submenu)

    def _retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Memory"))
        self.match_menu.setTitle(self.tr("Use Memory &Match"))

    # -- following the editor ---------------------------------------------------------------

    def _article_changed(self) -> None:
        article = self.editor.article()
        self.editor.set_glossary(None)
        self._glossary_generation += 1
        if article is None or not article.target_language:
            self.panel.set_languages(None, None)
            return
        fonts, rtl = self.editor.fonts, article.source_direction == "rtl"
        self.panel.set_fonts(
            fonts.text("source", "paragraph", rtl=rtl),
            fonts.text("target", "paragraph", rtl=article.target_direction == "rtl"),
        )
        self.panel.set_languages(article.source_language, article.target_language)
        self._load_glossary()

    def _load_glossary(self) -> None:
        """Read the glossary of the article's pair off the GUI thread, then mark its terms."""
        article = self.editor.article()
        if article is None or not article.target_language:
            return
        self._glossary_generation += 1
        generation, db = self._glossary_generation, self.window.db
        source, target = article.source_language, article.target_language

        def work() -> Glossary:
            from transdesk.services.glossary import glossary_for

            with db.reading() as session:
                return glossary_for(session, source, target)

        def done(glossary: Glossary) -> None:
            if generation == self._glossary_generation:
                self.editor.set_glossary(glossary)

        self.window.background.run(work, done, lambda text: self.window.notify(text, "error"))

    def _segment_changed(self, _segment_id: int) -> None:
        self.panel.show_segment(self.editor.current_source())

    # -- commands -------------------------------------------------------------------------

    def use_match(self, number: int) -> None:
        if not self.panel.insert_match(number):
            self.window.statusBar().showMessage(
                self.tr("No memory match %1 for this segment.").replace("%1", str(number)), 4000
            )

    def _use_translation(self, text: str) -> None:
        self.editor.replace_translation(text, self.tr("Use memory match"))
        self.editor.setFocus()

    def insert_term(self) -> None:
        terms = self.editor.current_terms()
        if not terms:
            self.window.statusBar().showMessage(
                self.tr("No glossary term in this segment's source."), 4000
            )
            return
        # One term: in at once (one keystroke); several: a menu, a digit picks one.
        chosen = (
            terms[0][1]
            if len(terms) == 1
            else choose_term(self.window, terms, self._menu_position())
        )
        if chosen:
            self.editor.insert_at_cursor(chosen)

    def _menu_position(self) -> QPoint:
        """Under the text cursor in the open cell, else at the current cell."""
        editor = self.editor.delegate.open_editor
        if editor is not None:
            return editor.mapToGlobal(editor.cursorRect().bottomLeft())
        view = self.editor.view
        rect = view.visualRect(view.currentIndex())
        return view.viewport().mapToGlobal(rect.bottomLeft())

    def search_memory(self) -> None:
        if self.editor.article() is None:
            self.window.statusBar().showMessage(self.tr("Open an article first."), 4000)
            return
        self.dock.show()
        self.dock.raise_()
        # Text selected in the translation cell: look for it among the translations.
        selected = self.editor.selected_text()
        self.panel.show_concordance(selected, in_target=True if selected.strip() else None)

    def add_term(self) -> None:
        article = self.editor.article()
        if article is None or not article.target_language:
            self.window.statusBar().showMessage(self.tr("Open an article first."), 4000)
            return
        dialog = AddTermDialog(self.editor.selected_text(), self.window)
        if not dialog.exec():
            return
        source, target, note = dialog.values()
        sl, tl, db = article.source_language, article.target_language, self.window.db
        author = self.window.settings.user_name or None

        def work() -> None:
            from transdesk.services.glossary import add_term

            add_term(db, sl, tl, source, target, note=note, author=author)

        def done(_result: object) -> None:
            self.window.notify(self.tr("Added “%1” to the glossary.").replace("%1", source))
            self._load_glossary()

        self.window.background.run(work, done, lambda text: self.window.notify(text, "error"))

    def pretranslate(self) -> None:
        """Fill every untranslated segment that has an exact match, as one revision."""
        window = self.window
        article = window.article
        if article is None:
            window.statusBar().showMessage(self.tr("Open an article first."), 4000)
            return
        if not self._saved_first(article.id) or not window.ensure_identity():
            return
        db, article_id = window.db, article.id
        author, role = window.settings.user_name, window.settings.user_role

        def work() -> Pretranslation:
            from transdesk.services.pretranslation import pretranslate

            return pretranslate(db, article_id, author=author, role=role)

        window.statusBar().showMessage(self.tr("Pre-translating from the memory…"))
        window.background.run(
            work, lambda result: self._pretranslated(article_id, result), self._failed
        )

    def _saved_first(self, article_id: int) -> bool:
        """Pre-translation saves a revision: typing not yet in a revision must be saved
        first, or the two would meet as a conflict."""
        from transdesk.services.editing import unsaved_count

        self.editor.commit_open_editor()
        self.window.journal.flush(wait=True)
        if not unsaved_count(self.window.db, article_id, desk=self.window.settings.desk_id):
            return True
        QMessageBox.information(
            self.window,
            self.tr("Unsaved changes"),
            self.tr(
                "Pre-translation saves a revision. Save your changes as a revision first "
                "(File ▸ Save Revision), then pre-translate."
            ),
        )
        return False

    def _failed(self, text: str) -> None:
        self.window.statusBar().clearMessage()
        self.window.notify(text, "error")

    def _pretranslated(self, article_id: int, result: Pretranslation) -> None:
        window = self.window
        window.statusBar().clearMessage()
        filled = result.segments_filled
        if not filled:
            window.notify(self.tr("No exact matches in the memory for the untranslated segments."))
            return
        if window.article is not None and window.article.id == article_id:
            window.reload_article()
        window.library.refresh()
        window.notify(
            self.tr("Pre-translated %n segment(s) from the memory (revision %1).", "", filled)
            .replace("%1", str(result.revision_number))
        )  # fmt: skip
