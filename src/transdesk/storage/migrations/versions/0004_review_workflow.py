"""review: workflow events, segment comments, words added/removed per revision

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Older revisions keep NULL counts; the history list counts those from their texts.
    op.add_column("revision", sa.Column("words_added", sa.Integer(), nullable=True))
    op.add_column("revision", sa.Column("words_removed", sa.Integer(), nullable=True))
    op.create_table(
        "workflow_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=30), nullable=False),
        sa.Column("to_status", sa.String(length=30), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("revision_number", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"],
            name=op.f("fk_workflow_event_article_id_article"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_workflow_event_person_id_person"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workflow_event")),
    )  # fmt: skip
    op.create_index(
        "ix_workflow_event_article_created", "workflow_event", ["article_id", "created_at"]
    )
    op.create_table(
        "comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("segment_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"],
            name=op.f("fk_comment_article_id_article"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["segment_id"], ["segment.id"],
            name=op.f("fk_comment_segment_id_segment"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["comment.id"],
            name=op.f("fk_comment_parent_id_comment"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_comment_person_id_person"),
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by"], ["person.id"], name=op.f("fk_comment_resolved_by_person"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comment")),
    )  # fmt: skip
    op.create_index("ix_comment_article_segment", "comment", ["article_id", "segment_id"])
    op.create_index(op.f("ix_comment_parent_id"), "comment", ["parent_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_comment_parent_id"), table_name="comment")
    op.drop_index("ix_comment_article_segment", table_name="comment")
    op.drop_table("comment")
    op.drop_index("ix_workflow_event_article_created", table_name="workflow_event")
    op.drop_table("workflow_event")
    with op.batch_alter_table("revision") as batch_op:
        batch_op.drop_column("words_removed")
        batch_op.drop_column("words_added")
