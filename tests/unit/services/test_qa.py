"""QA over a stored article: the findings on its segments as they stand."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.services.review_helpers import TRANSLATOR, add_staff, make_article
from transdesk.core.errors import NotFound
from transdesk.services.qa import check_article
from transdesk.services.revising import edit_segment
from transdesk.storage.database import Database

FAITHFUL = [
    "UN: 1.2 million displaced by floods",
    "The United Nations said on Tuesday that about 1.2 million people had fled their homes.",
    "The spokesman added that the situation is getting worse.",
    "The organisation called for urgent aid for those affected in the eastern states.",
]


@pytest.fixture
def article(db: Database, tmp_path: Path) -> int:
    add_staff(db)
    return make_article(db, tmp_path / "in")


def translate(db: Database, article: int, targets: list[str]) -> None:
    for number, text in enumerate(targets, start=1):
        edit_segment(db, article, number, text, author=TRANSLATOR)


def test_an_article_not_yet_translated_has_one_error_per_segment(
    db: Database, article: int
) -> None:
    findings = check_article(db, article)
    assert [(f.check, f.severity, f.segment) for f in findings] == [
        ("untranslated", "error", position) for position in range(4)
    ]


def test_a_faithful_translation_is_clean(db: Database, article: int) -> None:
    translate(db, article, FAITHFUL)
    assert check_article(db, article) == []


def test_a_wrong_figure_is_found_on_its_segment_as_last_saved(db: Database, article: int) -> None:
    translate(db, article, FAITHFUL)
    edit_segment(db, article, 2, FAITHFUL[1].replace("1.2", "2.1"), author=TRANSLATOR)
    findings = check_article(db, article)
    assert [(f.check, f.segment, f.message) for f in findings] == [
        ("number-missing", 1, "١٫٢ is not in the translation"),
        ("number-added", 1, "2.1 is not in the source"),
    ]


def test_an_unknown_article_is_named(db: Database) -> None:
    with pytest.raises(NotFound, match="no article with id 999"):
        check_article(db, 999)
