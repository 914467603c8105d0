"""Real gunicorn servers on one ledger, started as the Procfile starts them (tests/live.py),
for what only several processes can show."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from tests.live import Server, running


@contextmanager
def gunicorn(database_url: str, workers: int, **variables: str) -> Iterator[Server]:
    """One server with `workers` workers on the ledger at `database_url`."""
    with running(
        workers, PRESEND_DATABASE_URL=database_url, PRESEND_LOG_LEVEL="WARNING", **variables
    ) as started:
        yield started


@contextmanager
def servers(
    database_url: str, count: int, workers: int, **variables: str
) -> Iterator[list[Server]]:
    """`count` separate servers on the same ledger."""
    with ExitStack() as stack:
        yield [
            stack.enter_context(gunicorn(database_url, workers, **variables)) for _ in range(count)
        ]
