"""Two desktops save from the same base: the second conflicts, keeps both texts and merges."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tests.unit.services.review_helpers import EDITOR, TRANSLATOR, add_staff, make_article
from transdesk.core.errors import InvalidValue
from transdesk.core.merging import merge_texts
from transdesk.services.editing import (
    DraftText,
    journal,
    open_for_editing,
    save_revision,
    unsaved_count,
)
from transdesk.services.history import list_revisions, rebuild
from transdesk.services.merging import merge_offer, save_merged
from transdesk.services.revising import SaveConflict, commit_texts
from transdesk.storage.database import Database
from transdesk.storage.models import Revision

SEGMENTS = 4  # review_helpers.SOURCE: a headline and three paragraphs
WORDS = ["the", "minister", "said", "aid", "floods", "city", "قال", "الوزير", "北京", "雨"]


def _status(text: str) -> str:
    return "translated" if text else "untranslated"


def _journal(db: Database, article: int, ids: list[int], texts: dict[int, str], desk: str) -> None:
    drafts = [DraftText(ids[i], text, _status(text)) for i, text in texts.items()]
    journal(db, article, drafts, desk=desk)


def _revision_count(db: Database, article: int) -> int:
    with db.reading() as session:
        count = session.scalar(
            select(func.count()).select_from(Revision).where(Revision.article_id == article)
        )
        return int(count or 0)


def _texts(db: Database, article: int, number: int, ids: list[int]) -> list[str]:
    rebuilt = rebuild(db, article, number)
    return [rebuilt[sid][0] for sid in ids]


def _desk_texts(db: Database, article: int, desk: str) -> list[str]:
    return [s.target for s in open_for_editing(db, article, desk=desk).segments]


# --- the property ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Scenario:
    base: list[str]  # per segment; saved as revision 1 unless all are empty
    a: dict[int, str]  # segment index → what desk A typed
    b: dict[int, str]  # and desk B
    picks: list[str]  # per segment, how B resolves it if both desks changed it


@st.composite
def _edited(draw: st.DrawFn, words: list[str]) -> str:
    changed = list(words)
    for _ in range(draw(st.integers(1, 3))):
        action = draw(st.sampled_from(["replace", "insert", "delete"]))
        at = draw(st.integers(0, len(changed)))
        word = draw(st.sampled_from(WORDS))
        if action == "insert" or at == len(changed):
            changed.insert(at, word)
        elif action == "replace":
            changed[at] = word
        else:
            del changed[at]
    return " ".join(changed)


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    words = [draw(st.lists(st.sampled_from(WORDS), max_size=6)) for _ in range(SEGMENTS)]
    base = [" ".join(w) for w in words]

    def typed() -> dict[int, str]:
        indices = draw(st.sets(st.integers(0, SEGMENTS - 1), min_size=1))
        return {i: draw(_edited(words[i])) for i in sorted(indices)}

    a, b = typed(), typed()
    assume(any(text != base[i] for i, text in a.items()))  # A's save makes a revision
    picks = draw(st.lists(st.sampled_from(["mine", "theirs", "both", "typed", "auto"]),
                          min_size=SEGMENTS, max_size=SEGMENTS))  # fmt: skip
    return Scenario(base, a, b, picks)


@settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(scenario=scenarios())
def test_two_desks_saving_from_one_base_lose_nothing_and_merge(
    db: Database, scenario: Scenario
) -> None:
    add_staff(db)  # once: the database lives across examples; each gets a fresh article
    with tempfile.TemporaryDirectory() as folder:
        article = make_article(db, Path(folder))
    ids = [s.id for s in open_for_editing(db, article).segments]
    base = scenario.base
    commit_texts(
        db, article, {ids[i]: (t, "translated") for i, t in enumerate(base) if t},
        author=TRANSLATOR,
    )  # fmt: skip
    desk_a = open_for_editing(db, article, desk="A")
    desk_b = open_for_editing(db, article, desk="B")
    assert (desk_a.lock_version, desk_a.base_revision) == (
        desk_b.lock_version,
        desk_b.base_revision,
    )
    _journal(db, article, ids, scenario.a, "A")
    _journal(db, article, ids, scenario.b, "B")

    saved_a = save_revision(
        db, article, author=TRANSLATOR, role="translator", desk="A",
        base_lock_version=desk_a.lock_version,
    )  # fmt: skip
    assert saved_a is not None
    theirs = [scenario.a.get(i, base[i]) for i in range(SEGMENTS)]
    assert unsaved_count(db, article, desk="B") == len(scenario.b)  # A's save took none of B's
    history = {n: _texts(db, article, n, ids) for n in range(1, saved_a.number + 1)}

    with pytest.raises(SaveConflict) as refused:
        save_revision(
            db, article, author=EDITOR, role="editor", desk="B",
            base_lock_version=desk_b.lock_version,
        )  # fmt: skip
    assert refused.value.article_id == article
    # Nothing is lost: B's typing is still its journal, A's revision is intact.
    assert unsaved_count(db, article, desk="B") == len(scenario.b)
    b_view = _desk_texts(db, article, "B")
    assert all(b_view[i] == text for i, text in scenario.b.items())
    assert _texts(db, article, saved_a.number, ids) == theirs
    assert _revision_count(db, article) == saved_a.number

    offer = merge_offer(db, article, desk_b.base_revision, desk="B")
    assert (offer.lock_version, offer.newest_revision) == (
        refused.value.lock_version,
        saved_a.number,
    )
    assert [s.position for s in offer.segments] == [i + 1 for i in scenario.b]
    choices: dict[int, str] = {}
    expected = list(theirs)
    for segment, (i, text) in zip(offer.segments, scenario.b.items(), strict=True):
        assert (segment.segment_id, segment.base) == (ids[i], base[i])
        assert (segment.mine, segment.theirs) == (text, theirs[i])
        if theirs[i] != base[i]:
            assert (segment.theirs_author, segment.theirs_revision) == (TRANSLATOR, saved_a.number)
        assert (segment.state == "conflict") == (segment.merged is None)
        event(f"segment {segment.state}")
        assert (segment.state == "same") == (text == theirs[i])
        if text == base[i] or text == theirs[i]:
            continue  # B did not change it, or changed it as A did: A's text stays
        if theirs[i] == base[i]:
            assert segment.state == "clean"
            expected[i] = text  # only B changed it
            continue
        pick = scenario.picks[i]
        if pick == "auto" and segment.merged is not None:
            assert segment.merged == merge_texts(base[i], text, theirs[i])
            expected[i] = segment.merged
            continue
        choice = {"theirs": theirs[i], "both": f"{text}\n{theirs[i]}", "typed": f"typed {i}"}
        expected[i] = choices[ids[i]] = choice.get(pick, text)

    saved = save_merged(
        db, article, offer.lock_version, choices, base_revision=offer.base_revision, desk="B",
        author=EDITOR, role="editor",
    )  # fmt: skip
    assert unsaved_count(db, article, desk="B") == 0
    if expected == theirs:
        assert saved is None and _revision_count(db, article) == saved_a.number
    else:
        assert saved is not None and saved.number == saved_a.number + 1
        assert _texts(db, article, saved.number, ids) == expected
        assert list_revisions(db, article)[0].message == f"Merged with revision {saved_a.number}"
    assert [s.target for s in open_for_editing(db, article, desk="B").segments] == expected
    for number, texts in history.items():  # earlier revisions are as they were
        assert _texts(db, article, number, ids) == texts


# --- examples --------------------------------------------------------------------------------

BASE = [
    "UN: 1.2 million displaced by floods",
    "The UN said on Tuesday that 1.2 million people had fled.",
    "The spokesman added that the situation was getting worse.",
    "The organisation called for urgent aid.",
]


@dataclass(frozen=True)
class TwoDesks:
    article: int
    ids: list[int]
    base_revision: int


@pytest.fixture
def two_desks(db: Database, tmp_path: Path) -> TwoDesks:
    """Revision 1 holds BASE; desk A saves revision 2 over it; desk B has typed meanwhile."""
    add_staff(db)
    article = make_article(db, tmp_path / "in")
    ids = [s.id for s in open_for_editing(db, article).segments]
    commit_texts(db, article, {sid: (t, "translated") for sid, t in zip(ids, BASE, strict=True)},
                 author=TRANSLATOR)  # fmt: skip
    opened = open_for_editing(db, article, desk="B")
    journal(db, article, [
        DraftText(ids[0], "UN: 1.2 million displaced by floods", "reviewed"),  # same text
        DraftText(ids[1], "The UN said on Monday that 1.2 million people had fled.", "translated"),
        DraftText(ids[2], "The spokesman said that the situation was getting worse.", "translated"),
        DraftText(ids[3], "The organisation called for urgent help.", "translated"),
    ], desk="B")  # fmt: skip
    journal(db, article, [
        DraftText(ids[1], "The UN said on Tuesday that 1.2 million people had fled home.",
                  "reviewed"),
        DraftText(ids[2], "The spokesman claimed that the situation was getting worse.",
                  "reviewed"),
    ], desk="A")  # fmt: skip
    save_revision(db, article, author=EDITOR, role="editor", desk="A")
    return TwoDesks(article, ids, opened.base_revision)


def test_the_offer_says_what_each_segment_needs(db: Database, two_desks: TwoDesks) -> None:
    offer = merge_offer(db, two_desks.article, two_desks.base_revision, desk="B")
    assert (offer.base_revision, offer.newest_revision) == (1, 2)
    assert [(s.position, s.state) for s in offer.segments] == [
        (1, "same"), (2, "merged"), (3, "conflict"), (4, "clean"),
    ]  # fmt: skip
    assert (
        offer.segments[1].merged == "The UN said on Monday that 1.2 million people had fled home."
    )
    assert [s.position for s in offer.conflicts] == [3]
    assert [s.position for s in offer.to_review] == [2, 3]
    assert (offer.segments[2].theirs_author, offer.segments[2].theirs_revision) == (EDITOR, 2)
    assert (offer.segments[3].theirs_author, offer.segments[3].theirs_revision) == (TRANSLATOR, 1)


def test_an_unresolved_conflict_is_refused_naming_the_segment(
    db: Database, two_desks: TwoDesks
) -> None:
    offer = merge_offer(db, two_desks.article, two_desks.base_revision, desk="B")
    with pytest.raises(InvalidValue) as refused:
        save_merged(
            db, two_desks.article, offer.lock_version, {}, base_revision=1, desk="B",
            author=EDITOR, role="editor",
        )  # fmt: skip
    assert str(refused.value) == (
        "segment 3: was changed here and in the newer revision; choose the text to keep"
    )
    with pytest.raises(InvalidValue, match=f"segments \\[{two_desks.ids[0] + 99}\\]"):
        save_merged(
            db, two_desks.article, offer.lock_version,
            {two_desks.ids[2]: "x", two_desks.ids[0] + 99: "y"}, base_revision=1, desk="B",
            author=EDITOR, role="editor",
        )  # fmt: skip
    assert unsaved_count(db, two_desks.article, desk="B") == 4
    assert _revision_count(db, two_desks.article) == 2


def test_a_save_made_during_the_merge_refuses_it_and_changes_nothing(
    db: Database, two_desks: TwoDesks
) -> None:
    article, ids = two_desks.article, two_desks.ids
    offer = merge_offer(db, article, two_desks.base_revision, desk="B")
    journal(db, article, [DraftText(ids[0], "Floods: 1.2 million displaced", "draft")], desk="A")
    save_revision(db, article, author=EDITOR, role="editor", desk="A")
    before = _desk_texts(db, article, "B")
    with pytest.raises(SaveConflict, match=f"saved by {EDITOR} \\(revision 3\\)"):
        save_merged(
            db, article, offer.lock_version, {ids[2]: "chosen"}, base_revision=1, desk="B",
            author=EDITOR, role="editor",
        )  # fmt: skip
    assert _revision_count(db, article) == 3
    assert _desk_texts(db, article, "B") == before and unsaved_count(db, article, desk="B") == 4
    # A new offer, made at the newer version, goes through.
    again = merge_offer(db, article, two_desks.base_revision, desk="B")
    assert again.segments[0].state == "merged"  # A changed it again; B's text equals the base
    saved = save_merged(
        db, article, again.lock_version, {ids[2]: "chosen"}, base_revision=1, desk="B",
        author=EDITOR, role="editor", message="Took both",
    )  # fmt: skip
    assert saved is not None and saved.number == 4
    assert list_revisions(db, article)[0].message == "Took both"


def test_the_merged_revision_keeps_each_sides_text_and_status(
    db: Database, two_desks: TwoDesks
) -> None:
    article, ids = two_desks.article, two_desks.ids
    offer = merge_offer(db, article, two_desks.base_revision, desk="B")
    theirs = offer.segments[2].theirs
    saved = save_merged(
        db, article, offer.lock_version, {ids[2]: theirs}, base_revision=1, desk="B",
        author=EDITOR, role="editor",
    )  # fmt: skip
    assert saved is not None and (saved.number, saved.changed_segments) == (3, 3)
    assert [(s.target, s.status) for s in open_for_editing(db, article, desk="B").segments] == [
        ("UN: 1.2 million displaced by floods", "reviewed"),  # same text, B's new status
        ("The UN said on Monday that 1.2 million people had fled home.", "reviewed"),
        ("The spokesman claimed that the situation was getting worse.", "reviewed"),  # theirs
        ("The organisation called for urgent help.", "translated"),  # mine, clean
    ]
    assert list_revisions(db, article)[0].message == "Merged with revision 2"
    assert unsaved_count(db, article, desk="B") == 0
