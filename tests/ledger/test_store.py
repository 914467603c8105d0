"""The ledger's store directly: replay memory, the buyer key, retention."""

from __future__ import annotations

import os
import runpy
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from service.config import Settings
from service.ledger.store import Ledger
from service.ledger.tables import decisions, installation, webhook_ids
from tests.ledger.requests import check

NOW = 1_800_000_000.0


def test_a_webhook_id_is_accepted_once_within_its_window(ledger):
    assert ledger.first_use("msg_1", until=NOW + 300, now=NOW) is True
    assert ledger.first_use("msg_1", until=NOW + 310, now=NOW + 10) is False
    assert ledger.first_use("msg_2", until=NOW + 300, now=NOW) is True


def test_an_expired_webhook_id_may_be_used_again(ledger):
    assert ledger.first_use("msg_1", until=NOW + 300, now=NOW) is True
    assert ledger.first_use("msg_1", until=NOW + 700, now=NOW + 400) is True
    assert ledger.first_use("msg_1", until=NOW + 710, now=NOW + 410) is False


def test_webhook_ids_are_stored_as_digests(ledger):
    ledger.first_use("msg_secret_looking_id", until=NOW + 300, now=NOW)
    with ledger.engine.connect() as connection:
        (stored,) = connection.execute(select(webhook_ids.c.id_hash)).scalars()
    assert "msg_" not in stored and len(stored) == 64


def test_two_processes_share_one_buyer_key(ledger_url):
    first, second = Ledger.open(ledger_url), Ledger.open(ledger_url)
    try:
        with first.engine.begin() as connection:
            one = first._buyer(connection, "buyer@marketplace.amazon.de")
        with second.engine.begin() as connection:
            other = second._buyer(connection, " BUYER@marketplace.amazon.de ")
        assert one == other is not None
        with first.engine.connect() as connection:
            assert connection.execute(select(func.count()).select_from(installation)).scalar() == 1
    finally:
        first.engine.dispose()
        second.engine.dispose()


def test_purge_deletes_what_is_past_retention(ledger_url, make_app):
    app = make_app(Settings(database_url=ledger_url))
    client = app.test_client()
    ledger = app.extensions["presend"].ledger
    ledger.clock = lambda: datetime.now(UTC) - timedelta(days=401)
    old = client.post("/v1/checks", json=check()).get_json()["decision_id"]
    ledger.clock = lambda: datetime.now(UTC)
    new = client.post("/v1/checks", json=check()).get_json()["decision_id"]
    ledger.first_use("expired", until=time.time() - 10, now=time.time() - 20)
    deleted = ledger.purge(400)
    assert deleted["decisions"] == 1
    assert deleted["webhook_ids"] == 1
    with ledger.engine.connect() as connection:
        left = connection.execute(select(decisions.c.decision_id)).scalars().all()
    assert left == [new] and old not in left


def test_gunicorns_post_fork_drops_the_pool_a_worker_inherited(ledger_url):
    """In a forked child, as gunicorn forks a worker: the hook leaves the parent's connection
    alone (not closed, not used) and the child's pool empty."""
    config = runpy.run_path(str(Path(__file__).resolve().parents[2] / "gunicorn.conf.py"))
    opened = Ledger.open(ledger_url)
    try:
        opened.ping()
        assert opened.engine.pool.checkedin() == 1
        child = os.fork()
        if child == 0:  # the worker: report through the exit status, skip all cleanup
            config["post_fork"](None, None)
            os._exit(0 if opened.engine.pool.checkedin() == 0 else 1)
        _, status = os.waitpid(child, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        assert opened.engine.pool.checkedin() == 1
        opened.ping()  # the parent's connection still works: the child did not close it
    finally:
        opened.engine.dispose()
