"""Logs: one JSON object per line on stdout. Never a subject, body or buyer field."""

from __future__ import annotations

import logging
import sys

from gunicorn.glogging import Logger as GunicornLogger
from pythonjsonlogger.orjson import OrjsonFormatter

FORMAT = "%(levelname)s %(name)s %(message)s"


def json_formatter() -> OrjsonFormatter:
    """The formatter every presend log line goes through (gunicorn's too), encoding with
    orjson: half the instructions of json.dumps for a decision's line."""
    return OrjsonFormatter(FORMAT, rename_fields={"levelname": "level"}, timestamp="time")


class ServerLogger(GunicornLogger):  # type: ignore[misc]
    """gunicorn's logger without the access log. Every check writes its own decision line, and
    gunicorn.conf.py's logconfig_dict (which sends gunicorn's own messages out as JSON) would
    otherwise make gunicorn build every request's access-log atoms and hand them to a logger
    that drops them: about a tenth of a `/healthz` request's CPU."""

    def access(self, resp: object, req: object, environ: object, request_time: object) -> None:
        """No access line: the decision line is the record of a check."""


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
