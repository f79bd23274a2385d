"""Storage: SQLAlchemy models, opening and migrating databases, repository functions."""
