"""the learning cycle: agreed levels and learning actions, each with its history

Revision ID: 0004
Revises: 0003

Four tables: ``agreed_level`` and ``learning_action`` show the latest event of their
histories ``agreed_level_event`` and ``learning_action_event`` (append-only, one row per
change with its time and PC), so bundles from several PCs merge like ratings do.

On PostgreSQL they get 0003's owner, grants and row-level security (ENABLEd and FORCEd,
every policy WITH CHECK): everyone reads their own team's (the admin every team's); a team
lead writes their own team's, an action only for a learner in that team; the admin writes
everything. A facilitator only reads: the lead records the review the team talked through.
The histories are appended to, never rewritten (no UPDATE granted); their rows are deleted
only with their round (kmdesk.store.rounds), under the same write rule.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

OWNER, USERS = "kmdesk_owner", "kmdesk_user"
SHOWN = ("agreed_level", "learning_action")
HISTORY = ("agreed_level_event", "learning_action_event")
TEXTS = ("source", "what", "expected", "happened", "why", "next_time", "asset")


def _fk(table: str, column: str, target: str, key: str = "id") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.{key}"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def _agreed(table: str, event: bool) -> None:
    columns = [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("competency_code", sa.String(length=8), nullable=False),
        sa.Column("level", sa.SmallInteger(), nullable=event),
        sa.Column("reason", sa.Text(), nullable=False),
    ]
    if event:
        columns.append(sa.Column("deleted", sa.Boolean(), nullable=False))
    columns += [
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("pc", sa.String(length=36), nullable=False),
    ]
    level_rule = "level >= 1 AND level <= 5"
    constraints = [
        sa.CheckConstraint(
            f"level IS NULL OR ({level_rule})" if event else level_rule,
            name=op.f(f"ck_{table}_level_range"),
        ),
        _fk(table, "team_id", "team"),
        _fk(table, "round_id", "round"),
        _fk(table, "competency_code", "competency", "code"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]
    if event:
        constraints.append(
            sa.UniqueConstraint("uid", "changed_at", "pc", name=op.f(f"uq_{table}_uid"))
        )
    else:
        constraints += [
            sa.UniqueConstraint("uid", name=op.f(f"uq_{table}_uid")),
            sa.UniqueConstraint(
                "team_id", "round_id", "role", "competency_code", name=op.f(f"uq_{table}_team_id")
            ),
        ]
    op.create_table(table, *columns, *constraints)
    if event:
        op.create_index(op.f(f"ix_{table}_uid"), table, ["uid"], unique=False)


def _action(table: str, event: bool) -> None:
    columns = [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("competency_code", sa.String(length=8), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("supplier_id", sa.Integer(), nullable=True),
        *(sa.Column(name, sa.Text(), nullable=False) for name in TEXTS[:2]),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        *(sa.Column(name, sa.Text(), nullable=False) for name in TEXTS[2:]),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("pc", sa.String(length=36), nullable=False),
    ]
    constraints = [
        _fk(table, "team_id", "team"),
        _fk(table, "round_id", "round"),
        _fk(table, "competency_code", "competency", "code"),
        _fk(table, "learner_id", "facilitator"),
        _fk(table, "supplier_id", "facilitator"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]
    if event:
        constraints.append(
            sa.UniqueConstraint("uid", "changed_at", "pc", name=op.f(f"uq_{table}_uid"))
        )
    else:
        constraints += [
            sa.CheckConstraint(
                "status IN ('planned', 'done', 'dropped')", name=op.f(f"ck_{table}_status_code")
            ),
            sa.UniqueConstraint("uid", name=op.f(f"uq_{table}_uid")),
        ]
    op.create_table(table, *columns, *constraints)
    index = ("uid", False) if event else ("team_id", False)
    op.create_index(op.f(f"ix_{table}_{index[0]}"), table, [index[0]], unique=index[1])


def upgrade() -> None:
    _agreed("agreed_level", event=False)
    _agreed("agreed_level_event", event=True)
    _action("learning_action", event=False)
    _action("learning_action_event", event=True)
    if op.get_bind().dialect.name == "postgresql":
        _postgres_rights()


def _postgres_rights() -> None:
    schema = op.get_bind().execute(sa.text("SELECT current_schema()")).scalar()
    s = '"' + schema.replace('"', '""') + '"'
    for table in (*SHOWN, *HISTORY):
        op.execute(f"ALTER TABLE {table} OWNER TO {OWNER}")
    op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(SHOWN)} TO {USERS}")
    op.execute(f"GRANT SELECT, INSERT, DELETE ON {', '.join(HISTORY)} TO {USERS}")
    op.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {s} TO {USERS}")

    kind = "(SELECT kmdesk_my_kind())"
    team = "(SELECT kmdesk_my_team())"
    admin = f"{kind} = 'admin'"
    team_people = f"(SELECT f.id FROM facilitator f WHERE f.team_id = {team})"
    read = f"{admin} OR team_id = {team}"
    lead_writes = f"{admin} OR ({kind} = 'lead' AND team_id = {team})"
    # A lead's action is for a learner in their team, from a member of it or from outside.
    action_writes = (
        f"{admin} OR ({kind} = 'lead' AND team_id = {team} AND learner_id IN {team_people} "
        f"AND (supplier_id IS NULL OR supplier_id IN {team_people}))"
    )
    for table, write in (
        ("agreed_level", lead_writes),
        ("agreed_level_event", lead_writes),
        ("learning_action", action_writes),
        ("learning_action_event", action_writes),
    ):
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {table}_read ON {table} FOR SELECT TO {USERS} USING ({read})")
        op.execute(
            f"CREATE POLICY {table}_add ON {table} FOR INSERT TO {USERS} WITH CHECK ({write})"
        )
        if table in SHOWN:
            op.execute(
                f"CREATE POLICY {table}_change ON {table} FOR UPDATE TO {USERS} "
                f"USING ({read}) WITH CHECK ({write})"
            )
        op.execute(f"CREATE POLICY {table}_remove ON {table} FOR DELETE TO {USERS} USING ({write})")


def downgrade() -> None:
    for table in (*HISTORY, *SHOWN):
        op.drop_table(table)
