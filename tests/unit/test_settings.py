"""Preferences survive a restart; a damaged or hand-edited file never stops the program."""

from __future__ import annotations

import json
from pathlib import Path

from transdesk import settings
from transdesk.settings import Settings


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = Settings(user_name="ليلى منصور", user_role="editor", font_size=14,
                        splitters={"editor": "AAA="}, last_article=7)  # fmt: skip
    settings.save(original, path)
    assert settings.load(path) == original
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == settings.VERSION


def test_missing_damaged_and_invalid_files_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert settings.load(path) == Settings()
    path.write_text("{ not json", encoding="utf-8")
    assert settings.load(path) == Settings()
    path.write_text(
        json.dumps({"user_name": "Omar", "font_size": 500, "autosave_ms": "fast",
                    "user_role": "boss", "colour": "red"}),
        encoding="utf-8",
    )  # fmt: skip
    loaded = settings.load(path)
    assert loaded.user_name == "Omar"
    assert (loaded.font_size, loaded.autosave_ms, loaded.user_role) == (12, 1000, "translator")


def test_autosave_interval_cannot_exceed_two_seconds() -> None:
    assert Settings(autosave_ms=5000).problems() == [
        "autosave_ms: 5000 is not between 250 and 2000"
    ]
