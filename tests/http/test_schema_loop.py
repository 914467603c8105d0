"""The request schemas' own load loop (`_Strict._deserialize`) answers as marshmallow's
`Schema._deserialize` does: the same data, the same errors in the same order, the same valid
part of an invalid document. The member cap, which is presend's and not marshmallow's, has its
tests in test_bounded_work.py."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from marshmallow import EXCLUDE, Schema, ValidationError, fields, post_load

from service.http import schemas
from service.platforms import load_platforms

PLATFORMS = load_platforms()


class Hooked(schemas._Strict):
    """A nested object with a hook of its own: loaded through `Nested` and `Schema.load`."""

    name = fields.String()

    @post_load
    def mark(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        return {**data, "hooked": True}


class Tolerant(schemas._Strict):
    class Meta:
        unknown = EXCLUDE

    name = fields.String()


class Handled(schemas._Strict):
    """A nested object with its own error handling: loaded through `Nested` and `Schema.load`."""

    name = fields.String()

    def handle_error(self, error: ValidationError, data: Any, *, many: bool, **kwargs: Any) -> None:
        raise ValidationError({"name": ["handled here"]}) from error


class Unusual(schemas._Strict):
    """What the strict loop leaves to marshmallow: a field with its own processors, nested
    lists, a nested schema with a hook, its own error handling or another `unknown`."""

    shouted = fields.String(post_load=[str.upper], validate=lambda value: None)
    buyers = fields.Nested(schemas.BuyerSchema, many=True)
    hooked = fields.Nested(Hooked, allow_none=True)
    tolerant = fields.Nested(Tolerant)
    handled = fields.Nested(Handled)
    buyer = fields.Nested(schemas.BuyerSchema, required=True)


SCHEMAS = {
    **{f"check, {name}": schemas._check_request_schema(p) for name, p in PLATFORMS.packs.items()},
    "contact-reasons query": schemas._reasons_query_schema(PLATFORMS.default),
    "seller": schemas._SELLER,
    "bounce report": schemas._BOUNCE_REPORT,
    "outcome": schemas._OUTCOME,
    "batch": schemas._BATCH_REQUEST,
    "unusual": Unusual(),
}

ORDER = {"id": "302-1234567-1234567", "status": "Unshipped", "purchased_at": "2026-11-20T10:00Z"}
MESSAGE = {"contact_reason": "shipping_address", "subject": "Lieferadresse", "body": "Hallo"}
CHECK = {"marketplace": "DE", "order": ORDER, "message": MESSAGE}

DOCUMENTS = {
    "a valid check": CHECK,
    "every member given": {
        **CHECK,
        "platform": "amazon",
        "message_id": "m-1",
        "seller_id": "s-1",
        "channel": "email",
        "edition": "2024",
        "now": "2026-11-27T08:00:00+01:00",
        "buyer": {"opted_out": False, "language": "de-DE", "id": "b-1"},
        "order": {**ORDER, "handmade": True, "messaging_actions": ["confirmOrderDetails"]},
        "message": {
            **MESSAGE,
            "body_format": "html",
            "attachments": [{"filename": "a.pdf", "content_type": "application/pdf", "size": 3}],
            "warranty": {"coverage_start": None, "coverage_end": "2027-01-01T00:00:00Z"},
        },
        "dry_run": True,
    },
    "not an object": ["marketplace"],
    "null": None,
    "empty": {},
    "unknown members at every depth": {
        **CHECK,
        "zeta": 1,
        "alpha": 2,
        "order": {**ORDER, "colour": "red"},
        "message": {**MESSAGE, "attachments": [{"x": 1}]},
    },
    "wrong types": {
        "marketplace": 7,
        "order": "302",
        "buyer": [],
        "message": {"contact_reason": None, "body": 3, "subject": "a\nb"},
        "dry_run": "yes",
        "now": "yesterday",
    },
    "nested nulls": {**CHECK, "order": None, "buyer": None, "message": None},
    "bad attachments": {
        **CHECK,
        "message": {**MESSAGE, "attachments": [{"filename": "", "size": -1}, 4, None]},
    },
    "seller settings": {"average_daily_orders": 2.0, "daily_limit": "3"},
    "outcome": {"outcome": "sent", "at": "2026-11-27T08:00:00Z"},
    "batch": {"checks": [CHECK, None, 3]},
    "query": {"marketplace": "DE", "status": "shipped", "fulfillment": "amazon", "x": "1"},
    "unusual": {
        "shouted": "quiet",
        "buyers": [{"id": "b-1"}, {"language": 3}],
        "hooked": {"name": "n"},
        "tolerant": {"name": "n", "extra": 1},
        "handled": {"name": 3},
        "buyer": {"opted_out": "no"},
    },
    "unusual, wrong types": {"shouted": 3, "buyers": {}, "hooked": None, "tolerant": []},
}


def outcome(schema: Schema, document: Any) -> tuple[Any, ...]:
    """The loaded data, or the errors (as marshmallow nests them and as the API lists them)
    and the valid part."""
    try:
        return ("loaded", schema.load(document))
    except ValidationError as error:
        return ("invalid", error.messages, schemas.field_errors(error.messages), error.valid_data)


def marshmallows_outcome(schema: Schema, document: Any) -> tuple[Any, ...]:
    with mock.patch.object(schemas._Strict, "_deserialize", Schema._deserialize):
        return outcome(schema, document)


@pytest.mark.parametrize("schema", SCHEMAS.values(), ids=SCHEMAS.keys())
@pytest.mark.parametrize("document", DOCUMENTS.values(), ids=DOCUMENTS.keys())
def test_the_loop_answers_as_marshmallows_own(schema, document):
    assert outcome(schema, document) == marshmallows_outcome(schema, document)


scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
members = st.sampled_from(
    [
        *CHECK,
        *ORDER,
        *MESSAGE,
        *["buyer", "attachments", "size", "checks", "outcome", "at"],
        *["shouted", "buyers", "hooked", "tolerant", "handled", "name"],
    ]
)
documents = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(members | st.text(max_size=8), inner, max_size=8)
    ),
    max_leaves=30,
)


checks = st.builds(lambda changes: {**CHECK, **changes}, st.dictionaries(members, documents))


@settings(max_examples=300, deadline=None)
@given(document=documents | checks)
def test_any_document_loads_as_with_marshmallows_own_loop(document):
    if isinstance(document, Mapping) and len(document) > schemas.MAX_MEMBERS:
        return
    for schema in SCHEMAS.values():
        assert outcome(schema, document) == marshmallows_outcome(schema, document)
