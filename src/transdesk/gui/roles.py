"""The newsroom roles a person signs revisions with, named in the UI's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Marked for pyside6-lupdate here, translated when shown (the UI language can change).
_NAMES = {
    "translator": QT_TRANSLATE_NOOP("Role", "Translator"),
    "editor": QT_TRANSLATE_NOOP("Role", "Editor"),
    "admin": QT_TRANSLATE_NOOP("Role", "Administrator"),
}


def role_name(role: str) -> str:
    """The role's name in the current UI language (an unknown role as stored)."""
    name = _NAMES.get(role)
    return QCoreApplication.translate("Role", str(name)) if name else role
