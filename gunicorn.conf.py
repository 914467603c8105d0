"""gunicorn settings: the Procfile's server (`python -m service` runs gunicorn with this file).

Settings come from the environment through service.config, so a bad value stops start-up with
presend's message naming the variable (docs/operations.md explains each choice).
"""

import ipaddress
import sys

from service.config import ConfigError, ServerSettings, Settings

try:
    _settings = Settings.from_env()
    _server = ServerSettings.from_env()
except ConfigError as error:
    raise SystemExit(f"presend: {error}") from None

# Without credentials anyone who reaches the port could use the service: then it listens on
# this machine only (`make run` on a laptop), and on_starting below refuses any other address.
bind = f"{'0.0.0.0' if _settings.authenticated else '127.0.0.1'}:{_server.port}"  # noqa: S104
workers = _server.workers
# Worker model (docs/operations.md, "Workers"): presend's worker (service/worker.py), built on
# gunicorn's threaded worker's event loop. Its main thread reads each request whole, without
# blocking, and then runs the app on it in the same thread, as the sync worker did: a client
# that trickles its headers or body holds a few KiB of buffer, not the worker, and a request
# not read within PRESEND_READ_TIMEOUT_SECONDS gets 408. The sync worker gave a whole process
# to every slow client (two took the service down). Database calls block as they did with sync
# workers (psycopg 3 and sqlite3 need nothing else; a post_fork hook works as before). gevent
# was measured too: the app is preloaded before gevent patches the worker, so psycopg keeps its
# blocking C wait (4 x pg_sleep(0.5) in greenlets: 2.07 s, against 0.56 s in threads), and its
# check p99 was 5-10 times the sync worker's. Running the app in a thread of gthread's pool
# instead of the main thread cost two wake-ups a request and a longer tail. bench's HTTP part,
# sync and this worker taking turns on a shared 2-core machine, medians of 3 runs: CPU per
# check 2.93 vs 2.87 ms, checks/s 170 vs 164, check p99 120 vs 136 ms (docs/operations.md).
worker_class = "service.worker.PresendWorker"
# The app runs in the worker's main thread; gthread's pool (one thread) stays idle.
threads = 1
# Each connection in the front holds at most 64 KiB of head and PRESEND_MAX_BODY_BYTES of
# body: 250 bound a worker's buffers (about 80 MiB at the default limit).
worker_connections = 250
# One request per connection, as with the sync worker before: the next request on a kept-alive
# connection would be read by gunicorn's parser, not by the front.
keepalive = 0
# Under the platform's 30 s router timeout, so gunicorn ends a stuck worker first.
timeout = 25
# SIGTERM: PRESEND_DRAIN_SECONDS of answering as usual (with /readyz saying 503), then the
# requests already taken are finished; the master ends what is left after 25 s, inside the
# platform's 30 s.
graceful_timeout = 25
# Build the app once in the master: a broken pack or bad setting stops start-up at once.
preload_app = True
# No proxy is trusted: no X-Forwarded-* scheme and no SCRIPT_NAME/PATH_INFO header changes
# what the app sees (presend builds no URLs and mounts at /). A proxy's headers are passed on
# as ordinary headers.
forwarded_allow_ips = ""
forwarder_headers = ""
# gunicorn's control socket ($XDG_RUNTIME_DIR or ~/.gunicorn/gunicorn.ctl) is one path per
# user, so a second instance on the host would take over the first one's. Nothing uses it.
control_socket_disable = True


def post_fork(server: object, worker: object) -> None:
    """A worker must not share the master's database connections: drop the pool it inherited
    (the master opens none; this keeps it so whatever create_app() does). Only the ledger's
    store opens any, and without a ledger it is never imported (nor SQLAlchemy with it)."""
    store = sys.modules.get("service.ledger.store")
    if store is not None:
        store.after_fork()


# No access log: every check writes its own JSON decision line (with the request id), and
# /healthz probes would only add noise. gunicorn's own messages go to stdout as JSON; the
# worker logs refused requests without their line, headers or address.
accesslog = None
logger_class = "service.logs.ServerLogger"
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


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def on_starting(server):
    """Refuse to serve other interfaces without credentials, whatever --bind says."""
    if _settings.authenticated:
        return
    for address in server.cfg.address:
        # A tuple is a TCP (host, port); a string is a Unix socket, local by nature.
        if isinstance(address, tuple) and not _loopback(address[0]):
            raise SystemExit(
                f"presend: refusing to listen on {address[0]} without credentials: set "
                "PRESEND_API_KEYS or PRESEND_WEBHOOK_SECRETS, or listen on 127.0.0.1"
            )


def child_exit(server, worker):
    """A worker ended: tell the metrics (PRESEND_METRICS=1), whose sums read every worker's."""
    from service import metrics

    metrics.worker_exited(worker.pid)
