"""File ▸ Publish in the window: site, status and terms chosen, the push off the GUI thread,
a link to the post when done, and a question before replacing a post edited on the site."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory
from tests.unit.services.review_helpers import EDITOR
from tests.unit.services.test_exporting import translated
from tests.wordpress_site import WordPressSite
from transdesk.gui.actions import Act
from transdesk.gui.publish_dialog import PublishDialog
from transdesk.services.destinations import CmsDestination, add_destination
from transdesk.storage.database import Database


def open_dialog(window: Any) -> PublishDialog:
    window.action(Act.PUBLISH).trigger()
    dialog = window.publish_dialog
    assert isinstance(dialog, PublishDialog) and dialog.isVisible()
    return dialog


def test_an_editor_publishes_and_gets_a_link_then_is_asked_before_overwriting(
    qtbot: QtBot, make_window: WindowFactory, db: Database, tmp_path: Path,
    settings_path: Path, wordpress_site: WordPressSite,
) -> None:  # fmt: skip
    site = wordpress_site
    add_destination("desk", site.url, site.admin_user, site.admin_password, file_store=True,
                    settings_file=settings_path)  # fmt: skip
    article = translated(db, tmp_path / "in")
    window = make_window()
    window.settings.user_name, window.settings.user_role = EDITOR, "editor"
    window.open_article(article)
    dialog = open_dialog(window)
    assert dialog.destination.currentData() == "desk"
    assert dialog.status.currentData() is None  # new posts: drafts; updates keep the status
    assert not dialog.date.isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData("pending"))
    dialog.categories.setText("World, Middle East")
    dialog.publish_button.click()
    assert not dialog.publish_button.isEnabled()  # the push runs in the background
    qtbot.waitUntil(lambda: "href" in dialog.outcome_label.text(), timeout=20_000)
    post_id = int(records(db)[-1])
    post = read_post(site, post_id)
    assert f'href="{post["link"]}"' in dialog.outcome_label.text()
    assert post["status"] == "pending" and len(post["categories"]) == 2
    dialog.close()

    # Opened again, the dialog says where the article already is, and that it is current.
    dialog = open_dialog(window)
    qtbot.waitUntil(dialog.copies_label.isVisible, timeout=20_000)
    line = dialog.copies_label.text()
    assert f"\u2068desk\u2069: post {post_id}, revision" in line  # the name keeps its direction
    assert f' — current \u2068<a href="{read_post(site, post_id)["link"]}">' in line

    httpx.post(
        site.url + "/", params={"rest_route": f"/wp/v2/posts/{post_id}"},
        json={"title": "Edited on the site"}, auth=(site.admin_user, site.admin_password),
        timeout=30,
    ).raise_for_status()  # fmt: skip
    asked: list[str] = []

    def ask(message: str) -> bool:
        asked.append(message)
        return len(asked) == 1  # yes, replace it

    dialog.ask_overwrite = ask
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    assert "changed on the site" in asked[0] and "--overwrite" not in asked[0]
    qtbot.waitUntil(lambda: "(updated)" in dialog.outcome_label.text(), timeout=20_000)
    replaced = read_post(site, post_id)
    assert replaced["title"]["raw"] != "Edited on the site"
    assert replaced["status"] == "pending"  # re-published as it was: not back to a draft
    assert records(db) == [str(post_id)] * 3  # published, refused, updated: one post


def records(db: Database) -> list[str | None]:
    from sqlalchemy import select

    from transdesk.storage.models import ExportRecord

    with db.reading() as session:
        query = select(ExportRecord.external_id).order_by(ExportRecord.id)
        return list(session.scalars(query.where(ExportRecord.format == "wordpress")))


def read_post(site: WordPressSite, post_id: int) -> Any:
    answer = httpx.get(
        site.url + "/", params={"rest_route": f"/wp/v2/posts/{post_id}", "context": "edit"},
        auth=(site.admin_user, site.admin_password), timeout=30,
    )  # fmt: skip
    answer.raise_for_status()
    return answer.json()


def test_without_a_site_the_dialog_says_where_to_add_one(
    qtbot: QtBot, make_window: WindowFactory, db: Database, tmp_path: Path
) -> None:
    article = translated(db, tmp_path / "in")
    window = make_window()
    window.open_article(article)
    dialog = open_dialog(window)
    assert not dialog.publish_button.isEnabled()
    assert "Preferences" in dialog.outcome_label.text()


def test_preferences_add_a_site_whose_password_stays_out_of_the_settings(
    qtbot: QtBot, settings_path: Path
) -> None:
    from transdesk import settings as settings_store
    from transdesk.gui.preferences import PreferencesDialog
    from transdesk.services.destinations import credentials_path, get_password

    dialog = PreferencesDialog(settings_store.load(settings_path), None, settings_path)
    qtbot.addWidget(dialog)
    box = dialog.cms
    box.name.setText("desk")
    box.url.setText("news.example")
    box.user.setText("ed")
    box.password.setText("pw-9f3k")
    box.add()
    assert box.message.text() == "url: 'news.example' is not the http(s) address of a site"
    box.url.setText("https://news.example/")
    box.user.setText("ed")
    box.password.setText("pw-9f3k")
    box.add()
    assert "no keyring" in box.message.text() and box.destinations() == []
    box.file_store.setChecked(True)
    box.add()
    assert box.destinations() == [{"name": "desk", "url": "https://news.example", "user": "ed"}]
    assert box.password.text() == ""
    settings_store.save(dialog.result_settings(), settings_path)
    assert "pw-9f3k" not in settings_path.read_text(encoding="utf-8")
    assert (
        get_password(CmsDestination("desk", "https://news.example", "ed"), settings_path)
        == "pw-9f3k"
    )
    box.sites.setCurrentRow(0)
    box.remove()
    assert "pw-9f3k" in credentials_path(settings_path).read_text(encoding="utf-8")
    dialog.accept()  # saved: only now is the password forgotten
    assert "pw-9f3k" not in credentials_path(settings_path).read_text(encoding="utf-8")


def test_a_site_added_again_under_another_user_forgets_the_first_password(
    qtbot: QtBot, settings_path: Path
) -> None:
    from transdesk import settings as settings_store
    from transdesk.gui.preferences import PreferencesDialog
    from transdesk.services.destinations import credentials_path

    add_destination("desk", "https://news.example", "ed", "pw-ed-1", file_store=True,
                    settings_file=settings_path)  # fmt: skip
    dialog = PreferencesDialog(settings_store.load(settings_path), None, settings_path)
    qtbot.addWidget(dialog)
    box = dialog.cms
    box.file_store.setChecked(True)
    for field, text in ((box.name, " desk "), (box.url, "https://news.example"),
                        (box.user, "chief"), (box.password, "pw-chief-2")):  # fmt: skip
        field.setText(text)
    box.add()
    assert box.destinations() == [{"name": "desk", "url": "https://news.example", "user": "chief"}]
    dialog.accept()
    kept = credentials_path(settings_path).read_text(encoding="utf-8")
    assert "pw-chief-2" in kept and "pw-ed-1" not in kept
