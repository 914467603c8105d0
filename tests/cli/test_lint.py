"""`presend lint` on real templates from the systems sellers use: findings on the template's
own lines and columns, exit status, text, JSON and SARIF output."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from service.cli import main

TEMPLATES = Path(__file__).with_name("templates")
ROOT = Path(__file__).resolve().parents[2]


def lint(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    out = io.StringIO()
    status = main(["lint", *args], out=out)
    return status, out.getvalue()


def template(name: str) -> str:
    return str(TEMPLATES / name)


# (template, options, verdict, exit status, [(rule, line, column, fixed)])
CASES = [
    pytest.param(
        "shopware_address_question.html.twig",
        ["--marketplace", "DE", "--reason", "shipping_address"],
        "reject",
        1,
        [
            ("amazon.subject.tag_missing", 2, 11, True),
            ("amazon.content.email_address", 23, 9, False),
        ],
        id="shopware-twig-html",
    ),
    pytest.param(
        "plentymarkets_delivery_delay.twig",
        ["--marketplace", "DE", "--reason", "unexpected_problem"],
        "reject",
        1,
        [
            ("amazon.subject.tag_missing", 1, 10, True),
            ("amazon.content.line_breaks", 7, 82, True),
            ("amazon.content.marketing", 11, 40, False),
        ],
        id="plentymarkets-twig",
    ),
    pytest.param(
        "jtl_shop_shipping_address.tpl",
        ["--marketplace", "DE", "--reason", "shipping_address"],
        "modify",
        0,
        [("amazon.subject.tag_missing", 1, 10, True)],
        id="jtl-smarty",
    ),
    pytest.param(
        "jtl_shop_shipping_address.tpl",
        ["--marketplace", "DE", "--reason", "shipping_address", "--opted-out", "false"],
        "allow",
        0,
        [],
        id="jtl-smarty-not-opted-out",
    ),
    pytest.param(
        "jtl_wawi_invoice.liquid",
        ["--marketplace", "DE", "--reason", "invoice"],
        "reject",
        1,
        [
            ("amazon.content.payment_details", 7, 7, False),
            ("amazon.content.payment_details", 7, 33, False),
            ("amazon.content.payment_details", 7, 49, False),
            ("amazon.content.payment_details", 7, 54, False),
        ],
        id="jtl-wawi-liquid",
    ),
    pytest.param(
        "woocommerce_review_request.txt",
        ["--marketplace", "UK", "--reason", "review_request"],
        "reject",
        1,
        [("amazon.content.review_manipulation", 7, 1, False)],
        id="woocommerce-percent",
    ),
    pytest.param(
        "node_invoice.txt",
        [
            "--marketplace",
            "UK",
            "--reason",
            "invoice",
            "--subject",
            "Invoice ${order.amazonOrderId}",
        ],
        "allow",
        0,
        [],
        id="dollar-braces-subject-option",
    ),
    pytest.param(
        "toolkit_tracking.tt",
        ["--marketplace", "UK", "--reason", "reply", "--status", "shipped"],
        "allow",
        0,
        [("amazon.content.phone_number", 12, 27, False)],
        id="template-toolkit",
    ),
    pytest.param(
        "toolkit_tracking.tt",
        ["--marketplace", "UK", "--reason", "reply", "--status", "canceled"],
        "allow",
        0,
        [("amazon.content.phone_number", 12, 27, False)],
        id="template-toolkit-reply-on-canceled",
    ),
    pytest.param(
        "woocommerce_review_request.txt",
        ["--marketplace", "UK", "--reason", "shipping_address", "--status", "delivered"],
        "reject",
        1,
        [
            ("amazon.reason.not_allowed_for_status", 1, 1, False),
            ("amazon.subject.tag_missing", 1, 10, True),
            ("amazon.content.review_manipulation", 7, 1, False),
            ("amazon.content.review_request_misplaced", 7, 1, False),
            ("amazon.content.review_request_misplaced", 7, 44, False),
        ],
        id="reason-not-allowed-points-at-the-top",
    ),
]


@pytest.mark.parametrize(("name", "options", "verdict", "status", "expected"), CASES)
def test_lint_finds_what_the_template_holds(name, options, verdict, status, expected):
    code, output = lint(template(name), *options, "--format", "json")
    (result,) = json.loads(output)
    assert result["verdict"] == verdict
    found = [(f["rule"], f["line"], f["column"], f["fixed"]) for f in result["findings"]]
    assert found == expected
    assert code == status


@pytest.mark.parametrize(
    ("name", "line", "column", "text"),
    [
        (
            "shopware_address_question.html.twig",
            23,
            9,
            "{{ config('core.basicInformation.email') }}",
        ),
        ("plentymarkets_delivery_delay.twig", 11, 40, "Gutscheincode"),
        ("woocommerce_review_request.txt", 7, 1, "If you are happy"),
        ("toolkit_tracking.tt", 12, 27, "[% shop.phone %]"),
    ],
)
def test_positions_point_at_the_template_text(name, line, column, text):
    lines = (TEMPLATES / name).read_text(encoding="utf-8").splitlines()
    assert lines[line - 1][column - 1 :].startswith(text)


def test_text_output_is_file_line_column_severity_rule_message():
    path = template("plentymarkets_delivery_delay.twig")
    code, output = lint(path, "--marketplace", "DE", "--reason", "unexpected_problem")
    lines = output.splitlines()
    assert lines[2] == (
        f"{path}:11:40: error amazon.content.marketing 'Gutscheincode' is marketing or "
        "promotion (coupons, discounts, newsletters, shops, social media), which buyer "
        "messages must not contain."
    )
    assert lines[0].endswith("(fixed when sent through presend)")
    assert lines[-1] == f"{path}: reject (2 errors, 1 warning)"
    assert code == 1


def test_findings_in_german():
    path = template("plentymarkets_delivery_delay.twig")
    _, output = lint(
        path, "--marketplace", "DE", "--reason", "unexpected_problem", "--language", "de"
    )
    assert "(presend korrigiert das beim Senden)" in output.splitlines()[0]


def test_the_json_output_shows_the_message_as_checked():
    _, output = lint(
        template("jtl_shop_shipping_address.tpl"),
        "--marketplace",
        "DE",
        "--reason",
        "shipping_address",
        "--format",
        "json",
    )
    (result,) = json.loads(output)
    assert result["checked_as"] == {
        "marketplace": "DE",
        "contact_reason": "shipping_address",
        "status": "unshipped",
        "channel": "email",
        "edition": "2020-11",
        "opted_out": None,
        "body_format": "text",
    }
    assert result["message"]["subject"] == "Rückfrage zu Ihrer Bestellung 302-1234567-1234567"
    assert result["message"]["body"].startswith(
        "Sehr geehrte Frau Mustermann,\n\nzu Ihrer Bestellung 302-1234567-1234567 vom 27.11.2026"
    )
    assert {
        "line": 4,
        "column": 63,
        "expression": "$Kunde->cNachname",
        "sample": "Mustermann",
    } in result["placeholders"]


def test_several_templates_and_the_worst_exit_status():
    jtl, shopware = (
        template("jtl_shop_shipping_address.tpl"),
        template("shopware_address_question.html.twig"),
    )
    code, output = lint(jtl, shopware, "--marketplace", "DE", "--reason", "shipping_address")
    lines = output.splitlines()
    assert f"{jtl}: modify (1 error)" in lines
    assert f"{shopware}: reject (2 errors)" in lines
    assert code == 1


def test_html_templates_are_checked_as_html(tmp_path):
    page = tmp_path / "mail.html"
    page.write_text(
        "Subject: [Important] Order {{ order.id }}\n\n"
        "<p>Hello <img src='http://t.example/p.gif' width=1 height=1></p>"
    )
    _, output = lint(
        str(page), "--marketplace", "UK", "--reason", "shipping_address", "--format", "json"
    )
    rules = [f["rule"] for f in json.loads(output)[0]["findings"]]
    assert "amazon.content.tracking_pixel" in rules


def test_rule_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("PRESEND_RULES", "amazon.content.marketing=off")
    _, output = lint(
        template("plentymarkets_delivery_delay.twig"),
        "--marketplace",
        "DE",
        "--reason",
        "unexpected_problem",
        "--format",
        "json",
    )
    assert "amazon.content.marketing" not in [f["rule"] for f in json.loads(output)[0]["findings"]]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(
            ["--marketplace", "XX", "--reason", "invoice"],
            "marketplace: Unknown marketplace 'XX'",
            id="marketplace",
        ),
        pytest.param(
            ["--marketplace", "DE", "--reason", "gossip"],
            "message.contact_reason: Unknown contact reason",
            id="reason",
        ),
        pytest.param(
            ["--marketplace", "DE", "--reason", "invoice", "--status", "lost"],
            "order.status: Unknown order status",
            id="status",
        ),
        pytest.param(
            ["--marketplace", "DE", "--reason", "invoice", "--edition", "1999"],
            "edition: Unknown edition",
            id="edition",
        ),
        pytest.param(
            ["--marketplace", "DE", "--reason", "shipping_address", "--subject", "x"],
            "--subject is given, but the file has a subject",
            id="two-subjects",
        ),
    ],
)
def test_unusable_input_exits_2_naming_the_problem(args, message, capsys):
    status = main(["lint", template("jtl_shop_shipping_address.tpl"), *args], out=io.StringIO())
    assert status == 2
    assert message in capsys.readouterr().err


def test_a_missing_file_exits_2(capsys):
    assert (
        main(
            ["lint", "no/such.twig", "--marketplace", "DE", "--reason", "invoice"],
            out=io.StringIO(),
        )
        == 2
    )
    assert "no/such.twig: cannot read" in capsys.readouterr().err


def test_the_console_script_is_installed():
    script = Path(sys.executable).with_name("presend")
    completed = subprocess.run(  # noqa: S603
        [
            str(script),
            "lint",
            template("jtl_shop_shipping_address.tpl"),
            "--marketplace",
            "DE",
            "--reason",
            "shipping_address",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines()[-1].endswith(
        "jtl_shop_shipping_address.tpl: modify (1 error)"
    )


@pytest.mark.parametrize(
    ("newline", "prefix"),
    [
        pytest.param("\n", "Grüße", id="lf-umlauts"),
        pytest.param("\r\n", "Grüße", id="crlf-umlauts"),
        pytest.param("\n", "🙂 {{ kunde.vorname }}", id="emoji-and-placeholder"),
    ],
)
def test_columns_count_characters_on_any_line_ending(tmp_path, newline, prefix):
    template = tmp_path / "mail.twig"
    lines = [
        "Betreff: [Wichtig] Bestellung {{ order.orderNumber }}",
        "",
        "Hallo,",
        f"{prefix} schreiben Sie an info@example.com",
    ]
    template.write_bytes(newline.join(lines).encode("utf-8"))
    _, output = lint(
        str(template), "--marketplace", "DE", "--reason", "shipping_address", "--format", "json"
    )
    findings = {f["rule"]: f for f in json.loads(output)[0]["findings"]}
    address = findings["amazon.content.email_address"]
    column = len(prefix) + len(" schreiben Sie an ") + 1
    assert (address["line"], address["column"]) == (4, column)
    assert (address["end_line"], address["end_column"]) == (4, column + len("info@example.com"))


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("PRESEND_DEFAULT_EDITION", "1999-01"),
        ("PRESEND_RULES", "amazon.nothing=off=on"),
        ("PRESEND_RULES", "amazon.nothing=off"),
    ],
)
def test_a_bad_setting_in_the_environment_exits_2(monkeypatch, capsys, variable, value):
    monkeypatch.setenv(variable, value)
    status = main(
        [
            "lint",
            template("jtl_shop_shipping_address.tpl"),
            "--marketplace",
            "DE",
            "--reason",
            "invoice",
        ],
        out=io.StringIO(),
    )
    assert status == 2
    assert variable in capsys.readouterr().err


@pytest.mark.parametrize("command", [["--help"], ["lint", "--help"], ["check", "--help"]])
def test_help_is_printed(command, capsys):
    with pytest.raises(SystemExit) as exited:
        main(command)
    assert exited.value.code == 0
    assert "usage: presend" in capsys.readouterr().out
