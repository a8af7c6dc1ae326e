"""ninjs (IPTC News in JSON) export: :func:`render` writes ninjs 3.1, the default, and
:func:`render_v2` ninjs 2.2 (the same item with 2.2's lower-case property names).

Where the attribution goes (DESIGN.md, "Export and attribution"):

- ``by`` is the credit line in the article's language; the HTML body ends with it too.
- ``infoSources`` name who made the content, with the role URIs of IPTC's Content Production
  Party Role scheme (it replaced the retired infosourcerole scheme): ``origcont`` for the
  outlet that first published the report, ``author`` for its writers, ``distributor`` for an
  outlet we took it from ("via"), ``editor`` for our editor. IPTC has no translator role, so
  translators carry our own, :data:`TRANSLATOR_ROLE`.
- One association is the original: ``rel`` "translationOf" in 3.1; 2.2 has no ``rel``, so
  its ``name`` says it ("translationOf" in both). Its ``uri`` is the original's web address,
  or, when there is none, our report's URN.
- ``copyrightHolder`` is the original's outlet. The rights text goes to ``rightsInfo`` when
  it is a web address, to ``copyrightNotice`` when it reads as one (©, "(c)", "copyright"),
  else to ``usageTerms``: terms shown to readers by mistake would do more harm than a notice
  kept internal.
- ``edNote`` says why an article that was not approved was exported anyway.

Headlines, descriptions and the plain-text body are ``text/plain``; the HTML body is built
here from escaped text only, so nothing from the source or the translation becomes markup.
Only http(s) addresses are written as URIs; a ``javascript:`` link from an imported page
is dropped.
"""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit

from babel import Locale, UnknownLocaleError
from babel.lists import format_list

from transdesk.core.credit_line import credit_line
from transdesk.core.languages import direction
from transdesk.core.publication import Publication, PublishedSegment, SourceCreditLine
from transdesk.core.text_measure import count_words

EXTENSION = ".json"
MEDIA_TYPE = "application/json"

_ROLES = "http://cv.iptc.org/newscodes/contentprodpartyrole/"
ORIGINAL_CONTENT_ROLE = _ROLES + "origcont"
AUTHOR_ROLE = _ROLES + "author"
DISTRIBUTOR_ROLE = _ROLES + "distributor"
EDITOR_ROLE = _ROLES + "editor"
# Ours: IPTC's vocabulary has no translator. A URN, as the article's own URI is: it names
# the role without pretending there is a page to fetch.
TRANSLATOR_ROLE = "urn:transdesk:role:translator"
TRANSLATION_OF = "translationOf"
SOURCE_URI = "urn:transdesk:report:{report_id}"  # the source we translated, when no URL
SCHEMAS = {
    "3.1": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#",
    "2.2": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#",
}

_TAGS = {"heading": "h2", "quote": "blockquote"}  # captions get a figure; the rest <p>
_NOTICE = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
_BARE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_URI_SAFE = "!#$%&'()*+,/:;=?@[]~"  # RFC 3986 reserved characters, kept as they are

Item = dict[str, Any]


def render(publication: Publication) -> bytes:
    """The article as a ninjs 3.1 document: pretty UTF-8 JSON, keys sorted."""
    return _dump(ninjs_item(publication, "3.1"))


def render_v2(publication: Publication) -> bytes:
    """The article as a ninjs 2.2 document."""
    item = _lower_keys(ninjs_item(publication, "2.2"))
    for association in item["associations"]:
        del association["rel"]  # 2.2 has none: the name says "translationOf"
    return _dump(item)


def ninjs_item(publication: Publication, version: str = "3.1") -> Item:
    """The item describing ``publication``, with 3.x's camelCase names; ``version`` is the
    one its ``standard`` names (:func:`render_v2` lowers the names for 2.2)."""
    credit = credit_line(publication)
    item: Item = {
        "uri": publication.uri,
        "type": "text",
        "representationType": "full",
        "version": str(publication.revision),
        "firstCreated": _instant(publication.created_at),
        "pubStatus": "usable",
        "language": publication.target_language,
        "by": credit,
        "bodies": _bodies(publication, credit),
        "infoSources": _info_sources(publication),
        "associations": [_original(publication)],
        "standard": {"name": "ninjs", "version": version, "schema": SCHEMAS[version]},
        **_rights(publication),
    }
    if publication.revision_at is not None:
        item["versionCreated"] = _instant(publication.revision_at)
    original = publication.original
    if original is not None and original.published_at is not None:
        item["contentCreated"] = _instant(original.published_at)
    if publication.headline:
        item["headlines"] = [_text("main", publication.headline)]
    if publication.standfirst:
        item["descriptions"] = [_text("summary", publication.standfirst)]
    if publication.section:
        item["subjects"] = [{"name": publication.section}]
    if publication.forced_reason:
        item["edNote"] = (
            f"Exported without approval (workflow state: {publication.status}). "
            f"Reason: {publication.forced_reason}"
        )
    return item


def body_html(publication: Publication, credit: str | None = None) -> str:
    """The body as an HTML fragment: one element per segment, the credit line last, all
    inside a ``div`` giving the language and its direction (so an Arabic article reads right
    to left even on a left-to-right page, and the other way round)."""
    language = publication.target_language
    lines = [f'<div dir="{direction(language)}" lang="{html.escape(language)}">']
    lines.extend(_element(segment) for segment in publication.body)
    credit = credit_line(publication) if credit is None else credit
    lines.append(f'<p class="credit">{_escaped(credit)}</p>')
    lines.append("</div>")
    return "\n".join(lines)


def body_text(publication: Publication, credit: str | None = None) -> str:
    """The body as plain text: paragraphs separated by blank lines, the credit line last."""
    credit = credit_line(publication) if credit is None else credit
    return "\n\n".join([*(segment.text.strip() for segment in publication.body), credit])


def _bodies(publication: Publication, credit: str) -> list[Item]:
    # ninjs counts "excluding figure captions"; the credit line is not the story either.
    story = "\n\n".join(s.text.strip() for s in publication.body if s.kind != "caption")
    counts = {"charCount": len(story), "wordCount": count_words(story)}
    return [
        {"role": "main", "contentType": "text/plain", "value": body_text(publication, credit)}
        | counts,
        {"role": "richtext", "contentType": "text/html", "value": body_html(publication, credit)}
        | counts,
    ]


def _element(segment: PublishedSegment) -> str:
    text = _escaped(segment.text.strip())
    if segment.kind == "caption":
        return f"<figure><figcaption>{text}</figcaption></figure>"
    tag = _TAGS.get(segment.kind, "p")
    return f"<{tag}>{text}</{tag}>"


def _escaped(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.splitlines())


def _text(role: str, value: str) -> Item:
    return {"role": role, "contentType": "text/plain", "value": value}


def _info_sources(publication: Publication) -> list[Item]:
    sources: list[Item] = []
    for credit in publication.credits:
        original = credit.role == "original"
        outlet = _outlet(credit, ORIGINAL_CONTENT_ROLE if original else DISTRIBUTOR_ROLE)
        if outlet:
            sources.append(outlet)
        if original:
            sources.extend({"name": name, "role": AUTHOR_ROLE} for name in credit.authors)
    sources.extend({"name": name, "role": TRANSLATOR_ROLE} for name in publication.translators)
    if publication.editor:
        sources.append({"name": publication.editor, "role": EDITOR_ROLE})
    return sources


def _outlet(credit: SourceCreditLine, role: str) -> Item | None:
    """The outlet as an info source; its ``uri`` (the identifier of the party, not of one of
    its articles) is the site the article ran on."""
    address = _web_address(credit.url)
    site = urlsplit(address) if address else None
    name = credit.outlet or (site.hostname if site else None)
    if not name:
        return None
    source: Item = {"name": name, "role": role}
    if site:
        source["uri"] = f"{site.scheme}://{site.netloc.rpartition('@')[2]}/"  # no user:password
    return source


def _original(publication: Publication) -> Item:
    """The association pointing at what was translated: the original publication."""
    item: Item = {
        "name": TRANSLATION_OF,
        "rel": TRANSLATION_OF,
        "type": "text",
        "uri": SOURCE_URI.format(report_id=publication.report_id),
        "language": publication.source_language,
    }
    original = publication.original
    if original is None:
        return item
    item["uri"] = _web_address(original.url) or item["uri"]
    item["language"] = original.language or item["language"]
    if original.title:
        item["headlines"] = [_text("main", original.title)]
    if original.authors:
        item["by"] = _names(original.authors, item["language"])
    if original.published_at is not None:
        item["contentCreated"] = _instant(original.published_at)
    outlet = _outlet(original, ORIGINAL_CONTENT_ROLE)
    if outlet:
        item["infoSources"] = [outlet]
    return item


def _rights(publication: Publication) -> Item:
    fields: Item = {}
    original = publication.original
    if original is not None and original.outlet:
        fields["copyrightHolder"] = original.outlet
    text = (publication.rights or "").strip()
    link = None if any(c.isspace() for c in text) else _web_address(text)
    if link:
        fields["rightsInfo"] = {"linkedRights": link}
    elif text and _NOTICE.search(text):
        fields["copyrightNotice"] = text
    elif text:
        fields["usageTerms"] = text
    return fields


def _web_address(url: str | None) -> str | None:
    """An http(s) address fit for a ``uri`` field, or None. Addresses with Arabic or other
    non-ASCII characters (IRIs) are percent-encoded into URIs."""
    if not url or not url.strip():
        return None
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return quote(_BARE_PERCENT.sub("%25", url.strip()), safe=_URI_SAFE)


def _names(names: tuple[str, ...], language: str) -> str:
    """The names as a list in ``language`` ("A, B and C"; English when Babel does not
    know the language)."""
    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        locale = Locale("en")
    return str(format_list(list(names), locale=locale))


def _instant(moment: datetime) -> str:
    """UTC, to the second, with a "Z": the same instant always gives the same text."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # storage keeps instants in UTC
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _lower_keys(value: Any) -> Any:
    """ninjs 2.x spells every property in lower case ("versioncreated"). Only names we
    wrote are keys here; text is only ever a value."""
    if isinstance(value, dict):
        return {key.lower(): _lower_keys(inner) for key, inner in value.items()}
    if isinstance(value, list):
        return [_lower_keys(inner) for inner in value]
    return value


def _dump(item: Item) -> bytes:
    text = json.dumps(item, ensure_ascii=False, indent=2, sort_keys=True)
    return (text + "\n").encode("utf-8")
