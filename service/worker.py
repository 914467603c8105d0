"""The gunicorn worker the Procfile runs: gunicorn's threaded worker's event loop with three
additions.

- A front: the worker's main thread reads each request whole (head and body), without
  blocking, and only then runs the app on it, in the same thread, as a sync worker would. A
  client that trickles bytes holds a buffer, not the worker; one that has not sent its request
  within PRESEND_READ_TIMEOUT_SECONDS gets 408. After the answer the connection is closed
  without waiting for the client.
- A drain on SIGTERM: the worker answers as usual for PRESEND_DRAIN_SECONDS while /readyz says
  503, then takes every connection already waiting in the listen backlog and answers it too,
  so a restart resets nothing that was sent.
- Problem documents for what gunicorn refuses itself (a bad request line, too many headers,
  bad chunking), logged without the request's line, headers or address.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import errno
import json
import logging
import os
import re
import selectors
import socket
import struct
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from gunicorn.http import errors as http_errors
from gunicorn.workers.gthread import TConn, ThreadWorker
from werkzeug.exceptions import BadRequest, RequestTimeout

from service.config import Settings
from service.http.errors import PROBLEM_JSON, problem_document
from service.http.meta import DRAINING
from service.ids import new_id

log = logging.getLogger("presend")

# The request line and headers together; gunicorn's own limits (4094 bytes for the line,
# 100 headers of 8190 bytes) apply after this.
MAX_HEAD_BYTES = 64 * 1024
_RECV_BYTES = 64 * 1024
_HEAD_END = b"\r\n\r\n"
_CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:[ \t]*([0-9]{1,18})[ \t]*(?:\r\n|$)")
_CHUNKED = re.compile(rb"\r\ntransfer-encoding:[^\r]*chunked")
# A chunk's size line: hexadecimal digits, then any extension (gunicorn judges it).
_CHUNK_SIZE = re.compile(rb"([0-9A-Fa-f]{1,16})(?:[ \t]*;[^\r\n]*)?")
_EXPECT_CONTINUE = re.compile(rb"\r\nexpect:[ \t]*100-continue[ \t]*(?:\r\n|$)")
_CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"
# How long the app may wait for bytes the front did not read (see BufferedConn.init).
LATE_READ_SECONDS = 1.0
# How long an answered connection is read from (and discarded) before it is closed.
LINGER_SECONDS = 2.0
# After the backlog is closed to new connections, handshakes already under way may still
# land in it; they are taken after this pause too.
_LAST_HANDSHAKES_SECONDS = 0.05


# gunicorn's parser errors, most specific first: the status, title and a detail that never
# quotes the request.
_PARSER_ERRORS: list[tuple[type[Exception], int, str, str]] = [
    (http_errors.LimitRequestLine, 414, "URI Too Long", "The request line is too long."),
    (
        http_errors.LimitRequestHeaders,
        431,
        "Request Header Fields Too Large",
        "The request has too many headers, or one that is too long.",
    ),
    # RFC 9112 suggests 501, but no 5xx should ever mean "your request was wrong".
    (
        http_errors.UnsupportedTransferCoding,
        400,
        "Bad Request",
        "The only transfer coding understood is chunked.",
    ),
    (
        http_errors.ExpectationFailed,
        417,
        "Expectation Failed",
        "The only expectation understood is 100-continue.",
    ),
    (
        http_errors.InvalidChunkSize,
        400,
        "Bad Request",
        "The chunked body is malformed: a chunk size is not hexadecimal.",
    ),
    (
        http_errors.ChunkMissingTerminator,
        400,
        "Bad Request",
        "The chunked body is malformed: a chunk does not end with CRLF.",
    ),
    (
        http_errors.InvalidChunkExtension,
        400,
        "Bad Request",
        "The chunked body is malformed: a chunk extension is not valid.",
    ),
    (http_errors.InvalidRequestLine, 400, "Bad Request", "The request line is not valid."),
    (http_errors.InvalidRequestMethod, 400, "Bad Request", "The request method is not valid."),
    (http_errors.InvalidHTTPVersion, 400, "Bad Request", "The HTTP version is not 1.0 or 1.1."),
    (http_errors.InvalidHeaderName, 400, "Bad Request", "A header name is not valid."),
    (http_errors.ObsoleteFolding, 400, "Bad Request", "A header is folded over two lines."),
    (http_errors.InvalidHeader, 400, "Bad Request", "A header is not valid."),
    (http_errors.ParseException, 400, "Bad Request", "The request is not valid HTTP/1.1."),
]


def _parser_error(error: BaseException) -> tuple[int, str, str]:
    for kind, status, title, detail in _PARSER_ERRORS:
        if isinstance(error, kind):
            return status, title, detail
    return 500, "Internal Server Error", "The server failed to answer the request."


def problem_bytes(status: int, title: str, detail: str) -> bytes:
    """A whole HTTP/1.1 problem+json answer that closes the connection."""
    slug = title.lower().replace(" ", "-")
    body = json.dumps(problem_document(status, title, detail, slug)).encode()
    head = (
        f"HTTP/1.1 {status} {title}\r\n"
        f"Content-Type: {PROBLEM_JSON}\r\n"
        f"Content-Length: {len(body)}\r\n"
        f"X-Request-Id: {new_id()}\r\n"
        "Connection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


@dataclass(frozen=True)
class Framing:
    """How a request's body ends, read once from its head."""

    length: int | None  # Content-Length, if given and not chunked
    expects_continue: bool  # an HTTP/1.1 client waiting for "100 Continue" before its body
    # A chunked body's walk so far, so that each arrival is walked once (ChunkedBody); None
    # for a body that is not chunked.
    chunks: ChunkedBody | None = field(compare=False)

    @classmethod
    def of(cls, head: bytes) -> Framing:
        """The framing a head announces (gunicorn's parser still judges the head itself);
        `head` is the buffer's bytes up to the empty line, its body follows that line."""
        head = head.lower()
        length = _CONTENT_LENGTH.search(head)
        return cls(
            length=None if length is None else int(length.group(1)),
            expects_continue=bool(_EXPECT_CONTINUE.search(head))
            and head.split(b"\r\n", 1)[0].endswith(b"http/1.1"),
            chunks=ChunkedBody(len(head) + len(_HEAD_END)) if _CHUNKED.search(head) else None,
        )

    def received(self, body: int, buffer: bytearray, max_body: int) -> bool:
        """Whether `body` bytes after the head make the request whole. A Content-Length above
        the limit needs no body: the app answers 413 from the header alone."""
        if self.chunks is not None:
            # Past the limit the app answers 413 without the rest.
            return body > max_body or self.chunks.ended(buffer)
        if self.length is None:
            return True
        return self.length > max_body or body >= self.length


class ChunkedBody:
    """Whether a chunked body has arrived whole: its last chunk and trailer. Chunk by chunk: a
    chunk's data may itself end in CRLF, so CRLF CRLF at the end proves nothing. A size that
    is not hexadecimal ends it too: gunicorn's parser refuses it (400).

    The walk resumes where the last arrival left it, so each byte is looked at about once:
    walked from the body's start on every arrival, 256 KiB of one-byte chunks trickled a byte
    at a time cost the worker the whole buffer per byte, and 20 such clients, before any
    credentials were looked at, kept /healthz waiting 6 s.
    """

    def __init__(self, start: int):
        # Of the next chunk's size line (beyond the buffer while a chunk's data is arriving),
        # or, after the last chunk, of the CRLF that the trailer's empty line ends with.
        self.position = start
        self.searched = start  # where to go on looking for the end of that line or trailer
        self.last = False  # whether the last chunk (size 0) was read

    def ended(self, buffer: bytearray) -> bool:
        """Whether the buffer, the bytes already walked and those that arrived since, holds the
        whole body."""
        while not self.last:
            if self.position >= len(buffer):
                return False
            line_end = buffer.find(b"\r\n", max(self.position, self.searched))
            if line_end < 0:
                self.searched = len(buffer) - 1  # its "\r" may end the buffer
                return False
            size = _CHUNK_SIZE.fullmatch(buffer, self.position, line_end)
            if size is None:
                return True
            if int(size.group(1), 16) == 0:
                self.last, self.position = True, line_end
            else:
                self.position = line_end + 2 + int(size.group(1), 16) + 2
        if buffer.find(_HEAD_END, max(self.position, self.searched)) >= 0:
            return True
        self.searched = len(buffer) - len(_HEAD_END) + 1
        return False


class BufferedConn(TConn):  # type: ignore[misc]
    """A connection with the bytes the front has read so far."""

    def __init__(self, cfg: Any, sock: socket.socket, client: Any, server: Any, deadline: float):
        super().__init__(cfg, sock, client, server)
        self.buffer = bytearray()
        self.head_end = -1
        self.framing: Framing | None = None  # once the head is whole
        self.deadline = deadline

    def init(self) -> None:
        """Give the parser what the front read. The front reads until a request is whole by
        its framing; should the parser still want more (a chunked body longer than the limit
        is handed on before its end), it waits at most LATE_READ_SECONDS in all."""
        super().init()
        # Read back as the socket would hand it over, a recv() at a time, not unread in one
        # piece: gunicorn's chunked reader copies what it holds after each chunk, so a whole
        # 256 KiB body of one-byte chunks held at once cost it 1.5 s of CPU (quadratic).
        self.parser.unreader.sock = _Deadline(
            self.sock, time.monotonic() + LATE_READ_SECONDS, bytes(self.buffer)
        )
        self.buffer = bytearray()


class _Deadline:
    """A socket that first hands over the bytes the front read, then reads from the socket, all
    these reads together waiting at most until a deadline, then raising TimeoutError."""

    def __init__(self, sock: socket.socket, deadline: float, read: bytes = b""):
        self._sock, self._deadline = sock, deadline
        self._read, self._handed = memoryview(read), 0

    def recv(self, size: int) -> bytes:
        if self._handed < len(self._read):
            piece = self._read[self._handed : self._handed + size]
            self._handed += len(piece)
            return bytes(piece)
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the request did not arrive in time")
        self._sock.settimeout(remaining)
        return self._sock.recv(size)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


class _Input:
    """The request body as the app reads it: gunicorn's errors become 400 and 408 answers."""

    def __init__(self, body: Any):
        self._body = body

    def read(self, size: int | None = None) -> bytes:
        data: bytes = self._translated(self._body.read, size)
        return data

    def readline(self, size: int | None = None) -> bytes:
        line: bytes = self._translated(self._body.readline, size)
        return line

    def readlines(self, size: int | None = None) -> list[bytes]:
        lines: list[bytes] = self._translated(self._body.readlines, size)
        return lines

    def __iter__(self) -> Iterator[bytes]:
        return iter(self.readline, b"")

    @staticmethod
    def _translated(read: Callable[..., Any], size: int | None) -> Any:
        try:
            return read(size)
        except http_errors.ParseException as error:
            raise BadRequest(_parser_error(error)[2]) from None
        except TimeoutError:
            raise RequestTimeout("The request body did not arrive in time.") from None


def _close_to_new_connections(listener: socket.socket) -> bool:
    """Drop every new SYN to a listening socket, keeping the connections already queued.

    A classic BPF filter returning 0 ("ret #0") drops each packet for the listener; clients
    retry their SYN until the socket is closed and then get "connection refused", which a
    router may safely retry elsewhere. Linux only; False where it is not available.
    """
    drop_all = ctypes.create_string_buffer(struct.pack("HBBI", 0x06, 0, 0, 0))
    program = struct.pack("HL", 1, ctypes.addressof(drop_all))
    try:
        listener.setsockopt(socket.SOL_SOCKET, getattr(socket, "SO_ATTACH_FILTER", 26), program)
    except OSError:
        return False
    return True


def _master_stopped(listeners: list[socket.socket]) -> bool:
    """Whether the master has closed its own copies of the listeners, as it does when the whole
    server stops and never when it replaces or removes workers (Linux: read from /proc)."""
    wanted = {f"socket:[{os.fstat(listener.fileno()).st_ino}]" for listener in listeners}
    held = set()
    try:
        for fd in Path(f"/proc/{os.getppid()}/fd").iterdir():
            with contextlib.suppress(OSError):  # closed meanwhile
                held.add(os.readlink(fd))
    except OSError:
        return False
    return not wanted & held


class PresendWorker(ThreadWorker):  # type: ignore[misc]
    """gunicorn's gthread worker with the front, the drain and the problem answers; the app
    runs in the main thread (gthread's pool stays idle)."""

    alive: bool
    wsgi: Callable[[dict[str, Any], Any], Iterable[bytes]]

    def init_process(self) -> None:
        self.settings = Settings.from_env()
        self.reading: collections.deque[BufferedConn] = collections.deque()
        self.draining_since: float | None = None
        self.lingering: dict[socket.socket, float] = {}  # answered, waiting for the client's FIN
        super().init_process()

    def load_wsgi(self) -> None:
        super().load_wsgi()
        app = self.wsgi

        def wsgi(environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
            environ["wsgi.input"] = _Input(environ["wsgi.input"])
            environ[DRAINING] = self.draining_since is not None
            result: Iterable[bytes] = app(environ, start_response)
            return result

        self.wsgi = wsgi

    # The front -------------------------------------------------------------------------

    def _run(self, conn: BufferedConn) -> None:
        """Run the app on a whole request in this thread, then close the connection.

        As a sync worker does: a check is CPU work under the GIL, so a thread pool would only
        add two wake-ups a request, and the tail grew with them (docs/operations.md). While
        the app runs, nothing else in this worker does; a connection still sending waits in
        the kernel's buffers, a new one in the listen queue, where another worker takes it.
        """
        self.handle(conn)  # answers, or writes the problem for what gunicorn refused
        self._close(conn)

    def _close(self, conn: TConn) -> None:
        """Close as RFC 9112 9.6 asks, without waiting in the main thread: send FIN now; if the
        client sent more than was read, read and drop it until the client closes or
        LINGER_SECONDS pass, so the unread bytes do not make the kernel reset the answer."""
        self.nr_conns -= 1
        try:
            conn.sock.shutdown(socket.SHUT_WR)
            conn.sock.setblocking(False)
            unread = conn.sock.recv(_RECV_BYTES)
        except OSError:  # BlockingIOError, the usual case: nothing unread
            unread = b""
        if not unread:
            conn.close()
            return
        self.lingering[conn.sock] = time.monotonic() + LINGER_SECONDS
        self.poller.register(conn.sock, selectors.EVENT_READ, self._on_last_bytes)

    def _on_last_bytes(self, client: socket.socket) -> None:
        try:
            if client.recv(_RECV_BYTES):
                return
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            pass
        self._forget(client)

    def _forget(self, client: socket.socket) -> None:
        self.poller.unregister(client)
        del self.lingering[client]
        client.close()

    def accept(self, listener: socket.socket) -> None:
        """Take a connection and read its request in the main thread as bytes arrive."""
        try:
            client, address = listener.accept()
        except OSError as error:
            if error.errno not in (errno.EAGAIN, errno.ECONNABORTED, errno.EWOULDBLOCK):
                raise
            return
        self._read_from(client, address, listener.getsockname())

    def _read_from(self, client: socket.socket, address: Any, server: Any) -> None:
        self.nr_conns += 1
        deadline = time.monotonic() + self.settings.read_timeout_seconds
        conn = BufferedConn(self.cfg, client, address, server, deadline)
        self.reading.append(conn)
        self.poller.register(client, selectors.EVENT_READ, partial(self._on_bytes, conn))
        # Most clients send their request with the connection: read it without another turn.
        self._on_bytes(conn, client)

    def _on_bytes(self, conn: BufferedConn, client: socket.socket) -> None:
        try:
            data = client.recv(_RECV_BYTES)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:  # the client went away before its request was whole
            self._stop_reading(conn)
            self.nr_conns -= 1
            conn.close()
            return
        start = max(len(conn.buffer) - len(_HEAD_END) + 1, 0)
        conn.buffer += data
        if conn.framing is None:
            conn.head_end = conn.buffer.find(_HEAD_END, start)
            if conn.head_end < 0:
                if len(conn.buffer) > MAX_HEAD_BYTES:
                    self._stop_reading(conn)
                    self._refuse(
                        conn,
                        431,
                        "Request Header Fields Too Large",
                        f"The head of the request is longer than {MAX_HEAD_BYTES} bytes.",
                    )
                return
            conn.framing = Framing.of(bytes(conn.buffer[: conn.head_end]))
        body = len(conn.buffer) - conn.head_end - len(_HEAD_END)
        if conn.framing.received(body, conn.buffer, self.settings.max_body_bytes):
            self._stop_reading(conn)
            conn.data_ready = True
            self._run(conn)
        elif body == 0 and conn.framing.expects_continue:
            # The client waits for this before it sends its body (gunicorn's parser says it
            # again later; a client takes any number of 1xx answers).
            with contextlib.suppress(OSError):  # a few bytes: the send buffer takes them
                client.send(_CONTINUE)

    def _stop_reading(self, conn: BufferedConn) -> None:
        self.poller.unregister(conn.sock)
        self.reading.remove(conn)

    def _refuse(self, conn: BufferedConn, status: int, title: str, detail: str) -> None:
        """Answer from the main thread without waiting: a small answer fits the send buffer."""
        log.info("request refused", extra={"status": status, "reason": title})
        with contextlib.suppress(OSError):
            conn.sock.send(problem_bytes(status, title, detail))
        self._close(conn)

    def _expire_lingering(self) -> None:
        now = time.monotonic()
        for client, deadline in list(self.lingering.items()):
            if deadline > now:
                break  # in the order they began, so in the order they end
            self._forget(client)

    def _expire_reading(self) -> None:
        now = time.monotonic()
        while self.reading and self.reading[0].deadline <= now:
            conn = self.reading[0]
            self._stop_reading(conn)
            self._refuse(
                conn,
                408,
                "Request Timeout",
                f"The request did not arrive within {self.settings.read_timeout_seconds} s.",
            )

    # The drain -------------------------------------------------------------------------

    def handle_exit(self, sig: int, frame: Any) -> None:
        """SIGTERM: start draining; the main loop stops accepting when the drain is over."""
        if self.draining_since is None:
            self.draining_since = time.monotonic()
            self.method_queue.defer(lambda: None)

    def wait_for_and_dispatch_events(self, timeout: float) -> None:
        """One turn of the main loop, then the clock's work: expiries and the drain."""
        if self.reading:
            timeout = min(timeout, max(self.reading[0].deadline - time.monotonic(), 0.0))
        super().wait_for_and_dispatch_events(timeout)
        self._expire_reading()
        self._expire_lingering()
        if (
            self.alive
            and self.draining_since is not None
            and time.monotonic() - self.draining_since >= self.settings.drain_seconds
        ):
            self._take_the_backlog()
            self.alive = False

    def _take_the_backlog(self) -> None:
        """Close the listeners to new connections, then accept every one already queued.

        Only when the whole server stops: on a reload (SIGHUP) or fewer workers (SIGTTOU) the
        master sends SIGTERM too, and new or remaining workers go on accepting from the same
        listeners.
        """
        if _master_stopped(self.sockets) and all(
            _close_to_new_connections(listener) for listener in self.sockets
        ):
            self._accept_queued()
            time.sleep(_LAST_HANDSHAKES_SECONDS)
        self._accept_queued()
        self.log.info("Drained: %s connections to finish", self.nr_conns)

    def _accept_queued(self) -> None:
        for listener in self.sockets:
            listener.setblocking(False)
            while True:
                try:
                    client, address = listener.accept()
                except (BlockingIOError, InterruptedError):
                    break
                except OSError:
                    break
                self._read_from(client, address, listener.getsockname())

    # gunicorn's own refusals -----------------------------------------------------------

    def handle_error(self, req: Any, client: socket.socket, addr: Any, exc: BaseException) -> None:
        """A problem document instead of gunicorn's HTML page; a log line without the request."""
        status, title, detail = _parser_error(exc)
        if status >= 500:
            log.error("request failed", extra={"status": status, "error": type(exc).__name__})
        else:
            log.info("request refused", extra={"status": status, "reason": type(exc).__name__})
        with contextlib.suppress(OSError):
            client.sendall(problem_bytes(status, title, detail))
