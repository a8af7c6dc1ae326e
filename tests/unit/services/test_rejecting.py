"""Rejecting one change from a diff: a new revision that puts that piece of older text back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.unit.services.review_helpers import EDITOR, TRANSLATOR, add_staff, make_article
from transdesk.core.errors import InvalidValue, NotFound, UserError
from transdesk.services.diffs import diff_revisions
from transdesk.services.editing import open_for_editing
from transdesk.services.history import list_revisions
from transdesk.services.rejecting import reject_change
from transdesk.services.revising import commit_texts
from transdesk.services.workflow import move
from transdesk.storage.database import Database
from transdesk.storage.models import Revision

FIRST = "The UN said on Tuesday that some 1.2 million people had fled their homes."
EDITED = "The UN said on Monday that about 1.2 million people had left their homes."
HEADLINE = "UN: 1.2 million displaced by floods"


@pytest.fixture
def article(db: Database, tmp_path: Path) -> int:
    """Revision 1 by the translator; revision 2, the editor's, changes three pieces of
    segment 2 and the headline."""
    add_staff(db)
    article_id = make_article(db, tmp_path / "in")
    ids = segment_ids(db, article_id)
    commit_texts(
        db, article_id, {ids[0]: ("UN: floods displace 1.2 million", "translated"),
                         ids[1]: (FIRST, "translated")}, author=TRANSLATOR,
    )  # fmt: skip
    commit_texts(
        db, article_id, {ids[0]: (HEADLINE, "reviewed"), ids[1]: (EDITED, "reviewed")},
        author=EDITOR, message="house style",
    )  # fmt: skip
    return article_id


def segment_ids(db: Database, article: int) -> list[int]:
    return [segment.id for segment in open_for_editing(db, article).segments]


def texts(db: Database, article: int) -> list[tuple[str, str]]:
    return [(s.target, s.status) for s in open_for_editing(db, article).segments]


def revision_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Revision)) or 0)


def test_the_diff_names_three_changes_in_segment_two(db: Database, article: int) -> None:
    compared = diff_revisions(db, article)
    (segment,) = [d for d in compared.diff.segments if compared.positions[d.segment_id] == 1]
    assert [(h.old, h.new) for h in segment.hunks] == [
        ("Tuesday", "Monday"), ("some", "about"), ("fled", "left"),
    ]  # fmt: skip


def test_rejecting_one_change_restores_only_that_piece(db: Database, article: int) -> None:
    saved = reject_change(db, article, 2, 2, author=TRANSLATOR)
    assert (saved.number, saved.changed_segments, saved.rejects_revision) == (3, 1, 2)
    after = texts(db, article)
    assert after[1] == (
        "The UN said on Monday that about 1.2 million people had fled their homes.",
        "reviewed",  # the segment keeps its status
    )
    assert after[0] == (HEADLINE, "reviewed")  # another segment of the same revision stays
    newest = list_revisions(db, article)[0]
    assert (newest.number, newest.author, newest.role, newest.rejects_revision) == (
        3, TRANSLATOR, "translator", 2,
    )  # fmt: skip
    assert newest.message == (
        "Rejected a change from revision 2 in segment 2: “fled” back instead of “left”"
    )
    assert newest.to_json()["rejects_revision"] == 2
    assert list_revisions(db, article)[1].to_json()["rejects_revision"] is None
    assert (newest.words_added, newest.words_removed) == (1, 1)


def test_rejecting_every_change_one_by_one_gives_back_the_old_text(
    db: Database, article: int
) -> None:
    # Each rejection is a new revision: the diff from revision 1 shrinks by one change.
    for number in (3, 4, 5):
        saved = reject_change(db, article, 2, 0, from_number=1, author=EDITOR)
        assert (saved.number, saved.rejects_revision) == (number, 2)  # never a rejection
    assert texts(db, article)[1] == (FIRST, "reviewed")
    remaining = diff_revisions(db, article, 1)
    assert [compared.segment_id for compared in remaining.diff.segments] == [
        segment_ids(db, article)[0]
    ]
    messages = [revision.message for revision in list_revisions(db, article)[:3]]
    assert messages == [
        "Rejected a change from revision 2 in segment 2: “fled” back instead of “left”",
        "Rejected a change from revision 2 in segment 2: “some” back instead of “about”",
        "Rejected a change from revision 2 in segment 2: “Tuesday” back instead of “Monday”",
    ]


def test_a_change_made_in_an_earlier_revision_is_credited_to_it(db: Database, article: int) -> None:
    ids = segment_ids(db, article)
    later = EDITED.replace("their homes", "their houses")
    commit_texts(db, article, {ids[1]: (later, "translated")}, author=TRANSLATOR)
    compared = diff_revisions(db, article, 1, 3)
    (segment,) = [d for d in compared.diff.segments if d.segment_id == ids[1]]
    assert [h.new for h in segment.hunks] == ["Monday", "about", "left", "houses"]
    assert reject_change(db, article, 2, 3, from_number=1, author=EDITOR).rejects_revision == 3
    assert reject_change(db, article, 2, 0, from_number=1, author=EDITOR).rejects_revision == 2


def test_a_deletion_and_an_insertion_read_as_such(db: Database, article: int) -> None:
    ids = segment_ids(db, article)
    commit_texts(db, article, {ids[1]: (FIRST.replace(" some", ""), "translated")}, author=EDITOR)
    commit_texts(db, article, {ids[2]: ("The spokesman added more.", "draft")}, author=EDITOR)
    reject_change(db, article, 2, 0, from_number=1, to_number=3, author=TRANSLATOR)
    assert texts(db, article)[1] == (FIRST, "translated")
    assert list_revisions(db, article)[0].message.endswith(": “some” put back")
    saved = reject_change(db, article, 3, 0, from_number=3, to_number=4, author=TRANSLATOR)
    assert texts(db, article)[2] == ("", "untranslated")  # nothing left: untranslated again
    assert list_revisions(db, article)[0].message == (
        "Rejected a change from revision 4 in segment 3: “The spokesman added more.” taken out"
    )
    assert saved.rejects_revision == 4


def test_a_long_piece_is_quoted_short_and_a_message_given_is_kept(
    db: Database, article: int
) -> None:
    ids = segment_ids(db, article)
    long = "The organisation called for urgent aid for those affected in the eastern states."
    commit_texts(db, article, {ids[3]: (long, "translated")}, author=TRANSLATOR)
    reject_change(db, article, 4, 0, from_number=2, author=EDITOR)
    assert list_revisions(db, article)[0].message == (
        "Rejected a change from revision 3 in segment 4: "
        "“The organisation called for urgent aid…” taken out"
    )
    commit_texts(db, article, {ids[3]: (long, "translated")}, author=TRANSLATOR)
    reject_change(db, article, 4, 0, from_number=4, author=EDITOR, message="  not ours  ")
    assert list_revisions(db, article)[0].message == "not ours"


def test_the_default_is_the_last_reviewed_revision_against_the_newest(
    db: Database, article: int
) -> None:
    move(db, article, "submit", author=TRANSLATOR)
    move(db, article, "request_changes", author=EDITOR)  # reviewed: revision 2
    ids = segment_ids(db, article)
    commit_texts(db, article, {ids[1]: (EDITED + " Aid is on its way.", "translated")},
                 author=TRANSLATOR)  # fmt: skip
    saved = reject_change(db, article, 2, 0, author=EDITOR)
    assert (saved.number, saved.rejects_revision) == (4, 3)
    assert texts(db, article)[1] == (EDITED, "translated")


def test_a_segment_changed_since_the_diff_is_refused_and_nothing_changes(
    db: Database, article: int
) -> None:
    ids = segment_ids(db, article)
    commit_texts(db, article, {ids[1]: ("Something else entirely.", "translated")}, author=EDITOR)
    before, count = texts(db, article), revision_count(db)
    with pytest.raises(UserError) as refused:
        reject_change(db, article, 2, 0, from_number=1, to_number=2, author=EDITOR)
    assert str(refused.value) == (
        "segment 2 changed since revision 2; compare with the current text"
    )
    assert (texts(db, article), revision_count(db)) == (before, count)


@pytest.mark.parametrize(
    ("segment", "hunk", "options", "error", "line"),
    [
        (2, 3, {}, InvalidValue,
         "change: segment 2 has changes 0-2 between revisions 1 and 2; there is no change 3"),
        (2, -1, {}, InvalidValue,
         "change: segment 2 has changes 0-2 between revisions 1 and 2; there is no change -1"),
        (1, 1, {}, InvalidValue,
         "change: segment 1 has one change (0) between revisions 1 and 2; there is no change 1"),
        (9, 0, {}, InvalidValue, "segment: article {a} has segments 1-4; there is no segment 9"),
        (3, 0, {}, InvalidValue,
         "segment: segment 3 did not change between revisions 1 and 2; nothing to reject"),
        (2, 0, {"to_number": 7}, NotFound,
         "article {a} has no revision 7 (its revisions are 1-2)"),
        (2, 0, {"from_number": 2, "to_number": 1}, InvalidValue,
         "--from: revision 2 is not older than revision 1; "
         "only a change to an older text can be rejected"),
        (2, 0, {"author": "Nobody Known"}, NotFound,
         "no person named Nobody Known; add them with transdesk person add"),
        (2, 0, {"author": TRANSLATOR, "role": "editor"}, InvalidValue,
         "--role: Rana Haddad is a translator; they cannot act as editor"),
    ],
)  # fmt: skip
def test_bad_requests_are_refused_in_one_line_and_nothing_changes(
    db: Database,
    article: int,
    segment: int,
    hunk: int,
    options: dict[str, object],
    error: type[UserError],
    line: str,
) -> None:
    before, count = texts(db, article), revision_count(db)
    arguments: dict[str, object] = {"author": EDITOR, **options}
    with pytest.raises(error) as refused:
        reject_change(db, article, segment, hunk, **arguments)  # type: ignore[arg-type]
    assert str(refused.value) == line.format(a=article)
    assert (texts(db, article), revision_count(db)) == (before, count)


def test_an_article_without_revisions_has_nothing_to_reject(db: Database, tmp_path: Path) -> None:
    add_staff(db)
    fresh = make_article(db, tmp_path / "fresh")
    with pytest.raises(UserError, match=f"^article {fresh} has no revisions yet; nothing"):
        reject_change(db, fresh, 1, 0, author=EDITOR)
    with pytest.raises(NotFound, match=r"^no article with id 999$"):
        reject_change(db, 999, 1, 0, author=EDITOR)
