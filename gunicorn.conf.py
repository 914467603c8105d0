"""gunicorn settings: the Procfile's server. Only PORT and WEB_CONCURRENCY come from outside."""

import os


def _whole_number(name: str, default: str) -> int:
    raw = os.environ.get(name, default)
    if not raw.strip().isdigit():
        raise SystemExit(f"{name}={raw!r} is not a whole number")
    return int(raw)


bind = f"0.0.0.0:{_whole_number('PORT', '8000')}"
workers = _whole_number("WEB_CONCURRENCY", "2")
# A check is pure CPU work under the GIL, so more threads per worker do not add capacity.
# Measured with `python -m bench --only http` (2 cores, 2 workers, 16 connections):
# sync 975 checks/s, p99 24 ms; gthread with 4 threads 1,181 checks/s but p99 43 ms. A
# pre-send hook waits on every message, so the tail matters more: sync.
worker_class = "sync"
# Under the platform's 30 s router timeout, so gunicorn ends a stuck worker first.
timeout = 25
graceful_timeout = 20
# Build the app once in the master: a broken pack or bad setting stops start-up at once.
preload_app = True


def post_fork(server: object, worker: object) -> None:
    """A worker must not share the master's database connections: drop the pool it inherited
    (the master opens none; this keeps it so whatever create_app() does)."""
    from service.ledger.store import after_fork

    after_fork()


# No access log: every check writes its own JSON decision line (with the request id), and
# /healthz probes would only add noise. gunicorn's own messages go to stdout as JSON.
accesslog = None
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "service.logs.json_formatter"}},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "stream": "ext://sys.stdout",
        },
    },
    "root": {"level": "INFO", "handlers": ["stdout"]},
    "loggers": {
        "gunicorn.error": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
    },
}


def child_exit(server, worker):
    """A worker ended: tell the metrics (PRESEND_METRICS=1), whose sums read every worker's."""
    from service import metrics

    metrics.worker_exited(worker.pid)
