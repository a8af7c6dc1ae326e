"""Every menu and toolbar command, keyed by an enum: texts, standard shortcuts, icons.

The main window builds QActions from this table once and connects them to the features
(library, editor, docks); menus, toolbars and the shortcuts help dialog all read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

Key = QKeySequence.StandardKey


class Act(Enum):
    IMPORT = auto()
    SAVE_REVISION = auto()
    CLOSE_ARTICLE = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    FIND = auto()
    REPLACE = auto()
    FIND_NEXT = auto()
    FIND_PREVIOUS = auto()
    CONFIRM_NEXT = auto()
    NEXT_SEGMENT = auto()
    PREVIOUS_SEGMENT = auto()
    COPY_SOURCE = auto()
    NEXT_UNTRANSLATED = auto()
    NEXT_NEEDS_REVIEW = auto()
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    ZOOM_RESET = auto()
    SHOW_LIBRARY = auto()
    PREFERENCES = auto()
    SHORTCUTS = auto()
    ABOUT = auto()


@dataclass(frozen=True)
class ActionSpec:
    text: str  # translated through the "Actions" context
    shortcuts: tuple[QKeySequence, ...]
    menu: str  # "file", "edit", "segment", "view", "help"


def _keys(*items: Key | str) -> tuple[QKeySequence, ...]:
    return tuple(QKeySequence(item) for item in items)


def _tr(text: str) -> str:
    return text  # marks text for pyside6-lupdate; translated when the QAction is made


SPECS: dict[Act, ActionSpec] = {
    Act.IMPORT: ActionSpec(_tr("&Import…"), _keys(Key.Open), "file"),
    Act.SAVE_REVISION: ActionSpec(_tr("&Save Revision…"), _keys(Key.Save), "file"),
    Act.CLOSE_ARTICLE: ActionSpec(_tr("&Close Article"), _keys(Key.Close), "file"),
    Act.QUIT: ActionSpec(_tr("&Quit"), _keys(Key.Quit, "Ctrl+Q"), "file"),
    Act.UNDO: ActionSpec(_tr("&Undo"), _keys(Key.Undo), "edit"),
    Act.REDO: ActionSpec(_tr("&Redo"), _keys(Key.Redo, "Ctrl+Shift+Z"), "edit"),
    Act.FIND: ActionSpec(_tr("&Find…"), _keys(Key.Find), "edit"),
    Act.REPLACE: ActionSpec(_tr("R&eplace…"), _keys(Key.Replace, "Ctrl+H"), "edit"),
    Act.FIND_NEXT: ActionSpec(_tr("Find &Next"), _keys(Key.FindNext), "edit"),
    Act.FIND_PREVIOUS: ActionSpec(_tr("Find Pre&vious"), _keys(Key.FindPrevious), "edit"),
    Act.PREFERENCES: ActionSpec(_tr("&Preferences…"), _keys(Key.Preferences, "Ctrl+,"), "edit"),
    Act.CONFIRM_NEXT: ActionSpec(
        _tr("&Confirm and Go to Next Untranslated"), _keys("Ctrl+Return", "Ctrl+Enter"), "segment"
    ),
    Act.NEXT_SEGMENT: ActionSpec(_tr("Ne&xt Segment"), _keys("Ctrl+Down"), "segment"),
    Act.PREVIOUS_SEGMENT: ActionSpec(_tr("&Previous Segment"), _keys("Ctrl+Up"), "segment"),
    Act.COPY_SOURCE: ActionSpec(
        _tr("Copy &Source to Translation"), _keys("Ctrl+Shift+S"), "segment"
    ),
    Act.NEXT_UNTRANSLATED: ActionSpec(
        _tr("Next &Untranslated"), _keys("Ctrl+Shift+U"), "segment"
    ),
    Act.NEXT_NEEDS_REVIEW: ActionSpec(
        _tr("Next Needing &Review"), _keys("Ctrl+Shift+R"), "segment"
    ),
    Act.ZOOM_IN: ActionSpec(_tr("Zoom &In"), _keys(Key.ZoomIn, "Ctrl+="), "view"),
    Act.ZOOM_OUT: ActionSpec(_tr("Zoom &Out"), _keys(Key.ZoomOut), "view"),
    Act.ZOOM_RESET: ActionSpec(_tr("&Actual Size"), _keys("Ctrl+0"), "view"),
    Act.SHOW_LIBRARY: ActionSpec(_tr("&Library"), _keys("Ctrl+L"), "view"),
    Act.SHORTCUTS: ActionSpec(_tr("&Keyboard Shortcuts"), _keys(Key.HelpContents, "F1"), "help"),
    Act.ABOUT: ActionSpec(_tr("&About TransDesk"), (), "help"),
}  # fmt: skip


def translated_text(act: Act) -> str:
    return QCoreApplication.translate("Actions", SPECS[act].text)


def build_actions(parent: QObject) -> dict[Act, QAction]:
    """One QAction per command, with its standard shortcuts (duplicates removed)."""
    actions = {}
    for act, spec in SPECS.items():
        action = QAction(translated_text(act), parent)
        action.setObjectName(act.name.lower())
        unique: list[QKeySequence] = []
        for sequence in spec.shortcuts:
            if not sequence.isEmpty() and sequence not in unique:
                unique.append(sequence)
        action.setShortcuts(unique)
        actions[act] = action
    return actions


def retranslate(actions: dict[Act, QAction]) -> None:
    for act, action in actions.items():
        action.setText(translated_text(act))
