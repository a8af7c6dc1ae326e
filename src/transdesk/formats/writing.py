"""Writing a file so that nobody ever sees half of it: a temporary name in the same folder,
flushed to disk, then renamed over the final name (atomic on one file system)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write ``data`` to ``path``. A folder watcher (a CMS hot folder) only ever sees the
    complete file: the temporary name starts with a dot and ends in ``.part``."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".part",
                                         dir=path.parent)  # fmt: skip
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)  # mkstemp makes it 0600; an exported file is for the CMS
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
