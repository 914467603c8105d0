"""The worker's front in-process: when a request's bytes make it whole, and what handing them to
gunicorn's parser costs. The server as the Procfile starts it is in test_hostile_clients.py.

Growth, not wall-clock budgets, as in tests/engine/test_scanners.py: ten times the body may
cost at most GROWTH times as much (linear is 10, quadratic 100: the two cases below measured
40 and more before their fixes), and a run still going after CUTOFF ends the measurement.
"""

from __future__ import annotations

import socket
from collections.abc import Callable

import pytest
from gunicorn.config import Config

from service.worker import BufferedConn, Framing
from tests.timing import best_of_three

HEAD = b"POST /v1/checks HTTP/1.1\r\nHost: presend\r\nTransfer-Encoding: chunked\r\n\r\n"
MAX_BODY = 256 * 1024
GROWTH = 20
FLOOR = 0.002  # seconds: the small body's time counts as at least this much
CUTOFF = 4.0  # seconds: a run this slow is no measuring noise


def one_byte_chunks(count: int) -> bytes:
    return b"1\r\nx\r\n" * count + b"0\r\n\r\n"


def growth(run: Callable[[int], object], small: int) -> float:
    """How much more ten times `small` one-byte chunks cost than `small` of them."""
    large = best_of_three(lambda: run(10 * small), CUTOFF)
    return large / max(best_of_three(lambda: run(small), CUTOFF), FLOOR)


def arrive(request: bytes, piece: int) -> list[bool]:
    """Whether the front holds a whole request after each arrival of `piece` bytes."""
    buffer, framing, whole = bytearray(), None, []
    for start in range(0, len(request), piece):
        buffer += request[start : start + piece]
        head_end = buffer.find(b"\r\n\r\n")
        if framing is None and head_end >= 0:
            framing = Framing.of(bytes(buffer[:head_end]))
        body = len(buffer) - head_end - 4
        whole.append(framing is not None and framing.received(body, buffer, MAX_BODY))
    return whole


BODIES = {
    "one chunk": b"5\r\nhello\r\n0\r\n\r\n",
    "chunks ending in CRLF": b"2\r\n\r\n\r\n2\r\n\r\n\r\n0\r\n\r\n",
    "an extension": b"5;name=value\r\nhello\r\n0\r\n\r\n",
    "a trailer": b"5\r\nhello\r\n0\r\nX-Checked: yes\r\n\r\n",
    "upper-case hex": b"A\r\n0123456789\r\n0\r\n\r\n",
}


@pytest.mark.parametrize("body", list(BODIES.values()), ids=list(BODIES))
@pytest.mark.parametrize("piece", [1, 2, 3, 7, 1000])
def test_a_chunked_body_is_whole_with_its_last_byte_and_not_before(body, piece):
    request = HEAD + body
    whole = arrive(request, piece)
    assert whole[-1]
    assert not any(whole[:-1])


def test_a_chunk_size_that_is_not_hexadecimal_hands_the_request_on():
    """gunicorn's parser refuses it (400); the front need not wait for an end."""
    assert arrive(HEAD + b"ZZ\r\n{}\r\n", 1000) == [True]


def test_a_chunked_body_trickled_costs_linear_time_in_its_length():
    """Each arrival walks its own bytes, not the body from its start: walked from the start, a
    chunked body of one-byte chunks trickled a chunk at a time cost the worker the whole buffer
    per chunk, before any credentials were looked at (20 such clients kept /healthz waiting
    6 s)."""

    def trickle(chunks: int) -> None:
        arrive(HEAD + one_byte_chunks(chunks), len(b"1\r\nx\r\n"))

    assert growth(trickle, 100) <= GROWTH


def test_a_buffered_chunked_body_is_read_by_the_parser_in_linear_time():
    """The front hands the parser its bytes as a socket would, a read at a time: unread in one
    piece, gunicorn's chunked reader copied all it held after each chunk, and 256 KiB of
    one-byte chunks cost 1.5 s of CPU."""
    ours, theirs = socket.socketpair()

    def read(chunks: int) -> None:
        conn = BufferedConn(Config(), ours, ("127.0.0.1", 1), ("127.0.0.1", 2), deadline=0.0)
        conn.buffer += HEAD + one_byte_chunks(chunks)
        conn.init()
        assert next(conn.parser).body.read() == b"x" * chunks

    try:
        assert growth(read, 6_000) <= GROWTH
    finally:
        ours.close()
        theirs.close()
