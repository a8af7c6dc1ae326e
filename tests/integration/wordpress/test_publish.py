"""Publishing to a real WordPress on loopback (issue #7's proof): the Arabic sample article
goes out and reads back exactly (``?context=edit``); a second publish updates the same post;
a post edited on the site is noticed and kept until the editor says to overwrite; a wrong
password, a contributor's missing rights and a site without the TransDesk plugin fail
clearly and are recorded. The site comes from the ``wordpress_site`` fixture (tests/
wordpress_site.py)."""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

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
from transdesk.wordpress.client import NotAllowed, PostChangedOnSite, WordPressError, WrongPassword
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
    assert str(errors[0]) == (
        f"{wordpress_site.url}: the user name or Application Password was refused (401)"
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
