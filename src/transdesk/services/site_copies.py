"""Is the site's copy still current? For each CMS destination an article was published to:
its post, the revision pushed, and what became of both since — a newer revision approved in
TransDesk, the post edited on the site, or the post gone (deleted or in the site's trash).

Each site is asked live (one GET per post, over one client per site); a site that cannot be
reached says so on its line and the others are still checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from transdesk.core.errors import UserError
from transdesk.services.articles import get_article
from transdesk.services.destinations import get_password, list_destinations
from transdesk.services.publishing import edited_on_site, fetch_post, pushed_posts
from transdesk.storage.database import Database
from transdesk.storage.models import Revision
from transdesk.wordpress.client import WordPressClient

# What a check can find, as ``SiteCopy.state``.
CURRENT = "current"  # the post is as we left it, at the newest revision
BEHIND = "behind"  # a newer revision exists in TransDesk: publish again
EDITED = "edited on the site"
GONE = "gone from the site"
UNKNOWN = "unknown"  # the site could not be asked; ``problem`` says why


@dataclass(frozen=True)
class SiteCopy:
    destination: str
    post_id: int
    link: str
    revision: int  # the revision pushed
    newest_revision: int  # the article's newest revision now
    state: str
    problem: str = ""

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()

    def line(self) -> str:
        """One line for a person: where, which post and revision, and what changed."""
        where = f"{self.destination}: post {self.post_id}, revision {self.revision}"
        if self.state == BEHIND:
            return f"{where}: behind (revision {self.newest_revision} is newer) {self.link}"
        if self.state == UNKNOWN:
            return f"{where}: could not be checked ({self.problem})"
        return f"{where}: {self.state} {self.link}"


def check_site_copies(
    db: Database,
    article_id: int,
    *,
    settings_file: Path | None = None,
    client_for: Any = WordPressClient,
) -> list[SiteCopy]:
    """The article's posts on every CMS destination it was published to."""
    destinations = list_destinations(settings_file)
    with db.reading() as session:
        get_article(session, article_id)
        newest = session.scalar(
            select(Revision.number)
            .where(Revision.article_id == article_id)
            .order_by(Revision.number.desc())
            .limit(1)
        )
        pushed = {d: pushed_posts(session, [article_id], d).get(article_id) for d in destinations}
    copies = []
    for destination, post in pushed.items():
        if post is None or post.post_id is None:  # never published, or no answer yet
            continue
        newest_revision = max(newest or 0, post.revision)
        try:
            password = get_password(destination, settings_file)
            with client_for(destination.url, destination.user, password, retries=1) as client:
                current = fetch_post(client, post.post_id)
        except UserError as error:
            unknown = SiteCopy(destination.name, post.post_id, post.link, post.revision,
                               newest_revision, UNKNOWN, str(error))  # fmt: skip
            copies.append(unknown)
            continue
        if current is None:
            state = GONE
        elif edited_on_site(current, post):
            state = EDITED
        elif newest_revision > post.revision:
            state = BEHIND
        else:
            state = CURRENT
        link = str(current.get("link") or post.link) if current else post.link
        copies.append(
            SiteCopy(destination.name, post.post_id, link, post.revision, newest_revision, state)
        )
    return copies
