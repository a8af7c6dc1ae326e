"""The WordPress client keeps one connection for a whole batch when the server allows it
(HTTP/1.1 keep-alive): a real HTTP server on loopback counts the connections it accepts."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from transdesk.wordpress.client import WordPressClient


class _Site(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as Apache and nginx do
    connections = 0

    def setup(self) -> None:
        super().setup()
        type(self).connections += 1  # one handler per accepted connection

    def do_GET(self) -> None:
        body = json.dumps([{"id": 1}]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    _Site.connections = 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_batch_of_requests_uses_one_connection(site: str) -> None:
    with WordPressClient(site, "editor", "app password") as wp:
        for _ in range(25):
            assert wp.request("GET", "/wp/v2/posts") == [{"id": 1}]
    assert (wp.requests, _Site.connections) == (25, 1)
