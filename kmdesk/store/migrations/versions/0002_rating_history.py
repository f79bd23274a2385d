"""rating history: events, the PC of each change, and UUID aliases

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("rating") as batch:
        batch.add_column(sa.Column("pc", sa.String(length=36), server_default="", nullable=False))
    op.create_table(
        "rating_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("facilitator_id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.SmallInteger(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("rated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("pc", sa.String(length=36), nullable=False),
        sa.CheckConstraint(
            "level IS NULL OR (level >= 1 AND level <= 5)", name=op.f("ck_rating_event_level_range")
        ),
        sa.ForeignKeyConstraint(
            ["facilitator_id"], ["facilitator.id"], name=op.f("fk_rating_event_facilitator_id_facilitator")
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"], ["indicator.id"], name=op.f("fk_rating_event_indicator_id_indicator")
        ),
        sa.ForeignKeyConstraint(["round_id"], ["round.id"], name=op.f("fk_rating_event_round_id_round")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rating_event")),
        sa.UniqueConstraint(
            "facilitator_id", "round_id", "role", "indicator_id", "rated_at", "pc",
            name=op.f("uq_rating_event_facilitator_id"),
        ),
    )
    op.create_index(
        op.f("ix_rating_event_facilitator_id"), "rating_event", ["facilitator_id"], unique=False
    )
    op.create_table(
        "uid_alias",
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("target", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_uid_alias")),
    )
    # Every rating so far becomes the first event of its history ("" = before history).
    op.execute(
        "INSERT INTO rating_event (facilitator_id, round_id, role, indicator_id, level, "
        "evidence, deleted, rated_at, pc) SELECT facilitator_id, round_id, role, indicator_id, "
        "level, evidence, false, rated_at, '' FROM rating"
    )


def downgrade() -> None:
    op.drop_table("uid_alias")
    op.drop_index(op.f("ix_rating_event_facilitator_id"), table_name="rating_event")
    op.drop_table("rating_event")
    with op.batch_alter_table("rating") as batch:
        batch.drop_column("pc")
