"""Opening the database: where it lives, SQLite durability, migrations on open."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from transdesk.core.errors import UserError

ENV_URL = "TRANSDESK_DATABASE_URL"
# The newest migration. Checked with one query on open, so a current database never loads
# Alembic; a test keeps it equal to Alembic's own head.
SCHEMA_HEAD = "0008"


def default_database_path() -> Path:
    """The SQLite file in the platform's user data folder."""
    from platformdirs import user_data_path

    return user_data_path("TransDesk", appauthor=False) / "transdesk.sqlite3"


def resolve_url(url: str | None = None) -> str:
    """``--db`` first, then ``TRANSDESK_DATABASE_URL``, then the default SQLite file.

    A bare path is taken as an SQLite file.
    """
    chosen = url or os.environ.get(ENV_URL)
    if not chosen:
        return f"sqlite:///{default_database_path()}"
    if "://" not in chosen:
        return f"sqlite:///{Path(chosen).expanduser().resolve()}"
    if chosen.startswith("postgresql://") or chosen.startswith("postgres://"):
        # psycopg 3 is the driver we ship; plain URLs would ask for psycopg2.
        chosen = "postgresql+psycopg://" + chosen.split("://", 1)[1]
    return chosen


class Database:
    """An open, migrated database and its session factory."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_database(url: str | None = None, *, upgrade: bool = True) -> Database:
    """Open (creating if needed) and upgrade the database named by ``url``."""
    resolved = resolve_url(url)
    try:
        parsed = make_url(resolved)
    except ArgumentError:
        raise UserError(f"--db: not a database URL or path: {resolved}") from None
    if parsed.get_backend_name() == "sqlite":
        engine = _sqlite_engine(resolved, parsed.database)
    elif parsed.get_backend_name() == "postgresql":
        engine = create_engine(resolved, pool_pre_ping=True)
    else:
        raise UserError(f"--db: unsupported database {parsed.get_backend_name()!r}")
    if upgrade:
        try:
            _upgrade(engine)
        except DBAPIError as error:
            engine.dispose()
            reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
            raise UserError(f"database {parsed.render_as_string()}: {reason}") from None
    return Database(engine)


def _sqlite_engine(url: str, database: str | None) -> Engine:
    if database and database != ":memory:":
        folder = Path(database).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UserError(f"database folder {folder}: {error.strerror}") from None
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy own transactions; sqlite3's legacy implicit BEGIN is off.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # FULL: a committed revision survives a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()
        # SQLite's own lower() folds ASCII only; searches must match "Élysée" and "élysée".
        dbapi_connection.create_function("lower", 1, _lower, deterministic=True)

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(engine)).get_current_head()


def _stamped_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration; back an older SQLite file up first."""
    if _stamped_revision(engine) == SCHEMA_HEAD:
        return
    current = current_revision(engine)
    head = head_revision(engine)
    if current == head:
        return
    if current is not None and engine.url.get_backend_name() == "sqlite":
        backup_sqlite(engine, suffix=f"before-{head}")
    elif current is None and _has_foreign_tables(engine):
        raise UserError(
            f"database {engine.url.render_as_string()}: holds tables that are not TransDesk's"
        )
    from alembic import command

    command.upgrade(_alembic_config(engine), "head")


def _has_foreign_tables(engine: Engine) -> bool:
    return bool(set(inspect(engine).get_table_names()) - {"alembic_version"})


def backup_sqlite(engine: Engine, *, suffix: str) -> Path:
    """Copy the SQLite file with SQLite's backup API (consistent even with WAL)."""
    database = engine.url.database
    assert database
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = Path(f"{database}.{stamp}.{suffix}.bak")
    source = sqlite3.connect(database)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target
