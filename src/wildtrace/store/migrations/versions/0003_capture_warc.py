"""capture: the IP address contacted and the WARC file of the exchange

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("capture") as batch:
        batch.add_column(sa.Column("peer", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("warc_sha256", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("capture") as batch:
        batch.drop_column("warc_sha256")
        batch.drop_column("peer")
