"""Fixtures: the app built from a test configuration, and a contract-checking client."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator

import pytest
from hypothesis import settings as hypothesis_settings

from service import create_app
from service.config import Settings
from tests.contract import ContractClient

# CI (which sets CI=true) replays the same examples every run, so a red run is reproducible
# and a green one is not luck; locally every run explores new ones.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def app(settings: Settings):
    app = create_app(settings)
    app.config["TESTING"] = True
    app.test_client_class = ContractClient
    return app


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
