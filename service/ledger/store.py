"""The ledger: every check's decision, the shared replay memory, and (docs/ledger.md) the
history the history rules read. One class, one database, one transaction per check."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    Engine,
    Integer,
    String,
    and_,
    bindparam,
    case,
    create_engine,
    delete,
    event,
    func,
    insert,
    literal,
    not_,
    or_,
    select,
    true,
    union_all,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from service.engine.history import (
    History,
    LearnedOptOut,
    LedgerState,
    PriorMessage,
    body_fingerprint,
)
from service.engine.model import Decision, Verdict
from service.ledger import CheckRecord, LedgerUnavailable, OutcomeConflict
from service.ledger.cursor import execute
from service.ledger.tables import (
    UtcDateTime,
    decisions,
    installation,
    messages,
    opt_outs,
    seller_days,
    sellers,
    slots,
    webhook_ids,
)
from service.packs import load_pack
from service.packs.model import LedgerRules

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


class _SlotTaken(Exception):
    """Another check took a slot between this check's read and its write."""


# A cleared message's slots: held until the ERP says it was not sent; sent adds the time.
HELD, SENT, NOT_SENT = "held", "sent", "not_sent"
HOLDING = (HELD, SENT)


@dataclass(frozen=True)
class LearnedOptOuts:
    """What a bounce taught: how many buyers besides the order, when, and until when."""

    buyers: int
    at: datetime
    until: datetime


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

    # IMMEDIATE for writes, so two writers queue on the busy timeout instead of failing on a
    # lock upgrade.
    _transactions_by_hand(engine, begin_write="BEGIN IMMEDIATE")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")  # WAL's safe setting: durable at checkpoint
        cursor.execute(f"PRAGMA busy_timeout={int(timeout_s * 1000)}")
        cursor.close()

    return engine


def _postgresql_engine(url: str, timeout_s: float) -> Engine:
    engine = create_engine(
        url,
        pool_size=POOL_SIZE,
        max_overflow=MAX_OVERFLOW,
        pool_timeout=POOL_TIMEOUT_S,
        # No pre-ping (a round trip per check): a connection the server dropped fails on
        # first use, the pool discards every connection it holds, and the check retries.
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "options": f"-c statement_timeout={int(timeout_s * 1000)} "
            f"-c lock_timeout={int(timeout_s * 1000)} -c synchronous_commit=off "
            f"-c idle_in_transaction_session_timeout={int(timeout_s * 4000)}",
            "application_name": "presend",
        },
    )
    _transactions_by_hand(engine, begin_write="BEGIN")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.autocommit = True

    return engine


def _transactions_by_hand(engine: Engine, begin_write: str) -> None:
    """SQLAlchemy's recipe for pysqlite, on both backends: the driver commits each statement on
    its own (each engine's connect listener says so), and a transaction is begun here, with
    `begin_write` for a write; COMMIT and ROLLBACK are the driver's own. A connection with the
    execution option presend_autocommit begins none: a PostgreSQL check's statements (see
    Ledger._checking), without switching the driver's mode on every check."""

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        options = connection.get_execution_options()
        if not options.get("presend_autocommit", False):
            connection.exec_driver_sql(begin_write if options.get("presend_write") else "BEGIN")


def open_engine(url: str, timeout_s: float = 2.0) -> Engine:
    """An engine for a ledger URL (sqlite:// or postgresql+psycopg://), its pool sized for
    gunicorn's workers (one check at a time each) and every statement bounded by `timeout_s`."""
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

    def __init__(
        self,
        engine: Engine,
        rules: Mapping[str, LedgerRules] | None = None,
        clock: Callable[[], datetime] | None = None,
    ):
        self.engine = engine
        # Each platform's history rules by platform name. The first is the default platform's:
        # the seller's settings and day (GET /v1/sellers) are for its daily limit.
        self.rules = dict(rules) if rules else {"amazon": load_pack().ledger}
        self.seller_platform = next(iter(self.rules))
        self.clock = clock or (lambda: datetime.now(UTC))
        self._buyer_key: bytes | None = None

    @classmethod
    def open(
        cls, url: str, timeout_s: float = 2.0, rules: Mapping[str, LedgerRules] | None = None
    ) -> Ledger:
        """A ledger on a database URL; connects on first use, not here."""
        return cls(open_engine(url, timeout_s), rules)

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

    @contextmanager
    def _checking(self, write: bool) -> Iterator[Connection]:
        """Where a check reads its history and writes its decision. SQLite: one transaction
        (BEGIN IMMEDIATE for a write: the file's lock keeps every other write out from the read
        to the commit). PostgreSQL: autocommit, one statement to read and one to write, two
        round trips instead of four; BEGIN would add nothing, as under READ COMMITTED every
        statement reads the newest commits anyway, and the write is atomic on its own (see
        _write_at_once)."""
        if self.backend != "postgresql":
            with self._transaction(write) as connection:
                yield connection
            return
        with self._unavailable_on_error(), self.engine.connect() as connection:
            yield connection.execution_options(presend_autocommit=True)

    def _upsert(self, connection: Connection, table: Any) -> Any:
        dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
        return dialect.insert(table)

    # Health --------------------------------------------------------------------------------

    def ping(self) -> None:
        """Raise LedgerUnavailable unless the database answers and is migrated (a connection
        the server had dropped is replaced and tried once more)."""
        try:
            with self._transaction(write=False) as connection:
                connection.execute(select(installation.c.id).limit(1))
        except LedgerUnavailable as error:
            if not _invalidated(error):
                raise
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
        """Read the history, decide on it, write the decision, exactly: when another check took
        a slot in between, the write leaves nothing and the check is read and decided again. A
        dry run reads and writes nothing."""
        for _attempt in range(ATTEMPTS):
            try:
                with self._checking(write=not dry_run) as connection:
                    now = self.clock()
                    read, decision, fingerprint = self._decide(connection, record, decide, now)
                    if not dry_run:
                        self._write(connection, record, decision, fingerprint, read, now)
                    return decision
            except _SlotTaken:
                continue
            except LedgerUnavailable as error:
                # A connection the server dropped (a restart, a failover) is found out on its
                # first use and the pool discards them all; a fresh one is tried at once, so
                # only a database that stays away fails the check.
                if not _invalidated(error):
                    raise
        raise LedgerUnavailable(f"no consistent write in {ATTEMPTS} attempts")

    def _decide(
        self,
        connection: Connection,
        record: CheckRecord,
        decide: Callable[[History], Decision],
        now: datetime,
    ) -> tuple[_Read, Decision, str]:
        """Read the history for the body as sent and decide on it; the decision, and the
        fingerprint of the body as it would be sent. The history holds the first earlier message
        with the same body; when a fix changed the body and the order has messages the read
        left out, it is read once more for the fixed body (fixes never depend on the history,
        so the second decision sends the same body)."""
        sent = body_fingerprint(record.body)
        read = self._read(connection, record, now, sent)
        decision = decide(read.history)
        fingerprint = sent if decision.body == record.body else body_fingerprint(decision.body)
        if fingerprint != sent and read.unseen:
            read = self._read(connection, record, now, fingerprint)
            decision = decide(read.history)
        return read, decision, fingerprint

    def _read(
        self, connection: Connection, record: CheckRecord, now: datetime, fingerprint: str
    ) -> _Read:
        """One query, bounded whatever the order holds: this message's own row, how many other
        messages of the order hold slots and the first of them with this check's reason and with
        this body (within the duplicate window), the seller's settings and today's count, and
        the newest opt-out learned for the order and for the buyer."""
        rules = self.rules[record.platform]
        rows = execute(
            connection,
            _READ,
            {
                "platform": record.platform,
                "marketplace": record.marketplace,
                "order_id": record.order_id,
                "seller_id": record.seller_id,
                "message_key": record.message_key,
                "contact_reason": record.contact_reason,
                "fingerprint": fingerprint,
                "duplicate_since": now - timedelta(hours=rules.duplicate_window_hours),
                "day": now.date(),
                "buyer": self._buyer(connection, record.buyer_id),
                "opt_out_since": now - timedelta(days=rules.opt_out_days),
            },
        )
        first = rows[0]  # the outer join returns the seller's row even without messages
        own = next((row for row in rows if row.role == _OWN), None)
        prior = {
            row.decision_id: PriorMessage(
                decision_id=row.decision_id,
                message_id=None if row.message_key == row.decision_id else row.message_key,
                contact_reason=row.contact_reason,
                cleared_at=row.cleared_at,
                body_fingerprint=row.body_fingerprint,
            )
            for row in rows
            if row.role not in (None, _OWN)
        }
        holding = own is not None and own.state in HOLDING
        opt_out = (
            LearnedOptOut(first.opt_out_order, by_order=True)
            if first.opt_out_order is not None
            else LearnedOptOut(first.opt_out_buyer, by_order=False)
            if first.opt_out_buyer is not None
            else None
        )
        history = History(
            state=LedgerState.KNOWN,
            at=now,
            order_messages=tuple(sorted(prior.values(), key=lambda m: m.cleared_at)),
            order_message_count=first.order_messages,
            average_daily_orders=first.average_daily_orders,
            daily_limit=first.daily_limit,
            cleared_today=first.cleared_today or 0,
            counted_today=holding and own is not None and own.day == now.date(),
            opt_out=opt_out,
        )
        return _Read(history, own, rules.limit_for(first.average_daily_orders, first.daily_limit))

    def _write(
        self,
        connection: Connection,
        record: CheckRecord,
        decision: Decision,
        fingerprint: str,
        read: _Read,
        now: datetime,
    ) -> None:
        """Write the decision, and the slots and message row a cleared proactive message holds:
        on PostgreSQL one statement, on SQLite one statement a step in the check's transaction;
        _SlotTaken when a guard found its slot taken, and nothing of the write stays."""
        values = {
            "decision_id": record.decision_id,
            "now": now,
            "day": now.date(),
            "request_id": record.request_id,
            "seller_id": record.seller_id,
            "platform": record.platform,
            "marketplace": record.marketplace,
            "order_id": record.order_id,
            "message_id": record.message_id,
            "message_key": record.message_key,
            "buyer": self._buyer(connection, record.buyer_id),
            "contact_reason": record.contact_reason,
            "proactive": record.proactive,
            "channel": record.channel,
            "edition": record.edition,
            "verdict": decision.verdict.value,
            "findings": [
                {"rule": f.rule, "severity": f.severity.value, "fixed": f.fixed}
                for f in decision.findings
            ],
            "not_before": decision.not_before,
            "request_fingerprint": record.request_fingerprint,
            "body_fingerprint": fingerprint,
        }
        steps = [_Step(_INSERT_DECISION)]
        if record.proactive and decision.verdict is not Verdict.REJECT:
            steps += self._holding(connection.dialect.name, record, read, values)
        if connection.dialect.name == "postgresql":
            _write_at_once(connection, tuple(steps), values)
        else:
            _write_in_turn(connection, steps, values)

    def _holding(
        self, dialect: str, record: CheckRecord, read: _Read, values: dict[str, Any]
    ) -> list[_Step]:
        """The steps by which a cleared proactive message takes its slots: the order's review
        slot (for a reason allowed once per order), the duplicate guard's, a place in the
        seller's day; and its message row. A message that holds them already (a retry, a
        re-check) keeps them, its duplicate-guard slot moving to its new text. Adds their
        parameters to `values`."""
        own = read.own
        holding = own is not None and own.state in HOLDING
        changed = own is not None and own.body_fingerprint != values["body_fingerprint"]
        values.update(
            this_seller=record.seller_id, this_message=record.message_key, state=HELD, sent_at=None
        )
        steps = []
        if holding and changed and own is not None:
            values["this_kind"] = _body(own.body_fingerprint)
            steps.append(_Step(_RELEASE_ONE))
        taking = []
        rules = self.rules[record.platform]
        if (not holding or changed) and "duplicate" in record.guards:
            # The slot expires when the rule's window closes: the window counts from the
            # message's first clearing, which a re-check keeps (a later end would refuse a
            # message the rule allows, again on every retry).
            cleared = own.cleared_at if holding and own is not None else values["now"]
            window = timedelta(hours=rules.duplicate_window_hours)
            values.update(
                body_kind=_body(values["body_fingerprint"]), body_expires=cleared + window
            )
            taking.append(_BODY)
        once = record.contact_reason in rules.once_per_order
        if not holding and once and "review" in record.guards:
            values.update(review_kind=_REVIEW, review_expires=None)
            taking.append(_REVIEW)
        upserts = _statements(dialect)
        steps += [_Step(upserts.take_slot[slot], rows=1) for slot in taking]
        # The seller's day counts the messages of the platform whose daily limit reads it;
        # another platform's messages do not use up its day.
        if not holding and record.platform == self.seller_platform:
            # The conditional increment is what keeps concurrent checks from over-booking the
            # day; a limit of 0 takes no place at all.
            limit = read.limit if "day" in record.guards else None
            if limit is not None and limit <= 0:
                raise _SlotTaken("day")
            values["limit"] = limit
            count = upserts.count_day if limit is None else upserts.count_day_below_limit
            steps.append(_Step(count, rows=1))
        message = (
            _INSERT_MESSAGE
            if own is None
            else _UPDATE_MESSAGE_KEEPING
            if holding
            else _UPDATE_MESSAGE_RENEWING
        )
        steps.append(_Step(message))
        return steps

    def _release(self, connection: Connection, seller_id: str, message_key: str) -> None:
        """Free all of a message's slots on its order."""
        values = {"this_seller": seller_id, "this_message": message_key}
        connection.execute(_RELEASE_ALL, _bound(_RELEASE_ALL, connection, values))

    # Outcomes ------------------------------------------------------------------------------

    def report_outcome(self, decision_id: str, outcome: str, at: datetime | None) -> bool:
        """Record that a decision's message was sent or not sent; not_sent frees its slots.
        False for an unknown decision; OutcomeConflict for sent after not_sent (and back)."""
        with self._transaction(write=True) as connection:
            row = connection.execute(
                select(
                    decisions.c.seller_id,
                    decisions.c.message_key,
                    decisions.c.platform,
                    decisions.c.outcome,
                    messages.c.state,
                    messages.c.day,
                )
                .outerjoin(
                    messages,
                    (messages.c.seller_id == decisions.c.seller_id)
                    & (messages.c.message_key == decisions.c.message_key),
                )
                .where(decisions.c.decision_id == decision_id)
            ).first()
            if row is None:
                return False
            before = row.state if row.state is not None else row.outcome
            if before is not None and before != HELD and before != outcome:
                raise OutcomeConflict(before)
            when = at or self.clock()
            connection.execute(
                update(decisions)
                .where(decisions.c.decision_id == decision_id)
                .values(outcome=outcome, outcome_at=when)
            )
            if row.state != HELD:
                return True
            if outcome == NOT_SENT:
                self._release(connection, row.seller_id, row.message_key)
            if outcome == NOT_SENT and row.platform == self.seller_platform:
                connection.execute(
                    update(seller_days)
                    .where(
                        seller_days.c.seller_id == row.seller_id,
                        seller_days.c.day == row.day,
                        seller_days.c.cleared > 0,
                    )
                    .values(cleared=seller_days.c.cleared - 1)
                )
            connection.execute(
                update(messages)
                .where(
                    messages.c.seller_id == row.seller_id,
                    messages.c.message_key == row.message_key,
                )
                .values(state=outcome, sent_at=when if outcome == SENT else None)
            )
            return True

    # Sellers -------------------------------------------------------------------------------

    def seller(self, seller_id: str) -> dict[str, Any]:
        """A seller's settings, its limit today and its cleared proactive messages today."""
        with self._transaction(write=False) as connection:
            return self._seller(connection, seller_id)

    def set_seller(
        self, seller_id: str, average_daily_orders: int | None, daily_limit: int | None
    ) -> dict[str, Any]:
        """Replace a seller's settings."""
        with self._transaction(write=True) as connection:
            statement = self._upsert(connection, sellers).values(
                seller_id=seller_id,
                average_daily_orders=average_daily_orders,
                daily_limit=daily_limit,
                updated_at=self.clock(),
            )
            connection.execute(
                statement.on_conflict_do_update(
                    index_elements=["seller_id"],
                    set_={
                        "average_daily_orders": statement.excluded.average_daily_orders,
                        "daily_limit": statement.excluded.daily_limit,
                        "updated_at": statement.excluded.updated_at,
                    },
                )
            )
            return self._seller(connection, seller_id)

    def _seller(self, connection: Connection, seller_id: str) -> dict[str, Any]:
        row = connection.execute(
            select(sellers.c.average_daily_orders, sellers.c.daily_limit).where(
                sellers.c.seller_id == seller_id
            )
        ).first()
        average, explicit = (row.average_daily_orders, row.daily_limit) if row else (None, None)
        cleared = connection.execute(
            select(seller_days.c.cleared).where(
                seller_days.c.seller_id == seller_id, seller_days.c.day == self.clock().date()
            )
        ).scalar()
        return {
            "seller_id": seller_id,
            "average_daily_orders": average,
            "daily_limit": explicit,
            "limit_today": self.rules[self.seller_platform].limit_for(average, explicit),
            "cleared_today": cleared or 0,
        }

    # Opt-outs ------------------------------------------------------------------------------

    def learn_opt_out(
        self,
        platform: str,
        marketplace: str,
        order_id: str,
        buyer_id: str | None,
        source: str,
    ) -> LearnedOptOuts:
        """Remember that the order's buyer opted out: the order, and each buyer earlier checks
        of the order named (and `buyer_id`), in one transaction."""
        now = self.clock()
        with self._transaction(write=True) as connection:
            known = connection.execute(
                select(decisions.c.buyer)
                .where(
                    decisions.c.platform == platform,
                    decisions.c.marketplace == marketplace,
                    decisions.c.order_id == order_id,
                    decisions.c.buyer.is_not(None),
                )
                .distinct()
            ).scalars()
            buyers = {*known, self._buyer(connection, buyer_id)} - {None}
            row = {
                "platform": platform,
                "marketplace": marketplace,
                "order_id": order_id,
                "learned_at": now,
                "source": source,
            }
            connection.execute(
                insert(opt_outs),
                [{**row, "buyer": None}, *({**row, "buyer": buyer} for buyer in sorted(buyers))],
            )
        remembered = timedelta(days=self.rules[platform].opt_out_days)
        return LearnedOptOuts(len(buyers), now, now + remembered)

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

    def purge(self, retention_days: int) -> dict[str, int]:
        """Delete rows past retention (learned opt-outs: past the pack's memory); the number
        deleted per table."""
        now = self.clock()
        cutoff = now - timedelta(days=retention_days)
        conditions = {
            decisions: decisions.c.created_at < cutoff,
            messages: messages.c.cleared_at < cutoff,
            slots: or_(slots.c.taken_at < cutoff, slots.c.expires_at < now),
            seller_days: seller_days.c.day < cutoff.date(),
            opt_outs: or_(
                *(
                    and_(
                        opt_outs.c.platform == platform,
                        opt_outs.c.learned_at < now - timedelta(days=rules.opt_out_days),
                    )
                    for platform, rules in self.rules.items()
                )
            ),
            webhook_ids: webhook_ids.c.expires_at < now,
        }
        with self._transaction(write=True) as connection:
            return {
                table.name: connection.execute(delete(table).where(condition)).rowcount
                for table, condition in conditions.items()
            }


_ORDER_TABLES = (decisions, messages, slots, opt_outs)


# The check path's statements, built once: building a statement costs more than running it.
_ORDER = and_(
    messages.c.platform == bindparam("platform"),
    messages.c.marketplace == bindparam("marketplace"),
    messages.c.order_id == bindparam("order_id"),
)
_MINE = and_(
    messages.c.seller_id == bindparam("seller_id"),
    messages.c.message_key == bindparam("message_key"),
)
_MESSAGE = (
    messages.c.decision_id,
    messages.c.message_key,
    messages.c.contact_reason,
    messages.c.cleared_at,
    messages.c.body_fingerprint,
    messages.c.day,
    messages.c.state,
)
# The order's other messages that hold slots (every state but not_sent; an IN list would be
# expanded anew on every execution): what the history rules count and name.
_PRIOR = select(*_MESSAGE).where(_ORDER, messages.c.state != NOT_SENT, not_(_MINE)).cte("prior")
_OWN, _SAME_REASON, _SAME_BODY = "own", "reason", "body"


def _first(role: str, *where: Any) -> Any:
    """The earliest of the order's other messages that match (one row at most)."""
    found = select(literal(role).label("role"), *_PRIOR.c).where(*where)
    return select(found.order_by(_PRIOR.c.cleared_at).limit(1).subquery())


def _newest_opt_out(*where: Any) -> Any:
    return (
        select(func.max(opt_outs.c.learned_at))
        .where(*where, opt_outs.c.learned_at >= bindparam("opt_out_since", type_=UtcDateTime))
        .scalar_subquery()
    )


_SELLER = select(
    select(sellers.c.average_daily_orders)
    .where(sellers.c.seller_id == bindparam("seller_id"))
    .scalar_subquery()
    .label("average_daily_orders"),
    select(sellers.c.daily_limit)
    .where(sellers.c.seller_id == bindparam("seller_id"))
    .scalar_subquery()
    .label("daily_limit"),
    select(seller_days.c.cleared)
    .where(
        seller_days.c.seller_id == bindparam("seller_id"),
        seller_days.c.day == bindparam("day", type_=Date),
    )
    .scalar_subquery()
    .label("cleared_today"),
    select(func.count()).select_from(_PRIOR).scalar_subquery().label("order_messages"),
    _newest_opt_out(
        opt_outs.c.platform == bindparam("platform"),
        opt_outs.c.marketplace == bindparam("marketplace"),
        opt_outs.c.order_id == bindparam("order_id"),
    ).label("opt_out_order"),
    # A NULL buyer matches nothing (NULL = NULL is not true).
    _newest_opt_out(opt_outs.c.buyer == bindparam("buyer", type_=String)).label("opt_out_buyer"),
).subquery("seller")
_MESSAGES = union_all(
    select(literal(_OWN).label("role"), *_MESSAGE).where(_MINE),
    _first(_SAME_REASON, _PRIOR.c.contact_reason == bindparam("contact_reason")),
    _first(
        _SAME_BODY,
        _PRIOR.c.body_fingerprint == bindparam("fingerprint"),
        _PRIOR.c.cleared_at > bindparam("duplicate_since", type_=UtcDateTime),
    ),
).subquery("message")
# The history in one round trip, at most four rows: the seller's columns on each, and a
# message (this one, the first with the same reason, the first with the same body) or none.
_READ = select(_SELLER, _MESSAGES).select_from(_SELLER.outerjoin(_MESSAGES, true()))


# The write's statements, built once. One dictionary of values per check binds them all, so
# PostgreSQL can run the steps of a write as one statement. The dictionary's keys are the
# columns' names (the check's time is `now`); each statement's parameter is `value_<key>`, never
# a column's own name: SQLAlchemy would take a parameter named after a column of a table the
# statement writes as one more column to write, in every INSERT and UPDATE of the statement.
_VALUE = "value_"


def _value(key: str, type_: Any = None) -> Any:
    """The parameter that binds values[key]."""
    return bindparam(f"{_VALUE}{key}", type_=type_)


_NOW = _value("now", type_=UtcDateTime)


def _params(table: Any, names: Iterable[str], now: str | None = None) -> dict[str, Any]:
    """Parameters for a write's columns, named after them; the column `now` is the check's
    time."""
    return {name: _NOW if name == now else _value(name, type_=table.c[name].type) for name in names}


_AUDIT = tuple(c.name for c in decisions.columns if c.name not in ("outcome", "outcome_at"))
_INSERT_DECISION = insert(decisions).values(_params(decisions, _AUDIT, now="created_at"))
_KEPT = ("decision_id", "platform", "marketplace", "order_id", "buyer", "contact_reason")
_KEPT_NOW = (*_KEPT, "body_fingerprint")
_RENEWED = (*_KEPT_NOW, "cleared_at", "day", "state", "sent_at")
_INSERT_MESSAGE = insert(messages).values(
    _params(messages, ("seller_id", "message_key", *_RENEWED), now="cleared_at")
)
_THIS_MESSAGE = and_(
    messages.c.seller_id == _value("this_seller"),
    messages.c.message_key == _value("this_message"),
)
_UPDATE_MESSAGE_KEEPING = update(messages).where(_THIS_MESSAGE).values(_params(messages, _KEPT_NOW))
_UPDATE_MESSAGE_RENEWING = (
    update(messages).where(_THIS_MESSAGE).values(_params(messages, _RENEWED, now="cleared_at"))
)
_SLOTS_OF_THIS_MESSAGE = and_(
    slots.c.seller_id == _value("this_seller"),
    slots.c.message_key == _value("this_message"),
)
_RELEASE_ALL = delete(slots).where(_SLOTS_OF_THIS_MESSAGE)
_RELEASE_ONE = delete(slots).where(_SLOTS_OF_THIS_MESSAGE, slots.c.kind == _value("this_kind"))
# The slots a check takes, as parameter prefixes: the duplicate guard's (`body_kind`,
# `body_expires`) and the review slot (its kind is "review").
_BODY, _REVIEW = "body", "review"


@dataclass(frozen=True)
class _Upserts:
    take_slot: dict[str, Any]
    count_day: Any
    count_day_below_limit: Any


@cache
def _statements(dialect: str) -> _Upserts:
    """The upserts (INSERT … ON CONFLICT), in the dialect's own form."""
    insert_into = (postgresql if dialect == "postgresql" else sqlite).insert

    def take(slot: str) -> Any:
        statement = insert_into(slots).values(
            **_params(slots, ("platform", "marketplace", "order_id", "seller_id")),
            **_params(slots, ("message_key", "taken_at"), now="taken_at"),
            kind=_value(f"{slot}_kind", type_=String),
            expires_at=_value(f"{slot}_expires", type_=UtcDateTime),
        )
        return statement.on_conflict_do_update(
            index_elements=["platform", "marketplace", "order_id", "kind"],
            set_={
                "seller_id": statement.excluded.seller_id,
                "message_key": statement.excluded.message_key,
                "taken_at": statement.excluded.taken_at,
                "expires_at": statement.excluded.expires_at,
            },
            # Free again (expired), or this message's own (a re-check); anyone else's: taken.
            where=or_(
                slots.c.expires_at < statement.excluded.taken_at,
                and_(
                    slots.c.seller_id == statement.excluded.seller_id,
                    slots.c.message_key == statement.excluded.message_key,
                ),
            ),
        ).returning(slots.c.kind)

    day = insert_into(seller_days).values(
        seller_id=_value("seller_id"), day=_value("day", type_=Date), cleared=1
    )

    def count(where: Any) -> Any:
        return day.on_conflict_do_update(
            index_elements=["seller_id", "day"],
            set_={"cleared": seller_days.c.cleared + 1},
            where=where,
        ).returning(seller_days.c.cleared)

    return _Upserts(
        take_slot={slot: take(slot) for slot in (_BODY, _REVIEW)},
        count_day=count(None),
        count_day_below_limit=count(seller_days.c.cleared < _value("limit", type_=Integer)),
    )


@dataclass(frozen=True)
class _Step:
    """One statement of a check's write, and how many rows its RETURNING must give (None: it
    guards nothing); fewer means another check took a slot."""

    statement: Any
    rows: int | None = None


def _write_in_turn(connection: Connection, steps: list[_Step], values: dict[str, Any]) -> None:
    """SQLite: the steps one by one (a call into the library each, no round trip)."""
    for step in steps:
        rows = execute(connection, step.statement, _bound(step.statement, connection, values))
        if step.rows is not None and len(rows) != step.rows:
            raise _SlotTaken()


def _write_at_once(
    connection: Connection, steps: tuple[_Step, ...], values: dict[str, Any]
) -> None:
    """PostgreSQL: the steps as one statement, one round trip, atomic on its own."""
    statement = _at_once(steps)
    try:
        execute(connection, statement, _bound(statement, connection, values))
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) in _LOST_RACE:
            raise _SlotTaken() from error
        raise


# What presend_slot_taken() raises (migration 0002, serialization_failure), and a deadlock
# PostgreSQL broke by aborting this statement: either way nothing stays, and the check is
# decided again on the fresh history.
_LOST_RACE = frozenset({"40001", "40P01"})


@cache
def _at_once(steps: tuple[_Step, ...]) -> Any:
    """The steps as data-modifying CTEs of one statement: PostgreSQL runs each exactly once, on
    one snapshot (they touch different rows). When a guard's RETURNING gave fewer rows than it
    must, the statement calls presend_slot_taken(), whose error undoes all of it. A single step
    that guards nothing (a reject's or a reply's decision) is its own statement."""
    if len(steps) == 1 and steps[0].rows is None:
        return steps[0].statement
    ctes = [step.statement.cte(f"step_{n}") for n, step in enumerate(steps)]
    held = and_(
        true(),
        *(
            select(func.count()).select_from(cte).scalar_subquery() == step.rows
            for cte, step in zip(ctes, steps, strict=True)
            if step.rows is not None
        ),
    )
    return select(case((held, true()), else_=func.presend_slot_taken()).label("held")).add_cte(
        *ctes
    )


def _bound(statement: Any, connection: Connection, values: dict[str, Any]) -> dict[str, Any]:
    """A write statement's parameters from a check's values."""
    return {
        name: values[name.removeprefix(_VALUE)]
        for name in _parameters(statement, connection.dialect)
    }


@cache
def _parameters(statement: Any, dialect: Any) -> frozenset[str]:
    """The parameters a statement needs (not the constants it binds itself)."""
    return frozenset(
        name for name, bind in statement.compile(dialect=dialect).binds.items() if bind.required
    )


@dataclass(frozen=True)
class _Read:
    """What a check read: the engine's history, the message's own row (any state), and the
    seller's limit today."""

    history: History
    own: Any
    limit: int | None

    @property
    def unseen(self) -> bool:
        """The order has messages holding slots that the history does not name."""
        return self.history.order_message_count > len(self.history.order_messages)


def _invalidated(error: LedgerUnavailable) -> bool:
    """The failure was a connection the server had closed (the pool has replaced them)."""
    cause = error.__cause__
    return isinstance(cause, DBAPIError) and cause.connection_invalidated


def _body(fingerprint: str) -> str:
    """The duplicate guard's slot kind for a body."""
    return f"body:{fingerprint}"


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
