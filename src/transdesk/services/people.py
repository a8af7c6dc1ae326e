"""The newsroom's people: translators, editors, admins, known by name.

Commands that write act as someone on this list (``--as NAME``): the person's stored role
is the one they act in, unless they choose a narrower one (an editor may act as a
translator; a translator cannot act as an editor).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from transdesk.core.errors import InvalidValue, NotFound
from transdesk.storage.database import Database
from transdesk.storage.models import Person

ROLES = ("translator", "editor", "admin")
# What each role may also act as: a role covers every role ranked below it.
_RANK = {role: rank for rank, role in enumerate(ROLES)}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class PersonView:
    id: int
    name: str
    role: str
    email: str | None
    created_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "role": self.role,
            "email": self.email,
            "created_at": self.created_at.isoformat(),
        }


@dataclass(frozen=True)
class Actor:
    """Who is acting, and in which role (their own, or a narrower one they chose)."""

    id: int
    name: str
    role: str
    stored_role: str


def clean_name(name: str) -> str:
    return " ".join(name.split())


def check_role(role: str, field: str = "role") -> str:
    if role not in ROLES:
        raise InvalidValue(field, f"{role!r} is not one of {', '.join(ROLES)}")
    return role


def person_named(session: Session, name: str, role: str) -> Person:
    """The person with this name; created on first use with the role given.

    Used where a name is typed as data (attribution, the window's own preferences);
    commands acting on someone's behalf use :func:`acting_person`, which never creates.
    """
    clean = clean_name(name)
    if not clean:
        raise InvalidValue("name", "is empty; set your name in Preferences or pass --as")
    check_role(role)
    person = session.scalar(select(Person).where(Person.name == clean))
    if person is None:
        person = Person(name=clean, role=role)
        session.add(person)
        session.flush()
    return person


def find_person(session: Session, name: str) -> Person | None:
    """The person with this name: exactly, else the only one matching it case-insensitively."""
    clean = clean_name(name)
    person = session.scalar(select(Person).where(Person.name == clean))
    if person is not None:
        return person
    matches = session.scalars(
        select(Person).where(func.lower(Person.name) == clean.lower()).limit(2)
    ).all()
    return matches[0] if len(matches) == 1 else None


def acting_person(session: Session, name: str | None, role: str | None = None) -> Actor:
    """The listed person acting now, in their stored role or a narrower ``role``."""
    clean = clean_name(name or "")
    if not clean:
        raise InvalidValue("--as", "names no one; say who is acting (see transdesk person list)")
    if role is not None:
        check_role(role, "--role")
    person = find_person(session, clean)
    if person is None:
        raise NotFound(f"no person named {clean}; add them with transdesk person add")
    acting = role or person.role
    if _RANK[acting] > _RANK.get(person.role, 0):
        raise InvalidValue(
            "--role", f"{person.name} is {role_phrase(person.role)}; they cannot act as {acting}"
        )
    return Actor(person.id, person.name, acting, person.role)


def role_phrase(role: str) -> str:
    """``"a translator"``, ``"an editor"``: for messages naming someone's role."""
    return f"an {role}" if role[:1] in "aeiou" else f"a {role}"


def add_person(db: Database, name: str, role: str, email: str | None = None) -> PersonView:
    """Add someone to the newsroom's list; a name already there (in any case) is refused."""
    clean = clean_name(name)
    if not clean:
        raise InvalidValue("name", "is empty")
    if len(clean) > 200:
        raise InvalidValue("name", "is longer than 200 characters")
    check_role(role)
    mail = (email or "").strip() or None
    if mail is not None and not _EMAIL.match(mail):
        raise InvalidValue("email", f"{mail!r} is not an e-mail address")
    with db.transaction() as session:
        existing = session.scalar(
            select(Person).where(func.lower(Person.name) == clean.lower()).limit(1)
        )
        if existing is not None:
            raise InvalidValue("name", f"{existing.name} is already on the list ({existing.role})")
        person = Person(name=clean, role=role, email=mail)
        session.add(person)
        session.flush()
        return _view(person)


def list_people(db: Database) -> list[PersonView]:
    """Everyone on the list, by name."""
    with db.reading() as session:
        people = session.scalars(select(Person).order_by(func.lower(Person.name), Person.id))
        return [_view(person) for person in people]


def _view(person: Person) -> PersonView:
    return PersonView(person.id, person.name, person.role, person.email, person.created_at)


@dataclass(frozen=True)
class Identity:
    """The window's user (name and role from Preferences) checked against the list."""

    name: str  # as listed, when listed
    role: str  # the role asked for
    listed_role: str | None  # None: not on the list

    @property
    def may_act(self) -> bool:
        """Listed, in a role their listed role covers."""
        return self.listed_role is not None and _RANK[self.role] <= _RANK[self.listed_role]


def identify(db: Database, name: str, role: str) -> Identity:
    """Who the Preferences name is on the people list, if anyone (nothing is created)."""
    clean = clean_name(name)
    if not clean:
        raise InvalidValue("name", "is empty; set your name in Preferences")
    check_role(role)
    with db.reading() as session:
        person = find_person(session, clean)
        if person is None:
            return Identity(clean, role, None)
        return Identity(person.name, role, person.role)
