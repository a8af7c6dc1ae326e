"""Committing texts as revisions: from a translation file, one segment, or the journal."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.unit.services.review_helpers import EDITOR, TRANSLATOR, add_staff, make_article
from transdesk.core.errors import BadInputFile, InvalidValue, NotFound
from transdesk.services.editing import (
    DraftText,
    journal,
    open_for_editing,
    save_revision,
    unsaved_count,
)
from transdesk.services.history import blame, list_revisions, rebuild
from transdesk.services.revising import (
    SaveConflict,
    commit_texts,
    edit_segment,
    translate_from_file,
)
from transdesk.storage.database import Database
from transdesk.storage.models import Revision

ENGLISH = [
    "UN: 1.2 million displaced by floods",
    "The UN said on Tuesday that some 1.2 million people had fled their homes.",
    "The spokesman added that the situation was getting worse.",
    "The organisation called for urgent aid for those affected in the eastern states.",
]


@pytest.fixture
def article(db: Database, tmp_path: Path) -> int:
    add_staff(db)
    return make_article(db, tmp_path / "in")


def targets(db: Database, article: int) -> list[tuple[str, str]]:
    return [(s.target, s.status) for s in open_for_editing(db, article).segments]


def revision_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Revision)) or 0)


def test_translate_from_plain_text_makes_one_revision(
    db: Database, article: int, tmp_path: Path
) -> None:
    path = tmp_path / "en.txt"
    path.write_text("\n\n".join(ENGLISH) + "\n", encoding="utf-8")
    saved = translate_from_file(db, article, path, author=TRANSLATOR, message="first draft")
    assert saved is not None and (saved.number, saved.changed_segments) == (1, 4)
    assert targets(db, article) == [(text, "translated") for text in ENGLISH]
    assert translate_from_file(db, article, path, author=TRANSLATOR) is None  # nothing changed
    english_2 = [*ENGLISH[:2], "The spokesman said things were getting worse.", ENGLISH[3]]
    path.write_text("\n\n".join(english_2), encoding="utf-8")
    second = translate_from_file(db, article, path, author=EDITOR, message="tighter")
    assert second is not None and (second.number, second.changed_segments) == (2, 1)
    assert [line.revision_number for line in blame(db, article)] == [1, 1, 2, 1]


def test_translate_block_count_mismatch_is_refused_and_changes_nothing(
    db: Database, article: int, tmp_path: Path
) -> None:
    path = tmp_path / "short.txt"
    path.write_text("\n\n".join(ENGLISH[:3]), encoding="utf-8")
    with pytest.raises(BadInputFile, match=f"short.txt: has 3 blocks but article {article} has 4"):
        translate_from_file(db, article, path, author=TRANSLATOR)
    assert revision_count(db) == 0 and targets(db, article)[0] == ("", "untranslated")


def test_translate_from_xliff_takes_targets_in_unit_order(
    db: Database, article: int, tmp_path: Path
) -> None:
    units = "".join(
        f'<trans-unit id="{n}"><source>s{n}</source>'
        + (f"<target>{text}</target>" if n != 3 else "")
        + "</trans-unit>"
        for n, text in enumerate(ENGLISH, 1)
    )
    path = tmp_path / "job.xlf"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file source-language="ar" target-language="en" datatype="plaintext" original="x">'
        f"<body>{units}</body></file></xliff>",
        encoding="utf-8",
    )
    saved = translate_from_file(db, article, path, author=TRANSLATOR)
    assert saved is not None and saved.changed_segments == 3  # unit 3 has no target
    assert targets(db, article)[2] == ("", "untranslated")
    assert targets(db, article)[3] == (ENGLISH[3], "translated")


def test_translate_refuses_files_that_are_not_text_or_xliff(
    db: Database, article: int, tmp_path: Path
) -> None:
    path = tmp_path / "en.docx"
    path.write_bytes(b"PK")
    with pytest.raises(BadInputFile, match="plain text or XLIFF"):
        translate_from_file(db, article, path, author=TRANSLATOR)


def test_edit_one_segment_by_its_number(db: Database, article: int) -> None:
    saved = edit_segment(
        db, article, 2, "  The UN said 1.2 million fled.  ", author=EDITOR, message="m"
    )
    assert saved is not None and saved.changed_segments == 1
    assert targets(db, article)[1] == ("The UN said 1.2 million fled.", "translated")
    assert list_revisions(db, article)[0].role == "editor"
    edit_segment(db, article, 2, "", author=EDITOR)
    assert targets(db, article)[1] == ("", "untranslated")
    with pytest.raises(
        InvalidValue, match=f"segment: article {article} has segments 1-4; there is no segment 5"
    ):
        edit_segment(db, article, 5, "x", author=EDITOR)
    with pytest.raises(InvalidValue, match="no segment 0"):
        edit_segment(db, article, 0, "x", author=EDITOR)


def test_bad_input_is_refused_and_nothing_changes(db: Database, article: int) -> None:
    segment = open_for_editing(db, article).segments[0].id
    with pytest.raises(NotFound, match="no person named Nobody"):
        commit_texts(db, article, {segment: ("x", "draft")}, author="Nobody")
    with pytest.raises(InvalidValue, match="status"):
        commit_texts(db, article, {segment: ("x", "published")}, author=TRANSLATOR)
    with pytest.raises(InvalidValue, match="segment"):
        commit_texts(
            db, article, {segment: ("x", "draft"), 99999: ("y", "draft")}, author=TRANSLATOR
        )
    with pytest.raises(InvalidValue, match="--role"):
        commit_texts(db, article, {segment: ("x", "draft")}, author=TRANSLATOR, role="editor")
    with pytest.raises(NotFound, match="no article with id 4242"):
        commit_texts(db, 4242, {segment: ("x", "draft")}, author=TRANSLATOR)
    assert revision_count(db) == 0 and targets(db, article)[0] == ("", "untranslated")


def test_a_second_save_from_the_same_base_conflicts_and_loses_nothing(
    db: Database, article: int
) -> None:
    """Two desktops open the article at the same version and both save."""
    opened = open_for_editing(db, article)
    base = opened.lock_version
    first, second = opened.segments[0].id, opened.segments[1].id
    mine = commit_texts(
        db,
        article,
        {first: ("Desk A headline", "draft")},
        author=TRANSLATOR,
        base_lock_version=base,
    )
    assert mine is not None
    theirs = {second: ("Desk B paragraph", "draft")}
    with pytest.raises(SaveConflict, match=f"saved by {TRANSLATOR} \\(revision 1\\)"):
        commit_texts(db, article, theirs, author=EDITOR, base_lock_version=base)
    assert targets(db, article)[:2] == [("Desk A headline", "draft"), ("", "untranslated")]
    assert revision_count(db) == 1
    # Desk B reopens (newer base) and saves again: both texts are kept, in two revisions.
    again = commit_texts(
        db,
        article,
        theirs,
        author=EDITOR,
        base_lock_version=open_for_editing(db, article).lock_version,
    )
    assert again is not None and again.number == 2
    assert targets(db, article)[:2] == [("Desk A headline", "draft"), ("Desk B paragraph", "draft")]
    assert rebuild(db, article, 1)[first] == ("Desk A headline", "draft")

    # The window's Save path behaves the same: the refused journal stays for the merge.
    stale = open_for_editing(db, article).lock_version
    commit_texts(db, article, {first: ("Desk A again", "draft")}, author=TRANSLATOR)
    journal(db, article, [DraftText(second, "Desk B typed this", "draft")])
    with pytest.raises(SaveConflict, match="your text is kept: merge it") as refused:
        save_revision(db, article, author=EDITOR, role="editor", base_lock_version=stale)
    assert refused.value.lock_version == open_for_editing(db, article).lock_version
    assert unsaved_count(db, article) == 1
    assert open_for_editing(db, article).segments[1].target == "Desk B typed this"


def test_a_conflict_with_no_revision_yet_says_the_article_changed(
    db: Database, article: int
) -> None:
    opened = open_for_editing(db, article)
    segment = opened.segments[0].id
    with pytest.raises(SaveConflict) as refused:
        commit_texts(
            db,
            article,
            {segment: ("x", "draft")},
            author=TRANSLATOR,
            base_lock_version=opened.lock_version - 1,
        )
    assert str(refused.value) == (
        f"article {article} was changed by someone else since you opened it; "
        "your text is kept: merge it"
    )
    assert revision_count(db) == 0
