"""The ledger down, unreachable or slow: checks answer 503 ledger-unavailable (or, with
PRESEND_LEDGER_FAILURE=open, a verdict without history that says so), never a 500; /readyz
follows the database and recovers without a restart."""

from __future__ import annotations

import secrets
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from sqlalchemy import make_url, select, text
from sqlalchemy.exc import DBAPIError

from service.config import Settings
from service.ledger import cursor
from service.ledger.schema import migrate
from service.ledger.store import open_engine
from service.ledger.tables import installation, metadata
from tests.conftest import create_database, drop_database
from tests.ledger.requests import check
from tests.live import free_port


def closed_port_url() -> str:
    return f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/nowhere"


def assert_ledger_unavailable(response) -> None:
    assert response.status_code == 503
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["type"] == "urn:presend:problem:ledger-unavailable"
    assert int(response.headers["Retry-After"]) > 0


def test_a_closed_port_answers_checks_503(make_app, presend_log):
    client = make_app(
        Settings(database_url=closed_port_url(), database_timeout_ms=500)
    ).test_client()
    assert_ledger_unavailable(client.post("/v1/checks", json=check()))
    assert_ledger_unavailable(client.get("/readyz"))
    assert client.get("/healthz").status_code == 200  # alive, only not ready
    logged = [r for r in presend_log if r.getMessage() == "ledger unavailable"]
    assert logged and all("postgres@" not in str(r.__dict__) for r in logged)


def test_open_failure_mode_checks_without_history_and_says_so(make_app):
    settings = Settings(
        database_url=closed_port_url(), database_timeout_ms=500, ledger_failure="open"
    )
    client = make_app(settings).test_client()
    response = client.post("/v1/checks", json=check())
    assert response.status_code == 200
    warnings = [
        f for f in response.get_json()["findings"] if f["rule"] == "amazon.ledger.unavailable"
    ]
    assert [w["severity"] for w in warnings] == ["warning"]
    assert response.get_json()["verdict"] != "reject"


def test_the_ledger_endpoints_answer_503_when_it_is_down(make_app):
    client = make_app(
        Settings(database_url=closed_port_url(), database_timeout_ms=500)
    ).test_client()
    assert_ledger_unavailable(client.get("/v1/orders/DE/302-1234567-1234567/messages"))


def test_readyz_follows_the_schema_until_it_is_migrated_again(make_app, sqlite_url):
    client = make_app(Settings(database_url=sqlite_url)).test_client()
    engine = open_engine(sqlite_url)
    try:
        with engine.begin() as connection:
            metadata.drop_all(connection)
            connection.execute(text("DROP TABLE alembic_version"))
        assert_ledger_unavailable(client.get("/readyz"))
        assert_ledger_unavailable(client.post("/v1/checks", json=check()))
        migrate(engine)
    finally:
        engine.dispose()
    assert client.get("/readyz").status_code == 200
    assert client.post("/v1/checks", json=check()).status_code == 200


@pytest.fixture
def own_postgresql(postgresql_server: str) -> Iterator[tuple[str, str]]:
    """A migrated database of its own (the test locks and closes it): (server, url)."""
    name = f"presend_failure_{secrets.token_hex(4)}"
    url = create_database(postgresql_server, name)
    engine = open_engine(url)
    migrate(engine)
    engine.dispose()
    try:
        yield postgresql_server, url
    finally:
        drop_database(postgresql_server, name)


def _admin(server: str, statement: str, *params: object) -> None:
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(statement, params)


def test_readyz_goes_503_while_postgresql_refuses_and_200_when_it_is_back(make_app, own_postgresql):
    server, url = own_postgresql
    name = make_url(url).database
    client = make_app(Settings(database_url=url, database_timeout_ms=500)).test_client()
    assert client.get("/readyz").status_code == 200
    _admin(server, f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
    _admin(
        server, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", name
    )
    try:
        assert_ledger_unavailable(client.get("/readyz"))
        assert_ledger_unavailable(client.post("/v1/checks", json=check()))
    finally:
        _admin(server, f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    assert client.get("/readyz").status_code == 200
    assert client.post("/v1/checks", json=check()).status_code == 200


def _terminate_presend(server: str, url: str) -> None:
    """What a failover does to the ledger's sessions: the server ends them all."""
    _admin(
        server,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE datname = %s AND application_name = 'presend'",
        make_url(url).database,
    )


@pytest.mark.parametrize("dry_run", [False, True], ids=["a check", "a dry run"])
def test_a_terminated_backend_is_replaced_without_an_error(make_app, own_postgresql, dry_run):
    server, url = own_postgresql
    client = make_app(Settings(database_url=url)).test_client()
    assert client.post("/v1/checks", json=check()).status_code == 200
    _terminate_presend(server, url)
    first = client.post("/v1/checks", json={**check(), "dry_run": dry_run})
    assert first.status_code == 200, first.get_json()
    for _ in range(3):
        response = client.post("/v1/checks", json=check())
        assert response.status_code == 200
        # Committed: the fresh pool's connections commit each statement too, as the old ones.
        decision_id = response.get_json()["decision_id"]
        assert client.get(f"/v1/decisions/{decision_id}").status_code == 200


def test_a_dropped_connection_on_the_drivers_cursor_renews_the_whole_pool(own_postgresql):
    """service.ledger.cursor invalidates a connection the server dropped, as SQLAlchemy's
    execute() would, and discards the pool's others: they were most likely dropped with it."""
    server, url = own_postgresql
    engine = open_engine(url)
    try:
        with engine.connect() as first, engine.connect() as second:
            for connection in (first, second):
                cursor.execute(connection, select(installation.c.id), {})
        assert engine.pool.checkedin() == 2
        with engine.connect() as connection:
            _terminate_presend(server, url)
            with pytest.raises(DBAPIError) as raised:
                cursor.execute(connection, select(installation.c.id), {})
            assert raised.value.connection_invalidated
            assert connection.invalidated
        assert engine.pool.checkedin() == 0  # the other one was discarded, not kept
        with engine.connect() as connection:
            assert cursor.execute(connection, select(installation.c.id), {}) == []
    finally:
        engine.dispose()


@contextmanager
def table_locked(url: str) -> Iterator[None]:
    """Another session holds the ledger's tables, so every write waits."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        connection = sqlite3.connect(parsed.database, isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            connection.execute("ROLLBACK")
            connection.close()
        return
    plain = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain) as connection:
        connection.execute("LOCK TABLE decisions IN ACCESS EXCLUSIVE MODE")
        yield
        connection.rollback()


def test_a_slow_database_hits_the_timeout_and_answers_503(make_app, ledger_url):
    client = make_app(Settings(database_url=ledger_url, database_timeout_ms=300)).test_client()
    with table_locked(ledger_url):
        started = time.monotonic()
        assert_ledger_unavailable(client.post("/v1/checks", json=check()))
        assert time.monotonic() - started < 3
    assert client.post("/v1/checks", json=check()).status_code == 200
