"""What leaves TransDesk: one translated article at one revision, with its attribution.

Every export format (ninjs, HTML with JSON-LD, Markdown, DOCX, XLIFF, text) is a function of
a :class:`Publication` alone, so the same revision always gives the same bytes: nothing in it
depends on the moment of export.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# The item URI of articles made before schema 0008, and of publications built without one.
ITEM_URI = "urn:transdesk:article:{article_id}"


@dataclass(frozen=True)
class SourceCreditLine:
    """One outlet in the original's chain: who wrote it first (``original``) or who we took
    it from (``via``)."""

    role: str  # "original" | "via"
    outlet: str | None
    url: str | None
    title: str | None
    authors: tuple[str, ...]
    language: str | None
    published_at: datetime | None


@dataclass(frozen=True)
class PublishedSegment:
    position: int  # 0-based
    kind: str  # headline | standfirst | heading | paragraph | caption | quote
    source: str
    text: str  # the translation ("" when untranslated)
    status: str
    note: str = ""  # the last revision note on it, if any (XLIFF carries it)


@dataclass(frozen=True)
class Publication:
    article_id: int
    report_id: int
    revision: int  # the revision exported (0: nothing translated yet)
    revision_at: datetime | None  # when that revision was saved
    status: str  # the article's workflow state when exported
    source_language: str
    target_language: str
    segments: tuple[PublishedSegment, ...]
    credits: tuple[SourceCreditLine, ...]  # the original first, then the via credits
    translators: tuple[str, ...]
    editor: str | None
    section: str | None
    rights: str | None
    created_at: datetime  # when the article (the translation) was started
    forced_reason: str | None = None  # exported although not approved: why
    uri: str = ""  # the article's item URI, stable across revisions (article.uri)

    def __post_init__(self) -> None:
        if not self.uri:
            object.__setattr__(self, "uri", ITEM_URI.format(article_id=self.article_id))

    @property
    def original(self) -> SourceCreditLine | None:
        return next((c for c in self.credits if c.role == "original"), None)

    @property
    def headline(self) -> str:
        """The translated headline (else the first translated segment, else the source's)."""
        for segment in self.segments:
            if segment.kind == "headline" and segment.text.strip():
                return segment.text.strip()
        for segment in self.segments:
            if segment.text.strip():
                return segment.text.strip()
        return self.segments[0].source if self.segments else ""

    @property
    def standfirst(self) -> str:
        return next(
            (s.text.strip() for s in self.segments if s.kind == "standfirst" and s.text.strip()),
            "",
        )

    @property
    def body(self) -> tuple[PublishedSegment, ...]:
        """The segments below the headline and standfirst that have a translation."""
        return tuple(
            s for s in self.segments if s.kind not in ("headline", "standfirst") and s.text.strip()
        )
