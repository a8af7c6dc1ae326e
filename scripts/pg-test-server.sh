#!/usr/bin/env bash
# A throwaway PostgreSQL server on 127.0.0.1 for the tests (trust auth, fsync off).
#
#   scripts/pg-test-server.sh start DIR   initialise DIR, start the server on a free port, create the
#                                         database transdesk_test; prints one line on stdout: its
#                                         SQLAlchemy URL (postgresql+psycopg://postgres@127.0.0.1:PORT/transdesk_test)
#   scripts/pg-test-server.sh stop DIR    stop that server and remove DIR
#
# initdb refuses to run as root: as root the server runs as the `postgres` user, which owns DIR.
# Environment: PG_BINDIR overrides where initdb/pg_ctl are looked for.
set -euo pipefail

usage() {
    echo "usage: scripts/pg-test-server.sh start|stop DIR" >&2
    exit 2
}
die() {
    echo "pg-test-server: $*" >&2
    exit 1
}

[[ $# -eq 2 ]] || usage
action="$1"
dir="$2"
MARKER=".transdesk-pg-test"

find_bindir() {
    local d
    for d in "${PG_BINDIR:-}" "$(pg_config --bindir 2>/dev/null || true)" \
        $(printf "%s\n" /usr/lib/postgresql/*/bin | sort -V -r) \
        "$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")"; do
        if [[ -n $d && -x $d/initdb && -x $d/pg_ctl && -x $d/postgres ]]; then
            echo "$d"
            return 0
        fi
    done
    return 1
}

# Run a command as the server's owner: `postgres` when we are root, else ourselves.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    local py
    for py in python3 "$(dirname "${BASH_SOURCE[0]}")/../.venv/bin/python"; do
        if command -v "$py" >/dev/null 2>&1; then
            "$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
            return
        fi
    done
    echo $((20000 + RANDOM % 20000)) # no Python: a random high port (start retries on a clash)
}

# Run quietly; on failure show what it printed (and the server log, if any) on stderr.
quiet() {
    local log="$dir/cmd.log" rc=0
    as_owner "$@" >"$log" 2>&1 || rc=$?
    if ((rc)); then
        echo "pg-test-server: failed (exit $rc): $*" >&2
        tail -n 30 "$log" >&2
    fi
    return "$rc"
}

case "$action" in
start)
    bindir="$(find_bindir)" ||
        die "PostgreSQL server binaries not found (install Debian's postgresql, or set PG_BINDIR)"
    if [[ $(id -u) -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || die "running as root needs a 'postgres' user (Debian's postgresql package creates it)"
    fi
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    [[ -e $dir/data ]] && die "$dir/data already exists: stop that server first (scripts/pg-test-server.sh stop $dir)"
    # The socket path DIR/.s.PGSQL.PORT must fit in 107 bytes; DIR goes unquoted into pg_ctl -o.
    ((${#dir} <= 80)) || die "DIR path too long for a Unix socket: $dir"
    [[ $dir != *[[:space:]]* ]] || die "DIR must not contain spaces: $dir"
    touch "$dir/$MARKER"
    if [[ $(id -u) -eq 0 ]]; then
        chown -R postgres: "$dir"
        runuser -u postgres -- test -w "$dir" ||
            die "the postgres user cannot write $dir (is a parent folder closed to it?)"
    fi

    quiet "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync ||
        die "initdb failed"

    started=""
    for _ in 1 2 3; do # retry if another process takes the port between picking and binding it
        port="$(free_port)"
        if quiet "$bindir/pg_ctl" -w -t 30 -D "$dir/data" -l "$dir/server.log" start \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off"; then
            started=1
            break
        fi
        tail -n 5 "$dir/server.log" >&2 2>/dev/null || true
    done
    [[ -n $started ]] || die "the server did not start (log: $dir/server.log)"
    echo "$port" >"$dir/port"

    quiet "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres transdesk_test ||
        die "createdb failed"
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/transdesk_test"
    ;;
stop)
    [[ -d $dir ]] || exit 0
    dir="$(cd "$dir" && pwd)"
    [[ -e $dir/$MARKER ]] || die "$dir was not made by pg-test-server.sh start; not touching it"
    if [[ -f $dir/data/postmaster.pid ]]; then
        bindir="$(find_bindir)" || die "PostgreSQL server binaries not found"
        quiet "$bindir/pg_ctl" -w -t 30 -D "$dir/data" -m fast stop ||
            echo "pg-test-server: pg_ctl stop failed; removing $dir anyway" >&2
    fi
    rm -rf "$dir"
    ;;
*)
    usage
    ;;
esac
