"""first schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-20 21:55:02.206200
"""

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('competency',
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('domain', sa.String(length=4), nullable=False),
    sa.Column('name_th', sa.Text(), nullable=False),
    sa.Column('name_en', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_competency'))
    )
    op.create_table('framework_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('meta', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_framework_version')),
    sa.UniqueConstraint('number', name=op.f('uq_framework_version_number'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('team',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team')),
    sa.UniqueConstraint('name', name=op.f('uq_team_name')),
    sa.UniqueConstraint('uid', name=op.f('uq_team_uid'))
    )
    op.create_table('facilitator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('agency', sa.String(length=120), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_facilitator_team_id_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facilitator')),
    sa.UniqueConstraint('team_id', 'name', name=op.f('uq_facilitator_team_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_facilitator_uid'))
    )
    with op.batch_alter_table('facilitator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_facilitator_team_id'), ['team_id'], unique=False)

    op.create_table('indicator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('competency_code', sa.String(length=8), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text_th', sa.Text(), nullable=False),
    sa.Column('text_en', sa.Text(), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['competency_code'], ['competency.code'], name=op.f('fk_indicator_competency_code_competency')),
    sa.ForeignKeyConstraint(['version_id'], ['framework_version.id'], name=op.f('fk_indicator_version_id_framework_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator')),
    sa.UniqueConstraint('version_id', 'code', name=op.f('uq_indicator_version_id'))
    )
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_version_id'), ['version_id'], unique=False)

    op.create_table('round',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('framework_version_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['framework_version_id'], ['framework_version.id'], name=op.f('fk_round_framework_version_id_framework_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round')),
    sa.UniqueConstraint('title', name=op.f('uq_round_title')),
    sa.UniqueConstraint('uid', name=op.f('uq_round_uid'))
    )
    op.create_table('target',
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('competency_code', sa.String(length=8), nullable=False),
    sa.Column('level', sa.SmallInteger(), nullable=False),
    sa.ForeignKeyConstraint(['competency_code'], ['competency.code'], name=op.f('fk_target_competency_code_competency')),
    sa.PrimaryKeyConstraint('role', 'competency_code', name=op.f('pk_target'))
    )
    op.create_table('level_descriptor',
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.SmallInteger(), nullable=False),
    sa.Column('text_th', sa.Text(), nullable=False),
    sa.Column('text_en', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_level_descriptor_indicator_id_indicator')),
    sa.PrimaryKeyConstraint('indicator_id', 'level', name=op.f('pk_level_descriptor'))
    )
    op.create_table('rating',
    sa.Column('facilitator_id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Uuid(), nullable=False),
    sa.Column('level', sa.SmallInteger(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('rated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("role IN ('coordinator', 'process_lead', 'recorder')", name=op.f('ck_rating_role_code')),
    sa.CheckConstraint('level IS NULL OR (level >= 1 AND level <= 5)', name=op.f('ck_rating_level_range')),
    sa.ForeignKeyConstraint(['facilitator_id'], ['facilitator.id'], name=op.f('fk_rating_facilitator_id_facilitator')),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_rating_indicator_id_indicator')),
    sa.ForeignKeyConstraint(['round_id'], ['round.id'], name=op.f('fk_rating_round_id_round')),
    sa.PrimaryKeyConstraint('facilitator_id', 'round_id', 'role', 'indicator_id', name=op.f('pk_rating')),
    sqlite_with_rowid=False
    )


def downgrade() -> None:
    op.drop_table('rating')
    op.drop_table('level_descriptor')
    op.drop_table('target')
    op.drop_table('round')
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_version_id'))

    op.drop_table('indicator')
    with op.batch_alter_table('facilitator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_facilitator_team_id'))

    op.drop_table('facilitator')
    op.drop_table('team')
    op.drop_table('setting')
    op.drop_table('framework_version')
    op.drop_table('competency')
