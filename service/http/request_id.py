"""X-Request-Id: taken from the caller or the router (Heroku sets it), else made; echoed."""

from __future__ import annotations

import re

from flask import Flask, Response, g, request
from flask.ctx import AppContext

from service.engine.scan import contact
from service.ids import new_id

HEADER = "X-Request-Id"
# Heroku's ids are UUIDs; other routers use similar tokens. Anything else is replaced rather
# than echoed, so the header cannot carry text (or an e-mail address: no @) into responses and
# logs.
_ACCEPTED = re.compile(r"[A-Za-z0-9._:+=/-]{1,200}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_SEPARATORS = re.compile(r"[._:=/-]")


def _personal(given: str) -> bool:
    """Whether an id carries what looks like a phone number, an IBAN or a card number, as
    the message scanners find them (a run of 6 to 15 digits counts as a phone number)."""
    if _UUID.fullmatch(given):
        return False
    # The scanners look for numbers standing apart, as in a sentence.
    text = _SEPARATORS.sub(" ", given)
    return bool(contact.find_bank_numbers(text) or next(contact.find_phone_candidates(text), None))


def accepted(given: str) -> bool:
    """Whether a caller's id is echoed and logged (else a new one replaces it)."""
    return bool(_ACCEPTED.fullmatch(given)) and not _personal(given)


def current(context: AppContext | None = None) -> str:
    """The id of the request being handled (in this app context, if given)."""
    request_id: str = (g if context is None else context.g).request_id
    return request_id


def install(app: Flask) -> None:
    """Give every request an id and every response the header."""

    @app.before_request
    def assign() -> None:
        given = request.headers.get(HEADER, "")
        g.request_id = given if accepted(given) else new_id()

    @app.after_request
    def echo(response: Response) -> Response:
        response.headers[HEADER] = g.get("request_id") or new_id()
        return response
