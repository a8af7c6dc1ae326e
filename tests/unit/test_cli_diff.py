"""`transdesk diff`: two revisions compared word by word, as text, escaped HTML and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.cli_helpers import run

SOURCE = "استئناف المحادثات في جنيف\n\nقال المبعوث إن الاتفاق ممكن.\n\nوتستمر الجولة خمسة أيام.\n"


@pytest.fixture
def article(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    source = tmp_path / "ar.txt"
    source.write_text(SOURCE, encoding="utf-8")
    code, out, err = run(capsys, db_url, "import", str(source), "--target-lang", "en")
    assert code == 0, err
    article_id = out.split()[0]
    run(capsys, db_url, "person", "add", "Leila Mansour", "--role", "translator")
    first = tmp_path / "v1.txt"
    first.write_text(
        "Talks resume in Geneva\n\nThe envoy said a deal was possible.\n\nThe round lasts five "
        "days.\n",
        encoding="utf-8",
    )
    second = tmp_path / "v2.txt"
    second.write_text(
        "Talks resume in Geneva\n\nThe envoy said a <b>deal</b> was likely.\n\nThe round lasts "
        "five days.\n",
        encoding="utf-8",
    )
    for path in (first, second):
        code, _, err = run(
            capsys, db_url, "translate", article_id, "--from", str(path),
            "--as", "Leila Mansour",
        )  # fmt: skip
        assert code == 0, err
    return article_id


def test_default_diff_is_the_newest_against_the_one_before(
    db_url: str, article: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, db_url, "diff", article, "--format", "json")
    data = json.loads(out)
    assert (code, data["from"], data["to"]) == (0, 1, 2)
    assert data["summary"]["segments_changed"] == 1
    (segment,) = data["segments"]
    assert segment["position"] == 2 and segment["kind"] == "paragraph"
    code, out, _ = run(capsys, db_url, "diff", article)
    assert "#2 paragraph: The envoy said a [-deal-]{+<b>deal</b>+} was [-possible-]{+likely+}." in (
        out
    )
    assert out.strip().endswith("1 segment changed, 4 words added, 2 words removed")


def test_html_escapes_the_translation(
    db_url: str, article: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, db_url, "diff", article, "--format", "html")
    assert code == 0 and "<b>deal</b>" not in out and "&lt;b&gt;deal&lt;/b&gt;" in out
    assert "<ins>" in out and "<del>" in out


def test_from_zero_shows_the_whole_first_translation(
    db_url: str, article: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, db_url, "diff", article, "--from", "0", "--to", "1", "--format", "json"
    )
    assert code == 0 and json.loads(out)["summary"]["segments_changed"] == 3


def test_unknown_revision_and_article(
    db_url: str, article: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, db_url, "diff", article, "--to", "9")
    assert code == 1 and err.strip() == (
        f"transdesk: error: article {article} has no revision 9 (its revisions are 1-2)"
    )
    code, _, err = run(capsys, db_url, "diff", "999")
    assert code == 1 and err.strip() == "transdesk: error: no article with id 999"
    code, _, err = run(capsys, db_url, "diff", article, "--from", "-1")
    assert code == 1 and "--from" in err
