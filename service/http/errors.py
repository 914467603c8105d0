"""Every error as an RFC 9457 problem document; no exception leaves the service as HTML."""

from __future__ import annotations

import logging
import traceback
from typing import Any

from flask import Flask, Response, json, request
from werkzeug.exceptions import HTTPException, InternalServerError

from service.http.schemas import RequestInvalid
from service.ledger import LedgerUnavailable

PROBLEM_JSON = "application/problem+json"
MAX_LISTED_ERRORS = 50
log = logging.getLogger("presend")


class Problem(Exception):
    """An error answer the service raises on purpose."""

    def __init__(
        self,
        status: int,
        title: str,
        detail: str,
        slug: str,
        headers: dict[str, str] | None = None,
    ):
        super().__init__(detail)
        self.status, self.title, self.detail, self.slug = status, title, detail, slug
        self.headers = headers or {}


def problem_document(
    status: int, title: str, detail: str, slug: str, **extra: Any
) -> dict[str, Any]:
    """An RFC 9457 problem document."""
    return {
        "type": f"urn:presend:problem:{slug}",
        "title": title,
        "status": status,
        "detail": detail,
        **extra,
    }


def problem(
    status: int,
    title: str,
    detail: str,
    slug: str,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> Response:
    """A problem+json response."""
    return problem_response(problem_document(status, title, detail, slug, **extra), headers)


def problem_response(document: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    """A problem document as a problem+json response."""
    # A detail may quote what the caller sent; half a surrogate pair becomes its \\u escape
    # rather than an encoding error.
    body = json.dumps(document).encode("utf-8", "backslashreplace")
    response = Response(body, status=document["status"], mimetype=PROBLEM_JSON)
    response.headers.update(headers or {})
    return response


def _http_error(error: HTTPException) -> Response:
    status = error.code or 500
    slug = (error.name or "error").lower().replace(" ", "-")
    headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}
    return problem(status, error.name, error.description or error.name, slug, headers)


def _raised(error: Problem) -> Response:
    return problem(error.status, error.title, error.detail, error.slug, error.headers)


def invalid_document(error: RequestInvalid, most: int = MAX_LISTED_ERRORS) -> dict[str, Any]:
    """The 422 problem document for a request with invalid fields, listing the first `most`.

    A document can hold thousands of bad fields; the answer names the first few, so it stays
    small whatever was sent.
    """
    listed = error.errors[:most]
    fields = ", ".join(dict.fromkeys(e["field"] for e in listed))
    detail = f"The request has invalid fields: {fields}."
    if len(error.errors) > len(listed):
        detail += f" {len(error.errors) - len(listed)} more errors are not listed."
    return problem_document(422, "Unprocessable Content", detail, "invalid-request", errors=listed)


# Seconds a caller should wait before it asks again while the ledger does not answer.
LEDGER_RETRY_AFTER = 5


def _ledger_unavailable(error: LedgerUnavailable) -> Response:
    log.error("ledger unavailable", extra={"error": str(error)})
    return problem(
        503,
        "Service Unavailable",
        "The send ledger (the service's database) did not answer, so the history rules could "
        "not be applied: nothing was decided. Send the request again later.",
        "ledger-unavailable",
        headers={"Retry-After": str(LEDGER_RETRY_AFTER)},
    )


def _invalid(error: RequestInvalid) -> Response:
    return problem_response(invalid_document(error))


def _unexpected(error: Exception) -> Response:
    # A bug. Log its type and where it happened, not its text: that may quote the request.
    frame = traceback.extract_tb(error.__traceback__)[-1]
    log.error(
        "unhandled error",
        extra={"error": type(error).__name__, "at": f"{frame.filename}:{frame.lineno}"},
    )
    return _http_error(InternalServerError())


def register(app: Flask) -> None:
    """Install the problem handlers on an app."""
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Problem, _raised)
    app.register_error_handler(RequestInvalid, _invalid)
    app.register_error_handler(LedgerUnavailable, _ledger_unavailable)
    app.register_error_handler(Exception, _unexpected)


def refuse_paths_not_in_utf8(app: Flask) -> None:
    """A path whose percent-escapes are not UTF-8 is a 400 problem, before any view reads it.

    werkzeug decodes such bytes to U+FFFD, so /v1/sellers/M%FCller (Latin-1) and
    /v1/sellers/M%E4ller were the same seller "M\ufffdller", a daily limit set for one counted
    for the other, and the answer named neither. Installed after authentication: an anonymous
    caller learns nothing about paths.
    """

    @app.before_request
    def path_in_utf8() -> None:
        # PATH_INFO holds the path's bytes as Latin-1 characters (PEP 3333).
        try:
            request.environ.get("PATH_INFO", "").encode("latin-1").decode("utf-8")
        except UnicodeError:
            raise Problem(
                400,
                "Bad Request",
                "The path is not UTF-8: percent-escape the UTF-8 bytes of each character.",
                "invalid-path",
            ) from None
