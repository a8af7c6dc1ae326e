"""translation memory units, glossary terms, pre-translated revisions, QA overrides

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 00:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("revision", sa.Column("origin", sa.String(length=20), nullable=True))
    op.add_column("workflow_event", sa.Column("qa_override", sa.Text(), nullable=True))
    op.add_column("export_record", sa.Column("qa_override", sa.Text(), nullable=True))
    op.create_table(
        "memory_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_language", sa.String(length=20), nullable=False),
        sa.Column("target_language", sa.String(length=20), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("source_hash", sa.String(length=40), nullable=False),
        sa.Column("target_hash", sa.String(length=40), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("origin_detail", sa.Text(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("revision_number", sa.Integer(), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"],
            name=op.f("fk_memory_unit_article_id_article"), ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memory_unit")),
        sa.UniqueConstraint(
            "source_language", "target_language", "source_hash", "target_hash",
            name=op.f("uq_memory_unit_source_language"),
        ),
    )  # fmt: skip
    op.create_index("ix_memory_unit_article_id", "memory_unit", ["article_id"])
    op.create_table(
        "glossary_term",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_language", sa.String(length=20), nullable=False),
        sa.Column("target_language", sa.String(length=20), nullable=False),
        sa.Column("source_term", sa.Text(), nullable=False),
        sa.Column("target_term", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("forbidden", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_glossary_term")),
        sa.UniqueConstraint(
            "source_language", "target_language", "source_term",
            name=op.f("uq_glossary_term_source_language"),
        ),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_table("glossary_term")
    op.drop_index("ix_memory_unit_article_id", table_name="memory_unit")
    op.drop_table("memory_unit")
    with op.batch_alter_table("export_record") as batch_op:
        batch_op.drop_column("qa_override")
    with op.batch_alter_table("workflow_event") as batch_op:
        batch_op.drop_column("qa_override")
    with op.batch_alter_table("revision") as batch_op:
        batch_op.drop_column("origin")
