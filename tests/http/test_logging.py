"""Logs: one JSON object per line on stdout per decision, with the decision's facts and never
the message or the buyer's data."""

from __future__ import annotations

import json
import logging
import os
import runpy
import sys
from pathlib import Path
from typing import Any

import pytest
from gunicorn.config import Config

from service.config import Settings
from service.logs import ServerLogger
from tests.http.test_checks import request_document

PRIVATE_ORDER_ID = "028-7654321-7654321"
PRIVATE_SUBJECT = "Kreuzberger Hinterhof Nummer siebzehn"
PRIVATE_BODY = "Die Klingel von Frau Quastenflosser ist defekt"
PRIVATE_LANGUAGE = "gsw-CH"


class _CurrentStdout:
    """Writes to whatever sys.stdout is now: pytest swaps capsys' stream between the setup and
    the call phase, and the app (and its log handler) is built during setup."""

    def write(self, text: str) -> int:
        return sys.stdout.write(text)

    def flush(self) -> None:
        sys.stdout.flush()


@pytest.fixture
def fresh_logger(capsys, monkeypatch):
    """The presend logger without handlers, so the next create_app() configures it anew (the
    service adds its handler once per process) while capsys holds sys.stdout."""
    logger = logging.getLogger("presend")
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "propagate", logger.propagate)
    monkeypatch.setattr(logger, "level", logger.level)


@pytest.fixture
def settings(fresh_logger) -> Settings:
    """The default settings, asked for after fresh_logger so the app configures the logger."""
    return Settings()


@pytest.fixture(autouse=True)
def stdout_log(app, capsys, monkeypatch):
    """The app's log handler writes to stdout; keep it writing to stdout as capsys sees it."""
    handlers = [
        h for h in logging.getLogger("presend").handlers if type(h) is logging.StreamHandler
    ]
    assert len(handlers) == 1
    assert handlers[0].stream is sys.stdout
    monkeypatch.setattr(handlers[0], "stream", _CurrentStdout())


def log_lines(capsys) -> list[dict[str, Any]]:
    """Every line written to stdout so far, each of which must be a JSON object."""
    out = capsys.readouterr().out
    lines = [json.loads(line) for line in out.splitlines()]
    assert all(isinstance(line, dict) for line in lines)
    return lines


def decisions(capsys) -> list[dict[str, Any]]:
    return [line for line in log_lines(capsys) if line.get("message") == "decision"]


def private_request() -> dict[str, Any]:
    return request_document(
        order={"id": PRIVATE_ORDER_ID},
        buyer={"opted_out": None, "language": PRIVATE_LANGUAGE},
        message={"subject": PRIVATE_SUBJECT, "body": PRIVATE_BODY},
    )


def test_one_json_line_per_decision(client, capsys):
    capsys.readouterr()  # start-up lines
    ids = [
        client.post("/v1/checks", json=request_document()).get_json()["decision_id"]
        for _ in range(3)
    ]
    assert [line["decision_id"] for line in decisions(capsys)] == ids


def test_every_stdout_line_is_a_json_object(client, capsys):
    client.post("/v1/checks", json=request_document())
    client.post("/v1/checks", json={"marketplace": "XX"})
    client.get("/v1/contact-reasons?marketplace=DE&status=shipped")
    assert log_lines(capsys)


def test_decision_line_carries_the_decisions_facts(client, capsys):
    document = request_document(
        marketplace="gb",
        edition="2025-04",
        order={"status": "Shipped"},
        buyer={"language": "de-DE"},  # the German body is in the buyer's language
    )
    decision = client.post("/v1/checks", json=document).get_json()
    (line,) = decisions(capsys)
    assert line["decision_id"] == decision["decision_id"]
    assert line["verdict"] == decision["verdict"] == "reject"
    assert line["rules"] == sorted({f["rule"] for f in decision["findings"]})
    assert line["rules"] == ["amazon.reason.not_allowed_for_status"]
    assert line["marketplace"] == "UK"
    assert line["contact_reason"] == "shipping_address"
    assert line["channel"] == "email"
    assert line["edition"] == "2025-04"
    assert line["level"] == "INFO"


def test_duration_is_milliseconds(client, capsys):
    client.post("/v1/checks", json=request_document())
    (line,) = decisions(capsys)
    assert isinstance(line["duration_ms"], int | float)
    assert 0 <= line["duration_ms"] < 10_000


def test_no_decision_is_logged_for_a_rejected_request(client, capsys):
    capsys.readouterr()
    client.post("/v1/checks", json={"marketplace": "XX"})
    assert decisions(capsys) == []


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(private_request(), id="modify"),
        pytest.param(
            {**private_request(), "order": {"id": PRIVATE_ORDER_ID, "status": "canceled"}},
            id="reject",
        ),
        pytest.param({**private_request(), "marketplace": "XX"}, id="422"),
    ],
)
def test_message_and_buyer_data_never_reach_the_logs(client, capsys, document):
    client.post("/v1/checks", json=document)
    captured = capsys.readouterr()
    logged = captured.out + captured.err
    for private in (PRIVATE_SUBJECT, PRIVATE_BODY, PRIVATE_LANGUAGE, PRIVATE_ORDER_ID):
        assert private not in logged


def test_a_foreign_order_number_quoted_in_a_finding_is_not_logged(client, capsys):
    other = "999-1111111-2222222"
    document = request_document(message={"body": f"Siehe auch {other}."})
    decision = client.post("/v1/checks", json=document).get_json()
    assert any(other in f["message"] for f in decision["findings"])
    captured = capsys.readouterr()
    assert other not in captured.out + captured.err


class _Untouchable:
    """A request, response or environ that fails the test when anything reads it."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"the access log read {name}")

    def __getitem__(self, key: str) -> Any:
        raise AssertionError(f"the access log read {key}")


def test_gunicorn_builds_no_access_line():
    """gunicorn.conf.py's logger leaves the request alone: with a logconfig_dict, gunicorn's own
    logger would build every request's access-log atoms for a logger that drops them."""
    config = runpy.run_path(str(Path(__file__).parents[2] / "gunicorn.conf.py"))
    assert config["logger_class"] == "service.logs.ServerLogger"
    enabled = Config()  # an access log gunicorn would write (to nowhere)
    enabled.set("accesslog", os.devnull)
    logger = ServerLogger(enabled)
    untouchable = _Untouchable()
    assert logger.access(untouchable, untouchable, untouchable, untouchable) is None
