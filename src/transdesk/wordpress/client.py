"""A WordPress REST client: one HTTP connection pool per batch, Application Password auth,
retries with back-off for what is safe to repeat, and errors a newsroom can act on."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from transdesk.core.errors import UserError

RETRY_STATUSES = frozenset({500, 502, 503, 504})


class WordPressError(UserError):
    """The site refused or could not be reached; one line saying which and why. ``status``
    and ``code`` are the HTTP status and the REST error code when the site answered."""

    def __init__(self, message: str, *, status: int | None = None, code: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class WrongPassword(WordPressError):
    """401: the user name or Application Password is wrong."""


class NotAllowed(WordPressError):
    """403: the WordPress user lacks the right for this."""


class SiteUnreachable(WordPressError):
    """Timeouts, network errors or 5xx, still failing after the retries. ``reached`` is
    False only when the request certainly never reached the site (no connection)."""

    def __init__(
        self, message: str, *, status: int | None = None, code: str = "", reached: bool = True
    ) -> None:
        super().__init__(message, status=status, code=code)
        self.reached = reached


class PostChangedOnSite(WordPressError):
    """The post was edited on the site since our last push; overwrite only if asked."""

    def __init__(self, post_id: int, recorded: str | None, now: str, article_id: int = 0) -> None:
        self.post_id = post_id
        self.article_id = article_id
        whose = f"article {article_id}: " if article_id else ""
        saw = f", our last push saw {recorded}" if recorded else ""
        self.what = f"{whose}post {post_id} was changed on the site ({now} UTC{saw})"
        super().__init__(f"{self.what}; publish again with --overwrite to replace it")


class WordPressClient:
    """Talks to one site. Use as a context manager so the connections are closed."""

    def __init__(
        self,
        url: str,
        user: str,
        password: str,
        *,
        timeout: float = 20.0,
        retries: int = 3,
        backoff: float = 0.5,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.url = url.rstrip("/")
        self.retries = retries
        self.backoff = backoff
        self.requests = 0  # sent, retries included (the benchmark prints it)
        self._sleep = sleep
        self._http = httpx.Client(
            auth=httpx.BasicAuth(user, password),
            timeout=timeout,
            transport=transport,
            headers={"User-Agent": "TransDesk"},
            follow_redirects=False,
        )

    def __enter__(self) -> WordPressClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def pause(self, attempt: int) -> None:
        """Wait before retry number ``attempt + 1`` (exponential back-off)."""
        self._sleep(self.backoff * 2**attempt)

    def request(
        self,
        method: str,
        route: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        retry: bool | None = None,
    ) -> Any:
        """The JSON answer of ``route`` (e.g. ``/wp/v2/posts``); ``?rest_route=`` works with
        or without pretty permalinks. ``retry`` defaults to GET, PUT and updates (POST to an
        existing id) — requests that do the same thing when repeated."""
        if retry is None:
            retry = (
                method in ("GET", "PUT", "OPTIONS") or route.rstrip("/").split("/")[-1].isdigit()
            )
        query = {"rest_route": route, **(params or {})}
        attempt = 0
        while True:
            attempt += 1
            self.requests += 1
            try:
                response = self._http.request(method, self.url + "/", params=query, json=body)
            except httpx.TransportError as error:
                problem = "timed out" if isinstance(error, httpx.TimeoutException) else str(error)
                if retry and attempt <= self.retries:
                    self.pause(attempt - 1)
                    continue
                raise SiteUnreachable(
                    f"{self.url}: {problem or type(error).__name__}",
                    reached=not isinstance(error, httpx.ConnectError | httpx.ConnectTimeout),
                ) from None
            if response.status_code in RETRY_STATUSES and retry and attempt <= self.retries:
                self.pause(attempt - 1)
                continue
            return self._answer(response, method, route)

    def _answer(self, response: httpx.Response, method: str, route: str) -> Any:
        status = response.status_code
        try:
            data = response.json()
        except ValueError:
            data = None
        message = data.get("message", "") if isinstance(data, dict) else ""
        message = " ".join(str(message).split())[:200]
        code = str(data.get("code", "")) if isinstance(data, dict) else ""
        if status == 401:  # the site's reason tells a wrong password from a stripped header
            raise WrongPassword(
                f"{self.url}: the user name or Application Password was refused (401)"
                + (f"; the site says: {message}" if message else ""),
                status=status, code=code,
            )  # fmt: skip
        if status == 403:
            raise NotAllowed(
                f"{self.url}: not allowed ({method} {route}: {message or 403})",
                status=status, code=code,
            )  # fmt: skip
        if status in RETRY_STATUSES:
            raise SiteUnreachable(
                f"{self.url}: the site failed ({status}) {message}".rstrip(),
                status=status, code=code,
            )  # fmt: skip
        if status >= 400 or data is None:
            raise WordPressError(
                f"{self.url}: {method} {route} answered {status} {message or 'without JSON'}",
                status=status, code=code,
            )  # fmt: skip
        return data
