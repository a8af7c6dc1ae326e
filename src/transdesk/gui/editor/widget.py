"""The side-by-side segment editor the main window embeds.

Owns the segments in memory and an undo stack; it never touches storage. The main window
journals what ``segmentEdited`` reports and connects its actions to the public methods.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QShowEvent, QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from transdesk.core.diffing import SegmentDiff
from transdesk.gui.editor.commands import TargetCommand, TypingRun, text_edit
from transdesk.gui.editor.delegate import SegmentDelegate
from transdesk.gui.editor.find_bar import FindBar
from transdesk.gui.editor.find_controller import FindController
from transdesk.gui.editor.fonts import GridFonts
from transdesk.gui.editor.model import Column, Role, SegmentModel, SegmentRecord
from transdesk.gui.editor.row_heights import RowHeights
from transdesk.gui.editor.source_change import SourceChangePanel
from transdesk.gui.editor.status_filter import StatusFilterModel
from transdesk.gui.editor.statuses import (
    CONFIRMED,
    TO_REVIEW,
    TO_TRANSLATE,
    status_after_edit,
    status_names,
)
from transdesk.gui.editor.text_layout import PADDING
from transdesk.gui.editor.view import SegmentView
from transdesk.services.editing import DraftText, EditorArticle
from transdesk.settings import Settings

if TYPE_CHECKING:
    from transdesk.core.glossary import Glossary


class EditorWidget(QWidget):
    segmentEdited = Signal(int, str, str)  # segment id, text, status: after every change
    progressChanged = Signal(int, int)  # words translated (translated + reviewed), in all
    currentSegmentChanged = Signal(int)
    notice = Signal(str)  # for the status bar: "All segments are translated", …

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fonts = GridFonts(settings)
        self.model = SegmentModel(self.fonts, self)
        self.proxy = StatusFilterModel(self.model, self)
        self.undo_stack = QUndoStack(self)
        self.view = SegmentView(self)
        self.view.setModel(self.proxy)
        self.delegate = SegmentDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.row_heights = RowHeights(self.view, self.model, self.proxy, self.fonts)
        self.find_bar = FindBar(self)
        self.finder = FindController(self)
        self.source_change = SourceChangePanel(self)
        self.source_changes: dict[int, SegmentDiff] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.source_change)
        layout.addWidget(self.find_bar)
        self.setFocusProxy(self.view)
        self._typing: TypingRun | None = None
        self._runs = 0
        self._pushing = False
        self._reveal: int | None = None
        self._reveal_on_show = False
        self.model.targetChanged.connect(self._target_changed)
        self.delegate.keyCommand.connect(self._key_command)
        self.delegate.typed.connect(self._typed)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.undo_stack.indexChanged.connect(self._undo_index_changed)
        self._size_columns()

    # -- content ----------------------------------------------------------------------

    def load(self, article: EditorArticle) -> None:
        """Show ``article`` (replacing what was shown) at its first segment left to
        translate; the undo history starts afresh."""
        self._replace(article)

    def clear(self) -> None:
        self._replace(None)

    def _replace(self, article: EditorArticle | None) -> None:
        self._typing = None
        self.source_changes = {}
        self.source_change.hide()
        self.undo_stack.clear()
        self.finder.reset()
        self.row_heights.forget()
        self.model.load(article)
        # Set after the reset, once: it resizes every row, and the old article's rows are gone.
        self.view.verticalHeader().setDefaultSectionSize(self.row_heights.one_line())
        self._size_columns()
        if self.proxy.rowCount():
            self.go_to_row(max(0, self._next_row(TO_TRANSLATE, -1)))
        # Loaded while hidden, the grid has no size to scroll in: scroll once it has one.
        self._reveal_on_show = not self.isVisible()
        self.row_heights.refresh()
        self.progressChanged.emit(*self.model.progress())

    def article(self) -> EditorArticle | None:
        return self.model.article

    def current_texts(self) -> list[DraftText]:
        """Every segment's text and status now, the open cell editor's typing included."""
        self.commit_open_editor()
        return self.model.drafts()

    def progress(self) -> tuple[int, int]:
        """Words translated (translated or reviewed) and words in all."""
        return self.model.progress()

    def save_state(self) -> str:
        """What to remember between sessions (the zoom), for the preferences file."""
        return json.dumps({"zoom": self.fonts.zoom_steps})

    def restore_state(self, state: str) -> None:
        try:
            zoom = json.loads(state).get("zoom", 0) if state else 0
        except (ValueError, AttributeError):
            zoom = 0
        if isinstance(zoom, int) and (self.fonts.zoom(0) | self.fonts.zoom(zoom)):
            self._fonts_changed()

    def set_source_changes(self, changes: dict[int, SegmentDiff]) -> None:
        """Source diffs (segment id → diff) of paragraphs a corrected source changed; shown
        under the grid while the current segment's translation is not confirmed again."""
        self.source_changes = dict(changes)
        self._show_source_change()

    def _show_source_change(self) -> None:
        article = self.model.article
        segment_id = self.current_segment()
        diff = self.source_changes.get(segment_id) if segment_id is not None else None
        if (
            article is None
            or diff is None
            or self.model.record(diff.segment_id).status in CONFIRMED
        ):
            self.source_change.hide()
            return
        position = self.model.row_of(diff.segment_id)
        self.source_change.show_change(position, diff, article.source_direction)

    def current_position(self) -> int | None:
        """The current segment's place in the article (0-based), or None."""
        segment_id = self.current_segment()
        return None if segment_id is None else self.model.row_of(segment_id)

    def go_to_segment(self, position: int) -> None:
        """Make the segment at ``position`` (0-based) current, if the filter shows it."""
        if not 0 <= position < len(self.model.records):
            return
        row = self._proxy_row(self.model.records[position].id)
        if row < 0:
            self.notice.emit(self.tr("That segment is hidden by the status filter."))
            return
        self.go_to_row(row)
        self.view.setFocus()

    def current_segment(self) -> int | None:
        index = self.view.currentIndex()
        return int(index.data(Role.SEGMENT_ID)) if index.isValid() else None

    def commit_open_editor(self) -> None:
        editor = self.delegate.open_editor
        if editor is not None:
            self._typed(editor.segment_id, editor.session, editor.text())

    # -- changes ----------------------------------------------------------------------

    def _typed(self, segment_id: int, session: int, text: str) -> None:
        record = self.model.record(segment_id)
        if text == record.target:
            return  # the model's own echo, or nothing new
        run = self._typing
        if run is None or run.segment_id != segment_id or run.session != session:
            self._runs += 1
            original = (record.target, record.status)
            run = self._typing = TypingRun(segment_id, session, self._runs, original)
        key = run.key_for(text_edit(record.target, text))
        # Typed back to what it was: the status it had (a confirmed segment stays confirmed).
        status = run.original[1] if text == run.original[0] else status_after_edit(text)
        self.push(segment_id, text, status, self.tr("Typing"), typing_key=key)

    def push(
        self,
        segment_id: int,
        text: str,
        status: str,
        description: str,
        typing_key: tuple[int, int] | None = None,
    ) -> None:
        """Change a translation through the undo stack."""
        record = self.model.record(segment_id)
        before = (record.target, record.status)
        if before == (text, status):
            return
        if typing_key is None:
            self._typing = None  # what is typed next is a new undo step
        command = TargetCommand(
            self._apply, segment_id, before, (text, status), description, typing_key
        )
        self._pushing = True
        try:
            self.undo_stack.push(command)
        finally:
            self._pushing = False

    def _apply(self, segment_id: int, text: str, status: str, reveal: bool) -> None:
        self.model.set_target(segment_id, text, status)
        if reveal:
            self._reveal = segment_id  # once the whole undo step is done (macros: the last)

    def _undo_index_changed(self) -> None:
        if self._pushing:
            return
        self._typing = None
        segment_id, self._reveal = self._reveal, None
        if segment_id is not None:
            row = self._proxy_row(segment_id)
            if row >= 0 and row != self.view.currentIndex().row():
                self.go_to_row(row)

    def _target_changed(self, segment_id: int, text: str, status: str) -> None:
        self.row_heights.forget(segment_id)
        self.row_heights.refresh()
        self.segmentEdited.emit(segment_id, text, status)
        self.progressChanged.emit(*self.model.progress())
        if segment_id == self.current_segment():
            self._show_source_change()

    # -- commands ---------------------------------------------------------------------

    def confirm_and_next(self) -> None:
        """Mark the current translation translated; go to the next segment left to do."""
        segment_id = self.current_segment()
        if segment_id is None:
            return
        self.commit_open_editor()
        record = self.model.record(segment_id)
        if not record.target.strip():
            self.notice.emit(self.tr("Nothing to confirm: the translation is empty."))
            return
        if record.status not in CONFIRMED:
            self.push(segment_id, record.target, "translated", self.tr("Confirm"))
        self._go_to_next(TO_TRANSLATE, self.tr("All segments are translated."))

    def next_segment(self) -> None:
        self._step(1)

    def previous_segment(self) -> None:
        self._step(-1)

    def next_untranslated(self) -> None:
        self._go_to_next(TO_TRANSLATE, self.tr("No segment is left to translate."))

    def next_needing_review(self) -> None:
        self._go_to_next(TO_REVIEW, self.tr("No segment is waiting for review."))

    def copy_source_to_target(self) -> None:
        segment_id = self.current_segment()
        if segment_id is not None:
            self.commit_open_editor()
            source = self.model.record(segment_id).source
            self.push(segment_id, source, status_after_edit(source), self.tr("Copy source"))

    def replace_translation(self, text: str, description: str) -> None:
        """Make ``text`` the current segment's whole translation (a memory match), as one
        undo step; the segment is a draft until confirmed."""
        segment_id = self.current_segment()
        if segment_id is not None:
            self.commit_open_editor()
            self.push(segment_id, text, status_after_edit(text), description)

    def insert_at_cursor(self, text: str) -> None:
        """Type ``text`` into the current translation where the cursor is (a glossary
        term): the cell editor opens if it was closed; undone like typing."""
        self.view.open_current_editor()
        editor = self.delegate.open_editor
        if editor is None:
            return
        editor.setFocus()
        editor.insertPlainText(text)

    def current_source(self) -> str:
        segment_id = self.current_segment()
        return "" if segment_id is None else self.model.record(segment_id).source

    def selected_text(self) -> str:
        """The text selected in the open cell editor, if any."""
        editor = self.delegate.open_editor
        return editor.textCursor().selectedText().replace("\u2029", " ") if editor else ""

    def set_glossary(self, glossary: Glossary | None) -> None:
        """Mark the terms of ``glossary`` (the article's language pair) in the source."""
        self.delegate.terms.set_glossary(glossary)
        self.view.viewport().update()

    def current_terms(self) -> list[tuple[str, str]]:
        """(source term, target term) of each glossary term in the current source."""
        return self.delegate.terms.targets(self.current_source())

    def show_find(self) -> None:
        self.finder.open(replace=False)

    def show_replace(self) -> None:
        self.finder.open(replace=True)

    def find_next(self) -> None:
        self.finder.find(backwards=False)

    def find_previous(self) -> None:
        self.finder.find(backwards=True)

    def zoom_in(self) -> None:
        self._zoom(1)

    def zoom_out(self) -> None:
        self._zoom(-1)

    def zoom_reset(self) -> None:
        self._zoom(0)

    def set_status_filter(self, statuses: set[str] | None) -> None:
        """Show only segments with these statuses (None: all). Applied now; a segment whose
        status changes later stays until the filter is set again."""
        current = self.current_segment()
        self.commit_open_editor()
        self.proxy.set_statuses(statuses)
        row = self._proxy_row(current) if current is not None else -1
        if self.proxy.rowCount():
            self.go_to_row(max(row, 0))
        self.row_heights.refresh()

    def apply_settings(self, settings: Settings) -> None:
        self.fonts.configure(settings)
        self._fonts_changed()

    def retranslate(self) -> None:
        self.model.retranslate()
        self.find_bar.retranslate()
        self._size_columns()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- moving -----------------------------------------------------------------------

    def _step(self, delta: int) -> None:
        row = self.view.currentIndex().row() + delta
        if 0 <= row < self.proxy.rowCount():
            self.go_to_row(row)

    def _go_to_next(self, statuses: frozenset[str], none_left: str) -> None:
        current = self.view.currentIndex().row()
        row = self._next_row(statuses, current)
        if row < 0:
            self.notice.emit(none_left)
        else:
            self.go_to_row(row)

    def _next_row(self, statuses: frozenset[str], after: int) -> int:
        """The first visible row after ``after``, wrapping round to ``after`` itself last,
        whose status is in ``statuses``; -1 if none."""
        records, count = self.model.records, self.proxy.rowCount()
        unfiltered = self.proxy.statuses is None
        for step in range(1, count + 1):
            row = (after + step) % count
            source = row if unfiltered else self.source_row(row)
            if records[source].status in statuses:
                return row
        return -1

    def go_to_row(self, row: int) -> None:
        index = self.proxy.index(row, Column.TARGET)
        self.row_heights.ensure(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.row_heights.refresh()

    def visible_records(self) -> list[SegmentRecord]:
        """The segments the grid shows, in order (all of them unless filtered)."""
        if self.proxy.statuses is None:
            return self.model.records
        return [self.model.records[self.source_row(row)] for row in range(self.proxy.rowCount())]

    def source_row(self, proxy_row: int) -> int:
        return self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()

    def _proxy_row(self, segment_id: int) -> int:
        source_row = self.model.row_of(segment_id)
        if source_row < 0:
            return -1
        return self.proxy.mapFromSource(self.model.index(source_row, 0)).row()

    def _current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid() and current.row() != previous.row():
            self._show_source_change()
            self.currentSegmentChanged.emit(int(current.data(Role.SEGMENT_ID)))

    def _key_command(self, command: str) -> None:
        actions = {
            "next": self.next_segment,
            "previous": self.previous_segment,
            "confirm": self.confirm_and_next,
            "undo": self.undo_stack.undo,
            "redo": self.undo_stack.redo,
            "close": self._close_cell_editor,
        }
        actions[command]()

    def _close_cell_editor(self) -> None:
        if self.find_bar.isVisible():
            self.find_bar.close_bar()
            return
        self.commit_open_editor()
        editor = self.delegate.open_editor
        if editor is not None:
            self.delegate.closeEditor.emit(editor)
        self.view.setFocus()

    # -- looks ------------------------------------------------------------------------

    def _zoom(self, steps: int) -> None:
        if self.fonts.zoom(steps):
            self._fonts_changed()

    def _fonts_changed(self) -> None:
        self.commit_open_editor()
        editor = self.delegate.open_editor
        if editor is not None:  # reopened with the new font
            self.delegate.closeEditor.emit(editor)
        self.model.fonts_changed()
        self.view.verticalHeader().setDefaultSectionSize(self.row_heights.one_line())
        self._size_columns()
        self.row_heights.refresh()
        if editor is not None:
            self.view.open_current_editor()

    def _size_columns(self) -> None:
        metrics = QFontMetrics(self.fonts.ui())
        self.view.setColumnWidth(Column.NUMBER, metrics.horizontalAdvance("00000") + 2 * PADDING)
        widest = max(metrics.horizontalAdvance(name) for name in status_names().values())
        self.view.setColumnWidth(Column.STATUS, widest + 4 * PADDING + 6)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.row_heights.refresh()
        self.view.open_current_editor()
        if self._reveal_on_show:
            self._reveal_on_show = False
            # After the window's layout has given the grid its final size.
            QTimer.singleShot(0, self._show_current_row)

    def _show_current_row(self) -> None:
        current = self.view.currentIndex()
        if current.isValid() and self.view.isVisible():
            self.go_to_row(current.row())
