"""The UI's own language: Qt translators from translations/*.ts (compiled to .qm by
scripts/setup.sh), and a right-to-left window for Arabic. English, the sources' language, has
a translator too, for its plural forms ("1 segment changed", not "1 segment(s) changed")."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from transdesk.core.languages import RIGHT_TO_LEFT
from transdesk.settings import UI_LANGUAGES

_installed: list[QTranslator] = []
_current = "en"


def compiled_folder() -> Path:
    return Path(str(resources.files("transdesk").joinpath("data", "i18n")))


def chosen_language(preference: str) -> str:
    """The preference, else the system's language when TransDesk speaks it, else English."""
    if preference in UI_LANGUAGES:
        return preference
    system = QLocale.system().name().split("_")[0]
    return system if system in UI_LANGUAGES else "en"


def install_language(app: QApplication, preference: str, folder: Path | None = None) -> str:
    """Load the translators for the language and mirror the window for right-to-left ones.
    Widgets re-translate themselves on the LanguageChange event Qt then sends. ``folder``
    holds the compiled transdesk_<code>.qm (default: the package's data/i18n)."""
    global _current
    language = chosen_language(preference)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # English is the sources' language: its .qm only holds the plural forms of %n messages.
    ours = QTranslator(app)
    if ours.load(f"transdesk_{language}", str(folder or compiled_folder())):
        app.installTranslator(ours)
        _installed.append(ours)
    if language != "en":  # Qt's own dialogs speak English without a translator
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load(f"qtbase_{language}", qt_folder):
            app.installTranslator(qtbase)
            _installed.append(qtbase)
    direction = (
        Qt.LayoutDirection.RightToLeft
        if language in RIGHT_TO_LEFT
        else (Qt.LayoutDirection.LeftToRight)
    )
    app.setLayoutDirection(direction)
    _current = language
    return language


def ui_locale() -> str:
    """The Babel locale for numbers and dates in the UI."""
    return _current


def isolated(text: str) -> str:
    """``text`` between FSI and PDI: a name, number or URL put into a translated line keeps
    its own direction (an English site name in an Arabic line, an Arabic headline in an
    English one) and does not reorder the punctuation around it."""
    return f"\u2068{text}\u2069"
