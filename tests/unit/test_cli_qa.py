"""``transdesk qa ID [--json]``: one line per finding, exit status 1 while errors remain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.cli_helpers import refused, run
from tests.unit.services.review_helpers import TRANSLATOR, add_staff, make_article
from tests.unit.services.test_qa import FAITHFUL
from transdesk.services.revising import edit_segment
from transdesk.storage.database import Database


@pytest.fixture
def article(db: Database, tmp_path: Path) -> int:
    add_staff(db)
    article = make_article(db, tmp_path / "in")
    for number, text in enumerate(FAITHFUL, start=1):
        edit_segment(db, article, number, text, author=TRANSLATOR)
    return article


def test_a_clean_translation_prints_nothing_and_exits_0(
    capsys: pytest.CaptureFixture[str], db_url: str, article: int
) -> None:
    assert run(capsys, db_url, "qa", str(article)) == (0, "", "")


def test_an_error_is_printed_with_its_segment_number_and_exits_1(
    capsys: pytest.CaptureFixture[str], db: Database, db_url: str, article: int
) -> None:
    edit_segment(db, article, 2, FAITHFUL[1].replace("1.2", "2.1"), author=TRANSLATOR)
    code, out, _ = run(capsys, db_url, "qa", str(article))
    assert code == 1
    assert out.splitlines() == [
        "#2 error number-missing: ١٫٢ is not in the translation",
        "#2 warning number-added: 2.1 is not in the source",
    ]


def test_warnings_alone_exit_0(
    capsys: pytest.CaptureFixture[str], db: Database, db_url: str, article: int
) -> None:
    edit_segment(db, article, 3, "The spokesman added: “the situation is worse.", author=TRANSLATOR)
    code, out, _ = run(capsys, db_url, "qa", str(article))
    assert (code, out) == (0, "#3 warning quote-unbalanced: unbalanced “ ”: 1 opening, 0 closing\n")


def test_json_lists_the_findings_and_counts(
    capsys: pytest.CaptureFixture[str], db: Database, db_url: str, article: int
) -> None:
    target = FAITHFUL[1].replace("1.2", "2.1")
    edit_segment(db, article, 2, target, author=TRANSLATOR)
    code, out, _ = run(capsys, db_url, "qa", str(article), "--json")
    start = target.index("2.1")
    assert code == 1
    assert json.loads(out) == {
        "article_id": article,
        "findings": [
            {"check": "number-missing", "severity": "error", "segment": 1, "start": None,
             "end": None, "message": "١٫٢ is not in the translation"},
            {"check": "number-added", "severity": "warning", "segment": 1, "start": start,
             "end": start + 3, "message": "2.1 is not in the source"},
        ],
        "errors": 1,
        "warnings": 1,
    }  # fmt: skip


def test_an_unknown_article_is_refused(capsys: pytest.CaptureFixture[str], db_url: str) -> None:
    assert refused(capsys, db_url, "qa", "999") == "no article with id 999"
