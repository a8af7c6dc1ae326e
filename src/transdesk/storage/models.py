"""The stored domain. Revisions keep only the segments they changed (delta storage)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


def new_item_uri() -> str:
    """A new article's identifier in exports and on CMS sites: unique across every TransDesk
    database (``urn:uuid:``), so two desks feeding one CMS never update each other's items."""
    return f"urn:uuid:{uuid.uuid4()}"


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Instants stored in UTC and read back zone-aware, on SQLite as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# Named constraints keep Alembic migrations portable between SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON}


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(20))  # translator | editor | admin
    email: Mapped[str | None] = mapped_column(String(320))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Report(Base):
    """The source: one language, its versions, and its attribution."""

    __tablename__ = "report"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_language: Mapped[str] = mapped_column(String(20))
    section: Mapped[str | None] = mapped_column(String(200))
    rights: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    versions: Mapped[list[ReportVersion]] = relationship(
        back_populates="report", order_by="ReportVersion.number", cascade="all, delete-orphan"
    )
    credits: Mapped[list[SourceCredit]] = relationship(
        back_populates="report", order_by="SourceCredit.position", cascade="all, delete-orphan"
    )
    articles: Mapped[list[Article]] = relationship(
        back_populates="report", order_by="Article.id", cascade="all, delete-orphan"
    )


class ReportVersion(Base):
    """One state of the source text; a corrected original becomes a new version."""

    __tablename__ = "report_version"
    __table_args__ = (UniqueConstraint("report_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    headline: Mapped[str] = mapped_column(Text)
    file_name: Mapped[str | None] = mapped_column(String(500))
    file_format: Mapped[str] = mapped_column(String(20))
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    segment_count: Mapped[int] = mapped_column(Integer, default=0)
    word_count: Mapped[int] = mapped_column(Integer, default=0)

    report: Mapped[Report] = relationship(back_populates="versions")


class SourceCredit(Base):
    """An outlet in the report's provenance: the original, or one it came via."""

    __tablename__ = "source_credit"
    __table_args__ = (Index("ix_source_credit_report_role", "report_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(20))  # original | via
    outlet: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(Text)
    authors: Mapped[list[str]] = mapped_column(JSON, default=list)
    published_at: Mapped[datetime | None] = mapped_column()
    title: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(20))

    report: Mapped[Report] = relationship(back_populates="credits")


class Segment(Base):
    """One alignment unit of one source version. Its text never changes."""

    __tablename__ = "segment"
    __table_args__ = (UniqueConstraint("version_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("report_version.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(Text)
    source_hash: Mapped[str] = mapped_column(String(40))
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    # [[start, end], ...] character offsets of sentences (pysbd); computed on first need.
    sentences: Mapped[list[list[int]] | None] = mapped_column(JSON)
    # The previous version's segment this one was aligned with when a corrected source came
    # in (changed or unchanged); None for a first import or an inserted paragraph.
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("segment.id", ondelete="SET NULL"))


class Article(Base):
    """One translation of a report into one target language."""

    __tablename__ = "article"
    __table_args__ = (
        UniqueConstraint("report_id", "target_language"),
        Index("ix_article_report_id", "report_id"),
        Index("ix_article_uri", "uri", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"))
    version_id: Mapped[int] = mapped_column(ForeignKey("report_version.id"))
    target_language: Mapped[str | None] = mapped_column(String(20))
    # The item URI every export and CMS post carries; stable across revisions. Articles made
    # before schema 0008 keep the ``urn:transdesk:article:ID`` they were exported with.
    uri: Mapped[str] = mapped_column(String(100), default=new_item_uri)
    status: Mapped[str] = mapped_column(String(30), default="draft", index=True)
    # Denormalised for the library list, kept current by the services that change targets.
    title: Mapped[str] = mapped_column(Text)
    words_total: Mapped[int] = mapped_column(Integer, default=0)
    words_translated: Mapped[int] = mapped_column(Integer, default=0)
    deadline: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow, index=True)
    lock_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": lock_version}

    report: Mapped[Report] = relationship(back_populates="articles")
    people: Mapped[list[ArticlePerson]] = relationship(
        order_by="ArticlePerson.position", cascade="all, delete-orphan"
    )


class ArticlePerson(Base):
    """A translator or the editor of an article."""

    __tablename__ = "article_person"
    __table_args__ = (UniqueConstraint("article_id", "person_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    role: Mapped[str] = mapped_column(String(20))  # translator | editor
    position: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[Person] = relationship()


class Target(Base):
    """The current translation of one segment in one article."""

    __tablename__ = "target"
    __table_args__ = (UniqueConstraint("article_id", "segment_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    segment_id: Mapped[int] = mapped_column(ForeignKey("segment.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="untranslated")
    revision_id: Mapped[int | None] = mapped_column(ForeignKey("revision.id"))


class Revision(Base):
    """An explicit, numbered, authored save of an article."""

    __tablename__ = "revision"
    __table_args__ = (UniqueConstraint("article_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    role: Mapped[str] = mapped_column(String(20))
    message: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Counted when the revision is made (services.history.words_changed), so the history
    # list never re-reads old texts; None on revisions made before schema 0004.
    words_added: Mapped[int | None] = mapped_column(Integer)
    words_removed: Mapped[int | None] = mapped_column(Integer)
    # Set when the revision only takes back a change made in that earlier revision (a hunk
    # rejected in the diff view).
    rejects_revision: Mapped[int | None] = mapped_column(Integer)
    # How the text came in when no one typed it: "memory" for a pre-translation from exact
    # translation-memory matches (blame says so); None for a revision someone wrote.
    origin: Mapped[str | None] = mapped_column(String(20))

    author: Mapped[Person | None] = relationship()


class SegmentChange(Base):
    """The text a revision gave one segment: revisions store only what they changed."""

    __tablename__ = "segment_change"
    __table_args__ = (
        UniqueConstraint("revision_id", "segment_id"),
        Index("ix_segment_change_segment_revision", "segment_id", "revision_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("revision.id", ondelete="CASCADE"))
    segment_id: Mapped[int] = mapped_column(ForeignKey("segment.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)


class DraftEdit(Base):
    """Typing not yet saved as a revision: the journal autosave writes within seconds, so
    a crash loses at most the last seconds and never a revision."""

    __tablename__ = "draft_edit"
    __table_args__ = (UniqueConstraint("article_id", "segment_id", "desk"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    segment_id: Mapped[int] = mapped_column(ForeignKey("segment.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    saved_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Which desktop typed it (Settings.desk_id): two desktops editing one article keep
    # separate journals, so one's Save never takes the other's unsaved typing.
    desk: Mapped[str] = mapped_column(String(40), default="")


class WorkflowEvent(Base):
    """One step of an article through review: who moved it, from where to where, why."""

    __tablename__ = "workflow_event"
    __table_args__ = (Index("ix_workflow_event_article_created", "article_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    from_status: Mapped[str] = mapped_column(String(30))
    to_status: Mapped[str] = mapped_column(String(30))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    role: Mapped[str] = mapped_column(String(20))  # the role the person acted in
    # The article's newest revision when it moved: what was submitted, reviewed, approved.
    revision_number: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    # The reason given for approving while QA errors remained (None: there were none).
    qa_override: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    person: Mapped[Person] = relationship()


class Comment(Base):
    """A remark on one segment; replies point at the thread's first comment."""

    __tablename__ = "comment"
    __table_args__ = (Index("ix_comment_article_segment", "article_id", "segment_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    segment_id: Mapped[int] = mapped_column(ForeignKey("segment.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("comment.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column()
    resolved_by: Mapped[int | None] = mapped_column(ForeignKey("person.id"))


class QualityIssue(Base):
    """An error an editor found in one segment's translation: what kind, how bad (MQM-style
    categories and severities; the article's score is their weighted sum per 1,000 words)."""

    __tablename__ = "quality_issue"
    __table_args__ = (Index("ix_quality_issue_article_segment", "article_id", "segment_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    segment_id: Mapped[int] = mapped_column(ForeignKey("segment.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    category: Mapped[str] = mapped_column(String(30))
    severity: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    revision_number: Mapped[int | None] = mapped_column(Integer)  # the text it was found in
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ExportRecord(Base):
    """One export of an article: who, when, which revision, what format, where, and a digest
    of the exact bytes written (the same revision always gives the same bytes)."""

    __tablename__ = "export_record"
    __table_args__ = (Index("ix_export_record_article_created", "article_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    revision_number: Mapped[int] = mapped_column(Integer)  # 0: nothing translated yet
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    role: Mapped[str] = mapped_column(String(20))
    format: Mapped[str] = mapped_column(String(20))
    destination: Mapped[str] = mapped_column(Text)  # the file written (or, later, a CMS)
    sha256: Mapped[str | None] = mapped_column(String(64))
    byte_count: Mapped[int | None] = mapped_column(Integer)
    forced_reason: Mapped[str | None] = mapped_column(Text)  # exported although not approved
    outcome: Mapped[str] = mapped_column(String(20), default="written")
    detail: Mapped[str] = mapped_column(Text, default="")  # what happened, in one line
    external_id: Mapped[str | None] = mapped_column(String(200))  # e.g. a CMS post id
    # The reason given for exporting while QA errors remained (None: there were none).
    qa_override: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    person: Mapped[Person] = relationship()


class MemoryUnit(Base):
    """One sentence and its translation, for reuse: learnt from an approved article or read
    from a TMX file. The same pair of texts is stored once per language pair."""

    __tablename__ = "memory_unit"
    __table_args__ = (
        UniqueConstraint("source_language", "target_language", "source_hash", "target_hash"),
        Index("ix_memory_unit_article_id", "article_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_language: Mapped[str] = mapped_column(String(20))
    target_language: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(Text)
    target: Mapped[str] = mapped_column(Text)
    # SHA-1 of the exact text: exact matches and duplicates are found by index.
    source_hash: Mapped[str] = mapped_column(String(40))
    target_hash: Mapped[str] = mapped_column(String(40))
    # Where it came from: "article" (approved translation) or "tmx" (an imported file).
    origin: Mapped[str] = mapped_column(String(20))
    origin_detail: Mapped[str] = mapped_column(Text, default="")  # headline or file name
    article_id: Mapped[int | None] = mapped_column(ForeignKey("article.id", ondelete="SET NULL"))
    revision_number: Mapped[int | None] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(String(200), default="")  # who translated it
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)  # when it was translated


class GlossaryTerm(Base):
    """A term the newsroom translates one way: a name, a title, an institution."""

    __tablename__ = "glossary_term"
    __table_args__ = (UniqueConstraint("source_language", "target_language", "source_term"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_language: Mapped[str] = mapped_column(String(20))
    target_language: Mapped[str] = mapped_column(String(20))
    source_term: Mapped[str] = mapped_column(Text)
    target_term: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    # Translations the newsroom has ruled out ("Tehran" not "Teheran"): QA flags them.
    forbidden: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
