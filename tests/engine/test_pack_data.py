"""The Amazon pack's data against tables written from Amazon's pages, and the pack's lookups.

The tables below are written from Amazon's pages (docs/sources.md), not copied from pack.yaml:
a data edit that contradicts them fails here, naming the entry.
"""

from __future__ import annotations

from datetime import date

import pytest

from service.packs.model import lookup_key
from tests.engine.conftest import STATUSES

# The marketplaces: code, SP-API id, site, tag words (the first is the one added), confirmed.
MARKETPLACES = [
    ("US", "ATVPDKIKX0DER", "amazon.com", ("Important",), True),
    ("CA", "A2EUQ1WTGCTBG2", "amazon.ca", ("Important",), False),
    ("MX", "A1AM78C64UM0Y8", "amazon.com.mx", ("Importante", "Important"), False),
    ("BR", "A2Q3Y263D00KWC", "amazon.com.br", ("Importante", "Important"), False),
    ("UK", "A1F83G8C2ARO7P", "amazon.co.uk", ("Important",), False),
    ("IE", "A28R8C7NBKEWEA", "amazon.ie", ("Important",), False),
    ("DE", "A1PA6795UKMFR9", "amazon.de", ("Wichtig",), True),
    ("FR", "A13V1IB3VIYZZH", "amazon.fr", ("Important",), False),
    ("IT", "APJ6JRA9NG5V4", "amazon.it", ("Importante", "Important"), False),
    ("ES", "A1RKKUPIHCS9HS", "amazon.es", ("Importante", "Important"), False),
    ("NL", "A1805IZSGTT6HS", "amazon.nl", ("Belangrijk", "Important"), False),
    ("BE", "AMEN7PMS3EDWL", "amazon.com.be", ("Important",), False),
    ("SE", "A2NODRKZP88ZB9", "amazon.se", ("Viktigt", "Important"), False),
    ("PL", "A1C3SOZRARQ6R3", "amazon.pl", ("Ważne", "Important"), False),
    ("TR", "A33AVAJ2PDY3EV", "amazon.com.tr", ("Önemli", "Important"), False),
    ("AE", "A2VIGQ35RCS4UG", "amazon.ae", ("Important",), False),
    ("SA", "A17E79C6D8DWNP", "amazon.sa", ("Important",), False),
    ("EG", "ARBP9OOSHTCHU", "amazon.eg", ("Important",), False),
    ("IN", "A21TJRUUN4KGV", "amazon.in", ("Important",), False),
    ("ZA", "AE08WJ6YKNBMC", "amazon.co.za", ("Important",), False),
    ("JP", "A1VC38T7YXB528", "amazon.co.jp", ("重要",), True),
    ("AU", "A39IBJ37TRP1C6", "amazon.com.au", ("Important",), False),
    ("SG", "A19VAU5U5O7RUS", "amazon.sg", ("Important",), False),
]

# Amazon's OrderStatus values and the canonical status they mean.
STATUS_ALIASES = {
    "Pending": "pending",
    "PendingAvailability": "pending",
    "Unshipped": "unshipped",
    "PartiallyShipped": "partially_shipped",
    "Shipped": "shipped",
    "InvoiceUnconfirmed": "shipped",
    "Canceled": "canceled",
    "Cancelled": "canceled",
    "Unfulfillable": "canceled",
}

# The contact reasons: code, labels (en, de), critical, SP-API operation and text limit.
REASONS = [
    ("additional_information_required", "Additional information required",
     "Zusätzliche Informationen erforderlich", True, None, None),
    ("customization", "Confirm customization details", "Anpassungsdetails bestätigen", True,
     "confirmCustomizationDetails", 800),
    ("delivery_scheduling", "Arrange delivery", "Lieferung vereinbaren", True,
     "confirmDeliveryDetails", 2000),
    # Issue 14: contact information for a delivery, not an order question (pack.yaml says why).
    ("shipping_address", "Shipping address problem", "Problem mit der Lieferadresse", True,
     "confirmDeliveryDetails", 2000),
    ("unexpected_problem", "Unexpected problem", "Unerwartetes Problem", True,
     "unexpectedProblem", 2000),
    ("legal_disclosure", "Legal disclosure", "Rechtliche Informationen", True,
     "legalDisclosure", None),
    ("order_details", "Confirm order details", "Bestelldetails bestätigen", False,
     "confirmOrderDetails", 2000),
    ("service_appointment", "Arrange service appointment", "Servicetermin vereinbaren", False,
     "confirmServiceDetails", 2000),
    ("digital_access_key", "Digital access key", "Digitaler Zugangsschlüssel", False,
     "digitalAccessKey", 400),
    ("invoice", "Send invoice", "Rechnung senden", False, "invoice", None),
    ("warranty", "Warranty information", "Garantieinformationen", False, "warranty", None),
    ("return", "Return", "Rücksendung", False, None, None),
    ("review_request", "Request a review", "Bewertungsanfrage", False,
     "createProductReviewAndSellerFeedbackSolicitation", None),
    ("feedback_removal", "Feedback removal", "Entfernung von Feedback", False,
     "negativeFeedbackRemoval", None),
    ("reply", "Reply to the buyer", "Antwort an den Käufer", False, None, None),
]  # fmt: skip
PROHIBITED = (
    "order_confirmation",
    "shipping_confirmation",
    "thank_you",
    "marketing",
    "out_of_stock",
)


def _variants(text: str) -> list[str]:
    """Spellings the lookups must accept: case, '-', '_' and spaces do not matter."""
    snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in text).lstrip("_")
    return sorted(
        {
            text,
            text.upper(),
            text.lower(),
            snake,
            snake.replace("_", "-"),
            snake.replace("_", " "),
            f" {snake.upper()} ",
        }
    )


# --- marketplaces -------------------------------------------------------------------------


def test_marketplaces_are_exactly_the_designs(pack):
    assert [
        (m.code, m.id, m.site, m.tag_words, m.tag_confirmed) for m in pack.marketplaces
    ] == MARKETPLACES


@pytest.mark.parametrize(
    ("code", "mid", "site"),
    [
        pytest.param(code, mid, site, id=f"marketplace-{code}")
        for code, mid, site, *_ in MARKETPLACES
    ],
)
def test_marketplace_resolves_by_code_and_sp_api_id(pack, code, mid, site):
    found = {
        spelling: pack.find_marketplace(spelling).code
        for spelling in (code, code.lower(), mid, mid.lower())
    }
    assert found == dict.fromkeys((code, code.lower(), mid, mid.lower()), code)
    assert pack.find_marketplace(code).relay_domain == f"marketplace.{site}"


@pytest.mark.parametrize("alias", ["GB", "gb", " Gb "])
def test_gb_is_an_alias_of_uk(pack, alias):
    assert pack.find_marketplace(alias).code == "UK"


@pytest.mark.parametrize("text", ["XX", "", "A1PA6795UKMFR", "amazon.de", "DEU"])
def test_unknown_marketplace_is_none(pack, text):
    assert pack.find_marketplace(text) is None


def test_unconfirmed_sites_accept_important_and_add_the_local_word(pack):
    unconfirmed = [m for m in pack.marketplaces if not m.tag_confirmed]
    assert all("Important" in m.tag_words for m in unconfirmed)
    assert {m.code for m in pack.marketplaces if m.tag_confirmed} == {"DE", "US", "JP"}


def test_pack_tag_words_are_every_sites_words(pack):
    assert pack.tag_words == {word for *_, words, _ in MARKETPLACES for word in words}


# --- statuses -----------------------------------------------------------------------------


def test_canonical_statuses(pack):
    assert pack.statuses == STATUSES


@pytest.mark.parametrize(
    ("alias", "status"),
    [
        pytest.param(spelling, status, id=f"status-{alias}-{spelling}")
        for alias, status in STATUS_ALIASES.items()
        for spelling in _variants(alias)
    ]
    + [
        pytest.param(spelling, status, id=f"status-{status}-{spelling}")
        for status in STATUSES
        for spelling in _variants(status)
    ]
    + [
        pytest.param("partially-shipped", "partially_shipped", id="status-partially-shipped"),
        pytest.param("PartiallyShipped", "partially_shipped", id="status-PartiallyShipped"),
        pytest.param("CANCELLED", "canceled", id="status-CANCELLED"),
        pytest.param("Return Requested", "return_requested", id="status-Return-Requested"),
        pytest.param("pending availability", "pending", id="status-pending-availability"),
    ],
)
def test_status_alias_resolves(pack, alias, status):
    assert pack.find_status(alias) == status


@pytest.mark.parametrize("text", ["", "open", "shipped!", "Partially", "delivered_late"])
def test_unknown_status_is_none(pack, text):
    assert pack.find_status(text) is None


def test_every_status_alias_of_the_pack_is_in_the_design(pack):
    assert {
        alias: status for status, aliases in pack.status_aliases.items() for alias in aliases
    } == STATUS_ALIASES


# --- contact reasons ----------------------------------------------------------------------


def test_reasons_are_the_designs(pack):
    assert [
        (
            r.code,
            r.labels["en"],
            r.labels["de"],
            r.critical,
            r.sp_api.operation if r.sp_api else None,
            r.sp_api.text_limit if r.sp_api else None,
        )
        for r in pack.reasons
        if not r.prohibited
    ] == REASONS
    assert tuple(r.code for r in pack.reasons if r.prohibited) == PROHIBITED


def test_reason_flags(pack):
    def codes(flag):
        return {r.code for r in pack.reasons if getattr(r, flag)}

    assert (codes("fba_customer_service"), codes("documents"), codes("reply")) == (
        {"delivery_scheduling", "shipping_address", "unexpected_problem", "return"},
        {"legal_disclosure", "invoice", "warranty"},
        {"reply"},
    )


def test_prohibited_reasons_are_never_allowed(pack):
    assert [r.allowed_in for r in pack.reasons if r.prohibited] == [frozenset()] * 5


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param(spelling, code, id=f"reason-code-{code}-{spelling}")
        for code, *_ in REASONS
        for spelling in _variants(code)
    ]
    + [
        pytest.param(label, code, id=f"reason-label-{lang}-{label}")
        for code, en, de, *_ in REASONS
        for lang, label in (("en", en), ("de", de))
    ]
    + [
        pytest.param(label.upper(), code, id=f"reason-label-upper-{code}")
        for code, en, *_ in REASONS
        for label in (en,)
    ]
    + [pytest.param(code, code, id=f"reason-prohibited-{code}") for code in PROHIBITED],
)
def test_reason_code_and_label_resolve(pack, text, code):
    assert pack.find_reason(text).code == code


def test_every_alias_and_label_in_the_pack_resolves_to_its_reason(pack):
    wrong = {
        key: (reason.code, getattr(pack.find_reason(key), "code", None))
        for reason in pack.reasons
        for key in (reason.code, *reason.aliases, *reason.labels.values())
        if pack.find_reason(key) is not reason
    }
    assert wrong == {}


@pytest.mark.parametrize(
    ("operation", "code"),
    [
        pytest.param(operation, code, id=f"reason-sp-api-{operation}")
        for operation, code in (
            ("confirmCustomizationDetails", "customization"),
            # shared by delivery_scheduling and shipping_address; as an alias: the former
            ("confirmDeliveryDetails", "delivery_scheduling"),
            ("confirmOrderDetails", "order_details"),
            ("unexpectedProblem", "unexpected_problem"),
            ("legalDisclosure", "legal_disclosure"),
            ("confirmServiceDetails", "service_appointment"),
            ("digitalAccessKey", "digital_access_key"),
            ("invoice", "invoice"),
            ("warranty", "warranty"),
            ("createProductReviewAndSellerFeedbackSolicitation", "review_request"),
            ("productReviewAndSellerFeedback", "review_request"),
            ("negativeFeedbackRemoval", "feedback_removal"),
            ("other", "additional_information_required"),
        )
    ],
)
def test_sp_api_operation_resolves(pack, operation, code):
    assert pack.find_reason(operation).code == code


@pytest.mark.parametrize("text", ["", "complaint", "review", "Wichtig", "confirm"])
def test_unknown_reason_is_none(pack, text):
    assert pack.find_reason(text) is None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Partially_Shipped", "partiallyshipped"),
        ("pending - availability", "pendingavailability"),
        ("Zusätzliche Informationen", "zusätzlicheinformationen"),
    ],
)
def test_lookup_key_ignores_case_dashes_underscores_and_spaces(text, key):
    assert lookup_key(text) == key


# --- editions -----------------------------------------------------------------------------


def test_editions(pack):
    assert pack.default_edition == "2020-11"
    assert {
        e.id: (e.effective, e.tag_overrides_opt_out, e.retired_reasons)
        for e in pack.editions.values()
    } == {
        "2020-11": (date(2020, 11, 6), True, frozenset()),
        "2025-04": (date(2025, 4, 25), False, frozenset({"feedback_removal"})),
    }


def test_service_words_for_the_order_number(pack):
    assert (pack.word("de", "order"), pack.word("en", "order"), pack.word("ja", "order")) == (
        "Bestellung",
        "Order",
        "Order",
    )
