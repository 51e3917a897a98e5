"""capture: the browser's screenshot, PDF and rendered DOM, when a capture was rendered

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

COLUMNS = ("screenshot_sha256", "pdf_sha256", "rendered_sha256")


def upgrade() -> None:
    with op.batch_alter_table("capture") as batch:
        for name in COLUMNS:
            batch.add_column(sa.Column(name, sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("capture") as batch:
        for name in reversed(COLUMNS):
            batch.drop_column(name)
