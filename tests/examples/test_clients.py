"""The client examples in examples/, run as a user runs them against a live service: Python,
PHP (php-cli) and JavaScript (Node.js), signing with Standard Webhooks or sending an API key.
In CI (CI=true) a missing runtime fails the test; .ci/run installs PHP."""

from __future__ import annotations

import base64
import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.config import Settings
from tests.live import live_server, required_program

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SECRET = "whsec_" + base64.b64encode(b"example-secret-for-the-tests-32b").decode()
API_KEY = "example-api-key-1f2e3d4c5b6a79880716253a"
CLIENTS = {
    "python": lambda: [sys.executable, str(EXAMPLES / "python" / "presend_check.py")],
    "php": lambda: [required_program("php"), str(EXAMPLES / "php" / "presend_check.php")],
    "javascript": lambda: [
        required_program("node"),
        str(EXAMPLES / "javascript" / "presend_check.mjs"),
    ],
}
REVIEW_REQUEST = {
    "marketplace": "UK",
    "order": {
        "id": "203-7654321-7654321",
        "status": "delivered",
        "delivered_at": "2026-11-20T10:00:00Z",
    },
    "now": "2026-11-27T08:00:00Z",
    "message": {
        "contact_reason": "review_request",
        "subject": "How did we do? Order 203-7654321-7654321",
        "body": "Hello, if you are happy, please leave us a 5-star review. "
        "Questions? help@example.com",
    },
}


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with live_server(Settings(webhook_secrets=(SECRET,), api_keys=(API_KEY,))) as base:
        yield base


def run(client: str, environ: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 (the examples, with this test's arguments)
        [*CLIENTS[client](), *args],
        env={"PATH": "/usr/local/bin:/usr/bin:/bin", **environ},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


AUTH = [
    pytest.param({"PRESEND_WEBHOOK_SECRET": SECRET}, id="signed"),
    pytest.param({"PRESEND_API_KEY": API_KEY}, id="api-key"),
]


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("auth", AUTH)
def test_the_example_request_comes_back_tagged(client, auth, url):
    done = run(client, {"PRESEND_URL": url, **auth})
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "verdict: modify"
    assert "subject: [Wichtig] Rückfrage zu Ihrer Lieferadresse" in lines
    assert any(line.startswith("error amazon.subject.tag_missing (fixed):") for line in lines)


@pytest.mark.parametrize("client", CLIENTS)
def test_a_rejected_message_exits_1_with_its_reasons(client, url, tmp_path):
    request = tmp_path / "review.json"
    request.write_text(json.dumps(REVIEW_REQUEST), encoding="utf-8")
    done = run(client, {"PRESEND_URL": url, "PRESEND_WEBHOOK_SECRET": SECRET}, str(request))
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stdout.splitlines()[0] == "verdict: reject"
    assert "error amazon.content.email_address: " in done.stdout


@pytest.mark.parametrize("client", CLIENTS)
def test_the_ebay_example_is_checked_by_the_ebay_pack(client, url):
    request = str(EXAMPLES / "request-ebay.json")
    done = run(client, {"PRESEND_URL": url, "PRESEND_API_KEY": API_KEY}, request)
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stdout.splitlines()[0] == "verdict: reject"
    assert "error ebay.content.email_address: " in done.stdout


@pytest.mark.parametrize("client", CLIENTS)
def test_a_wrong_secret_is_refused(client, url):
    wrong = "whsec_" + base64.b64encode(b"not-the-secret-of-this-service!!").decode()
    done = run(client, {"PRESEND_URL": url, "PRESEND_WEBHOOK_SECRET": wrong})
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stdout.startswith("error 401: webhook-signature does not match")


@pytest.mark.parametrize("client", CLIENTS)
def test_a_service_that_cannot_be_reached_exits_2_not_1(client):
    # 1 means "presend rejected it, do not send"; a check that never ran is an error (2).
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    done = run(client, {"PRESEND_URL": f"http://127.0.0.1:{port}", "PRESEND_API_KEY": API_KEY})
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stdout.startswith("error: presend did not answer"), done.stdout


def test_the_woocommerce_recipe_is_valid_php():
    recipe = EXAMPLES / "woocommerce" / "presend-pre-wp-mail.php"
    done = subprocess.run(  # noqa: S603
        [required_program("php"), "-l", str(recipe)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
