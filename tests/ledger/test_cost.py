"""What keeps a check cheap (docs/ledger.md, "Cost"), and the history semantics it must keep: a
check's statements (each a round trip on PostgreSQL), each compiled once; a history read that
stays bounded however many messages the order holds; a write that leaves nothing when another
check took its slot since the read."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event

from service.config import Settings
from service.http import checks
from service.ledger import cursor, store
from tests.ledger.requests import ORDER, OTHER_ORDER, check

REVIEW = "amazon.ledger.review_already_requested"


def post(client: Any, document: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/v1/checks", json=document)
    assert response.status_code == 200, response.get_json()
    answer: dict[str, Any] = response.get_json()
    return answer


def rules(answer: dict[str, Any]) -> list[str]:
    return [finding["rule"] for finding in answer["findings"]]


@contextmanager
def statements(app: Any) -> Iterator[list[tuple[str, bool]]]:
    """What the app's ledger sends while the block runs: each statement's first word, and
    whether it ran outside a transaction. A check's own statements run on the driver's cursor
    (service.ledger.cursor); anything else, such as SQLite's BEGIN, through SQLAlchemy."""
    engine = app.extensions["presend"].ledger.engine
    sent: list[tuple[str, bool]] = []

    def autocommit(dbapi_connection: Any) -> bool:
        return bool(getattr(dbapi_connection, "autocommit", False))

    def record(connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append((statement.split()[0], autocommit(connection.connection.dbapi_connection)))

    def execute(connection: Any, statement: Any, values: Any) -> list[Any]:
        sql = cursor._compiled(statement, connection.dialect).sql
        sent.append((sql.split()[0], autocommit(connection.connection.dbapi_connection)))
        return cursor.execute(connection, statement, values)

    event.listen(engine, "before_cursor_execute", record)
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(store, "execute", execute)
            yield sent
    finally:
        event.remove(engine, "before_cursor_execute", record)


def review(message_id: str, order: str = ORDER) -> dict[str, Any]:
    body = f"Wir würden uns über eine Bewertung Ihrer Bestellung {order} freuen ({message_id})."
    return check("review_request", message_id=message_id, order=order, body=body)


# What each kind of check sends, once the statements are compiled: PostgreSQL reads in one
# statement and writes in one; SQLite begins, reads, and writes one statement a step.
CHECKS = [
    # (what, message id, postgresql, sqlite)
    ("a first review request", "r1", 2, 7),  # decision, 2 slots, the day, the message
    ("its retry", "r1", 2, 4),  # decision, the message (it keeps its slots)
    ("a second review request", "r2", 2, 3),  # rejected: the decision only
    ("a dry run", "r3", 1, 2),
]


def test_a_check_sends_one_statement_to_read_and_one_to_write(ledger_app, ledger_client):
    for what, message_id, _, _ in CHECKS:  # the same on another order compiles each statement
        dry = {"dry_run": True} if what == "a dry run" else {}
        post(ledger_client, {**review(f"other-{message_id}", order=OTHER_ORDER), **dry})
    backend = ledger_app.extensions["presend"].ledger.backend
    compiled = cursor._compiled.cache_info().misses
    for what, message_id, postgresql, sqlite in CHECKS:
        dry = {"dry_run": True} if what == "a dry run" else {}
        with statements(ledger_app) as sent:
            post(ledger_client, {**review(message_id), **dry})
        assert len(sent) == (postgresql if backend == "postgresql" else sqlite), (what, sent)
        # PostgreSQL: no BEGIN and no COMMIT, each a round trip of its own.
        assert all(auto == (backend == "postgresql") for _, auto in sent), (what, sent)
    assert cursor._compiled.cache_info().misses == compiled  # each compiled once, before


def test_the_history_read_stays_bounded_and_exact_for_an_order_with_many_messages(
    ledger_client, monkeypatch
):
    first_review = post(ledger_client, review("r1"))
    cleared = [
        post(ledger_client, check(message_id=f"m{n}", body=f"Nachricht {n} zu {ORDER}."))
        for n in range(25)
    ]
    histories = []

    def evaluate(request: Any, *args: Any) -> Any:
        histories.append(request.history)
        return real(request, *args)

    real = checks.evaluate
    monkeypatch.setattr(checks, "evaluate", evaluate)
    again = post(ledger_client, check(message_id="d", body=f"NACHRICHT 7  zu {ORDER}."))
    assert rules(again) == ["amazon.ledger.duplicate", "amazon.ledger.order_message_count"]
    assert cleared[7]["decision_id"] in again["findings"][0]["message"]
    assert "message 27 " in again["findings"][1]["message"]
    second_review = post(ledger_client, review("r2"))
    assert REVIEW in rules(second_review)
    assert first_review["decision_id"] in second_review["findings"][0]["message"]
    for history in histories:
        assert history.order_message_count == 26
        assert len(history.order_messages) <= 2


def test_a_duplicate_is_found_for_the_body_as_fixed(ledger_client):
    """The history is read for the body as sent; a fix (an emoji cut out) changes the body, so
    it is read once more for the body as it would be sent."""
    post(ledger_client, check(message_id="other", body=f"Eine andere Nachricht zu {ORDER}."))
    text = f"Guten Tag, zu Bestellung {ORDER} fehlt die Hausnummer 😀"
    first = post(ledger_client, check(message_id="a", body=text))
    assert first["verdict"] == "modify"
    second = post(ledger_client, check(message_id="b", body=text))
    assert "amazon.ledger.duplicate" in rules(second)
    assert first["decision_id"] in second["findings"][-1]["message"]


def test_a_slot_taken_between_read_and_write_leaves_nothing_and_the_check_is_decided_again(
    ledger_url, make_app, monkeypatch
):
    """Another check takes the review slot while this one is evaluated (after its read): this
    check's write leaves nothing behind, and it is decided again on the fresh history."""
    if ledger_url.startswith("sqlite"):
        pytest.skip("SQLite holds the write lock from a check's read to its commit")
    settings = Settings(database_url=ledger_url)
    late, early = make_app(settings).test_client(), make_app(settings).test_client()
    taken: list[dict[str, Any]] = []
    real = checks.evaluate

    def evaluate(request: Any, *args: Any) -> Any:
        if request.message_id == "late" and not taken:
            taken.append(post(early, review("early")))
        return real(request, *args)

    monkeypatch.setattr(checks, "evaluate", evaluate)
    answer = post(late, review("late"))
    assert answer["verdict"] == "reject" and rules(answer) == [REVIEW]
    assert taken[0]["decision_id"] in answer["findings"][0]["message"]
    stored = late.get(f"/v1/orders/DE/{ORDER}/messages").get_json()["messages"]
    assert [m["decision_id"] for m in stored] == [taken[0]["decision_id"], answer["decision_id"]]
    seller = late.get("/v1/sellers/default").get_json()
    assert seller["cleared_today"] == 1
