"""The app on a ledger of each backend, and check requests to send it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask

from service.app import create_app
from service.config import Settings
from tests.contract import ContractClient


def build_app(settings: Settings) -> Flask:
    app = create_app(settings)
    app.config["TESTING"] = True
    app.test_client_class = ContractClient
    return app


@pytest.fixture
def make_app() -> Iterator[Callable[[Settings], Flask]]:
    """Build apps from settings; their ledgers' connections are closed after the test."""
    built: list[Flask] = []

    def make(settings: Settings) -> Flask:
        built.append(build_app(settings))
        return built[-1]

    yield make
    for app in built:
        ledger = app.extensions["presend"].ledger
        if ledger is not None:
            ledger.engine.dispose()


@pytest.fixture
def ledger_settings(ledger_url: str) -> Settings:
    return Settings(database_url=ledger_url)


@pytest.fixture
def ledger_app(ledger_settings: Settings) -> Iterator[Flask]:
    app = build_app(ledger_settings)
    yield app
    app.extensions["presend"].ledger.engine.dispose()


@pytest.fixture
def ledger_client(ledger_app: Flask) -> Any:
    return ledger_app.test_client()
