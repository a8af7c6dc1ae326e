"""Which window command drives which editor method: one table for the main window and
for anything else that hosts the editor (tests build a small window from it too)."""

from __future__ import annotations

from collections.abc import Callable

from transdesk.gui.actions import Act
from transdesk.gui.editor.widget import EditorWidget


def editor_commands(editor: EditorWidget) -> dict[Act, Callable[[], object]]:
    return {
        Act.UNDO: editor.undo_stack.undo,
        Act.REDO: editor.undo_stack.redo,
        Act.FIND: editor.show_find,
        Act.REPLACE: editor.show_replace,
        Act.FIND_NEXT: editor.find_next,
        Act.FIND_PREVIOUS: editor.find_previous,
        Act.CONFIRM_NEXT: editor.confirm_and_next,
        Act.NEXT_SEGMENT: editor.next_segment,
        Act.PREVIOUS_SEGMENT: editor.previous_segment,
        Act.COPY_SOURCE: editor.copy_source_to_target,
        Act.NEXT_UNTRANSLATED: editor.next_untranslated,
        Act.NEXT_NEEDS_REVIEW: editor.next_needing_review,
        Act.ZOOM_IN: editor.zoom_in,
        Act.ZOOM_OUT: editor.zoom_out,
        Act.ZOOM_RESET: editor.zoom_reset,
    }
