"""Publishing approved translations to a WordPress site: one post per article, updated in
place on re-publish, every attempt recorded (ExportRecord, format "wordpress").

The post id is the record's ``external_id`` and its link the ``destination``; the detail
line ends with the post's ``modified_gmt`` as the site answered our push, and ``sha256`` is
the digest of the title, content and excerpt the site kept, so a later re-publish sees
whether someone edited the post on the site since (the time alone has one-second steps).

A create (POST /wp/v2/posts) is never blindly repeated: after a timeout, network error or
5xx, the site's recent posts are searched for one carrying this article's URN and
revision (meta ``transdesk_article``/``transdesk_revision``), and adopted if found; only
then is the create sent again. Updates (POST /wp/v2/posts/ID) repeat safely.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, insert, select

from transdesk.core.errors import InvalidValue, NotFound, UserError
from transdesk.core.publication import Publication
from transdesk.services.destinations import CmsDestination, get_destination, get_password
from transdesk.services.exporting import (
    EXPORTABLE,
    approvals_of,
    mark_exported,
    qa_verdict,
)
from transdesk.services.people import Actor, acting_person
from transdesk.services.publications import build_publications
from transdesk.services.qa_gate import clean_override
from transdesk.storage.database import Database
from transdesk.storage.models import ExportRecord, utcnow
from transdesk.wordpress.client import (
    NotAllowed,
    PostChangedOnSite,
    SiteUnreachable,
    WordPressClient,
    WordPressError,
)
from transdesk.wordpress.post import STATUSES, post_payload, unstored_meta

FORMAT = "wordpress"
_MODIFIED = re.compile(r"modified on site (\S+)$")
_RECORDS = cast(Table, ExportRecord.__table__)


@dataclass(frozen=True)
class PublishOptions:
    status: str = "draft"
    date: datetime | None = None  # for "future": when it goes live
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    overwrite: bool = False  # replace a post edited on the site since our last push
    qa_override: str = ""

    def check(self) -> None:
        if self.status not in STATUSES:
            raise InvalidValue("--status", f"{self.status!r} is not one of {', '.join(STATUSES)}")
        if self.status == "future" and self.date is None:
            raise InvalidValue("--date", "is needed to schedule a post (--status future)")


@dataclass(frozen=True)
class Published:
    article_id: int
    revision: int
    post_id: int
    link: str
    outcome: str  # "published" | "updated"
    detail: str

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


@dataclass
class _Batch:
    client: WordPressClient
    options: PublishOptions
    terms: dict[tuple[str, str], int] = field(default_factory=dict)
    language: bool | None = None  # the site exposes Polylang's ``lang`` on posts


def publish_many(
    db: Database,
    article_ids: Sequence[int],
    to: str,
    options: PublishOptions,
    *,
    author: str | None,
    role: str | None = None,
    settings_file: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    client: WordPressClient | None = None,
) -> tuple[list[Published], list[UserError]]:
    """Publish each article to the destination named ``to`` over one client (one pool of
    connections). Refusals and site errors are collected per article, each recorded."""
    options.check()
    destination = get_destination(to, settings_file)
    with db.reading() as session:
        actor = acting_person(session, author, role)
        override = clean_override(options.qa_override)
        publications = build_publications(session, article_ids)
        approvals = approvals_of(session, article_ids)
        previous = pushed_posts(session, article_ids, destination)
    own = client is None
    if client is None:
        password = get_password(destination, settings_file)
        client = WordPressClient(destination.url, destination.user, password)
    batch = _Batch(client, options)
    results: list[Published] = []
    errors: list[UserError] = []
    try:
        for done, article_id in enumerate(article_ids, start=1):
            publication = publications.get(article_id)
            try:
                if publication is None:
                    raise NotFound(f"no article with id {article_id}")
                verdict = partial(qa_verdict, db, approvals.get(article_id), override)
                results.append(
                    _publish_one(db, batch, publication, actor, verdict, previous.get(article_id))
                )
            except UserError as error:
                errors.append(error)
            if progress is not None:
                progress(done, len(article_ids))
    finally:
        if own:
            client.close()
    return results, errors


def _publish_one(
    db: Database,
    batch: _Batch,
    publication: Publication,
    actor: Actor,
    verdict_of: Callable[[Publication], str | None],
    previous: PushedPost | None,
) -> Published:
    article_id = publication.article_id
    if publication.status not in EXPORTABLE:
        raise UserError(
            f"article {article_id} is {publication.status}; only approved articles publish"
        )
    qa_override = verdict_of(publication)
    payload = post_payload(publication, batch.options.status, batch.options.date)
    try:
        _add_terms(batch, payload)
        if _site_has_languages(batch):
            payload["lang"] = publication.target_language
        post, outcome = _push(batch, publication, payload, previous)
        missing = unstored_meta(payload["meta"], post.get("meta"))
        if missing:
            raise WordPressError(
                f"{batch.client.url}: the site did not keep meta {', '.join(missing)} "
                "(is the TransDesk plugin installed?); post "
                f"{post.get('id')} has the text but not that attribution"
            )
    except WordPressError as error:
        _record(db, publication, actor, "failed", str(error), batch.client.url,
                previous.post_id if previous else None, qa_override, payload)  # fmt: skip
        raise
    post_id, link = int(post["id"]), str(post.get("link") or batch.client.url)
    detail = f"post {post_id} ({post.get('status')}), modified on site {post.get('modified_gmt')}"
    _record(db, publication, actor, outcome, detail, link, post_id, qa_override, payload, post)
    return Published(article_id, publication.revision, post_id, link, outcome, detail)


def _push(
    batch: _Batch,
    publication: Publication,
    payload: dict[str, Any],
    previous: PushedPost | None,
) -> tuple[dict[str, Any], str]:
    client = batch.client
    if previous is not None:
        post_id = previous.post_id
        current = fetch_post(client, post_id)  # None: deleted on the site, publish it anew
        if current is not None:
            if edited_on_site(current, previous) and not batch.options.overwrite:
                now, seen = str(current.get("modified_gmt")), previous.modified or "?"
                raise PostChangedOnSite(post_id, seen, now, publication.article_id)
            post = client.request("POST", f"/wp/v2/posts/{post_id}", body=payload)
            return post, "updated"
    return _create(client, publication, payload), "published"


def fetch_post(client: WordPressClient, post_id: int) -> dict[str, Any] | None:
    """The post as the site keeps it (raw fields), or None when it is gone (deleted, or in
    the site's trash)."""
    try:
        post = client.request(
            "GET",
            f"/wp/v2/posts/{post_id}",
            params={
                "context": "edit",
                "_fields": "id,status,link,modified_gmt,title,content,excerpt",
            },
        )
    except WordPressError as error:
        if "rest_post_invalid_id" in str(error) or " 404 " in str(error):
            return None
        raise
    if not isinstance(post, dict) or post.get("status") == "trash":
        return None
    return post


def edited_on_site(post: dict[str, Any], pushed: PushedPost) -> bool:
    """Whether ``post`` changed on the site since our last push (its modified time, or its
    title, content and excerpt: the time alone moves in whole seconds)."""
    if pushed.modified and str(post.get("modified_gmt")) != pushed.modified:
        return True
    return bool(pushed.digest) and _digest(post) != pushed.digest


def _create(
    client: WordPressClient, publication: Publication, payload: dict[str, Any]
) -> dict[str, Any]:
    since = (datetime.now(UTC) - timedelta(minutes=10)).strftime("%Y-%m-%dT%H:%M:%S")
    for attempt in range(client.retries + 1):
        try:
            return cast(
                dict[str, Any], client.request("POST", "/wp/v2/posts", body=payload, retry=False)
            )
        except SiteUnreachable:
            found = _find_created(client, publication, since)
            if found is not None:
                post = client.request("POST", f"/wp/v2/posts/{found}", body=payload)
                return cast(dict[str, Any], post)
            if attempt == client.retries:
                raise
            client._sleep(client.backoff * 2**attempt)
    raise AssertionError("unreachable")


def _find_created(client: WordPressClient, publication: Publication, since: str) -> int | None:
    """A post our failed create may have made after all (same article URN and revision)."""
    posts = client.request(
        "GET", "/wp/v2/posts",
        params={"status": "any", "context": "edit", "modified_after": since, "per_page": 100,
                "orderby": "modified", "_fields": "id,meta"},
    )  # fmt: skip
    for post in posts if isinstance(posts, list) else []:
        meta = post.get("meta") or {}
        if (
            meta.get("transdesk_article") == publication.uri
            and meta.get("transdesk_revision") == publication.revision
        ):
            return int(post["id"])
    return None


def _add_terms(batch: _Batch, payload: dict[str, Any]) -> None:
    if batch.options.categories:
        payload["categories"] = [_term(batch, "categories", n) for n in batch.options.categories]
    if batch.options.tags:
        payload["tags"] = [_term(batch, "tags", n) for n in batch.options.tags]


def _term(batch: _Batch, kind: str, name: str) -> int:
    """The id of the category or tag with this name, created if missing (when allowed)."""
    key = (kind, name.strip().casefold())
    if key in batch.terms:
        return batch.terms[key]
    found = batch.client.request(
        "GET",
        f"/wp/v2/{kind}",
        params={"search": name.strip(), "per_page": 100, "_fields": "id,name"},
    )
    for term in found if isinstance(found, list) else []:
        if html.unescape(str(term.get("name", ""))).casefold() == key[1]:
            batch.terms[key] = int(term["id"])
            return batch.terms[key]
    what = "category" if kind == "categories" else "tag"
    try:
        created = batch.client.request("POST", f"/wp/v2/{kind}", body={"name": name.strip()})
    except WordPressError as error:
        if isinstance(error, NotAllowed):
            raise WordPressError(
                f"{batch.client.url}: the {what} {name!r} does not exist and this user may not "
                "create it; ask the site's editor or choose an existing one"
            ) from None
        raise
    batch.terms[key] = int(created["id"])
    return batch.terms[key]


def _site_has_languages(batch: _Batch) -> bool:
    """Whether posts take a ``lang`` field (Polylang's REST API); asked once per batch."""
    if batch.language is None:
        schema = batch.client.request("OPTIONS", "/wp/v2/posts")
        properties = (
            (schema.get("schema") or {}).get("properties") or {} if isinstance(schema, dict) else {}
        )
        batch.language = "lang" in properties
    return batch.language


@dataclass(frozen=True)
class PushedPost:
    """An article's post on a site, as our last successful push left it."""

    post_id: int
    revision: int
    link: str
    modified: str | None  # the site's modified_gmt after that push
    digest: str | None  # SHA-256 of the title, content and excerpt the site kept


def pushed_posts(
    session: Any, article_ids: Sequence[int], destination: CmsDestination
) -> dict[int, PushedPost]:
    """Each article's post on this site, from the export records."""
    found: dict[int, PushedPost] = {}
    rows = session.execute(
        select(ExportRecord.sha256, ExportRecord.article_id, ExportRecord.external_id,
               ExportRecord.detail, ExportRecord.destination, ExportRecord.outcome,
               ExportRecord.revision_number)
        .where(ExportRecord.article_id.in_(list(article_ids)), ExportRecord.format == FORMAT,
               ExportRecord.external_id.is_not(None))
        .order_by(ExportRecord.created_at, ExportRecord.id)
    )  # fmt: skip
    site = destination.url.rstrip("/") + "/"
    for digest, article_id, external_id, detail, where, outcome, revision in rows:
        if not (where + "/").startswith(site) or not (external_id or "").isdigit():
            continue
        match = _MODIFIED.search(detail or "")
        if outcome in ("published", "updated"):
            found[article_id] = PushedPost(
                int(external_id), revision, where, match.group(1) if match else None, digest
            )
    return found


def _record(
    db: Database, publication: Publication, actor: Actor, outcome: str, detail: str,
    where: str, post_id: int | None, qa_override: str | None, payload: dict[str, Any],
    post: dict[str, Any] | None = None,
) -> None:  # fmt: skip
    data = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    digest = _digest(post) if post is not None else hashlib.sha256(data).hexdigest()
    now = utcnow()
    with db.engine.begin() as connection:
        connection.execute(
            insert(_RECORDS).values(
                article_id=publication.article_id, revision_number=publication.revision,
                person_id=actor.id, role=actor.role, format=FORMAT, destination=where,
                sha256=digest, byte_count=len(data),
                forced_reason=None, outcome=outcome, detail=" ".join(detail.split()),
                external_id=None if post_id is None else str(post_id), created_at=now,
                qa_override=qa_override,
            )
        )  # fmt: skip
        if outcome != "failed" and publication.status == "approved":
            mark_exported(connection, publication.article_id, actor, publication.revision,
                           FORMAT, now)  # fmt: skip


def _digest(post: dict[str, Any]) -> str:
    """SHA-256 of the title, content and excerpt as the site keeps them (raw)."""
    parts = []
    for name in ("title", "content", "excerpt"):
        value = post.get(name)
        parts.append(str(value.get("raw", "")) if isinstance(value, dict) else str(value or ""))
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()
