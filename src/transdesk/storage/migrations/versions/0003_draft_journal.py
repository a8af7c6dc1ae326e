"""the working-draft journal: unsaved typing, kept apart from revisions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 12:35:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "draft_edit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("segment_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"],
            name=op.f("fk_draft_edit_article_id_article"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["segment_id"], ["segment.id"],
            name=op.f("fk_draft_edit_segment_id_segment"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_edit")),
        sa.UniqueConstraint("article_id", "segment_id", name=op.f("uq_draft_edit_article_id")),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_table("draft_edit")
