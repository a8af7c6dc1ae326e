#!/usr/bin/env bash
# Install TransDesk (if needed) and start it; arguments go to `transdesk`.
#   ./scripts/start.sh               the desktop window (embedded SQLite, nothing to configure)
#   ./scripts/start.sh --help        the command line
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$REPO/scripts/setup.sh"

if [[ $# -eq 0 && -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    echo "start: no display here (DISPLAY and WAYLAND_DISPLAY unset), so the TransDesk window cannot" \
        "open. Run ./scripts/start.sh in a desktop session, or on a virtual screen with" \
        "'xvfb-run -a ./scripts/start.sh' (Debian package xvfb), or use the command line:" \
        "'./scripts/start.sh --help' (shown below)." >&2
    exec "$REPO/.venv/bin/transdesk" --help
fi

exec "$REPO/.venv/bin/transdesk" "$@"
