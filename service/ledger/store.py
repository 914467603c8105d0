"""The ledger: every check's decision, the shared replay memory, and (docs/ledger.md) the
history the history rules read. One class, one database, one transaction per check."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, delete, event, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from service.engine.history import History, LedgerState, body_fingerprint
from service.engine.model import Decision
from service.ledger.tables import decisions, installation, messages, opt_outs, slots, webhook_ids

# Per gunicorn worker: 2 connections, 2 more under a burst. 2 workers x 1 dyno use at most 8,
# far under the 20 of the smallest Heroku Postgres plans, and leave room for a release-phase
# migration, a scheduled purge and a psql session. A sync worker handles one request at a
# time, so it rarely needs a second connection at all.
POOL_SIZE = 2
MAX_OVERFLOW = 2
# A check waits at most this long for a pooled connection or a new one.
POOL_TIMEOUT_S = 3
CONNECT_TIMEOUT_S = 3
# How often a check is evaluated again when another check took a slot between its read and
# its write (each retry reads the fresh history; SQLite never needs one, it serialises writes).
ATTEMPTS = 5


class LedgerUnavailable(Exception):
    """The database did not answer in time, refused, or is not migrated. The message names the
    kind of failure only: a driver's message may quote parameters."""


class _SlotTaken(Exception):
    """Another check took a slot between this check's read and its write."""


@dataclass(frozen=True)
class CheckRecord:
    """What a check writes besides the engine's decision: who asked, about what."""

    decision_id: str
    request_id: str | None
    seller_id: str
    platform: str
    marketplace: str
    order_id: str
    message_id: str | None
    buyer_id: str | None
    contact_reason: str
    proactive: bool
    channel: str
    edition: str
    request_fingerprint: str

    @property
    def message_key(self) -> str:
        """The message this check is about: without a message id, each check is its own."""
        return self.message_id if self.message_id is not None else self.decision_id


_ENGINES: weakref.WeakSet[Engine] = weakref.WeakSet()


def after_fork() -> None:
    """In a freshly forked worker: forget the parent's pooled connections without closing them
    (they belong to the parent), as SQLAlchemy's docs prescribe for pools and fork."""
    for engine in list(_ENGINES):
        engine.dispose(close=False)


def _sqlite_engine(url: str, timeout_s: float) -> Engine:
    parsed = make_url(url)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": timeout_s})

    # SQLAlchemy's recipe for pysqlite: take transactions out of the driver's hands, then
    # begin them ourselves, IMMEDIATE for writes so two writers queue on the busy timeout
    # instead of failing on a lock upgrade.
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")  # WAL's safe setting: durable at checkpoint
        cursor.execute(f"PRAGMA busy_timeout={int(timeout_s * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        write = connection.get_execution_options().get("presend_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _postgresql_engine(url: str, timeout_s: float) -> Engine:
    return create_engine(
        url,
        pool_size=POOL_SIZE,
        max_overflow=MAX_OVERFLOW,
        pool_timeout=POOL_TIMEOUT_S,
        pool_pre_ping=True,  # a connection the server dropped is replaced, not used
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "options": f"-c statement_timeout={int(timeout_s * 1000)} "
            f"-c lock_timeout={int(timeout_s * 1000)} -c synchronous_commit=off "
            f"-c idle_in_transaction_session_timeout={int(timeout_s * 4000)}",
            "application_name": "presend",
        },
    )


def open_engine(url: str, timeout_s: float = 2.0) -> Engine:
    """An engine for a ledger URL (sqlite:// or postgresql+psycopg://), its pool sized for
    gunicorn's sync workers and every statement bounded by `timeout_s`."""
    engine = (
        _sqlite_engine(url, timeout_s)
        if url.startswith("sqlite")
        else _postgresql_engine(url, timeout_s)
    )
    _ENGINES.add(engine)
    return engine


def _fingerprint_webhook_id(webhook_id: str) -> str:
    return hashlib.sha256(webhook_id.encode("utf-8", "surrogatepass")).hexdigest()


class Ledger:
    """The state across checks, on one SQLAlchemy engine."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime] | None = None):
        self.engine = engine
        self.clock = clock or (lambda: datetime.now(UTC))
        self._buyer_key: bytes | None = None

    @classmethod
    def open(cls, url: str, timeout_s: float = 2.0) -> Ledger:
        """A ledger on a database URL; connects on first use, not here."""
        return cls(open_engine(url, timeout_s))

    @property
    def backend(self) -> str:
        """sqlite or postgresql."""
        return self.engine.dialect.name

    # Transactions --------------------------------------------------------------------------

    @contextmanager
    def _unavailable_on_error(self) -> Iterator[None]:
        try:
            yield
        except SQLAlchemyError as error:
            orig = getattr(error, "orig", None)
            cause = type(orig).__name__ if orig is not None else ""
            raise LedgerUnavailable(
                f"{type(error).__name__}{f' ({cause})' if cause else ''}"
            ) from error

    @contextmanager
    def _transaction(self, write: bool) -> Iterator[Connection]:
        with self._unavailable_on_error(), self.engine.connect() as connection:
            if write:
                connection = connection.execution_options(presend_write=True)
            with connection.begin():
                yield connection

    def _upsert(self, connection: Connection, table: Any) -> Any:
        dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
        return dialect.insert(table)

    # Health --------------------------------------------------------------------------------

    def ping(self) -> None:
        """Raise LedgerUnavailable unless the database answers and is migrated."""
        with self._transaction(write=False) as connection:
            connection.execute(select(installation.c.id).limit(1))

    # Buyers --------------------------------------------------------------------------------

    def _key(self, connection: Connection) -> bytes:
        """The installation's buyer key, made on first use and the same for every process."""
        if self._buyer_key is None:
            connection.execute(
                self._upsert(connection, installation)
                .values(id=1, buyer_key=secrets.token_bytes(32), created_at=self.clock())
                .on_conflict_do_nothing(index_elements=["id"])
            )
            key = connection.execute(
                select(installation.c.buyer_key).where(installation.c.id == 1)
            ).scalar_one()
            self._buyer_key = bytes(key)
        return self._buyer_key

    def _buyer(self, connection: Connection, buyer_id: str | None) -> str | None:
        """A buyer id as its HMAC-SHA256 under the installation key (relay addresses are
        case-insensitive, so case and surrounding space do not make another buyer)."""
        if buyer_id is None:
            return None
        normal = buyer_id.strip().casefold().encode("utf-8", "surrogatepass")
        return hmac.new(self._key(connection), normal, hashlib.sha256).hexdigest()

    # Checks --------------------------------------------------------------------------------

    def check(
        self, record: CheckRecord, decide: Callable[[History], Decision], dry_run: bool = False
    ) -> Decision:
        """Read the history, decide on it, write the decision: one transaction. A dry run reads
        and writes nothing."""
        if dry_run:
            with self._transaction(write=False) as connection:
                return decide(self._history(connection, record, self.clock()))
        for _attempt in range(ATTEMPTS):
            try:
                with self._transaction(write=True) as connection:
                    now = self.clock()
                    decision = decide(self._history(connection, record, now))
                    self._write(connection, record, decision, now)
                    return decision
            except _SlotTaken:
                continue
        raise LedgerUnavailable(f"slots kept changing under {ATTEMPTS} attempts")

    def _history(self, connection: Connection, record: CheckRecord, now: datetime) -> History:
        return History(state=LedgerState.KNOWN, at=now)

    def _write(
        self, connection: Connection, record: CheckRecord, decision: Decision, now: datetime
    ) -> None:
        # A statement with parameters apart, so SQLAlchemy compiles it once per process.
        connection.execute(
            insert(decisions),
            dict(
                decision_id=record.decision_id,
                created_at=now,
                request_id=record.request_id,
                seller_id=record.seller_id,
                platform=record.platform,
                marketplace=record.marketplace,
                order_id=record.order_id,
                message_id=record.message_id,
                message_key=record.message_key,
                buyer=self._buyer(connection, record.buyer_id),
                contact_reason=record.contact_reason,
                proactive=record.proactive,
                channel=record.channel,
                edition=record.edition,
                verdict=decision.verdict.value,
                findings=[
                    {"rule": f.rule, "severity": f.severity.value, "fixed": f.fixed}
                    for f in decision.findings
                ],
                not_before=decision.not_before,
                request_fingerprint=record.request_fingerprint,
                body_fingerprint=body_fingerprint(decision.body),
            ),
        )

    # Reading -------------------------------------------------------------------------------

    def decision(self, decision_id: str) -> dict[str, Any] | None:
        """The audit record of one decision, with its message's slot state; None if unknown."""
        with self._transaction(write=False) as connection:
            row = connection.execute(
                _with_slot(select(decisions)).where(decisions.c.decision_id == decision_id)
            ).first()
        return None if row is None else _audit(row._mapping)

    def order_messages(
        self, platform: str, marketplace: str, order_id: str
    ) -> list[dict[str, Any]]:
        """Every decision stored for an order, oldest first."""
        with self._transaction(write=False) as connection:
            rows = connection.execute(
                _with_slot(select(decisions))
                .where(
                    decisions.c.platform == platform,
                    decisions.c.marketplace == marketplace,
                    decisions.c.order_id == order_id,
                )
                .order_by(decisions.c.created_at, decisions.c.decision_id)
            ).all()
        return [_audit(row._mapping) for row in rows]

    def erase_order(self, platform: str, marketplace: str, order_id: str) -> int:
        """Delete everything stored for an order (a data-subject request); the number of
        decisions erased."""
        with self._transaction(write=True) as connection:
            erased = 0
            for table in _ORDER_TABLES:
                result = connection.execute(
                    delete(table).where(
                        table.c.platform == platform,
                        table.c.marketplace == marketplace,
                        table.c.order_id == order_id,
                    )
                )
                if table is decisions:
                    erased = result.rowcount
            return erased

    # Replay memory -------------------------------------------------------------------------

    def first_use(self, webhook_id: str, until: float, now: float) -> bool:
        """Remember a webhook id until `until` (Unix seconds) for every worker and process;
        False if it is remembered already and has not expired."""
        expires = datetime.fromtimestamp(until, UTC)
        with self._transaction(write=True) as connection:
            statement = self._upsert(connection, webhook_ids).values(
                id_hash=_fingerprint_webhook_id(webhook_id), expires_at=expires
            )
            taken = connection.execute(
                statement.on_conflict_do_update(
                    index_elements=["id_hash"],
                    set_={"expires_at": statement.excluded.expires_at},
                    where=webhook_ids.c.expires_at < datetime.fromtimestamp(now, UTC),
                ).returning(webhook_ids.c.id_hash)
            ).first()
        return taken is not None

    # Retention -----------------------------------------------------------------------------

    def purge(self, retention_days: int, opt_out_days: int) -> dict[str, int]:
        """Delete rows past retention; the number deleted per table."""
        now = self.clock()
        cutoff = now - timedelta(days=retention_days)
        conditions = {
            decisions: decisions.c.created_at < cutoff,
            messages: messages.c.cleared_at < cutoff,
            webhook_ids: webhook_ids.c.expires_at < now,
        }
        with self._transaction(write=True) as connection:
            return {
                table.name: connection.execute(delete(table).where(condition)).rowcount
                for table, condition in conditions.items()
            }


_ORDER_TABLES = (decisions, messages, slots, opt_outs)


def _with_slot(query: Any) -> Any:
    """A decisions query with the slot state of the decision's message, when it holds one."""
    return query.add_columns(messages.c.state.label("slot"), messages.c.sent_at).outerjoin(
        messages,
        (messages.c.seller_id == decisions.c.seller_id)
        & (messages.c.message_key == decisions.c.message_key)
        & (messages.c.decision_id == decisions.c.decision_id),
    )


def _audit(row: Any) -> dict[str, Any]:
    """A decisions row as the API shows it."""
    return {
        "decision_id": row["decision_id"],
        "created_at": row["created_at"],
        "request_id": row["request_id"],
        "seller_id": row["seller_id"],
        "platform": row["platform"],
        "marketplace": row["marketplace"],
        "order_id": row["order_id"],
        "message_id": row["message_id"],
        "buyer_known": row["buyer"] is not None,
        "contact_reason": row["contact_reason"],
        "channel": row["channel"],
        "edition": row["edition"],
        "verdict": row["verdict"],
        "findings": row["findings"],
        "not_before": row["not_before"],
        "fingerprints": {"request": row["request_fingerprint"], "body": row["body_fingerprint"]},
        "slot": row["slot"],
        "outcome": row["outcome"],
        "outcome_at": row["outcome_at"],
    }
