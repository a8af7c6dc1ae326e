"""Publishing target (issue #7): 100 approved articles to the local WordPress (the
``wordpress_site`` fixture) over one client; prints the time, the requests sent, the
connections opened, and this process's CPU time: when that is a small share of the wall
time, the site, not the client, sets the pace."""

from __future__ import annotations

import time
from pathlib import Path

import httpx

from tests.unit.services.test_exporting import translated
from tests.wordpress_site import WordPressSite
from transdesk.services.destinations import add_destination
from transdesk.services.publishing import PublishOptions, publish_many
from transdesk.storage.database import Database
from transdesk.wordpress.client import WordPressClient

ARTICLES = 100


def test_publish_100_articles(db: Database, tmp_path: Path, wordpress_site: WordPressSite) -> None:
    ids = [translated(db, tmp_path / str(n)) for n in range(ARTICLES)]
    add_destination("site", wordpress_site.url, wordpress_site.admin_user,
                    wordpress_site.admin_password, file_store=True)  # fmt: skip
    connections = 0

    def count_connections(request: httpx.Request) -> None:
        def trace(event: str, info: object) -> None:
            nonlocal connections
            connections += event == "connection.connect_tcp.complete"

        request.extensions["trace"] = trace

    options = PublishOptions(categories=("World",), tags=("floods",))
    for outcome in ("published", "updated"):  # then all of them again: updates
        wp = WordPressClient(wordpress_site.url, wordpress_site.admin_user,
                             wordpress_site.admin_password)  # fmt: skip
        wp._http.event_hooks["request"].append(count_connections)
        connections = 0
        started, cpu = time.perf_counter(), time.process_time()
        with wp:
            results, errors = publish_many(db, ids, "site", options, author="Omar Said",
                                           client=wp)  # fmt: skip
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        print(
            f"\n{outcome} {ARTICLES} articles on WordPress: {seconds:.2f} s "
            f"({seconds / ARTICLES * 1000:.0f} ms each), {wp.requests} requests, "
            f"{connections} TCP connection(s) opened; TransDesk's CPU time {cpu:.2f} s "
            f"({cpu / seconds:.0%} of the wall time)"
        )
        assert not errors and [r.outcome for r in results] == [outcome] * ARTICLES
        # PHP's built-in server closes every connection (Connection: close), so here each
        # request opens one; tests/unit/wordpress/test_connection_reuse.py shows the client
        # keeping one connection with a server that allows it.
        assert connections <= wp.requests
