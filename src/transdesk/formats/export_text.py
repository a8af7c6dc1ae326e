"""Plain text: the headline, a blank line, the paragraphs and the credit line. UTF-8, "\\n"."""

from __future__ import annotations

from transdesk.core.credit_line import credit_line
from transdesk.core.publication import Publication

EXTENSION = ".txt"
MEDIA_TYPE = "text/plain; charset=utf-8"


def render(publication: Publication) -> bytes:
    """The translated article as plain text, paragraphs separated by blank lines."""
    blocks = [publication.headline, publication.standfirst]
    blocks.extend(segment.text for segment in publication.body)
    blocks.append(credit_line(publication))
    text = "\n\n".join(_lines(block) for block in blocks if block.strip())
    return (text + "\n").encode("utf-8")


def _lines(text: str) -> str:
    # Windows and old Mac line ends become "\n"; a segment's blank lines would read as a
    # paragraph break, so a segment stays one block.
    return "\n".join(line.strip() for line in text.strip().splitlines() if line.strip())
