"""Publishing approved translations to a WordPress site: one post per article, updated in
place on re-publish, every attempt recorded (ExportRecord, format "wordpress").

The record's ``destination`` is the site's address (as configured: records match a site by
equality, never by prefix) and its ``external_id`` the post id. Whenever the site answered
with the post, the detail ends with ``post ID (status) LINK, modified on site T`` and
``sha256`` is the digest of the title, content and excerpt the site kept — also when the
push then failed (the site dropped the attribution meta): the post exists and the next
publish updates it. A later re-publish compares both with the site to see whether someone
edited the post there (the time alone has one-second steps). An update whose answer never
came is recorded with the digest of what was sent, so if it landed after all the next
publish does not take our own write for an edit on the site.

A create (POST /wp/v2/posts) is never blindly repeated. It carries a random identifier (meta
``transdesk_push``). When it never reached the site (no connection) it is sent again after
a pause. When the site was unavailable (503), TransDesk waits, searches the site for a post
carrying the identifier, takes it over if found and otherwise sends the create again. When
the site may have saved the post (a timeout, any other 5xx, a "success" that is not a
post), TransDesk searches once and, if the post is not there, records the create as
unanswered. The next publish searches (same identifier: the post keeps it) before it
creates, creates nothing while the site may still be saving (five minutes), and asks
before taking over a post changed on the site since. Updates repeat safely.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, insert, select

from transdesk.core.errors import InvalidValue, NotFound, UserError
from transdesk.core.publication import Publication
from transdesk.services.destinations import (
    CmsDestination,
    get_destination,
    get_password,
    site_address,
)
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
    WrongPassword,
)
from transdesk.wordpress.post import STATUSES, post_payload, unstored_meta

FORMAT = "wordpress"
_POST_NOTE = re.compile(r"post (\d+) \(([^)]*)\) (\S+), modified on site (\S+)$")
_UNANSWERED = "the next publish looks for it on the site first"
_UNANSWERED_PUSH = re.compile(re.escape(_UNANSWERED) + r" \(push ([0-9a-f]{32})\)$")
_RECORDS = cast(Table, ExportRecord.__table__)
_SEARCH_WINDOW = timedelta(minutes=10)  # how far back a post made by a lost create is sought
# How long a site may still be saving a post after its answer was lost (PHP's time limit,
# a gateway's): within it a post not found yet may still appear, so none is created.
_SETTLE = timedelta(minutes=5)
_LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)
_PAGE, _PAGES = 100, 50  # a search reads pages of 100 posts, at most 50 of them
# How an error from a create leaves the site: what to do next depends on it.
_UNSENT, _FINISHED, _UNKNOWN = "never reached the site", "site finished", "may exist"


class CreateUnanswered(SiteUnreachable):
    """Every create went unanswered: the post may exist on the site all the same."""


@dataclass(frozen=True)
class PublishOptions:
    status: str | None = None  # None: new posts are drafts, updates keep the site's status
    date: datetime | None = None  # for "future": when it goes live
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    overwrite: bool = False  # replace a post edited on the site since our last push
    qa_override: str = ""

    def check(self) -> None:
        if self.status is not None and self.status not in STATUSES:
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
    # A post made by an unanswered create carries its push id: keep it until it is found.
    push = previous.push if previous and previous.post_id is None else uuid.uuid4().hex
    payload = post_payload(publication, batch.options.status, batch.options.date, push)
    record = partial(
        _record, db, publication, actor, site_address(batch.client.url), qa_override, payload
    )
    post: dict[str, Any] | None = None
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
                f"{post['id']} has the text but not that attribution"
            )
    except WordPressError as error:
        if post is not None:  # the post exists as the site answered: the next push updates it
            record("failed", f"{error}; {_post_note(post, batch.client.url)}", post)
        else:
            record("failed", str(error), None, previous.post_id if previous else None)
        raise
    note = _post_note(post, batch.client.url)
    record(outcome, note, post)
    return Published(
        article_id, publication.revision, int(post["id"]), _link(post, batch.client.url),
        outcome, note,
    )  # fmt: skip


def _push(
    batch: _Batch,
    publication: Publication,
    payload: dict[str, Any],
    previous: PushedPost | None,
) -> tuple[dict[str, Any], str]:
    client = batch.client
    if previous is not None and previous.post_id is None:  # our last create went unanswered
        found = _find_created(client, previous.push, previous.attempted_at - _SEARCH_WINDOW)
        current = None if found is None else fetch_post(client, found)
        if found is not None and current is not None:  # found, and not in the trash
            if _found_edited(current, previous) and not batch.options.overwrite:
                now = str(current.get("modified_gmt"))
                raise PostChangedOnSite(found, None, now, publication.article_id)
            return _take_over(client, found, payload), "published"
        settled = previous.last_sent_at + _SETTLE
        if found is None and datetime.now(UTC) < settled:
            raise WordPressError(
                f"{client.url}: the post sent at {previous.last_sent_at:%H:%M:%S} UTC went "
                "unanswered and is not on the site yet (it may still be saving); publish "
                f"again after {settled:%H:%M} UTC"
            )
    elif previous is not None and previous.post_id is not None:
        post_id = previous.post_id
        current = fetch_post(client, post_id)  # None: deleted on the site, publish it anew
        if current is not None:
            if edited_on_site(current, previous) and not batch.options.overwrite:
                now, seen = str(current.get("modified_gmt")), previous.modified or "?"
                raise PostChangedOnSite(post_id, seen, now, publication.article_id)
            return _update(client, post_id, payload), "updated"
    return _create(client, {"status": "draft", **payload}), "published"


def _found_edited(post: dict[str, Any], pushed: PushedPost) -> bool:
    """Whether a post an unanswered push made was changed on the site since: its title,
    content or excerpt is none of what was sent, or it was saved after our last push could
    have landed (an edit of its attribution, status or terms)."""
    if _digest(post) not in pushed.sent:
        return True
    try:
        modified = datetime.fromisoformat(str(post.get("modified_gmt"))).replace(tzinfo=UTC)
    except ValueError:
        return False
    return modified > pushed.last_sent_at + _SETTLE


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
        if error.code == "rest_post_invalid_id":
            return None
        raise
    post = _as_post(client, post, f"/wp/v2/posts/{post_id}")
    return None if post.get("status") == "trash" else post


def edited_on_site(post: dict[str, Any], pushed: PushedPost) -> bool:
    """Whether ``post`` changed on the site since our last push (its modified time, or its
    title, content and excerpt: the time alone moves in whole seconds). A post holding
    exactly what a later, unanswered push sent is our own write, not an edit."""
    kept = _digest(post)
    if kept in pushed.sent:
        return False
    if pushed.modified and str(post.get("modified_gmt")) != pushed.modified:
        return True
    return bool(pushed.digest) and kept != pushed.digest


def _update(client: WordPressClient, post_id: int, payload: dict[str, Any]) -> dict[str, Any]:
    route = f"/wp/v2/posts/{post_id}"
    return _as_post(client, client.request("POST", route, body=payload), route)


def _create(client: WordPressClient, payload: dict[str, Any]) -> dict[str, Any]:
    since = datetime.now(UTC) - _SEARCH_WINDOW
    push = str(payload["meta"]["transdesk_push"])
    may_exist = False
    for attempt in range(client.retries + 1):
        try:
            answer = client.request("POST", "/wp/v2/posts", body=payload, retry=False)
            return _as_post(client, answer, "/wp/v2/posts")
        except WordPressError as error:
            left = _left_by(error)
            if left is None:
                raise
            failure = error
        if left == _UNSENT:
            if attempt < client.retries:
                client.pause(attempt)
            continue
        may_exist = True
        client.pause(attempt)  # a slow site may still be making the post: let it finish
        try:
            found = _find_created(client, push, since)
        except WordPressError as lost:  # the post may exist: keep looking for it next time
            raise _unanswered(lost, push) from None
        if found is not None:
            return _take_over(client, found, payload)
        if left == _UNKNOWN:  # sent again now, it could make a second post
            raise _unanswered(failure, push)
    raise _unanswered(failure, push) if may_exist else failure


def _left_by(error: WordPressError) -> str | None:
    """How a create that failed with ``error`` may have left the site; None: untouched (it
    was refused)."""
    if isinstance(error, SiteUnreachable) and not error.reached:
        return _UNSENT
    if error.status == 503:  # unavailable (maintenance, overloaded): nothing was saved
        return _FINISHED
    # A timeout, any other 5xx (a fatal error may come after the post was saved; a
    # gateway's 502, 504 or 524) or a "success" that is not a post: it may exist.
    if error.status is None or 200 <= error.status < 300 or error.status >= 500:
        return _UNKNOWN
    return None


def _unanswered(error: WordPressError, push: str) -> CreateUnanswered:
    return CreateUnanswered(f"{error}; {_UNANSWERED} (push {push})")


def _take_over(client: WordPressClient, post_id: int, payload: dict[str, Any]) -> dict[str, Any]:
    """Update the post an unanswered create made; should this answer be lost too, the post
    is still sought by its push id (``payload`` carries the same one)."""
    try:
        return _update(client, post_id, payload)
    except WordPressError as error:  # the post is found again by its push id next time
        raise _unanswered(error, str(payload["meta"]["transdesk_push"])) from None


def _find_created(client: WordPressClient, push: str, since: datetime) -> int | None:
    """The post an unanswered create made after all (meta ``transdesk_push`` is ``push``),
    modified since ``since`` (sent with its offset: WordPress reads bare times as local).
    The TransDesk plugin (1.2) filters by the push id on the site; with an older plugin
    every page of posts modified since then is read."""
    params = {
        "status": "any", "context": "edit", "per_page": _PAGE, "_fields": "id,meta",
        "modified_after": since.astimezone(UTC).replace(microsecond=0).isoformat(),
        "orderby": "modified", "order": "asc", "transdesk_push": push,
    }  # fmt: skip
    for page in range(1, _PAGES + 1):
        try:
            posts = client.request("GET", "/wp/v2/posts", params={**params, "page": page})
        except WordPressError as error:
            if error.code == "rest_post_invalid_page_number":  # the last page was full
                return None
            raise
        posts = posts if isinstance(posts, list) else []
        for post in posts:
            meta = post.get("meta") if isinstance(post, dict) else None
            if push and isinstance(meta, dict) and meta.get("transdesk_push") == push:
                return _id_of(client, post, "/wp/v2/posts")
        if len(posts) < _PAGE:
            return None
    raise SiteUnreachable(
        f"{client.url}: gave up looking for the post after {_PAGE * _PAGES} posts; install "
        "the TransDesk plugin 1.2, which finds it in one request"
    )


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
        if isinstance(term, dict) and html.unescape(str(term.get("name", ""))).casefold() == key[1]:
            batch.terms[key] = _id_of(batch.client, term, f"/wp/v2/{kind}")
            return batch.terms[key]
    what = "category" if kind == "categories" else "tag"
    try:
        created = batch.client.request("POST", f"/wp/v2/{kind}", body={"name": name.strip()})
    except NotAllowed:
        raise WordPressError(
            f"{batch.client.url}: the {what} {name!r} does not exist and this user may not "
            "create it; ask the site's editor or choose an existing one"
        ) from None
    batch.terms[key] = _id_of(batch.client, created, f"/wp/v2/{kind}")
    return batch.terms[key]


def _site_has_languages(batch: _Batch) -> bool:
    """Whether posts take a ``lang`` field (Polylang's REST API); asked once per batch. A
    site that will not describe its posts (OPTIONS blocked) is taken to have none."""
    if batch.language is None:
        try:
            schema = batch.client.request("OPTIONS", "/wp/v2/posts")
        except (WrongPassword, SiteUnreachable):
            raise
        except WordPressError:
            schema = None
        properties = (
            (schema.get("schema") or {}).get("properties") or {} if isinstance(schema, dict) else {}
        )
        batch.language = isinstance(properties, dict) and "lang" in properties
    return batch.language


def _as_post(client: WordPressClient, answer: Any, route: str) -> dict[str, Any]:
    """The post the site answered, or one clear line when the answer is not a post."""
    _id_of(client, answer, route)
    return cast(dict[str, Any], answer)


def _id_of(client: WordPressClient, answer: Any, route: str) -> int:
    found = answer.get("id") if isinstance(answer, dict) else None
    if isinstance(found, bool) or not isinstance(found, int | str) or not str(found).isdigit():
        raise WordPressError(
            f"{client.url}: {route} answered without an id (is this a WordPress REST API?)"
        )
    return int(found)


def _link(post: dict[str, Any], site: str) -> str:
    return str(post.get("link") or f"{site}/?p={post['id']}")


def _post_note(post: dict[str, Any], site: str) -> str:
    """How the site left the post; parsed back by :func:`pushed_posts` (``_POST_NOTE``)."""
    status = "".join(str(post.get("status") or "?").split())
    link = _link(post, site).replace(" ", "%20")
    modified = post.get("modified_gmt") or "?"
    return f"post {post['id']} ({status}) {link}, modified on site {modified}"


@dataclass(frozen=True)
class PushedPost:
    """An article's post on a site, as our pushes left it."""

    post_id: int | None  # None: our last create went unanswered (it may exist all the same)
    revision: int
    link: str
    modified: str | None  # the site's modified_gmt after our last answered push
    digest: str | None  # SHA-256 of the title, content and excerpt the site kept
    sent: tuple[str, ...] = ()  # digests of what later, unanswered pushes sent
    attempted_at: datetime = _LONG_AGO  # when the first unanswered create was sent
    last_sent_at: datetime = _LONG_AGO  # and the last unanswered push under that id
    push: str = ""  # the identifier those carried (meta ``transdesk_push``)


def pushed_posts(
    session: Any, article_ids: Sequence[int], destination: CmsDestination
) -> dict[int, PushedPost]:
    """Each article's post on this site (records for this site's address, however its
    scheme and host were capitalised)."""
    found: dict[int, PushedPost] = {}
    site = site_address(destination.url)
    rows = session.execute(
        select(ExportRecord.sha256, ExportRecord.article_id, ExportRecord.external_id,
               ExportRecord.detail, ExportRecord.revision_number, ExportRecord.created_at,
               ExportRecord.destination)
        .where(ExportRecord.article_id.in_(list(article_ids)), ExportRecord.format == FORMAT)
        .order_by(ExportRecord.created_at, ExportRecord.id)
    )  # fmt: skip
    for digest, article_id, external_id, detail, revision, created_at, address in rows:
        if site_address(address or "") != site:
            continue
        note = _POST_NOTE.search(detail or "")
        known = found.get(article_id)
        if note is not None:  # the site answered with the post: this is how we left it
            modified = None if note.group(4) == "?" else note.group(4)
            found[article_id] = PushedPost(
                int(note.group(1)), revision, note.group(3), modified, digest
            )
        elif unanswered := _UNANSWERED_PUSH.search(detail or ""):
            push = unanswered.group(1)  # created_at comes back in UTC (UtcDateTime)
            if known is not None and known.post_id is None and known.push == push:
                found[article_id] = replace(  # still sought since the first attempt
                    known, revision=revision, sent=(*known.sent, digest), last_sent_at=created_at
                )
            else:
                found[article_id] = PushedPost(
                    None, revision, "", None, None, (digest,), created_at, created_at, push
                )
        elif (
            known is not None and known.post_id is not None and external_id == str(known.post_id)
        ):  # an update that failed: it may have landed all the same
            found[article_id] = replace(known, sent=(*known.sent, digest))
    return found


def _record(
    db: Database, publication: Publication, actor: Actor, site: str, qa_override: str | None,
    payload: dict[str, Any], outcome: str, detail: str, post: dict[str, Any] | None,
    post_id: int | None = None,
) -> None:  # fmt: skip
    data = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    if post is not None:
        post_id = int(post["id"])
    now = utcnow()
    with db.engine.begin() as connection:
        connection.execute(
            insert(_RECORDS).values(
                article_id=publication.article_id, revision_number=publication.revision,
                person_id=actor.id, role=actor.role, format=FORMAT, destination=site,
                sha256=_digest(post if post is not None else payload), byte_count=len(data),
                forced_reason=None, outcome=outcome, detail=" ".join(detail.split()),
                external_id=None if post_id is None else str(post_id), created_at=now,
                qa_override=qa_override,
            )
        )  # fmt: skip
        if outcome != "failed" and publication.status == "approved":
            mark_exported(connection, publication.article_id, actor, publication.revision,
                           FORMAT, now)  # fmt: skip


def _digest(post: dict[str, Any]) -> str:
    """SHA-256 of the title, content and excerpt: raw as the site keeps them, or as sent."""
    parts = []
    for name in ("title", "content", "excerpt"):
        value = post.get(name)
        parts.append(str(value.get("raw", "")) if isinstance(value, dict) else str(value or ""))
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()
