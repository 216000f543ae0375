"""no-show cells free, removed slots and tables kept for their meetings

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 19:10:00

- The (slot, table) uniqueness leaves out no-show meetings as well as cancelled ones: a
  walk-in booked into a no-show's cell keeps both rows.
- ``slots.session_id`` may be empty: a slot removed from the timetable while meetings are
  placed in it stays for them.
- ``tables.removed``: the same for a table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

OLD_WHERE = "status <> 'cancelled'"
NEW_WHERE = "status NOT IN ('cancelled', 'no_show')"


def _replace_cell_index(where: str, previous: str) -> None:
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_meetings_slot_table_live",
            sqlite_where=sa.text(previous),
            postgresql_where=sa.text(previous),
        )
        batch_op.create_index(
            "uq_meetings_slot_table_live",
            ["slot_id", "table_id"],
            unique=True,
            sqlite_where=sa.text(where),
            postgresql_where=sa.text(where),
        )


def upgrade() -> None:
    _replace_cell_index(NEW_WHERE, OLD_WHERE)
    with op.batch_alter_table("slots", schema=None) as batch_op:
        batch_op.alter_column("session_id", existing_type=sa.Integer(), nullable=True)
    with op.batch_alter_table("tables", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("removed", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    # Fails while a walk-in shares a no-show's cell or a removed slot still exists.
    with op.batch_alter_table("tables", schema=None) as batch_op:
        batch_op.drop_column("removed")
    with op.batch_alter_table("slots", schema=None) as batch_op:
        batch_op.alter_column("session_id", existing_type=sa.Integer(), nullable=False)
    _replace_cell_index(OLD_WHERE, NEW_WHERE)
