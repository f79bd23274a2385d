"""deleted records: a deleted round (or person, team) stays deleted through older bundles

Revision ID: 0005
Revises: 0004

One table, ``deleted_record``: the UUID of each record deleted here or on another PC, its
kind, when and on which PC, as sync tools keep "tombstones". Bundles carry them, and a merge
never brings back a record of a UUID listed here. Rows are only ever added.

On PostgreSQL it gets 0003's owner, grants and row-level security (ENABLEd and FORCEd):
every login reads it and adds to it (any bundle carries its PC's list, and a facilitator
merging their own ratings takes it in; deleting the round itself stays the lead's or the
admin's, under round's own policy); nobody changes or removes a row.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

OWNER, USERS = "kmdesk_owner", "kmdesk_user"
TABLE = "deleted_record"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("pc", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("uid", name=op.f(f"pk_{TABLE}")),
    )
    if op.get_bind().dialect.name == "postgresql":
        _postgres_rights()


def _postgres_rights() -> None:
    kind = "(SELECT kmdesk_my_kind())"
    op.execute(f"ALTER TABLE {TABLE} OWNER TO {OWNER}")
    op.execute(f"GRANT SELECT, INSERT ON {TABLE} TO {USERS}")
    op.execute(f"ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY")
    op.execute(f"ALTER TABLE {TABLE} FORCE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY {TABLE}_read ON {TABLE} FOR SELECT TO {USERS} USING ({kind} IS NOT NULL)"
    )
    op.execute(
        f"CREATE POLICY {TABLE}_add ON {TABLE} FOR INSERT TO {USERS} "
        f"WITH CHECK ({kind} IS NOT NULL)"
    )


def downgrade() -> None:
    op.drop_table(TABLE)
