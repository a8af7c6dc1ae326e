"""Quality review: issues tagged by editors, the score per 1,000 words, pass or fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.services.review_helpers import ADMIN, EDITOR, TRANSLATOR, add_staff, make_article
from transdesk.core.errors import InvalidValue, NotFound, UserError
from transdesk.services.articles import show_article
from transdesk.services.quality import (
    list_issues,
    per_thousand,
    quality_score,
    remove_issue,
    tag_issue,
)
from transdesk.services.revising import edit_segment
from transdesk.storage.database import Database

# A headline and six paragraphs of 100 words each (distinct: repeated blocks are dropped).
WORDS = "قال قالت المتحدث الحكومة الوزير الأمم المتحدة اليوم الشرقية الولايات".split()
SEVEN_HUNDRED = [" ".join(WORDS[(p + i) % 10] for i in range(100)) + "." for p in range(7)]


@pytest.fixture
def article(db: Database, tmp_path: Path) -> int:
    add_staff(db)
    return make_article(db, tmp_path / "in", SEVEN_HUNDRED)


def test_an_editor_tags_issues_listed_in_segment_order(db: Database, article: int) -> None:
    edit_segment(db, article, 3, "Some words", author=TRANSLATOR)
    late = tag_issue(db, article, 3, "accuracy", "major", " wrong figure ", author=EDITOR)
    early = tag_issue(db, article, 1, "Locale convention", "minor", author=ADMIN)
    assert (late.position, late.category, late.severity, late.note, late.author) == (
        2, "accuracy", "major", "wrong figure", EDITOR,
    )  # fmt: skip
    assert late.revision_number == 1  # the text it was found in
    assert early.category == "locale_convention" and early.revision_number == 1
    assert [issue.id for issue in list_issues(db, article)] == [early.id, late.id]
    data = late.to_json()
    assert data["position"] == 2 and data["revision"] == 1 and data["author"] == EDITOR


def test_a_translator_cannot_tag_or_remove(db: Database, article: int) -> None:
    with pytest.raises(
        UserError, match=r"^Rana Haddad is a translator; only an editor can tag quality issues$"
    ):
        tag_issue(db, article, 1, "style", "minor", author=TRANSLATOR)
    with pytest.raises(UserError, match="Omar Said is acting as a translator"):
        tag_issue(db, article, 1, "style", "minor", author=EDITOR, role="translator")
    assert list_issues(db, article) == []
    issue = tag_issue(db, article, 1, "style", "minor", author=EDITOR)
    with pytest.raises(UserError, match="only an editor can remove quality issues"):
        remove_issue(db, issue.id, author=TRANSLATOR)
    assert [i.id for i in list_issues(db, article)] == [issue.id]


def test_bad_values_are_refused_naming_the_field_and_nothing_is_stored(
    db: Database, article: int
) -> None:
    with pytest.raises(
        InvalidValue,
        match=r"^category: 'grammar' is not one of accuracy, fluency, terminology, style, "
        r"locale_convention$",
    ):
        tag_issue(db, article, 1, "grammar", "minor", author=EDITOR)
    with pytest.raises(
        InvalidValue, match=r"^severity: 'fatal' is not one of minor, major, critical$"
    ):
        tag_issue(db, article, 1, "style", "fatal", author=EDITOR)
    with pytest.raises(InvalidValue, match=r"^segment: .* there is no segment 9$"):
        tag_issue(db, article, 9, "style", "minor", author=EDITOR)
    with pytest.raises(NotFound, match="no article with id 77"):
        tag_issue(db, 77, 1, "style", "minor", author=EDITOR)
    with pytest.raises(NotFound, match="no person named Nobody"):
        tag_issue(db, article, 1, "style", "minor", author="Nobody")
    with pytest.raises(InvalidValue, match="note: is longer than 10,000 characters"):
        tag_issue(db, article, 1, "style", "minor", "x" * 10_001, author=EDITOR)
    with pytest.raises(InvalidValue, match="threshold: -1 is not between 0 and 1000"):
        quality_score(db, article, -1)
    assert list_issues(db, article) == []
    assert quality_score(db, article, 10).points == 0


def test_one_major_and_two_minor_in_700_words_score_10(db: Database, article: int) -> None:
    assert show_article(db, article, with_segments=False).words_total == 700
    tag_issue(db, article, 2, "accuracy", "major", author=EDITOR)
    tag_issue(db, article, 3, "fluency", "minor", author=EDITOR)
    tag_issue(db, article, 4, "fluency", "minor", author=EDITOR)
    at_ten = quality_score(db, article, 10)
    assert (at_ten.words, at_ten.points, at_ten.score, at_ten.passed) == (700, 7, 10.0, True)
    assert at_ten.by_severity == {"minor": 2, "major": 1, "critical": 0}
    assert at_ten.by_category["fluency"] == 2 and at_ten.by_category["accuracy"] == 1
    assert at_ten.issues == 3
    assert quality_score(db, article, 9.9).passed is False
    data = at_ten.to_json()
    assert (data["score"], data["passed"], data["threshold"]) == (10.0, True, 10)
    tag_issue(db, article, 5, "terminology", "critical", author=EDITOR)
    assert quality_score(db, article, 10).score == 24.3  # 17 points / 700 words, 24.29 up


def test_removing_an_issue_changes_the_score(db: Database, article: int) -> None:
    critical = tag_issue(db, article, 2, "accuracy", "critical", author=EDITOR)
    assert quality_score(db, article, 10).passed is False
    removed = remove_issue(db, critical.id, author=ADMIN)
    assert removed.id == critical.id and removed.severity == "critical"
    assert list_issues(db, article) == []
    assert quality_score(db, article, 10).score == 0.0
    with pytest.raises(NotFound, match=f"^no quality issue with id {critical.id}$"):
        remove_issue(db, critical.id, author=EDITOR)


def test_scores_round_half_up_and_no_words_passes() -> None:
    assert per_thousand(0, 0) == 0.0
    assert per_thousand(5, 0) == 0.0
    assert per_thousand(1, 400) == 2.5
    assert per_thousand(1, 16) == 62.5
    assert per_thousand(1, 80_000) == 0.0  # 0.0125
    assert per_thousand(1, 16_000) == 0.1  # 0.0625 rounds up
    assert per_thousand(3, 7) == 428.6
