"""The translation memory: sentences the newsroom has translated, found again for reuse.

Units come from approved articles (each translated segment split into sentences) and from
TMX files. For a sentence, :func:`find_matches` gives the exact matches first, then the best
fuzzy ones from a :class:`~transdesk.core.memory_index.MemoryIndex` kept per database and
language pair; :func:`concordance` searches the stored texts for a phrase.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from transdesk.core.errors import BadInputFile, InvalidValue
from transdesk.core.languages import checked_code
from transdesk.core.memory_index import MemoryIndex
from transdesk.core.sentences import sentence_spans
from transdesk.services.articles import get_article
from transdesk.services.history import newest_change_numbers
from transdesk.services.library import contains_pattern
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


@dataclass(frozen=True, slots=True)
class TmxImport:
    """What a TMX import did; ``skipped`` says why for each unit left out."""

    path: str
    source_language: str
    target_language: str
    added: int
    updated: int
    skipped: list[str]

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.path,
            "source_language": self.source_language,
            "target_language": self.target_language,
            "added": self.added,
            "updated": self.updated,
            "skipped": self.skipped,
        }


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


@dataclass(frozen=True, slots=True)
class _NewUnit:
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


# --- Learning --------------------------------------------------------------------------------


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
        _NewUnit(
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
    added, updated = _store(session, source_language, target_language, units)
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


def _store(
    session: Session, source_language: str, target_language: str, units: Iterable[_NewUnit]
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


# --- TMX -------------------------------------------------------------------------------------


def import_tmx(
    db: Database,
    path: Path,
    source_language: str | None = None,
    target_language: str | None = None,
) -> TmxImport:
    """Store the units of a TMX file for one language pair, in one transaction.

    The source language defaults to the header's srclang; the target language to the only
    other language the file holds. Refused, nothing stored: a file that is not safe,
    well-formed TMX, or holds no unit with both languages.
    """
    from transdesk.formats.tmx import read_tmx

    document = read_tmx(path)
    source = checked_code(source_language, "--source-language") if source_language else None
    source = source or document.source_language
    if source is None:
        raise BadInputFile(path, "names no source language (give --source-language)")
    target = checked_code(target_language, "--target-language") if target_language else None
    if target is None:
        others = sorted({code for unit in document.units for code in unit.texts} - {source})
        if len(others) != 1:
            found = ", ".join(others) if others else "none"
            raise BadInputFile(
                path, f"holds several target languages ({found}); give --target-language"
            )
        target = others[0]
    if source == target:
        raise InvalidValue("--target-language", f"is the source language ({source})")
    units: list[_NewUnit] = []
    skipped: list[str] = []
    for number, unit in enumerate(document.units, start=1):
        source_text = unit.texts.get(source, "").strip()
        target_text = unit.texts.get(target, "").strip()
        if not source_text or not target_text:
            missing = source if not source_text else target
            skipped.append(f"unit {number}: no {missing} text")
            continue
        units.append(
            _NewUnit(
                source_text,
                target_text,
                TMX,
                path.name,
                None,
                None,
                unit.author,
                unit.note,
                unit.created_at or utcnow(),
            )
        )
    if not units:
        raise BadInputFile(path, f"holds no unit with both {source} and {target} text")
    with db.transaction() as session:
        added, updated = _store(session, source, target, units)
    return TmxImport(str(path), source, target, added, updated, skipped)


def export_tmx(db: Database, path: Path, source_language: str, target_language: str) -> int:
    """Write the pair's units to a TMX 1.4 file, oldest first; returns how many."""
    from transdesk.formats.tmx import TmxEntry, write_tmx

    source = checked_code(source_language, "--source-language")
    target = checked_code(target_language, "--target-language")
    with db.reading() as session:
        rows = session.execute(
            select(
                MemoryUnit.source,
                MemoryUnit.target,
                MemoryUnit.author,
                MemoryUnit.created_at,
                MemoryUnit.note,
            )
            .where(MemoryUnit.source_language == source, MemoryUnit.target_language == target)
            .order_by(MemoryUnit.id)
        ).all()
    try:
        return write_tmx(path, source, target, (TmxEntry(*row) for row in rows))
    except OSError as error:
        raise BadInputFile(path, f"cannot be written ({error.strerror or error})") from None


# --- Finding ---------------------------------------------------------------------------------


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


# --- Pre-translation ---------------------------------------------------------------------------


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
