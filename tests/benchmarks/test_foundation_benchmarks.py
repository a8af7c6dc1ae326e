"""Foundation targets (issue #2): import, list, show and start-up times."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import insert, select

from tests.benchmarks.news_text import report_text
from tests.benchmarks.timing import median_seconds, report
from transdesk.services.articles import show_article
from transdesk.services.importing import ImportRequest, import_report
from transdesk.services.library import list_articles
from transdesk.storage.database import Database, open_database
from transdesk.storage.models import Article, Report, ReportVersion


def test_import_5000_paragraphs(tmp_path: Path) -> None:
    source = tmp_path / "long.txt"
    source.write_text(report_text(5000), encoding="utf-8")
    words = len(source.read_text().split())
    dbs = iter(range(100))

    def one_import() -> None:
        db = open_database(str(tmp_path / f"import{next(dbs)}.sqlite3"))
        result = import_report(db, ImportRequest(source, target_languages=["ar"]))
        assert result.segments == 5001
        db.close()

    open_database(str(tmp_path / "warm.sqlite3")).close()  # migrations' import cost apart
    seconds = median_seconds(one_import)
    report(f"import of 5,000 paragraphs ({words:,} words)", seconds, 2.0)
    assert seconds < 2.0


def _fill_library(db: Database, articles: int) -> None:
    with db.transaction() as session:
        reports = (
            session.execute(
                insert(Report).returning(Report.id),
                [{"source_language": "ar" if i % 2 else "fr"} for i in range(articles)],
            )
            .scalars()
            .all()
        )
        versions = (
            session.execute(
                insert(ReportVersion).returning(ReportVersion.id),
                [
                    {"report_id": r, "number": 1, "headline": f"Report {r}", "file_format": "text"}
                    for r in reports
                ],
            )
            .scalars()
            .all()
        )
        session.execute(
            insert(Article),
            [
                {
                    "report_id": r,
                    "version_id": v,
                    "target_language": "en",
                    "title": f"Headline of report {r} on water talks",
                    "words_total": 600,
                    "words_translated": r % 600,
                }
                for r, v in zip(reports, versions, strict=True)
            ],
        )


def test_list_10000_articles(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "library.sqlite3"))
    _fill_library(db, 10_000)
    assert len(list_articles(db)) == 10_000
    seconds = median_seconds(lambda: list_articles(db))
    report("list of 10,000 articles", seconds, 0.2)
    searched = median_seconds(lambda: list_articles(db, search="report 99", language="ar"))
    report("list of 10,000 articles, searched and filtered", searched, 0.2)
    assert seconds < 0.2 and searched < 0.2


def test_show_5000_segments(tmp_path: Path) -> None:
    source = tmp_path / "long.txt"
    source.write_text(report_text(5000), encoding="utf-8")
    db = open_database(str(tmp_path / "show.sqlite3"))
    article = import_report(db, ImportRequest(source, target_languages=["ar"])).articles[0].id
    with db.reading() as session:
        assert session.scalar(select(Article.words_total).where(Article.id == article))
    seconds = median_seconds(lambda: show_article(db, article))
    report("show of a 5,000-segment article", seconds, 0.3)
    cli = median_seconds(
        lambda: subprocess.run(
            [
                sys.executable,
                "-m",
                "transdesk",
                "--db",
                str(tmp_path / "show.sqlite3"),
                "show",
                str(article),
                "--json",
            ],
            check=True,
            capture_output=True,
        )
    )
    print(f"`transdesk show --json` of it, whole process: {cli * 1000:.0f} ms")
    assert seconds < 0.3


def test_version_starts_fast() -> None:
    seconds = median_seconds(
        lambda: subprocess.run(
            [sys.executable, "-m", "transdesk", "--version"], check=True, capture_output=True
        )
    )
    report("transdesk --version, whole process", seconds, 0.3)
    assert seconds < 0.3


def test_import_5000_paragraphs_whole_process(tmp_path: Path) -> None:
    """The same import as a user runs it: interpreter start, language detector, storage,
    into a database that already exists (creating one runs the migrations once, timed apart)."""
    source = tmp_path / "long.txt"
    source.write_text(report_text(5000), encoding="utf-8")
    paths = [tmp_path / f"p{n}.sqlite3" for n in range(5)]
    start = time.perf_counter()
    for path in paths:
        open_database(str(path)).close()
    print(f"\ncreating a new database (migrations): {(time.perf_counter() - start) * 200:.0f} ms")
    runs = iter(paths)
    seconds = median_seconds(
        lambda: subprocess.run(
            [sys.executable, "-m", "transdesk", "--db", str(next(runs)),
             "import", str(source), "--target-lang", "ar"],
            check=True, capture_output=True,
        )
    )  # fmt: skip
    report("`transdesk import` of 5,000 paragraphs, whole process", seconds, 2.0)
    assert seconds < 2.0


def test_sentence_boundaries_of_5000_paragraphs(tmp_path: Path) -> None:
    """pysbd's cost, paid on first need rather than at import (not a target; a figure)."""
    source = tmp_path / "long.txt"
    source.write_text(report_text(5000), encoding="utf-8")
    db = open_database(str(tmp_path / "s.sqlite3"))
    article = import_report(db, ImportRequest(source)).articles[0].id
    start = time.perf_counter()
    view = show_article(db, article, with_sentences=True)
    seconds = time.perf_counter() - start
    assert all(segment.sentences for segment in view.segments)
    print(f"\nsentence boundaries for 5,000 paragraphs, first time: {seconds * 1000:.0f} ms")
    start = time.perf_counter()
    show_article(db, article, with_sentences=True)
    print(f"the same, stored: {(time.perf_counter() - start) * 1000:.0f} ms")
