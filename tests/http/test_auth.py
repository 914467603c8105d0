"""Authentication: Standard Webhooks signatures and API keys.

The `standardwebhooks` package is the reference implementation: a request it signs must pass,
and a signature made by `service.http.auth.sign` must verify with it.
"""

from __future__ import annotations

import base64
import functools
import json
import logging
import time
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from flask import Flask, g
from hypothesis import given
from hypothesis import strategies as st
from standardwebhooks import Webhook, WebhookVerificationError
from werkzeug.datastructures import Headers

from service.app import create_app
from service.config import ConfigError, Settings
from service.http.auth import (
    TOLERANCE_SECONDS,
    Authenticator,
    Refusals,
    SeenIds,
    decode_secret,
    sign,
)
from service.http.errors import Problem
from service.logs import json_formatter
from tests.contract import ContractClient

KEY = bytes(range(32))
OTHER_KEY = bytes(range(100, 132))
SECRET = "whsec_" + base64.b64encode(KEY).decode()
OTHER_SECRET = "whsec_" + base64.b64encode(OTHER_KEY).decode()
API_KEY = "erp-key-6f1d0c8e2b7a4f59a3c1d2e3f4a5b6c7"
OTHER_API_KEY = "erp-key-second-0b9e7d5c3a1f2e4d6c8b0a9f"
# Nothing configured may appear in an answer, in any spelling.
CONFIGURED = (
    SECRET,
    OTHER_SECRET,
    SECRET.removeprefix("whsec_"),
    OTHER_SECRET.removeprefix("whsec_"),
    API_KEY,
    OTHER_API_KEY,
)

BODY = json.dumps(
    {
        "message_id": "erp-4711",
        "marketplace": "DE",
        "order": {"id": "302-1234567-1234567", "status": "unshipped"},
        "buyer": {"opted_out": False},
        "message": {
            "contact_reason": "shipping_address",
            "subject": "Rückfrage zu Ihrer Bestellung 302-1234567-1234567",
            "body": "Guten Tag, zu Ihrer Bestellung fehlt die Hausnummer.",
        },
    },
    ensure_ascii=False,
).encode()


@pytest.fixture(scope="module")
def app():
    """Both kinds of credentials configured, two of each (rotation), built once per module.
    Tests share its replay memory, so each signs with a new webhook-id."""
    return build_app(webhook_secrets=(SECRET, OTHER_SECRET), api_keys=(API_KEY, OTHER_API_KEY))


def build_app(**settings: Any) -> Flask:
    app = create_app(Settings(**settings))
    app.config["TESTING"] = True
    app.test_client_class = ContractClient
    return app


def make_client(**settings: Any) -> ContractClient:
    """A client of a newly built app (its start-up is under test, or its replay memory)."""
    return build_app(**settings).test_client()  # type: ignore[return-value]


@functools.cache
def _shared_app(settings: tuple[tuple[str, Any], ...]) -> Flask:
    return build_app(**dict(settings))


def shared_client(**settings: Any) -> ContractClient:
    """A client of an app built once per configuration."""
    return _shared_app(tuple(sorted(settings.items()))).test_client()  # type: ignore[return-value]


def reference_headers(
    body: bytes = BODY,
    *,
    secret: str = SECRET,
    webhook_id: str | None = None,
    timestamp: int | None = None,
) -> dict[str, str]:
    """Standard Webhooks headers made by the reference package."""
    webhook_id = webhook_id or f"msg_{uuid.uuid4().hex}"
    timestamp = int(time.time()) if timestamp is None else timestamp
    signature = Webhook(secret).sign(
        webhook_id, datetime.fromtimestamp(timestamp, tz=UTC), body.decode()
    )
    return {
        "webhook-id": webhook_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature,
    }


def post(client: ContractClient, headers: dict[str, str], body: bytes = BODY):
    return client.post("/v1/checks", data=body, headers=headers, content_type="application/json")


def assert_unauthorized(response, detail_part: str) -> None:
    """A 401 problem with a challenge, naming the failed check and leaking nothing."""
    assert response.status_code == 401, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    assert response.headers.get("WWW-Authenticate")
    document = response.get_json()
    assert document["status"] == 401
    assert document["type"] == "urn:presend:problem:unauthorized"
    assert detail_part in document["detail"]
    text = response.get_data(as_text=True) + str(response.headers)
    for configured in CONFIGURED:
        assert configured not in text


# Compatibility with the reference implementation, both ways ----------------------------------


def test_request_signed_with_the_reference_package_passes(client):
    response = post(client, reference_headers())
    assert response.status_code == 200
    assert response.get_json()["verdict"] in {"allow", "modify", "reject"}


def test_our_signature_verifies_with_the_reference_package():
    timestamp = str(int(time.time()))
    headers = {
        "webhook-id": "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W",
        "webhook-timestamp": timestamp,
        "webhook-signature": sign(KEY, "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", timestamp, BODY),
    }
    assert Webhook(SECRET).verify(BODY, headers)["message_id"] == "erp-4711"


def test_a_wrong_key_does_not_verify_with_the_reference_package():
    timestamp = str(int(time.time()))
    headers = {
        "webhook-id": "msg_1",
        "webhook-timestamp": timestamp,
        "webhook-signature": sign(OTHER_KEY, "msg_1", timestamp, BODY),
    }
    with pytest.raises(WebhookVerificationError):
        Webhook(SECRET).verify(BODY, headers)


@given(
    webhook_id=st.text(st.characters(codec="utf-8"), min_size=1, max_size=40),
    timestamp=st.integers(min_value=0, max_value=10**11),
    body=st.text(st.characters(codec="utf-8"), max_size=200),
)
def test_signatures_are_the_same_as_the_reference_packages(webhook_id, timestamp, body):
    theirs = Webhook(SECRET).sign(webhook_id, datetime.fromtimestamp(timestamp, tz=UTC), body)
    assert sign(KEY, webhook_id, str(timestamp), body.encode()) == theirs


def test_secrets_decode_as_the_reference_package_decodes_them():
    unpadded = "whsec_" + base64.b64encode(bytes(range(17))).decode().rstrip("=")
    for secret in (SECRET, OTHER_SECRET, unpadded, SECRET.removeprefix("whsec_")):
        assert decode_secret(secret) == Webhook(secret)._whsecret


# Signature failures -------------------------------------------------------------------------


def _tampered() -> tuple[dict[str, str], bytes]:
    return reference_headers(), BODY.replace(b"unshipped", b"shipped  ")


def _without(name: str) -> tuple[dict[str, str], bytes]:
    headers = reference_headers()
    del headers[name]
    return headers, BODY


def _with(**changes: str) -> tuple[dict[str, str], bytes]:
    headers = reference_headers()
    headers.update({name.replace("_", "-"): value for name, value in changes.items()})
    return headers, BODY


NOW = int(time.time())
SIGNATURE_FAILURES = {
    "unsigned": (lambda: ({}, BODY), "No credentials"),
    "wrong secret": (
        lambda: (reference_headers(secret="whsec_" + base64.b64encode(b"x" * 32).decode()), BODY),
        "does not match",
    ),
    "tampered body": (_tampered, "does not match"),
    "timestamp 6 minutes old": (
        lambda: (reference_headers(timestamp=int(time.time()) - 6 * 60), BODY),
        "more than 5 minutes old",
    ),
    "timestamp 6 minutes ahead": (
        lambda: (reference_headers(timestamp=int(time.time()) + 6 * 60), BODY),
        "more than 5 minutes in the future",
    ),
    "timestamp an hour old": (
        lambda: (reference_headers(timestamp=int(time.time()) - 3600), BODY),
        "more than 5 minutes old",
    ),
    "webhook-id missing": (lambda: _without("webhook-id"), "webhook-id"),
    "webhook-timestamp missing": (lambda: _without("webhook-timestamp"), "webhook-timestamp"),
    "webhook-signature missing": (lambda: _without("webhook-signature"), "webhook-signature"),
    "webhook-signature empty": (lambda: _with(webhook_signature=""), "webhook-signature"),
    "timestamp not digits": (lambda: _with(webhook_timestamp="yesterday"), "not Unix seconds"),
    "timestamp with a fraction": (
        lambda: _with(webhook_timestamp=f"{NOW}.5"),
        "not Unix seconds",
    ),
    "timestamp negative": (lambda: _with(webhook_timestamp="-1"), "not Unix seconds"),
    "timestamp 5000 digits": (lambda: _with(webhook_timestamp="9" * 5000), "not Unix seconds"),
    "timestamp in non-ASCII digits": (
        lambda: _with(webhook_timestamp="١٧٠٠٠٠٠٠٠٠"),
        "not Unix seconds",
    ),
    "signature without v1,": (
        lambda: _with(webhook_signature=reference_headers()["webhook-signature"][3:]),
        "does not match",
    ),
    "signature of another version": (
        lambda: _with(webhook_signature="v2," + reference_headers()["webhook-signature"][3:]),
        "does not match",
    ),
    "signature not base64": (lambda: _with(webhook_signature="v1,@@@ v1, v1"), "does not match"),
    "signature header only commas": (lambda: _with(webhook_signature=",,, ,"), "does not match"),
    "signature non-ASCII": (lambda: _with(webhook_signature="v1,ÿÿÿÿ"), "does not match"),
    "webhook-id non-ASCII": (lambda: _with(webhook_id="msg_é"), "does not match"),
}


@pytest.mark.parametrize(
    ("make", "detail"), SIGNATURE_FAILURES.values(), ids=list(SIGNATURE_FAILURES)
)
def test_bad_signatures_are_refused(client, make, detail):
    headers, body = make()
    assert_unauthorized(post(client, headers, body), detail)


def test_a_replayed_webhook_id_is_refused(client):
    headers = reference_headers()
    assert post(client, headers).status_code == 200
    assert_unauthorized(post(client, headers), "webhook-id was already used")
    # Signed again with the same id (a retry that reuses the id is a replay too).
    again = reference_headers(webhook_id=headers["webhook-id"])
    assert_unauthorized(post(client, again), "already used")


def test_an_id_that_failed_verification_can_be_used_later(client):
    headers = reference_headers()
    forged = {**headers, "webhook-signature": sign(b"\x00" * 32, "x", "0", b"")}
    assert_unauthorized(post(client, forged), "does not match")
    assert post(client, headers).status_code == 200


def test_without_a_ledger_each_server_remembers_its_own_ids():
    headers = reference_headers()
    first, second = make_client(webhook_secrets=(SECRET,)), make_client(webhook_secrets=(SECRET,))
    assert post(first, headers).status_code == 200
    # PRESEND_LEDGER=off (docs/authentication.md): another process has not seen the id. With
    # the ledger it has (tests/ledger/test_replay.py).
    assert post(second, headers).status_code == 200


# Rotation ----------------------------------------------------------------------------------


@pytest.mark.parametrize("secret", [SECRET, OTHER_SECRET], ids=["first secret", "second secret"])
def test_a_message_signed_with_any_configured_secret_passes(client, secret):
    assert post(client, reference_headers(secret=secret)).status_code == 200


@pytest.mark.parametrize(
    "signatures",
    [
        "{good}",
        "{bad} {good}",
        "{good} {bad}",
        "v1a,xyz {bad}  {good}",
        "v2,AAAA {good}",
        "{other} {good}",
    ],
)
def test_a_signature_header_passes_if_one_of_its_signatures_matches(signatures):
    client = shared_client(webhook_secrets=(SECRET,))
    headers = reference_headers()
    bad = sign(b"\x01" * 32, headers["webhook-id"], headers["webhook-timestamp"], BODY)
    other = reference_headers(
        secret=OTHER_SECRET,
        webhook_id=headers["webhook-id"],
        timestamp=int(headers["webhook-timestamp"]),
    )
    headers["webhook-signature"] = signatures.format(
        good=headers["webhook-signature"], bad=bad, other=other["webhook-signature"]
    )
    assert post(client, headers).status_code == 200


def test_a_retired_secret_no_longer_passes():
    client = shared_client(webhook_secrets=(OTHER_SECRET,))
    assert_unauthorized(post(client, reference_headers(secret=SECRET)), "does not match")


# API keys ------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", [API_KEY, OTHER_API_KEY], ids=["first key", "second key"])
@pytest.mark.parametrize("scheme", ["Bearer", "bearer", "BEARER"])
def test_a_configured_api_key_passes(client, key, scheme):
    assert post(client, {"Authorization": f"{scheme} {key}"}).status_code == 200


BEARER_FAILURES = {
    "unknown key": ("Bearer not-a-configured-key", "not one of the configured keys"),
    "key with a suffix": (f"Bearer {API_KEY}x", "not one of the configured keys"),
    "key prefix": (f"Bearer {API_KEY[:-1]}", "not one of the configured keys"),
    "both keys": (f"Bearer {API_KEY},{OTHER_API_KEY}", "not one of the configured keys"),
    "key in another case": (f"Bearer {API_KEY.upper()}", "not one of the configured keys"),
    "Basic scheme": (
        "Basic " + base64.b64encode(f"user:{API_KEY}".encode()).decode(),
        "not 'Bearer <key>'",
    ),
    "key without scheme": (API_KEY, "not 'Bearer <key>'"),
    "empty bearer": ("Bearer ", "not 'Bearer <key>'"),
    "bearer only": ("Bearer", "not 'Bearer <key>'"),
    "blank bearer": ("Bearer    ", "not 'Bearer <key>'"),
    "empty header": ("", "not 'Bearer <key>'"),
    "non-ASCII key": ("Bearer ключ", "not one of the configured keys"),
    "very long key": ("Bearer " + "k" * 8000, "not one of the configured keys"),
}


@pytest.mark.parametrize(
    ("authorization", "detail"), BEARER_FAILURES.values(), ids=list(BEARER_FAILURES)
)
def test_bad_bearers_are_refused(client, authorization, detail):
    response = post(client, {"Authorization": authorization})
    assert_unauthorized(response, detail)
    given = authorization.partition(" ")[2].strip()
    if given:
        assert given not in response.get_data(as_text=True)


# What the challenge offers follows what is configured -----------------------------------------


@pytest.mark.parametrize(
    ("configured", "offered", "absent"),
    [
        ({"api_keys": (API_KEY,)}, ["Bearer"], ["StandardWebhooks"]),
        ({"webhook_secrets": (SECRET,)}, ["StandardWebhooks"], ["Bearer"]),
        (
            {"api_keys": (API_KEY,), "webhook_secrets": (SECRET,)},
            ["Bearer", "StandardWebhooks"],
            [],
        ),
    ],
    ids=["keys only", "secrets only", "both"],
)
def test_the_challenge_names_the_configured_schemes(configured, offered, absent):
    response = shared_client(**configured).get("/v1/marketplaces")
    assert_unauthorized(response, "No credentials")
    challenge = response.headers["WWW-Authenticate"]
    assert all(scheme in challenge for scheme in offered)
    assert not any(scheme in challenge for scheme in absent)


def test_with_secrets_only_a_bearer_is_not_accepted():
    client = shared_client(webhook_secrets=(SECRET,))
    assert_unauthorized(post(client, {"Authorization": f"Bearer {API_KEY}"}), "No credentials")


def test_with_keys_only_signature_headers_are_not_accepted():
    client = shared_client(api_keys=(API_KEY,))
    assert_unauthorized(post(client, reference_headers()), "No credentials")


# Which endpoints need credentials ------------------------------------------------------------


@pytest.mark.parametrize("path", ["/healthz", "/openapi.yaml"])
def test_health_and_contract_stay_open(client, path):
    assert client.get(path).status_code == 200


@pytest.mark.parametrize(
    "path",
    ["/v1/marketplaces", "/v1/contact-reasons?marketplace=DE&status=shipped", "/no/such/path"],
)
def test_other_endpoints_need_credentials(client, path):
    assert_unauthorized(client.get(path), "No credentials")


@pytest.mark.parametrize(
    "path", ["/v1/marketplaces", "/v1/contact-reasons?marketplace=DE&status=shipped"]
)
def test_other_endpoints_answer_with_credentials(client, path):
    assert client.get(path, headers={"Authorization": f"Bearer {API_KEY}"}).status_code == 200


def test_the_signature_is_checked_over_the_raw_body_before_parsing(client):
    not_json = b'{"marketplace": "DE",'
    assert_unauthorized(post(client, {}, not_json), "No credentials")
    # Signed, the same bytes get as far as the JSON parser.
    response = post(client, reference_headers(not_json), not_json)
    assert response.status_code == 400


# Open mode and start-up configuration ----------------------------------------------------------


def test_open_mode_logs_a_loud_warning_at_start(presend_log):
    client = make_client()
    warnings = [r for r in presend_log if r.levelno >= logging.WARNING]
    assert len(warnings) == 1
    message = warnings[0].getMessage()
    assert "AUTHENTICATION IS OFF" in message
    assert "PRESEND_WEBHOOK_SECRETS" in message
    assert "PRESEND_API_KEYS" in message
    # And it is open indeed.
    assert client.get("/v1/marketplaces").status_code == 200
    assert post(client, {}).status_code == 200


@pytest.mark.parametrize(
    "configured", [{"api_keys": (API_KEY,)}, {"webhook_secrets": (SECRET,)}], ids=["key", "secret"]
)
def test_no_warning_with_credentials(presend_log, configured):
    make_client(**configured)
    assert not [r for r in presend_log if r.levelno >= logging.WARNING]


def test_require_auth_without_credentials_stops_start_up():
    with pytest.raises(ConfigError, match="PRESEND_REQUIRE_AUTH"):
        create_app(Settings(require_auth=True))


@pytest.mark.parametrize(
    "configured", [{"api_keys": (API_KEY,)}, {"webhook_secrets": (SECRET,)}], ids=["key", "secret"]
)
def test_require_auth_with_credentials_starts(configured):
    client = make_client(require_auth=True, **configured)
    assert client.get("/healthz").status_code == 200


def test_require_auth_is_read_from_the_environment():
    environ = {"PRESEND_REQUIRE_AUTH": "1"}
    with pytest.raises(ConfigError, match="PRESEND_REQUIRE_AUTH"):
        create_app(Settings.from_env(environ))


def test_secrets_and_keys_are_read_from_the_environment():
    settings = Settings.from_env(
        {
            "PRESEND_WEBHOOK_SECRETS": f" {SECRET}, {OTHER_SECRET} ",
            "PRESEND_API_KEYS": f"{API_KEY} {OTHER_API_KEY}",
            "PRESEND_REQUIRE_AUTH": "true",
        }
    )
    assert settings.webhook_secrets == (SECRET, OTHER_SECRET)
    assert settings.api_keys == (API_KEY, OTHER_API_KEY)
    assert settings.require_auth is True


@pytest.mark.parametrize(
    "keys",
    [
        pytest.param("abc", id="three-characters"),
        pytest.param("k" * 31, id="31-characters"),
        pytest.param(f"{API_KEY} {'s' * 20}", id="second-key-short"),
    ],
)
def test_a_short_api_key_stops_start_up_without_showing_it(keys):
    with pytest.raises(ConfigError) as raised:
        Settings.from_env({"PRESEND_API_KEYS": keys})
    message = str(raised.value)
    assert "PRESEND_API_KEYS" in message
    assert "32 characters" in message
    assert not any(key in message for key in keys.split())


def test_an_api_key_of_32_characters_is_accepted():
    assert Settings.from_env({"PRESEND_API_KEYS": "k" * 32}).api_keys == ("k" * 32,)


MALFORMED_SECRETS = {
    "not base64": ("whsec_this is not base64!", "not base64"),
    "non-ASCII": ("whsec_geheimnisä", "not base64"),
    "too short": ("whsec_" + base64.b64encode(b"15 bytes secret").decode(), "shorter than 16"),
    "empty after prefix": ("whsec_", "shorter than 16"),
}


@pytest.mark.parametrize(
    ("secret", "complaint"), MALFORMED_SECRETS.values(), ids=list(MALFORMED_SECRETS)
)
def test_a_malformed_secret_stops_start_up_without_echoing_it(secret, complaint):
    with pytest.raises(ConfigError) as raised:
        create_app(Settings(webhook_secrets=(SECRET, secret)))
    message = str(raised.value)
    assert "PRESEND_WEBHOOK_SECRETS" in message
    assert "#2" in message
    assert complaint in message
    assert secret not in message
    if encoded := secret.removeprefix("whsec_"):
        assert encoded not in message
    assert SECRET not in message
    assert raised.value.__cause__ is None
    assert raised.value.__suppress_context__


# The authenticator itself, with an injected clock ----------------------------------------------

T0 = 1_800_000_000.0


def check(authenticator: Authenticator, headers: dict[str, str], body: bytes = BODY) -> None:
    authenticator.check(Headers(headers), lambda: body)


def our_headers(webhook_id: str, timestamp: int, key: bytes = KEY) -> dict[str, str]:
    return {
        "webhook-id": webhook_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(key, webhook_id, str(timestamp), BODY),
    }


@pytest.mark.parametrize(
    ("offset", "passes"),
    [
        (0, True),
        (TOLERANCE_SECONDS, True),
        (TOLERANCE_SECONDS + 1, False),
        (-TOLERANCE_SECONDS, True),
        (-TOLERANCE_SECONDS - 1, False),
    ],
    ids=["now", "5 min old", "5 min 1 s old", "5 min ahead", "5 min 1 s ahead"],
)
def test_the_tolerance_is_five_minutes_either_way(offset, passes):
    authenticator = Authenticator(webhook_keys=(KEY,), clock=lambda: T0)
    headers = our_headers("msg_edge", int(T0) - offset)
    if passes:
        check(authenticator, headers)
    else:
        with pytest.raises(Problem) as raised:
            check(authenticator, headers)
        assert raised.value.status == 401
        assert "5 minutes" in raised.value.detail


def test_an_id_is_refused_while_its_timestamp_is_within_the_window():
    now = [T0]
    authenticator = Authenticator(webhook_keys=(KEY,), clock=lambda: now[0])
    headers = our_headers("msg_once", int(T0))
    check(authenticator, headers)
    for later in (1, 60, TOLERANCE_SECONDS):
        now[0] = T0 + later
        with pytest.raises(Problem, match="already used"):
            check(authenticator, headers)
    # Past the window the same headers are refused for their age, not remembered forever.
    now[0] = T0 + TOLERANCE_SECONDS + 1
    with pytest.raises(Problem, match="5 minutes old"):
        check(authenticator, headers)


def test_the_body_is_read_only_for_signatures():
    read: list[bool] = []

    def body() -> bytes:
        read.append(True)
        return BODY

    authenticator = Authenticator(webhook_keys=(KEY,), api_keys=(API_KEY,))
    authenticator.check(Headers({"Authorization": f"Bearer {API_KEY}"}), body)
    assert not read
    with pytest.raises(Problem):
        authenticator.check(Headers({}), body)
    assert not read


def test_an_open_authenticator_lets_everything_through():
    authenticator = Authenticator()
    assert authenticator.open
    check(authenticator, {})
    check(authenticator, {"Authorization": "Basic nonsense", "webhook-id": "x"})


# Replay memory ---------------------------------------------------------------------------------


def test_seen_ids_expire_after_the_window():
    seen = SeenIds()
    assert seen.first_use("a", until=100, now=0)
    assert not seen.first_use("a", until=150, now=50)
    assert not seen.first_use("a", until=200, now=100)  # still remembered at its expiry
    assert seen.first_use("a", until=201, now=101)  # forgotten after it
    assert not seen.first_use("a", until=250, now=150)  # the stale entry must not evict it
    assert seen.first_use("a", until=400, now=202)


def test_seen_ids_are_independent():
    seen = SeenIds()
    assert seen.first_use("a", until=100, now=0)
    assert seen.first_use("b", until=100, now=0)
    assert not seen.first_use("b", until=100, now=1)
    assert seen.first_use("c", until=100, now=1)


def test_seen_ids_forget_expired_ids():
    seen = SeenIds()
    for number in range(1000):
        assert seen.first_use(f"id-{number}", until=number, now=number)
    assert seen.first_use("late", until=5000, now=2000)
    # Memory is bounded by the window, not by the traffic since start.
    assert len(seen._expiry) == 1
    assert len(seen._queue) == 1


# The trail: every refusal logged, without secrets, at a rate a flood cannot raise -------------


def _refusals(records: list[logging.LogRecord]) -> list[dict[str, Any]]:
    formatter = json_formatter()
    return [
        json.loads(formatter.format(record))
        for record in records
        if record.getMessage() == "authentication refused"
    ]


def _stale() -> dict[str, str]:
    return reference_headers(timestamp=int(time.time()) - TOLERANCE_SECONDS - 60)


def _future() -> dict[str, str]:
    return reference_headers(timestamp=int(time.time()) + TOLERANCE_SECONDS + 60)


REFUSALS = {
    "no-credentials": lambda: {},
    "not-bearer": lambda: {"Authorization": f"Basic {API_KEY}"},
    "unknown-api-key": lambda: {"Authorization": f"Bearer {API_KEY}x"},
    "missing-webhook-headers": lambda: {"webhook-id": "msg_1"},
    "bad-timestamp": lambda: {**reference_headers(), "webhook-timestamp": "yesterday"},
    "stale-timestamp": _stale,
    "future-timestamp": _future,
    "bad-signature": lambda: reference_headers(
        secret="whsec_" + base64.b64encode(b"x" * 32).decode()
    ),
}


@pytest.mark.parametrize("headers", list(REFUSALS.values()), ids=list(REFUSALS))
def test_a_refused_authentication_is_logged_with_its_reason_and_no_secret(
    client, presend_log, headers, request
):
    reason = request.node.callspec.id
    sent = headers()
    response = client.post(
        "/v1/checks?order=302-1234567-1234567",
        data=BODY,
        headers={**sent, "X-Request-Id": "refused-1"},
        content_type="application/json",
    )
    assert response.status_code == 401
    [line] = _refusals(presend_log)
    assert line["reason"] == reason
    assert line["request_id"] == "refused-1"
    assert line["endpoint"] == "/v1/checks"
    assert line["level"] == "WARNING"
    text = json.dumps(line)
    for secret in [*CONFIGURED, *sent.values()]:
        assert secret not in text
    assert "302-1234567-1234567" not in text  # neither the query string nor the body


def test_a_replayed_webhook_id_is_logged(presend_log):
    client = make_client(webhook_secrets=(SECRET,))
    headers = reference_headers()
    assert post(client, headers).status_code == 200
    assert post(client, headers).status_code == 401
    assert [line["reason"] for line in _refusals(presend_log)] == ["replayed-webhook-id"]


def test_an_accepted_request_logs_no_refusal(client, presend_log):
    assert post(client, {"Authorization": f"Bearer {API_KEY}"}).status_code == 200
    assert _refusals(presend_log) == []


def test_refusals_are_logged_at_most_so_many_a_minute(presend_log):
    now = [1000.0]
    refusals = Refusals(per_minute=3, clock=lambda: now[0])
    app = Flask(__name__)

    def refuse(request_id: str) -> None:
        with app.test_request_context("/v1/checks", method="POST"):
            g.request_id = request_id
            refusals.record("unknown-api-key")

    for _ in range(10):
        refuse("flood")
    assert len(_refusals(presend_log)) == 3
    now[0] += 60
    refuse("after")
    lines = _refusals(presend_log)
    assert len(lines) == 4
    assert lines[-1]["unlogged_before"] == 7
    assert lines[-1]["request_id"] == "after"


@pytest.mark.parametrize(
    ("method", "logged"),
    [("POST", "POST"), ("GET", "GET"), ("M4930123456789", "other"), ("JANEDOE", "other")],
    ids=["post", "get", "digits-in-a-method", "a-name-as-a-method"],
)
def test_a_refusal_logs_the_method_only_when_it_is_a_standard_one(
    client, presend_log, method, logged
):
    # Any caller, without credentials, chooses the method: an unknown one is caller text.
    assert client.open("/v1/checks", method=method).status_code == 401
    [line] = _refusals(presend_log)
    assert line["method"] == logged
