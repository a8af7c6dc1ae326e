"""The database opens durable, upgrades older files after a backup, and refuses strangers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from transdesk.core.errors import UserError
from transdesk.storage import database as storage
from transdesk.storage.database import open_database, resolve_url


def test_sqlite_is_wal_with_foreign_keys_and_full_sync(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "t.sqlite3"))
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    db.close()


def test_default_database_lives_in_the_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRANSDESK_DATABASE_URL", raising=False)
    url = resolve_url(None)
    assert url.startswith("sqlite:///") and url.endswith("transdesk.sqlite3")
    assert "TransDesk" in url


def test_environment_and_flag_select_the_database(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRANSDESK_DATABASE_URL", "postgresql://u@h/db")
    assert resolve_url(None) == "postgresql+psycopg://u@h/db"
    assert resolve_url("/tmp/x.sqlite3") == "sqlite:////tmp/x.sqlite3"


def test_older_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(storage._alembic_config(engine), "0001")
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO person (name, role, created_at) VALUES (:n, :r, :t)"),
            {"n": "Rana", "r": "translator", "t": "2026-01-01"},
        )
    engine.dispose()

    db = open_database(str(path))
    assert storage.current_revision(db.engine) == storage.head_revision(db.engine)
    db.close()
    backups = list(tmp_path.glob("old.sqlite3.*.bak"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert copy.execute("SELECT name FROM person").fetchall() == [("Rana",)]
    copy.close()


def test_a_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (id INTEGER)")
    connection.commit()
    connection.close()
    with pytest.raises(UserError, match="not TransDesk's"):
        open_database(str(path))


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(UserError, match=r"notes\.sqlite3"):
        open_database(str(path))


def test_schema_head_constant_is_alembics_head(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'h.sqlite3'}")
    assert storage.head_revision(engine) == storage.SCHEMA_HEAD
    engine.dispose()
