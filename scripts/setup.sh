#!/usr/bin/env bash
# Install what TransDesk needs on a Debian machine, then the Python package in ./.venv.
#
#   scripts/setup.sh           runtime: Qt's system libraries, fonts, `pip install -e .`
#   scripts/setup.sh --test    also PostgreSQL, Xvfb, ImageMagick, WordPress (PHP, MariaDB) and
#                              `pip install -e ".[test]"`
#
# Idempotent and quick when nothing changed: apt runs only when a package is missing, pip only
# when pyproject.toml (or the mode) changed since the last successful install (.venv stamp).
# Environment: PYTHON (default python3) picks the interpreter for a new .venv.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO/.venv"
STAMP="$VENV/.transdesk-setup-stamp"
PYTHON="${PYTHON:-python3}"

mode=runtime
for arg in "$@"; do
    case "$arg" in
        --test) mode="test" ;;
        -h | --help)
            sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *)
            echo "setup: unknown argument: $arg (usage: scripts/setup.sh [--test])" >&2
            exit 2
            ;;
    esac
done

# Shared libraries the PySide6-Essentials wheels load (xcb platform plugin included), and fonts
# that shape Arabic/Persian (DejaVu, Noto) and cover CJK (WenQuanYi Micro Hei: 5 MB installed,
# against 91 MB for fonts-noto-cjk).
RUNTIME_PKGS=(
    libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-shape0 libxcb-xinerama0 libxcb-randr0
    fonts-dejavu-core fonts-noto-core fonts-wqy-microhei
)
# Tests: a real PostgreSQL server, a virtual X screen (xvfb-run needs xauth), screenshots.
TEST_PKGS=(postgresql xvfb xauth imagemagick xdotool) # xdotool types into a real window (crash test)
# A real WordPress for the publishing tests, served by PHP's built-in server (no Apache):
# tests/integration/wordpress/wordpress-test-server.sh.
TEST_PKGS+=(php-cli php-mysql mariadb-server wordpress)

# Lines that say nothing about this project (pip's config on some machines names absent indexes).
NOISE="^WARNING: Location '.*' is ignored: it is neither a file nor a directory"

# Run a noisy command quietly. On failure show the end of what it printed and stop; on success show
# only its warnings (pip's), if any.
quiet() {
    local log rc=0
    log="$(mktemp "${TMPDIR:-/tmp}/transdesk-setup.XXXXXX")"
    "$@" >"$log" 2>&1 || rc=$?
    if ((rc)); then
        echo "setup: failed (exit $rc): $*" >&2
        grep -v -- "$NOISE" "$log" | tail -n 60 >&2 || true
    else
        grep '^WARNING' "$log" | grep -v -- "$NOISE" >&2 || true
    fi
    rm -f "$log"
    ((rc == 0)) || exit "$rc"
}

# Debian's wordpress depends on "apache2 | httpd" and "libapache2-mod-php | php": with no provider
# apt pulls in Apache and mod_php, which the tests never use. A local, empty package that provides
# both stops that.
no_apache() {
    local dir
    dpkg-query -W -f='${Status}' transdesk-no-apache 2>/dev/null | grep -q "ok installed" && return
    dir="$(mktemp -d "${TMPDIR:-/tmp}/transdesk-no-apache.XXXXXX")"
    mkdir -p "$dir/pkg/DEBIAN"
    cat >"$dir/pkg/DEBIAN/control" <<'CONTROL'
Package: transdesk-no-apache
Version: 1.0
Architecture: all
Maintainer: TransDesk <transdesk@localhost>
Provides: httpd, php
Description: lets Debian's wordpress install without Apache (TransDesk's tests use php -S)
CONTROL
    quiet dpkg-deb --build "$dir/pkg" "$dir/transdesk-no-apache.deb"
    quiet dpkg -i "$dir/transdesk-no-apache.deb"
    rm -rf "$dir"
}

# --- Debian packages ---------------------------------------------------------------------------
pkgs=("${RUNTIME_PKGS[@]}")
[[ $mode == test ]] && pkgs+=("${TEST_PKGS[@]}")

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
    # dpkg-query -W also knows removed packages ("deinstall ok config-files"): check the status.
    for p in "${pkgs[@]}"; do
        status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)"
        [[ $status == "install ok installed" ]] || missing+=("$p")
    done
fi

if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "setup: installing Debian packages: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        quiet apt-get -o DPkg::Lock::Timeout=120 update
        [[ " ${missing[*]} " == *" wordpress "* ]] && no_apache
        quiet apt-get -o DPkg::Lock::Timeout=120 install -y --no-install-recommends "${missing[@]}"
    else
        echo "setup: not root or no apt-get; please install these Debian packages: ${missing[*]}" >&2
    fi
elif ! command -v dpkg-query >/dev/null 2>&1; then
    echo "setup: not a Debian system; make sure Qt's X11/EGL libraries, fonts$([[ $mode == test ]] && echo ', PostgreSQL, Xvfb') are installed" >&2
fi

# --- Python virtual environment ------------------------------------------------------------------
if ! "$VENV/bin/python" -c '' >/dev/null 2>&1; then
    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
        echo "setup: TransDesk needs Python >= 3.11; '$PYTHON' is $("$PYTHON" -V 2>&1 || echo missing)." \
            "Set PYTHON=/path/to/python3.11 and run again." >&2
        exit 1
    fi
    echo "setup: creating $VENV"
    rm -rf "$VENV"
    quiet "$PYTHON" -m venv "$VENV"
fi

want="$( (cat "$REPO/pyproject.toml"; "$VENV/bin/python" -V) | sha256sum | cut -d' ' -f1)"
have_hash="" have_mode=""
[[ -f $STAMP ]] && read -r have_hash have_mode <"$STAMP" || true

up_to_date=""
if [[ $have_hash == "$want" && ($have_mode == "$mode" || $have_mode == test) ]]; then
    up_to_date=1
fi
if [[ -z $up_to_date ]]; then
    [[ $have_mode == test ]] && mode="test" # keep the test tools of this .venv up to date too
    spec="."
    [[ $mode == test ]] && spec=".[test]"
    echo "setup: pip install -e \"$spec\" (first time takes a minute or two)"
    rm -f "$STAMP"
    export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
    cd "$REPO"
    quiet "$VENV/bin/python" -m pip install -e "$spec"
    echo "$want $mode" >"$STAMP"
fi

# The UI's translations: translations/*.ts compiled to .qm (build output, never committed).
QM_DIR="$REPO/src/transdesk/data/i18n"
mkdir -p "$QM_DIR"
for ts in "$REPO"/translations/*.ts; do
    [[ -e $ts ]] || continue
    qm="$QM_DIR/$(basename "${ts%.ts}").qm"
    if [[ ! -f $qm || $ts -nt $qm ]]; then
        quiet "$VENV/bin/pyside6-lrelease" "$ts" -qm "$qm"
    fi
done
