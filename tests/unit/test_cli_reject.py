"""`transdesk reject`: one change of a diff taken back, named as `diff --format json` names it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.cli_helpers import run
from transdesk.cli import main

SOURCE = "استئناف المحادثات في جنيف\n\nقال المبعوث إن الاتفاق ممكن.\n\nوتستمر الجولة خمسة أيام.\n"
FIRST = "Talks resume in Geneva\n\nThe envoy said a deal was possible.\n\nThe round lasts.\n"
SECOND = "Talks resume in Geneva\n\nThe envoy said an accord was likely.\n\nThe round lasts.\n"


@pytest.fixture
def article(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    source = tmp_path / "ar.txt"
    source.write_text(SOURCE, encoding="utf-8")
    code, out, err = run(capsys, db_url, "import", str(source), "--target-lang", "en")
    assert code == 0, err
    article_id = out.split()[0]
    run(capsys, db_url, "person", "add", "Leila Mansour", "--role", "translator")
    run(capsys, db_url, "person", "add", "Omar Said", "--role", "editor")
    for number, text in enumerate((FIRST, SECOND)):
        path = tmp_path / f"v{number}.txt"
        path.write_text(text, encoding="utf-8")
        code, _, err = run(
            capsys, db_url, "translate", article_id, "--from", str(path),
            "--as", "Leila Mansour",
        )  # fmt: skip
        assert code == 0, err
    return article_id


def test_a_change_named_from_the_json_diff_is_taken_back(
    db_url: str, article: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, db_url, "diff", article, "--format", "json")
    (segment,) = json.loads(out)["segments"]
    hunks = {(h["old"], h["new"]): h["index"] for h in segment["hunks"]}
    assert hunks == {("a deal", "an accord"): 0, ("possible", "likely"): 1}
    code, out, err = run(
        capsys, db_url, "reject", article, str(segment["position"]), "1",
        "--as", "Omar Said",
    )  # fmt: skip
    assert (code, out) == (0, "3\n")
    assert err == (
        f"article {article}: revision 3 takes back a change from revision 2 in segment 2\n"
    )
    _, out, _ = run(capsys, db_url, "show", article, "--json")
    assert json.loads(out)["segments"][1]["target"] == "The envoy said an accord was possible."
    _, out, _ = run(capsys, db_url, "revisions", article, "--json")
    newest = json.loads(out)["revisions"][0]
    assert (newest["number"], newest["author"], newest["role"], newest["rejects_revision"]) == (
        3, "Omar Said", "editor", 2,
    )  # fmt: skip
    assert newest["message"] == (
        "Rejected a change from revision 2 in segment 2: “possible” back instead of “likely”"
    )


def test_json_output_and_a_message_of_ones_own(
    db_url: str, article: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, db_url, "reject", article, "2", "0", "--from", "1", "--to", "2",
        "--as", "Omar Said", "--role", "translator", "-m", "keep the deal", "--json",
    )  # fmt: skip
    data = json.loads(out)
    assert code == 0 and (data["revision"], data["rejects_revision"]) == (3, 2)
    assert data["article_id"] == int(article) and data["changed_segments"] == 1
    _, out, _ = run(capsys, db_url, "revisions", article, "--json")
    newest = json.loads(out)["revisions"][0]
    assert (newest["role"], newest["message"]) == ("translator", "keep the deal")


def test_refusals_are_one_line_and_change_nothing(
    db_url: str, article: str, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = [
        (["2", "5", "--as", "Omar Said"],
         "change: segment 2 has changes 0-1 between revisions 1 and 2; there is no change 5"),
        (["1", "0", "--as", "Omar Said"],
         "segment: segment 1 did not change between revisions 1 and 2; nothing to reject"),
        (["2", "0", "--to", "9", "--as", "Omar Said"],
         f"article {article} has no revision 9 (its revisions are 1-2)"),
        (["2", "0", "--as", "Nobody"],
         "no person named Nobody; add them with transdesk person add"),
    ]  # fmt: skip
    for arguments, line in cases:
        code, out, err = run(capsys, db_url, "reject", article, *arguments)
        assert (code, out, err) == (1, "", f"transdesk: error: {line}\n")
    run(capsys, db_url, "reject", article, "2", "0", "--as", "Omar Said")
    code, _, err = run(
        capsys, db_url, "reject", article, "2", "0", "--from", "1", "--to", "2",
        "--as", "Omar Said",
    )  # fmt: skip
    assert (code, err) == (
        1, "transdesk: error: segment 2 changed since revision 2; compare with the current text\n"
    )  # fmt: skip
    _, out, _ = run(capsys, db_url, "revisions", article, "--json")
    assert [r["number"] for r in json.loads(out)["revisions"]] == [3, 2, 1]
    with pytest.raises(SystemExit) as usage:  # argparse's own exit for a malformed line
        main(["--db", db_url, "reject", article, "2"])
    assert usage.value.code == 2 and "required: HUNK" in capsys.readouterr().err
