"""Review workflow: role checks, recorded transitions, unresolved comments reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.services.review_helpers import ADMIN, EDITOR, TRANSLATOR, add_staff, make_article
from transdesk.core.errors import NotFound, UserError
from transdesk.services.articles import show_article
from transdesk.services.comments import add_comment, resolve
from transdesk.services.history import list_revisions
from transdesk.services.revising import edit_segment
from transdesk.services.workflow import approve, list_events, request_changes, submit
from transdesk.storage.database import Database
from transdesk.storage.models import Article


@pytest.fixture
def article(db: Database, tmp_path: Path) -> int:
    add_staff(db)
    article = make_article(db, tmp_path / "in")
    edit_segment(db, article, 1, "UN: 1.2 million displaced", author=TRANSLATOR)
    return article


def status(db: Database, article: int) -> str:
    return show_article(db, article, with_segments=False).status


def test_a_full_review_round_is_recorded(db: Database, article: int) -> None:
    submitted = submit(db, article, author=TRANSLATOR, note="ready")
    assert (submitted.event.from_status, submitted.event.to_status) == ("draft", "in_review")
    sent_back = request_changes(db, article, author=EDITOR, note="see #2")
    assert sent_back.event.to_status == "changes_requested"
    edit_segment(db, article, 2, "The UN said 1.2 million fled.", author=TRANSLATOR)
    submit(db, article, author=TRANSLATOR)
    edit_segment(db, article, 2, "The UN said some 1.2 million fled.", author=EDITOR)
    approved = approve(
        db, article, author=EDITOR, note="good", qa_override="paragraphs 3-4 follow in an update"
    )
    assert status(db, article) == "approved"
    assert approved.to_json()["revision"] == 3
    assert approved.to_json()["qa_override"] == "paragraphs 3-4 follow in an update"
    events = list_events(db, article)
    assert [(e.from_status, e.to_status, e.person, e.role, e.revision_number, e.note)
            for e in events] == [
        ("draft", "in_review", TRANSLATOR, "translator", 1, "ready"),
        ("in_review", "changes_requested", EDITOR, "editor", 1, "see #2"),
        ("changes_requested", "in_review", TRANSLATOR, "translator", 2, ""),
        ("in_review", "approved", EDITOR, "editor", 3, "good"),
    ]  # fmt: skip
    # The editor's correction is the editor's own revision.
    assert (list_revisions(db, article)[0].author, list_revisions(db, article)[0].role) == (
        EDITOR,
        "editor",
    )


def test_a_translator_cannot_approve_and_nothing_changes(db: Database, article: int) -> None:
    submit(db, article, author=TRANSLATOR)
    with pytest.raises(
        UserError, match=r"^Rana Haddad is a translator; only an editor can approve$"
    ):
        approve(db, article, author=TRANSLATOR)
    with pytest.raises(UserError, match="only an editor can request changes"):
        request_changes(db, article, author=TRANSLATOR)
    with pytest.raises(UserError, match="Omar Said is acting as a translator"):
        approve(db, article, author=EDITOR, role="translator")
    assert status(db, article) == "in_review"
    assert len(list_events(db, article)) == 1
    approve(db, article, author=ADMIN, qa_override="partial on purpose")  # an admin may
    assert status(db, article) == "approved"


def test_transitions_from_the_wrong_state_are_refused(db: Database, article: int) -> None:
    with pytest.raises(UserError, match="is draft; it can be approved only from in_review"):
        approve(db, article, author=EDITOR)
    submit(db, article, author=EDITOR)  # an editor may submit too
    with pytest.raises(UserError, match="can be submitted only from draft or changes_requested"):
        submit(db, article, author=TRANSLATOR)
    with pytest.raises(NotFound, match="no article with id 999"):
        submit(db, 999, author=TRANSLATOR)
    with pytest.raises(NotFound, match="no person named Nobody"):
        approve(db, article, author="Nobody")
    assert [e.to_status for e in list_events(db, article)] == ["in_review"]


def test_unresolved_comments_are_reported_on_submit_and_approve(db: Database, article: int) -> None:
    first = add_comment(db, article, 2, "Translate this paragraph", author=EDITOR)
    add_comment(db, article, 1, "Good headline", author=EDITOR)
    resolve(db, first.id, author=TRANSLATOR)
    submitted = submit(db, article, author=TRANSLATOR)
    assert [t.first.text for t in submitted.unresolved] == ["Good headline"]
    assert submitted.to_json()["unresolved_comments"][0]["position"] == 0
    approved = approve(db, article, author=EDITOR, qa_override="partial")  # not blocking
    assert len(approved.unresolved) == 1 and status(db, article) == "approved"


def test_a_status_change_is_not_a_new_version_of_the_text(db: Database, article: int) -> None:
    """A translator with the article open can still save after it was submitted or sent
    back: only a new text makes their save a conflict."""
    from transdesk.services.revising import commit_texts

    with db.reading() as session:
        opened = session.get(Article, article)
        assert opened is not None
        base = opened.lock_version
    submit(db, article, author=TRANSLATOR)
    request_changes(db, article, author=EDITOR, note="check the figure")
    segment = show_article(db, article).segments[1].id
    saved = commit_texts(
        db, article, {segment: ("The UN said 1.2 million fled.", "translated")},
        author=TRANSLATOR, base_lock_version=base,
    )  # fmt: skip
    assert saved is not None and saved.number == 2
    assert status(db, article) == "changes_requested"


FAITHFUL = [
    "UN: 1.2 million displaced by floods",
    "The United Nations said on Tuesday that about 1.2 million people had fled their homes.",
    "The spokesman added that the situation is getting worse.",
    "The organisation called for urgent aid for those affected in the eastern states.",
]


def test_qa_errors_block_approval_until_a_reason_is_given(db: Database, article: int) -> None:
    for number, text in enumerate(FAITHFUL, start=1):
        edit_segment(db, article, number, text, author=TRANSLATOR)
    edit_segment(db, article, 2, FAITHFUL[1].replace("1.2", "1.3"), author=TRANSLATOR)
    submit(db, article, author=TRANSLATOR)
    with pytest.raises(UserError) as refusal:
        approve(db, article, author=EDITOR, qa_override="   ")
    assert str(refusal.value).startswith(
        f"article {article} has 1 QA error (#2 number-missing: ١٫٢ is not in the translation)"
    )
    assert str(refusal.value).endswith("approve with --override-qa REASON to go ahead")
    assert status(db, article) == "in_review" and len(list_events(db, article)) == 1
    approve(db, article, author=EDITOR, qa_override="  the agency  corrected the figure ")
    assert list_events(db, article)[-1].qa_override == "the agency corrected the figure"


def test_a_clean_translation_is_approved_and_no_override_is_recorded(
    db: Database, article: int
) -> None:
    for number, text in enumerate(FAITHFUL, start=1):
        edit_segment(db, article, number, text, author=TRANSLATOR)
    # Doubled spaces are only a warning: warnings never block.
    edit_segment(db, article, 3, FAITHFUL[2].replace(" added", "  added"), author=TRANSLATOR)
    submit(db, article, author=TRANSLATOR)
    approve(db, article, author=EDITOR, qa_override="not needed")
    assert list_events(db, article)[-1].qa_override is None
