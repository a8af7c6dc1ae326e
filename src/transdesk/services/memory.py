"""The translation memory: sentences the newsroom has translated, found again for reuse.

Units come from approved articles and from TMX files (services.memory_store,
services.memory_tmx). For a sentence, :func:`find_matches` gives the exact matches first,
then the best fuzzy ones from a :class:`~transdesk.core.memory_index.MemoryIndex` kept per
database and language pair; :func:`concordance` searches the stored texts for a phrase.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from transdesk.core.errors import InvalidValue
from transdesk.core.languages import checked_code
from transdesk.core.memory_index import MemoryIndex
from transdesk.services.library import contains_pattern
from transdesk.services.memory_store import text_hash
from transdesk.storage.database import Database
from transdesk.storage.models import (
    MemoryUnit,
)


@dataclass(frozen=True, slots=True)
class MemoryMatch:
    """A stored unit offered for a sentence; ``score`` in percent (100: the same text)."""

    unit_id: int
    score: float
    source: str
    target: str
    author: str
    created_at: datetime
    origin: str  # "article" | "tmx"
    origin_detail: str  # the headline or the file name

    def to_json(self) -> dict[str, Any]:
        return {
            "unit_id": self.unit_id,
            "score": round(self.score, 1),
            "source": self.source,
            "target": self.target,
            "author": self.author,
            "created_at": self.created_at.isoformat(),
            "origin": self.origin,
            "origin_detail": self.origin_detail,
        }


class _PairIndex:
    """One language pair's fuzzy index, caught up with units stored since it was built."""

    def __init__(self) -> None:
        self.index = MemoryIndex()
        self.last_id = 0
        self.lock = threading.Lock()

    def catch_up(self, session: Session, source_language: str, target_language: str) -> None:
        for unit_id, source in session.execute(
            select(MemoryUnit.id, MemoryUnit.source)
            .where(
                MemoryUnit.source_language == source_language,
                MemoryUnit.target_language == target_language,
                MemoryUnit.id > self.last_id,
            )
            .order_by(MemoryUnit.id)
        ):
            self.index.add(unit_id, source)
            self.last_id = unit_id


_INDEXES: dict[tuple[str, str, str], _PairIndex] = {}
_INDEXES_LOCK = threading.Lock()


def _pair_index(db: Database, source_language: str, target_language: str) -> _PairIndex:
    key = (db.engine.url.render_as_string(), source_language, target_language)
    with _INDEXES_LOCK:
        return _INDEXES.setdefault(key, _PairIndex())


def find_matches(
    db: Database,
    source_language: str,
    target_language: str,
    text: str,
    limit: int = 9,
    min_score: float = 50,
) -> list[MemoryMatch]:
    """The best stored units for ``text``: exact matches first (newest first), then fuzzy
    matches scoring at least ``min_score``, best first; at most ``limit``. Safe to call from
    a worker thread."""
    source = checked_code(source_language, "source language")
    target = checked_code(target_language, "target language")
    if not text.strip() or limit <= 0:
        return []
    pair = _pair_index(db, source, target)
    with db.reading() as session:
        exact = session.scalars(
            select(MemoryUnit)
            .where(
                MemoryUnit.source_language == source,
                MemoryUnit.target_language == target,
                MemoryUnit.source_hash == text_hash(text.strip()),
            )
            .order_by(MemoryUnit.created_at.desc(), MemoryUnit.id.desc())
            .limit(limit)
        ).all()
        matches = [_match(unit, 100.0) for unit in exact]
        with pair.lock:
            pair.catch_up(session, source, target)
            fuzzy = pair.index.best(text, limit=limit + len(exact), min_score=min_score)
        taken = {unit.id for unit in exact}
        wanted = [m for m in fuzzy if m.id not in taken][: limit - len(matches)]
        units = {
            unit.id: unit
            for unit in session.scalars(
                select(MemoryUnit).where(MemoryUnit.id.in_([m.id for m in wanted]))
            )
        }
        # A fuzzy 100 is a text equal once normalised (digits, letter forms): shown as 99.9
        # so it never passes for the exact text.
        matches += [_match(units[m.id], min(m.score, 99.9)) for m in wanted if m.id in units]
    return matches


def _match(unit: MemoryUnit, score: float) -> MemoryMatch:
    return MemoryMatch(
        unit.id,
        score,
        unit.source,
        unit.target,
        unit.author,
        unit.created_at,
        unit.origin,
        unit.origin_detail,
    )


def concordance(
    db: Database,
    source_language: str,
    target_language: str,
    query: str,
    limit: int = 50,
    in_target: bool = False,
) -> list[MemoryMatch]:
    """Units whose source (or, with ``in_target``, translation) contains ``query``, any
    case, newest first."""
    source = checked_code(source_language, "source language")
    target = checked_code(target_language, "target language")
    phrase = query.strip()
    if not phrase:
        raise InvalidValue("search", "is empty")
    column = MemoryUnit.target if in_target else MemoryUnit.source
    pattern = contains_pattern(phrase)
    with db.reading() as session:
        units = session.scalars(
            select(MemoryUnit)
            .where(
                MemoryUnit.source_language == source,
                MemoryUnit.target_language == target,
                func.lower(column).like(pattern, escape="\\"),
            )
            .order_by(MemoryUnit.created_at.desc(), MemoryUnit.id.desc())
            .limit(limit)
        ).all()
        return [_match(unit, 100.0) for unit in units]


def memory_stats(db: Database) -> list[tuple[str, str, int]]:
    """(source language, target language, units) for every pair in the memory."""
    with db.reading() as session:
        rows = session.execute(
            select(MemoryUnit.source_language, MemoryUnit.target_language, func.count())
            .group_by(MemoryUnit.source_language, MemoryUnit.target_language)
            .order_by(MemoryUnit.source_language, MemoryUnit.target_language)
        ).all()
    return [(source, target, count) for source, target, count in rows]
