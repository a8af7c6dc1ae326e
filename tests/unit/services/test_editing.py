"""Typing reaches the journal; Save turns it into a revision holding only what changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from transdesk.core.errors import InvalidValue, NotFound
from transdesk.services.editing import (
    DraftText,
    discard_journal,
    journal,
    open_for_editing,
    save_revision,
    unsaved_count,
)
from transdesk.services.history import list_revisions
from transdesk.services.importing import ImportRequest, import_report
from transdesk.services.library import list_articles
from transdesk.services.people import add_person
from transdesk.services.revising import SaveConflict
from transdesk.storage.database import Database
from transdesk.storage.models import Revision, SegmentChange


@pytest.fixture
def article(db: Database, tmp_path: Path) -> int:
    path = tmp_path / "ar.txt"
    path.write_text(
        "الأمم المتحدة: 1.2 مليون نازح\n\nقالت الأمم المتحدة إن نحو ١٫٢ مليون شخص نزحوا.\n\n"
        "وأضاف المتحدث أن الوضع يزداد سوءا.\n",
        encoding="utf-8",
    )
    for name, role in (("Rana Haddad", "translator"), ("Rana", "translator"), ("Omar", "editor")):
        add_person(db, name, role)
    return import_report(db, ImportRequest(path, target_languages=["en"])).articles[0].id


def test_only_listed_people_sign_and_only_in_a_role_the_list_gives(
    db: Database, article: int
) -> None:
    segments = open_for_editing(db, article).segments
    journal(db, article, [DraftText(segments[0].id, "UN: 1.2 million displaced", "draft")])
    with pytest.raises(NotFound, match="no person named Leila Mansour"):
        save_revision(db, article, author="Leila Mansour", role="translator")
    with pytest.raises(InvalidValue, match="Rana is a translator; they cannot act as editor"):
        save_revision(db, article, author="Rana", role="editor")
    assert unsaved_count(db, article) == 1  # nothing saved, nothing lost
    saved = save_revision(db, article, author="Omar", role="translator")  # narrower: fine
    assert saved is not None
    assert [(r.author, r.role) for r in list_revisions(db, article)] == [("Omar", "translator")]


def test_journaled_text_comes_back_when_the_article_reopens(db: Database, article: int) -> None:
    opened = open_for_editing(db, article)
    assert opened.source_direction == "rtl" and opened.target_direction == "ltr"
    assert opened.restored == 0 and opened.journal_saved_at is None
    headline = opened.segments[0]
    journal(db, article, [DraftText(headline.id, "UN: 1.2 million", "draft")])
    journal(db, article, [DraftText(headline.id, "UN: 1.2 million displaced", "translated")])
    again = open_for_editing(db, article)
    assert again.restored == 1 and again.journal_saved_at is not None
    assert (again.segments[0].target, again.segments[0].status) == (
        "UN: 1.2 million displaced",
        "translated",
    )
    assert unsaved_count(db, article) == 1


def test_save_stores_only_changed_segments_and_updates_progress(db: Database, article: int) -> None:
    segments = open_for_editing(db, article).segments
    journal(
        db,
        article,
        [
            DraftText(segments[0].id, "UN: 1.2 million displaced", "translated"),
            DraftText(segments[1].id, "", "untranslated"),  # touched, unchanged
        ],
    )
    saved = save_revision(db, article, author="Rana Haddad", role="translator", message="headline")
    assert saved is not None and (saved.number, saved.changed_segments) == (1, 1)
    assert unsaved_count(db, article) == 0
    with db.reading() as session:
        changes = session.execute(select(SegmentChange.segment_id, SegmentChange.text)).all()
        revision = session.scalar(select(Revision))
        assert revision is not None and revision.author is not None
        assert (revision.author.name, revision.role, revision.message) == (
            "Rana Haddad",
            "translator",
            "headline",
        )
    assert changes == [(segments[0].id, "UN: 1.2 million displaced")]
    summary = list_articles(db)[0]
    assert summary.words_translated == segments[0].word_count
    assert open_for_editing(db, article).segments[0].target == "UN: 1.2 million displaced"

    assert save_revision(db, article, author="Rana Haddad", role="translator") is None
    journal(db, article, [DraftText(segments[2].id, "The spokesman added…", "draft")])
    second = save_revision(db, article, author="Rana Haddad", role="translator")
    assert second is not None and second.number == 2


def test_save_on_top_of_someone_elses_revision_is_refused(db: Database, article: int) -> None:
    opened = open_for_editing(db, article)
    assert opened.base_revision == 0
    journal(db, article, [DraftText(opened.segments[0].id, "Mine", "draft")])
    save_revision(db, article, author="Omar", role="editor", base_lock_version=opened.lock_version)
    journal(db, article, [DraftText(opened.segments[1].id, "Late", "draft")])
    with pytest.raises(SaveConflict) as refused:
        save_revision(
            db, article, author="Rana", role="translator", base_lock_version=opened.lock_version
        )
    assert str(refused.value) == (
        f"article {article} was saved by Omar (revision 1) since you opened it; "
        "your text is kept: merge it"
    )
    now = open_for_editing(db, article)
    assert (refused.value.article_id, refused.value.lock_version) == (article, now.lock_version)
    assert now.base_revision == 1
    assert unsaved_count(db, article) == 1  # the refused save lost nothing


def test_bad_journal_input_changes_nothing(db: Database, article: int) -> None:
    segment = open_for_editing(db, article).segments[0]
    with pytest.raises(InvalidValue, match="segment"):
        journal(db, article, [DraftText(segment.id, "ok", "draft"), DraftText(99999, "x", "draft")])
    with pytest.raises(InvalidValue, match="status"):
        journal(db, article, [DraftText(segment.id, "ok", "published")])
    with pytest.raises(NotFound):
        journal(db, 424242, [DraftText(segment.id, "ok", "draft")])
    assert unsaved_count(db, article) == 0
    with pytest.raises(InvalidValue, match="name"):
        save_revision(db, article, author="  ", role="translator")


def test_discarding_the_journal(db: Database, article: int) -> None:
    segment = open_for_editing(db, article).segments[0]
    journal(db, article, [DraftText(segment.id, "draft text", "draft")])
    assert discard_journal(db, article) == 1
    assert open_for_editing(db, article).segments[0].target == ""


def test_each_desk_keeps_its_own_journal(db: Database, article: int) -> None:
    """Two desktops typing in one article: counting, saving and discarding stay apart."""
    first, second = (s.id for s in open_for_editing(db, article).segments[:2])
    journal(db, article, [DraftText(first, "Desk A headline", "draft")], desk="A")
    journal(db, article, [DraftText(first, "Desk B headline", "draft")], desk="B")
    journal(db, article, [DraftText(second, "Desk B lede", "draft")], desk="B")
    assert [s.target for s in open_for_editing(db, article, desk="A").segments[:2]] == [
        "Desk A headline",
        "",
    ]
    assert [s.target for s in open_for_editing(db, article, desk="B").segments[:2]] == [
        "Desk B headline",
        "Desk B lede",
    ]
    assert (unsaved_count(db, article, desk="A"), unsaved_count(db, article, desk="B")) == (1, 2)
    assert unsaved_count(db, article) == 0  # the unnamed desk typed nothing

    saved = save_revision(db, article, author="Rana Haddad", role="translator", desk="A")
    assert saved is not None and saved.changed_segments == 1
    assert unsaved_count(db, article, desk="A") == 0
    assert unsaved_count(db, article, desk="B") == 2  # A's save took nothing of B's
    reopened_b = open_for_editing(db, article, desk="B")
    assert reopened_b.segments[0].target == "Desk B headline"
    assert open_for_editing(db, article, desk="A").segments[0].target == "Desk A headline"

    assert discard_journal(db, article, desk="A") == 0
    assert discard_journal(db, article, desk="B") == 2
    assert open_for_editing(db, article, desk="B").segments[1].target == ""


def test_typing_from_before_desks_had_names_comes_back_to_the_first_named_desk(
    db: Database, article: int
) -> None:
    first, second = (s.id for s in open_for_editing(db, article).segments[:2])
    journal(db, article, [DraftText(first, "old typing", "draft")])  # desk ""
    journal(db, article, [DraftText(second, "old lede", "draft")])
    journal(db, article, [DraftText(second, "newer lede on A", "draft")], desk="A")
    opened = open_for_editing(db, article, desk="A")
    assert opened.restored == 2
    assert [s.target for s in opened.segments[:2]] == ["old typing", "newer lede on A"]
    assert open_for_editing(db, article, desk="B").restored == 0  # taken once, by A
    assert unsaved_count(db, article, desk="A") == 2
    assert unsaved_count(db, article) == 0  # the superseded old lede went
