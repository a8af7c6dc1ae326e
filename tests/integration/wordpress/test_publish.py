"""Publishing to a real WordPress on loopback (issue #7's proof): the Arabic sample article
goes out and reads back exactly (``?context=edit``); a second publish updates the same post;
a post edited on the site is noticed and kept until the editor says to overwrite; a wrong
password, a contributor's missing rights and a site without the TransDesk plugin fail
clearly and are recorded. The site comes from the ``wordpress_site`` fixture (tests/
wordpress_site.py)."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
from sqlalchemy import func, select

from tests.unit.services.review_helpers import EDITOR, TRANSLATOR, add_staff
from tests.wordpress_site import WordPressSite
from transdesk.cli import main
from transdesk.services.articles import show_article
from transdesk.services.attribution import update_attribution
from transdesk.services.destinations import add_destination
from transdesk.services.importing import ImportRequest, import_report
from transdesk.services.publications import build_publications
from transdesk.services.publishing import PublishOptions, publish_many
from transdesk.services.revising import edit_segment
from transdesk.services.workflow import approve, submit
from transdesk.storage.database import Database
from transdesk.storage.models import ExportRecord
from transdesk.wordpress.client import (
    NotAllowed,
    PostChangedOnSite,
    WordPressClient,
    WordPressError,
    WrongPassword,
)
from transdesk.wordpress.post import post_content, post_meta

pytestmark = pytest.mark.database

SAMPLE = Path(__file__).parents[3] / "resources" / "samples" / "ar-water-talks.md"
# A faithful translation of the sample: every number and quotation kept, so QA lets it through.
ENGLISH = [
    "Water talks resume in Geneva after a 14-month pause",
    "Delegations from three countries return to the negotiating table amid an unprecedented "
    "drought.",
    "Delegations from three countries resumed talks in Geneva on Tuesday on sharing the "
    "river's water, after a 14-month pause, the UN envoy announced.",
    'The envoy told a news conference that "an agreement is possible before the end of the '
    'year if the political will is there", adding that the current round would last five days.',
    "The organisation estimates that about 2.4 million farmers were hurt by a 30% drop in the "
    "river's level last summer.",
    "Diverging demands",
    "The downstream country is demanding a guaranteed minimum flow of 40 billion cubic metres a "
    "year, while the upstream country proposes a seven-year timetable for filling the dam.",
    "The three foreign ministers are due to meet on 2 December to endorse whatever the "
    "technical delegations agree.",
]


def arabic_article(db: Database, **attribution: str) -> int:
    """The Arabic sample, translated into English and approved (QA clean)."""
    add_staff(db)
    article = import_report(db, ImportRequest(SAMPLE, target_languages=["en"])).articles[0].id
    assert len(show_article(db, article).segments) == len(ENGLISH)
    for number, text in enumerate(ENGLISH, start=1):
        edit_segment(db, article, number, text, author=TRANSLATOR)
    fields = {
        "translators": TRANSLATOR, "editor": EDITOR,
        "rights": '© 2026 وكالة الأنباء النموذجية & "partners"', **attribution,
    }  # fmt: skip
    update_attribution(db, article, [f"{name}={value}" for name, value in fields.items()])
    submit(db, article, author=TRANSLATOR)
    approve(db, article, author=EDITOR)
    return article


def on_site(site: WordPressSite, route: str, **params: Any) -> Any:
    """What the site holds, read as its administrator (raw fields: ``context=edit``)."""
    answer = httpx.get(
        site.url + "/", params={"rest_route": route, "context": "edit", **params},
        auth=(site.admin_user, site.admin_password), timeout=30,
    )  # fmt: skip
    answer.raise_for_status()
    return answer.json()


def records(db: Database) -> list[ExportRecord]:
    with db.reading() as session:
        found = list(session.scalars(select(ExportRecord).order_by(ExportRecord.id)))
        session.expunge_all()
        return found


def destination(site: WordPressSite, name: str = "site", *, contributor: bool = False) -> str:
    user = site.contributor_user if contributor else site.admin_user
    password = site.contributor_password if contributor else site.admin_password
    add_destination(name, site.url, user, password, file_store=True)
    return name


def test_the_arabic_sample_round_trips_and_republishing_updates_the_same_post(
    db: Database, wordpress_site: WordPressSite
) -> None:
    article = arabic_article(db)
    site = destination(wordpress_site)
    options = PublishOptions(categories=("الشرق الأوسط",), tags=("water", "Geneva"))
    results, errors = publish_many(db, [article], site, options, author=EDITOR)
    assert not errors, errors
    post_id = results[0].post_id
    post = on_site(wordpress_site, f"/wp/v2/posts/{post_id}")
    with db.reading() as session:
        publication = build_publications(session, [article])[article]
    assert post["title"]["raw"] == ENGLISH[0] == publication.headline
    assert post["content"]["raw"] == post_content(publication)
    assert "وكالة الأنباء النموذجية" in post["content"]["raw"]  # the visible credit line
    assert post["excerpt"]["raw"] == publication.standfirst == ENGLISH[1]
    assert post["status"] == "draft"
    meta = post_meta(publication)
    assert {key: post["meta"][key] for key in meta} == meta
    assert meta["transdesk_original_authors"] == ["ليلى منصور", "كريم الحداد"]
    assert meta["transdesk_original_outlet"] == "وكالة الأنباء النموذجية"
    assert meta["transdesk_rights"] == '© 2026 وكالة الأنباء النموذجية & "partners"'
    assert meta["transdesk_original_published"] == "2026-11-18T06:30:00Z"
    assert meta["transdesk_translators"] == [TRANSLATOR] and meta["transdesk_editor"] == EDITOR
    names = {
        term["name"]
        for kind in ("categories", "tags")
        for term in on_site(
            wordpress_site, f"/wp/v2/{kind}", include=",".join(map(str, post[kind]))
        )
    }
    assert names == {"الشرق الأوسط", "water", "Geneva"}
    assert (results[0].outcome, results[0].link) == ("published", post["link"])
    assert records(db)[-1].external_id == str(post_id)

    # Published again: the same post, updated; no second post on the site.
    again, errors = publish_many(db, [article], site, options, author=EDITOR)
    assert not errors and (again[0].post_id, again[0].outcome) == (post_id, "updated")
    mine = on_site(wordpress_site, "/wp/v2/posts", status="any", search="Water talks resume")
    assert [p["id"] for p in mine] == [post_id]

    # Someone edits the post on the site: noticed, their text kept, the attempt recorded.
    httpx.post(
        wordpress_site.url + "/", params={"rest_route": f"/wp/v2/posts/{post_id}"},
        json={"title": "Edited on the site"}, timeout=30,
        auth=(wordpress_site.admin_user, wordpress_site.admin_password),
    ).raise_for_status()  # fmt: skip
    _, errors = publish_many(db, [article], site, options, author=EDITOR)
    assert isinstance(errors[0], PostChangedOnSite) and f"post {post_id}" in str(errors[0])
    kept = on_site(wordpress_site, f"/wp/v2/posts/{post_id}")["title"]["raw"]
    assert kept == "Edited on the site"
    assert records(db)[-1].outcome == "failed" and "changed on the site" in records(db)[-1].detail

    # The editor says to overwrite: TransDesk's text is back, still the same post.
    done, errors = publish_many(db, [article], site, PublishOptions(overwrite=True), author=EDITOR)
    assert not errors and done[0].post_id == post_id
    assert on_site(wordpress_site, f"/wp/v2/posts/{post_id}")["title"]["raw"] == ENGLISH[0]


def test_a_scheduled_post_goes_live_at_its_date(
    db: Database, wordpress_site: WordPressSite
) -> None:
    article = arabic_article(db)
    when = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=0, second=0)
    options = PublishOptions(status="future", date=when)
    results, errors = publish_many(db, [article], destination(wordpress_site), options,
                                   author=EDITOR)  # fmt: skip
    assert not errors, errors
    post = on_site(wordpress_site, f"/wp/v2/posts/{results[0].post_id}")
    assert post["status"] == "future"
    assert post["date_gmt"] == when.strftime("%Y-%m-%dT%H:%M:%S")


def test_a_wrong_password_is_clear_and_recorded(
    db: Database, wordpress_site: WordPressSite
) -> None:
    article = arabic_article(db)
    add_destination("site", wordpress_site.url, wordpress_site.admin_user, "wrong pass word",
                    file_store=True)  # fmt: skip
    before = len(on_site(wordpress_site, "/wp/v2/posts", status="any", per_page=100))
    _, errors = publish_many(db, [article], "site", PublishOptions(), author=EDITOR)
    assert isinstance(errors[0], WrongPassword)
    # One line: which site, what was refused, and WordPress's own reason (which tells a
    # wrong password from a server that strips the Authorization header).
    assert str(errors[0]) == (
        f"{wordpress_site.url}: the user name or Application Password was refused (401); "
        "the site says: Sorry, you are not allowed to create posts as this user."
    )
    record = records(db)[-1]
    assert (record.outcome, record.external_id) == ("failed", None)
    assert "refused (401)" in record.detail
    assert len(on_site(wordpress_site, "/wp/v2/posts", status="any", per_page=100)) == before
    with db.reading() as session:
        assert show_article(db, article).status == "approved"  # not marked as published
        assert session.scalar(select(func.count()).select_from(ExportRecord)) == 1


def test_a_contributor_may_not_publish_nor_create_a_category(
    db: Database, wordpress_site: WordPressSite
) -> None:
    article = arabic_article(db)
    site = destination(wordpress_site, contributor=True)
    _, errors = publish_many(db, [article], site, PublishOptions("publish"), author=EDITOR)
    assert isinstance(errors[0], NotAllowed)
    assert "not allowed to publish posts" in str(errors[0])
    options = PublishOptions("pending", categories=("A category nobody made",))
    _, errors = publish_many(db, [article], site, options, author=EDITOR)
    assert "may not create it" in str(errors[0])
    assert [r.outcome for r in records(db)] == ["failed", "failed"]
    # What a contributor may do: send it for review.
    results, errors = publish_many(db, [article], site, PublishOptions("pending"), author=EDITOR)
    assert not errors, errors
    assert on_site(wordpress_site, f"/wp/v2/posts/{results[0].post_id}")["status"] == "pending"


def test_a_site_without_the_plugin_keeps_the_text_and_says_the_attribution_is_missing(
    db: Database, wordpress_site: WordPressSite
) -> None:
    article = arabic_article(db)
    plugin = wordpress_site.folder / "content" / "mu-plugins" / "transdesk-attribution.php"
    away = plugin.with_name("transdesk-attribution.off")
    plugin.rename(away)
    try:
        _, errors = publish_many(db, [article], destination(wordpress_site), PublishOptions(),
                                 author=EDITOR)  # fmt: skip
    finally:
        away.rename(plugin)
    assert isinstance(errors[0], WordPressError)
    assert "did not keep meta transdesk_original_url" in str(errors[0])
    assert "TransDesk plugin" in str(errors[0])
    assert records(db)[-1].outcome == "failed"


def test_the_command_line_publishes_and_lists_the_link(
    db: Database, db_url: str, wordpress_site: WordPressSite, capsys: pytest.CaptureFixture[str]
) -> None:
    article = arabic_article(db)
    password = wordpress_site.admin_password
    add = ["cms", "add", "wire", "--url", wordpress_site.url, "--user",
           wordpress_site.admin_user, "--password-stdin", "--file-store"]  # fmt: skip
    stdin, sys.stdin = sys.stdin, io.StringIO(password + "\n")
    try:
        assert main(["--db", db_url, *add]) == 0
    finally:
        sys.stdin = stdin
    publish = ["publish", str(article), "--to", "wire", "--tag", "Geneva", "--as", EDITOR]
    assert main(["--db", db_url, *publish]) == 0
    out = capsys.readouterr().out
    post_id = records(db)[-1].external_id
    assert post_id and wordpress_site.url in out
    assert on_site(wordpress_site, f"/wp/v2/posts/{post_id}")["title"]["raw"] == ENGLISH[0]
    assert main(["--db", db_url, "publish", str(article), "--to", "nowhere", "--as", EDITOR]) == 1
    assert "no CMS destination named 'nowhere'" in capsys.readouterr().err


def test_the_editor_sees_whether_the_sites_copy_is_still_current(
    db: Database, db_url: str, wordpress_site: WordPressSite, capsys: pytest.CaptureFixture[str]
) -> None:
    from transdesk.services.site_copies import check_site_copies

    article = arabic_article(db)
    site = destination(wordpress_site)
    add_destination("down", "http://127.0.0.1:9", "nobody", "pw", file_store=True)
    assert check_site_copies(db, article) == []  # not published anywhere yet
    results, _ = publish_many(db, [article], site, PublishOptions(), author=EDITOR)
    post_id, pushed = results[0].post_id, results[0].revision

    def states() -> list[str]:
        return [copy.state for copy in check_site_copies(db, article)]

    assert states() == ["current"]
    edit_segment(db, article, 6, "Demands diverge", author=EDITOR)  # a newer revision here
    copy = check_site_copies(db, article)[0]
    assert (copy.state, copy.revision, copy.newest_revision) == ("behind", pushed, pushed + 1)
    assert main(["--db", db_url, "published", str(article)]) == 0
    line = capsys.readouterr().out
    assert line.startswith(f"site: post {post_id}, revision {pushed}: behind (revision")

    httpx.post(
        wordpress_site.url + "/", params={"rest_route": f"/wp/v2/posts/{post_id}"},
        json={"excerpt": "Changed by the web desk"}, timeout=30,
        auth=(wordpress_site.admin_user, wordpress_site.admin_password),
    ).raise_for_status()  # fmt: skip
    assert states() == ["edited on the site"]
    httpx.delete(  # to the site's trash
        wordpress_site.url + "/", params={"rest_route": f"/wp/v2/posts/{post_id}"}, timeout=30,
        auth=(wordpress_site.admin_user, wordpress_site.admin_password),
    ).raise_for_status()  # fmt: skip
    assert states() == ["gone from the site"]
    # Publishing again makes a new post rather than updating the one in the trash.
    again, errors = publish_many(db, [article], site, PublishOptions(), author=EDITOR)
    assert not errors and again[0].post_id != post_id and again[0].outcome == "published"
    # A site that refuses us: that line says so.
    add_destination(site, wordpress_site.url, wordpress_site.admin_user, "wrong", file_store=True)
    (copy,) = check_site_copies(db, article)
    assert copy.state == "unknown" and "refused (401)" in copy.line()


class LossyNetwork(httpx.HTTPTransport):
    """The real site, but the answers to some requests never arrive (they time out after the
    site did the work): ``drop(request)`` says which."""

    def __init__(self, drop: Callable[[httpx.Request], bool]) -> None:
        super().__init__()
        self.drop = drop
        self.dropped = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if not self.drop(request):
            return response
        response.read()
        response.close()
        self.dropped += 1
        raise httpx.ReadTimeout("the answer never came", request=request)


def lossy_client(site: WordPressSite, drop: Callable[[httpx.Request], bool]) -> WordPressClient:
    transport = LossyNetwork(drop)
    return WordPressClient(site.url, site.admin_user, site.admin_password, transport=transport,
                           sleep=lambda seconds: None)  # fmt: skip


def is_create(request: httpx.Request) -> bool:
    return request.method == "POST" and request.url.params["rest_route"] == "/wp/v2/posts"


def site_setting(site: WordPressSite, **values: str) -> dict[str, Any]:
    answer = httpx.post(
        site.url + "/", params={"rest_route": "/wp/v2/settings"}, json=values, timeout=30,
        auth=(site.admin_user, site.admin_password),
    )  # fmt: skip
    answer.raise_for_status()
    return cast(dict[str, Any], answer.json())


def published_once(
    db: Database, wordpress_site: WordPressSite, status: str | None = None
) -> tuple[int, str, int]:
    """The Arabic sample, approved and published: its article id, the destination, the post."""
    article = arabic_article(db)
    site = destination(wordpress_site)
    results, errors = publish_many(db, [article], site, PublishOptions(status), author=EDITOR)
    assert not errors, errors
    return article, site, results[0].post_id


def post_ids(site: WordPressSite) -> set[int]:
    """Every post on the site but those in its trash (the tests share one site)."""
    return {p["id"] for p in on_site(site, "/wp/v2/posts", status="any", per_page=100)}


def test_a_create_whose_answer_was_lost_is_found_on_a_site_west_of_greenwich(
    db: Database, wordpress_site: WordPressSite
) -> None:
    """The post was made but the answer never came: TransDesk finds it (the search window
    carries its UTC offset, which WordPress would otherwise read as the site's local time)
    instead of posting a duplicate."""
    article = arabic_article(db)
    site = destination(wordpress_site)
    before, posts = site_setting(wordpress_site)["timezone"], post_ids(wordpress_site)
    site_setting(wordpress_site, timezone="America/New_York")
    try:
        with lossy_client(wordpress_site, is_create) as client:
            results, errors = publish_many(db, [article], site, PublishOptions(), author=EDITOR,
                                           client=client)  # fmt: skip
            assert client._http._transport.dropped == 1  # type: ignore[attr-defined]
    finally:
        site_setting(wordpress_site, timezone=before or "UTC")
    assert not errors, errors
    assert post_ids(wordpress_site) - posts == {results[0].post_id}
    assert results[0].outcome == "published"


def test_when_no_create_answer_ever_comes_the_next_publish_looks_before_it_creates(
    db: Database, wordpress_site: WordPressSite
) -> None:
    article = arabic_article(db)
    site, posts = destination(wordpress_site), post_ids(wordpress_site)

    def lost(request: httpx.Request) -> bool:  # the create, and every search for it
        return request.url.params["rest_route"] == "/wp/v2/posts" and request.method != "OPTIONS"

    with lossy_client(wordpress_site, lost) as client:
        _, errors = publish_many(db, [article], site, PublishOptions(), author=EDITOR,
                                 client=client)  # fmt: skip
    assert "the next publish looks for it on the site first" in str(errors[0])
    made = post_ids(wordpress_site) - posts
    assert len(made) == 1  # the create was sent once, then only searches
    results, errors = publish_many(db, [article], site, PublishOptions(), author=EDITOR)
    assert not errors and {results[0].post_id} == made
    assert post_ids(wordpress_site) - posts == made


def test_an_update_that_landed_unanswered_is_not_taken_for_an_edit_on_the_site(
    db: Database, wordpress_site: WordPressSite
) -> None:
    article, site, post_id = published_once(db, wordpress_site)
    edit_segment(db, article, 6, "Demands diverge", author=EDITOR)

    def update(request: httpx.Request) -> bool:
        return request.method == "POST" and request.url.params["rest_route"].endswith(f"/{post_id}")

    with lossy_client(wordpress_site, update) as client:
        _, errors = publish_many(db, [article], site, PublishOptions(), author=EDITOR,
                                 client=client)  # fmt: skip
    assert errors and records(db)[-1].outcome == "failed"
    assert "Demands diverge" in on_site(wordpress_site, f"/wp/v2/posts/{post_id}")["content"]["raw"]
    results, errors = publish_many(db, [article], site, PublishOptions(), author=EDITOR)
    assert not errors, errors  # our own write, not someone's edit
    assert (results[0].post_id, results[0].outcome) == (post_id, "updated")


def test_republishing_keeps_a_live_post_live_unless_told_otherwise(
    db: Database, wordpress_site: WordPressSite
) -> None:
    article, site, post_id = published_once(db, wordpress_site, "publish")
    publish_many(db, [article], site, PublishOptions(), author=EDITOR)
    assert on_site(wordpress_site, f"/wp/v2/posts/{post_id}")["status"] == "publish"
    publish_many(db, [article], site, PublishOptions("draft"), author=EDITOR)
    assert on_site(wordpress_site, f"/wp/v2/posts/{post_id}")["status"] == "draft"


def test_a_post_deleted_for_good_is_published_anew(
    db: Database, wordpress_site: WordPressSite
) -> None:
    article, site, post_id = published_once(db, wordpress_site)
    httpx.delete(
        wordpress_site.url + "/", timeout=30,
        params={"rest_route": f"/wp/v2/posts/{post_id}", "force": "true"},
        auth=(wordpress_site.admin_user, wordpress_site.admin_password),
    ).raise_for_status()  # fmt: skip
    posts = post_ids(wordpress_site)
    again, errors = publish_many(db, [article], site, PublishOptions(), author=EDITOR)
    assert not errors and again[0].outcome == "published"
    assert post_ids(wordpress_site) - posts == {again[0].post_id}


def test_the_plugin_keeps_attribution_text_exactly_as_sent(wordpress_site: WordPressSite) -> None:
    meta = {
        "transdesk_original_title": "  Inflation <5% in March, \"down\" & 'steady' ",
        "transdesk_rights": "<b>© Agency</b>",
        "transdesk_translators": [" Leila <Mansour> ", "كريم الحداد"],
    }
    made = httpx.post(
        wordpress_site.url + "/", params={"rest_route": "/wp/v2/posts"}, timeout=30,
        json={"title": "plugin check", "meta": meta},
        auth=(wordpress_site.admin_user, wordpress_site.admin_password),
    )  # fmt: skip
    made.raise_for_status()
    kept = on_site(wordpress_site, f"/wp/v2/posts/{made.json()['id']}")["meta"]
    assert {key: kept[key] for key in meta} == meta


def test_when_taking_over_the_found_post_goes_unanswered_too_it_is_found_again(
    db: Database, wordpress_site: WordPressSite
) -> None:
    """The create's answer is lost, the post is found, and every answer to updating it is
    lost as well: the post still carries the push id, so the next publish finds it."""
    article = arabic_article(db)
    site, posts = destination(wordpress_site), post_ids(wordpress_site)

    def writes(request: httpx.Request) -> bool:
        return request.method == "POST" and request.url.params["rest_route"].startswith(
            "/wp/v2/posts"
        )

    with lossy_client(wordpress_site, writes) as client:
        _, errors = publish_many(db, [article], site, PublishOptions(), author=EDITOR,
                                 client=client)  # fmt: skip
    assert "the next publish looks for it on the site first" in str(errors[0])
    (made,) = post_ids(wordpress_site) - posts
    results, errors = publish_many(db, [article], site, PublishOptions(), author=EDITOR)
    assert not errors, errors
    assert results[0].post_id == made and post_ids(wordpress_site) - posts == {made}


def test_the_plugin_lists_the_posts_of_one_push(wordpress_site: WordPressSite) -> None:
    """Plugin 1.2: ``?transdesk_push=HEX`` lists only the posts that push wrote."""
    pushes = ["a" * 32, "b" * 32]
    for push in pushes:
        httpx.post(
            wordpress_site.url + "/", params={"rest_route": "/wp/v2/posts"}, timeout=30,
            json={"title": f"push {push[0]}", "meta": {"transdesk_push": push}},
            auth=(wordpress_site.admin_user, wordpress_site.admin_password),
        ).raise_for_status()  # fmt: skip
    listed = on_site(wordpress_site, "/wp/v2/posts", status="any", transdesk_push=pushes[1])
    assert [post["title"]["raw"] for post in listed] == ["push b"]
    # Anything but a push id is ignored: the usual listing.
    every = on_site(wordpress_site, "/wp/v2/posts", status="any", transdesk_push="' OR 1=1")
    assert {"push a", "push b"} <= {post["title"]["raw"] for post in every}
