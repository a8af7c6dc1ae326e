"""News-fidelity QA over a stored article: the checks of ``core.qa`` on its segments."""

from __future__ import annotations

from sqlalchemy import select

from transdesk.core.qa import Finding, run_checks
from transdesk.services.articles import get_article
from transdesk.storage.database import Database
from transdesk.storage.models import Segment, Target


def check_article(db: Database, article_id: int) -> list[Finding]:
    """Every QA finding on the article's segments as they stand, in segment order.

    Raises NotFound for an unknown id.
    """
    with db.reading() as session:
        article = get_article(session, article_id)
        source_language = article.report.source_language
        target_language = article.target_language or "und"  # not chosen yet: no locale rules
        rows = session.execute(
            select(Segment.position, Segment.kind, Segment.source, Target.text, Target.status)
            .join(Target, Target.segment_id == Segment.id)
            .where(Target.article_id == article_id, Segment.version_id == article.version_id)
            .order_by(Segment.position)
        ).all()
    segments = [(p, kind, source, text or "", status) for p, kind, source, text, status in rows]
    return run_checks(segments, source_language, target_language)
