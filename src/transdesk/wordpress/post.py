"""The WordPress post for a :class:`Publication`: title, content (the sanitised HTML body
with its visible credit line, as the HTML export writes it), excerpt and the attribution as
post meta under the keys the TransDesk mu-plugin registers."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from transdesk.core.publication import Publication

STATUSES = ("draft", "pending", "publish", "future")
META_KEYS = (
    "transdesk_original_url", "transdesk_original_outlet", "transdesk_original_authors",
    "transdesk_original_published", "transdesk_original_language", "transdesk_original_title",
    "transdesk_translators", "transdesk_editor", "transdesk_rights", "transdesk_article",
    "transdesk_revision", "transdesk_push",
)  # fmt: skip
_HEADLINE = re.compile(r"<h1>.*?</h1>\n?", re.DOTALL)


def post_content(publication: Publication) -> str:
    """The article element without its headline (WordPress shows the title itself)."""
    from transdesk.formats.export_html import article_html  # Babel: not for `--help`

    return _HEADLINE.sub("", article_html(publication), count=1)


def post_meta(publication: Publication) -> dict[str, Any]:
    """The attribution, one key each; absent values are empty strings or lists."""
    original = publication.original
    published = original.published_at if original else None
    return {
        "transdesk_original_url": (original.url if original else None) or "",
        "transdesk_original_outlet": (original.outlet if original else None) or "",
        "transdesk_original_authors": list(original.authors) if original else [],
        "transdesk_original_published": _moment(published) if published else "",
        "transdesk_original_language": (original.language if original else None)
        or publication.source_language,
        "transdesk_original_title": (original.title if original else None) or "",
        "transdesk_translators": list(publication.translators),
        "transdesk_editor": publication.editor or "",
        "transdesk_rights": publication.rights or "",
        "transdesk_article": publication.uri,
        "transdesk_revision": publication.revision,
    }


def post_payload(
    publication: Publication,
    status: str | None = None,
    date: datetime | None = None,
    push: str = "",
) -> dict[str, Any]:
    """The body of ``POST /wp/v2/posts`` (terms and language are added by the caller). With
    no ``status`` an update leaves the post's status as it is on the site. ``push`` names
    this push (meta ``transdesk_push``): a post whose create went unanswered is found by it."""
    payload: dict[str, Any] = {
        "title": publication.headline,
        "content": post_content(publication),
        "excerpt": publication.standfirst,
        "meta": {**post_meta(publication), "transdesk_push": push},
    }
    if status is not None:
        payload["status"] = status
    if date is not None:
        payload["date_gmt"] = _moment(date).removesuffix("Z")
    return payload


def unstored_meta(sent: dict[str, Any], stored: Any) -> list[str]:
    """The meta keys the site did not keep as sent (unregistered on the site)."""
    stored = stored if isinstance(stored, dict) else {}
    return [key for key, value in sent.items() if stored.get(key) != value]


def _moment(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
