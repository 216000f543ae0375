"""venue map and agenda prints

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 21:43:09

event.venue_map: a PNG or JPEG of the venue, printed on the last page of every agenda.
agenda_prints: the content fingerprint of each delegate's agenda when it was last printed,
for ``print agendas --changed-since-last-print``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agenda_prints',
    sa.Column('attendee_id', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['attendee_id'], ['attendees.id'], name=op.f('fk_agenda_prints_attendee_id_attendees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('attendee_id', name=op.f('pk_agenda_prints'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('venue_map', sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_column('venue_map')

    op.drop_table('agenda_prints')
