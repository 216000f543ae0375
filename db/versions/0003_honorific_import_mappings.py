"""honorific on attendees, remembered import mappings

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 19:30:00

- ``attendees.honorific``: "Dr", "Prof." from a registration's "Title" column, apart from
  the job title (badges may print it).
- ``import_mappings``: the column and value mapping the organiser last used for a file
  with the same set of headings, per import kind.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attendees", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("honorific", sa.String(length=40), nullable=False, server_default="")
        )
    op.create_table(
        "import_mappings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("headings_key", sa.String(length=64), nullable=False),
        sa.Column("headings", sa.JSON(), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mappings")),
        sa.UniqueConstraint("kind", "headings_key", name="uq_import_mappings_kind_headings"),
    )


def downgrade() -> None:
    op.drop_table("import_mappings")
    with op.batch_alter_table("attendees", schema=None) as batch_op:
        batch_op.drop_column("honorific")
