"""Schema migrations (Alembic), run by `python -m service.ledger migrate`: the Procfile's
release phase, `make run`, and the tests. Migrations are additive within a release, so the
previous release keeps working while the next one migrates, and a rollback needs no downgrade."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def migrate(engine: Engine) -> None:
    """Bring the database to the newest revision (a no-op when it is there already)."""
    with engine.connect() as connection:
        connection = connection.execution_options(presend_write=True)
        with connection.begin():
            command.upgrade(_config(connection), "head")


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for an empty database."""
    with engine.connect() as connection:
        revision: str | None = MigrationContext.configure(connection).get_current_revision()
        return revision


@cache
def head_revision() -> str | None:
    """The newest revision this release ships."""
    return ScriptDirectory.from_config(_config()).get_current_head()


def migrate_if_behind(engine: Engine) -> bool:
    """Migrate unless the database is at this release's revision already; whether it did."""
    if current_revision(engine) == head_revision():
        return False
    migrate(engine)
    return True
