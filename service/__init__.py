"""presend: a pre-send check for messages from sellers to Amazon buyers."""

from __future__ import annotations

from flask import Flask

from service.config import ConfigError, Settings
from service.engine.rules import RULES
from service.packs import load_pack


def create_app(settings: Settings | None = None) -> Flask:
    """Build the app: settings from the environment, the pack validated, blueprints mounted."""
    from service import logs
    from service.http import catalogue, checks, errors, meta
    from service.http.runtime import Runtime

    settings = settings or Settings.from_env()
    pack = load_pack()
    if settings.default_edition and settings.default_edition not in pack.editions:
        raise ConfigError(
            f"PRESEND_DEFAULT_EDITION={settings.default_edition!r} is not one of "
            f"{', '.join(pack.editions)}"
        )
    unknown = set(settings.rules.overrides) - {rule.id for rule in RULES}
    if unknown:
        raise ConfigError(f"PRESEND_RULES names unknown rules: {', '.join(sorted(unknown))}")
    logs.configure(settings.log_level)

    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    Runtime(pack, settings).install(app)
    errors.register(app)
    for module in (checks, catalogue, meta):
        app.register_blueprint(module.blueprint)
    return app
