"""A small in-memory stand-in for the WordPress REST API, for unit tests of the client and
the publishing service (the proof against a real WordPress is tests/integration/wordpress)."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

URL = "https://wp.test"


@dataclass
class FakeSite:
    password: str = "abcd efgh"
    posts: dict[int, dict[str, Any]] = field(default_factory=dict)
    terms: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {"categories": [], "tags": []}
    )
    registered_meta: set[str] | None = None  # None: every key is kept
    may_create_terms: bool = True
    lose_create_answers: int = 0  # creates that succeed but whose answer never arrives
    fail_next: list[int] = field(default_factory=list)  # statuses to answer first
    fail_creates: list[int] = field(default_factory=list)  # statuses the next creates get
    options_status: int = 200  # a site (or its firewall) may refuse OPTIONS
    answer_posts_with: Any = None  # not None: what a create answers instead of the post
    refuse: Callable[[httpx.Request], bool] | None = None  # requests finding no one listening
    drop: Callable[[httpx.Request], bool] | None = None  # answers lost after the work is done
    garble: Callable[[httpx.Request], bool] | None = None  # a PHP notice instead of JSON
    requests: int = 0
    log: list[str] = field(default_factory=list)  # "METHOD route" of each request received
    clock: int = 0  # seconds after ``started``: each save moves it on
    started: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def edit_on_site(self, post_id: int) -> None:
        self.clock += 1
        self.posts[post_id]["modified_gmt"] = self.now()

    def now(self) -> str:
        return (self.started + timedelta(seconds=self.clock)).strftime("%Y-%m-%dT%H:%M:%S")

    def handle(self, request: httpx.Request) -> httpx.Response:
        if self.refuse is not None and self.refuse(request):
            raise httpx.ConnectError("Connection refused", request=request)
        response = self._handle(request)
        if self.drop is not None and self.drop(request):
            raise httpx.ReadTimeout("lost", request=request)
        if self.garble is not None and self.garble(request):
            return httpx.Response(200, text="<b>Notice</b>: Undefined index in theme.php")
        return response

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        self.log.append(f"{request.method} {request.url.params['rest_route']}")
        if self.fail_next:
            return httpx.Response(self.fail_next.pop(0), json={"message": "busy"})
        expected = "Basic " + base64.b64encode(f"ed:{self.password}".encode()).decode()
        if request.headers.get("authorization") != expected:
            return httpx.Response(401, json={"code": "incorrect_password", "message": "no"})
        route = request.url.params["rest_route"]
        body = json.loads(request.content) if request.content else {}
        parts = route.strip("/").split("/")
        if route == "/wp/v2/posts" and request.method == "OPTIONS":
            if self.options_status != 200:
                return httpx.Response(self.options_status, json={"code": "blocked"})
            return httpx.Response(200, json={"schema": {"properties": {"title": {}}}})
        if parts[-1] in ("categories", "tags"):
            return self._terms(request, parts[-1], body)
        if route == "/wp/v2/posts" and request.method == "GET":
            return self._list(request.url.params)
        if route == "/wp/v2/posts" and request.method == "POST" and self.fail_creates:
            return httpx.Response(self.fail_creates.pop(0), json={"message": "gave up"})
        if route == "/wp/v2/posts" and request.method == "POST":
            post_id = len(self.posts) + 1
            self.posts[post_id] = {"id": post_id, "link": f"{URL}/?p={post_id}", "meta": {}}
            self._save(post_id, body)
            if self.lose_create_answers:
                self.lose_create_answers -= 1
                raise httpx.ReadTimeout("lost", request=request)
            if self.answer_posts_with is not None:
                return httpx.Response(201, json=self.answer_posts_with)
            return httpx.Response(201, json=self.posts[post_id])
        if not parts[-1].isdigit():
            return httpx.Response(404, json={"code": "rest_no_route", "message": "No route"})
        post_id = int(parts[-1])
        if post_id not in self.posts:
            return httpx.Response(404, json={"code": "rest_post_invalid_id", "message": "gone"})
        if request.method == "POST":
            self._save(post_id, body)
        return httpx.Response(200, json=self.posts[post_id])

    def _list(self, params: httpx.QueryParams) -> httpx.Response:
        """A page of posts modified since ``modified_after``, oldest first (as WordPress
        answers ``orderby=modified&order=asc``); like plugin 1.1, ``transdesk_push`` is
        not understood."""
        since = params.get("modified_after")
        posts = sorted(
            (p for p in self.posts.values()
             if since is None or _utc(p["modified_gmt"]) > datetime.fromisoformat(since)),
            key=lambda p: str(p["modified_gmt"]),
        )  # fmt: skip
        size, page = int(params.get("per_page", 10)), int(params.get("page", 1))
        if page > 1 and (page - 1) * size >= len(posts):
            return httpx.Response(400, json={"code": "rest_post_invalid_page_number"})
        return httpx.Response(200, json=posts[(page - 1) * size : page * size])

    def _save(self, post_id: int, body: dict[str, Any]) -> None:
        post = self.posts[post_id]
        meta = body.pop("meta", {})
        post.update(body)
        post["meta"].update(
            {
                k: v
                for k, v in meta.items()
                if self.registered_meta is None or k in self.registered_meta
            }
        )
        self.clock += 1
        post["modified_gmt"] = self.now()

    def _terms(self, request: httpx.Request, kind: str, body: dict[str, Any]) -> httpx.Response:
        if request.method == "GET":
            search = request.url.params["search"].casefold()
            return httpx.Response(
                200, json=[t for t in self.terms[kind] if search in t["name"].casefold()]
            )
        if not self.may_create_terms:
            return httpx.Response(403, json={"code": "rest_cannot_create", "message": "Sorry"})
        term = {"id": 100 + sum(len(v) for v in self.terms.values()), "name": body["name"]}
        self.terms[kind].append(term)
        return httpx.Response(201, json=term)


def _utc(gmt: str) -> datetime:
    return datetime.fromisoformat(gmt).replace(tzinfo=UTC)
