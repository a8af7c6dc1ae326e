"""An HTML5 page of the translated article, with a visible credit line and its attribution as
a schema.org NewsArticle in JSON-LD, for CMSs and search engines.

Every piece of text (source, translation, titles, names) is escaped before it meets markup,
and the article is then passed through nh3 with an allow-list, so no text can become an
element or attribute. The JSON-LD escapes ``<``, ``>`` and ``&`` so ``</script>`` or ``<!--``
in a headline cannot end the script element.
"""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime
from typing import Any

import nh3

from transdesk.core.credit_line import credit_line
from transdesk.core.languages import direction
from transdesk.core.publication import Publication, PublishedSegment, SourceCreditLine

EXTENSION = ".html"
MEDIA_TYPE = "text/html; charset=utf-8"

_TAGS = {"article", "header", "footer", "h1", "h2", "p", "blockquote", "figure",
         "figcaption", "br", "a"}  # fmt: skip
_ATTRIBUTES = {"*": {"lang"}, "a": {"href"}}
_CLASSES = {"p": {"standfirst", "credit", "original"}}
_ATTRIBUTE_VALUES = {tag: {"dir": {"ltr", "rtl"}} for tag in _TAGS}
_URL_SCHEMES = {"http", "https"}
_URL = re.compile(r"https?://\S+", re.IGNORECASE)
# Inside <script>, only these could end the element or open a comment; JSON lets us write
# them as \u escapes. U+2028/9 go too, so the JSON is also a safe JavaScript literal.
_SCRIPT_SAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def render(publication: Publication) -> bytes:
    """The article as a complete HTML5 document, UTF-8."""
    language = publication.target_language
    attributes = f'lang="{_escape(language)}" dir="{direction(language)}"'
    page = (
        "<!DOCTYPE html>\n"
        f"<html {attributes}>\n"
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_escape(publication.headline)}</title>\n"
        '<script type="application/ld+json">\n'
        f"{json_ld(publication)}\n"
        "</script>\n"
        "</head>\n"
        "<body>\n"
        f"{article_html(publication)}\n"
        "</body>\n"
        "</html>\n"
    )
    return page.encode("utf-8")


def article_html(publication: Publication) -> str:
    """The ``<article>`` element: headline, standfirst, body and credit, sanitised."""
    language = publication.target_language
    parts = [
        f'<article lang="{_escape(language)}" dir="{direction(language)}">',
        f"<header>\n<h1>{_text(publication.headline)}</h1>",
    ]
    if publication.standfirst:
        parts.append(f'<p class="standfirst">{_text(publication.standfirst)}</p>')
    parts.append("</header>")
    parts.extend(_segment_html(segment) for segment in publication.body)
    parts.append("<footer>")
    parts.append(f'<p class="credit">{_text(credit_line(publication))}</p>')
    original = publication.original
    link = _original_link(original, publication.source_language) if original else ""
    if link:
        parts.append(link)
    parts.append("</footer>\n</article>")
    return nh3.clean(
        "\n".join(parts),
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        tag_attribute_values=_ATTRIBUTE_VALUES,
        allowed_classes=_CLASSES,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def _segment_html(segment: PublishedSegment) -> str:
    text = _text(segment.text)
    if segment.kind == "heading":
        return f"<h2>{text}</h2>"
    if segment.kind == "quote":
        return f"<blockquote><p>{text}</p></blockquote>"
    if segment.kind == "caption":
        return f"<figure><figcaption>{text}</figcaption></figure>"
    return f"<p>{text}</p>"


def _original_link(original: SourceCreditLine, source_language: str) -> str:
    """A link to the original, labelled with its title in its own language."""
    url = original.url
    if url is None or not _is_web_address(url):
        return ""
    label = original.title or original.outlet or url
    language = original.language or source_language
    return (
        f'<p class="original" lang="{_escape(language)}" dir="{direction(language)}">'
        f'<a href="{_escape(url)}">{_text(label)}</a></p>'
    )


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _text(text: str) -> str:
    """Escaped text; its own line breaks (a poem, a list of names) kept as ``<br>``."""
    return "<br>".join(_escape(line.strip()) for line in text.strip().splitlines())


# --- schema.org JSON-LD ---------------------------------------------------------------------


def json_ld(publication: Publication) -> str:
    """The NewsArticle as JSON safe to place inside ``<script type="application/ld+json">``."""
    text = json.dumps(news_article(publication), ensure_ascii=False, sort_keys=True, indent=2)
    return text.translate(_SCRIPT_SAFE)


def news_article(publication: Publication) -> dict[str, Any]:
    """The schema.org NewsArticle describing ``publication`` (see DESIGN.md's field table)."""
    item: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": publication.uri,
        "url": publication.uri,
        "headline": publication.headline,
        "articleBody": "\n\n".join(segment.text.strip() for segment in publication.body),
        "inLanguage": publication.target_language,
        "creditText": credit_line(publication),
        "dateCreated": _moment(publication.created_at),
        "version": publication.revision,
    }
    if publication.standfirst:
        item["description"] = publication.standfirst
    if publication.translators:
        item["translator"] = [_person(name) for name in publication.translators]
    if publication.editor:
        item["editor"] = _person(publication.editor)
    if publication.revision_at is not None:
        item["dateModified"] = _moment(publication.revision_at)
    if publication.section:
        item["articleSection"] = publication.section
    original = publication.original
    if original is not None:
        item["translationOfWork"] = _original_work(original)
    based_on = [credit.url for credit in publication.credits if _is_web_address(credit.url)]
    if based_on:
        item["isBasedOn"] = based_on[0] if len(based_on) == 1 else based_on
    item.update(_rights(publication.rights, original))
    return item


def _original_work(original: SourceCreditLine) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "NewsArticle"}
    if _is_web_address(original.url):
        work["url"] = original.url
    if original.title:
        work["headline"] = original.title
    if original.outlet:
        work["publisher"] = _organisation(original.outlet)
    if original.authors:
        work["author"] = [_person(name) for name in original.authors]
    if original.language:
        work["inLanguage"] = original.language
    if original.published_at is not None:
        work["datePublished"] = _moment(original.published_at)
    return work


def _rights(rights: str | None, original: SourceCreditLine | None) -> dict[str, Any]:
    """The rights text is the original's notice or usage terms: it stays whole as
    ``copyrightNotice``; a URL in it is the ``license``; the original's publisher holds the
    copyright it speaks of."""
    if not rights or not rights.strip():
        return {}
    fields: dict[str, Any] = {"copyrightNotice": rights.strip()}
    url = _URL.search(rights)
    if url:
        fields["license"] = url.group(0).rstrip(".,;)")
    if original is not None and original.outlet:
        fields["copyrightHolder"] = _organisation(original.outlet)
    return fields


def _is_web_address(url: str | None) -> bool:
    """Only http(s) addresses leave as links: a ``javascript:`` or ``file:`` one is no
    attribution, and a CMS may turn any URL field into a link."""
    return bool(url) and _URL.fullmatch(url or "") is not None


def _person(name: str) -> dict[str, str]:
    return {"@type": "Person", "name": name}


def _organisation(name: str) -> dict[str, str]:
    return {"@type": "Organization", "name": name}


def _moment(moment: datetime) -> str:
    """ISO 8601 in UTC ("2026-11-18T09:30:00Z"); a time without a zone is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")
