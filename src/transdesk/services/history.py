"""An article's revisions: who saved what, when, and how much it changed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from transdesk.services.articles import get_article
from transdesk.storage.database import Database
from transdesk.storage.models import Person, Revision, SegmentChange


@dataclass(frozen=True)
class RevisionSummary:
    number: int
    author: str | None
    role: str
    created_at: datetime
    message: str
    changed_segments: int

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "author": self.author,
            "role": self.role,
            "created_at": self.created_at.isoformat(),
            "message": self.message,
            "changed_segments": self.changed_segments,
        }


def list_revisions(db: Database, article_id: int) -> list[RevisionSummary]:
    """Newest first."""
    with db.reading() as session:
        get_article(session, article_id)
        changed = (
            select(SegmentChange.revision_id, func.count().label("n"))
            .group_by(SegmentChange.revision_id)
            .subquery()
        )
        rows = session.execute(
            select(
                Revision.number, Person.name, Revision.role, Revision.created_at,
                Revision.message, func.coalesce(changed.c.n, 0),
            )
            .outerjoin(Person, Person.id == Revision.author_id)
            .outerjoin(changed, changed.c.revision_id == Revision.id)
            .where(Revision.article_id == article_id)
            .order_by(Revision.number.desc())
        ).all()  # fmt: skip
        return [RevisionSummary(*row) for row in rows]
