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
_DOMAIN = re.compile(r"(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}", re.I)


class ConfigError(Exception):
    """An environment variable has a value the service cannot run with."""


def _integer(environ: Mapping[str, str], name: str, default: int, minimum: int) -> int:
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a whole number") from None
    if value < minimum:
        raise ConfigError(f"{name}={raw!r} must be at least {minimum}")
    return value


def _list(environ: Mapping[str, str], name: str) -> tuple[str, ...]:
    """A comma- or space-separated list (secrets and keys contain neither)."""
    return tuple(environ.get(name, "").replace(",", " ").split())


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
    metrics: bool = False

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
            max_body_bytes=_integer(environ, "PRESEND_MAX_BODY_BYTES", cls.max_body_bytes, 1024),
            rules=_rule_policy(
                environ.get("PRESEND_RULES", ""), _domains(environ, "PRESEND_LINK_ALLOWLIST")
            ),
            log_level=log_level,
            webhook_secrets=_list(environ, "PRESEND_WEBHOOK_SECRETS"),
            api_keys=_list(environ, "PRESEND_API_KEYS"),
            require_auth=_flag(environ, "PRESEND_REQUIRE_AUTH"),
            metrics=_flag(environ, "PRESEND_METRICS"),
        )
