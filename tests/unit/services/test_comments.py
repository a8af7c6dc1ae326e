"""Comments on segments: threads, replies, resolving."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.services.review_helpers import EDITOR, TRANSLATOR, add_staff, make_article
from transdesk.core.errors import InvalidValue, NotFound, UserError
from transdesk.services.comments import add_comment, list_comments, reply, resolve
from transdesk.storage.database import Database


@pytest.fixture
def article(db: Database, tmp_path: Path) -> int:
    add_staff(db)
    return make_article(db, tmp_path / "in")


def test_threads_replies_and_resolving(db: Database, article: int) -> None:
    late = add_comment(db, article, 3, "Check the quote", author=EDITOR)
    first = add_comment(db, article, 2, "fled or displaced?", author=EDITOR)
    answer = reply(db, first.id, "displaced", author=TRANSLATOR)
    reply(db, answer.id, "agreed", author=EDITOR)  # a reply to a reply joins the thread
    threads = list_comments(db, article)
    assert [(t.first.position, t.first.text) for t in threads] == [
        (1, "fled or displaced?"),
        (2, "Check the quote"),
    ]
    assert [(r.author, r.text) for r in threads[0].replies] == [
        (TRANSLATOR, "displaced"),
        (EDITOR, "agreed"),
    ]
    assert all(r.parent_id == first.id for r in threads[0].replies)

    resolved = resolve(db, answer.id, author=TRANSLATOR)  # resolving any comment: the thread
    assert resolved.id == first.id and resolved.resolved_by == TRANSLATOR
    assert [t.first.id for t in list_comments(db, article, unresolved_only=True)] == [late.id]
    data = list_comments(db, article)[0].to_json()
    assert data["resolved"] is True and data["resolved_by"] == TRANSLATOR
    assert [r["text"] for r in data["replies"]] == ["displaced", "agreed"]
    with pytest.raises(UserError, match="already resolved by Rana Haddad"):
        resolve(db, first.id, author=EDITOR)


def test_bad_comments_are_refused_and_nothing_is_stored(db: Database, article: int) -> None:
    with pytest.raises(InvalidValue, match="text: is empty"):
        add_comment(db, article, 1, "   ", author=EDITOR)
    with pytest.raises(InvalidValue, match="no segment 9"):
        add_comment(db, article, 9, "x", author=EDITOR)
    with pytest.raises(NotFound, match="no person named Nobody"):
        add_comment(db, article, 1, "x", author="Nobody")
    with pytest.raises(NotFound, match="no article with id 77"):
        add_comment(db, 77, 1, "x", author=EDITOR)
    with pytest.raises(NotFound, match="no comment with id 5"):
        reply(db, 5, "x", author=EDITOR)
    with pytest.raises(NotFound, match="no comment with id 5"):
        resolve(db, 5, author=EDITOR)
    assert list_comments(db, article) == []
