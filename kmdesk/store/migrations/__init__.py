"""Alembic migrations for the kmdesk schema, run by kmdesk.store.db when a database opens."""
