"""The reference example (a shipping-address question, buyer opted out) answers as designed."""

DESIGN_EXAMPLE = {
    "message_id": "erp-4711",
    "seller_id": "acme-de",
    "marketplace": "DE",
    "channel": "email",
    "edition": "2020-11",
    "now": "2026-11-27T08:00:00Z",
    "order": {
        "id": "302-1234567-1234567",
        "status": "unshipped",
        "fulfillment": "merchant",
        "purchased_at": "2026-11-20T10:00:00Z",
        "shipped_at": None,
        "delivered_at": None,
        "earliest_delivery_at": None,
        "latest_delivery_at": None,
        "handmade": False,
        "customized": False,
    },
    "buyer": {"opted_out": True, "language": "de-DE"},
    "message": {
        "contact_reason": "shipping_address",
        "subject": "Rückfrage zu Ihrer Lieferadresse",
        "body": "Guten Tag, zu Ihrer Bestellung 302-1234567-1234567 fehlt die Hausnummer ...",
        "body_format": "text",
        "attachments": [
            {"filename": "rechnung.pdf", "content_type": "application/pdf", "size": 18342}
        ],
    },
}


def test_design_example_is_modified_with_the_wichtig_tag(client):
    response = client.post("/v1/checks", json=DESIGN_EXAMPLE)
    assert response.status_code == 200
    document = response.get_json()
    assert document["verdict"] == "modify"
    assert document["message"]["subject"] == "[Wichtig] Rückfrage zu Ihrer Lieferadresse"
    assert document["changes"] == [
        {
            "rule": "amazon.subject.tag_missing",
            "field": "message.subject",
            "before": "Rückfrage zu Ihrer Lieferadresse",
            "after": "[Wichtig] Rückfrage zu Ihrer Lieferadresse",
        }
    ]
