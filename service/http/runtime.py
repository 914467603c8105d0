"""What the views share: the loaded pack, the settings and the ledger, kept on the app."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, current_app

from service.config import Settings
from service.ledger.store import Ledger
from service.packs import Edition, Pack
from service.platforms import Platforms


@dataclass(frozen=True)
class Runtime:
    platforms: Platforms
    settings: Settings
    # None: PRESEND_LEDGER=off, the service runs stateless.
    ledger: Ledger | None = None

    @property
    def pack(self) -> Pack:
        """The pack of the default platform, which every request uses until requests name
        their platform."""
        return self.platforms.default

    @property
    def default_edition(self) -> Edition:
        """The edition applied when a request names none."""
        return self.pack.editions[self.settings.default_edition or self.pack.default_edition]

    def install(self, app: Flask) -> None:
        app.extensions["presend"] = self


def runtime() -> Runtime:
    """The runtime of the app handling the current request."""
    found: Runtime = current_app.extensions["presend"]
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
