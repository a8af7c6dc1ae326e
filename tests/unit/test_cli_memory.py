"""``transdesk memory`` and ``transdesk pretranslate`` from the shell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.cli_helpers import refused, run
from tests.unit.services.review_helpers import TRANSLATOR, add_staff, make_article
from transdesk.storage.database import open_database

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header srclang="ar" creationtool="test" segtype="sentence"
 o-tmf="x" adminlang="en" datatype="plaintext" creationtoolversion="1"/><body>
<tu creationid="Karim Haddad" creationdate="20261101T120000Z">
<tuv xml:lang="ar"><seg>وأضاف المتحدث أن الوضع يزداد سوءا.</seg></tuv>
<tuv xml:lang="en-GB"><seg>The spokesman added that the situation is getting worse.</seg></tuv></tu>
<tu><tuv xml:lang="ar"><seg>قتل 12 شخصا في القصف.</seg></tuv>
<tuv xml:lang="en"><seg>12 people were killed in the shelling.</seg></tuv></tu>
</body></tmx>
"""


@pytest.fixture
def tmx(tmp_path: Path) -> Path:
    path = tmp_path / "desk.tmx"
    path.write_text(TMX, encoding="utf-8")
    return path


def test_import_search_concordance_and_export(
    capsys: pytest.CaptureFixture[str], db_url: str, tmx: Path, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, db_url, "memory", "import", str(tmx))
    assert code == 0 and "2 units added" in out and "(ar → en)" in out
    code, out, _ = run(
        capsys, db_url, "memory", "search", "قتل 13 شخصا في القصف.",
        "--source-language", "ar", "--target-language", "en", "--json",
    )  # fmt: skip
    best = json.loads(out)["matches"][0]
    assert best["target"] == "12 people were killed in the shelling." and best["score"] < 100
    code, out, _ = run(
        capsys, db_url, "memory", "concordance", "spokesman", "--target",
        "--source-language", "ar", "--target-language", "en",
    )  # fmt: skip
    assert "Karim Haddad, 2026-11-01, desk.tmx" in out
    code, out, _ = run(capsys, db_url, "memory", "stats")
    assert out.strip() == "ar → en: 2 units"
    exported = tmp_path / "out.tmx"
    code, out, _ = run(
        capsys, db_url, "memory", "export", str(exported),
        "--source-language", "ar", "--target-language", "en",
    )  # fmt: skip
    assert code == 0 and "2 units written" in out
    assert 'creationid="Karim Haddad"' in exported.read_text(encoding="utf-8")


def test_pretranslate_reports_what_it_filled(
    capsys: pytest.CaptureFixture[str], db_url: str, tmx: Path, tmp_path: Path
) -> None:
    db = open_database(db_url)
    try:
        add_staff(db)
        article = make_article(db, tmp_path / "in", ["عنوان", "قتل 12 شخصا في القصف."])
    finally:
        db.close()
    run(capsys, db_url, "memory", "import", str(tmx))
    code, out, _ = run(capsys, db_url, "pretranslate", str(article), "--as", TRANSLATOR)
    assert code == 0 and "1 segments pre-translated in revision 1" in out
    code, out, _ = run(capsys, db_url, "blame", str(article))
    assert "pre-translated from memory" in out.splitlines()[1]


def test_a_file_that_is_not_tmx_is_refused(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "notes.tmx"
    path.write_text("<notes/>", encoding="utf-8")
    assert refused(capsys, db_url, "memory", "import", str(path)) == (
        f"{path}: is not a TMX file (its root element is <notes>)"
    )
