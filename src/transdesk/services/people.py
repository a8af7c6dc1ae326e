"""The newsroom's people: translators, editors, admins, known by name."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from transdesk.core.errors import InvalidValue
from transdesk.storage.models import Person

ROLES = ("translator", "editor", "admin")


def person_named(session: Session, name: str, role: str) -> Person:
    """The person with this name; created on first use with the role given."""
    clean = " ".join(name.split())
    if not clean:
        raise InvalidValue("name", "is empty; set your name in Preferences or pass --as")
    if role not in ROLES:
        raise InvalidValue("role", f"{role!r} is not one of {', '.join(ROLES)}")
    person = session.scalar(select(Person).where(Person.name == clean))
    if person is None:
        person = Person(name=clean, role=role)
        session.add(person)
        session.flush()
    return person
