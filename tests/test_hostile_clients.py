"""The server as the Procfile starts it, under what an attacker or an unlucky client sends:
slow connections, broken framing, random bytes, requests that cost memory; and what the logs
keep of it all. SIGTERM under load is in test_drain.py.
"""

from __future__ import annotations

import base64
import contextlib
import json
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.live import (
    API_KEY,
    CHECK,
    CHECK_BODY,
    REPO,
    Server,
    environment,
    exchange,
    free_port,
    parse_answer,
    procfile_command,
    request,
    running,
)

SECRET = "whsec_" + base64.b64encode(bytes(range(32))).decode()
READ_TIMEOUT = 4
AUTHORIZED = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    """HOME and XDG_RUNTIME_DIR of the server: where gunicorn would put a control socket."""
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def server(home) -> Iterator[Server]:
    """Two workers (the Procfile's default), an API key and a webhook secret."""
    with running(
        2,
        PRESEND_API_KEYS=API_KEY,
        PRESEND_WEBHOOK_SECRETS=SECRET,
        PRESEND_READ_TIMEOUT_SECONDS=str(READ_TIMEOUT),
        PRESEND_DRAIN_SECONDS="1",  # the last test stops it
        HOME=str(home),
        XDG_RUNTIME_DIR=str(home),
    ) as started:
        yield started


def assert_problem(answer: bytes, status: int) -> dict[str, object]:
    """A whole HTTP answer with this status and a problem document; never an HTML page."""
    assert answer, "no answer"
    got, headers, body = parse_answer(answer)
    assert got == status, answer[:300]
    assert headers["content-type"] == "application/problem+json"
    assert int(headers["content-length"]) == len(body)
    document: dict[str, object] = json.loads(body)
    assert document["status"] == status
    return document


# 1. Slow clients cannot starve it ------------------------------------------------------------

SLOW_CONNECTIONS = 200
HOLD_SECONDS = 3.0


def _open_slow(port: int, number: int) -> socket.socket:
    connection = socket.create_connection(("127.0.0.1", port), timeout=5)
    if number % 2:  # trickles its headers
        connection.sendall(b"POST /v1/checks HTTP/1.1\r\nHost: presend\r\nX-Slow: ")
    else:  # sends its headers, then trickles its body
        connection.sendall(
            b"POST /v1/checks HTTP/1.1\r\nHost: presend\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000\r\n\r\n{"
        )
    return connection


@pytest.mark.slow
def test_slow_clients_do_not_starve_health_checks_or_checks(server):
    connections = [_open_slow(server.port, number) for number in range(SLOW_CONNECTIONS)]
    stop = time.monotonic() + HOLD_SECONDS

    def trickle() -> None:
        while time.monotonic() < stop:
            for connection in connections:
                with contextlib.suppress(OSError):
                    connection.send(b"a")
            time.sleep(0.5)

    trickler = threading.Thread(target=trickle)
    trickler.start()
    slowest, probes = 0.0, 0
    try:
        while time.monotonic() < stop:
            for method, path, body in (
                ("GET", "/healthz", None),
                ("POST", "/v1/checks", CHECK_BODY),
            ):
                started = time.monotonic()
                status, _, answer = request(server.port, method, path, body, AUTHORIZED, timeout=5)
                slowest = max(slowest, time.monotonic() - started)
                probes += 1
                assert status == 200, answer
            time.sleep(0.1)
    finally:
        trickler.join()
        for connection in connections:
            connection.close()
    assert probes >= 10
    assert slowest < 1.0


@pytest.mark.slow
def test_clients_that_never_close_do_not_hold_the_worker(server):
    """Each reads its answer and keeps the connection open: the worker must not wait for it."""
    held = []
    try:
        for _ in range(40):
            connection = socket.create_connection(("127.0.0.1", server.port), timeout=5)
            connection.sendall(b"GET /healthz HTTP/1.1\r\nHost: presend\r\n\r\n")
            held.append(connection)
        started = time.monotonic()
        status, _, _ = request(server.port, "GET", "/healthz", timeout=5)
        assert status == 200
        assert time.monotonic() - started < 1.0
        for connection in held:
            assert connection.recv(65536).startswith(b"HTTP/1.1 200 ")
    finally:
        for connection in held:
            connection.close()


def test_a_client_that_expects_100_continue_gets_it_before_its_body(server):
    head = _post(KEY + "Expect: 100-continue\r\n", b"").removesuffix(b"\r\n\r\n")
    head = head.replace(b"Content-Length: 0", f"Content-Length: {len(CHECK_BODY)}".encode())
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as connection:
        connection.sendall(head + b"\r\n\r\n")
        connection.settimeout(1.0)
        assert connection.recv(65536).startswith(b"HTTP/1.1 100 Continue\r\n")
        connection.settimeout(5)
        connection.sendall(CHECK_BODY)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    final = answer[answer.index(b"HTTP/1.1 200 ") :]
    status, _, body = parse_answer(final)
    assert status == 200
    assert json.loads(body)["message_id"] == "server-test"


def test_a_request_not_received_in_time_gets_408(server):
    with socket.create_connection(("127.0.0.1", server.port), timeout=READ_TIMEOUT + 5) as slow:
        slow.sendall(b"GET /healthz HTTP/1.1\r\nHost: presend\r\n")
        started = time.monotonic()
        answer = b""
        while chunk := slow.recv(65536):
            answer += chunk
    assert READ_TIMEOUT - 1 <= time.monotonic() - started <= READ_TIMEOUT + 2
    assert assert_problem(answer, 408)["title"] == "Request Timeout"


# 4. Never a 500, never HTML: gunicorn's own refusals and broken framing ------------------------


def _post(headers: str, body: bytes, chunked: bool = False) -> bytes:
    framing = "Transfer-Encoding: chunked" if chunked else f"Content-Length: {len(body)}"
    return (
        f"POST /v1/checks HTTP/1.1\r\nHost: presend\r\nContent-Type: application/json\r\n"
        f"{headers}{framing}\r\n\r\n"
    ).encode() + body


def _chunked(body: bytes) -> bytes:
    return b"%x\r\n" % len(body) + body + b"\r\n0\r\n\r\n"


KEY = f"Authorization: Bearer {API_KEY}\r\n"
WEBHOOK = "webhook-id: msg_1\r\nwebhook-timestamp: 1700000000\r\nwebhook-signature: v1,x\r\n"
TOO_LARGE = json.dumps({**CHECK, "padding": "x" * (256 * 1024)}).encode()

REFUSED = {
    "request line too long": (b"GET /" + b"a" * 5000 + b" HTTP/1.1\r\nHost: p\r\n\r\n", 414),
    "too many headers": (
        b"GET /healthz HTTP/1.1\r\n" + b"".join(b"X-%d: y\r\n" % n for n in range(150)) + b"\r\n",
        431,
    ),
    "a header too long": (b"GET /healthz HTTP/1.1\r\nX-Long: " + b"y" * 9000 + b"\r\n\r\n", 431),
    "a head over 64 KiB": (
        b"GET /healthz HTTP/1.1\r\n"
        + b"".join(b"X-%d: %s\r\n" % (n, b"y" * 800) for n in range(90)),
        431,
    ),
    "not HTTP": (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 400),
    "bad method": (b"G(ET / HTTP/1.1\r\nHost: p\r\n\r\n", 400),
    "HTTP/2.0 in an HTTP/1 line": (b"GET / HTTP/2.0\r\nHost: p\r\n\r\n", 400),
    "bad header name": (b"GET /healthz HTTP/1.1\r\nX(Y: 1\r\n\r\n", 400),
    "folded header": (b"GET /healthz HTTP/1.1\r\nX-A: 1\r\n  2\r\n\r\n", 400),
    "two content lengths": (
        b"POST /v1/checks HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
        400,
    ),
    "content length and chunked": (
        b"POST /v1/checks HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"0\r\n\r\n",
        400,
    ),
    "misspelt transfer coding": (
        b"POST /v1/checks HTTP/1.1\r\nTransfer-Encoding: chunkd\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
        400,  # not RFC 9112's 501: no 5xx for a client's mistake
    ),
    "unknown transfer coding": (
        b"POST /v1/checks HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n",
        400,
    ),
    "bad chunk size, API key": (_post(KEY, b"ZZ\r\n{}\r\n0\r\n\r\n", chunked=True), 400),
    "bad chunk size, webhook headers": (
        _post(WEBHOOK, b"ZZ\r\n{}\r\n0\r\n\r\n", chunked=True),
        400,
    ),
    "chunk without its CRLF": (_post(KEY, b"2\r\n{}XX0\r\n\r\n", chunked=True), 400),
    "chunked body over the limit": (_post(KEY, _chunked(TOO_LARGE), chunked=True), 413),
    "chunked body over the limit, webhook headers": (
        _post(WEBHOOK, _chunked(TOO_LARGE), chunked=True),
        413,
    ),
    "body over the limit": (_post(KEY, TOO_LARGE), 413),
}


@pytest.mark.parametrize(("sent", "status"), list(REFUSED.values()), ids=list(REFUSED))
def test_what_gunicorn_refuses_is_a_problem_document(server, sent, status):
    assert_problem(exchange(server.port, sent), status)


def test_a_chunked_check_within_the_limit_is_answered(server):
    status, _, body = parse_answer(exchange(server.port, _post(KEY, _chunked(CHECK_BODY), True)))
    assert status == 200, body
    assert json.loads(body)["message_id"] == "server-test"


@pytest.mark.parametrize("name", ["SCRIPT_NAME", "SCRIPT-NAME", "PATH_INFO"])
def test_proxy_headers_from_a_trusted_address_change_nothing(server, name):
    """127.0.0.1 is gunicorn's default trusted proxy; presend trusts none."""
    sent = f"GET /healthz HTTP/1.1\r\nHost: p\r\n{name}: /elsewhere\r\n\r\n".encode()
    status, _, body = parse_answer(exchange(server.port, sent))
    assert status == 200, body
    assert json.loads(body) == {"status": "ok"}


def test_readyz_says_ready_while_serving(server):
    status, _, body = request(server.port, "GET", "/readyz")
    assert status == 200
    assert json.loads(body) == {"status": "ready", "ledger": "off"}  # tests/live.py: no ledger


# Random framing over raw sockets: whatever comes back is a whole answer, never a 500 ----------

request_lines = st.sampled_from(
    [b"POST /v1/checks HTTP/1.1", b"GET /healthz HTTP/1.1", b"GET /readyz HTTP/1.0"]
) | st.binary(max_size=60)
header_lines = st.lists(
    st.sampled_from(
        [
            b"Host: presend",
            b"Content-Type: application/json",
            f"Authorization: Bearer {API_KEY}".encode(),
            b"Content-Length: 2",
            b"Content-Length: -1",
            b"Content-Length: 99999999999999999999",
            b"Transfer-Encoding: chunked",
            b"Transfer-Encoding: chunked, gzip",
            b"Expect: 100-continue",
            b"webhook-id: msg_1",
            b"SCRIPT_NAME: /x",
            b"X-Request-Id: +4915112345678",
        ]
    )
    | st.binary(max_size=40),
    max_size=6,
)
bodies = st.sampled_from(
    [b"", b"{}", b"0\r\n\r\n", b"2\r\n{}\r\n0\r\n\r\n", b"ZZ\r\n", b"5\r\n{}", CHECK_BODY]
) | st.binary(max_size=80)
line_ends = st.sampled_from([b"\r\n", b"\n", b"\r"])


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(line=request_lines, headers=header_lines, body=bodies, end=line_ends)
def test_random_framing_is_answered_without_a_500(server, line, headers, body, end):
    answer = exchange(server.port, end.join([line, *headers]) + end + end + body, timeout=15)
    if not answer:
        return  # the request was not whole when the client closed: nobody to answer
    status, response_headers, _ = parse_answer(answer)
    assert status != 500, answer[:300]
    if status >= 400:
        assert response_headers["content-type"] == "application/problem+json", answer[:300]


# 3. Bounded work: a worker's memory comes back after any accepted request --------------------


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError(f"no VmRSS for {pid}")


HOSTILE_BODIES = [
    json.dumps({**CHECK, "message": {**CHECK["message"], "attachments": [{}] * 62_000}}),
    json.dumps({**CHECK, **{f"f{n}": 1 for n in range(20_000)}}),
    json.dumps({**CHECK, "message": {**CHECK["message"], "body": "a@b.de " * 14_000}}),
]


@pytest.mark.slow
def test_memory_returns_to_normal_after_hostile_requests(server):
    def send_all(rounds: int) -> None:
        for _ in range(rounds):
            for body in HOSTILE_BODIES:
                status, _, answer = request(
                    server.port, "POST", "/v1/checks", body.encode(), AUTHORIZED
                )
                assert status in (200, 422), answer[:300]
                assert len(answer) < 16 * 1024

    send_all(2)  # each worker's first time: caches and arenas
    workers = server.worker_pids()
    before = sum(_rss_kib(pid) for pid in workers)
    send_all(8)
    after = sum(_rss_kib(pid) for pid in workers)
    assert after - before < 8 * 1024, f"workers grew by {(after - before) // 1024} MiB"


# 5. Safe defaults ---------------------------------------------------------------------------


def test_no_control_socket_is_created(server, home):
    assert not list(home.rglob("*.ctl"))
    assert not (home / ".gunicorn").exists()


def test_without_credentials_it_refuses_to_listen_on_every_interface():
    port = free_port()
    environ = environment(port, 1)
    environ["GUNICORN_CMD_ARGS"] = f"--bind=0.0.0.0:{port}"
    done = subprocess.run(  # noqa: S603 (the Procfile's own command)
        procfile_command(),
        cwd=REPO,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
    assert "presend: refusing to listen on 0.0.0.0 without credentials" in done.stderr
    assert "Traceback" not in done.stderr
    assert "Listening at" not in done.stdout


# 6. The trail, read last: every line JSON, refusals logged, nothing the client sent -----------

MARKERS = ["query-marker-6a1f", "header-marker-93c2", "kunde@example.com", "+4915112345678"]


def test_the_log_keeps_refusals_but_nothing_the_client_sent(server):
    for path in (f"/v1/checks?q={MARKERS[0]}", f"/{'a' * 5000}?q={MARKERS[0]}"):
        exchange(
            server.port,
            f"GET {path} HTTP/1.1\r\nX-Note: {MARKERS[1]}\r\nX-Request-Id: {MARKERS[3]}\r\n"
            f"From: {MARKERS[2]}\r\n\r\n".encode(),
        )
    exchange(server.port, f"GET /?{MARKERS[0]} HTTP/1.1\r\nX(: {MARKERS[1]}\r\n\r\n".encode())
    assert server.stop() == 0
    server.finish()
    lines = [line for line in server.stdout if line.strip()]
    records = [json.loads(line) for line in lines]
    assert all(isinstance(record, dict) for record in records)
    refused = [r for r in records if r.get("message") == "authentication refused"]
    assert refused
    assert {"reason", "request_id", "endpoint"} <= set(refused[0])
    text = "\n".join(lines)
    for marker in [*MARKERS, API_KEY, SECRET, "ip="]:
        assert marker not in text
    assert not server.stderr, "\n".join(server.stderr)
