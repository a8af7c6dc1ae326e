"""Revision targets (issue #4): the history list and blame of an article with 1,000
revisions, and what one revision changing one word of a 50,000-word article costs on disk."""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

from sqlalchemy import insert, select, text, update

from tests.benchmarks.news_text import report_text
from tests.benchmarks.timing import median_seconds, report
from transdesk.services.history import (
    _count_from_texts,
    blame,
    list_revisions,
    rebuild,
    words_changed,
)
from transdesk.services.importing import ImportRequest, import_report
from transdesk.services.people import add_person
from transdesk.services.revising import commit_texts
from transdesk.storage.database import Database, open_database
from transdesk.storage.models import Person, Revision, Segment, SegmentChange, Target

PARAGRAPHS = 1_700  # about 30 words each: a 50,000-word article
REVISIONS = 1_000


def _report_ms(name: str, seconds: float, target: float) -> None:
    report(name, seconds, target, decimals=1)


def _long_article(tmp_path: Path, name: str) -> tuple[Database, int, list[tuple[int, str]]]:
    source = tmp_path / f"{name}.txt"
    source.write_text(report_text(PARAGRAPHS), encoding="utf-8")
    db = open_database(str(tmp_path / f"{name}.sqlite3"))
    article = import_report(
        db, ImportRequest(source, source_language="en", target_languages=["fr"])
    )
    add_person(db, "Rana Haddad", "translator")
    add_person(db, "Omar Said", "editor")
    with db.reading() as session:
        segments = session.execute(
            select(Segment.id, Segment.source)
            .join(Target, Target.segment_id == Segment.id)
            .where(Target.article_id == article.articles[0].id)
            .order_by(Segment.position)
        ).all()
    return db, article.articles[0].id, [(sid, source) for sid, source in segments]


def _bulk_history(db: Database, article: int, segments: list[tuple[int, str]]) -> None:
    """Revision 1 translates everything; 999 more each change one word in 1-5 paragraphs.
    Bulk inserts, leaving what the services would: deltas, word counts, current targets."""
    rng = random.Random(4)
    texts = dict(segments)
    history: list[list[tuple[int, str]]] = [list(segments)]
    counts = [(sum(words_changed("", t)[0] for t in texts.values()), 0)]
    for _ in range(REVISIONS - 1):
        changed = []
        added = removed = 0
        for sid, _ in rng.sample(segments, rng.randint(1, 5)):
            words = texts[sid].split()
            at = rng.randrange(len(words))
            words[at] = next(w for w in ("reportedly", "nearly", "Geneva") if w != words[at])
            new = " ".join(words)
            a, r = words_changed(texts[sid], new)
            added, removed, texts[sid] = added + a, removed + r, new
            changed.append((sid, new))
        history.append(changed)
        counts.append((added, removed))
    with db.transaction() as session:
        people = session.scalars(select(Person.id).order_by(Person.id)).all()
        rows = [
            {
                "article_id": article,
                "number": n,
                "author_id": people[n % 2],
                "role": ("translator", "editor")[n % 2],
                "message": f"revision {n}",
                "words_added": counts[n - 1][0],
                "words_removed": counts[n - 1][1],
            }
            for n in range(1, REVISIONS + 1)
        ]
        inserted = session.execute(insert(Revision).returning(Revision.id), rows)
        revision_ids = inserted.scalars().all()
        changes = [
            {"revision_id": rid, "segment_id": sid, "text": value, "status": "translated"}
            for rid, changed in zip(revision_ids, history, strict=True)
            for sid, value in changed
        ]
        session.execute(insert(SegmentChange), changes)
        for sid, value in texts.items():
            session.execute(
                update(Target)
                .where(Target.article_id == article, Target.segment_id == sid)
                .values(text=value, status="translated")
            )
    print(f"\n{REVISIONS:,} revisions, {len(changes):,} changes of {len(segments):,} segments")


def test_revisions_list_and_blame_with_1000_revisions(tmp_path: Path) -> None:
    db, article, segments = _long_article(tmp_path, "history")
    _bulk_history(db, article, segments)
    revisions = list_revisions(db, article)
    assert len(revisions) == REVISIONS and revisions[-1].words_added > 45_000
    assert all(r.words_added == r.words_removed > 0 for r in revisions[:-1])  # one for one
    with db.reading() as session:  # the stored counts are what the texts say
        assert _count_from_texts(session, article) == {
            r.number: (r.words_added, r.words_removed) for r in revisions
        }
        start = time.perf_counter()
        _count_from_texts(session, article)
        walked = time.perf_counter() - start
    print(f"counting the same from the texts (older databases): {walked * 1000:.1f} ms")
    listed = median_seconds(lambda: list_revisions(db, article))
    _report_ms(f"revisions list, {REVISIONS:,} revisions", listed, 0.1)
    blamed = median_seconds(lambda: blame(db, article))
    _report_ms(f"blame of {len(segments):,} segments over {REVISIONS:,} revisions", blamed, 0.1)
    rebuilt = median_seconds(lambda: rebuild(db, article, REVISIONS // 2))
    print(f"rebuild of revision {REVISIONS // 2}: {rebuilt * 1000:.1f} ms (a figure, no target)")
    assert listed < 0.1 and blamed < 0.1


def _file_bytes(db: Database) -> int:
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = connection.execute(text("PRAGMA page_count")).scalar_one()
        size = connection.execute(text("PRAGMA page_size")).scalar_one()
        return int(pages) * int(size)


def test_a_one_word_revision_of_a_50000_word_article_adds_under_2_kb(tmp_path: Path) -> None:
    db, article, segments = _long_article(tmp_path, "size")
    words = sum(len(source.split()) for _, source in segments)
    first = commit_texts(
        db, article, {sid: (source, "translated") for sid, source in segments}, author="Rana Haddad"
    )
    assert first is not None and first.changed_segments == len(segments)
    rng = random.Random(9)
    texts = dict(segments)
    runs = 200
    before = _file_bytes(db)
    for _ in range(runs):
        sid, _ = rng.choice(segments)
        parts = texts[sid].split()
        at = rng.randrange(len(parts))
        parts[at] = next(w for w in ("reportedly", "nearly", "Geneva") if w != parts[at])
        texts[sid] = " ".join(parts)
        saved = commit_texts(db, article, {sid: (texts[sid], "translated")}, author="Omar Said")
        assert saved is not None and saved.changed_segments == 1
    per_revision = (_file_bytes(db) - before) / runs
    paragraph = statistics.mean(len(t.encode()) for t in texts.values())
    print(
        f"\none-word revision of a {words:,}-word article: {per_revision:.0f} bytes of file "
        f"growth each (mean of {runs}; the changed paragraph itself is ~{paragraph:.0f} bytes; "
        "target under 2,048)"
    )
    assert per_revision < 2048
