"""The stored model behaves the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from transdesk.storage import database as storage
from transdesk.storage.database import Database
from transdesk.storage.models import (
    Article,
    Report,
    ReportVersion,
    Segment,
    SourceCredit,
    Target,
)


def _report(db: Database) -> tuple[int, int]:
    with db.transaction() as session:
        report = Report(source_language="ar")
        version = ReportVersion(report=report, number=1, headline="عنوان", file_format="text")
        session.add_all([report, version])
        session.flush()
        segment = Segment(
            version_id=version.id, position=0, kind="headline", source="عنوان", source_hash="x"
        )
        article = Article(report=report, version_id=version.id, target_language="en", title="t")
        session.add_all([segment, article])
        session.flush()
        session.add(Target(article_id=article.id, segment_id=segment.id))
        return report.id, article.id


def test_schema_is_at_head(db: Database) -> None:
    assert storage.current_revision(db.engine) == storage.SCHEMA_HEAD


def test_times_come_back_as_the_same_instant_in_utc(db: Database) -> None:
    report_id, _ = _report(db)
    beirut = timezone(timedelta(hours=3))
    published = datetime(2026, 11, 20, 10, 0, tzinfo=beirut)
    with db.transaction() as session:
        session.add(
            SourceCredit(report_id=report_id, position=0, role="original", published_at=published)
        )
    with db.reading() as session:
        stored = session.scalar(select(SourceCredit.published_at))
    assert stored == published and stored is not None and stored.tzinfo is not None
    assert stored.astimezone(UTC).hour == 7


def test_one_article_per_target_language(db: Database) -> None:
    report_id, _ = _report(db)
    with pytest.raises(IntegrityError), db.transaction() as session:
        version_id = session.scalar(select(ReportVersion.id))
        session.add(
            Article(report_id=report_id, version_id=version_id, target_language="en", title="t")
        )


def test_deleting_a_report_removes_its_articles_segments_and_targets(db: Database) -> None:
    report_id, _ = _report(db)
    with db.transaction() as session:
        report = session.get(Report, report_id)
        assert report is not None
        session.delete(report)
    with db.reading() as session:
        for model in (Article, Segment, Target, ReportVersion):
            assert session.scalar(select(func.count()).select_from(model)) == 0


def test_concurrent_edits_of_an_article_are_caught(db: Database) -> None:
    """Two desktops saving the same article: the second save is refused, not lost silently."""
    _, article_id = _report(db)
    first, second = db.sessions(), db.sessions()
    try:
        mine = first.get(Article, article_id)
        theirs = second.get(Article, article_id)
        assert mine is not None and theirs is not None
        second.commit()  # sessions are short: the other desktop's read has ended
        mine.status = "in_review"
        first.commit()
        theirs.status = "approved"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()


def test_migrations_build_exactly_the_models(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from transdesk.storage.models import Base

    with db.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_an_article_is_known_everywhere_by_its_own_uri(db: Database) -> None:
    """New articles get a URI no other TransDesk database will mint (two desks feeding one
    CMS must not update each other's items); articles from before schema 0008 keep the URI
    their exports already carried, and lose nothing on the way."""
    from alembic import command

    _, first = _report(db)
    with db.reading() as session:
        uri = session.scalar(select(Article.uri).where(Article.id == first))
    assert uri is not None and uri.startswith("urn:uuid:") and len(uri) == len("urn:uuid:") + 36
    config = storage._alembic_config(db.engine)
    command.downgrade(config, "0007")
    command.upgrade(config, "head")
    with db.reading() as session:
        assert session.scalar(select(Article.uri).where(Article.id == first)) == (
            f"urn:transdesk:article:{first}"
        )
        assert session.scalar(select(func.count()).select_from(Target)) == 1
    with pytest.raises(IntegrityError), db.transaction() as session:
        article = session.get(Article, first)
        assert article is not None
        session.add(Article(report_id=article.report_id, version_id=article.version_id,
                            target_language="fr", title="t", uri=article.uri))  # fmt: skip
