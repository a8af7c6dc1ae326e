"""The translation memory: learning approved articles, TMX files, matches, pre-translation."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.unit.services.review_helpers import EDITOR, TRANSLATOR, add_staff, make_article
from transdesk.core.errors import UserError
from transdesk.services.history import blame
from transdesk.services.memory import concordance, find_matches, memory_stats
from transdesk.services.memory_store import learn_article
from transdesk.services.memory_tmx import export_tmx, import_tmx
from transdesk.services.pretranslation import pretranslate
from transdesk.services.revising import edit_segment
from transdesk.services.workflow import approve, submit
from transdesk.storage.database import Database
from transdesk.storage.models import MemoryUnit

ENGLISH = [
    "UN: 1.2 million displaced by floods",
    "The United Nations said on Tuesday that about 1.2 million people had fled their homes.",
    "The spokesman added that the situation is getting worse.",
    "The organisation called for urgent aid for those affected in the eastern states.",
]


def units(db: Database) -> list[tuple[str, str, str]]:
    with db.reading() as session:
        rows = session.execute(
            select(MemoryUnit.source, MemoryUnit.target, MemoryUnit.author).order_by(MemoryUnit.id)
        ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def translated_article(db: Database, folder: Path, paragraphs: list[str] | None = None) -> int:
    add_staff(db)
    article = make_article(db, folder, paragraphs)
    for number, text in enumerate(ENGLISH, start=1):
        edit_segment(db, article, number, text, author=TRANSLATOR)
    return article


def test_approval_teaches_the_memory_each_segment_with_its_translator(
    db: Database, tmp_path: Path
) -> None:
    article = translated_article(db, tmp_path)
    submit(db, article, author=TRANSLATOR)
    approve(db, article, author=EDITOR)
    stored = units(db)
    assert len(stored) == 4
    assert stored[2] == ("وأضاف المتحدث أن الوضع يزداد سوءا.", ENGLISH[2], TRANSLATOR)
    assert memory_stats(db) == [("ar", "en", 4)]


def test_a_paragraph_is_learnt_sentence_by_sentence_when_both_sides_agree(
    db: Database, tmp_path: Path
) -> None:
    add_staff(db)
    article = make_article(
        db, tmp_path, ["عنوان الخبر", "وصل الوفد إلى بغداد. وبدأت المحادثات مساء الاثنين."]
    )
    edit_segment(db, article, 1, "The headline", author=TRANSLATOR)
    edit_segment(
        db, article, 2, "The delegation reached Baghdad. Talks began on Monday evening.",
        author=TRANSLATOR,
    )  # fmt: skip
    with db.transaction() as session:
        assert learn_article(session, article) == 3
    assert [(s, t) for s, t, _ in units(db)][1:] == [
        ("وصل الوفد إلى بغداد.", "The delegation reached Baghdad."),
        ("وبدأت المحادثات مساء الاثنين.", "Talks began on Monday evening."),
    ]


def test_learning_again_does_not_duplicate(db: Database, tmp_path: Path) -> None:
    article = translated_article(db, tmp_path)
    with db.transaction() as session:
        learn_article(session, article)
    with db.transaction() as session:
        learn_article(session, article)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(MemoryUnit)) == 4


def test_matches_put_the_exact_text_first_then_the_closest_with_who_and_when(
    db: Database, tmp_path: Path
) -> None:
    article = translated_article(db, tmp_path)
    with db.transaction() as session:
        learn_article(session, article)
    exact = find_matches(db, "ar", "en", "وأضاف المتحدث أن الوضع يزداد سوءا.")
    assert exact[0].score == 100 and exact[0].target == ENGLISH[2]
    assert exact[0].author == TRANSLATOR and exact[0].origin == "article"
    close = find_matches(db, "ar", "en", "وأضاف المتحدث أن الوضع الإنساني يزداد سوءا.")
    assert close[0].target == ENGLISH[2] and 80 <= close[0].score < 100
    assert find_matches(db, "ar", "fr", "وأضاف المتحدث أن الوضع يزداد سوءا.") == []


def test_concordance_finds_a_phrase_in_sources_or_translations(
    db: Database, tmp_path: Path
) -> None:
    article = translated_article(db, tmp_path)
    with db.transaction() as session:
        learn_article(session, article)
    assert [m.target for m in concordance(db, "ar", "en", "المتحدث")] == [ENGLISH[2]]
    assert [m.target for m in concordance(db, "ar", "en", "united NATIONS", in_target=True)] == [
        ENGLISH[1]
    ]
    assert concordance(db, "ar", "en", "100%_") == []  # LIKE wildcards are plain text


def test_pretranslation_fills_exact_matches_only_and_blame_says_so(
    db: Database, tmp_path: Path
) -> None:
    article = translated_article(db, tmp_path / "one")
    with db.transaction() as session:
        learn_article(session, article)
    second = make_article(
        db, tmp_path / "two", ["عنوان آخر", "وأضاف المتحدث أن الوضع يزداد سوءا.", "جملة جديدة."]
    )
    result = pretranslate(db, second, author=TRANSLATOR)
    assert (result.segments_filled, result.revision_number) == (1, 1)
    lines = blame(db, second)
    assert [line.origin for line in lines] == [None, "memory", None]
    assert lines[1].author == TRANSLATOR
    again = pretranslate(db, second, author=TRANSLATOR)
    assert (again.segments_filled, again.revision_number) == (0, None)


def test_tmx_round_trip_keeps_every_text_and_author(db: Database, tmp_path: Path) -> None:
    article = translated_article(db, tmp_path)
    with db.transaction() as session:
        learn_article(session, article)
    path = tmp_path / "desk.tmx"
    assert export_tmx(db, path, "ar", "en") == 4
    assert b'srclang="ar"' in path.read_bytes()
    other = tmp_path / "other.sqlite3"
    from transdesk.storage.database import open_database

    fresh = open_database(f"sqlite:///{other}")
    try:
        result = import_tmx(fresh, path)
        assert (result.source_language, result.target_language, result.added) == ("ar", "en", 4)
        assert units(fresh) == units(db)
    finally:
        fresh.close()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("not xml at all", "is not well-formed XML"),
        ("<xliff version='1.2'/>", "is not a TMX file"),
        (
            '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&b;'
            '</seg></tuv><tuv xml:lang="fr"><seg>x</seg></tuv></tu></body></tmx>',
            "declares XML entities",
        ),
        (
            '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&x;'
            '</seg></tuv><tuv xml:lang="fr"><seg>x</seg></tuv></tu></body></tmx>',
            "declares XML entities",
        ),
        (
            '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en">'
            "<seg>alone</seg></tuv></tu></body></tmx>",
            "holds several target languages (none)",
        ),
    ],
)
def test_a_bad_tmx_file_is_refused_in_one_line_and_nothing_is_stored(
    db: Database, tmp_path: Path, content: str, problem: str
) -> None:
    path = tmp_path / "bad.tmx"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError) as refusal:
        import_tmx(db, path)
    assert str(refusal.value).startswith(f"{path}: ") and problem in str(refusal.value)
    assert "\n" not in str(refusal.value)
    assert units(db) == []
