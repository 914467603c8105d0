"""Fixtures: the app built from a test configuration, and a contract-checking client."""

from __future__ import annotations

import pytest

from service import create_app
from service.config import Settings
from tests.contract import ContractClient


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def app(settings: Settings):
    app = create_app(settings)
    app.config["TESTING"] = True
    app.test_client_class = ContractClient
    return app
