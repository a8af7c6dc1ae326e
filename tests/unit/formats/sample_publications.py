"""Publications for the HTML, Markdown and text export tests, built directly (no database):
an Arabic report translated into English, an English one into Arabic, a bare one, and one
whose every text field is hostile."""

from __future__ import annotations

from datetime import UTC, datetime

from transdesk.core.publication import Publication, PublishedSegment, SourceCreditLine

HOSTILE = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    "[click](javascript:alert(1))",
    "</script><script>alert(2)</script>",
    "<!-- hidden --> <svg onload=alert(3)>",
)
HOSTILE_HEADLINE = "Talks end </script><script>alert('headline')</script> <!-- in Gaza"


def segment(position: int, kind: str, text: str, source: str = "") -> PublishedSegment:
    return PublishedSegment(position, kind, source or f"source {position}", text, "reviewed")


def arabic_to_english() -> Publication:
    segments = (
        segment(0, "headline", "Ceasefire talks resume in Cairo", "استئناف محادثات وقف النار"),
        segment(1, "standfirst", "Delegations met for six hours on Tuesday."),
        segment(2, "paragraph", "Negotiators said progress was slow."),
        segment(3, "heading", "What comes next"),
        segment(4, "quote", "We are not there yet."),
        segment(5, "caption", "Delegates arrive at the venue."),
        segment(6, "paragraph", ""),  # untranslated: not exported
        segment(7, "paragraph", "A second round is planned for next week."),
    )
    original = SourceCreditLine(
        role="original",
        outlet="Al-Ahram",
        url="https://example.com/ar/news/123",
        title="استئناف محادثات وقف النار في القاهرة",
        authors=("سامي يوسف", "Mona Adel"),
        language="ar",
        published_at=datetime(2026, 11, 18, 9, 30, tzinfo=UTC),
    )
    via = SourceCreditLine(
        role="via",
        outlet="Nile Wire",
        url="https://example.org/wire/987",
        title=None,
        authors=(),
        language="ar",
        published_at=None,
    )
    return Publication(
        article_id=42,
        report_id=7,
        revision=3,
        revision_at=datetime(2026, 11, 19, 14, 5, tzinfo=UTC),
        status="approved",
        source_language="ar",
        target_language="en",
        segments=segments,
        credits=(original, via),
        translators=("Rana Haddad", "Leila Mansour"),
        editor="Omar Said",
        section="World",
        rights="© Al-Ahram 2026. CC BY 4.0 https://creativecommons.org/licenses/by/4.0/",
        created_at=datetime(2026, 11, 18, 10, 0, tzinfo=UTC),
    )


def english_to_arabic() -> Publication:
    segments = (
        segment(0, "headline", "استئناف محادثات وقف النار في القاهرة", "Talks resume"),
        segment(1, "standfirst", "التقى الوفدان ست ساعات يوم الثلاثاء."),
        segment(2, "paragraph", "قال المفاوضون إن التقدم بطيء."),
        segment(3, "quote", "لم نصل بعد."),
    )
    original = SourceCreditLine(
        role="original",
        outlet="Example News",
        url="https://example.com/en/talks",
        title="Ceasefire talks resume in Cairo",
        authors=("Jane Doe",),
        language="en",
        published_at=datetime(2026, 11, 18, 9, 30, tzinfo=UTC),
    )
    return Publication(
        article_id=43,
        report_id=8,
        revision=2,
        revision_at=datetime(2026, 11, 20, 8, 0, tzinfo=UTC),
        status="approved",
        source_language="en",
        target_language="ar",
        segments=segments,
        credits=(original,),
        translators=("Rana Haddad",),
        editor="Omar Said",
        section=None,
        rights="© Example News",
        created_at=datetime(2026, 11, 18, 11, 0, tzinfo=UTC),
    )


def bare() -> Publication:
    """Nothing but a headline: no original, no editor, no translator, never revised."""
    return Publication(
        article_id=1,
        report_id=1,
        revision=0,
        revision_at=None,
        status="draft",
        source_language="fr",
        target_language="de",
        segments=(segment(0, "headline", "", "Les pourparlers reprennent"),),
        credits=(),
        translators=(),
        editor=None,
        section=None,
        rights=None,
        created_at=datetime(2026, 11, 18, 11, 0, tzinfo=UTC),
    )


def hostile(target_language: str = "en", source_language: str = "ar") -> Publication:
    """Every text field carries markup; the original's address is a javascript: URL."""
    body = tuple(
        segment(position + 2, kind, text, source=text)
        for position, (kind, text) in enumerate(
            zip(
                ("paragraph", "heading", "quote", "caption", "paragraph", "paragraph"),
                HOSTILE,
                strict=True,
            )
        )
    )
    segments = (
        segment(0, "headline", HOSTILE_HEADLINE, source=HOSTILE[0]),
        segment(1, "standfirst", HOSTILE[1], source=HOSTILE[1]),
        *body,
    )
    original = SourceCreditLine(
        role="original",
        outlet="<b onmouseover=alert(4)>Outlet</b>",
        url="javascript:alert(5)",
        title="</title><script>alert(6)</script>",
        authors=("<script>alert(7)</script>", "Ann & <i>Bob</i>"),
        language=source_language,
        published_at=datetime(2026, 11, 18, 9, 30, tzinfo=UTC),
    )
    return Publication(
        article_id=66,
        report_id=66,
        revision=1,
        revision_at=datetime(2026, 11, 19, 9, 30, tzinfo=UTC),
        status="approved",
        source_language=source_language,
        target_language=target_language,
        segments=segments,
        credits=(original,),
        translators=("<img src=x onerror=alert(8)>",),
        editor="</script><!--",
        section="<style>body{display:none}</style>",
        rights="<a href='javascript:alert(9)'>rights</a>",
        created_at=datetime(2026, 11, 18, 11, 0, tzinfo=UTC),
    )


def all_samples() -> dict[str, Publication]:
    return {
        "ar-en": arabic_to_english(),
        "en-ar": english_to_arabic(),
        "bare": bare(),
        "hostile ar-en": hostile("en", "ar"),
        "hostile en-ar": hostile("ar", "en"),
    }
