"""Realistic check requests: a mixed set of ~2 KB messages, and bodies of a chosen size.

Every request names its own `now`, so the timing rules give the same verdict on any day. The
bodies are free of links, e-mail addresses and phone numbers, so the content rules of issue 4
will not change the verdicts below when they land.
"""

from __future__ import annotations

import copy
import itertools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from service.packs import load_pack
from tests.corpus import evaluate as corpus

NOW = "2026-11-27T08:00:00Z"
KB = 1000  # sizes are UTF-8 bytes of the body; 100 KB stays within the schema's 100 000 chars
SIZES = (1 * KB, 10 * KB, 100 * KB)
# The benchmark server requires an API key, as a production deployment would.
API_KEY = "bench-api-key-0123456789abcdef0123456789"
# Checks per POST /v1/checks/batch: a morning's shipping notices, sent in chunks.
BATCH_SIZE = 50

_DE_ADDRESS = """Guten Tag Frau Schneider,

vielen Dank für Ihre Bestellung 302-1234567-1234567 vom 20.11.2026 in unserem Shop auf
Amazon.de. Wir möchten Ihre Sendung heute noch an unseren Versanddienstleister übergeben,
haben beim Verpacken aber festgestellt, dass in der hinterlegten Lieferadresse die Hausnummer
fehlt. Die Adresse lautet derzeit: Lindenstraße, 50823 Köln, Deutschland.

Ohne Hausnummer kann der Zusteller das Paket leider nicht zuverlässig zustellen, und es würde
nach einigen Tagen an uns zurückgehen. Das möchten wir Ihnen gerne ersparen, zumal es sich bei
dem bestellten Artikel (Gusseisen-Bräter, 28 cm, Farbe Anthrazit, 1 Stück) um ein schweres und
sperriges Paket von etwa 7,5 kg handelt.

Bitte teilen Sie uns über das Amazon-Nachrichtencenter kurz die vollständige Hausnummer mit,
gegebenenfalls auch einen Zusatz wie Hinterhaus, Etage oder Firmenname, falls die Lieferung an
eine Geschäftsadresse gehen soll. Alternativ können Sie die Lieferadresse auch direkt in Ihrem
Amazon-Konto unter Meine Bestellungen ändern, solange die Bestellung noch nicht versandt ist.

Sobald wir Ihre Antwort erhalten haben, versenden wir das Paket noch am selben Werktag. Die
voraussichtliche Lieferzeit beträgt dann zwei bis drei Werktage. Sie erhalten von Amazon
automatisch eine Versandbestätigung mit der Sendungsnummer, sobald das Paket unterwegs ist.

Falls wir bis zum 01.12.2026 nichts von Ihnen hören, versuchen wir die Zustellung mit der
vorhandenen Adresse; in diesem Fall kann es aber zu Verzögerungen kommen. Für Rückfragen zu
Ihrer Bestellung stehen wir Ihnen selbstverständlich jederzeit über das Nachrichtencenter zur
Verfügung. Wir antworten in der Regel innerhalb von 24 Stunden, auch am Wochenende.

Mit freundlichen Grüßen
Jana Becker
Kundenservice, Küchenwerk Müller GmbH
Hauptstraße 12, 33602 Bielefeld
Geschäftsführer: Thomas Müller, Amtsgericht Bielefeld HRB 45678, USt-IdNr. DE123456789
"""

_EN_INVOICE = """Dear Mr Thompson,

thank you for your order 203-4567890-1234567 of 21 November 2026. Your parcel left our
warehouse in Manchester yesterday afternoon and is now on its way to you with our carrier.

As requested during checkout, we have attached the VAT invoice for your order to this message
as a PDF document. The invoice lists the items you ordered (2 x stainless steel water bottle,
750 ml, colour sage green, and 1 x replacement lid), the net price of each item, the VAT rate
of 20 % and the VAT amount, as well as the delivery charge and the total amount of GBP 47.80.
Our VAT registration number and our company details are printed at the bottom of the invoice.

If your company needs the invoice to be addressed differently, for example with a purchase
order reference, a cost centre or a different company name, please let us know through the
Amazon messaging centre and we will issue a corrected invoice within one working day. Please
note that we can only change the invoice address, not the items or amounts shown on it.

Please keep the invoice for your records. It also serves as proof of purchase if you ever need
to make a claim under the manufacturer's warranty, which for these bottles runs for two years
from the date of delivery. The warranty covers manufacturing defects of the bottle and the lid
but not normal wear, dents or scratches from everyday use.

Should anything be missing or damaged when the parcel arrives, please contact us through your
Amazon order page and we will sort it out straight away. We usually answer within a few hours
on working days and within one day at weekends and on bank holidays.

Kind regards,
Oliver Hughes
Customer Service, Northern Bottle Company Ltd
Unit 4, Trafford Park Road, Manchester M17 1AB, United Kingdom
Registered in England and Wales, company number 09876543, VAT number GB 123 4567 89
"""

_EN_CANCELED = """Hello,

we are writing about your order 111-2223334-4445556, which was canceled yesterday because
the payment could not be completed. We are very sorry for the trouble this has caused.

We noticed that you also placed order 114-9876543-2109876 with us last week for the matching
cushion covers, and we wanted to let you know that this second order is not affected by the
cancellation. It will be shipped as planned on Monday and should arrive by the end of the week.

If you would still like to receive the items from the canceled order, the simplest way is to
place a new order on Amazon. The items are in stock and we can ship them together with your
other order if you order before Sunday evening. We will then combine both orders into a single
parcel so that you only pay for delivery once, and we will refund the second delivery charge.

The items in the canceled order were: 1 x linen table cloth, 140 x 240 cm, colour natural;
4 x linen napkins, 45 x 45 cm, colour natural; 1 x table runner, 40 x 150 cm, colour sand.
The total was USD 129.50 including delivery. None of this amount was charged to your card,
so there is nothing to refund for the canceled order.

We understand that a failed payment can have many reasons, for example an expired card or a
bank's fraud protection stepping in for an unusual purchase. If you have any questions about
the items themselves, such as sizes, colours or care instructions, we are happy to help.

Thank you for your patience and for shopping with us. We hope to welcome you back soon.

Best regards,
Emily Carter
Customer Care, Linen and Loom Home Textiles Inc.
1200 Market Street, Suite 300, Philadelphia, PA 19107, United States
"""

_EN_REPLY = """Hi Sarah,

thanks a lot for your message about order 701-1234567-7654321 and for your patience.

You asked whether the hiking boots can still be exchanged for the next size up before they
are delivered. Unfortunately the parcel was already handed over to the carrier this morning,
so we can no longer change the contents of this shipment. But there is an easy way to get the
right size without any extra cost for you.

Once the parcel arrives, please start a return for the boots through Your Orders on Amazon and
choose the reason "wrong size". Amazon will then show you a prepaid return label that you can
print at home or have printed at a drop-off location. As soon as the boots are back with us,
we will send you the next size up (women's size 9, colour slate grey), which is in stock in
our warehouse in Ontario. If you prefer, you can also place a new order for size 9 right away
and return the current pair afterwards; the refund for the returned pair is issued as soon as
we receive it, usually within three business days.

The boots run slightly small, as several buyers have mentioned, so the next size up is a good
choice if you plan to wear them with thick hiking socks. The insoles are removable, which also
gives you a bit more room if needed. Please keep the original box and the tags on the boots
until you are sure about the fit, as we can only accept unworn items for an exchange.

If anything is unclear, just reply to this message and we will get back to you the same day.
We hope you enjoy your new boots on the trail this winter.

All the best,
Daniel Martin
Customer Support, Trailhead Outfitters Ltd.
250 King Street West, Toronto, Ontario M5V 3A2, Canada
"""

_DE_DELIVERY = """Sehr geehrter Herr Wagner,

vielen Dank für Ihre Bestellung 028-7654321-1234567 über einen Kühlschrank mit Gefrierfach
(Modell KF 360, Edelstahl, Höhe 186 cm) in unserem Shop bei Amazon.de.

Da es sich um ein Großgerät handelt, wird die Lieferung nicht per Paketdienst, sondern durch
unsere Speditionspartner mit zwei Personen bis in die Wohnung ausgeführt. Dafür benötigen wir
einen verbindlichen Liefertermin. Wir können Ihnen folgende Zeitfenster anbieten: Dienstag,
01.12.2026, zwischen 8 und 12 Uhr; Mittwoch, 02.12.2026, zwischen 12 und 16 Uhr; oder
Freitag, 04.12.2026, zwischen 8 und 12 Uhr. Bitte antworten Sie über das Nachrichtencenter
mit dem Termin, der Ihnen am besten passt.

Bitte teilen Sie uns außerdem mit, in welchem Stockwerk sich Ihre Wohnung befindet und ob ein
Aufzug vorhanden ist, in den ein Gerät dieser Größe passt (Verpackungsmaß etwa 70 x 75 x 195 cm,
Gewicht etwa 85 kg). Falls die Altgeräte-Mitnahme gewünscht ist, die Sie bei der Bestellung
ausgewählt haben, stellen Sie Ihr altes Gerät bitte abgetaut und leer bereit; unsere Fahrer
nehmen es dann direkt bei der Lieferung mit und führen es einer fachgerechten Entsorgung zu.

Der Anschluss des Geräts ist im Lieferumfang nicht enthalten. Bitte lassen Sie den Kühlschrank
nach dem Aufstellen mindestens vier Stunden stehen, bevor Sie ihn einschalten, damit sich das
Kältemittel setzen kann. Eine ausführliche Bedienungsanleitung liegt dem Gerät bei.

Sollte keiner der vorgeschlagenen Termine passen, nennen Sie uns gerne zwei bis drei
Alternativen in der kommenden Woche; wir stimmen diese dann mit der Spedition ab.

Mit freundlichen Grüßen
Markus Schulz
Versandabteilung, Elektro Haus Schulz GmbH & Co. KG
Industriestraße 8, 90411 Nürnberg
"""


@dataclass(frozen=True)
class Sample:
    """One realistic check request and the verdict the service should give it."""

    name: str
    payload: dict[str, Any]
    verdict: str

    @property
    def raw(self) -> bytes:
        """The request body as a client sends it: compact UTF-8 JSON on one line."""
        return encode(self.payload)


def fresh(sample: Sample) -> Callable[[], bytes]:
    """The sample's request again and again, each time a new message (its own message id) on a
    new order (the order id's last seven digits counted up, in the order and in the text): with
    the ledger on, every check is a first check that takes fresh slots, and no order gathers
    messages that would make the next one a duplicate. The verdict stays the sample's. The
    message id names the new order: samples share message ids, and a counter alone would make
    one sample's check a re-check of another's message."""
    order_id = sample.payload["order"]["id"]
    message_id = sample.payload["message_id"]
    raw = sample.raw
    numbers = itertools.count()

    def request() -> bytes:
        number = next(numbers)
        order = f"{order_id[:-7]}{number % 10_000_000:07d}"
        return raw.replace(order_id.encode(), order.encode()).replace(
            f'"{message_id}"'.encode(), f'"{message_id}-{order}"'.encode()
        )

    return request


def encode(payload: dict[str, Any]) -> bytes:
    """A request payload as compact UTF-8 JSON (never contains a raw newline)."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def _order(order_id: str, status: str, purchased_at: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": order_id,
        "status": status,
        "fulfillment": "merchant",
        "purchased_at": purchased_at,
        **extra,
    }


def _request(
    marketplace: str,
    order: dict[str, Any],
    message: dict[str, Any],
    *,
    opted_out: bool | None = None,
    channel: str = "email",
    language: str | None = None,
) -> dict[str, Any]:
    buyer: dict[str, Any] = {"opted_out": opted_out}
    if language is not None:
        buyer["language"] = language
    return {
        "message_id": f"erp-{order['id'][-7:]}",
        "seller_id": "bench-seller",
        "marketplace": marketplace,
        "channel": channel,
        "now": NOW,
        "order": order,
        "buyer": buyer,
        "message": {"body_format": "text", "attachments": [], **message},
    }


MODIFY = Sample(
    "modify",
    _request(
        "DE",
        _order("302-1234567-1234567", "Unshipped", "2026-11-20T10:00:00Z"),
        {
            "contact_reason": "shipping_address",
            "subject": "Rückfrage zu Ihrer Lieferadresse",
            "body": _DE_ADDRESS,
        },
    ),
    "modify",  # amazon.subject.tag_missing adds [Wichtig]
)

ALLOW = Sample(
    "allow",
    _request(
        "UK",
        _order(
            "203-4567890-1234567",
            "Shipped",
            "2026-11-21T14:30:00+00:00",
            shipped_at="2026-11-26T16:00:00Z",
        ),
        {
            "contact_reason": "invoice",
            "subject": "Your VAT invoice for order 203-4567890-1234567",
            "body": _EN_INVOICE,
            "attachments": [
                {
                    "filename": "invoice-2026-1187.pdf",
                    "content_type": "application/pdf",
                    "size": 48213,
                }
            ],
        },
        opted_out=False,
    ),
    "allow",
)

REJECT = Sample(
    "reject",
    _request(
        "US",
        _order("111-2223334-4445556", "Canceled", "2026-11-24T19:05:00-05:00"),
        {
            "contact_reason": "unexpected_problem",
            "subject": "About your canceled order",
            "body": _EN_CANCELED,
        },
    ),
    "reject",  # amazon.order.canceled and amazon.order_id.foreign
)

REPLY = Sample(
    "reply",
    _request(
        "CA",
        _order(
            "701-1234567-7654321",
            "Shipped",
            "2026-11-22T09:12:00-05:00",
            shipped_at="2026-11-27T07:30:00-05:00",
        ),
        {
            "contact_reason": "reply",
            "subject": "Re: [Important] Exchange for a bigger size?",
            "body": _EN_REPLY,
        },
        opted_out=True,
    ),
    "modify",  # amazon.subject.tag_unneeded removes the tag from the reply
)

SELLER_CENTRAL = Sample(
    "seller_central",
    _request(
        "A1PA6795UKMFR9",  # amazon.de by its SP-API marketplace id
        _order("028-7654321-1234567", "unshipped", "2026-11-25T11:45:00+01:00"),
        {
            "contact_reason": "delivery_scheduling",
            "subject": "Liefertermin für Ihren Kühlschrank",
            "body": _DE_DELIVERY,
        },
        channel="seller_central",
    ),
    "allow",  # amazon.subject.not_editable is info only
)

MIXED: tuple[Sample, ...] = (MODIFY, ALLOW, REJECT, REPLY, SELLER_CENTRAL)


def batch_payloads() -> list[dict[str, Any]]:
    """Batches of BATCH_SIZE checks, the mixed set in turn, one batch starting at each sample:
    the same checks in the same proportions as the single requests."""
    return [
        {"checks": [MIXED[(start + n) % len(MIXED)].payload for n in range(BATCH_SIZE)]}
        for start in range(len(MIXED))
    ]


def sized_body(size: int, base: str = _DE_ADDRESS) -> str:
    """A body of exactly `size` UTF-8 bytes: the base text, repeated and cut at a character."""
    paragraphs = base.split("\n\n")
    # The first paragraph names the order; the repeats are the middle ones, as in a long message.
    middle = "\n\n".join(paragraphs[1:-1])
    text = paragraphs[0]
    while len(text.encode()) < size:
        text += "\n\n" + middle
    cut = text.encode()[:size].decode(errors="ignore")
    return cut + " " * (size - len(cut.encode()))


def sized(size: int) -> Sample:
    """The `modify` request with a body of `size` bytes."""
    payload = copy.deepcopy(MODIFY.payload)
    payload["message"]["body"] = sized_body(size)
    return Sample(f"body_{size // KB}kb", payload, MODIFY.verdict)


def body_bytes(sample: Sample) -> int:
    """The UTF-8 size of a sample's message body."""
    return len(sample.payload["message"]["body"].encode())


# The development corpora and the blind corpus's tuning parts.
VARIED_CORPORA = ("messages", "holdout", "blind-tuning")


def corpus_payloads(corpora: Sequence[str]) -> list[dict[str, Any]]:
    """The Amazon messages of the labelled corpora (never the sealed parts) as check requests,
    each on an order in a status its reason is allowed in, as tests.corpus.evaluate checks
    them: thousands of messages by different writers, none like the next."""
    pack = load_pack()
    payloads = []
    for name in corpora:
        for entry in corpus.messages(name):
            if entry.get("platform", pack.platform) != pack.platform:
                continue
            check = corpus.request(entry, pack)
            order = check.order
            delivered = (
                {"delivered_at": order.delivered_at.isoformat()} if order.delivered_at else {}
            )
            message = {
                "contact_reason": check.message.contact_reason.code,
                "subject": check.message.subject,
                "body": check.message.body,
                "body_format": check.message.body_format.value,
            }
            payloads.append(
                _request(
                    check.marketplace.code,
                    _order(order.id, order.status, order.purchased_at.isoformat(), **delivered),
                    message,
                    channel=check.channel.name,
                    language=check.buyer.language,
                )
            )
    return payloads
