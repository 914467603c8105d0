"""Reading a request body: whole and within the limit; JSON strictly (UTF-8, no duplicate
keys)."""

from __future__ import annotations

import json
import re
from typing import Any

from flask import Request, current_app
from werkzeug.exceptions import RequestEntityTooLarge

from service.http.errors import Problem
from service.http.runtime import unproxied


def raw_body(request: Request) -> bytes:
    """The body's bytes; 413 when they are more than the limit, with Content-Length or not."""
    request = unproxied(request)
    limit: int = current_app.config["MAX_CONTENT_LENGTH"]
    if request.content_length is not None:
        # The app's limit set on the request, as Flask's property would read it from the app
        # (twice, through the proxy); werkzeug answers 413 from the header.
        request.max_content_length = limit
        return request.get_data(cache=True)
    # A chunked body: werkzeug stops reading at the limit and says nothing, so the body would
    # be cut. Read one byte more to tell a body of exactly the limit from a longer one.
    request.max_content_length = limit + 1
    data = request.get_data(cache=True)
    if len(data) > limit:
        raise RequestEntityTooLarge()
    return data


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # With a duplicate key one value would be dropped silently; the caller should know. The
    # dict is built in C, and only a document with fewer keys than members is looked through.
    document = dict(pairs)
    if len(document) < len(pairs):
        seen = set()
        for key, _value in pairs:
            if key in seen:
                raise ValueError(f"duplicate key '{key[:64]}'")
            seen.add(key)
    return document


# A \u escape of either half of a surrogate pair: the only way JSON text decoded as strict
# UTF-8 can hold one. Without any, the parsed document needs no walk for a lone half.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _no_lone_surrogates(value: Any) -> None:
    """A \\ud800 escape without its pair is valid JSON but no text: nothing could echo it."""
    if isinstance(value, str):
        if not value.isascii():
            value.encode("utf-8")  # raises UnicodeEncodeError, a ValueError
    elif isinstance(value, dict):
        for key, item in value.items():
            _no_lone_surrogates(key)
            _no_lone_surrogates(item)
    elif isinstance(value, list):
        for item in value:
            _no_lone_surrogates(item)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# One decoder for every body: json.loads() builds a new one, scanner and all, for each call
# that passes a hook (a seventh of the parse).
_DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_no_constant)


def json_body(request: Request) -> Any:
    """The parsed JSON body, or a 415/400 problem."""
    request = unproxied(request)
    if not request.is_json:
        raise Problem(
            415,
            "Unsupported Media Type",
            "Send the request body as JSON with 'Content-Type: application/json'.",
            "unsupported-media-type",
        )
    return parse_json(raw_body(request))


def parse_json(raw: bytes) -> Any:
    """JSON from bytes as the API reads a body (UTF-8, no duplicate keys), or a 400 problem."""
    try:
        # UTF-8 only (RFC 8259), strictly: json.loads(bytes) would also take UTF-16/32 and
        # surrogates encoded as UTF-8.
        text = raw.decode("utf-8")
        if text.startswith("\ufeff"):
            # Refused as json.loads() refuses it: RFC 8259 allows no byte order mark.
            raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
        document = _DECODER.decode(text)
        # The search only where a \u escape is: most bodies have none.
        if "\\u" in text and _SURROGATE_ESCAPE.search(text):
            _no_lone_surrogates(document)
        return document
    except (ValueError, RecursionError) as error:
        # ValueError covers bad JSON and bad UTF-8; the message names the place, not the data.
        raise Problem(
            400, "Bad Request", f"The body is not valid JSON: {_reason(error)}.", "invalid-json"
        ) from None


def _reason(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} at line {error.lineno}, column {error.colno}"
    if isinstance(error, UnicodeDecodeError):
        return "not UTF-8"
    if isinstance(error, UnicodeEncodeError):
        return "a \\u escape names half of a surrogate pair"
    if isinstance(error, RecursionError):
        return "nested too deeply"
    return str(error)
