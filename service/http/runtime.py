"""What the views share: the loaded pack, the settings and the ledger, kept on the app."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from flask import Flask, current_app

from service.config import Settings
from service.packs import Edition, Pack
from service.platforms import Platforms

if TYPE_CHECKING:  # the store is imported only where a ledger is opened
    from service.ledger.store import Ledger


@dataclass(frozen=True)
class Runtime:
    platforms: Platforms
    settings: Settings
    # None: PRESEND_LEDGER=off, the service runs stateless.
    ledger: Ledger | None
    # By platform, the ledger guards whose rule rejects under its pack and the operator's
    # settings (service.http.checks.guards), worked out once at start-up rather than per check:
    # one for every platform, so a check never finds its platform missing.
    guards: Mapping[str, frozenset[str]]

    @property
    def pack(self) -> Pack:
        """The pack of the default platform: a request that names no platform gets it."""
        return self.platforms.default

    def edition_of(self, pack: Pack) -> Edition:
        """The edition applied when a request for this platform names none."""
        return self.platforms.edition_of(pack, self.settings.default_edition)

    def install(self, app: Flask) -> None:
        app.extensions["presend"] = self


_T = TypeVar("_T")


def unproxied(proxy: _T) -> _T:
    """The object behind one of Flask's context proxies (`request`, `app_ctx`, ...), or the
    object given: each attribute read through a proxy costs about 9k instructions, on the
    object itself about 1k."""
    current: Callable[[], _T] | None = getattr(proxy, "_get_current_object", None)
    return proxy if current is None else current()


def runtime(app: Flask | None = None) -> Runtime:
    """The runtime of this app, or of the app handling the current request."""
    found: Runtime = (current_app if app is None else app).extensions["presend"]
    return found


def ledger() -> Ledger:
    """The ledger, for the endpoints that read or write it; 404 when the service runs without
    one (nothing is stored, so there is nothing to find)."""
    found = runtime().ledger
    if found is None:
        from service.http.errors import Problem

        raise Problem(
            404,
            "Not Found",
            "The service runs without its send ledger (PRESEND_LEDGER=off): nothing is stored.",
            "ledger-off",
        )
    return found
