"""Undoable changes of a translation, and how typing is grouped into undo steps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QUndoCommand

# (segment id, text, status, reveal): reveal asks to bring the segment into view, which
# an undo or redo wants and the first application (the user's own action) does not.
Apply = Callable[[int, str, str, bool], None]
State = tuple[str, str]  # text, status

_TYPING_ID = 0x7E5D  # any constant: QUndoStack merges only commands with the same id()


class TargetCommand(QUndoCommand):
    """One change of one segment's translation and status."""

    def __init__(
        self,
        apply: Apply,
        segment_id: int,
        before: State,
        after: State,
        description: str,
        typing_key: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(description)
        self._apply = apply
        self.segment_id = segment_id
        self.before = before
        self.after = after
        self.typing_key = typing_key  # (typing run, word): typing merges within a word
        self._applied_once = False

    def redo(self) -> None:
        self._apply(self.segment_id, *self.after, self._applied_once)
        self._applied_once = True

    def undo(self) -> None:
        self._apply(self.segment_id, *self.before, True)

    def id(self) -> int:
        return _TYPING_ID if self.typing_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, TargetCommand)
            and other.segment_id == self.segment_id
            and other.typing_key == self.typing_key
        ):
            return False
        self.after = other.after
        # Typed and then deleted back to where it was: nothing left to undo.
        self.setObsolete(self.after == self.before)
        return True


@dataclass(frozen=True)
class TextEdit:
    """What changed between two texts: at ``position``, ``removed`` characters replaced
    by ``inserted``."""

    position: int
    removed: int
    inserted: str


def text_edit(old: str, new: str) -> TextEdit:
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    return TextEdit(start, end_old - start, new[start:end_new])


@dataclass
class TypingRun:
    """The translator's typing during one visit to a cell.

    Each word typed is one undo step, as in a word processor: Ctrl+Z takes back the last
    word, not the whole paragraph, and not one letter at a time.
    """

    segment_id: int
    session: int  # the cell editor's: a new visit to the cell is a new run
    run: int  # unique: steps of different runs never merge, even after an undo
    original: State
    word: int = 0
    last: TextEdit | None = field(default=None)

    def key_for(self, edit: TextEdit) -> tuple[int, int]:
        """The undo step ``edit`` belongs to."""
        if self.last is not None and not _continues(self.last, edit):
            self.word += 1
        self.last = edit
        return self.run, self.word


def _continues(previous: TextEdit, edit: TextEdit) -> bool:
    typing = previous.inserted and not previous.removed and edit.inserted and not edit.removed
    if typing:
        follows = edit.position == previous.position + len(previous.inserted)
        new_word = previous.inserted[-1].isspace() and not edit.inserted[0].isspace()
        return follows and not new_word
    deleting = previous.removed and not previous.inserted and edit.removed and not edit.inserted
    if deleting:
        backspace = edit.position + edit.removed == previous.position
        return backspace or edit.position == previous.position
    return False
