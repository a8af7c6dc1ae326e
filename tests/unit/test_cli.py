"""The command line as automation and newsroom staff use it: exit codes, one-line errors,
stable JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from transdesk.cli import main

REPO = Path(__file__).resolve().parents[2]
ARABIC = """\
الأمم المتحدة: 1.2 مليون نازح بسبب الفيضانات

قالت الأمم المتحدة يوم الثلاثاء إن نحو ١٫٢ مليون شخص نزحوا من منازلهم.

وأضاف المتحدث أن "الوضع يزداد سوءا".
"""


@pytest.fixture
def arabic_file(tmp_path: Path) -> Path:
    path = tmp_path / "sudan.txt"
    path.write_text(ARABIC, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_list_show_meta_round_trip(
    db_url: str, arabic_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "--db", db_url, "import", str(arabic_file), "--target-lang", "en",
        "--target-lang", "fr", "--outlet", "Example Arabic", "--author", "Rana Haddad",
        "--published", "2026-11-20T10:00:00+03:00", "--json",
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert data["errors"] == []
    imported = data["imported"][0]
    assert imported["source_language"] == "ar" and imported["direction"] == "rtl"
    assert [a["target_language"] for a in imported["articles"]] == ["en", "fr"]
    english = imported["articles"][0]["id"]

    code, out, _ = run(capsys, "--db", db_url, "list", "--lang", "fr", "--json")
    assert code == 0
    listed = json.loads(out)["articles"]
    assert [a["target_language"] for a in listed] == ["fr"]
    assert set(listed[0]) >= {"id", "title", "source_language", "status", "progress", "outlet"}

    code, out, _ = run(capsys, "--db", db_url, "show", str(english), "--json")
    shown = json.loads(out)
    assert shown["source_direction"] == "rtl" and shown["target_direction"] == "ltr"
    assert shown["segments"][1]["source"].endswith("نزحوا من منازلهم.")
    assert "١٫٢" in shown["segments"][1]["source"]
    assert shown["attribution"]["credits"][0]["published_at"] == "2026-11-20T07:00:00+00:00"

    code, out, _ = run(capsys, "--db", db_url, "meta", str(english), "--set", "section=World")
    assert code == 0 and "section:   World" in out


def test_import_prints_ids_and_reports_bad_files_on_one_line(
    db_url: str, arabic_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(os.urandom(4000))
    code, out, err = run(capsys, "--db", db_url, "import", str(arabic_file), str(garbage))
    assert code == 1
    assert out.split() == ["1"]
    errors = [line for line in err.splitlines() if line.startswith("transdesk: error:")]
    assert errors == [f"transdesk: error: {garbage}: looks like a binary file, not text"]
    assert "Traceback" not in err


def test_bad_flags_are_refused_before_any_file(
    db_url: str, arabic_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", db_url, "import", str(arabic_file), "--url", "not a url")
    assert code == 1
    assert err.strip() == "transdesk: error: --url: 'not a url' is not an http(s) URL"
    code, out, _ = run(capsys, "--db", db_url, "list", "--json")
    assert json.loads(out) == {"articles": []}


def test_unknown_article_and_unknown_field(
    db_url: str, arabic_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", db_url, "show", "42")
    assert (code, err.strip()) == (1, "transdesk: error: no article with id 42")
    run(capsys, "--db", db_url, "import", str(arabic_file))
    code, _, err = run(capsys, "--db", db_url, "meta", "1", "--set", "url=ftp://x")
    assert (code, err.strip()) == (1, "transdesk: error: url: 'ftp://x' is not an http(s) URL")


def test_add_language(db_url: str, arabic_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", db_url, "import", str(arabic_file), "--target-lang", "en")
    code, out, _ = run(capsys, "--db", db_url, "add-language", "1", "fa")
    assert (code, out.strip()) == (0, "2")
    code, _, err = run(capsys, "--db", db_url, "add-language", "1", "ar")
    assert code == 1 and "own language" in err


def test_an_internal_error_shows_one_line_and_logs_the_traceback(
    db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from transdesk.services import library

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(library, "list_articles", broken)
    code, _, err = run(capsys, "--db", db_url, "list")
    assert code == 70
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    log = Path(err.strip().rsplit("details in ", 1)[1])
    assert "ZeroDivisionError: boom" in log.read_text()


def _transdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "transdesk", *args],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


def test_version_and_help_from_the_real_entry_point() -> None:
    result = _transdesk("--version")
    assert result.returncode == 0 and result.stdout.startswith("TransDesk ")
    for command in ("import", "list", "show", "meta", "add-language"):
        result = _transdesk(command, "--help")
        assert result.returncode == 0 and "usage: transdesk" in result.stdout


def test_no_display_gives_a_clear_message(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["TRANSDESK_DATABASE_URL"] = str(tmp_path / "x.sqlite3")
    result = _transdesk(env=env)
    assert result.returncode == 1
    assert result.stderr.startswith("transdesk: error: no display")  # fmt: skip


def test_version_does_not_load_heavy_libraries() -> None:
    code = (
        "import sys; from transdesk.cli import main\n"
        "try: main(['--version'])\n"
        "except SystemExit: pass\n"
        "heavy = [m for m in ('PySide6', 'sqlalchemy', 'trafilatura', 'lingua', 'babel') "
        "if m in sys.modules]\n"
        "print(heavy)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"
