"""The app factory: settings, the packs, the ledger, auth and the blueprints, as one Flask app."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from collections.abc import Callable
from types import FunctionType
from typing import TYPE_CHECKING, Any

from flask import Flask

from service.config import ConfigError, Settings
from service.platforms import Platforms, check_rule_settings, load_platforms

if TYPE_CHECKING:
    from service.ledger.store import Ledger


def return_free_heap() -> bool:
    """Hand glibc's free heap back to the system, once the app is built (packs compiled, model
    read): compiling the lexicons' RE2 patterns leaves about 12 MB of scratch behind, which
    every gunicorn worker would inherit from the preloading master (bench/README.md, memory).
    Whether there was a glibc to ask."""
    path = ctypes.util.find_library("c")
    libc = ctypes.CDLL(path) if path else None
    if libc is None or not hasattr(libc, "malloc_trim"):
        return False
    libc.malloc_trim(0)
    return True


class App(Flask):
    """Flask, asking once per view or hook whether it is a coroutine function: Flask's
    `ensure_sync` asks `inspect.iscoroutinefunction` on every call, for the view and each
    hook of every request (four for a check, about 4.7k instructions each)."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._synced: dict[Callable[..., Any], Callable[..., Any]] = {}

    def ensure_sync(self, func: Callable[..., Any]) -> Callable[..., Any]:
        # Functions only: the views and hooks are registered once, so the memo stays as
        # small as the app; a bound method (a class-based view's) is made anew for each call.
        if type(func) is not FunctionType:
            return super().ensure_sync(func)
        synced = self._synced.get(func)
        if synced is None:
            synced = self._synced[func] = super().ensure_sync(func)
        return synced


def create_app(settings: Settings | None = None) -> Flask:
    """Build the app: settings from the environment, the pack validated, blueprints mounted."""
    from service import logs, metrics
    from service.engine import language, scan
    from service.http import (
        auth,
        bounces,
        catalogue,
        checks,
        decisions,
        errors,
        meta,
        orders,
        pages,
        request_id,
        sellers,
    )
    from service.http import metrics as metrics_endpoint
    from service.http.json_provider import OrjsonProvider
    from service.http.runtime import Runtime

    settings = settings or Settings.from_env()
    log = logs.configure(settings.log_level)
    platforms = load_platforms()
    pack = platforms.default
    language.warm_up()
    scan.SCREEN.warm_up()
    if settings.default_edition and settings.default_edition not in pack.editions:
        raise ConfigError(
            f"PRESEND_DEFAULT_EDITION={settings.default_edition!r} is not one of "
            f"{', '.join(pack.editions)}"
        )
    check_rule_settings(settings, platforms)
    ledger = _open_ledger(settings, log, platforms)
    authenticator = auth.Authenticator(
        webhook_keys=_webhook_keys(settings.webhook_secrets), api_keys=settings.api_keys
    )
    if ledger is not None:
        authenticator.seen = (
            auth.SharedOrLocalIds(ledger) if settings.ledger_failure == "open" else ledger
        )
    if authenticator.open:
        if settings.require_auth:
            raise ConfigError(
                "PRESEND_REQUIRE_AUTH is set but neither PRESEND_WEBHOOK_SECRETS nor "
                "PRESEND_API_KEYS is: the service would run open"
            )
        log.warning(
            "AUTHENTICATION IS OFF: no PRESEND_WEBHOOK_SECRETS or PRESEND_API_KEYS configured; "
            "anyone who can reach this service can use it"
        )

    app = App(__name__, static_folder=None)  # service/http/pages.py serves /static
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    # Flask answers OPTIONS itself with an empty text/html 200; presend serves no cross-origin
    # callers, so OPTIONS is a method like any other it does not offer: a 405 problem document.
    app.config["PROVIDE_AUTOMATIC_OPTIONS"] = False
    # werkzeug answers a path with doubled slashes (/v1//checks) with a 308 redirect to the
    # merged one, an HTML page that Flask hands back past every error handler: a client's
    # mistake like any unknown path, a 404 problem document. Set before the routes are added.
    app.url_map.merge_slashes = False
    app.json = OrjsonProvider(app)
    guards = {
        name: checks.guards(settings.rules, platform) for name, platform in platforms.packs.items()
    }
    Runtime(platforms, settings, ledger=ledger, guards=guards).install(app)
    errors.register(app)
    request_id.install(app)
    if settings.metrics:
        metrics.enable()
        metrics_endpoint.time_requests(app)
    auth.install(app, authenticator)
    errors.refuse_paths_not_in_utf8(app)
    for module in (
        checks,
        catalogue,
        meta,
        metrics_endpoint,
        pages,
        decisions,
        orders,
        sellers,
        bounces,
    ):
        app.register_blueprint(module.blueprint)
    return_free_heap()
    return app


def _open_ledger(settings: Settings, log: logging.Logger, platforms: Platforms) -> Ledger | None:
    """The ledger the settings name, or None to run stateless; says which at start-up. No
    connection is made here: a database that is down at start-up is one that /readyz waits
    for, not a reason to stay down."""
    if settings.database_url is None:
        log.info(
            "ledger off (PRESEND_LEDGER=off): no history rules, no audit records, webhook ids "
            "are remembered per process"
        )
        return None
    # Imported here: a stateless worker holds no SQLAlchemy or Alembic (24 MB of memory).
    from service.ledger.schema import migrate_if_behind
    from service.ledger.store import Ledger

    ledger = Ledger.open(settings.database_url, settings.database_timeout_s, platforms.ledger_rules)
    if ledger.backend == "sqlite":
        # The embedded file is this machine's own: create and migrate it on first start, so
        # gunicorn started by hand works as `make run` does. PostgreSQL is migrated by the
        # release phase, never by a web process.
        migrate_if_behind(ledger.engine)
    log.info(
        "ledger on",
        extra={
            "backend": ledger.backend,
            "database": ledger.engine.url.database,
            "failure_mode": settings.ledger_failure,
            "retention_days": settings.retention_days,
        },
    )
    return ledger


def _webhook_keys(secrets: tuple[str, ...]) -> tuple[bytes, ...]:
    from service.http.auth import SecretError, decode_secret

    keys = []
    for position, secret in enumerate(secrets, start=1):
        try:
            keys.append(decode_secret(secret))
        except SecretError as error:
            raise ConfigError(f"PRESEND_WEBHOOK_SECRETS: secret #{position} {error}") from None
    return tuple(keys)
