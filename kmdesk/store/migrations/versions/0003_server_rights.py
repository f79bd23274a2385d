"""a shared server: a version on every rating, logins, and rights enforced by PostgreSQL

Revision ID: 0003
Revises: 0002

On both engines: ``rating.version`` (the database bumps it on every change of a rating, so
a save can say which value it was based on: no lost update) and ``server_login`` (which
PostgreSQL login is which person, in which team, as which kind).

On PostgreSQL only, the rights, enforced by the server itself (README, "A shared server"):

* every table is owned by ``kmdesk_owner``, a role nobody can log in as, and has row-level
  security ENABLEd and FORCEd (FORCE: even the owner obeys the policies);
* every login made by ``kmdesk db add-user`` is a member of ``kmdesk_user``, which holds the
  table privileges; the policies then decide row by row from ``server_login``;
* the helper functions name their schema and put ``pg_temp`` last, so a temporary table of
  the same name cannot stand in for ``server_login``; temporary tables are refused anyway.

The roles are cluster-wide, so two kmdesk databases on one server share them; each
database's own ``server_login`` decides what a login may do there. A superuser bypasses
every policy (PostgreSQL's rule): it is the setup account, never a facilitator's login.
This migration must therefore run as a superuser on PostgreSQL (``kmdesk db upgrade``).
A later migration that adds a table must give it the same owner, grants and policies.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

OWNER, USERS = "kmdesk_owner", "kmdesk_user"
# Microseconds since 1970 from SQLite's clock: a new value is later than any before it, so a
# rating deleted and made again never repeats a version a client may still hold.
SQLITE_CLOCK = "CAST((julianday('now') - 2440587.5) * 86400000000 AS INTEGER)"
KEY = ("facilitator_id", "round_id", "role", "indicator_id")
FRAMEWORK = ("framework_version", "competency", "indicator", "level_descriptor", "target", "setting")
ALL_TABLES = (
    *FRAMEWORK, "team", "facilitator", "round", "rating", "rating_event", "uid_alias", "server_login",
)


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "server_login",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("facilitator_id", sa.Integer(), nullable=True),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('facilitator', 'lead', 'admin')", name=op.f("ck_server_login_kind_code")
        ),
        sa.CheckConstraint(
            "kind <> 'facilitator' OR facilitator_id IS NOT NULL",
            name=op.f("ck_server_login_facilitator_is_a_person"),
        ),
        sa.CheckConstraint(
            "kind <> 'lead' OR team_id IS NOT NULL", name=op.f("ck_server_login_lead_has_a_team")
        ),
        sa.ForeignKeyConstraint(
            ["facilitator_id"], ["facilitator.id"],
            name=op.f("fk_server_login_facilitator_id_facilitator"),
        ),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], name=op.f("fk_server_login_team_id_team")),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_server_login")),
    )
    if postgres:
        op.execute("CREATE SEQUENCE rating_version_seq")
        default = sa.text("nextval('rating_version_seq')")
        # Every existing rating gets its own number from the sequence.
        op.add_column("rating", sa.Column("version", sa.BigInteger(), server_default=default, nullable=False))
        _postgres_version_trigger()
        _postgres_rights()
    else:
        with op.batch_alter_table("rating") as batch:
            batch.add_column(
                sa.Column("version", sa.BigInteger(), server_default="1", nullable=False)
            )
        _sqlite_version_triggers()


def _sqlite_version_triggers() -> None:
    where = " AND ".join(f"{c} = NEW.{c}" for c in KEY)
    op.execute(
        f"CREATE TRIGGER rating_version_new AFTER INSERT ON rating BEGIN "
        f"UPDATE rating SET version = {SQLITE_CLOCK} WHERE {where}; END"
    )
    op.execute(
        f"CREATE TRIGGER rating_version_changed AFTER UPDATE OF level, evidence, rated_at, pc "
        f"ON rating BEGIN UPDATE rating SET version = max(OLD.version + 1, {SQLITE_CLOCK}) "
        f"WHERE {where}; END"
    )


def _postgres_version_trigger() -> None:
    # The version is the server's: a client can neither set it nor move a rating to another
    # person (that would let a facilitator take a teammate's rating as their own).
    op.execute(
        """
        CREATE FUNCTION kmdesk_rating_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF (NEW.facilitator_id, NEW.round_id, NEW.role, NEW.indicator_id)
             IS DISTINCT FROM (OLD.facilitator_id, OLD.round_id, OLD.role, OLD.indicator_id) THEN
            RAISE EXCEPTION 'a rating''s person, round, role and indicator never change'
              USING ERRCODE = 'insufficient_privilege';
          END IF;
          IF (NEW.level, NEW.evidence, NEW.rated_at, NEW.pc)
             IS DISTINCT FROM (OLD.level, OLD.evidence, OLD.rated_at, OLD.pc) THEN
            NEW.version := nextval('rating_version_seq');
          ELSE
            NEW.version := OLD.version;
          END IF;
          RETURN NEW;
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER rating_changed BEFORE UPDATE ON rating "
        "FOR EACH ROW EXECUTE FUNCTION kmdesk_rating_changed()"
    )


def _postgres_rights() -> None:
    schema = op.get_bind().execute(sa.text("SELECT current_schema()")).scalar()
    s = '"' + schema.replace('"', '""') + '"'
    path = f"SET search_path = {s}, pg_temp"
    op.execute(
        f"""
        DO $$ BEGIN
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{OWNER}') THEN
            CREATE ROLE {OWNER} NOLOGIN;
          END IF;
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{USERS}') THEN
            CREATE ROLE {USERS} NOLOGIN;
          END IF;
        END $$
        """
    )
    # Whatever someone did to them before: neither role may log in or bypass the policies.
    for role in (OWNER, USERS):
        op.execute(f"ALTER ROLE {role} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB")
    # Who is asking: read from server_login as the login itself (its policy shows a login its
    # own row only). kmdesk_team_of runs as the owner, so the facilitator policy can use it
    # without reading facilitator through itself.
    op.execute(
        f"CREATE FUNCTION kmdesk_my_kind() RETURNS text LANGUAGE sql STABLE {path} AS "
        f"$$ SELECT kind FROM {s}.server_login WHERE login = current_user $$"
    )
    op.execute(
        f"CREATE FUNCTION kmdesk_my_person() RETURNS integer LANGUAGE sql STABLE {path} AS "
        f"$$ SELECT facilitator_id FROM {s}.server_login WHERE login = current_user $$"
    )
    op.execute(
        f"CREATE FUNCTION kmdesk_team_of(person integer) RETURNS integer LANGUAGE sql STABLE "
        f"SECURITY DEFINER {path} AS $$ SELECT team_id FROM {s}.facilitator WHERE id = person $$"
    )
    op.execute(
        f"CREATE FUNCTION kmdesk_my_team() RETURNS integer LANGUAGE sql STABLE {path} AS "
        f"$$ SELECT coalesce(l.team_id, {s}.kmdesk_team_of(l.facilitator_id)) "
        f"FROM {s}.server_login l WHERE l.login = current_user $$"
    )
    for function in ("kmdesk_my_kind()", "kmdesk_my_person()", "kmdesk_team_of(integer)",
                     "kmdesk_my_team()", "kmdesk_rating_changed()"):
        op.execute(f"ALTER FUNCTION {function} OWNER TO {OWNER}")

    for table in (*ALL_TABLES, "alembic_version"):
        op.execute(f"ALTER TABLE {table} OWNER TO {OWNER}")  # and the sequences of its ids
    op.execute(f"ALTER SEQUENCE rating_version_seq OWNER TO {OWNER}")

    database = op.get_bind().execute(sa.text("SELECT current_database()")).scalar()
    d = '"' + database.replace('"', '""') + '"'
    op.execute(f"REVOKE CONNECT, TEMPORARY ON DATABASE {d} FROM PUBLIC")
    op.execute(f"GRANT CONNECT ON DATABASE {d} TO {USERS}")
    op.execute(f"GRANT USAGE ON SCHEMA {s} TO {USERS}")
    writable = [t for t in ALL_TABLES if t not in ("rating_event", "server_login")]
    op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(writable)} TO {USERS}")
    # The history is appended to (and an undo takes its own step back); never rewritten.
    op.execute(f"GRANT SELECT, INSERT, DELETE ON rating_event TO {USERS}")
    op.execute(f"GRANT SELECT ON server_login, alembic_version TO {USERS}")
    op.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {s} TO {USERS}")

    for table in ALL_TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")

    kind = "(SELECT kmdesk_my_kind())"
    team = "(SELECT kmdesk_my_team())"
    person = "(SELECT kmdesk_my_person())"
    admin = f"{kind} = 'admin'"
    anyone = f"{kind} IS NOT NULL"
    lead_or_admin = f"{kind} IN ('lead', 'admin')"
    team_people = f"(SELECT f.id FROM facilitator f WHERE f.team_id = {team})"

    def policies(table, read, write, *, update=True):
        op.execute(f"CREATE POLICY {table}_read ON {table} FOR SELECT TO {USERS} USING ({read})")
        op.execute(
            f"CREATE POLICY {table}_add ON {table} FOR INSERT TO {USERS} WITH CHECK ({write})"
        )
        if update:
            # USING is what the login can see, so changing a row it may only read is an
            # error ("violates row-level security policy"), not a silent nothing.
            op.execute(
                f"CREATE POLICY {table}_change ON {table} FOR UPDATE TO {USERS} "
                f"USING ({read}) WITH CHECK ({write})"
            )
        op.execute(f"CREATE POLICY {table}_remove ON {table} FOR DELETE TO {USERS} USING ({write})")

    for table in FRAMEWORK:
        policies(table, anyone, admin)
    policies("round", anyone, lead_or_admin)
    policies("uid_alias", anyone, lead_or_admin)
    policies("team", f"{admin} OR id = {team}", admin)
    op.execute(
        f"CREATE POLICY team_lead_renames ON team FOR UPDATE TO {USERS} "
        f"USING ({kind} = 'lead' AND id = {team}) WITH CHECK ({kind} = 'lead' AND id = {team})"
    )
    policies(
        "facilitator",
        f"{admin} OR team_id = {team} OR id = {person}",
        f"{admin} OR ({kind} = 'lead' AND team_id = {team})",
    )
    # kmdesk_team_of reads facilitator as the owner, which FORCE puts under the policies too.
    op.execute(f"CREATE POLICY facilitator_owner_reads ON facilitator FOR SELECT TO {OWNER} USING (true)")
    read_ratings = f"{admin} OR facilitator_id = {person} OR facilitator_id IN {team_people}"
    write_ratings = (
        f"{admin} OR ({kind} = 'facilitator' AND facilitator_id = {person}) "
        f"OR ({kind} = 'lead' AND facilitator_id IN {team_people})"
    )
    policies("rating", read_ratings, write_ratings)
    policies("rating_event", read_ratings, write_ratings, update=False)
    op.execute(
        f"CREATE POLICY server_login_own ON server_login FOR SELECT TO {USERS} "
        "USING (login = current_user)"
    )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        for table in ALL_TABLES:
            op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
            for (name,) in op.get_bind().execute(
                sa.text("SELECT policyname FROM pg_policies WHERE tablename = :t"), {"t": table}
            ):
                op.execute(f'DROP POLICY "{name}" ON {table}')
            op.execute(f"ALTER TABLE {table} OWNER TO current_user")
        op.execute("ALTER TABLE alembic_version OWNER TO current_user")
        schema = op.get_bind().execute(sa.text("SELECT current_schema()")).scalar()
        op.execute(f'REVOKE ALL ON ALL TABLES IN SCHEMA "{schema}" FROM {USERS}')
        op.execute("DROP TRIGGER rating_changed ON rating")
        for function in ("kmdesk_my_team()", "kmdesk_team_of(integer)", "kmdesk_my_person()",
                         "kmdesk_my_kind()", "kmdesk_rating_changed()"):
            op.execute(f"DROP FUNCTION {function}")
        op.drop_column("rating", "version")
        op.execute("DROP SEQUENCE rating_version_seq")
    else:
        op.execute("DROP TRIGGER rating_version_new")
        op.execute("DROP TRIGGER rating_version_changed")
        with op.batch_alter_table("rating") as batch:
            batch.drop_column("version")
    op.drop_table("server_login")
