"""Where ../shared/ is, for tests that read the third-party corpora and specs.

A clone without ../shared/ skips those tests and says why; in CI (``CI=true``) a missing
../shared/ is a failure, never a skip.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TRANSDESK_SHARED_DIR", REPO.parent / "shared"))


def shared_dir(*parts: str) -> Path:
    """The folder under ../shared/, or skip (fail in CI) when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.is_dir():
        message = f"{path} is not present (the corpora live in ../shared/ beside the clone)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


def corpora(*parts: str) -> Path:
    return shared_dir("corpora", *parts)
