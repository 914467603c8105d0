"""Alembic's environment: migrate the connection the caller hands over, or the configured URL."""

from __future__ import annotations

from alembic import context

from service.ledger.tables import metadata


def run_migrations() -> None:
    """Run the migrations on the connection in config.attributes (see service.ledger.schema)."""
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite alters a table by copying it; batch mode does that for later migrations.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
