"""The ledger never holds a subject, a body, a buyer's address or name: after checks and a
bounce full of buyer data, a dump of every table finds none of it."""

from __future__ import annotations

from sqlalchemy import select

from service.ledger.tables import metadata
from tests.ledger.requests import ORDER, check

BUYER_DATA = [
    "Erika Mustermann",
    "Heidestraße 17",
    "51147 Köln",
    "erika.mustermann@example.de",
    "q7z9x2k4m1@marketplace.amazon.de",
    "+49 221 1234567",
    "DE89370400440532013000",
    "Ihr Paket wartet in der Packstation",
]


def dump(ledger) -> str:
    """Every row of every table, as text."""
    rows = []
    with ledger.engine.connect() as connection:
        for table in metadata.sorted_tables:
            rows.extend(str(tuple(row)) for row in connection.execute(select(table)))
    return "\n".join(rows)


def test_a_dump_of_the_database_holds_no_buyer_data(ledger_client, ledger_app):
    body = (
        f"Hallo {BUYER_DATA[0]}, zu Ihrer Bestellung {ORDER}: {BUYER_DATA[7]}. Lieferung an "
        f"{BUYER_DATA[1]}, {BUYER_DATA[2]}. Rückfragen: {BUYER_DATA[3]}, {BUYER_DATA[5]}, "
        f"IBAN {BUYER_DATA[6]}."
    )
    for reason in ("shipping_address", "reply", "order_details"):
        response = ledger_client.post(
            "/v1/checks",
            json=check(
                reason,
                message_id=f"private-{reason}",
                body=body,
                buyer__id=BUYER_DATA[4],
                message__subject=f"{BUYER_DATA[0]}: Bestellung {ORDER}",
            ),
        )
        assert response.status_code == 200
    bounce = (
        f"From: Amazon <donotreply@amazon.de>\nTo: {BUYER_DATA[0]} <{BUYER_DATA[4]}>\n\n"
        f"Hallo {BUYER_DATA[0]}, we were unable to deliver the message you sent for order {ORDER} "
        "because the buyer has chosen to opt out of receiving unsolicited messages from sellers."
    )
    learned = ledger_client.post(
        "/v1/bounces", data=bounce.encode(), headers={"Content-Type": "text/plain"}
    )
    assert learned.status_code == 200
    ledger = ledger_app.extensions["presend"].ledger
    stored = dump(ledger).casefold()
    assert ORDER in stored  # the dump did read the checks
    leaked = [item for item in BUYER_DATA if item.casefold() in stored]
    assert leaked == []
    for part in ("mustermann", "heidestra", "q7z9x2k4m1", "packstation"):
        assert part not in stored
