"""Settings from the environment: the only place the service reads configuration.

Every variable is listed in the README's configuration table; a bad value stops start-up with
a message naming the variable, never a silent default.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from service.engine import RulePolicy
from service.engine.model import Setting

_SETTINGS = [setting.value for setting in Setting]
# An API key is a bearer secret: 32 characters at least (`openssl rand -hex 32` gives 64).
MIN_API_KEY_LENGTH = 32
_DOMAIN = re.compile(r"(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}", re.I)


# The platform ends a process 30 s after SIGTERM; draining and then finishing the requests
# already taken must fit in that (gunicorn.conf.py's graceful_timeout is 25 s).
# The largest request body a worker will read: a batch of 50 checks with long HTML bodies fits
# in well under 16 MiB, and a typo such as a stray zero should not let one request take a
# worker's memory.
MAX_BODY_BYTES = 16 * 1024 * 1024
MAX_DRAIN_SECONDS = 15
MAX_WORKERS = 64


class ConfigError(Exception):
    """An environment variable has a value the service cannot run with."""


def _integer(
    environ: Mapping[str, str], name: str, default: int, minimum: int, maximum: int | None = None
) -> int:
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    if not (raw.isascii() and raw.isdigit()):
        raise ConfigError(f"{name}={raw!r} is not a whole number")
    value = int(raw)
    if value < minimum:
        raise ConfigError(f"{name}={raw!r} must be at least {minimum}")
    if maximum is not None and value > maximum:
        raise ConfigError(f"{name}={raw!r} must be at most {maximum}")
    return value


def _list(environ: Mapping[str, str], name: str) -> tuple[str, ...]:
    """A comma- or space-separated list (secrets and keys contain neither)."""
    return tuple(environ.get(name, "").replace(",", " ").split())


def _api_keys(environ: Mapping[str, str]) -> tuple[str, ...]:
    keys = _list(environ, "PRESEND_API_KEYS")
    for position, key in enumerate(keys, start=1):
        if len(key) < MIN_API_KEY_LENGTH:
            # Name the key by its place in the list, never by its value.
            raise ConfigError(
                f"PRESEND_API_KEYS: key #{position} is shorter than {MIN_API_KEY_LENGTH} "
                "characters; generate one with `openssl rand -hex 32`"
            )
    return keys


def _flag(environ: Mapping[str, str], name: str) -> bool:
    raw = environ.get(name, "").strip().lower()
    if raw in {"", "0", "false", "no"}:
        return False
    if raw in {"1", "true", "yes"}:
        return True
    raise ConfigError(f"{name}={raw!r} is not 1/0, true/false or yes/no")


def _rule_policy(raw: str, link_allowlist: tuple[str, ...]) -> RulePolicy:
    """The rule settings: PRESEND_RULES (comma-separated `rule.id=error|warning|info|off|fix`)
    and the extra link domains."""
    overrides: dict[str, Setting] = {}
    for item in filter(None, (part.strip() for part in raw.split(","))):
        rule_id, sep, value = (part.strip() for part in item.partition("="))
        if not sep or not rule_id or value not in _SETTINGS:
            raise ConfigError(f"PRESEND_RULES: '{item}' is not rule.id={'|'.join(_SETTINGS)}")
        overrides[rule_id] = Setting(value)
    return RulePolicy(overrides, frozenset(domain.lower() for domain in link_allowlist))


def _domains(environ: Mapping[str, str], name: str) -> tuple[str, ...]:
    domains = _list(environ, name)
    for domain in domains:
        if not _DOMAIN.fullmatch(domain):
            raise ConfigError(
                f"{name}: '{domain}' is not a domain name such as tracking.example.com"
            )
    return domains


DEFAULT_DATABASE_URL = "sqlite:///var/presend.sqlite3"
LEDGER_FAILURE_MODES = ("closed", "open")


def _database_url(environ: Mapping[str, str]) -> str | None:
    """The ledger's SQLAlchemy URL; None when PRESEND_LEDGER=off runs the service stateless.

    Heroku-style platforms set DATABASE_URL as `postgres://…`; SQLAlchemy needs a driver in the
    scheme, so both PostgreSQL schemes become `postgresql+psycopg://` (psycopg 3).
    """
    switch = environ.get("PRESEND_LEDGER", "").strip().lower()
    if switch not in {"", "on", "off"}:
        raise ConfigError(f"PRESEND_LEDGER={switch!r} is not on or off")
    if switch == "off":
        return None
    for name in ("PRESEND_DATABASE_URL", "DATABASE_URL"):
        raw = environ.get(name, "").strip()
        if not raw:
            continue
        scheme, sep, rest = raw.partition("://")
        if not sep:
            raise ConfigError(f"{name} is not a database URL such as postgresql://host/db")
        if scheme in {"postgres", "postgresql"}:
            return f"postgresql+psycopg://{rest}"
        if scheme in {"postgresql+psycopg", "sqlite"}:
            return raw
        # The URL may hold a password: name only its scheme.
        raise ConfigError(
            f"{name}: scheme {scheme!r} is not postgres://, postgresql:// or sqlite://"
        )
    return DEFAULT_DATABASE_URL


def _choice(environ: Mapping[str, str], name: str, choices: tuple[str, ...]) -> str:
    raw = environ.get(name, "").strip().lower() or choices[0]
    if raw not in choices:
        raise ConfigError(f"{name}={raw!r} is not one of {', '.join(choices)}")
    return raw


@dataclass(frozen=True)
class Settings:
    """What an operator can set; defaults are the documented ones."""

    default_edition: str | None = None
    max_body_bytes: int = 256 * 1024
    rules: RulePolicy = field(default_factory=RulePolicy)
    log_level: str = "INFO"
    webhook_secrets: tuple[str, ...] = ()
    api_keys: tuple[str, ...] = ()
    require_auth: bool = False
    # The ledger (docs/ledger.md). None: stateless, as PRESEND_LEDGER=off. The dataclass default
    # is stateless so that code building Settings() by hand opens no database; from_env's
    # default is the embedded SQLite file.
    database_url: str | None = None
    ledger_failure: str = "closed"
    retention_days: int = 400
    # Longest a database statement, lock wait or connection attempt may take.
    database_timeout_ms: int = 2000

    metrics: bool = False
    read_timeout_seconds: int = 10
    drain_seconds: int = 5

    @property
    def authenticated(self) -> bool:
        """Whether a caller needs a key or a signature (else the service runs open)."""
        return bool(self.webhook_secrets or self.api_keys)

    @property
    def database_timeout_s(self) -> float:
        return self.database_timeout_ms / 1000

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        """Read the settings from environment variables."""
        log_level = environ.get("PRESEND_LOG_LEVEL", "INFO").strip().upper() or "INFO"
        if log_level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ConfigError(
                f"PRESEND_LOG_LEVEL={log_level!r} is not DEBUG, INFO, WARNING or ERROR"
            )
        return cls(
            default_edition=environ.get("PRESEND_DEFAULT_EDITION", "").strip() or None,
            max_body_bytes=_integer(
                environ, "PRESEND_MAX_BODY_BYTES", cls.max_body_bytes, 1024, MAX_BODY_BYTES
            ),
            rules=_rule_policy(
                environ.get("PRESEND_RULES", ""), _domains(environ, "PRESEND_LINK_ALLOWLIST")
            ),
            log_level=log_level,
            webhook_secrets=_list(environ, "PRESEND_WEBHOOK_SECRETS"),
            api_keys=_api_keys(environ),
            require_auth=_flag(environ, "PRESEND_REQUIRE_AUTH"),
            database_url=_database_url(environ),
            ledger_failure=_choice(environ, "PRESEND_LEDGER_FAILURE", LEDGER_FAILURE_MODES),
            retention_days=_integer(environ, "PRESEND_RETENTION_DAYS", cls.retention_days, 1),
            database_timeout_ms=_integer(
                environ, "PRESEND_DATABASE_TIMEOUT_MS", cls.database_timeout_ms, 50
            ),
            metrics=_flag(environ, "PRESEND_METRICS"),
            read_timeout_seconds=_integer(
                environ, "PRESEND_READ_TIMEOUT_SECONDS", cls.read_timeout_seconds, 1, 60
            ),
            drain_seconds=_integer(
                environ, "PRESEND_DRAIN_SECONDS", cls.drain_seconds, 0, MAX_DRAIN_SECONDS
            ),
        )


@dataclass(frozen=True)
class ServerSettings:
    """What the platform sets for the web process: the port and the number of workers."""

    port: int = 8000
    workers: int = 2

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> ServerSettings:
        """Read PORT and WEB_CONCURRENCY, as a Heroku-style platform sets them."""
        return cls(
            port=_integer(environ, "PORT", cls.port, 1, 65535),
            workers=_integer(environ, "WEB_CONCURRENCY", cls.workers, 1, MAX_WORKERS),
        )
