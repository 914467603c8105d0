"""The migrations build the tables from an empty database on both backends, and the tables the
code uses (service/ledger/tables.py) are exactly what the migrations build."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from service.ledger.schema import current_revision, migrate
from service.ledger.store import open_engine
from service.ledger.tables import metadata
from tests.conftest import create_database, drop_database


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """A database with no tables at all."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'var' / 'empty.sqlite3'}"
        return
    server = request.getfixturevalue("postgresql_server")
    name = f"presend_empty_{secrets.token_hex(4)}"
    url = create_database(server, name)
    try:
        yield url
    finally:
        drop_database(server, name)


def test_migrations_build_every_table_from_empty(empty_url):
    engine = open_engine(empty_url)
    try:
        assert current_revision(engine) is None
        migrate(engine)
        assert current_revision(engine) == "0002"
        assert set(inspect(engine).get_table_names()) == {*metadata.tables, "alembic_version"}
        migrate(engine)  # the release phase runs on every deploy: a second run changes nothing
        assert current_revision(engine) == "0002"
    finally:
        engine.dispose()


def test_the_tables_match_the_migrations(empty_url):
    """What `alembic check` does: no difference between the models and the migrated schema."""
    engine = open_engine(empty_url)
    try:
        migrate(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, metadata) == []
    finally:
        engine.dispose()
