"""What the views share: the loaded pack and the settings, kept on the app."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, current_app

from service.config import Settings
from service.packs import Edition, Pack


@dataclass(frozen=True)
class Runtime:
    pack: Pack
    settings: Settings

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
