"""Logs: one JSON object per line on stdout. Never a subject, body or buyer field."""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime
from itertools import filterfalse
from typing import Any

from pythonjsonlogger.orjson import OrjsonFormatter

FORMAT = "%(levelname)s %(name)s %(message)s"


class JsonLines(OrjsonFormatter):
    """python-json-logger's orjson formatter, gathering a plain record's fields in one pass:
    the same fields in the same order, without the library's three calls for every extra
    attribute (`merge_record_extra` asks `hasattr`, `startswith` and the renames of each),
    68k -> 49k instructions for a decision's line. Anything the pass does not cover (an
    exception, a stack, a dict message, an attribute not named by a plain string, a renamed
    extra, the library's defaults or static fields) goes the library's way;
    tests/test_logs.py compares both."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._named = tuple((self._get_rename(field), field) for field in self._required_fields)
        stamp = self.timestamp if isinstance(self.timestamp, str) else "timestamp"
        self._stamp = self._get_rename(stamp) if self.timestamp else None
        self._one_pass = not (
            self.defaults
            or self.static_fields
            or self.rename_fields_keep_missing
            or "asctime" in self._required_fields
            # A renamed attribute that is not reserved would be an extra to rename.
            or not self._skip_fields.issuperset(self.rename_fields)
        )

    def format(self, record: logging.LogRecord) -> str:
        plain = self._one_pass and not (
            record.exc_info or record.exc_text or record.stack_info or isinstance(record.msg, dict)
        )
        attributes = record.__dict__
        extras = list(filterfalse(self._skip_fields.__contains__, attributes)) if plain else []
        # The library leaves out attributes starting with "_"; a name that is no string
        # (the join raises) or starts so sends the record the library's way.
        try:
            private = "\0_" in "\0" + "\0".join(extras)
        except TypeError:
            private = True
        if not plain or private:
            return super().format(record)
        record.message = record.getMessage()
        line = {name: attributes.get(field) for name, field in self._named}
        line.update(zip(extras, map(attributes.__getitem__, extras), strict=True))
        if self._stamp is not None:
            line[self._stamp] = datetime.fromtimestamp(record.created, tz=UTC)
        return self.serialize_log_record(line)


def json_formatter() -> OrjsonFormatter:
    """The formatter every presend log line goes through (gunicorn's too), encoding with
    orjson: half the instructions of json.dumps for a decision's line."""
    return JsonLines(FORMAT, rename_fields={"levelname": "level"}, timestamp="time")


def configure(level: str) -> logging.Logger:
    """Send the service's logger to stdout as JSON lines, once per process."""
    # A line names no thread, process or source line, so logging need not look them up for
    # each record (the logging HOWTO's "Optimization"): a tenth of a decision line's cost.
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    logging._srcfile = None
    logger = logging.getLogger("presend")
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(json_formatter())
        logger.addHandler(handler)
        logger.propagate = False
    return logger
