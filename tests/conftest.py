"""Fixtures: the app built from a test configuration, and a contract-checking client.

Every app gets its own SQLite ledger, a copy of one migrated per run, so no test writes var/
in the checkout and no two tests see each other's history. Ledger tests also run on
PostgreSQL when PRESEND_TEST_DATABASE_URL names a server (CI sets it): each run creates its own
database there and drops it at the end.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from hypothesis import settings as hypothesis_settings
from sqlalchemy import text

from service import config
from service.app import create_app
from service.config import Settings, _database_url
from service.ledger.schema import migrate
from service.ledger.store import Ledger, open_engine
from service.ledger.tables import metadata
from tests.contract import ContractClient

# CI (which sets CI=true) replays the same examples every run, so a red run is reproducible
# and a green one is not luck; locally every run explores new ones.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

POSTGRESQL = "PRESEND_TEST_DATABASE_URL"
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite ledger migrated once per run; tests get copies."""
    path = tmp_path_factory.mktemp("ledger") / "template.sqlite3"
    engine = open_engine(f"sqlite:///{path}")
    migrate(engine)
    engine.dispose()  # the last connection's close checkpoints the WAL into the file
    return path


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "presend.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite:///{path}"


def create_database(server_url: str, name: str) -> str:
    """A new, empty database on the test server; its SQLAlchemy URL."""
    with psycopg.connect(server_url, autocommit=True, connect_timeout=5) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    url = _database_url({"PRESEND_DATABASE_URL": server_url})
    assert url is not None
    return url.rsplit("/", 1)[0] + f"/{name}"


def drop_database(server_url: str, name: str) -> None:
    with psycopg.connect(server_url, autocommit=True, connect_timeout=5) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def postgresql_server() -> str:
    """The PostgreSQL server the run may use: skipped without PRESEND_TEST_DATABASE_URL, and a
    failure (not a skip) when it is set but the server does not answer."""
    server = os.environ.get(POSTGRESQL, "").strip()
    if not server:
        pytest.skip(
            f"PostgreSQL ledger tests need {POSTGRESQL} "
            "(e.g. postgresql://postgres@127.0.0.1:5432/test)"
        )
    return answering(server)


def answering(server: str) -> str:
    """The server URL when PostgreSQL answers there; the test run fails (not skips) if not."""
    try:
        with psycopg.connect(server, connect_timeout=5) as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as error:
        pytest.fail(f"{POSTGRESQL} is set but PostgreSQL does not answer: {type(error).__name__}")
    return server


@pytest.fixture(scope="session")
def postgresql_database(postgresql_server: str) -> Iterator[str]:
    """This run's own migrated database, dropped at the end."""
    name = f"presend_test_{os.getpid()}_{secrets.token_hex(4)}"
    url = create_database(postgresql_server, name)
    engine = open_engine(url)
    try:
        migrate(engine)
        engine.dispose()
        yield url
    finally:
        engine.dispose()
        drop_database(postgresql_server, name)


@pytest.fixture
def postgresql_url(postgresql_database: str) -> str:
    """The run's database, emptied for this test."""
    engine = open_engine(postgresql_database)
    try:
        with engine.begin() as connection:
            names = ", ".join(table.name for table in metadata.sorted_tables)
            connection.execute(text(f"TRUNCATE {names}"))
    finally:
        engine.dispose()
    return postgresql_database


@pytest.fixture(params=BACKENDS)
def ledger_url(request: pytest.FixtureRequest) -> str:
    """A migrated, empty ledger on each backend."""
    url: str = request.getfixturevalue(f"{request.param}_url")
    return url


@pytest.fixture
def ledger(ledger_url: str) -> Iterator[Ledger]:
    opened = Ledger.open(ledger_url)
    yield opened
    opened.engine.dispose()


@pytest.fixture(autouse=True)
def _default_database_in_tmp(
    monkeypatch: pytest.MonkeyPatch, sqlite_template: Path, tmp_path: Path
) -> None:
    """Settings.from_env() without a database URL means var/presend.sqlite3 in the working
    directory; in a test it means a fresh copy in the test's own directory instead."""
    path = tmp_path / "default" / "presend.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(sqlite_template, path)
    monkeypatch.setattr(config, "DEFAULT_DATABASE_URL", f"sqlite:///{path}")


@pytest.fixture
def settings(sqlite_url: str) -> Settings:
    return Settings(database_url=sqlite_url)


@pytest.fixture
def app(settings: Settings):
    app = create_app(settings)
    app.config["TESTING"] = True
    app.test_client_class = ContractClient
    yield app
    ledger = app.extensions["presend"].ledger
    if ledger is not None:
        ledger.engine.dispose()


@pytest.fixture
def presend_log() -> Iterator[list[logging.LogRecord]]:
    """Every record the "presend" logger emits (it does not propagate to the root)."""
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger("presend")
    logger.addHandler(handler)
    try:
        yield records
    finally:
        logger.removeHandler(handler)
