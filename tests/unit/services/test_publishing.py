"""Publishing to WordPress, at unit level against an in-memory stand-in for the REST API:
one post per article, updated in place, a post edited on the site noticed, every attempt
recorded; passwords kept out of the database, the settings file and the log."""

from __future__ import annotations

import io
import logging
import stat
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, update

from tests.unit.services.review_helpers import EDITOR
from tests.unit.services.test_exporting import translated
from tests.unit.wordpress.fake_site import URL, FakeSite
from transdesk import settings as preferences
from transdesk.cli import main
from transdesk.core.errors import UserError
from transdesk.services.articles import show_article
from transdesk.services.destinations import (
    NoKeyring,
    add_destination,
    credentials_path,
    get_destination,
    get_password,
)
from transdesk.services.publishing import Published, PublishOptions, fetch_post, publish_many
from transdesk.storage.database import Database
from transdesk.storage.models import ExportRecord
from transdesk.wordpress.client import PostChangedOnSite, WordPressClient, WordPressError

SECRET = "abcd efgh"


@pytest.fixture
def site() -> FakeSite:
    add_destination("desk", URL, "ed", SECRET, file_store=True)
    return FakeSite(password=SECRET)


def publish(
    db: Database, site: FakeSite, ids: list[int], password: str = SECRET, **options: object
) -> tuple[list[Published], list[UserError]]:
    with WordPressClient(
        URL, "ed", password, transport=site.transport(), sleep=lambda s: None
    ) as wp:
        return publish_many(db, ids, "desk", PublishOptions(**options), author=EDITOR, client=wp)  # type: ignore[arg-type]


def outcomes(db: Database) -> list[tuple[str, str | None, str]]:
    with db.reading() as session:
        rows = session.execute(
            select(ExportRecord.outcome, ExportRecord.external_id, ExportRecord.detail)
            .where(ExportRecord.format == "wordpress")
            .order_by(ExportRecord.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_publish_creates_then_updates_the_same_post(
    db: Database, tmp_path: Path, site: FakeSite
) -> None:
    article = translated(db, tmp_path)
    results, errors = publish(db, site, [article], categories=("World",), tags=("floods",))
    assert not errors
    assert results[0].outcome == "published" and results[0].link == f"{URL}/?p=1"
    post = site.posts[1]
    assert post["status"] == "draft" and post["categories"] == [100] and post["tags"] == [101]
    assert post["meta"]["transdesk_original_outlet"] == "Example News"
    assert show_article(db, article, with_segments=False).status == "exported"
    again, errors = publish(db, site, [article])
    assert not errors and again[0].outcome == "updated" and len(site.posts) == 1
    assert [o[:2] for o in outcomes(db)] == [("published", "1"), ("updated", "1")]


def test_a_post_edited_on_the_site_is_not_overwritten_unasked(
    db: Database, tmp_path: Path, site: FakeSite
) -> None:
    article = translated(db, tmp_path)
    publish(db, site, [article])
    site.edit_on_site(1)
    site.posts[1]["title"] = "edited by the desk"
    _, errors = publish(db, site, [article])
    assert isinstance(errors[0], PostChangedOnSite) and "--overwrite" in str(errors[0])
    assert site.posts[1]["title"] == "edited by the desk"
    assert outcomes(db)[-1][0] == "failed"
    results, errors = publish(db, site, [article], overwrite=True)
    assert not errors and results[0].outcome == "updated"
    assert site.posts[1]["title"] != "edited by the desk"
    # an edit within the same second as our push (same modified_gmt) is still seen
    site.posts[1]["excerpt"] = "a new standfirst written on the site"
    _, errors = publish(db, site, [article])
    assert isinstance(errors[0], PostChangedOnSite)


def test_a_create_whose_answer_was_lost_is_not_duplicated(
    db: Database, tmp_path: Path, site: FakeSite
) -> None:
    article = translated(db, tmp_path)
    site.lose_create_answers = 1
    results, errors = publish(db, site, [article])
    assert not errors and len(site.posts) == 1 and results[0].post_id == 1


def creates(site: FakeSite) -> int:
    return site.log.count("POST /wp/v2/posts")


def is_create(request: httpx.Request) -> bool:
    return request.method == "POST" and request.url.params["rest_route"] == "/wp/v2/posts"


def the_first(count: int, which: Callable[[httpx.Request], bool]) -> Callable[..., bool]:
    """A predicate true for the first ``count`` requests that ``which`` picks."""
    left = [count]

    def pick(request: httpx.Request) -> bool:
        if not which(request) or not left[0]:
            return False
        left[0] -= 1
        return True

    return pick


def test_a_create_that_found_no_one_listening_is_sent_again(
    db: Database, tmp_path: Path, site: FakeSite
) -> None:
    site.refuse = the_first(2, is_create)
    results, errors = publish(db, site, [translated(db, tmp_path)])
    assert not errors and len(site.posts) == 1 and results[0].outcome == "published"
    assert site.log == ["OPTIONS /wp/v2/posts", "POST /wp/v2/posts"]  # nothing sought


def about_new_posts(request: httpx.Request) -> bool:
    """Creates and the searches for what they made (not the language check)."""
    return request.url.params["rest_route"] == "/wp/v2/posts" and request.method != "OPTIONS"


def backdate(db: Database, ago: timedelta) -> datetime:
    """Every publish so far happened ``ago``; returns that time."""
    when = datetime.now(UTC) - ago
    with db.engine.begin() as connection:
        connection.execute(update(ExportRecord).values(created_at=when))
    return when


def test_a_create_the_unavailable_site_did_not_take_is_sought_then_sent_again(
    db: Database, tmp_path: Path, site: FakeSite
) -> None:
    site.fail_creates = [503]
    results, errors = publish(db, site, [translated(db, tmp_path)])
    assert not errors and len(site.posts) == 1 and results[0].post_id == 1
    assert site.log == [
        "OPTIONS /wp/v2/posts", "POST /wp/v2/posts", "GET /wp/v2/posts", "POST /wp/v2/posts"
    ]  # fmt: skip


@pytest.mark.parametrize("status", [500, 502, 504, 524])
def test_a_create_that_may_have_been_saved_is_never_sent_twice_unsettled(
    db: Database, tmp_path: Path, site: FakeSite, status: int
) -> None:
    """A fatal error after the post was saved (500), a gateway that gave up (502, 504,
    Cloudflare's 524): the site may have made, or still be making, the post. TransDesk looks
    once, then leaves it to the next publish, which creates nothing for five minutes."""
    article = translated(db, tmp_path)
    site.fail_creates = [status]
    _, errors = publish(db, site, [article])
    assert str(status) in str(errors[0])
    assert "the next publish looks for it on the site first" in str(errors[0])
    assert creates(site) == 1 and site.log[-1] == "GET /wp/v2/posts"
    _, errors = publish(db, site, [article])
    assert "is not on the site yet (it may still be saving); publish again after" in str(errors[0])
    assert creates(site) == 1 and not site.posts
    backdate(db, timedelta(minutes=6))  # the site is no longer saving what it was sent
    results, errors = publish(db, site, [article])
    assert not errors and len(site.posts) == 1 and results[0].outcome == "published"


def test_when_taking_over_a_found_post_is_lost_too_the_post_is_still_found(
    db: Database, tmp_path: Path, site: FakeSite
) -> None:
    """The create's answer was lost, the post was found, and the answer to updating it was
    lost as well: the post keeps the push id, so the next publish finds it again."""
    article = translated(db, tmp_path)
    site.lose_create_answers = 1
    site.drop = lambda request: request.url.params["rest_route"] == "/wp/v2/posts/1"
    _, errors = publish(db, site, [article])
    assert "the next publish looks for it on the site first" in str(errors[0])
    # The next publish finds it, but no update gets through: it is still sought next time.
    site.drop, site.refuse = None, lambda request: request.method == "POST"
    _, errors = publish(db, site, [article])
    assert "the next publish looks for it on the site first" in str(errors[0])
    site.refuse = None
    results, errors = publish(db, site, [article])
    assert not errors and len(site.posts) == 1 and results[0].post_id == 1
    assert creates(site) == 1


def test_a_lost_create_is_sought_on_every_page_of_recent_posts(
    db: Database, tmp_path: Path, site: FakeSite
) -> None:
    """A busy site (and a plugin older than 1.2, which cannot filter by push): the post
    is sought past the first page of 100 posts."""
    for number in range(1, 251):
        site.posts[number] = {"id": number, "meta": {}, "modified_gmt": site.now()}
    site.lose_create_answers = 1
    results, errors = publish(db, site, [translated(db, tmp_path)])
    assert not errors and len(site.posts) == 251 and results[0].post_id == 251
    assert site.log.count("GET /wp/v2/posts") == 3
    # Exactly two full pages and the post not among them: the site refuses page 3, and
    # that ends the search (the create, answered 504, is left to the next publish).
    site.fail_creates = [504]
    site.posts = {number: site.posts[number] for number in range(1, 201)}
    site.log.clear()
    _, errors = publish(db, site, [translated(db, tmp_path)])
    assert "the next publish looks for it on the site first" in str(errors[0])
    assert site.log.count("GET /wp/v2/posts") == 3 and len(site.posts) == 200


def test_a_post_is_sought_from_the_first_unanswered_create_not_the_last(
    db: Database, tmp_path: Path, site: FakeSite
) -> None:
    """The create went unanswered an hour ago (and made the post then); just now the post
    was found but no update got through. The next search still reaches back an hour."""
    article = translated(db, tmp_path)
    site.drop = about_new_posts
    publish(db, site, [article])  # made post 1; every answer about it lost
    an_hour_ago = backdate(db, timedelta(hours=1))
    site.posts[1]["modified_gmt"] = an_hour_ago.strftime("%Y-%m-%dT%H:%M:%S")
    site.drop, site.refuse = None, lambda request: request.method == "POST"
    _, errors = publish(db, site, [article])
    assert "the next publish looks for it on the site first" in str(errors[0])
    site.refuse = None
    results, errors = publish(db, site, [article])
    assert not errors and results[0].post_id == 1 and len(site.posts) == 1


@pytest.mark.parametrize("garbled", ["GET", "POST"])
def test_a_site_printing_notices_before_its_answers_gets_no_second_post(
    db: Database, tmp_path: Path, site: FakeSite, garbled: str
) -> None:
    """The create's answer is lost; then the search (GET), or the update of the post it
    found (POST), is answered with a PHP notice instead of JSON. The post is still sought
    by its push id next time, not made a second time."""
    article = translated(db, tmp_path)
    site.lose_create_answers = 1
    route = "/wp/v2/posts" if garbled == "GET" else "/wp/v2/posts/1"
    site.garble = lambda r: r.method == garbled and r.url.params["rest_route"] == route
    _, errors = publish(db, site, [article])
    assert "answered 200 without JSON" in str(errors[0])
    assert "the next publish looks for it on the site first" in str(errors[0])
    site.garble = None
    results, errors = publish(db, site, [article])
    assert not errors and len(site.posts) == 1 and results[0].post_id == 1


def test_a_found_post_saved_on_the_site_since_is_not_taken_over_unasked(
    db: Database, tmp_path: Path, site: FakeSite
) -> None:
    """Its text is what was sent, but it was saved on the site well after (its attribution,
    status or categories changed): the editor is asked first."""
    article = translated(db, tmp_path)
    site.drop = about_new_posts
    publish(db, site, [article])
    site.drop = None
    later = datetime.now(UTC) + timedelta(minutes=20)
    site.posts[1]["modified_gmt"] = later.strftime("%Y-%m-%dT%H:%M:%S")
    _, errors = publish(db, site, [article])
    assert isinstance(errors[0], PostChangedOnSite) and len(site.posts) == 1


def test_a_found_post_edited_on_the_site_is_not_taken_over_unasked(
    db: Database, tmp_path: Path, site: FakeSite
) -> None:
    article = translated(db, tmp_path)
    site.drop = about_new_posts
    _, errors = publish(db, site, [article])  # the create, and every search for it, lost
    site.drop = None
    assert "the next publish looks for it on the site first" in str(errors[0])
    site.posts[1]["content"] = "Corrected on the site by the desk."
    _, errors = publish(db, site, [article])
    assert isinstance(errors[0], PostChangedOnSite) and "post 1 was changed" in str(errors[0])
    assert site.posts[1]["content"] == "Corrected on the site by the desk."
    results, errors = publish(db, site, [article], overwrite=True)
    assert not errors and results[0].post_id == 1 and len(site.posts) == 1
    assert site.posts[1]["content"] != "Corrected on the site by the desk."


def test_an_unregistered_meta_key_is_named_and_recorded(
    db: Database, tmp_path: Path, site: FakeSite
) -> None:
    article = translated(db, tmp_path)
    site.registered_meta = {"transdesk_article", "transdesk_revision"}
    _, errors = publish(db, site, [article])
    assert "transdesk_original_url" in str(errors[0]) and "plugin" in str(errors[0])
    assert outcomes(db)[-1][0] == "failed"


def test_a_wrong_password_fails_clearly_and_is_recorded(
    db: Database, tmp_path: Path, site: FakeSite
) -> None:
    article = translated(db, tmp_path)
    _, errors = publish(db, site, [article], password="wrong")
    assert "Application Password was refused" in str(errors[0])
    outcome, _, detail = outcomes(db)[-1]
    assert outcome == "failed" and "refused (401)" in detail
    assert show_article(db, article, with_segments=False).status == "approved"


def test_a_category_the_user_may_not_create_is_a_clear_error(
    db: Database, tmp_path: Path, site: FakeSite
) -> None:
    article = translated(db, tmp_path)
    site.may_create_terms = False
    _, errors = publish(db, site, [article], categories=("Brand new",))
    assert "may not create it" in str(errors[0]) and not site.posts


def test_unapproved_articles_and_bad_options_are_refused(
    db: Database, tmp_path: Path, site: FakeSite
) -> None:
    article = translated(db, tmp_path, approved=False)
    _, errors = publish(db, site, [article])
    assert "only approved" in str(errors[0]) and not site.posts
    with pytest.raises(UserError, match="--date"):
        publish(db, site, [article], status="future")


def test_records_match_a_site_by_its_address_not_by_a_prefix(
    db: Database, tmp_path: Path, site: FakeSite
) -> None:
    """WordPress in a subfolder of another site's address is another site: publishing there
    makes its own post rather than updating the first site's."""
    article = translated(db, tmp_path)
    publish(db, site, [article])
    add_destination("blog", URL + "/blog", "ed", SECRET, file_store=True)
    with WordPressClient(URL + "/blog", "ed", SECRET, transport=site.transport()) as wp:
        results, errors = publish_many(db, [article], "blog", PublishOptions(), author=EDITOR,
                                       client=wp)  # fmt: skip
    assert not errors and results[0].outcome == "published" and len(site.posts) == 2


def test_records_match_a_site_however_its_address_was_capitalised(
    db: Database, tmp_path: Path, site: FakeSite
) -> None:
    """Records written before addresses were kept in lower case (``HTTPS://WP.test/``) are
    still this site's: re-publishing updates the post."""
    article = translated(db, tmp_path)
    publish(db, site, [article])
    with db.engine.begin() as connection:
        connection.execute(update(ExportRecord).values(destination="HTTPS://WP.Test/"))
    results, errors = publish(db, site, [article])
    assert not errors and results[0].outcome == "updated" and len(site.posts) == 1


def test_a_site_that_refuses_options_has_no_languages_and_still_publishes(
    db: Database, tmp_path: Path, site: FakeSite
) -> None:
    site.options_status = 405
    results, errors = publish(db, site, [translated(db, tmp_path)])
    assert not errors and "lang" not in site.posts[results[0].post_id]


def test_a_create_answered_with_something_that_is_not_a_post_is_sought_not_resent(
    db: Database, tmp_path: Path, site: FakeSite
) -> None:
    """A 201 whose body is not a post (a PHP notice, a proxy's page): the post may exist, so
    TransDesk looks for it, and never sends the create a second time."""
    article = translated(db, tmp_path)
    site.answer_posts_with = ["not", "a", "post"]
    results, errors = publish(db, site, [article])
    assert not errors and len(site.posts) == 1 and results[0].post_id == 1
    # Without the plugin the post cannot be found by its push id: recorded, not resent.
    site.registered_meta = set()
    _, errors = publish(db, site, [translated(db, tmp_path)])
    assert "answered without an id (is this a WordPress REST API?)" in str(errors[0])
    assert "the next publish looks for it on the site first" in str(errors[0])
    assert len(site.posts) == 2 and outcomes(db)[-1][0] == "failed"


def test_a_post_whose_push_failed_after_it_was_written_is_updated_next_time(
    db: Database, tmp_path: Path, site: FakeSite
) -> None:
    """The site kept the text but dropped the attribution: the post exists, so the next
    publish (plugin installed) updates it instead of making a second one."""
    article = translated(db, tmp_path)
    site.registered_meta = {"transdesk_article"}
    _, errors = publish(db, site, [article])
    assert errors and outcomes(db)[-1][:2] == ("failed", "1")
    site.registered_meta = None
    results, errors = publish(db, site, [article])
    assert not errors and results[0].outcome == "updated" and len(site.posts) == 1


def test_a_404_that_is_not_a_missing_post_is_an_error_not_a_deletion() -> None:
    site = FakeSite()
    with WordPressClient(URL, "ed", SECRET, transport=site.transport()) as wp:
        assert fetch_post(wp, 7) is None  # rest_post_invalid_id: the post is gone
        with pytest.raises(WordPressError, match="404 No route") as raised:
            wp.request("GET", "/wp/v2/posts/x")
    assert (raised.value.status, raised.value.code) == (404, "rest_no_route")


def test_cms_fields_are_kept_trimmed_and_a_replaced_account_forgets_its_password() -> None:
    add_destination("  desk  ", " HTTPS://WP.test/ ", " ed ", SECRET, file_store=True)
    kept = get_destination("desk")
    assert (kept.name, kept.url, kept.user) == ("desk", "https://wp.test", "ed")
    assert get_password(kept) == SECRET
    add_destination("desk", URL, "another", "new secret", file_store=True)
    assert SECRET not in credentials_path().read_text(encoding="utf-8")
    assert get_password(get_destination("desk")) == "new secret"


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://news.example.org", "use https://"),
        ("https://news.example.org/?p=1", "without ?"),
        ("https://user:pw@news.example.org", r"not the http\(s\) address"),
        ("ftp://news.example.org", r"not the http\(s\) address"),
    ],
)
def test_a_site_address_that_would_leak_or_break_is_refused(url: str, problem: str) -> None:
    with pytest.raises(UserError, match=problem) as raised:
        add_destination("desk", url, "ed", SECRET, file_store=True)
    assert str(raised.value).startswith("url: ")
    add_destination("local", "http://localhost:8080", "ed", SECRET, file_store=True)


def test_without_a_keyring_the_password_needs_the_opt_in_file_store(tmp_path: Path) -> None:
    with pytest.raises(NoKeyring, match="--file-store"):
        add_destination("other", URL, "ed", SECRET)
    destination = add_destination("other", URL, "ed", SECRET, file_store=True)
    assert stat.S_IMODE(credentials_path().stat().st_mode) == 0o600
    assert get_password(get_destination("other")) == SECRET
    assert SECRET not in preferences.settings_path().read_text(encoding="utf-8")
    assert destination.url == URL


def test_the_password_never_reaches_the_database_settings_or_log(
    db: Database,
    db_url: str,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article = translated(db, tmp_path)
    monkeypatch.setattr(sys, "stdin", io.StringIO("s3cret-app-password\n"))
    caplog.set_level(logging.DEBUG)
    down = "http://127.0.0.1:9"  # nothing listens: the publish fails after its retries
    add = ["cms", "add", "site", "--url", down, "--user", "ed", "--password-stdin", "--file-store"]
    assert main(["--db", db_url, *add]) == 0
    assert main(["--db", db_url, "cms", "list"]) == 0
    assert main(["--db", db_url, "publish", str(article), "--to", "site", "--as", EDITOR]) != 0
    out = capsys.readouterr()
    assert f"site\t{down}\ted" in out.out
    assert "127.0.0.1:9" in out.err
    assert outcomes(db)[-1][0] == "failed"
    db.close()
    if db_url.startswith("sqlite:///"):
        assert b"s3cret" not in Path(db_url.removeprefix("sqlite:///")).read_bytes()
    assert "s3cret" not in preferences.settings_path().read_text(encoding="utf-8")
    logs = "".join(p.read_text(errors="replace") for p in Path(tmp_path).parent.rglob("*.log"))
    assert "s3cret" not in caplog.text + out.out + out.err + logs
    assert main(["--db", db_url, "cms", "remove", "site"]) == 0
    assert "s3cret" not in credentials_path().read_text(encoding="utf-8")
