"""The UI's own languages: every message of translations/*.ts translated (English: only the
plural forms), the .ts files in step with the sources, and the whole window re-translated
(mirrored for Arabic) on a language change.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from transdesk.gui.i18n import install_language
from transdesk.gui.main_window import MainWindow
from transdesk.settings import Settings
from transdesk.storage.database import Database

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "translations"
LANGUAGES = ("ar", "fr", "es", "en")
# Every message translated; English, the sources' language, only gives plural forms.
TRANSLATED = ("ar", "fr", "es")
# Qt's plural forms: Arabic zero, one, two, few (3-10), many (11-99), other (100-102, …);
# French one (0 and 1), other; Spanish and English one, other.
PLURAL_FORMS = {"ar": 6, "fr": 2, "es": 2, "en": 2}
# %1 %2 … (Qt), {0} {language} (str.format), counted as a multiset; %n apart (plurals).
PLACEHOLDER = re.compile(r"%\d|\{\w*\}")
LEFT, RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
UPDATE_HINT = "run scripts/update-translations.sh, translate the new messages and commit the .ts"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute: "" when finished
    forms: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: a message has no <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source", ""),
                    message.findtext("comment", ""),
                    numerus,
                    translation.get("type", ""),
                    forms,
                )
            )
    return messages


def tool(name: str) -> str:
    """A Qt tool of the PySide6 wheel, next to this Python (.venv/bin) or on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} not found: it comes with PySide6 (scripts/setup.sh installs it)"
    return found


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


# --- the .ts files ----------------------------------------------------------------------


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated(language: str) -> None:
    path = TRANSLATIONS / f"transdesk_{language}.ts"
    root = ET.parse(path).getroot()
    assert root.get("language") == language
    messages = read_ts(path)
    assert messages
    problems = []
    for message in messages:
        if message.kind:
            problems.append(f"{message} is {message.kind}")
        if any(not form.strip() for form in message.forms):
            problems.append(f"{message} has an empty translation")
        if message.numerus and len(message.forms) != PLURAL_FORMS[language]:
            problems.append(f"{message} has {len(message.forms)} plural forms")
    assert not problems, f"{path.name}:\n" + "\n".join(problems)


def test_english_gives_only_plural_forms() -> None:
    """transdesk_en.ts: every %n message with its one and other forms; every other message
    unfinished and empty, so lrelease leaves it out and the source text shows."""
    path = TRANSLATIONS / "transdesk_en.ts"
    assert ET.parse(path).getroot().get("language") == "en"
    messages = read_ts(path)
    assert sum(message.numerus for message in messages) >= 5
    problems = []
    for message in messages:
        if not message.numerus:
            if message.kind != "unfinished" or message.forms != ("",):
                problems.append(f"{message} is translated: English comes from the sources")
            continue
        if message.kind:
            problems.append(f"{message} is {message.kind}")
        if len(message.forms) != PLURAL_FORMS["en"]:
            problems.append(f"{message} has {len(message.forms)} plural forms")
        for form in message.forms:
            if not form.strip() or "(s)" in form:
                problems.append(f"{message}: {form!r} is no English plural form")
    assert not problems, f"{path.name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_accelerators_match_the_source(language: str) -> None:
    problems = []
    for message in read_ts(TRANSLATIONS / f"transdesk_{language}.ts"):
        if language == "en" and message.kind == "unfinished":
            continue  # the source text shows (see test_english_gives_only_plural_forms)
        wanted = Counter(PLACEHOLDER.findall(message.source))
        for n, form in enumerate(message.forms):
            if Counter(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{message}: placeholders differ in {form!r}")
            # Arabic names zero, one and two in words ("مقطعان"); other forms show the number.
            needs_count = "%n" in message.source and not (language == "ar" and n < 3)
            if needs_count and "%n" not in form:
                problems.append(f"{message}: %n missing in {form!r}")
            if "%n" in form and "%n" not in message.source:
                problems.append(f"{message}: %n in {form!r} but not in the source")
            source_keys, keys = accelerators(message.source), accelerators(form)
            # One accelerator at most; Arabic may drop it (Alt+Arabic letter is no habit).
            allowed = {0, source_keys} if language == "ar" else {source_keys}
            if keys > 1 or keys not in allowed:
                problems.append(f"{message}: {keys} accelerator(s) in {form!r}")
    assert not problems, "\n".join(problems)


def test_translation_files_are_current(tmp_path: Path) -> None:
    """A tr() string added to the sources must be in every .ts (with its translation)."""
    sources = sorted(
        p.relative_to(REPO).as_posix() for p in (REPO / "src/transdesk/gui").rglob("*.py")
    )
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none",
         "-ts", str(fresh)],
        cwd=REPO, check=True, capture_output=True, text=True,
    )  # fmt: skip
    in_sources = {message.key for message in read_ts(fresh)}
    assert len(in_sources) > 100  # lupdate really read the sources
    for language in LANGUAGES:
        committed = {message.key for message in read_ts(TRANSLATIONS / f"transdesk_{language}.ts")}
        missing = sorted(in_sources - committed)
        assert not missing, (
            f"transdesk_{language}.ts lacks {len(missing)} message(s) of the sources, e.g. "
            f"{missing[:3]}: {UPDATE_HINT}"
        )
        stale = sorted(committed - in_sources)
        assert not stale, f"transdesk_{language}.ts has messages gone from the sources, e.g. " + (
            f"{stale[:3]}: {UPDATE_HINT}"
        )


# --- the window in each language ----------------------------------------------------------


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts compiled here, so the test never depends on a build having run."""
    folder = tmp_path_factory.mktemp("qm")
    for language in LANGUAGES:
        subprocess.run(
            [tool("pyside6-lrelease"), str(TRANSLATIONS / f"transdesk_{language}.ts"),
             "-qm", str(folder / f"transdesk_{language}.qm")],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
    return folder


@pytest.fixture
def app(qapp: QApplication, tmp_path: Path) -> Iterator[QApplication]:
    """English and left to right again afterwards, whatever happened in the test; without
    transdesk_en.qm, as the other tests run (they read the source texts)."""
    yield qapp
    install_language(qapp, "en", tmp_path)


@pytest.fixture
def window(qtbot: QtBot, app: QApplication, db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    window = MainWindow(db, Settings(), tmp_path / "settings.json")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    window.journal.shutdown()
    window.background.shutdown()  # before the db fixture closes the database


def menu_titles(window: MainWindow) -> list[str]:
    return [menu.title() for menu in window.menus.values()]


def test_arabic_translates_and_mirrors_the_whole_window(
    qtbot: QtBot, app: QApplication, window: MainWindow, compiled: Path
) -> None:
    assert menu_titles(window)[0] == "&File"
    assert install_language(app, "ar", compiled) == "ar"
    qtbot.waitUntil(lambda: all(ARABIC_LETTER.search(t) for t in menu_titles(window)))
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: window.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    assert window.menuBar().layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Qt's dock areas are absolute: the window moves them itself.
    assert window.dockWidgetArea(window.docks["library"]) == RIGHT
    assert window.dockWidgetArea(window.docks["attribution"]) == LEFT
    tabbed = window.tabifiedDockWidgets(window.docks["attribution"])
    assert set(tabbed) == {window.docks[name] for name in ("history", "review", "qa")}
    for dock in window.docks.values():
        assert ARABIC_LETTER.search(dock.windowTitle()), dock.windowTitle()
    assert ARABIC_LETTER.search(window.placeholder.text())
    assert ARABIC_LETTER.search(window.library.search.placeholderText())
    for action in window.actions_by_act.values():
        assert ARABIC_LETTER.search(action.text()), action.text()

    assert install_language(app, "en") == "en"
    qtbot.waitUntil(lambda: menu_titles(window)[0] == "&File")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.waitUntil(lambda: window.layoutDirection() == Qt.LayoutDirection.LeftToRight)
    assert window.docks["library"].windowTitle() == "Library"
    assert window.dockWidgetArea(window.docks["library"]) == LEFT


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        ("fr", ["&Fichier", "&Édition", "&Segment", "&Révision", "&Affichage", "Ai&de"]),
        ("es", ["&Archivo", "&Editar", "&Segmento", "&Revisión", "&Ver", "Ay&uda"]),
    ],
)
def test_french_and_spanish_menus(
    qtbot: QtBot, app: QApplication, window: MainWindow, compiled: Path, language: str,
    titles: list[str],
) -> None:  # fmt: skip
    install_language(app, language, compiled)
    qtbot.waitUntil(lambda: menu_titles(window) == titles)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # Alt+letter reaches one menu, and one command in each menu.
    assert len({mnemonic(t) for t in titles}) == len(titles)
    for menu in window.menus.values():
        letters = [mnemonic(a.text()) for a in menu.actions() if mnemonic(a.text())]
        assert len(letters) == len(set(letters)), f"{menu.title()}: {letters}"


def test_english_plurals_read_right(
    qtbot: QtBot, app: QApplication, window: MainWindow, compiled: Path, tmp_path: Path
) -> None:
    def translate(context: str, text: str, n: int = -1) -> str:
        return QCoreApplication.translate(context, text, None, n)

    install_language(app, "en", tmp_path)  # no transdesk_en.qm there: the source's "(s)"
    assert translate("DiffDialog", "%n segment(s) changed", 1) == "1 segment(s) changed"
    assert install_language(app, "en", compiled) == "en"
    assert translate("DiffDialog", "%n segment(s) changed", 1) == "1 segment changed"
    assert translate("DiffDialog", "%n segment(s) changed", 2) == "2 segments changed"
    assert translate("DiffDialog", "%n segment(s) changed", 0) == "0 segments changed"
    assert translate("MainWindow", "%n article(s) in the library", 1) == "1 article in the library"
    assert (
        translate("MainWindow", "Saved revision %1 (%n segment(s) changed).", 2)
        == "Saved revision %1 (2 segments changed)."
    )
    assert translate("QaPanel", "%n error(s)", 1) == "1 error"
    assert translate("QaPanel", "%n warning(s)", 3) == "3 warnings"
    # Everything else is the source text, and Qt's own dialogs stay English.
    assert translate("MainWindow", "&File") == "&File"
    assert translate("QPlatformTheme", "Cancel") == "Cancel"
    assert menu_titles(window)[0] == "&File"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_qa_findings_read_in_the_interface_language(app: QApplication, compiled: Path) -> None:
    from transdesk.core.qa import Finding
    from transdesk.gui.qa_messages import finding_text

    missing = Finding("number-missing", "error", "%1 is not in the translation", 1, args=("1.2",))
    mixed = Finding("mixed-digits", "warning", "%1 and %2 digits mixed", 0,
                    args=("Western", "Arabic-Indic"))  # fmt: skip
    install_language(app, "ar", compiled)
    assert finding_text(missing) == "\u20681.2\u2069 غير موجود في الترجمة"
    assert finding_text(mixed) == "خلط بين الأرقام الغربية والعربية الهندية"
    install_language(app, "fr", compiled)
    assert finding_text(missing) == "\u20681.2\u2069 n’est pas dans la traduction"
