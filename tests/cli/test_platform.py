"""`presend lint --platform` and `presend check` with a request's `platform`: the platform's
pack checks the template or the request, as the API does."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from service.cli import main

TEMPLATE = str(Path(__file__).with_name("templates") / "ebay_shipping_update.twig")
EBAY_REQUEST = {
    "platform": "ebay",
    "marketplace": "EBAY_DE",
    "now": "2026-11-27T08:00:00Z",
    "order": {"id": "27-39624-70918", "status": "FULFILLED"},
    "message": {"body": "Guten Tag, Ihr Paket ist unterwegs: Fragen an max@example.de."},
}


def lint(*args: str) -> tuple[int, list[dict]]:
    out = io.StringIO()
    status = main(["lint", TEMPLATE, "--format", "json", *args], out=out)
    return status, json.loads(out.getvalue()) if out.getvalue() else []


def test_a_template_is_linted_by_the_ebay_pack_without_a_reason():
    status, results = lint("--platform", "ebay", "--marketplace", "DE")
    assert status == 1
    findings = [(f["rule"], f["line"]) for f in results[0]["findings"]]
    assert findings == [("ebay.content.email_address", 4)]


def test_the_same_template_on_amazon_needs_a_reason(capsys):
    status, _ = lint("--marketplace", "DE")
    assert status == 2
    assert "message.contact_reason" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--platform", "etsy"], "--platform: Unknown platform 'etsy'", id="platform"),
        pytest.param(["--channel", "sp_api"], "channel: Not a channel on eBay", id="channel"),
        pytest.param(["--reason", "review_request"], "on eBay", id="reason"),
    ],
)
def test_unusable_platform_options_exit_2_naming_them(args, message, capsys):
    status, _ = lint("--marketplace", "DE", "--platform", "ebay", *args)
    assert status == 2
    assert message in capsys.readouterr().err


def test_a_request_naming_ebay_is_checked_by_the_ebay_pack():
    out = io.StringIO()
    status = main(["check", "-"], out=out, stdin=io.BytesIO(json.dumps(EBAY_REQUEST).encode()))
    answer = json.loads(out.getvalue())
    assert status == 1
    assert [f["rule"] for f in answer["findings"]] == ["ebay.content.email_address"]


def test_a_request_naming_an_unknown_platform_is_its_problem_document():
    out = io.StringIO()
    request = json.dumps({**EBAY_REQUEST, "platform": "etsy"}).encode()
    assert main(["check", "-"], out=out, stdin=io.BytesIO(request)) == 2
    assert json.loads(out.getvalue())["errors"][0]["field"] == "platform"
