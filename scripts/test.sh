#!/usr/bin/env bash
# Install the test dependencies (scripts/setup.sh --test) and run the test suite twice:
#   1. the whole suite, on the embedded SQLite database;
#   2. the tests marked `database` again, against a throwaway PostgreSQL server on 127.0.0.1
#      (scripts/pg-test-server.sh; tests/conftest.py reads TRANSDESK_TEST_DATABASE_URL).
# Arguments go to pytest in both passes, e.g. ./scripts/test.sh -x tests/unit
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
./scripts/setup.sh --test

export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
PY="$REPO/.venv/bin/python"

echo "=== test.sh: pass 1/2: the whole suite on SQLite ==="
sqlite_rc=0
"$PY" -m pytest "$@" || sqlite_rc=$?

echo "=== test.sh: pass 2/2: the database tests on PostgreSQL ==="
pg_rc=0
pg_note=""
pgdir="$(mktemp -d "${TMPDIR:-/tmp}/transdesk-pg.XXXXXX")"
trap './scripts/pg-test-server.sh stop "$pgdir" || true' EXIT
if url="$(./scripts/pg-test-server.sh start "$pgdir")"; then
    echo "test.sh: PostgreSQL test server at $url"
    TRANSDESK_TEST_DATABASE_URL="$url" "$PY" -m pytest "$@" -m database || pg_rc=$?
    if ((pg_rc == 5)); then
        if (($# == 0)); then
            pg_note=" (no test marked 'database' was collected: the PostgreSQL tests are missing)"
        else
            # A narrowed run (./scripts/test.sh tests/unit/test_x.py) may hold no database test.
            pg_rc=0
            pg_note=" (no database test in this selection)"
        fi
    fi
else
    pg_rc=1
    pg_note=" (the PostgreSQL test server did not start)"
fi

verdict() { if (($1 == 0)); then echo "passed"; else echo "FAILED (pytest exit $1)"; fi; }
if ((sqlite_rc == 5)); then sqlite_note=" (no test collected)"; else sqlite_note=""; fi
echo "test.sh: SQLite pass $(verdict "$sqlite_rc")$sqlite_note; PostgreSQL pass $(verdict "$pg_rc")$pg_note"
((sqlite_rc == 0 && pg_rc == 0))
