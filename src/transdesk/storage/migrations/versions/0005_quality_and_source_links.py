"""quality issues, segments linked to the previous source version, rejected changes,
a journal per desktop

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 15:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("segment") as batch_op:
        batch_op.add_column(sa.Column("previous_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            op.f("fk_segment_previous_id_segment"), "segment", ["previous_id"], ["id"],
            ondelete="SET NULL",
        )  # fmt: skip
    op.add_column("revision", sa.Column("rejects_revision", sa.Integer(), nullable=True))
    with op.batch_alter_table("draft_edit") as batch_op:
        batch_op.add_column(
            sa.Column("desk", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.drop_constraint(op.f("uq_draft_edit_article_id"), type_="unique")
        batch_op.create_unique_constraint(
            op.f("uq_draft_edit_article_id"), ["article_id", "segment_id", "desk"]
        )
    op.create_table(
        "quality_issue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("segment_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("severity", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("revision_number", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"],
            name=op.f("fk_quality_issue_article_id_article"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["segment_id"], ["segment.id"],
            name=op.f("fk_quality_issue_segment_id_segment"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_quality_issue_person_id_person"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_issue")),
    )  # fmt: skip
    op.create_index(
        "ix_quality_issue_article_segment", "quality_issue", ["article_id", "segment_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_quality_issue_article_segment", table_name="quality_issue")
    op.drop_table("quality_issue")
    with op.batch_alter_table("draft_edit") as batch_op:
        batch_op.drop_constraint(op.f("uq_draft_edit_article_id"), type_="unique")
        batch_op.create_unique_constraint(
            op.f("uq_draft_edit_article_id"), ["article_id", "segment_id"]
        )
        batch_op.drop_column("desk")
    op.drop_column("revision", "rejects_revision")
    with op.batch_alter_table("segment") as batch_op:
        batch_op.drop_constraint(op.f("fk_segment_previous_id_segment"), type_="foreignkey")
        batch_op.drop_column("previous_id")
