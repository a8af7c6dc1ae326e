"""QA checks: every check over a 5,000-segment article in under a second (issue #6)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from tests.benchmarks.news_text import paragraph
from tests.benchmarks.timing import median_seconds, report
from transdesk.core.qa import SegmentRow, run_checks

SEGMENTS = 5000
TARGET_SECONDS = 1.0
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def french(source: str) -> str:
    """A stand-in French target: numbers grouped the French way, quotes as « », the words
    in another order (so it is not the source)."""
    text = re.sub(r"(\d),(\d{3})", "\\1\u202f\\2", source)
    text = re.sub(r'"([^"]*)"', "« \\1 »", text)
    words = text.rstrip(".").split(" ")
    return " ".join(reversed(words)) + "."


def arabic(source: str) -> str:
    """A stand-in Arabic target with Arabic-Indic digits and thousands separators."""
    text = re.sub(r"(\d),(\d{3})", "\\1٬\\2", source).translate(_ARABIC_INDIC)
    return re.sub(r'"([^"]*)"', "«\\1»", text)


def article(to_target: Callable[[str], str], seed: int) -> list[SegmentRow]:
    rng = random.Random(seed)
    rows: list[SegmentRow] = []
    for position in range(SEGMENTS):
        source = paragraph(rng)
        target = to_target(source)
        if position % 50 == 7:  # a few real problems, as a draft has
            target = re.sub(r"«\s?", "", target, count=1)
        rows.append((position, "paragraph", source, target, "translated"))
    return rows


def test_all_checks_over_5000_segments() -> None:
    for language, to_target, seed in (("fr", french, 3), ("ar", arabic, 4)):
        rows = article(to_target, seed)
        findings = run_checks(rows, "en", language)
        assert {f.check for f in findings} == {"quote-unbalanced"}, findings[:5]

        def check_all(rows: list[SegmentRow] = rows, language: str = language) -> None:
            run_checks(rows, "en", language)

        seconds = median_seconds(check_all)
        report(f"QA, all checks, {SEGMENTS:,} segments en→{language}", seconds, TARGET_SECONDS)
        assert seconds < TARGET_SECONDS
