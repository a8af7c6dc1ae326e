"""The side-by-side segment editor: a grid of source and translation, edited in place."""

from transdesk.gui.editor.model import Column, Role, SegmentModel
from transdesk.gui.editor.widget import EditorWidget

__all__ = ["Column", "EditorWidget", "Role", "SegmentModel"]
