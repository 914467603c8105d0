"""GET /playground, GET /docs and GET /static/<file>: static pages shipped in the package, open
to everyone.

They hold no data: the playground calls the API with the key its user types, and the docs
read /openapi.yaml. Nothing is loaded from elsewhere; the Content-Security-Policy says so to
the browser too. The files are read once and served from memory (about 2 MB, mostly Swagger
UI), so no request holds a file open.
"""

from __future__ import annotations

import mimetypes
from functools import cache
from pathlib import Path

from flask import Blueprint, Response, abort, request

STATIC = Path(__file__).with_name("static")

blueprint = Blueprint("pages", __name__)

# Swagger UI sets inline styles and draws its icons as data: images; scripts only from here.
_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "form-action 'none'"
)


@cache
def _files() -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in STATIC.iterdir() if path.is_file()}


def _file(name: str, mimetype: str) -> Response:
    content = _files().get(name)
    if content is None:
        abort(404)
    response = Response(content, mimetype=mimetype)
    response.headers["Content-Security-Policy"] = _POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.cache_control.no_cache = True  # revalidate: a new release changes the files
    response.add_etag()
    response.make_conditional(request)
    return response


@blueprint.get("/playground")
def playground() -> Response:
    """Try a check in the browser: the verdict, the findings in the text, the fixed message."""
    return _file("playground.html", "text/html")


@blueprint.get("/docs")
def docs() -> Response:
    """The API reference (Swagger UI) for /openapi.yaml."""
    return _file("docs.html", "text/html")


@blueprint.get("/static/<filename>")
def asset(filename: str) -> Response:
    """A script, style sheet or licence of the pages."""
    mimetype = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return _file(filename, mimetype)
