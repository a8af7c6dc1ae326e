"""The people list and acting as someone on it."""

from __future__ import annotations

import pytest

from transdesk.core.errors import InvalidValue, NotFound
from transdesk.services.people import Identity, acting_person, add_person, list_people
from transdesk.storage.database import Database


def test_add_and_list_people_by_name(db: Database) -> None:
    added = add_person(db, "  Rana   Haddad ", "translator", "rana@example.com")
    add_person(db, "Omar Said", "editor")
    assert (added.name, added.role, added.email) == (
        "Rana Haddad",
        "translator",
        "rana@example.com",
    )
    assert [(p.name, p.role) for p in list_people(db)] == [
        ("Omar Said", "editor"),
        ("Rana Haddad", "translator"),
    ]


@pytest.mark.parametrize(
    ("name", "role", "email", "field"),
    [
        ("rana HADDAD", "editor", None, "name"),  # already there, in another case
        ("", "editor", None, "name"),
        ("Sami", "publisher", None, "role"),
        ("Sami", "editor", "not-an-address", "email"),
    ],
)
def test_bad_people_are_refused_and_nothing_is_added(
    db: Database, name: str, role: str, email: str | None, field: str
) -> None:
    add_person(db, "Rana Haddad", "translator")
    with pytest.raises(InvalidValue) as caught:
        add_person(db, name, role, email)
    assert caught.value.field == field
    assert [p.name for p in list_people(db)] == ["Rana Haddad"]


def test_acting_uses_the_stored_role_and_may_only_narrow_it(db: Database) -> None:
    add_person(db, "Rana Haddad", "translator")
    add_person(db, "Omar Said", "editor")
    with db.reading() as session:
        assert acting_person(session, "Omar Said").role == "editor"
        narrowed = acting_person(session, "omar said", "translator")  # any case finds them
        assert (narrowed.name, narrowed.role, narrowed.stored_role) == (
            "Omar Said",
            "translator",
            "editor",
        )
        with pytest.raises(InvalidValue, match="Rana Haddad is a translator; they cannot act"):
            acting_person(session, "Rana Haddad", "editor")
        with pytest.raises(NotFound, match="no person named Nobody; add them with transdesk"):
            acting_person(session, "Nobody")
        with pytest.raises(InvalidValue, match="--as"):
            acting_person(session, None)
        with pytest.raises(InvalidValue, match="--role"):
            acting_person(session, "Omar Said", "boss")


def test_identify_checks_the_preferences_name_against_the_list(db: Database) -> None:
    from transdesk.services.people import identify

    add_person(db, "Omar Said", "editor")
    assert identify(db, "  omar   said ", "translator") == Identity(
        "Omar Said", "translator", "editor"
    )
    assert identify(db, "Omar Said", "editor").may_act
    assert not identify(db, "Omar Said", "admin").may_act  # the list does not give that role
    stranger = identify(db, "Leila Mansour", "translator")
    assert stranger.listed_role is None and not stranger.may_act
    assert [p.name for p in list_people(db)] == ["Omar Said"]  # nobody was added
    with pytest.raises(InvalidValue, match=r"^name: is empty"):
        identify(db, " ", "translator")
    with pytest.raises(InvalidValue, match=r"^role: 'boss' is not one of"):
        identify(db, "Omar Said", "boss")
