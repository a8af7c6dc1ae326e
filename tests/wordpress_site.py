"""The ``wordpress_site`` fixture: a real WordPress on 127.0.0.1 for the publishing tests,
started once per test session (on first use) by tests/integration/wordpress/
wordpress-test-server.sh (Debian's wordpress under PHP's built-in server, a private MariaDB).

On a machine that cannot run it (not root, or the Debian packages missing: scripts/setup.sh
--test installs them) the tests skip and say why; in CI (``CI=true``) that is a failure.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SERVER = Path(__file__).parent / "integration" / "wordpress" / "wordpress-test-server.sh"
CANNOT_RUN = 3  # the script's exit status when this machine lacks what it needs


@dataclass(frozen=True)
class WordPressSite:
    url: str
    admin_user: str
    admin_password: str  # Application Passwords
    contributor_user: str  # may write drafts, not publish or create categories
    contributor_password: str
    folder: Path  # the instance: content/mu-plugins/ holds the TransDesk plugin


@pytest.fixture(scope="session")
def wordpress_site() -> Iterator[WordPressSite]:
    folder = Path(tempfile.mkdtemp(prefix="transdesk-wordpress-"))
    started = subprocess.run(
        [str(SERVER), "start", str(folder)], capture_output=True, text=True, timeout=300
    )
    try:
        if started.returncode != 0:
            reason = started.stderr.strip().splitlines()[-1:] or ["no message"]
            message = f"no test WordPress: {reason[0]}"
            if started.returncode == CANNOT_RUN and os.environ.get("CI") != "true":
                pytest.skip(message)
            pytest.fail(f"{message} (exit {started.returncode})\n{started.stderr}")
        answer = json.loads(started.stdout.strip().splitlines()[-1])
        yield WordPressSite(**answer, folder=folder)
    finally:
        subprocess.run([str(SERVER), "stop", str(folder)], capture_output=True, timeout=60)
