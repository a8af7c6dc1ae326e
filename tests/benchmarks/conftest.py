"""Benchmarks run on demand: ``.venv/bin/python -m pytest tests/benchmarks -s``.

They print their figures and check them against the targets the issues set; the
ordinary suite skips them, so timing never makes a normal run flaky.
"""

from __future__ import annotations

import os

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    wanted = os.environ.get("TRANSDESK_BENCHMARKS") == "1" or any(
        "benchmarks" in str(arg) for arg in config.args
    )
    if wanted:
        return
    skip = pytest.mark.skip(reason="benchmark: run with `pytest tests/benchmarks -s`")
    for item in items:
        if "benchmarks" in str(item.path):
            item.add_marker(skip)
