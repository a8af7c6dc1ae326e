"""Pre-translation: untranslated segments whose whole source the memory holds exactly are
filled, as one revision that blame marks as pre-translated from memory."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from transdesk.core.errors import InvalidValue
from transdesk.core.languages import checked_code
from transdesk.services.articles import get_article
from transdesk.services.memory_store import text_hash
from transdesk.storage.database import Database
from transdesk.storage.models import MemoryUnit, Revision, Segment, Target


@dataclass(frozen=True, slots=True)
class Pretranslation:
    """Segments filled from exact memory matches, and the revision that holds them."""

    article_id: int
    segments_filled: int
    revision_number: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "segments_filled": self.segments_filled,
            "revision": self.revision_number,
        }


def pretranslate(
    db: Database, article_id: int, *, author: str | None, role: str | None = None
) -> Pretranslation:
    """Fill every untranslated segment whose whole source the memory holds exactly (the
    newest such unit), as one revision marked as pre-translated from memory (blame says so).
    The texts are drafts: the translator still confirms each one."""
    from transdesk.services.people import acting_person
    from transdesk.services.revising import record_revision

    with db.transaction() as session:
        article = get_article(session, article_id)
        if not article.target_language:
            raise InvalidValue("target language", f"article {article_id} has none yet")
        source = checked_code(article.report.source_language, "source language")
        target = checked_code(article.target_language, "target language")
        actor = acting_person(session, author, role)
        open_segments = session.execute(
            select(Segment.id, Segment.source)
            .join(Target, Target.segment_id == Segment.id)
            .where(Target.article_id == article_id, Target.status == "untranslated")
            .order_by(Segment.position)
        ).all()
        hashes = {segment_id: text_hash(text.strip()) for segment_id, text in open_segments}
        found: dict[str, str] = {}
        for source_hash, text in session.execute(
            select(MemoryUnit.source_hash, MemoryUnit.target)
            .where(
                MemoryUnit.source_language == source,
                MemoryUnit.target_language == target,
                MemoryUnit.source_hash.in_(set(hashes.values())),
            )
            .order_by(MemoryUnit.created_at, MemoryUnit.id)  # the newest wins
        ):
            found[source_hash] = text
        changes = [
            (segment_id, found[source_hash], "draft")
            for segment_id, source_hash in hashes.items()
            if source_hash in found
        ]
        if not changes:
            return Pretranslation(article_id, 0, None)
        saved = record_revision(
            session,
            article,
            changes,
            author_id=actor.id,
            role=actor.role,
            message=f"Pre-translated {len(changes)} segments from translation memory "
            "(exact matches)",
        )
        session.execute(
            update(Revision)
            .where(Revision.article_id == article_id, Revision.number == saved.number)
            .values(origin="memory")
        )
        return Pretranslation(article_id, len(changes), saved.number)
