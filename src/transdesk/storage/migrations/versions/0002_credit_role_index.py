"""index source credits by report and role, for the library's outlet column and search

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 12:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_source_credit_report_role", "source_credit", ["report_id", "role"])
    op.create_index("ix_article_report_id", "article", ["report_id"])


def downgrade() -> None:
    op.drop_index("ix_article_report_id", table_name="article")
    op.drop_index("ix_source_credit_report_role", table_name="source_credit")
