"""The WordPress client (auth errors, retries only where repeating is safe) and the post
built from a publication (title, content with credit line, attribution meta)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.unit.formats.sample_publications import arabic_to_english, bare, english_to_arabic
from tests.unit.wordpress.fake_site import URL, FakeSite
from transdesk.core.credit_line import credit_line
from transdesk.wordpress.client import SiteUnreachable, WordPressClient, WrongPassword
from transdesk.wordpress.post import META_KEYS, post_payload, unstored_meta


def client(site: FakeSite, password: str = "abcd efgh") -> WordPressClient:
    return WordPressClient(URL, "ed", password, transport=site.transport(), sleep=lambda s: None)


def test_the_post_carries_title_excerpt_credit_and_every_meta_key() -> None:
    publication = english_to_arabic()
    payload = post_payload(
        publication, "future", datetime(2026, 12, 6, 9, 0, tzinfo=timezone(timedelta(hours=3)))
    )
    assert payload["title"] == publication.headline
    assert payload["excerpt"] == publication.standfirst
    assert "<h1>" not in payload["content"] and 'dir="rtl"' in payload["content"]
    assert credit_line(publication).split()[0] in payload["content"]
    assert set(payload["meta"]) == set(META_KEYS)
    assert payload["meta"]["transdesk_article"] == publication.uri
    assert payload["meta"]["transdesk_revision"] == publication.revision
    assert payload["date_gmt"] == "2026-12-06T06:00:00"
    assert payload["status"] == "future"


def test_a_bare_article_sends_empty_values_not_nulls() -> None:
    meta = post_payload(bare())["meta"]
    assert None not in meta.values()
    assert isinstance(meta["transdesk_original_authors"], list)


def test_meta_the_site_dropped_is_named() -> None:
    sent = post_payload(arabic_to_english())["meta"]
    stored = {k: v for k, v in sent.items() if k != "transdesk_rights"}
    assert unstored_meta(sent, stored) == ["transdesk_rights"]


def test_a_wrong_password_is_one_clear_line() -> None:
    with client(FakeSite(), "wrong") as wp, pytest.raises(WrongPassword, match="401"):
        wp.request("GET", "/wp/v2/posts")


def test_reads_are_retried_after_5xx_with_back_off() -> None:
    site = FakeSite(fail_next=[503, 502])
    waits: list[float] = []
    with WordPressClient(
        URL, "ed", "abcd efgh", transport=site.transport(), sleep=waits.append
    ) as wp:
        assert wp.request("GET", "/wp/v2/posts") == []
        assert wp.requests == 3
    assert waits == [0.5, 1.0]


def test_a_create_is_not_repeated_blindly() -> None:
    site = FakeSite(fail_next=[503])
    with client(site) as wp, pytest.raises(SiteUnreachable, match="503"):
        wp.request("POST", "/wp/v2/posts", body={"title": "x"}, retry=False)
    assert site.requests == 1 and not site.posts


def test_the_site_down_after_every_retry_says_so() -> None:
    site = FakeSite(fail_next=[500] * 10)
    with client(site) as wp, pytest.raises(SiteUnreachable, match="failed"):
        wp.request("GET", "/wp/v2/posts")
    assert site.requests == 4


def test_the_plugin_and_its_readme_register_every_key_the_post_carries() -> None:
    folder = Path(__file__).parents[3] / "resources" / "wordpress"
    plugin = (folder / "transdesk-attribution.php").read_text(encoding="utf-8")
    readme = (folder / "README.md").read_text(encoding="utf-8")
    registered = re.findall(r"'(transdesk_[a-z_]+)'\s*=>", plugin)
    assert sorted(registered) == sorted(META_KEYS)
    assert sorted(re.findall(r"^\| `(transdesk_[a-z_]+)`", readme, re.MULTILINE)) == sorted(
        META_KEYS
    )
