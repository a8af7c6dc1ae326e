"""Shared fixtures. Qt runs offscreen; databases are real: a fresh SQLite file per test,
or, when TRANSDESK_TEST_DATABASE_URL names a PostgreSQL server, a fresh schema on it."""

from __future__ import annotations

import os

# Before any Qt import: without a display Qt would abort the whole run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.wordpress_site import wordpress_site  # noqa: F401 (a fixture, for every folder)
from transdesk.storage.database import Database, open_database

PG_URL = os.environ.get("TRANSDESK_TEST_DATABASE_URL")


@pytest.fixture(autouse=True)
def _isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real user's data, config or log folders."""
    home = tmp_path_factory.mktemp("home")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    monkeypatch.delenv("TRANSDESK_DATABASE_URL", raising=False)


@pytest.fixture(autouse=True)
def _no_real_keyring() -> Iterator[None]:
    """No test reads or writes the user's keyring: the keyring library finds none (a test
    that wants one sets its own in-memory backend)."""
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    yield
    keyring.set_keyring(before)


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    """A database URL for one test: PostgreSQL schema when configured, else SQLite file."""
    if not PG_URL:
        yield f"sqlite:///{tmp_path / 'transdesk.sqlite3'}"
        return
    import psycopg
    from sqlalchemy.engine import make_url

    schema = f"t_{uuid.uuid4().hex[:12]}"
    url = make_url(PG_URL)
    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False
        )
    finally:
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that touch a database are marked, so CI runs them again on PostgreSQL."""
    for item in items:
        if {"db", "db_url"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.database)
