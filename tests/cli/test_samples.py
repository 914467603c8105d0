"""Placeholders get a sample of the shape their name promises (service/lint/samples.yaml)."""

from __future__ import annotations

import pytest

from service.lint.samples import kind_of, kinds, sample


@pytest.mark.parametrize(
    ("expression", "kind"),
    [
        pytest.param("order.orderNumber", "order", id="shopware-order-number"),
        pytest.param("$Bestellung->cBestellNr", "order", id="jtl-bestellnummer"),
        pytest.param("Vorgang.Auftragsnummer", "order", id="jtl-wawi-auftrag"),
        pytest.param("order_number", "order", id="woocommerce-order"),
        pytest.param("order.id", "order", id="generic-last-segment"),
        pytest.param("commande.numero", "order", id="french-order"),
        pytest.param("ordine", "order", id="italian-order"),
        pytest.param("pedido.numero", "order", id="spanish-order"),
        pytest.param("order.orderDateTime|format_datetime('short')", "date", id="date"),
        pytest.param("$Bestellung->dErstellt", "date", id="jtl-date"),
        pytest.param("shipmentDate", "date", id="date-before-tracking"),
        pytest.param("order.amountTotal|currency", "amount", id="amount"),
        pytest.param("d.trackingCodes|join(', ')", "tracking", id="tracking"),
        pytest.param("tracking_url", "tracking_url", id="tracking-url"),
        pytest.param("shop_url", "url", id="url"),
        pytest.param("customer.email", "email", id="email"),
        pytest.param("shop.phone", "phone", id="phone"),
        pytest.param("order.orderCustomer.firstName", "first_name", id="first-name"),
        pytest.param("$Kunde->cNachname", "last_name", id="jtl-last-name"),
        pytest.param("buyer.name", "name", id="name"),
        pytest.param("salutation.letterName", "salutation", id="salutation"),
        pytest.param("shop.name", "shop", id="shop-name"),
        pytest.param("$Firma->cName", "shop", id="jtl-company"),
        pytest.param("address.street", "street", id="street"),
        pytest.param("$Lieferadresse->cOrt", "city", id="jtl-city"),
        pytest.param("carrier", "carrier", id="carrier"),
        pytest.param("Vorgang.Rechnungsnummer", "invoice_number", id="jtl-wawi-invoice-number"),
        pytest.param("order.invoice_number", "invoice_number", id="invoice-number"),
        pytest.param("foo", "word", id="neutral"),
    ],
)
def test_kind_of_a_placeholder(expression, kind):
    assert kind_of(expression).name == kind


def test_an_order_placeholder_is_the_checked_order_number():
    assert sample("order.orderNumber", "de", "302-1234567-1234567") == "302-1234567-1234567"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "27.11.2026"), ("en", "27 November 2026"), ("sv", "27 November 2026")],
)
def test_samples_speak_the_marketplace_language(language, expected):
    assert sample("delivery_date", language, "302-1234567-1234567") == expected


def test_every_kind_but_the_order_has_an_english_sample():
    assert [k.name for k in kinds() if k.name != "order" and "en" not in k.values] == []
