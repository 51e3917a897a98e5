"""capture: the TLS session (protocol, cipher, certificate chain summary and the chain's blob)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("capture") as batch:
        batch.add_column(sa.Column("tls", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("capture") as batch:
        batch.drop_column("tls")
