"""Storage: SQLAlchemy models, sessions and Alembic migrations (SQLite default, PostgreSQL)."""
