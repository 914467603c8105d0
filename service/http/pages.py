"""GET /playground and GET /docs: static pages shipped in the package, open to everyone.

They hold no data: the playground calls the API with the key its user types, and the docs
read /openapi.yaml. Nothing is loaded from elsewhere; the Content-Security-Policy says so to
the browser too.
"""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, send_from_directory

STATIC = Path(__file__).with_name("static")

blueprint = Blueprint(
    "pages", __name__, static_folder=str(STATIC), static_url_path="/static"
)

# Swagger UI sets inline styles and draws its icons as data: images; scripts only from here.
_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "form-action 'none'"
)


@blueprint.after_request
def _secure(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = _POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def _page(name: str) -> Response:
    return send_from_directory(STATIC, name, mimetype="text/html", max_age=0)


@blueprint.get("/playground")
def playground() -> Response:
    """Try a check in the browser: the verdict, the findings in the text, the fixed message."""
    return _page("playground.html")


@blueprint.get("/docs")
def docs() -> Response:
    """The API reference (Swagger UI) for /openapi.yaml."""
    return _page("docs.html")
