"""Review workflow: ``draft → in_review → (changes_requested → in_review)* → approved →
exported``, with the role checks in this layer.

A translator or an editor submits; only an editor (or an admin) requests changes or
approves. Every transition is a ``workflow_event`` row (who, in which role, when, from what
to what, the newest revision at that moment, a note). Unresolved comments are reported on
submit and approve, never blocking.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update

from transdesk.core.errors import UserError
from transdesk.services.articles import get_article
from transdesk.services.comments import CommentThread, threads
from transdesk.services.people import Actor, acting_person, role_phrase
from transdesk.services.qa import article_findings
from transdesk.services.qa_gate import qa_override as gate
from transdesk.storage.database import Database
from transdesk.storage.models import Article, Person, Revision, WorkflowEvent, utcnow

STATES = ("draft", "in_review", "changes_requested", "approved", "exported")


@dataclass(frozen=True)
class Transition:
    name: str
    verb: str  # as in "only an editor can <verb>"
    past: str  # as in "it can be <past> only from …"
    sources: tuple[str, ...]
    target: str
    roles: tuple[str, ...]
    reports_comments: bool


TRANSITIONS = {
    t.name: t
    for t in (
        Transition(
            "submit", "submit", "submitted", ("draft", "changes_requested"), "in_review",
            ("translator", "editor", "admin"), True,
        ),
        Transition(
            "request_changes", "request changes", "sent back", ("in_review",),
            "changes_requested", ("editor", "admin"), False,
        ),
        Transition(
            "approve", "approve", "approved", ("in_review",), "approved", ("editor", "admin"),
            True,
        ),
    )
}  # fmt: skip


@dataclass(frozen=True)
class WorkflowEventView:
    article_id: int
    from_status: str
    to_status: str
    person: str
    role: str
    revision_number: int | None
    note: str
    created_at: datetime
    qa_override: str | None = None  # why it was approved although QA errors remained

    def to_json(self) -> dict[str, Any]:
        return {
            "qa_override": self.qa_override,
            "article_id": self.article_id,
            "from_status": self.from_status,
            "to_status": self.to_status,
            "person": self.person,
            "role": self.role,
            "revision": self.revision_number,
            "note": self.note,
            "created_at": self.created_at.isoformat(),
        }


@dataclass(frozen=True)
class TransitionResult:
    event: WorkflowEventView
    unresolved: list[CommentThread] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            **self.event.to_json(),
            "unresolved_comments": [thread.to_json() for thread in self.unresolved],
        }


def submit(
    db: Database, article_id: int, *, author: str | None, role: str | None = None, note: str = ""
) -> TransitionResult:
    """Send a draft (or an article sent back) for review; by a translator or an editor."""
    return move(db, article_id, "submit", author=author, role=role, note=note)


def request_changes(
    db: Database, article_id: int, *, author: str | None, role: str | None = None, note: str = ""
) -> TransitionResult:
    """Send an article in review back to its translator; by an editor."""
    return move(db, article_id, "request_changes", author=author, role=role, note=note)


def approve(
    db: Database,
    article_id: int,
    *,
    author: str | None,
    role: str | None = None,
    note: str = "",
    qa_override: str = "",
) -> TransitionResult:
    """Approve an article in review; by an editor. Refused while QA errors remain, unless
    ``qa_override`` says why it goes ahead (recorded with the event)."""
    return move(
        db, article_id, "approve", author=author, role=role, note=note, qa_override=qa_override
    )


def move(
    db: Database,
    article_id: int,
    name: str,
    *,
    author: str | None,
    role: str | None = None,
    note: str = "",
    qa_override: str = "",
) -> TransitionResult:
    """Apply transition ``name`` as ``author`` in one transaction, recording the event.

    Refused (nothing changed) when the person's role may not, or the article is not in a
    state the transition starts from, or (approving) QA errors remain and ``qa_override``
    gives no reason to go ahead.
    """
    transition = TRANSITIONS[name]
    with db.transaction() as session:
        article = get_article(session, article_id)
        actor = acting_person(session, author, role)
        _check_role(actor, transition)
        if article.status not in transition.sources:
            allowed = " or ".join(transition.sources)
            raise UserError(
                f"article {article.id} is {article.status}; "
                f"it can be {transition.past} only from {allowed}"
            )
        newest = session.scalar(
            select(func.max(Revision.number)).where(Revision.article_id == article.id)
        )
        override = None
        if transition.target == "approved":
            findings = article_findings(session, article)
            override = gate(article.id, findings, qa_override, "approve")
        event = WorkflowEvent(
            article_id=article.id, from_status=article.status, to_status=transition.target,
            person_id=actor.id, role=actor.role, revision_number=newest, note=note.strip(),
            qa_override=override, created_at=utcnow(),
        )  # fmt: skip
        # A statement, not the ORM attribute: a change of status is not a new version of the
        # text, so it must not bump lock_version (a desk translating it would meet a false
        # save conflict).
        session.execute(
            update(Article)
            .where(Article.id == article.id)
            .values(status=transition.target, updated_at=event.created_at)
        )
        session.add(event)
        session.flush()
        if transition.target == "approved":
            # An approved translation is the newsroom's own: its sentences join the memory.
            from transdesk.services.memory_store import learn_article

            learn_article(session, article.id)
        view = WorkflowEventView(
            article.id, event.from_status, event.to_status, actor.name, actor.role,
            newest, event.note, event.created_at, override,
        )  # fmt: skip
        unresolved = (
            threads(session, article.id, unresolved_only=True)
            if transition.reports_comments
            else []
        )
        return TransitionResult(view, unresolved)


def _check_role(actor: Actor, transition: Transition) -> None:
    if actor.role in transition.roles:
        return
    who = (
        f"is {role_phrase(actor.role)}"
        if actor.role == actor.stored_role
        else f"is acting as {role_phrase(actor.role)}"
    )
    raise UserError(f"{actor.name} {who}; only an editor can {transition.verb}")


def list_events(db: Database, article_id: int) -> list[WorkflowEventView]:
    """Every transition of the article, oldest first."""
    with db.reading() as session:
        get_article(session, article_id)
        rows = session.execute(
            select(
                WorkflowEvent.article_id, WorkflowEvent.from_status, WorkflowEvent.to_status,
                Person.name, WorkflowEvent.role, WorkflowEvent.revision_number,
                WorkflowEvent.note, WorkflowEvent.created_at, WorkflowEvent.qa_override,
            )
            .join(Person, Person.id == WorkflowEvent.person_id)
            .where(WorkflowEvent.article_id == article_id)
            .order_by(WorkflowEvent.created_at, WorkflowEvent.id)
        ).all()  # fmt: skip
        return [WorkflowEventView(*row) for row in rows]
