"""The wire schemas take their facts from the pack: a strict pack refuses an order number of
another form, naming its forms; a pack that is not strict takes any order id."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from service.http.schemas import RequestInvalid, load_check_request, load_order_key
from service.packs import load_pack

NOW = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
STRICT = load_pack()
OPEN = replace(STRICT, order_ids=replace(STRICT.order_ids, strict=False))


def check(order_id: str) -> dict[str, object]:
    return {
        "marketplace": "DE",
        "order": {"id": order_id, "status": "unshipped"},
        "message": {"contact_reason": "reply", "subject": "Ihre Frage", "body": "Guten Tag."},
    }


@pytest.mark.parametrize("order_id", ["26-12345-67890", "110123456789-2345678901"])
def test_a_strict_pack_refuses_another_form_naming_its_own(order_id):
    with pytest.raises(RequestInvalid) as raised:
        load_check_request(check(order_id), STRICT, "2020-11", NOW)
    assert raised.value.errors == [
        {
            "field": "order.id",
            "message": "Not an Amazon order number (amazon.order_id.invalid): expected 3-7-7 "
            "digits such as 302-1234567-1234567.",
        }
    ]
    with pytest.raises(RequestInvalid):
        load_order_key("DE", order_id, STRICT)


@pytest.mark.parametrize("order_id", ["26-12345-67890", "110123456789-2345678901"])
def test_a_pack_that_is_not_strict_takes_any_order_id(order_id):
    assert load_check_request(check(order_id), OPEN, "2020-11", NOW).order.id == order_id
    assert load_order_key("DE", order_id, OPEN) == ("DE", order_id)
