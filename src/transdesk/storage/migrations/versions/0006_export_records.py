"""export records: who exported which revision, in what format, where, with a SHA-256

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "export_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("revision_number", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("format", sa.String(length=20), nullable=False),
        sa.Column("destination", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("byte_count", sa.Integer(), nullable=True),
        sa.Column("forced_reason", sa.Text(), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"],
            name=op.f("fk_export_record_article_id_article"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_export_record_person_id_person"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_record")),
    )  # fmt: skip
    op.create_index(
        "ix_export_record_article_created", "export_record", ["article_id", "created_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_export_record_article_created", table_name="export_record")
    op.drop_table("export_record")
