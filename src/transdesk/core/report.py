"""What an importer hands over: a source report, format-neutral and not yet stored."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class SegmentKind(StrEnum):
    """The alignment units of a news report."""

    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    HEADING = "heading"  # a subheading inside the body
    PARAGRAPH = "paragraph"
    CAPTION = "caption"
    QUOTE = "quote"


class SegmentStatus(StrEnum):
    """How far the translation of one segment has come."""

    UNTRANSLATED = "untranslated"
    DRAFT = "draft"
    TRANSLATED = "translated"
    REVIEWED = "reviewed"
    NEEDS_UPDATE = "needs_update"


# Statuses whose words count as translated in progress figures.
COUNTED_AS_TRANSLATED = frozenset({SegmentStatus.TRANSLATED.value, SegmentStatus.REVIEWED.value})


class CreditRole(StrEnum):
    """Why an outlet is credited on a source report."""

    ORIGINAL = "original"  # wrote and first published the report
    VIA = "via"  # republished or translated it; we took it from them


@dataclass
class Credit:
    """One outlet in the report's chain of provenance."""

    role: CreditRole
    outlet: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    published_at: datetime | None = None
    title: str | None = None
    language: str | None = None


@dataclass
class ImportedSegment:
    kind: SegmentKind
    source: str
    # A translation already present in the file (bilingual XLIFF), with its status.
    target: str | None = None
    target_status: SegmentStatus | None = None
    note: str | None = None


@dataclass
class ImportedReport:
    """A source report as read from a file, before language detection and storage."""

    segments: list[ImportedSegment]
    source_language: str | None = None
    target_language: str | None = None  # bilingual formats name it
    section: str | None = None
    rights: str | None = None
    credits: list[Credit] = field(default_factory=list)
    format_name: str = ""

    @property
    def headline(self) -> str | None:
        for segment in self.segments:
            if segment.kind is SegmentKind.HEADLINE:
                return segment.source
        return None

    def original_credit(self) -> Credit:
        """The credit for the original outlet, created empty when missing."""
        for credit in self.credits:
            if credit.role is CreditRole.ORIGINAL:
                return credit
        credit = Credit(role=CreditRole.ORIGINAL)
        self.credits.insert(0, credit)
        return credit
