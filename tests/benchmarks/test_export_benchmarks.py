"""Export targets (issue #5): 1,000 approved articles to ninjs in under 10 s.

Here, rendering alone: 1,000 Publications of 30 segments each (about 800 words), half
Arabic→English, half English→Arabic, with full attribution.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta

from tests.benchmarks.news_text import paragraph
from tests.benchmarks.timing import median_seconds, report
from transdesk.core.publication import Publication, PublishedSegment, SourceCreditLine
from transdesk.formats.export_ninjs import render

ARTICLES = 1_000
ARABIC_WORDS = (
    "قال الوزير إن المحادثات بشأن حقوق المياه ستستأنف الأسبوع المقبل في جنيف بعد أشهر من "
    "المفاوضات وأفاد مسؤولون أن الحكومة وافقت على خطة جديدة بينما تجمع المحتجون قرب البرلمان"
).split()
KINDS = ("headline", "standfirst", *["paragraph"] * 12, "heading", *["paragraph"] * 10,
         "quote", "paragraph", "caption", "paragraph", "paragraph")  # fmt: skip


def arabic_paragraph(rng: random.Random, words: int = 30) -> str:
    return " ".join(rng.choice(ARABIC_WORDS) for _ in range(words)) + "."


def publication(number: int, rng: random.Random) -> Publication:
    into_arabic = number % 2 == 1
    translate = arabic_paragraph if into_arabic else paragraph
    write_source = paragraph if into_arabic else arabic_paragraph
    published = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=number)
    original = SourceCreditLine(
        "original",
        "Example News" if into_arabic else "الجزيرة نت",
        f"https://news.example.com/2026/{number}/talks-resume",
        write_source(rng, 8),
        ("Jane Doe", "John Roe"),
        "en" if into_arabic else "ar",
        published,
    )
    via = SourceCreditLine("via", "Gulf Wire", "https://gulfwire.example/1", None, (), None, None)
    assert len(KINDS) == 30
    return Publication(
        article_id=number,
        report_id=number,
        revision=rng.randint(1, 40),
        revision_at=published + timedelta(hours=5),
        status="approved",
        source_language=original.language or "en",
        target_language="ar" if into_arabic else "en",
        segments=tuple(
            PublishedSegment(i, kind, write_source(rng), translate(rng), "reviewed")
            for i, kind in enumerate(KINDS)
        ),
        credits=(original, via),
        translators=("Rana Haddad", "Leila Mansour"),
        editor="Omar Said",
        section="World",
        rights="© Example News 2026",
        created_at=published + timedelta(hours=1),
    )


def test_render_1000_articles_to_ninjs() -> None:
    rng = random.Random(5)
    publications = [publication(number, rng) for number in range(1, ARTICLES + 1)]
    words = sum(json.loads(render(p))["bodies"][0]["wordCount"] for p in publications)
    sizes: list[int] = []

    def render_all() -> None:
        sizes[:] = [len(render(p)) for p in publications]

    seconds = median_seconds(render_all)
    report(
        f"ninjs 3.1 render of {ARTICLES:,} articles (30 segments, ~{words // ARTICLES} words "
        f"each; {sum(sizes) / 1e6:.1f} MB of JSON)",
        seconds,
        10.0,
    )
    assert seconds < 10.0
