"""The app's JSON: Flask's provider, with orjson writing the responses (jsonify)."""

from __future__ import annotations

from typing import Any

import orjson
from flask import Response, current_app
from flask.json.provider import DefaultJSONProvider

# Dates and dataclasses go through Flask's `default` (HTTP dates, asdict), as with json.dumps.
_OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def encode(document: Any, *, indent: bool = False) -> bytes:
    """A document as a response body: compact UTF-8 JSON, keys in their order, one line."""
    options = _OPTIONS | orjson.OPT_INDENT_2 if indent else _OPTIONS
    return orjson.dumps(document, default=DefaultJSONProvider.default, option=options) + b"\n"


class OrjsonProvider(DefaultJSONProvider):
    """jsonify() through orjson (a quarter of the instructions on a decision); the rest is
    Flask's.

    `dumps` and `loads` stay json's: the test client sends with them, and the error handler
    escapes what orjson would refuse. Keys keep their order and non-ASCII stays unescaped, in
    both.
    """

    sort_keys = False
    ensure_ascii = False

    def response(self, *args: Any, **kwargs: Any) -> Response:
        """A JSON response, indented in debug mode as Flask's own is."""
        document = self._prepare_response_obj(args, kwargs)
        indent = self.compact is False or (self.compact is None and self._app.debug)
        return current_app.response_class(encode(document, indent=indent), mimetype=self.mimetype)
