"""GET /metrics (PRESEND_METRICS=1): Prometheus metrics, behind the same authentication as /v1."""

from __future__ import annotations

import time

from flask import Blueprint, Flask, Response, g, request

from service import metrics
from service.http.errors import Problem
from service.http.runtime import runtime

blueprint = Blueprint("metrics", __name__)


@blueprint.get("/metrics")
def scrape() -> Response:
    """Every worker's counts, summed: Prometheus text format, or OpenMetrics when asked for."""
    if not runtime().settings.metrics:
        raise Problem(404, "Not Found", "Metrics are off: set PRESEND_METRICS=1.", "not-found")
    body, content_type = metrics.exposition(request.headers.get("Accept"))
    return Response(body, content_type=content_type, headers={"Cache-Control": "no-store"})


def time_requests(app: Flask) -> None:
    """Time every request; install before the authentication, so the clock starts before it
    and refused requests are timed too."""

    @app.before_request
    def start_clock() -> None:
        g.metrics_started = time.perf_counter()

    @app.after_request
    def observe(response: Response) -> Response:
        # The route, not the path: a path carries ids, and unknown paths are unbounded.
        endpoint = request.url_rule.rule if request.url_rule else "unmatched"
        metrics.record_request(
            endpoint, response.status_code, g.get("metrics_started", time.perf_counter())
        )
        return response
