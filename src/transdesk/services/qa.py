"""News-fidelity QA over a stored article: the checks of ``core.qa`` on its segments."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from transdesk.core.qa import Finding, run_checks
from transdesk.services.articles import get_article
from transdesk.services.glossary import glossary_for
from transdesk.storage.database import Database
from transdesk.storage.models import Article, Segment, Target


def check_article(db: Database, article_id: int) -> list[Finding]:
    """Every QA finding on the article's segments as they stand, in segment order.

    Raises NotFound for an unknown id.
    """
    with db.reading() as session:
        return article_findings(session, get_article(session, article_id))


def article_findings(session: Session, article: Article) -> list[Finding]:
    """:func:`check_article` inside a caller's session (approval checks in its transaction)."""
    source_language = article.report.source_language
    target_language = article.target_language or "und"  # not chosen yet: no locale rules
    rows = session.execute(
        select(Segment.position, Segment.kind, Segment.source, Target.text, Target.status)
        .join(Target, Target.segment_id == Segment.id)
        .where(Target.article_id == article.id, Segment.version_id == article.version_id)
        .order_by(Segment.position)
    ).all()
    segments = [(p, kind, source, text or "", status) for p, kind, source, text, status in rows]
    glossary = glossary_for(session, source_language, target_language)
    return run_checks(segments, source_language, target_language, glossary)
