"""Find and replace over the grid: runs the search, shows the match, makes replacements."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from transdesk.gui.editor.delegate import Highlight
from transdesk.gui.editor.find import (
    SOURCE,
    TARGET,
    FindOptions,
    Match,
    compile_pattern,
    find,
    replace_all,
)
from transdesk.gui.editor.model import Column
from transdesk.gui.editor.statuses import status_after_edit

if TYPE_CHECKING:
    from transdesk.gui.editor.widget import EditorWidget


class FindController(QObject):
    def __init__(self, editor: EditorWidget) -> None:
        super().__init__(editor)
        self._editor = editor
        self._bar = editor.find_bar
        self._match: Match | None = None
        self._origin: tuple[int, int, int] | None = None  # where search-as-you-type began
        self._bar.findNext.connect(lambda: self.find(backwards=False))
        self._bar.findPrevious.connect(lambda: self.find(backwards=True))
        self._bar.queryEdited.connect(self._query_edited)
        self._bar.replaceOne.connect(self.replace_one)
        self._bar.replaceAll.connect(self.replace_all)
        self._bar.closed.connect(self._closed)

    def reset(self) -> None:
        self._match = self._origin = None
        self._highlight(None)

    def open(self, *, replace: bool) -> None:
        editor = self._editor.delegate.open_editor
        selected = editor.textCursor().selectedText() if editor else ""
        # A selection of a few words is a query; a paragraph selected by accident is not.
        text = selected if selected and "\u2029" not in selected and len(selected) < 80 else ""
        self._origin = None
        self._bar.open_bar(replace=replace, text=text)

    def find(self, *, backwards: bool, targets_only: bool = False) -> Match | None:
        options = self._bar.options(targets_only=targets_only)
        if not options.text:
            self.open(replace=False)
            return None
        return self._search(options, self._start(backwards), backwards)

    def _search(
        self, options: FindOptions, start: tuple[int, int, int], backwards: bool
    ) -> Match | None:
        segments = [(r.id, r.source, r.target) for r in self._editor.visible_records()]
        match, wrapped = find(segments, options, start, backwards=backwards)
        self._match = match
        if match is None:
            self._say(self.tr("Not found"))
            self._highlight(None)
            return None
        self._say(self.tr("Search wrapped around") if wrapped else "")
        self._show(match)
        return match

    def _say(self, message: str) -> None:
        self._bar.show_message(message)
        if message and not self._bar.isVisible():  # F3 with the bar closed
            self._editor.notice.emit(message)

    def _start(self, backwards: bool) -> tuple[int, int, int]:
        match = self._match
        row = max(0, self._editor.view.currentIndex().row())
        if match is not None and match.row == row:
            return match.row, match.cell, match.start if backwards else match.end
        return row, SOURCE, 0

    def _query_edited(self) -> None:
        if self._origin is None:
            self._origin = (max(0, self._editor.view.currentIndex().row()), SOURCE, 0)
        options = self._bar.options()
        if options.text:
            self._search(options, self._origin, backwards=False)
        else:
            self.reset()
            self._bar.show_message("")

    def _show(self, match: Match) -> None:
        column = Column.SOURCE if match.cell == SOURCE else Column.TARGET
        self._highlight(Highlight(match.segment_id, column, match.start, match.end))
        with self._editor.view.browsing_only():
            self._editor.go_to_row(match.row)
        cell_editor = self._editor.delegate.open_editor
        if cell_editor and column == Column.TARGET and cell_editor.segment_id == match.segment_id:
            cell_editor.select_span(match.start, match.end)

    def _highlight(self, highlight: Highlight | None) -> None:
        self._editor.delegate.highlight = highlight
        self._editor.view.viewport().update()

    def replace_one(self) -> None:
        """Replace the match shown (if in a translation), then show the next one."""
        options = self._bar.options(targets_only=True)
        match, pattern = self._match, compile_pattern(options)
        if match is not None and pattern is not None and match.cell == TARGET:
            text = self._editor.model.record(match.segment_id).target
            found = pattern.match(text, match.start)
            if found is not None and found.end() == match.end:
                replacement = self._bar.replacement()
                new = text[: match.start] + replacement + text[match.end :]
                self._editor.push(match.segment_id, new, status_after_edit(new), self.tr("Replace"))
                end = match.start + len(replacement)
                self._match = Match(match.row, match.segment_id, TARGET, match.start, end)
        self.find(backwards=False, targets_only=True)

    def replace_all(self) -> int:
        """Replace every match in the visible translations, as one undo step."""
        options = self._bar.options(targets_only=True)
        replacement = self._bar.replacement()
        changes = []
        total = 0
        for record in self._editor.visible_records():
            new, count = replace_all(record.target, options, replacement)
            if count:
                changes.append((record.id, new))
                total += count
        if changes:
            stack = self._editor.undo_stack
            stack.beginMacro(self.tr("Replace all"))
            for segment_id, new in changes:
                self._editor.push(segment_id, new, status_after_edit(new), self.tr("Replace"))
            stack.endMacro()
        self.reset()
        self._bar.show_message(self.tr("Replaced %n occurrence(s)", "", total))
        return total

    def _closed(self) -> None:
        view = self._editor.view
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        view.open_current_editor()
