"""POST /v1/bounces: Amazon's opt-out bounce recognised by its meaning, in several languages
and however a mail client wrapped it; what it teaches the history rules."""

from __future__ import annotations

import io
import textwrap
import time
from email.message import EmailMessage

import hypothesis
import pytest
from hypothesis import strategies
from sqlalchemy import func, select

from service.config import Settings
from service.engine.bounce import BounceUnrecognised, recognise
from service.http.bounces import MAX_PARTS
from service.ledger.tables import opt_outs
from service.packs import load_pack
from tests.ledger.requests import ORDER, OTHER_ORDER, check

RELAY = "Käufer <7x2k9q4m1z@marketplace.amazon.de>"
BOUNCES = {
    "en": (
        "We were unable to deliver the message you sent for order {order} because the buyer "
        "has chosen to opt out of receiving unsolicited messages from sellers."
    ),
    "de": (
        "Wir konnten Ihre Nachricht zur Bestellung {order} nicht zustellen, da der Käufer sich "
        "entschieden hat, keine unaufgeforderten Nachrichten von Verkäufern zu erhalten."
    ),
    "fr": (
        "Nous n'avons pas pu remettre le message que vous avez envoyé pour la commande {order} "
        "car l'acheteur a choisi de ne pas recevoir de messages non sollicités des vendeurs."
    ),
    "it": (
        "Non è stato possibile recapitare il messaggio inviato per l'ordine {order} perché "
        "l'acquirente ha scelto di non ricevere messaggi non richiesti dai venditori."
    ),
    "es": (
        "No hemos podido entregar el mensaje que enviaste para el pedido {order} porque el "
        "comprador ha decidido no recibir mensajes no solicitados de los vendedores."
    ),
}


def bounce_text(language: str, order: str = ORDER) -> str:
    return f"To: {RELAY}\n\n" + BOUNCES[language].format(order=order)


def quoted_and_rewrapped(text: str) -> str:
    """What a mail client makes of a forwarded text: headers, short lines, `> ` quoting."""
    lines = textwrap.wrap(text, width=38, break_long_words=False, break_on_hyphens=False)
    return (
        "---------- Forwarded message ---------\n"
        "From: Amazon Seller Central <donotreply@amazon.de>\n"
        "Subject: Nachricht nicht zugestellt\n\n" + "\n".join(f"> {line}" for line in lines)
    )


@pytest.mark.parametrize("language", list(BOUNCES), ids=[f"bounce-{code}" for code in BOUNCES])
def test_the_bounce_is_recognised_in_each_language(language):
    bounce = recognise(bounce_text(language), load_pack())
    assert (bounce.order_id, bounce.marketplace.code, bounce.language) == (ORDER, "DE", language)


@pytest.mark.parametrize("language", list(BOUNCES), ids=[f"quoted-{code}" for code in BOUNCES])
def test_quoting_and_re_wrapping_do_not_hide_it(language):
    text = quoted_and_rewrapped(bounce_text(language))
    assert recognise(text, load_pack()).language == language


def test_double_quoting_and_a_soft_hyphen_do_not_hide_it():
    text = bounce_text("en").replace("unsolicited", "unso\u00adlicited")
    quoted = "\n".join(
        f">> {line}"
        for line in textwrap.wrap(text, width=20, break_long_words=False, break_on_hyphens=False)
    )
    assert recognise(quoted, load_pack()).order_id == ORDER


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        pytest.param(
            f"To: {RELAY}\nWe were unable to deliver your message for order {ORDER}: mailbox full.",
            ["body"],
            id="another-bounce",
        ),
        pytest.param(BOUNCES["en"].format(order="123"), ["order_id", "marketplace"], id="no-order"),
        pytest.param(
            f"To: {RELAY}\n" + BOUNCES["en"].format(order=f"{ORDER} and {OTHER_ORDER}"),
            ["order_id"],
            id="two-orders",
        ),
        pytest.param("Hallo", ["body", "order_id", "marketplace"], id="nothing"),
    ],
)
def test_an_unrecognised_text_names_what_is_missing(text, fields):
    with pytest.raises(BounceUnrecognised) as raised:
        recognise(text, load_pack())
    assert [e["field"] for e in raised.value.errors] == fields


def stored_opt_outs(app) -> int:
    with app.extensions["presend"].ledger.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(opt_outs)).scalar_one()


def test_a_forwarded_rfc822_bounce_is_learned(ledger_client, ledger_app):
    message = EmailMessage()
    message["From"] = "Amazon <donotreply@amazon.de>"
    message["To"] = RELAY
    message["Subject"] = "Unzustellbar"
    message.set_content(
        quoted_and_rewrapped(BOUNCES["de"].format(order=ORDER)), cte="quoted-printable"
    )
    response = ledger_client.post(
        "/v1/bounces", data=message.as_bytes(), headers={"Content-Type": "message/rfc822"}
    )
    assert response.status_code == 200, response.get_json()
    learned = response.get_json()
    assert (
        learned["marketplace"],
        learned["order_id"],
        learned["language"],
        learned["source"],
    ) == (
        "DE",
        ORDER,
        "de",
        "bounce",
    )
    assert stored_opt_outs(ledger_app) == 1


def test_a_text_without_a_relay_address_takes_the_marketplace_from_the_query(ledger_client):
    response = ledger_client.post(
        "/v1/bounces?marketplace=UK",
        data=BOUNCES["en"].format(order=ORDER).encode(),
        headers={"Content-Type": "text/plain; charset=utf-8"},
    )
    assert response.status_code == 200
    assert response.get_json()["marketplace"] == "UK"


def test_an_unrecognised_text_is_422_and_records_nothing(ledger_client, ledger_app):
    response = ledger_client.post(
        "/v1/bounces", data=b"Thank you for your order!", headers={"Content-Type": "text/plain"}
    )
    assert response.status_code == 422
    assert [e["field"] for e in response.get_json()["errors"]] == [
        "body",
        "order_id",
        "marketplace",
    ]
    assert stored_opt_outs(ledger_app) == 0


def test_another_media_type_is_415(ledger_client):
    response = ledger_client.post("/v1/bounces", data=b"x", headers={"Content-Type": "image/png"})
    assert response.status_code == 415


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        pytest.param({"marketplace": "DE"}, ["order_id"], id="no-order"),
        pytest.param({"marketplace": "XX", "order_id": ORDER}, ["marketplace"], id="marketplace"),
        pytest.param({"marketplace": "DE", "order_id": "1-2-3"}, ["order_id"], id="order-id"),
        pytest.param({"marketplace": "DE", "order_id": ORDER, "why": 1}, ["why"], id="unknown"),
    ],
)
def test_a_bad_json_report_is_422(ledger_client, body, fields):
    response = ledger_client.post("/v1/bounces", json=body)
    assert response.status_code == 422
    assert [e["field"] for e in response.get_json()["errors"]] == fields


# What an opt-out teaches ----------------------------------------------------------------------


def post(client, document):
    response = client.post("/v1/checks", json=document)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def unknown_opt_out(reason, **fields):
    return check(
        reason, buyer__opted_out=None, buyer__id="7x2k9q4m1z@marketplace.amazon.de", **fields
    )


def learn(client, order=ORDER):
    response = client.post(
        "/v1/bounces",
        data=bounce_text("en", order).encode(),
        headers={"Content-Type": "text/plain"},
    )
    assert response.status_code == 200
    return response.get_json()


def test_after_a_bounce_a_non_critical_message_is_rejected_and_a_critical_one_allowed(
    ledger_client,
):
    post(ledger_client, unknown_opt_out("shipping_address", message_id="before"))
    assert learn(ledger_client)["buyers"] == 1
    non_critical = post(ledger_client, unknown_opt_out("order_details", message_id="after"))
    assert non_critical["verdict"] == "reject"
    (finding,) = [f for f in non_critical["findings"] if f["rule"] == "amazon.buyer.opted_out"]
    assert "learned from an Amazon relay bounce for this order" in finding["message"]
    critical = post(
        ledger_client,
        unknown_opt_out(
            "shipping_address", message_id="critical", body=f"Hausnummer fehlt, {ORDER}."
        ),
    )
    assert critical["verdict"] != "reject"


def test_the_buyer_stays_opted_out_on_another_order(ledger_client):
    post(ledger_client, unknown_opt_out("shipping_address", message_id="before"))
    learn(ledger_client)
    other = post(ledger_client, unknown_opt_out("order_details", message_id="o", order=OTHER_ORDER))
    (finding,) = [f for f in other["findings"] if f["rule"] == "amazon.buyer.opted_out"]
    assert "another order of this buyer" in finding["message"]


def test_an_explicit_false_wins_with_a_warning(ledger_client):
    learn(ledger_client)
    answer = post(ledger_client, check("order_details", buyer__opted_out=False))
    assert answer["verdict"] != "reject"
    assert [f["rule"] for f in answer["findings"]] == ["amazon.ledger.opt_out_conflict"]


def test_a_json_report_marks_the_buyer_it_names(ledger_client):
    response = ledger_client.post(
        "/v1/bounces",
        json={
            "marketplace": "DE",
            "order_id": ORDER,
            "buyer_id": "7x2k9q4m1z@marketplace.amazon.de",
        },
    )
    assert response.get_json()["buyers"] == 1
    other = post(ledger_client, unknown_opt_out("order_details", order=OTHER_ORDER))
    assert other["verdict"] == "reject"


# Whatever arrives -----------------------------------------------------------------------------


def test_quoted_printable_with_an_unknown_charset_is_read(ledger_client):
    body = (
        "Content-Type: text/plain; charset=x-unknown\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        f"To: {RELAY}\n\n"
        + BOUNCES["en"].format(order=ORDER).replace("unsolicited", "unsol=\nicited")
    )
    response = ledger_client.post(
        "/v1/bounces", data=body.encode(), headers={"Content-Type": "message/rfc822"}
    )
    assert response.status_code == 200, response.get_json()


def test_no_bytes_make_the_bounce_endpoint_fail(make_app, sqlite_url):
    client = make_app(Settings(database_url=sqlite_url)).test_client()

    @hypothesis.settings(max_examples=150, deadline=None)
    @hypothesis.given(
        body=strategies.binary(max_size=3000)
        | strategies.text(max_size=3000).map(lambda text: text.encode("utf-8", "replace")),
        kind=strategies.sampled_from(
            [
                "text/plain",
                "text/plain; charset=latin-1",
                "text/plain; charset=nope",
                "message/rfc822",
            ]
        ),
    )
    def send(body: bytes, kind: str) -> None:
        response = client.post("/v1/bounces", data=body, headers={"Content-Type": kind})
        assert response.status_code in {200, 400, 422}, response.get_json()

    send()


# Hostile mail: anyone can write to the address whose bounces are forwarded ---------------------


def forwarded(headers: str, body: str = "hello") -> bytes:
    return f"{headers}\r\n\r\n{body}".encode()


def nested_multiparts(depth: int, lines: int) -> bytes:
    heads = "".join(
        f'Content-Type: multipart/mixed; boundary="b{n}"\r\n\r\n--b{n}\r\n' for n in range(depth)
    )
    return (heads + "\r\n" * lines).encode()


REFUSED_MAIL = {
    "comments nested 500 deep": forwarded("To: " + "(" * 500 + "a@b.c"),
    "a group in an address list": forwarded("To: g:;g:;"),
    "a Content-Type of 50,000 semicolons": forwarded("Content-Type: text/plain" + ";" * 50_000),
    "an open quote before 20,000 semicolons": forwarded(
        'Content-Type: multipart/mixed; "' + ";" * 20_000
    ),
    "messages nested 5,000 deep": ("Content-Type: message/rfc822\r\n\r\n" * 5_000).encode(),
    "multiparts nested 50 deep": nested_multiparts(50, 100_000),
}


@pytest.mark.parametrize("mail", list(REFUSED_MAIL.values()), ids=list(REFUSED_MAIL))
def test_a_hostile_forwarded_message_is_422(ledger_client, mail):
    """Python's email package raised on the first two (a 500) and read the next ones for
    seconds to minutes; a bounce is a few parts with Content-Types of a line."""
    response = ledger_client.post(
        "/v1/bounces", data=mail, headers={"Content-Type": "message/rfc822"}
    )
    assert response.status_code == 422
    assert response.get_json()["errors"][0]["field"] == "body"


def multipart(parts: int) -> bytes:
    """A message of `parts` parts: a multipart and its text parts."""
    texts = "".join(
        f"--b\r\nContent-Type: text/plain\r\n\r\npart {n}\r\n" for n in range(parts - 1)
    )
    return forwarded('Content-Type: multipart/mixed; boundary="b"', f"{texts}--b--\r\n")


@pytest.mark.parametrize(
    ("parts", "refused"), [(MAX_PARTS, False), (MAX_PARTS + 1, True)], ids=["max", "one-more"]
)
def test_a_forwarded_message_is_read_up_to_max_parts(ledger_client, parts, refused):
    """MAX_PARTS parts are read (and, holding no relay address, are no bounce: 422); one more
    is refused as too complex before its parts are read."""
    response = ledger_client.post(
        "/v1/bounces", data=multipart(parts), headers={"Content-Type": "message/rfc822"}
    )
    assert response.status_code == 422
    message = response.get_json()["errors"][0]["message"]
    assert (f"more than {MAX_PARTS} parts" in message) is refused


def test_a_forwarded_message_costs_time_linear_in_its_size(ledger_client):
    """An address list of 50,000 commas took the structured headers 11 s, 5,000 took 0.3 s."""

    def post(size: int) -> float:
        mail = forwarded("To: " + "," * size, BOUNCES["en"].format(order=ORDER))
        started = time.process_time()
        response = ledger_client.post(
            "/v1/bounces", data=mail, headers={"Content-Type": "message/rfc822"}
        )
        assert response.status_code == 422  # no relay address
        return time.process_time() - started

    assert post(100_000) / max(post(10_000), 0.01) <= 30


@pytest.mark.parametrize("charset", ["punycode", "idna", "undefined", "unicode_escape"])
def test_a_codec_that_is_no_charset_is_400_for_a_text(ledger_client, charset):
    """Each read bytes as no character set does (punycode in time quadratic in the text) or
    raised what was not caught (a 500)."""
    response = ledger_client.post(
        "/v1/bounces",
        data=BOUNCES["en"].format(order=ORDER).encode(),
        headers={"Content-Type": f"text/plain; charset={charset}"},
    )
    assert response.status_code == 400


@pytest.mark.parametrize("charset", ["punycode", "idna", "undefined"])
def test_a_codec_that_is_no_charset_is_read_as_utf8_in_a_forwarded_part(ledger_client, charset):
    body = f"Content-Type: text/plain; charset={charset}\r\nTo: {RELAY}\r\n\r\n" + BOUNCES[
        "en"
    ].format(order=ORDER)
    response = ledger_client.post(
        "/v1/bounces", data=body.encode(), headers={"Content-Type": "message/rfc822"}
    )
    assert response.status_code == 200, response.get_json()


@pytest.mark.parametrize("kind", ["text/plain", "message/rfc822"])
def test_a_chunked_bounce_over_the_limit_is_413_not_cut_and_learned(make_app, sqlite_url, kind):
    """The bounce's text within the limit and padding beyond it: werkzeug stops reading a body
    without Content-Length at the limit and says nothing, so the cut text was learned (200)."""
    client = make_app(Settings(database_url=sqlite_url, max_body_bytes=2048)).test_client()
    text = f"To: {RELAY}\n\n" + BOUNCES["en"].format(order=ORDER)
    response = client.post(
        "/v1/bounces",
        input_stream=io.BytesIO(text.encode() + b" " * 4096),
        headers={"Content-Type": kind, "Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True},
    )
    assert response.status_code == 413
