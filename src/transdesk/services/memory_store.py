"""Storing translation-memory units: learnt from approved articles (each translated segment
split into sentences) or brought in from TMX files (services.memory_tmx). A text pair is
stored once; storing it again refreshes who translated it, when and where."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from transdesk.core.languages import checked_code
from transdesk.core.sentences import sentence_spans
from transdesk.services.articles import get_article
from transdesk.services.history import newest_change_numbers
from transdesk.storage.database import Database
from transdesk.storage.models import (
    Article,
    MemoryUnit,
    Person,
    Revision,
    Segment,
    Target,
    utcnow,
)

ARTICLE = "article"
TMX = "tmx"
# Statuses whose text is a translation worth keeping.
_LEARNT = ("translated", "reviewed")


@dataclass(frozen=True, slots=True)
class NewUnit:
    source: str
    target: str
    origin: str
    origin_detail: str
    article_id: int | None
    revision_number: int | None
    author: str
    note: str
    created_at: datetime


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def learn_article(session: Session, article_id: int) -> int:
    """Store the article's translated segments as memory units, sentence by sentence (when
    source and translation have as many sentences; else the whole segment). Returns how many
    units were stored or refreshed; the same text pair is never stored twice."""
    article = get_article(session, article_id)
    if not article.target_language:
        return 0
    source_language = checked_code(article.report.source_language, "source language")
    target_language = checked_code(article.target_language, "target language")
    latest = newest_change_numbers(article_id, None)
    rows = session.execute(
        select(Segment.source, Target.text, Revision.number, Person.name, Revision.created_at)
        .select_from(Target)
        .join(Segment, Segment.id == Target.segment_id)
        .outerjoin(latest, latest.c.segment_id == Target.segment_id)
        .outerjoin(
            Revision, (Revision.article_id == article_id) & (Revision.number == latest.c.number)
        )
        .outerjoin(Person, Person.id == Revision.author_id)
        .where(Target.article_id == article_id, Target.status.in_(_LEARNT))
        .order_by(Segment.position)
    ).all()
    units = [
        NewUnit(
            source,
            target,
            ARTICLE,
            article.title,
            article.id,
            number,
            author or "",
            "",
            created_at or utcnow(),
        )
        for segment_source, text, number, author, created_at in rows
        for source, target in sentence_pairs(segment_source, text, source_language, target_language)
    ]
    added, updated = store_units(session, source_language, target_language, units)
    return added + updated


def learn_articles(db: Database, article_ids: Sequence[int] | None = None) -> int:
    """Learn the given articles, or every approved or exported one; returns units stored."""
    with db.transaction() as session:
        if article_ids is None:
            article_ids = list(
                session.scalars(
                    select(Article.id).where(Article.status.in_(("approved", "exported")))
                )
            )
        return sum(learn_article(session, article_id) for article_id in article_ids)


def sentence_pairs(
    source: str, target: str, source_language: str, target_language: str
) -> list[tuple[str, str]]:
    """A segment and its translation as memory units: sentence by sentence when both have
    as many sentences, else the whole paragraph as one unit."""
    source, target = source.strip(), target.strip()
    if not source or not target:
        return []
    source_spans = sentence_spans(source, source_language)
    target_spans = sentence_spans(target, target_language)
    if len(source_spans) > 1 and len(source_spans) == len(target_spans):
        return [
            (source[s0:s1], target[t0:t1])
            for (s0, s1), (t0, t1) in zip(source_spans, target_spans, strict=True)
        ]
    return [(source, target)]


def store_units(
    session: Session, source_language: str, target_language: str, units: Iterable[NewUnit]
) -> tuple[int, int]:
    """Insert new text pairs, refresh who/when/where of pairs already stored."""
    added = updated = 0
    keyed = [((text_hash(unit.source), text_hash(unit.target)), unit) for unit in units]
    # The pairs already stored, read in a few queries rather than one per unit.
    seen: dict[tuple[str, str], MemoryUnit] = {}
    sources = sorted({key[0] for key, _ in keyed})
    for start in range(0, len(sources), 500):
        for row in session.scalars(
            select(MemoryUnit).where(
                MemoryUnit.source_language == source_language,
                MemoryUnit.target_language == target_language,
                MemoryUnit.source_hash.in_(sources[start : start + 500]),
            )
        ):
            seen[(row.source_hash, row.target_hash)] = row
    for key, unit in keyed:
        stored = seen.get(key)
        if stored is None:
            stored = MemoryUnit(
                source_language=source_language,
                target_language=target_language,
                source=unit.source,
                target=unit.target,
                source_hash=key[0],
                target_hash=key[1],
                origin=unit.origin,
                origin_detail=unit.origin_detail,
                article_id=unit.article_id,
                revision_number=unit.revision_number,
                author=unit.author,
                note=unit.note,
                created_at=unit.created_at,
            )
            session.add(stored)
            added += 1
        else:
            stored.origin, stored.origin_detail = unit.origin, unit.origin_detail
            stored.article_id, stored.revision_number = unit.article_id, unit.revision_number
            stored.author, stored.created_at = unit.author, unit.created_at
            stored.note = unit.note or stored.note
            updated += 1
        seen[key] = stored
    session.flush()
    return added, updated
