"""Comments on segments, in threads: a first comment and its replies, resolved as a whole.

Anyone on the people list may comment, reply or resolve; unresolved threads are reported
(not blocking) when an article is submitted or approved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from transdesk.core.errors import InvalidValue, NotFound, UserError
from transdesk.services.articles import get_article, segment_at
from transdesk.services.people import acting_person
from transdesk.storage.database import Database
from transdesk.storage.models import Comment, Person, Segment, utcnow

MAX_TEXT = 10_000


@dataclass(frozen=True)
class CommentView:
    id: int
    article_id: int
    segment_id: int
    position: int  # 0-based, as in ``show --json``
    parent_id: int | None
    author: str
    text: str
    created_at: datetime
    resolved_at: datetime | None
    resolved_by: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "author": self.author,
            "text": self.text,
            "created_at": self.created_at.isoformat(),
        }


@dataclass(frozen=True)
class CommentThread:
    """A first comment on a segment and its replies, oldest first."""

    first: CommentView
    replies: tuple[CommentView, ...] = ()

    @property
    def resolved(self) -> bool:
        return self.first.resolved_at is not None

    def to_json(self) -> dict[str, Any]:
        first = self.first
        return {
            **first.to_json(),
            "segment_id": first.segment_id,
            "position": first.position,
            "resolved": self.resolved,
            "resolved_at": first.resolved_at.isoformat() if first.resolved_at else None,
            "resolved_by": first.resolved_by,
            "replies": [reply.to_json() for reply in self.replies],
        }


def _clean_text(text: str) -> str:
    clean = text.strip()
    if not clean:
        raise InvalidValue("text", "is empty")
    if len(clean) > MAX_TEXT:
        raise InvalidValue("text", f"is longer than {MAX_TEXT:,} characters")
    return clean


def add_comment(
    db: Database,
    article_id: int,
    number: int,
    text: str,
    *,
    author: str | None,
    role: str | None = None,
) -> CommentView:
    """Start a thread on segment ``number`` (1-based, as ``show`` prints it)."""
    clean = _clean_text(text)
    with db.transaction() as session:
        article = get_article(session, article_id)
        segment = segment_at(session, article, number)
        actor = acting_person(session, author, role)
        comment = Comment(
            article_id=article.id, segment_id=segment.id, person_id=actor.id, text=clean
        )
        session.add(comment)
        session.flush()
        return _views(session, [comment.id])[0]


def reply(
    db: Database, comment_id: int, text: str, *, author: str | None, role: str | None = None
) -> CommentView:
    """Answer a comment; a reply to a reply joins the same thread."""
    clean = _clean_text(text)
    with db.transaction() as session:
        first = _thread_start(session, comment_id)
        actor = acting_person(session, author, role)
        comment = Comment(
            article_id=first.article_id, segment_id=first.segment_id, parent_id=first.id,
            person_id=actor.id, text=clean,
        )  # fmt: skip
        session.add(comment)
        session.flush()
        return _views(session, [comment.id])[0]


def resolve(
    db: Database, comment_id: int, *, author: str | None, role: str | None = None
) -> CommentView:
    """Mark the thread ``comment_id`` belongs to as resolved; its first comment, updated."""
    with db.transaction() as session:
        first = _thread_start(session, comment_id)
        actor = acting_person(session, author, role)
        if first.resolved_at is not None:
            view = _views(session, [first.id])[0]
            raise UserError(f"comment {first.id} was already resolved by {view.resolved_by}")
        first.resolved_at = utcnow()
        first.resolved_by = actor.id
        session.flush()
        return _views(session, [first.id])[0]


def _thread_start(session: Session, comment_id: int) -> Comment:
    comment = session.get(Comment, comment_id)
    if comment is None:
        raise NotFound(f"no comment with id {comment_id}")
    if comment.parent_id is not None:
        parent = session.get(Comment, comment.parent_id)
        assert parent is not None
        return parent
    return comment


def list_comments(
    db: Database, article_id: int, *, unresolved_only: bool = False
) -> list[CommentThread]:
    """The article's threads in segment order, oldest first within a segment."""
    with db.reading() as session:
        get_article(session, article_id)
        return threads(session, article_id, unresolved_only=unresolved_only)


def threads(
    session: Session, article_id: int, *, unresolved_only: bool = False
) -> list[CommentThread]:
    """The article's threads, in the caller's session."""
    views = _views(session, None, article_id=article_id)
    firsts = [view for view in views if view.parent_id is None]
    replies: dict[int, list[CommentView]] = {view.id: [] for view in firsts}
    for view in views:
        if view.parent_id is not None:
            replies[view.parent_id].append(view)
    found = [CommentThread(first, tuple(replies[first.id])) for first in firsts]
    return [thread for thread in found if not (unresolved_only and thread.resolved)]


def _views(
    session: Session, ids: list[int] | None, *, article_id: int | None = None
) -> list[CommentView]:
    author = aliased(Person)
    resolver = aliased(Person)
    query = (
        select(
            Comment.id, Comment.article_id, Comment.segment_id, Segment.position,
            Comment.parent_id, author.name, Comment.text, Comment.created_at,
            Comment.resolved_at, resolver.name,
        )
        .join(Segment, Segment.id == Comment.segment_id)
        .join(author, author.id == Comment.person_id)
        .outerjoin(resolver, resolver.id == Comment.resolved_by)
        .order_by(Segment.position, Comment.created_at, Comment.id)
    )  # fmt: skip
    if ids is not None:
        query = query.where(Comment.id.in_(ids))
    if article_id is not None:
        query = query.where(Comment.article_id == article_id)
    return [CommentView(*row[:10]) for row in session.execute(query)]
