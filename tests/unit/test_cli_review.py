"""The revision and review commands: people, translate, edit, revisions, blame, workflow,
comments. One line on standard error and exit status 1 for anything refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.cli_helpers import refused, run
from transdesk import settings

ARABIC = """\
الأمم المتحدة: 1.2 مليون نازح بسبب الفيضانات

قالت الأمم المتحدة يوم الثلاثاء إن نحو ١٫٢ مليون شخص نزحوا من منازلهم.

وأضاف المتحدث أن "الوضع يزداد سوءا".
"""
ENGLISH = """\
UN: 1.2 million displaced by floods

The UN said on Tuesday that some 1.2 million people had fled their homes.

The spokesman added that "the situation is getting worse".
"""


@pytest.fixture
def article(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    source = tmp_path / "sudan.txt"
    source.write_text(ARABIC, encoding="utf-8")
    code, out, err = run(capsys, db_url, "import", str(source), "--target-lang", "en")
    assert code == 0, err
    for name, role in (("Rana Haddad", "translator"), ("Omar Said", "editor")):
        assert run(capsys, db_url, "person", "add", name, "--role", role)[0] == 0
    return out.strip()


@pytest.fixture
def english(tmp_path: Path) -> Path:
    path = tmp_path / "en.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    return path


def test_person_add_and_list(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, db_url, "person", "add", "Rana Haddad", "--role", "translator",
        "--email", "rana@example.com", "--json",
    )  # fmt: skip
    assert code == 0 and json.loads(out)["name"] == "Rana Haddad"
    code, out, _ = run(capsys, db_url, "person", "list", "--json")
    people = json.loads(out)["people"]
    assert [(p["name"], p["role"], p["email"]) for p in people] == [
        ("Rana Haddad", "translator", "rana@example.com")
    ]
    assert set(people[0]) == {"id", "name", "role", "email", "created_at"}
    message = refused(capsys, db_url, "person", "add", "Rana Haddad", "--role", "editor")
    assert message == "name: Rana Haddad is already on the list (translator)"
    code, out, _ = run(capsys, db_url, "person", "list")
    assert code == 0 and "Rana Haddad" in out and "translator" in out


def test_translate_edit_revisions_blame(
    db_url: str, article: str, english: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, db_url, "translate", article, "--from", str(english), "--as", "Rana Haddad",
        "-m", "first draft",
    )  # fmt: skip
    assert (code, out.strip()) == (0, "1"), err
    assert "3 segments changed" in err
    code, out, err = run(
        capsys, db_url, "translate", article, "--from", str(english), "--as", "Rana Haddad"
    )
    assert code == 0 and out == "" and "nothing changed; no revision made" in err
    code, out, err = run(
        capsys, db_url, "edit", article, "2", "The UN said some 1.2 million people fled.",
        "--as", "Omar Said", "-m", "shorter", "--json",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out) == {
        "article_id": int(article), "revision": 2, "changed_segments": 1,
        "lock_version": json.loads(out)["lock_version"],
    }  # fmt: skip

    code, out, _ = run(capsys, db_url, "revisions", article, "--json")
    revisions = json.loads(out)["revisions"]
    assert [(r["number"], r["author"], r["role"], r["message"]) for r in revisions] == [
        (2, "Omar Said", "editor", "shorter"),
        (1, "Rana Haddad", "translator", "first draft"),
    ]
    assert revisions[1]["words_added"] > 20 and revisions[1]["words_removed"] == 0
    assert (revisions[0]["words_added"], revisions[0]["words_removed"]) == (0, 6)
    assert set(revisions[0]) == {
        "number", "author", "role", "created_at", "message", "changed_segments",
        "words_added", "words_removed", "rejects_revision",
    }  # fmt: skip

    code, out, _ = run(capsys, db_url, "blame", article, "--json")
    lines = json.loads(out)["segments"]
    assert [(b["position"], b["revision"], b["author"]) for b in lines] == [
        (0, 1, "Rana Haddad"), (1, 2, "Omar Said"), (2, 1, "Rana Haddad"),
    ]  # fmt: skip
    code, out, _ = run(capsys, db_url, "blame", article)
    assert out.splitlines()[1].startswith("#2") and "Omar Said (editor)" in out

    code, out, _ = run(capsys, db_url, "show", article, "--revision", "1", "--json")
    assert json.loads(out)["segments"][1]["target"].startswith("The UN said on Tuesday")
    code, out, _ = run(capsys, db_url, "revisions", article)
    assert code == 0 and "shorter" in out.splitlines()[0]


def test_refusals_are_one_line_and_change_nothing(
    db_url: str, article: str, english: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    short = tmp_path / "short.txt"
    short.write_text("UN: displaced\n\nThe UN said.\n", encoding="utf-8")
    assert (
        refused(capsys, db_url, "translate", article, "--from", str(short), "--as", "Rana Haddad")
        == f"{short}: has 2 blocks but article {article} has 3 segments"
    )
    assert (
        refused(capsys, db_url, "translate", article, "--from", str(english), "--as", "Sami")
        == "no person named Sami; add them with transdesk person add"
    )
    assert (
        refused(capsys, db_url, "translate", "99", "--from", str(english), "--as", "Rana Haddad")
        == "no article with id 99"
    )
    assert "--as" in refused(capsys, db_url, "edit", article, "1", "x")  # nobody in Preferences
    assert (
        refused(
            capsys, db_url, "edit", article, "1", "x", "--as", "Rana Haddad", "--role", "editor"
        )
        == "--role: Rana Haddad is a translator; they cannot act as editor"
    )
    assert "no segment 4" in refused(capsys, db_url, "edit", article, "4", "x", "--as", "Omar Said")
    assert refused(capsys, db_url, "revisions", "99") == "no article with id 99"
    assert refused(capsys, db_url, "blame", "99") == "no article with id 99"
    assert refused(capsys, db_url, "show", article, "--revision", "3") == (
        f"article {article} has no revision 3 (it has no revisions yet)"
    )
    _, out, _ = run(capsys, db_url, "revisions", article, "--json")
    assert json.loads(out)["revisions"] == []


def test_the_name_in_preferences_acts_when_there_is_no_as(
    db_url: str, article: str, capsys: pytest.CaptureFixture[str]
) -> None:
    settings.save(settings.Settings(user_name="Omar Said"))
    code, _, err = run(capsys, db_url, "edit", article, "1", "UN: 1.2 million displaced")
    assert code == 0, err
    code, out, _ = run(capsys, db_url, "revisions", article, "--json")
    assert json.loads(out)["revisions"][0]["author"] == "Omar Said"


def test_review_round_with_comments(
    db_url: str, article: str, english: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, db_url, "translate", article, "--from", str(english), "--as", "Rana Haddad")
    code, out, err = run(
        capsys, db_url, "comment", article, "2", "fled or displaced?", "--as", "Omar Said"
    )
    assert code == 0, err
    comment = out.strip()
    code, out, err = run(capsys, db_url, "submit", article, "--as", "Rana Haddad", "-m", "ready")
    assert (
        code == 0
        and out.strip() == f"article {article}: draft → in_review (Rana Haddad, translator)"
    )
    assert err.strip() == f"transdesk: warning: 1 unresolved comment thread: #2 (comment {comment})"

    message = refused(capsys, db_url, "approve", article, "--as", "Rana Haddad")
    assert message == "Rana Haddad is a translator; only an editor can approve"
    code, out, _ = run(capsys, db_url, "list", "--json")
    assert json.loads(out)["articles"][0]["status"] == "in_review"  # nothing changed

    code, _, _ = run(
        capsys, db_url, "request-changes", article, "--as", "Omar Said", "-m", "see #2"
    )
    assert code == 0
    code, out, _ = run(capsys, db_url, "reply", comment, "displaced", "--as", "Rana Haddad")
    assert code == 0
    code, out, _ = run(capsys, db_url, "resolve", comment, "--as", "Rana Haddad", "--json")
    assert json.loads(out)["resolved_by"] == "Rana Haddad"
    code, out, err = run(capsys, db_url, "submit", article, "--as", "Rana Haddad")
    assert code == 0 and "warning" not in err
    code, out, err = run(capsys, db_url, "approve", article, "--as", "Omar Said", "--json")
    approved = json.loads(out)
    assert (approved["from_status"], approved["to_status"], approved["person"]) == (
        "in_review", "approved", "Omar Said",
    )  # fmt: skip
    assert approved["revision"] == 1 and approved["unresolved_comments"] == []

    code, out, _ = run(capsys, db_url, "comments", article, "--json")
    data = json.loads(out)
    assert data["unresolved"] == 0
    thread = data["threads"][0]
    assert (thread["position"], thread["author"], thread["text"], thread["resolved"]) == (
        1, "Omar Said", "fled or displaced?", True,
    )  # fmt: skip
    assert [(r["author"], r["text"]) for r in thread["replies"]] == [("Rana Haddad", "displaced")]
    code, out, _ = run(capsys, db_url, "comments", article)
    assert out.splitlines()[0] == "#2 [resolved by Rana Haddad]"
    assert refused(capsys, db_url, "resolve", "99", "--as", "Omar Said") == "no comment with id 99"
