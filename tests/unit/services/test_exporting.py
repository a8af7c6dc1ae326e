"""Exporting for the CMS: only approved articles (or forced with a reason), every export
recorded with the SHA-256 of the exact bytes written, files written whole."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.unit.services.review_helpers import EDITOR, TRANSLATOR, add_staff, make_article
from transdesk.cli import main
from transdesk.core.errors import InvalidValue, UserError
from transdesk.services.articles import show_article
from transdesk.services.attribution import update_attribution
from transdesk.services.exporting import (
    Destination,
    export_article,
    export_history,
    export_many,
)
from transdesk.services.revising import edit_segment
from transdesk.services.workflow import approve, list_events, submit
from transdesk.storage.database import Database
from transdesk.storage.models import Article, ExportRecord

ENGLISH = [
    "UN: 1.2 million displaced by floods",
    "The UN said on Tuesday that some 1.2 million people had fled their homes.",
    "The spokesman said the situation was getting worse.",
    "The organisation called for urgent aid for those affected in the eastern states.",
]


def translated(db: Database, folder: Path, *, approved: bool = True) -> int:
    add_staff(db)
    article = make_article(db, folder)
    for number, text in enumerate(ENGLISH, start=1):
        edit_segment(db, article, number, text, author=TRANSLATOR)
    update_attribution(
        db, article,
        ["outlet=Example News", "url=https://news.example/ar/floods",
         "authors=Rana Haddad; Karim Nasser", "published=2026-11-18T09:30:00+03:00",
         f"translators={TRANSLATOR}", f"editor={EDITOR}"],
    )  # fmt: skip
    if approved:
        submit(db, article, author=TRANSLATOR)
        approve(db, article, author=EDITOR)
    return article


def records(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(ExportRecord)) or 0)


def test_an_approved_article_exports_once_recorded_and_the_same_bytes_again(
    db: Database, tmp_path: Path
) -> None:
    article = translated(db, tmp_path / "in")
    out = tmp_path / "out"
    out.mkdir()
    first = export_article(db, article, "ninjs", Destination(out / "a.json"), author=EDITOR)
    data = (out / "a.json").read_bytes()
    assert first.record.sha256 == hashlib.sha256(data).hexdigest()
    assert first.record.byte_count == len(data)
    assert (first.record.revision, first.record.format, first.record.person) == (4, "ninjs", EDITOR)
    item = json.loads(data)
    assert item["headlines"][0]["value"] == ENGLISH[0] and item["language"] == "en"
    # the item's URI is the article's own, minted once (urn:uuid): another TransDesk
    # database's article with the same number is another item for the CMS
    with db.reading() as session:
        assert item["uri"] == session.get(Article, article).uri  # type: ignore[union-attr]
    assert item["uri"].startswith("urn:uuid:")
    # approved → exported, recorded as a workflow step
    assert show_article(db, article, with_segments=False).status == "exported"
    assert [(e.from_status, e.to_status) for e in list_events(db, article)][-1] == (
        "approved", "exported",
    )  # fmt: skip
    # the same revision again: identical bytes, the same digest, a second record
    second = export_article(db, article, "ninjs", Destination(out / "b.json"), author=EDITOR)
    assert (out / "b.json").read_bytes() == data
    assert second.record.sha256 == first.record.sha256
    history = export_history(db, article)
    assert [r.destination for r in history] == [str(out / "b.json"), str(out / "a.json")]
    assert not list(out.glob(".*"))  # no temporary file left behind


def test_an_unapproved_article_exports_only_when_an_editor_forces_it_with_a_reason(
    db: Database, tmp_path: Path
) -> None:
    article = translated(db, tmp_path / "in", approved=False)
    target = Destination(tmp_path / "draft.json")
    with pytest.raises(UserError, match=f"article {article} is draft; only approved articles"):
        export_article(db, article, "ninjs", target, author=EDITOR)
    with pytest.raises(UserError, match="is a translator; only an editor can force an export"):
        export_article(db, article, "ninjs", target, author=TRANSLATOR, force=True, reason="x")
    with pytest.raises(InvalidValue, match="--reason: is empty"):
        export_article(db, article, "ninjs", target, author=EDITOR, force=True, reason="  ")
    assert not target.path.exists() and records(db) == 0

    forced = export_article(
        db, article, "ninjs", target, author=EDITOR, force=True,
        reason="Breaking news: the desk publishes before review",
    )  # fmt: skip
    assert forced.record.forced_reason == "Breaking news: the desk publishes before review"
    item = json.loads(target.path.read_bytes())
    assert "Breaking news: the desk publishes before review" in item["edNote"]
    assert show_article(db, article, with_segments=False).status == "draft"  # unchanged


def test_several_articles_into_a_hot_folder_named_safely_with_progress(
    db: Database, tmp_path: Path
) -> None:
    first = translated(db, tmp_path / "in")
    second = make_article(db, tmp_path / "in")  # not approved: refused, the others go on
    third = translated(db, tmp_path / "in2")
    hot = tmp_path / "cms-inbox"
    hot.mkdir()
    seen: list[tuple[int, int]] = []
    results, errors = export_many(
        db, [first, second, third], "html", Destination(hot, hot_folder=True), author=EDITOR,
        progress=lambda done, total: seen.append((done, total)),
    )  # fmt: skip
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert [str(e) for e in errors] == [
        f"article {second} is draft; only approved articles export (an editor can force it "
        "with --force --reason)"
    ]
    names = sorted(p.name for p in hot.iterdir())
    assert len(names) == 2 and all(name.endswith(".html") for name in names)
    assert names[0].startswith(f"{first}-UN") and "/" not in names[0]
    assert [r.path.name for r in results] == [f"{first}-{names[0][len(str(first)) + 1 :]}",
                                              names[1]]  # fmt: skip


def test_a_destination_that_does_not_exist_or_cannot_be_written_records_nothing(
    db: Database, tmp_path: Path
) -> None:
    article = translated(db, tmp_path / "in")
    with pytest.raises(InvalidValue, match=r"--hot-folder: .*: no such hot folder"):
        export_article(db, article, "text", Destination(tmp_path / "nope", hot_folder=True),
                       author=EDITOR)  # fmt: skip
    with pytest.raises(InvalidValue, match=r"--out: .*: no such folder"):
        export_article(db, article, "text", Destination(tmp_path / "a" / "b.txt"), author=EDITOR)
    # the file's name is taken by a folder: the write fails and the record is rolled back
    blocked = tmp_path / "blocked.txt"
    blocked.mkdir()
    (blocked / "keep").write_text("x")
    folder = tmp_path / "out"
    folder.mkdir()
    name = export_article(db, article, "text", Destination(folder), author=EDITOR).path.name
    assert records(db) == 1
    (folder / name).unlink()
    (folder / name).mkdir()
    (folder / name / "keep").write_text("x")
    with pytest.raises(UserError, match="cannot write"):
        export_article(db, article, "text", Destination(folder), author=EDITOR)
    assert records(db) == 1


def test_cli_export_and_exports(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = translated(db, tmp_path / "in")
    out = tmp_path / "a.md"
    code = main(["--db", db_url, "export", str(article), "--format", "markdown",
                 "--out", str(out), "--as", EDITOR])  # fmt: skip
    stdout, stderr = capsys.readouterr()
    assert code == 0 and stdout == f"{out}\n"
    assert f"article {article} revision 4 as markdown" in stderr
    assert ENGLISH[1] in out.read_text(encoding="utf-8")
    code = main(["--db", db_url, "exports", str(article), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and [e["format"] for e in data["exports"]] == ["markdown"]
    assert data["exports"][0]["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    code = main(["--db", db_url, "export", str(article), "--out", str(out), "--reason", "x"])
    assert code == 1
    assert capsys.readouterr().err == "transdesk: error: --reason: is only for --force\n"


def test_without_named_translators_the_credit_goes_to_who_signed_and_approved(
    db: Database, tmp_path: Path
) -> None:
    from transdesk.services.exporting import preview

    article = translated(db, tmp_path / "in")
    update_attribution(db, article, ["translators=", "editor="])  # nobody named
    credit = preview(db, article, "text").data.decode("utf-8").strip().splitlines()[-1]
    assert credit.startswith(f"Translated from Arabic by {TRANSLATOR}. Edited by {EDITOR}.")


def test_a_forced_export_with_qa_errors_needs_a_reason_which_is_recorded(
    db: Database, tmp_path: Path
) -> None:
    article = translated(db, tmp_path / "in", approved=False)
    edit_segment(db, article, 2, ENGLISH[1].replace("1.2", "2.1"), author=TRANSLATOR)
    target = tmp_path / "out.json"
    with pytest.raises(UserError, match=r"has 1 QA error \(#2 number-missing: ١٫٢ is not in"):
        export_article(
            db, article, "ninjs", Destination(target), author=EDITOR, force=True, reason="urgent"
        )
    assert records(db) == 0 and not target.exists()
    result = export_article(
        db, article, "ninjs", Destination(target), author=EDITOR, force=True, reason="urgent",
        qa_override="the agency's figure is 2.1",
    )  # fmt: skip
    assert result.record.qa_override == "the agency's figure is 2.1"
    assert export_history(db, article)[0].to_json()["qa_override"] == "the agency's figure is 2.1"


def test_an_export_keeps_the_approvals_qa_verdict(db: Database, tmp_path: Path) -> None:
    clean = translated(db, tmp_path / "a")
    add_staff(db)
    partial = make_article(db, tmp_path / "b")
    edit_segment(db, partial, 1, ENGLISH[0], author=TRANSLATOR)
    submit(db, partial, author=TRANSLATOR)
    approve(db, partial, author=EDITOR, qa_override="the rest follows")
    folder = tmp_path / "out"
    folder.mkdir()
    results, errors = export_many(db, [clean, partial], "text", Destination(folder), author=EDITOR)
    assert errors == []
    assert [r.record.qa_override for r in results] == [None, "the rest follows"]
