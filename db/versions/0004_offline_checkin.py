"""offline check-in: desk notes, and scans synced from a station's journal

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 19:50:00

attendees.desk_note: shown with the verdict at the desk.
checkins.offline / synced_at / shown_result / duplicate_of: a scan verified by a station
without the server, when it reached the server, what the station showed when the server's
verdict differs ("already (found at sync)"), and the check-in such a duplicate refers to.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_RESULTS = ('checked_in', 'already_checked_in', 'invalid', 'revoked', 'wrong_event', 'unknown', 'undone')


def upgrade() -> None:
    with op.batch_alter_table('attendees', schema=None) as batch_op:
        batch_op.add_column(sa.Column('desk_note', sa.Text(), server_default='', nullable=False))

    with op.batch_alter_table('checkins', schema=None) as batch_op:
        batch_op.add_column(sa.Column('offline', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('synced_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('shown_result', sa.Enum(*_RESULTS, name='shown_checkinresult', native_enum=False, create_constraint=True, length=24), nullable=True))
        batch_op.add_column(sa.Column('duplicate_of', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_checkins_duplicate_of_checkins'), 'checkins', ['duplicate_of'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('checkins', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_checkins_duplicate_of_checkins'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('ck_checkins_shown_checkinresult'), type_='check')
        batch_op.drop_column('duplicate_of')
        batch_op.drop_column('shown_result')
        batch_op.drop_column('synced_at')
        batch_op.drop_column('offline')

    with op.batch_alter_table('attendees', schema=None) as batch_op:
        batch_op.drop_column('desk_note')
