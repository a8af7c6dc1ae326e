"""Attribution values: checked URLs, publication times, author lists."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import urlsplit

from transdesk.core.errors import InvalidValue

_AUTHOR_SEPARATORS = re.compile(r"\s*[;|]\s*|\s+(?:and|et|y|und|و)\s+|\s*,\s*(?=\S+\s+\S+)")


def check_url(value: str, field: str = "url") -> str:
    """An absolute http(s) URL, or an InvalidValue naming ``field``."""
    url = value.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in url:
        raise InvalidValue(field, f"{value!r} is not an http(s) URL")
    return url


def parse_published(value: str, field: str = "published") -> datetime:
    """An ISO 8601 date or date-time; a time without a zone is taken as UTC."""
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidValue(
            field, f"{value!r} is not a date (use ISO 8601: 2026-11-25 or 2026-11-25T14:30+03:00)"
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def split_authors(value: str) -> list[str]:
    """ "A; B", "A and B", "A, B" → ["A", "B"] ("Smith, John" stays one name)."""
    names = _AUTHOR_SEPARATORS.split(value.strip())
    return [name.strip() for name in names if name and name.strip()]
