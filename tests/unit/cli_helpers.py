"""Running the command line in tests: exit status, standard output and standard error."""

from __future__ import annotations

import pytest

from transdesk.cli import main


def run(capsys: pytest.CaptureFixture[str], db_url: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", db_url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys: pytest.CaptureFixture[str], db_url: str, *args: str) -> str:
    """The one error line of a refused command (exit status 1, nothing on standard output)."""
    code, out, err = run(capsys, db_url, *args)
    assert (code, out) == (1, ""), err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("transdesk: error: "), err
    return lines[0].removeprefix("transdesk: error: ")
