"""listing removal: when a revisit found the listing gone, and the capture that shows it

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("listing") as batch:
        batch.add_column(sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("removed_run_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("removed_capture_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_listing_removed_run", "patrol_run", ["removed_run_id"], ["id"])
        batch.create_foreign_key(
            "fk_listing_removed_capture", "capture", ["removed_capture_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("listing") as batch:
        batch.drop_constraint("fk_listing_removed_capture", type_="foreignkey")
        batch.drop_constraint("fk_listing_removed_run", type_="foreignkey")
        batch.drop_column("removed_capture_id")
        batch.drop_column("removed_run_id")
        batch.drop_column("removed_at")
