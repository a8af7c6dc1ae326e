"""The quality commands: issue, issues, issue-remove. One line on standard error and exit
status 1 for anything refused; the score line says pass or fail, exiting 0 either way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.cli_helpers import refused, run
from transdesk import settings

WORDS = "قال قالت المتحدث الحكومة الوزير الأمم المتحدة اليوم الشرقية الولايات".split()
# A headline and six paragraphs of 100 words each: 700 source words.
REPORT = "\n\n".join(" ".join(WORDS[(p + i) % 10] for i in range(100)) + "." for p in range(7))


@pytest.fixture
def article(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    source = tmp_path / "report.txt"
    source.write_text(REPORT + "\n", encoding="utf-8")
    code, out, err = run(capsys, db_url, "import", str(source), "--target-lang", "en")
    assert code == 0, err
    for name, role in (("Rana Haddad", "translator"), ("Omar Said", "editor")):
        assert run(capsys, db_url, "person", "add", name, "--role", role)[0] == 0
    return out.strip()


def tag(capsys: pytest.CaptureFixture[str], db_url: str, article: str, *args: str) -> str:
    code, out, err = run(capsys, db_url, "issue", article, *args, "--as", "Omar Said")
    assert code == 0, err
    return out.strip()


def test_tag_list_and_score(db_url: str, article: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, db_url, "issue", article, "3", "--category", "accuracy", "--severity", "major",
        "--note", "1.2 million, not 12", "--as", "Omar Said", "--json",
    )  # fmt: skip
    assert code == 0, err
    major = json.loads(out)
    assert (major["position"], major["category"], major["severity"], major["author"]) == (
        2, "accuracy", "major", "Omar Said",
    )  # fmt: skip
    tag(capsys, db_url, article, "2", "--category", "fluency", "--severity", "minor")
    tag(capsys, db_url, article, "5", "--category", "locale-convention", "--severity", "minor")

    code, out, _ = run(capsys, db_url, "issues", article, "--threshold", "10")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 4
    assert "#2" in lines[0] and "minor" in lines[0] and "fluency" in lines[0]
    assert "#3" in lines[1] and "1.2 million, not 12" in lines[1] and "Omar Said" in lines[1]
    assert "locale_convention" in lines[2]
    assert lines[3] == "score 10.0 per 1,000 words: passes (threshold 10)"

    code, out, _ = run(capsys, db_url, "issues", article, "--threshold", "9.9")
    assert code == 0  # a failing score is an answer, not an error
    assert out.splitlines()[-1] == "score 10.0 per 1,000 words: fails (threshold 9.9)"

    code, out, _ = run(capsys, db_url, "issues", article, "--json")
    data = json.loads(out)
    assert [issue["position"] for issue in data["issues"]] == [1, 2, 4]
    score = data["score"]
    assert (score["words"], score["points"], score["score"], score["passed"]) == (
        700, 7, 10.0, True,
    )  # fmt: skip
    assert score["by_severity"] == {"minor": 2, "major": 1, "critical": 0}


def test_the_threshold_comes_from_preferences(
    db_url: str, article: str, capsys: pytest.CaptureFixture[str]
) -> None:
    tag(capsys, db_url, article, "2", "--category", "style", "--severity", "critical")
    code, out, _ = run(capsys, db_url, "issues", article)
    assert code == 0 and out.splitlines()[-1] == "score 14.3 per 1,000 words: fails (threshold 10)"
    settings.save(settings.Settings(quality_threshold=15.0))
    _, out, _ = run(capsys, db_url, "issues", article)
    assert out.splitlines()[-1] == "score 14.3 per 1,000 words: passes (threshold 15)"


def test_remove_an_issue(db_url: str, article: str, capsys: pytest.CaptureFixture[str]) -> None:
    issue = tag(capsys, db_url, article, "2", "--category", "style", "--severity", "critical")
    message = refused(capsys, db_url, "issue-remove", issue, "--as", "Rana Haddad")
    assert message == "Rana Haddad is a translator; only an editor can remove quality issues"
    code, out, err = run(capsys, db_url, "issue-remove", issue, "--as", "Omar Said")
    assert code == 0, err
    assert out.startswith("removed:") and "critical" in out and "style" in out
    code, out, _ = run(capsys, db_url, "issues", article)
    assert out == "score 0.0 per 1,000 words: passes (threshold 10)\n"
    message = refused(capsys, db_url, "issue-remove", issue, "--as", "Omar Said")
    assert message == f"no quality issue with id {issue}"


def test_refusals_are_one_line(
    db_url: str, article: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("issue", article, "2", "--severity", "minor")
    message = refused(capsys, db_url, *base, "--category", "style", "--as", "Rana Haddad")
    assert message == "Rana Haddad is a translator; only an editor can tag quality issues"
    message = refused(capsys, db_url, *base, "--category", "grammar", "--as", "Omar Said")
    assert message.startswith("category: 'grammar' is not one of accuracy, fluency")
    message = refused(
        capsys, db_url, "issue", article, "2", "--category", "style", "--severity", "bad",
        "--as", "Omar Said",
    )  # fmt: skip
    assert message == "severity: 'bad' is not one of minor, major, critical"
    message = refused(capsys, db_url, *base, "--category", "style", "--as", "Nobody")
    assert message.startswith("no person named Nobody")
    assert refused(capsys, db_url, "issues", "99") == "no article with id 99"
    message = refused(capsys, db_url, "issues", article, "--threshold", "-3")
    assert message == "threshold: -3 is not between 0 and 1000"
    _, out, _ = run(capsys, db_url, "issues", article, "--json")
    assert json.loads(out)["issues"] == []
