"""The send ledger's cost: the check path with the ledger on PostgreSQL and on SQLite against
PRESEND_LEDGER=off, in one run; in-process (Flask test client, no network noise) and over HTTP
(gunicorn as the Procfile runs it, wrk).

PostgreSQL is the server in BENCH_DATABASE_URL (default: the local one the tests use); the
harness creates a database of its own there and drops it afterwards. Without a server, its
rows say so instead of a number.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import statistics
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Engine, event

from bench import http
from bench.engine import _cycling, silence
from bench.report import Part, Row, at_most
from bench.requests import API_KEY, MIXED, fresh
from bench.server import running
from bench.timing import measure
from service.app import create_app
from service.config import Settings, _database_url
from service.ledger import store
from service.ledger.schema import migrate
from service.ledger.store import open_engine

SECTION = "ledger"
SERVER = os.environ.get("BENCH_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
BACKENDS = ("off", "sqlite", "postgresql")
ROUNDS = 3  # the backends take turns, so a noisy moment does not fall on one of them only


@dataclass(frozen=True)
class Ledgers:
    """The database URL of each backend (None: off, or not available)."""

    urls: dict[str, str | None]
    missing: dict[str, str]


def _migrated(url: str) -> str:
    engine = open_engine(url)
    try:
        migrate(engine)
    finally:
        engine.dispose()
    return url


@contextlib.contextmanager
def ledgers() -> Iterator[Ledgers]:
    """A fresh SQLite file and a fresh PostgreSQL database, both migrated."""
    name = f"presend_bench_{os.getpid()}_{secrets.token_hex(3)}"
    with tempfile.TemporaryDirectory(prefix="bench-ledger-") as directory:
        urls: dict[str, str | None] = {
            "off": None,
            "sqlite": _migrated(f"sqlite:///{Path(directory) / 'presend.sqlite3'}"),
        }
        missing: dict[str, str] = {}
        created = False
        try:
            with psycopg.connect(SERVER, autocommit=True, connect_timeout=3) as connection:
                connection.execute(f'CREATE DATABASE "{name}"')
            created = True
            base = _database_url({"PRESEND_DATABASE_URL": SERVER}) or ""
            urls["postgresql"] = _migrated(base.rsplit("/", 1)[0] + f"/{name}")
        except psycopg.Error as error:
            missing["postgresql"] = f"no PostgreSQL at BENCH_DATABASE_URL ({type(error).__name__})"
        try:
            yield Ledgers(urls, missing)
        finally:
            if created:
                with psycopg.connect(SERVER, autocommit=True) as connection:
                    connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass(frozen=True)
class Posts:
    """POST /v1/checks of the mixed set in turn through the test client, how many statements
    the ledger sends per check, and how to close its connections."""

    call: Callable[[], object]
    statements: float | None
    close: Callable[[], None]


def _statements_per_check(engine: Engine, calls: list[Callable[[], object]]) -> float:
    """Statements sent per check of the mixed set (on PostgreSQL each is a round trip): a
    check's own, which run on the driver's cursor (service.ledger.cursor), and any other
    (SQLite's BEGIN) through SQLAlchemy."""
    sent = 0

    def count(*_args: object) -> None:
        nonlocal sent
        sent += 1

    def execute(*args: Any) -> list[Any]:
        count()
        return run(*args)

    run = store.execute
    store.execute = execute
    event.listen(engine, "before_cursor_execute", count)
    try:
        for call in calls:
            call()
    finally:
        event.remove(engine, "before_cursor_execute", count)
        store.execute = run
    return sent / len(calls)


def _posts(url: str | None) -> Posts:
    """The mixed set through the test client, on the ledger at `url` (None: off), each check a
    new message on a new order (bench.requests.fresh)."""
    app = create_app(Settings(database_url=url, api_keys=(API_KEY,)))
    silence(logging.getLogger("presend"))
    client = app.test_client()
    headers = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
    requests = [(sample, fresh(sample)) for sample in MIXED]
    for sample, request in requests:
        response = client.post("/v1/checks", data=request(), headers=headers)
        assert response.status_code == 200, f"{url}: {response.status_code} to {sample.name}"
        verdict = response.get_json()["verdict"]
        assert verdict == sample.verdict, f"{url}: {sample.name} was {verdict}"
    calls = [
        lambda request=request: client.post("/v1/checks", data=request(), headers=headers)
        for _, request in requests
    ]
    ledger = app.extensions["presend"].ledger
    if ledger is None:
        return Posts(_cycling(calls), None, lambda: None)
    return Posts(
        _cycling(calls), _statements_per_check(ledger.engine, calls), ledger.engine.dispose
    )


def in_process(found: Ledgers, seconds: float) -> tuple[dict[str, float], dict[str, float]]:
    """Median over the rounds of each backend's p50, in µs; and its statements per check."""
    posts = {name: _posts(url) for name, url in found.urls.items()}
    p50s: dict[str, list[float]] = {name: [] for name in posts}
    try:
        for _ in range(ROUNDS):
            for name, post in posts.items():
                p50s[name].append(measure(post.call, seconds).p50_us)
    finally:
        for post in posts.values():
            post.close()
    statements = {
        name: post.statements for name, post in posts.items() if post.statements is not None
    }
    return {name: statistics.median(values) for name, values in p50s.items()}, statements


def over_http(found: Ledgers, load: http.Load) -> dict[str, http.WrkResult]:
    """wrk with the mixed set against a server per backend."""
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-ledger-wrk-") as directory:
        bodies = http.write_bodies(Path(directory))
        for name, url in found.urls.items():
            with running(database_url=url) as server:
                http.verify(server)
                if load.warmup_seconds > 0:
                    http.wrk(server.url("/v1/checks"), load, load.warmup_seconds, bodies)
                results[name] = http.wrk(server.url("/v1/checks"), load, load.seconds, bodies)
    return results


def _rows(
    found: Ledgers,
    local: dict[str, float],
    statements: dict[str, float],
    remote: dict[str, http.WrkResult],
) -> list[Row]:
    rows = []
    for name in BACKENDS:
        note = found.missing.get(name, "")
        rows.append(
            Row(SECTION, f"check in-process, ledger {name}, p50", local.get(name), "µs", note=note)
        )
    for name in ("postgresql", "sqlite"):
        cost = local[name] - local["off"] if name in local else None
        target = at_most(1000) if name == "postgresql" else None
        rows.append(
            Row(SECTION, f"ledger cost per check, {name} (p50 - off p50)", cost, "µs", target)
        )
        rows.append(
            Row(
                SECTION,
                f"ledger statements per check, {name}"
                + (" (each a round trip)" if name == "postgresql" else ""),
                statements.get(name),
                "",
            )
        )
    at = f"{http.CONNECTIONS} connections"
    for name in BACKENDS:
        result = remote.get(name)
        rows += [
            Row(
                SECTION,
                f"POST /v1/checks, ledger {name}, requests/s ({at})",
                result.per_second if result else None,
                "/s",
            ),
            Row(
                SECTION,
                f"POST /v1/checks, ledger {name}, p50",
                result.latency_ms("p50_us") if result else None,
                "ms",
            ),
            Row(
                SECTION,
                f"POST /v1/checks, ledger {name}, p99",
                result.latency_ms("p99_us") if result else None,
                "ms",
            ),
        ]
    errors = sum(result.errors for result in remote.values())
    rows.append(Row(SECTION, "errors over HTTP (socket, timeout, non-2xx)", errors, "", at_most(0)))
    return rows


def measure_ledger(seconds: float, load: http.Load) -> Part:
    """The ledger part of the table."""
    with ledgers() as found:
        local, statements = in_process(found, seconds)
        remote = over_http(found, load)
    details = {
        "in_process_p50_us": local,
        "statements_per_check": statements,
        "http": {name: result.raw for name, result in remote.items()},
        "missing": found.missing,
    }
    return Part(_rows(found, local, statements, remote), details)
