"""Preferences: one typed registry with defaults, stored as JSON in the user config folder.

Nothing else reads or writes preferences; Qt widgets keep their geometry and state here
too (as base64 strings), so there is no QSettings scattered around. Older files are
upgraded by ``_UPGRADES``, keyed by the version they were written with.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from transdesk.formats.writing import write_atomically

VERSION = 1
UI_LANGUAGES = ("en", "ar", "fr", "es")
ROLES = ("translator", "editor", "admin")
AUTOSAVE_MIN_MS, AUTOSAVE_MAX_MS = 250, 2000  # typing is journaled within 2 s at most


@dataclass
class Settings:
    user_name: str = ""
    user_role: str = "translator"
    ui_language: str = ""  # empty: the system's language when translated, else English
    source_font: str = ""  # empty: the system's default font
    target_font: str = ""
    font_size: int = 12
    autosave_ms: int = 1000
    database_url: str = ""  # empty: TRANSDESK_DATABASE_URL or the default SQLite file
    last_article: int | None = None
    export_folder: str = ""  # where the last export went (a file's folder or a folder)
    hot_folder: str = ""  # the folder the CMS watches, once chosen
    import_targets: str = "en"  # target languages asked for at the last import, e.g. "en, fr"
    offered_sample: bool = False
    # This desktop's name for its journal of unsaved typing (made on first start).
    desk_id: str = field(default_factory=lambda: uuid.uuid4().hex, compare=False)
    # Quality review: an article passes while its penalty points per 1,000 source words
    # (minor 1, major 5, critical 10) stay at or under this.
    quality_threshold: float = 10.0
    # CMS destinations: {"name", "url", "user"} each; the password is in the keyring.
    cms_destinations: list[dict[str, str]] = field(default_factory=list)
    # Widget state, opaque to everything but the widget that wrote it.
    window_geometry: str = ""
    window_state: str = ""
    splitters: dict[str, str] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)

    def problems(self) -> list[str]:
        """What is wrong with these values, one line each naming the field."""
        found = []
        if not self.desk_id.strip() or len(self.desk_id) > 40:
            found.append("desk_id: must be 1 to 40 characters")
        if self.user_role not in ROLES:
            found.append(f"user_role: {self.user_role!r} is not one of {', '.join(ROLES)}")
        if self.ui_language and self.ui_language not in UI_LANGUAGES:
            found.append(f"ui_language: {self.ui_language!r} is not one of {UI_LANGUAGES}")
        if not 6 <= self.font_size <= 48:
            found.append(f"font_size: {self.font_size} is not between 6 and 48")
        if not AUTOSAVE_MIN_MS <= self.autosave_ms <= AUTOSAVE_MAX_MS:
            found.append(
                f"autosave_ms: {self.autosave_ms} is not between "
                f"{AUTOSAVE_MIN_MS} and {AUTOSAVE_MAX_MS}"
            )
        if not 0 <= self.quality_threshold <= 1000:
            found.append(f"quality_threshold: {self.quality_threshold} is not between 0 and 1000")
        return found


_UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def settings_path() -> Path:
    from platformdirs import user_config_path

    return user_config_path("TransDesk", appauthor=False) / "settings.json"


def load(path: Path | None = None) -> Settings:
    """The saved preferences; defaults for anything missing, unknown or invalid."""
    path = path or settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    version = data.pop("version", VERSION)
    while isinstance(version, int) and version in _UPGRADES:
        data = _UPGRADES[version](data)
        version += 1
    defaults = Settings()
    known = {f.name: f for f in fields(Settings)}
    values = {}
    for name, value in data.items():
        default = getattr(defaults, name, None)
        if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)  # JSON writes 10.0 as 10 in some hands
        if name in known and (default is None or isinstance(value, type(default))):
            values[name] = value
    settings = Settings(**values)
    for problem in settings.problems():  # a hand-edited file: fall back field by field
        name = problem.split(":", 1)[0]
        setattr(settings, name, getattr(defaults, name))
    return settings


def save(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a temporary file, flushed, then renamed over the old one."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"version": VERSION, **asdict(settings)}
    text = json.dumps(data, ensure_ascii=False, indent=2)
    write_atomically(path, text.encode("utf-8"), mode=0o600)
