"""A corrected source: a newer version of the original re-imported into the same report.

The new text becomes the report's next version. Its segments are aligned with the old
ones (unchanged, changed, inserted, removed) and every article of the report (every
target language) moves to the new version in one transaction: translations of unchanged
segments stay as they were, those of changed segments stay but are marked "needs update",
inserted segments start untranslated and removed ones leave the article (their history
stays with the old version's segments). Each article gets a revision recording it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session, aliased

from transdesk.core.detection import detect_language
from transdesk.core.diffing import SegmentDiff, diff_segment
from transdesk.core.errors import BadInputFile, InvalidValue
from transdesk.core.languages import checked_code
from transdesk.core.report import ImportedReport, SegmentStatus
from transdesk.core.text_measure import count_words, text_hash, words
from transdesk.services.articles import get_article
from transdesk.services.importing import ImportRequest, read_report, store_version
from transdesk.services.people import acting_person
from transdesk.services.revising import refresh_progress
from transdesk.storage.database import Database
from transdesk.storage.models import (
    Article,
    Comment,
    DraftEdit,
    QualityIssue,
    Report,
    ReportVersion,
    Revision,
    Segment,
    SegmentChange,
    Target,
    utcnow,
)

Change = Literal["unchanged", "changed", "inserted", "removed"]
CHANGES: tuple[Change, ...] = ("unchanged", "changed", "inserted", "removed")

SIMILAR = 0.5  # paragraphs at least this alike (difflib ratio over words) count as changed
_WINDOW = 50  # how many unmatched new segments an unmatched old one is compared with


@dataclass(frozen=True)
class Pair:
    """One step of the alignment: an old segment, a new one, or both (0-based indexes)."""

    change: Change
    old: int | None
    new: int | None


@dataclass(frozen=True)
class SegmentUpdate:
    """A source segment that did not come through unchanged, with its source diff."""

    change: Change  # changed | inserted | removed
    old_position: int | None  # 0-based, in the old version
    new_position: int | None  # 0-based, in the new version
    segment_id: int | None  # the new version's segment (None: removed)
    diff: SegmentDiff

    def to_json(self) -> dict[str, Any]:
        return {
            "change": self.change,
            "old_position": self.old_position,
            "new_position": self.new_position,
            "segment_id": self.segment_id,
            "old": self.diff.old,
            "new": self.diff.new,
            "diff": self.diff.to_dict(),
        }


@dataclass(frozen=True)
class UpdatedArticle:
    id: int
    target_language: str | None
    revision: int
    needs_update: int  # translated segments now marked needs_update

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "target_language": self.target_language,
            "revision": self.revision,
            "needs_update": self.needs_update,
        }


@dataclass(frozen=True)
class SourceUpdateResult:
    file: str
    report_id: int
    old_version: int
    new_version: int
    unchanged: int
    changed: int
    inserted: int
    removed: int
    articles: list[UpdatedArticle] = field(default_factory=list)
    segments: list[SegmentUpdate] = field(default_factory=list)

    @property
    def summary(self) -> str:
        return (
            f"{self.changed} changed, {self.inserted} inserted, {self.removed} removed, "
            f"{self.unchanged} unchanged"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "report_id": self.report_id,
            "old_version": self.old_version,
            "new_version": self.new_version,
            "counts": {
                "unchanged": self.unchanged,
                "changed": self.changed,
                "inserted": self.inserted,
                "removed": self.removed,
            },
            "articles": [article.to_json() for article in self.articles],
            "segments": [segment.to_json() for segment in self.segments],
        }


# --- alignment (no database) -----------------------------------------------------------


def _normalised(text: str) -> str:
    return " ".join(text.split())


def similarity(old: str, new: str) -> float:
    """How alike two paragraphs are, 0..1: difflib's ratio over their words (over their
    characters when either has fewer than four words)."""
    a, b = words(old), words(new)
    if len(a) < 4 or len(b) < 4:
        return SequenceMatcher(None, _normalised(old), _normalised(new), autojunk=False).ratio()
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
        return matcher.quick_ratio()
    return matcher.ratio()


def align(old: Sequence[str], new: Sequence[str]) -> list[Pair]:
    """Align two versions' segment texts, in order: identical texts (whitespace aside) are
    unchanged; in each gap between them, segments alike enough (:data:`SIMILAR`) are paired
    in order as changed; the rest are removed (old) or inserted (new)."""
    matcher = SequenceMatcher(
        None, [_normalised(t) for t in old], [_normalised(t) for t in new], autojunk=False
    )
    pairs: list[Pair] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs += [Pair("unchanged", i1 + k, j1 + k) for k in range(i2 - i1)]
        else:
            pairs += _pair_gap(old, new, range(i1, i2), range(j1, j2))
    return pairs


def _pair_gap(old: Sequence[str], new: Sequence[str], olds: range, news: range) -> list[Pair]:
    pairs: list[Pair] = []
    next_new = news.start
    for i in olds:
        best, best_score = None, SIMILAR
        for j in range(next_new, min(news.stop, next_new + _WINDOW)):
            score = similarity(old[i], new[j])
            if score >= best_score and (best is None or score > best_score):
                best, best_score = j, score
        if best is None:
            pairs.append(Pair("removed", i, None))
            continue
        pairs += [Pair("inserted", None, j) for j in range(next_new, best)]
        pairs.append(Pair("changed", i, best))
        next_new = best + 1
    pairs += [Pair("inserted", None, j) for j in range(next_new, news.stop)]
    return pairs


# --- the update ------------------------------------------------------------------------


def update_source(
    db: Database,
    article_id: int,
    path: Path,
    *,
    author: str | None,
    role: str | None = None,
) -> SourceUpdateResult:
    """Make ``path`` (any import format) the next version of article ``article_id``'s
    report and move every article of that report to it, in one transaction.

    Refused, with nothing changed: an unknown article or person, a file that does not
    parse, a file in another language than the report, a text identical to the current one.
    """
    imported = read_report(ImportRequest(path))
    data = path.read_bytes()
    with db.transaction() as session:
        article = get_article(session, article_id)
        actor = acting_person(session, author, role)
        report = article.report
        _check_language(path, imported, report)
        old_version = session.get(ReportVersion, article.version_id)
        assert old_version is not None
        old_segments = _segments(session, old_version.id)
        new_texts = [s.source for s in imported.segments]
        if [(s.kind, s.source_hash) for s in old_segments] == [
            (s.kind.value, text_hash(s.source)) for s in imported.segments
        ]:
            raise BadInputFile(
                path, f"is identical to the current source (version {old_version.number})"
            )
        pairs = align([s.source for s in old_segments], new_texts)
        new_version = store_version(session, report, imported, path, data)
        new_segments = _segments(session, new_version.id)
        _link_previous(session, old_segments, new_segments, pairs)
        language = report.source_language
        counts = {change: sum(p.change == change for p in pairs) for change in CHANGES}
        message = (
            f"Source updated to version {new_version.number}: {counts['changed']} changed, "
            f"{counts['inserted']} inserted, {counts['removed']} removed"
        )
        alignments = {old_version.id: (old_segments, pairs)}
        updated = []
        for each in report.articles:
            if each.version_id not in alignments:  # an article left on an older version
                segments = _segments(session, each.version_id)
                alignments[each.version_id] = (
                    segments,
                    align([s.source for s in segments], new_texts),
                )
            segments, its_pairs = alignments[each.version_id]
            updated.append(
                _move_article(
                    session, each, segments, new_segments, its_pairs, new_version,
                    actor.id, actor.role, message,
                )
            )  # fmt: skip
        report.updated_at = utcnow()
        session.flush()
        return SourceUpdateResult(
            file=str(path),
            report_id=report.id,
            old_version=old_version.number,
            new_version=new_version.number,
            unchanged=counts["unchanged"],
            changed=counts["changed"],
            inserted=counts["inserted"],
            removed=counts["removed"],
            articles=updated,
            segments=[
                _segment_update(pair, old_segments, new_segments, language)
                for pair in pairs
                if pair.change != "unchanged"
            ],
        )


def _link_previous(
    session: Session, old_segments: list[_Seg], new_segments: list[_Seg], pairs: list[Pair]
) -> None:
    """Remember which old paragraph each new one was aligned with (for the source diff)."""
    links = [
        {"id": new_segments[p.new].id, "previous_id": old_segments[p.old].id}
        for p in pairs
        if p.old is not None and p.new is not None
    ]
    if links:
        session.execute(update(Segment), links)


def source_changes(db: Database, article_id: int) -> dict[int, SegmentDiff]:
    """For each segment of the article whose source changed in the last corrected version,
    the word diff from the old paragraph to the new one (segment id → diff)."""
    previous = aliased(Segment)
    with db.reading() as session:
        article = get_article(session, article_id)
        language = article.report.source_language
        rows = session.execute(
            select(Segment.id, previous.source, Segment.source)
            .join(previous, previous.id == Segment.previous_id)
            .where(
                Segment.version_id == article.version_id,
                previous.source_hash != Segment.source_hash,
            )
        ).all()
    return {sid: diff_segment(sid, old, new, language) for sid, old, new in rows}


def _check_language(path: Path, imported: ImportedReport, report: Report) -> None:
    language: str | None = None
    if imported.source_language:
        try:
            language = checked_code(imported.source_language)
        except InvalidValue:
            language = None  # a page declaring nonsense: detect instead
    if language is None:
        language = detect_language("\n".join(s.source for s in imported.segments[:40]))
    if language is not None and language != report.source_language:
        raise BadInputFile(
            path, f"is in {language} but report {report.id} is in {report.source_language}"
        )


@dataclass(frozen=True)
class _Seg:
    id: int
    position: int
    kind: str
    source: str
    source_hash: str
    word_count: int


def _segments(session: Session, version_id: int) -> list[_Seg]:
    rows = session.execute(
        select(
            Segment.id, Segment.position, Segment.kind, Segment.source, Segment.source_hash,
            Segment.word_count,
        )
        .where(Segment.version_id == version_id)
        .order_by(Segment.position)
    ).all()  # fmt: skip
    return [_Seg(*row) for row in rows]


def _move_article(
    session: Session,
    article: Article,
    old_segments: list[_Seg],
    new_segments: list[_Seg],
    pairs: list[Pair],
    version: ReportVersion,
    author_id: int,
    role: str,
    message: str,
) -> UpdatedArticle:
    current = {
        sid: (text, status)
        for sid, text, status in session.execute(
            select(Target.segment_id, Target.text, Target.status).where(
                Target.article_id == article.id
            )
        )
    }
    number = (
        session.scalar(select(func.max(Revision.number)).where(Revision.article_id == article.id))
        or 0
    ) + 1
    targets: dict[int, tuple[str, str]] = {}
    moved: dict[int, int] = {}  # old segment id → new segment id
    removed_words = 0
    needs_update = 0
    for pair in pairs:
        if pair.old is None:
            continue
        old_id = old_segments[pair.old].id
        text, status = current.get(old_id, ("", SegmentStatus.UNTRANSLATED.value))
        if pair.new is None:
            removed_words += count_words(text)
            continue
        new_id = new_segments[pair.new].id
        moved[old_id] = new_id
        if pair.change == "changed" and status != SegmentStatus.UNTRANSLATED.value:
            status = SegmentStatus.NEEDS_UPDATE.value
            needs_update += 1
        targets[new_id] = (text, status)
    revision = Revision(
        article_id=article.id, number=number, author_id=author_id, role=role, message=message,
        words_added=0, words_removed=removed_words,
    )  # fmt: skip
    session.add(revision)
    session.flush()
    # Every segment with a translation gets a change in this revision: rebuild and blame
    # follow the article's current segments, which are the new version's.
    carried = [
        (sid, text, status)
        for sid, (text, status) in targets.items()
        if text or status != SegmentStatus.UNTRANSLATED.value
    ]
    if carried:
        session.execute(
            insert(SegmentChange),
            [
                {"revision_id": revision.id, "segment_id": sid, "text": text, "status": status}
                for sid, text, status in carried
            ],
        )
    carried_ids = {sid for sid, _, _ in carried}
    session.execute(
        insert(Target),
        [
            {
                "article_id": article.id,
                "segment_id": segment.id,
                "text": targets.get(segment.id, ("", ""))[0],
                "status": targets.get(segment.id, ("", SegmentStatus.UNTRANSLATED.value))[1],
                "revision_id": revision.id if segment.id in carried_ids else None,
            }
            for segment in new_segments
        ],
    )
    old_ids = [s.id for s in old_segments]
    session.execute(
        delete(Target).where(Target.article_id == article.id, Target.segment_id.in_(old_ids))
    )
    _follow(session, article.id, moved, old_ids)
    article.version_id = version.id
    article.title = version.headline
    article.words_total = version.word_count
    session.flush()
    refresh_progress(session, article)  # also bumps lock_version: open editors must reopen
    session.flush()
    return UpdatedArticle(article.id, article.target_language, number, needs_update)


def _follow(session: Session, article_id: int, moved: dict[int, int], old_ids: list[int]) -> None:
    """Unsaved journal edits, comment threads and quality issues follow their segment to the
    new version; journal edits of removed segments go (they could never be saved)."""
    for old_id, new_id in moved.items():
        for model in (DraftEdit, Comment, QualityIssue):
            session.execute(
                update(model)
                .where(model.article_id == article_id, model.segment_id == old_id)
                .values(segment_id=new_id)
            )
    session.execute(
        delete(DraftEdit).where(
            DraftEdit.article_id == article_id,
            DraftEdit.segment_id.in_([sid for sid in old_ids if sid not in moved]),
        )
    )


def _segment_update(
    pair: Pair, old_segments: list[_Seg], new_segments: list[_Seg], language: str
) -> SegmentUpdate:
    old = old_segments[pair.old] if pair.old is not None else None
    new = new_segments[pair.new] if pair.new is not None else None
    segment_id = new.id if new else old.id if old else 0
    diff = diff_segment(segment_id, old.source if old else "", new.source if new else "", language)
    return SegmentUpdate(
        change=pair.change,
        old_position=old.position if old else None,
        new_position=new.position if new else None,
        segment_id=new.id if new else None,
        diff=diff,
    )
