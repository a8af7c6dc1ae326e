"""Where tracebacks go: a log file in the user's log folder, never the user's terminal."""

from __future__ import annotations

import traceback
from datetime import UTC, datetime
from pathlib import Path


def log_path() -> Path:
    from platformdirs import user_log_path

    return user_log_path("TransDesk", appauthor=False) / "transdesk.log"


def log_exception(error: BaseException) -> Path:
    """Append the traceback to the log file; the file's path, for the user's message."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now(UTC).isoformat()}\n")
            log.write("".join(traceback.format_exception(error)))
    except OSError:
        pass
    return path
