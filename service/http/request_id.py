"""X-Request-Id: taken from the caller or the router (Heroku sets it), else made; echoed."""

from __future__ import annotations

import re
import uuid

from flask import Flask, Response, g, request

HEADER = "X-Request-Id"
# Heroku's ids are UUIDs; other routers use similar tokens. Anything else is replaced rather
# than echoed, so the header cannot carry text (or an e-mail address) into responses and
# logs.
_ACCEPTED = re.compile(r"[A-Za-z0-9._:+=/-]{1,200}")


def current() -> str:
    """The id of the request being handled."""
    request_id: str = g.request_id
    return request_id


def install(app: Flask) -> None:
    """Give every request an id and every response the header."""

    @app.before_request
    def assign() -> None:
        given = request.headers.get(HEADER, "")
        g.request_id = given if _ACCEPTED.fullmatch(given) else str(uuid.uuid4())

    @app.after_request
    def echo(response: Response) -> Response:
        response.headers[HEADER] = g.get("request_id") or str(uuid.uuid4())
        return response
