"""The app class: Flask's behaviour, with whether a view or hook is a coroutine function asked
once per function rather than on every request."""

from __future__ import annotations

from typing import Any

import pytest
import re2
from flask import Flask

from service.app import App, create_app
from service.config import Settings
from service.engine import scan
from service.engine.scan import OPTIONS, Screen


def sync_view() -> str:
    return "plain"


async def async_view() -> str:
    return "coroutine"


class ClassBasedView:
    def get(self) -> str:
        return "method"


CALLABLES = {
    "a function": sync_view,
    "a bound method": ClassBasedView().get,
    "a coroutine function": async_view,
}


def outcome(app: Flask, func: Any) -> tuple[str, Any]:
    try:
        return ("synced", app.ensure_sync(func))
    except RuntimeError as error:  # Flask's async support needs asgiref, which presend omits
        return ("refused", str(error))


@pytest.mark.parametrize("func", CALLABLES.values(), ids=CALLABLES.keys())
def test_ensure_sync_answers_as_flasks_own_on_every_call(func):
    app = App(__name__)
    flasks = outcome(Flask(__name__), func)
    assert [outcome(app, func) for _ in range(3)] == [flasks] * 3


def test_a_function_is_asked_about_once():
    app = App(__name__)
    app.ensure_sync(sync_view)
    app.ensure_sync(sync_view)
    app.ensure_sync(ClassBasedView().get)
    assert app._synced == {sync_view: sync_view}


def test_create_app_compiles_the_scanners_screen(monkeypatch):
    # At start-up, before gunicorn forks the workers, not in each worker's first request.
    screen = Screen()
    screen.add(re2.compile("a", OPTIONS))
    monkeypatch.setattr(scan, "SCREEN", screen)
    create_app(Settings())
    assert screen.ready
