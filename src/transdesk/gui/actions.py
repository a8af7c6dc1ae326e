"""Every menu and toolbar command, keyed by an enum: texts, standard shortcuts, icons.

The main window builds QActions from this table once and connects them to the features
(library, editor, docks); menus, toolbars and the shortcuts help dialog all read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

Key = QKeySequence.StandardKey


class Act(Enum):
    IMPORT = auto()
    SAVE_REVISION = auto()
    EXPORT = auto()
    PUBLISH = auto()
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
    COMPARE_REVISIONS = auto()
    ADD_COMMENT = auto()
    TAG_ISSUE = auto()
    SUBMIT = auto()
    REQUEST_CHANGES = auto()
    APPROVE = auto()
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    ZOOM_RESET = auto()
    SHOW_LIBRARY = auto()
    PREFERENCES = auto()
    SHORTCUTS = auto()
    ABOUT = auto()
    # Translation memory and glossary (the Memory dock, terms in the source column).
    INSERT_MATCH_1 = auto()
    INSERT_MATCH_2 = auto()
    INSERT_MATCH_3 = auto()
    INSERT_MATCH_4 = auto()
    INSERT_MATCH_5 = auto()
    INSERT_MATCH_6 = auto()
    INSERT_MATCH_7 = auto()
    INSERT_MATCH_8 = auto()
    INSERT_MATCH_9 = auto()
    INSERT_TERM = auto()
    CONCORDANCE = auto()
    ADD_TERM = auto()
    PRETRANSLATE = auto()
    # The QA dock's findings, walked from the keyboard.
    NEXT_FINDING = auto()
    PREVIOUS_FINDING = auto()


@dataclass(frozen=True)
class ActionSpec:
    text: str  # translated through the "Actions" context
    shortcuts: tuple[Key | str, ...]  # made QKeySequences once a QApplication exists
    menu: str  # "file", "edit", "segment", "review", "view", "help"


SPECS: dict[Act, ActionSpec] = {}


def _add(act: Act, text: object, menu: str, *keys: Key | str) -> None:
    SPECS[act] = ActionSpec(str(text), keys, menu)


# QT_TRANSLATE_NOOP marks each text for pyside6-lupdate; it is translated when shown.
_add(Act.IMPORT, QT_TRANSLATE_NOOP("Actions", "&Import…"), "file", Key.Open)
_add(Act.SAVE_REVISION, QT_TRANSLATE_NOOP("Actions", "&Save Revision…"), "file", Key.Save)
_add(Act.EXPORT, QT_TRANSLATE_NOOP("Actions", "&Export…"), "file", "Ctrl+E")
_add(Act.PUBLISH, QT_TRANSLATE_NOOP("Actions", "&Publish…"), "file")
_add(Act.CLOSE_ARTICLE, QT_TRANSLATE_NOOP("Actions", "&Close Article"), "file", Key.Close)
_add(Act.QUIT, QT_TRANSLATE_NOOP("Actions", "&Quit"), "file", Key.Quit, "Ctrl+Q")
_add(Act.UNDO, QT_TRANSLATE_NOOP("Actions", "&Undo"), "edit", Key.Undo)
_add(Act.REDO, QT_TRANSLATE_NOOP("Actions", "&Redo"), "edit", Key.Redo, "Ctrl+Shift+Z")
_add(Act.FIND, QT_TRANSLATE_NOOP("Actions", "&Find…"), "edit", Key.Find)
_add(Act.REPLACE, QT_TRANSLATE_NOOP("Actions", "R&eplace…"), "edit", Key.Replace, "Ctrl+H")
_add(Act.FIND_NEXT, QT_TRANSLATE_NOOP("Actions", "Find &Next"), "edit", Key.FindNext)
_add(Act.FIND_PREVIOUS, QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"), "edit", Key.FindPrevious)
_add(
    Act.PREFERENCES, QT_TRANSLATE_NOOP("Actions", "&Preferences…"), "edit",
    Key.Preferences, "Ctrl+,",
)  # fmt: skip
_add(
    Act.CONFIRM_NEXT, QT_TRANSLATE_NOOP("Actions", "&Confirm and Go to Next Untranslated"),
    "segment", "Ctrl+Return", "Ctrl+Enter",
)  # fmt: skip
_add(Act.NEXT_SEGMENT, QT_TRANSLATE_NOOP("Actions", "Ne&xt Segment"), "segment", "Ctrl+Down")
_add(Act.PREVIOUS_SEGMENT, QT_TRANSLATE_NOOP("Actions", "&Previous Segment"), "segment", "Ctrl+Up")
_add(
    Act.COPY_SOURCE, QT_TRANSLATE_NOOP("Actions", "Copy &Source to Translation"), "segment",
    "Ctrl+Shift+S",
)  # fmt: skip
_add(
    Act.NEXT_UNTRANSLATED, QT_TRANSLATE_NOOP("Actions", "Next &Untranslated"), "segment",
    "Ctrl+Shift+U",
)  # fmt: skip
_add(
    Act.NEXT_NEEDS_REVIEW, QT_TRANSLATE_NOOP("Actions", "Next Needing &Review"), "segment",
    "Ctrl+Shift+R",
)  # fmt: skip
_add(
    Act.COMPARE_REVISIONS, QT_TRANSLATE_NOOP("Actions", "&Compare Revisions…"), "review",
    "Ctrl+Alt+D",
)  # fmt: skip
_add(
    Act.ADD_COMMENT, QT_TRANSLATE_NOOP("Actions", "Add Co&mment…"), "review", "Ctrl+Alt+M"
)  # fmt: skip
_add(
    Act.TAG_ISSUE, QT_TRANSLATE_NOOP("Actions", "Tag a &Quality Issue…"), "review",
    "Ctrl+Alt+Q",
)  # fmt: skip
_add(Act.SUBMIT, QT_TRANSLATE_NOOP("Actions", "&Submit for Review…"), "review")
_add(Act.REQUEST_CHANGES, QT_TRANSLATE_NOOP("Actions", "&Request Changes…"), "review")
_add(Act.APPROVE, QT_TRANSLATE_NOOP("Actions", "&Approve…"), "review")
_add(Act.ZOOM_IN, QT_TRANSLATE_NOOP("Actions", "Zoom &In"), "view", Key.ZoomIn, "Ctrl+=")
_add(Act.ZOOM_OUT, QT_TRANSLATE_NOOP("Actions", "Zoom &Out"), "view", Key.ZoomOut)
_add(Act.ZOOM_RESET, QT_TRANSLATE_NOOP("Actions", "&Actual Size"), "view", "Ctrl+0")
_add(Act.SHOW_LIBRARY, QT_TRANSLATE_NOOP("Actions", "&Library"), "view", "Ctrl+L")
_add(
    Act.SHORTCUTS, QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), "help",
    Key.HelpContents, "F1",
)  # fmt: skip
_add(Act.ABOUT, QT_TRANSLATE_NOOP("Actions", "&About TransDesk"), "help")

MATCH_ACTS = tuple(Act[f"INSERT_MATCH_{number}"] for number in range(1, 10))
_MATCH_TEXTS = (  # spelt out: pyside6-lupdate reads literal strings only
    QT_TRANSLATE_NOOP("Actions", "Use Memory Match &1"),
    QT_TRANSLATE_NOOP("Actions", "Use Memory Match &2"),
    QT_TRANSLATE_NOOP("Actions", "Use Memory Match &3"),
    QT_TRANSLATE_NOOP("Actions", "Use Memory Match &4"),
    QT_TRANSLATE_NOOP("Actions", "Use Memory Match &5"),
    QT_TRANSLATE_NOOP("Actions", "Use Memory Match &6"),
    QT_TRANSLATE_NOOP("Actions", "Use Memory Match &7"),
    QT_TRANSLATE_NOOP("Actions", "Use Memory Match &8"),
    QT_TRANSLATE_NOOP("Actions", "Use Memory Match &9"),
)
for _number, (_act, _text) in enumerate(zip(MATCH_ACTS, _MATCH_TEXTS, strict=True), start=1):
    _add(_act, _text, "segment", f"Ctrl+{_number}")
_add(
    Act.INSERT_TERM, QT_TRANSLATE_NOOP("Actions", "Insert Glossary &Term…"), "segment",
    "Ctrl+Shift+T",
)  # fmt: skip
_add(
    Act.CONCORDANCE, QT_TRANSLATE_NOOP("Actions", "Search the &Memory…"), "edit", "Ctrl+Shift+K"
)  # fmt: skip
_add(Act.ADD_TERM, QT_TRANSLATE_NOOP("Actions", "Add &Glossary Term…"), "edit")
_add(Act.PRETRANSLATE, QT_TRANSLATE_NOOP("Actions", "Pre-&translate from Memory"), "edit")
_add(Act.NEXT_FINDING, QT_TRANSLATE_NOOP("Actions", "Next QA &Finding"), "segment", "F9")
_add(
    Act.PREVIOUS_FINDING, QT_TRANSLATE_NOOP("Actions", "Previous QA Fin&ding"), "segment",
    "Shift+F9",
)  # fmt: skip


def translated_text(act: Act) -> str:
    return QCoreApplication.translate("Actions", SPECS[act].text)


def build_actions(parent: QObject) -> dict[Act, QAction]:
    """One QAction per command, with its standard shortcuts (duplicates removed)."""
    actions = {}
    for act, spec in SPECS.items():
        action = QAction(translated_text(act), parent)
        action.setObjectName(act.name.lower())
        unique: list[QKeySequence] = []
        for sequence in [QKeySequence(key) for key in spec.shortcuts]:
            if not sequence.isEmpty() and sequence not in unique:
                unique.append(sequence)
        action.setShortcuts(unique)
        actions[act] = action
    return actions


def retranslate(actions: dict[Act, QAction]) -> None:
    for act, action in actions.items():
        action.setText(translated_text(act))
