"""Authentication: Standard Webhooks signatures and API keys, checked before the body is parsed.

Standard Webhooks (https://www.standardwebhooks.com): the caller signs
`<webhook-id>.<webhook-timestamp>.<raw body>` with HMAC-SHA256 under a base64 `whsec_` secret
and sends `webhook-signature: v1,<base64>` (several, space-separated, during rotation). The
verification is ours, over the raw bytes; tests/http/test_auth.py proves it agrees with the
`standardwebhooks` reference package in both directions.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import heapq
import hmac
import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from flask import Flask, request
from werkzeug.datastructures import Headers

from service import metrics
from service.http import request_id
from service.http.body import raw_body
from service.http.errors import Problem
from service.http.runtime import unproxied
from service.ledger import LedgerUnavailable

log = logging.getLogger("presend")
# The methods of RFC 9110 and PATCH; any other is text the caller chose, not logged.
_METHODS = frozenset(
    ["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"]
)
TOLERANCE_SECONDS = 5 * 60
SECRET_PREFIX = "whsec_"  # noqa: S105 (the format's prefix, not a secret)


class SecretError(ValueError):
    """A configured secret is not usable; the message never contains the secret."""


def decode_secret(secret: str) -> bytes:
    """The key bytes of a `whsec_<base64>` secret (the prefix is optional)."""
    encoded = secret.removeprefix(SECRET_PREFIX)
    try:
        key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise SecretError("is not base64 after the whsec_ prefix") from None
    if len(key) < 16:
        raise SecretError("is shorter than 16 bytes (128 bits)")
    return key


def sign(key: bytes, webhook_id: str, timestamp: str, body: bytes) -> str:
    """The `v1,<base64>` signature of a message."""
    digest = hmac.new(key, f"{webhook_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


class SeenIds:
    """Webhook ids accepted within the tolerance window, per process (docs/authentication.md)."""

    def __init__(self) -> None:
        self._expiry: dict[str, float] = {}
        self._queue: list[tuple[float, str]] = []
        self._lock = threading.Lock()

    def first_use(self, webhook_id: str, until: float, now: float) -> bool:
        """Remember an id until `until`; False if it was already seen and has not expired."""
        with self._lock:
            while self._queue and self._queue[0][0] < now:
                _, expired = heapq.heappop(self._queue)
                if self._expiry.get(expired, now) < now:
                    del self._expiry[expired]
            if webhook_id in self._expiry:
                return False
            self._expiry[webhook_id] = until
            heapq.heappush(self._queue, (until, webhook_id))
            return True


class ReplayMemory(Protocol):
    """Where accepted webhook ids are remembered: this process, or the ledger (shared)."""

    def first_use(self, webhook_id: str, until: float, now: float) -> bool: ...


@dataclass
class SharedOrLocalIds:
    """The ledger's replay memory, shared by every worker and process; while the ledger does
    not answer, this process's own (PRESEND_LEDGER_FAILURE=open keeps the service answering)."""

    shared: ReplayMemory
    local: SeenIds = field(default_factory=SeenIds)

    def first_use(self, webhook_id: str, until: float, now: float) -> bool:
        try:
            return self.shared.first_use(webhook_id, until, now)
        except LedgerUnavailable as error:
            log.warning(
                "ledger unavailable: webhook ids kept in this process", extra={"error": str(error)}
            )
            return self.local.first_use(webhook_id, until, now)


class Unauthorized(Problem):
    """A refused authentication; `reason` is a short code for the log, never a secret."""

    def __init__(self, reason: str, detail: str, challenges: str):
        super().__init__(
            401, "Unauthorized", detail, "unauthorized", headers={"WWW-Authenticate": challenges}
        )
        self.reason = reason


@dataclass
class Authenticator:
    """Checks a request's credentials against the configured secrets and keys."""

    webhook_keys: tuple[bytes, ...] = ()
    api_keys: tuple[str, ...] = ()
    clock: Callable[[], float] = time.time
    seen: ReplayMemory = field(default_factory=SeenIds)

    def __post_init__(self) -> None:
        self._key_digests = tuple(hashlib.sha256(key.encode()).digest() for key in self.api_keys)

    @property
    def open(self) -> bool:
        """No secret and no key: every request is let through."""
        return not self.webhook_keys and not self.api_keys

    @property
    def challenges(self) -> str:
        schemes = []
        if self.api_keys:
            schemes.append('Bearer realm="presend"')
        if self.webhook_keys:
            schemes.append('StandardWebhooks realm="presend"')
        return ", ".join(schemes)

    def check(self, headers: Headers, body: Callable[[], bytes]) -> None:
        """Raise a 401 problem unless the request carries a valid signature or API key."""
        if self.open:
            return
        if self.webhook_keys and any(h in headers for h in ("webhook-id", "webhook-signature")):
            self._check_signature(headers, body())
        elif self.api_keys and "authorization" in headers:
            self._check_api_key(headers["authorization"])
        else:
            ways = [
                way
                for way, configured in (
                    ("'Authorization: Bearer <key>'", self.api_keys),
                    ("Standard Webhooks signature headers", self.webhook_keys),
                )
                if configured
            ]
            raise Unauthorized(
                "no-credentials", f"No credentials: send {' or '.join(ways)}.", self.challenges
            )

    def _check_api_key(self, authorization: str) -> None:
        scheme, _, given = authorization.partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            raise Unauthorized(
                "not-bearer", "The Authorization header is not 'Bearer <key>'.", self.challenges
            )
        # Compare digests, so neither the length nor the position of a key leaks; check every
        # key without stopping early.
        given_digest = hashlib.sha256(given.strip().encode()).digest()
        matched = False
        for digest in self._key_digests:
            matched |= hmac.compare_digest(given_digest, digest)
        if not matched:
            raise Unauthorized(
                "unknown-api-key", "The API key is not one of the configured keys.", self.challenges
            )

    def _check_signature(self, headers: Headers, body: bytes) -> None:
        webhook_id = headers.get("webhook-id", "")
        timestamp = headers.get("webhook-timestamp", "")
        signatures = headers.get("webhook-signature", "")
        missing = [
            name
            for name, value in (
                ("webhook-id", webhook_id),
                ("webhook-timestamp", timestamp),
                ("webhook-signature", signatures),
            )
            if not value
        ]
        if missing:
            raise Unauthorized(
                "missing-webhook-headers",
                f"Missing webhook header(s): {', '.join(missing)}.",
                self.challenges,
            )
        if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12):
            raise Unauthorized(
                "bad-timestamp", "webhook-timestamp is not Unix seconds.", self.challenges
            )
        now = self.clock()
        age = now - int(timestamp)
        if age > TOLERANCE_SECONDS:
            raise Unauthorized(
                "stale-timestamp", "webhook-timestamp is more than 5 minutes old.", self.challenges
            )
        if age < -TOLERANCE_SECONDS:
            raise Unauthorized(
                "future-timestamp",
                "webhook-timestamp is more than 5 minutes in the future.",
                self.challenges,
            )
        offered = {s.encode() for s in signatures.split() if s.startswith("v1,")}
        expected = [sign(key, webhook_id, timestamp, body).encode() for key in self.webhook_keys]
        matched = False
        for candidate in expected:
            for given in offered:
                matched |= hmac.compare_digest(candidate, given)
        if not matched:
            raise Unauthorized(
                "bad-signature",
                "webhook-signature does not match the body under any configured secret.",
                self.challenges,
            )
        # Only a verified id is remembered, so nobody can block an id they cannot sign.
        if not self.seen.first_use(webhook_id, until=int(timestamp) + TOLERANCE_SECONDS, now=now):
            raise Unauthorized(
                "replayed-webhook-id",
                "webhook-id was already used: each delivery needs a new id.",
                self.challenges,
            )


OPEN_BLUEPRINTS = frozenset({"meta", "pages"})


class Refusals:
    """Logs refused authentications: the reason, the request id and the endpoint; never the
    credentials, the address or the body.

    At most `per_minute` lines a minute per process, so a flood cannot fill the disk; the next
    line after a full minute says how many refusals went unlogged.
    """

    def __init__(self, per_minute: int = 60, clock: Callable[[], float] = time.monotonic):
        self.per_minute, self.clock = per_minute, clock
        self._window_start = -math.inf
        self._logged = self._unlogged = 0
        self._lock = threading.Lock()

    def record(self, reason: str) -> None:
        """Log one refusal of the current request, if this minute's lines are not used up."""
        with self._lock:
            now = self.clock()
            if now - self._window_start >= 60:
                self._window_start, self._logged = now, 0
            if self._logged >= self.per_minute:
                self._unlogged += 1
                return
            self._logged += 1
            unlogged, self._unlogged = self._unlogged, 0
        log.warning(
            "authentication refused",
            extra={
                "reason": reason,
                "request_id": request_id.current(),
                "method": request.method if request.method in _METHODS else "other",
                "endpoint": request.url_rule.rule if request.url_rule else None,
                "unlogged_before": unlogged,
            },
        )


def install(app: Flask, authenticator: Authenticator, refusals: Refusals | None = None) -> None:
    """Check every request's credentials, except the open endpoints' (/healthz, /openapi.yaml,
    and the static pages /playground and /docs with their files).

    Unknown paths need credentials too, so an anonymous caller learns nothing about routes.
    """
    refusals = refusals or Refusals()

    @app.before_request
    def authenticate() -> None:
        current = unproxied(request)
        if current.blueprint in OPEN_BLUEPRINTS:
            return
        try:
            authenticator.check(current.headers, lambda: raw_body(current))
        except Unauthorized as refusal:
            refusals.record(refusal.reason)
            metrics.record_refused_authentication()
            raise
