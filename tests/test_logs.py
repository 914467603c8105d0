"""The service's JSON log formatter writes every line as python-json-logger's own would."""

from __future__ import annotations

import logging
import sys
from typing import Any

import pytest
from pythonjsonlogger.orjson import OrjsonFormatter

from service.logs import FORMAT, JsonLines, json_formatter

DECISION = {
    "decision_id": "00000000-0000-4000-8000-000000000000",
    "request_id": "req-1",
    "verdict": "modify",
    "rules": ["amazon.a", "amazon.b"],
    "dry_run": False,
    "duration_ms": 0.123,
}


def _exception() -> Any:
    try:
        raise ValueError("boom")
    except ValueError:
        return sys.exc_info()


RECORDS = {
    "decision": ("decision", (), DECISION, None),
    "no extras": ("ledger off", (), {}, None),
    "arguments": ("%s checks in %d ms", ("5", 3), {"batch_item": 2}, None),
    "extras named like fields": ("x", (), {"level": "mine", "time": "then", "name2": 1}, None),
    "private extra": ("x", (), {"_hidden": 1, "shown": 2}, None),
    "number as name": ("x", (), {7: "seven", "after": True}, None),
    "exception": ("failed", (), {"error": "boom"}, _exception()),
    "dict message": ({"event": "raw", "count": 2}, (), {"more": 1}, None),
}


@pytest.mark.parametrize("case", list(RECORDS))
@pytest.mark.parametrize(
    "options",
    [
        {"rename_fields": {"levelname": "level"}, "timestamp": "time"},
        {"timestamp": True},
        {},
        {"rename_fields": {"verdict": "outcome"}, "timestamp": "time"},
        {"static_fields": {"service": "presend"}, "defaults": {"x": 1}},
    ],
    ids=["service", "timestamp", "bare", "renamed-extra", "static"],
)
def test_a_line_is_the_librarys(case, options):
    message, args, extra, exc_info = RECORDS[case]
    logger = logging.getLogger("presend.test")
    record = logger.makeRecord(
        "presend.test", logging.INFO, "(unknown file)", 0, message, args, exc_info, None, extra
    )
    expected = OrjsonFormatter(FORMAT, **options).format(record)
    assert JsonLines(FORMAT, **options).format(record) == expected


def test_the_service_formats_with_json_lines():
    assert type(json_formatter()) is JsonLines
