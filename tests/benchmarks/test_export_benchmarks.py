"""Export targets (issue #5): 1,000 approved articles to ninjs in under 10 s.

Rendering alone (1,000 Publications of 30 segments each, about 800 words, half Arabic→English,
half English→Arabic, with full attribution), and the whole service from a database.
"""

from __future__ import annotations

import json
import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.benchmarks.news_text import paragraph
from tests.benchmarks.timing import median_seconds, report
from transdesk.core.publication import Publication, PublishedSegment, SourceCreditLine
from transdesk.formats.export_ninjs import render
from transdesk.services.exporting import Destination, export_many
from transdesk.storage.database import Database, open_database

ARTICLES = 1_000
ARABIC_WORDS = (
    "قال الوزير إن المحادثات بشأن حقوق المياه ستستأنف الأسبوع المقبل في جنيف بعد أشهر من "
    "المفاوضات وأفاد مسؤولون أن الحكومة وافقت على خطة جديدة بينما تجمع المحتجون قرب البرلمان"
).split()
KINDS = ("headline", "standfirst", *["paragraph"] * 12, "heading", *["paragraph"] * 10,
         "quote", "paragraph", "caption", "paragraph", "paragraph")  # fmt: skip


def arabic_paragraph(rng: random.Random, words: int = 30) -> str:
    return " ".join(rng.choice(ARABIC_WORDS) for _ in range(words)) + "."


def publication(number: int, rng: random.Random) -> Publication:
    into_arabic = number % 2 == 1
    translate = arabic_paragraph if into_arabic else paragraph
    write_source = paragraph if into_arabic else arabic_paragraph
    published = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=number)
    original = SourceCreditLine(
        "original",
        "Example News" if into_arabic else "الجزيرة نت",
        f"https://news.example.com/2026/{number}/talks-resume",
        write_source(rng, 8),
        ("Jane Doe", "John Roe"),
        "en" if into_arabic else "ar",
        published,
    )
    via = SourceCreditLine("via", "Gulf Wire", "https://gulfwire.example/1", None, (), None, None)
    assert len(KINDS) == 30
    return Publication(
        article_id=number,
        report_id=number,
        revision=rng.randint(1, 40),
        revision_at=published + timedelta(hours=5),
        status="approved",
        source_language=original.language or "en",
        target_language="ar" if into_arabic else "en",
        segments=tuple(
            PublishedSegment(i, kind, write_source(rng), translate(rng), "reviewed")
            for i, kind in enumerate(KINDS)
        ),
        credits=(original, via),
        translators=("Rana Haddad", "Leila Mansour"),
        editor="Omar Said",
        section="World",
        rights="© Example News 2026",
        created_at=published + timedelta(hours=1),
    )


def test_render_1000_articles_to_ninjs() -> None:
    rng = random.Random(5)
    publications = [publication(number, rng) for number in range(1, ARTICLES + 1)]
    words = sum(json.loads(render(p))["bodies"][0]["wordCount"] for p in publications)
    sizes: list[int] = []

    def render_all() -> None:
        sizes[:] = [len(render(p)) for p in publications]

    seconds = median_seconds(render_all)
    report(
        f"ninjs 3.1 render of {ARTICLES:,} articles (30 segments, ~{words // ARTICLES} words "
        f"each; {sum(sizes) / 1e6:.1f} MB of JSON)",
        seconds,
        10.0,
    )
    assert seconds < 10.0


def _fill_approved(db: Database, articles: int, rng: random.Random) -> list[int]:
    """``articles`` approved Arabic→English articles of 30 translated segments, with credits,
    a translator, an editor and a revision, inserted in bulk."""
    from sqlalchemy import insert

    from transdesk.services.people import add_person
    from transdesk.storage.models import (
        Article,
        ArticlePerson,
        Report,
        ReportVersion,
        Revision,
        Segment,
        SourceCredit,
        Target,
        WorkflowEvent,
    )  # fmt: skip

    translator = add_person(db, "Rana Haddad", "translator").id
    editor = add_person(db, "Omar Said", "editor").id
    with db.transaction() as session:
        reports = session.execute(
            insert(Report).returning(Report.id),
            [{"source_language": "ar", "rights": "© Example News 2026"}] * articles,
        ).scalars().all()  # fmt: skip
        versions = session.execute(
            insert(ReportVersion).returning(ReportVersion.id),
            [{"report_id": r, "number": 1, "headline": arabic_paragraph(rng, 8),
              "file_format": "text"} for r in reports],
        ).scalars().all()  # fmt: skip
        session.execute(insert(SourceCredit), [
            {"report_id": r, "position": 0, "role": "original", "outlet": "Example News",
             "url": f"https://news.example.com/{r}", "authors": ["Jane Doe"], "language": "ar",
             "published_at": datetime(2026, 11, 18, tzinfo=UTC)} for r in reports
        ])  # fmt: skip
        segments = session.execute(
            insert(Segment).returning(Segment.id, Segment.version_id),
            [{"version_id": v, "position": i, "kind": kind, "source": arabic_paragraph(rng),
              "source_hash": f"{v}-{i}", "word_count": 30}
             for v in versions for i, kind in enumerate(KINDS)],
        ).all()  # fmt: skip
        ids = session.execute(
            insert(Article).returning(Article.id),
            [{"report_id": r, "version_id": v, "target_language": "en", "status": "approved",
              "title": f"Report {r}", "words_total": 900, "words_translated": 900}
             for r, v in zip(reports, versions, strict=True)],
        ).scalars().all()  # fmt: skip
        article_of = dict(zip(versions, ids, strict=True))
        session.execute(insert(Target), [
            {"article_id": article_of[v], "segment_id": s, "text": paragraph(rng),
             "status": "reviewed"} for s, v in segments
        ])  # fmt: skip
        session.execute(insert(ArticlePerson), [
            {"article_id": a, "person_id": p, "role": role, "position": 0}
            for a in ids for p, role in ((translator, "translator"), (editor, "editor"))
        ])  # fmt: skip
        session.execute(insert(Revision), [
            {"article_id": a, "number": 1, "author_id": translator, "role": "translator",
             "message": "", "words_added": 900, "words_removed": 0} for a in ids
        ])  # fmt: skip
        # Approved through review, as real articles are: the approval recorded the QA
        # verdict (here an editor's override, the random texts do not match their sources).
        session.execute(insert(WorkflowEvent), [
            {"article_id": a, "from_status": "in_review", "to_status": "approved",
             "person_id": editor, "role": "editor", "revision_number": 1, "note": "",
             "qa_override": "benchmark texts", "created_at": datetime(2026, 11, 19, tzinfo=UTC)}
            for a in ids
        ])  # fmt: skip
    return list(ids)


def test_export_1000_approved_articles_from_the_database_to_ninjs(tmp_path: Path) -> None:
    """The whole service: read each article, render, write the file whole, record it."""
    db = open_database(str(tmp_path / "export.sqlite3"))
    ids = _fill_approved(db, ARTICLES, random.Random(7))
    out = tmp_path / "out"
    out.mkdir()
    start = time.perf_counter()
    results, errors = export_many(db, ids, "ninjs", Destination(out), author="Omar Said")
    seconds = time.perf_counter() - start
    assert not errors and len(results) == ARTICLES
    assert len(list(out.iterdir())) == ARTICLES
    report(
        f"export of {ARTICLES:,} approved articles from the database to ninjs 3.1 files "
        "(each recorded, written whole)",
        seconds,
        10.0,
        runs=1,  # each run changes the database
    )
    assert seconds < 10.0
