"""``transdesk glossary`` from the shell, and its terms in ``transdesk qa``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.cli_helpers import refused, run


def test_add_list_export_import_and_remove(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    pair = ("--source-language", "ar", "--target-language", "en")
    code, out, _ = run(
        capsys, db_url, "glossary", "add", "طهران", "Tehran", *pair, "--forbidden", "Teheran"
    )
    assert code == 0 and out.strip() == "term 1: طهران → Tehran"
    code, out, _ = run(capsys, db_url, "glossary", "list")
    assert "طهران → Tehran  (not: Teheran)" in out
    path = tmp_path / "terms.csv"
    code, out, _ = run(capsys, db_url, "glossary", "export", str(path), *pair)
    assert path.read_text(encoding="utf-8").splitlines()[1] == "طهران,Tehran,,Teheran"
    code, out, _ = run(capsys, db_url, "glossary", "remove", "1")
    code, out, _ = run(capsys, db_url, "glossary", "import", str(path), "--json")
    assert json.loads(out)["added"] == 1
    assert refused(capsys, db_url, "glossary", "remove", "99") == "no glossary term with id 99"


def test_a_csv_with_a_broken_row_names_the_line(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "terms.csv"
    path.write_text("ar,en,note\nطهران,Tehran,x\nبغداد,,y\n", encoding="utf-8")
    message = refused(capsys, db_url, "glossary", "import", str(path))
    assert message.startswith(f"{path}: ") and "line 3" in message
