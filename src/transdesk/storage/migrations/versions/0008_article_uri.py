"""article.uri: an item URI unique across TransDesk databases (urn:uuid:…) for new
articles; articles already here keep urn:transdesk:article:ID, which their exports carry

No batch (table copy) on SQLite: recreating ``article`` would drop it, and with foreign keys
on, dropping a parent table deletes its children. SQLite adds a NOT NULL column only with a
default, so there the column keeps DEFAULT ''; the application always sets it, and the unique
index refuses a second empty one.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 08:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "article",
        sa.Column("uri", sa.String(length=100), nullable=False, server_default=""),
    )
    op.execute(
        sa.text("UPDATE article SET uri = 'urn:transdesk:article:' || CAST(id AS VARCHAR(20))")
    )
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column("article", "uri", server_default=None)
    op.create_index("ix_article_uri", "article", ["uri"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_article_uri", table_name="article")
    op.drop_column("article", "uri")
