"""The migrations: which revisions exist, which one a database is at, and running them.

Alembic loads ``env.py`` and the revisions from disk, and the head is read from the revision
files, so the migrations must be real files wherever kmdesk runs: the package folder in a
checkout or an installed kmdesk, and the same place inside a frozen bundle, where
``packaging/kmdesk.spec`` collects them as source files (not into PyInstaller's archive).
"""

from __future__ import annotations

import ast

from sqlalchemy import inspect, text

from kmdesk.paths import package_file

MIGRATIONS = package_file("store", "migrations")


def upgrade(connection) -> None:
    """Bring the schema to the head inside the caller's transaction."""
    # Alembic is imported only when a database needs migrating: it costs start-up time.
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, "head")


def known_revisions() -> tuple[set[str], str]:
    """Revision ids and the head, read from the migration files without importing Alembic."""
    links: dict[str, str | None] = {}
    for path in (MIGRATIONS / "versions").glob("*.py"):
        values = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target = node.targets[0] if isinstance(node, ast.Assign) else None
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                values[target.id] = ast.literal_eval(node.value)
        if "revision" in values:
            links[values["revision"]] = values.get("down_revision")
    heads = set(links) - set(links.values())
    if len(heads) != 1:
        raise RuntimeError(
            f"the migrations in {MIGRATIONS} must have exactly one head, not {sorted(heads)}"
        )
    return set(links), heads.pop()


def current_revision(connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
