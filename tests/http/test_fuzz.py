"""Never a 500: random JSON, random request-shaped JSON, random bytes under
random content types, and random query strings all get a 2xx that keeps the contract or a 4xx
problem document. The contract client checks every answer; these tests add the rest.

Dates far from today and lone surrogates (\\ud800) have their own tables in test_errors.py;
random framing over raw sockets, against the real server, is in tests/test_hostile_clients.py.
"""

from __future__ import annotations

import json
import string
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlencode

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.packs import load_pack
from tests.http.test_checks import ORDER_ID, OTHER_ORDER_ID

FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

PACK = load_pack()
MARKETPLACES = [code for m in PACK.marketplaces for code in (m.code, m.id, *m.aliases)]
STATUSES = [*PACK.statuses, *(a for aliases in PACK.status_aliases.values() for a in aliases)]
REASONS = [name for r in PACK.reasons for name in (r.code, *r.aliases, *r.labels.values())]
EDITIONS = list(PACK.editions)


def assert_answered(response) -> None:
    """A 2xx (the contract client has validated it) or a 4xx problem document; never 5xx."""
    assert response.status_code < 500, response.get_data(as_text=True)
    if response.status_code >= 400:
        assert response.mimetype == "application/problem+json"
        assert response.get_json()["status"] == response.status_code


# (a) any JSON ---------------------------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=20), inner, max_size=5)
    ),
    max_leaves=25,
)
# Objects whose keys are mostly the request's own, so the schema is reached at depth.
request_keys = st.sampled_from(
    [
        "marketplace",
        "order",
        "buyer",
        "message",
        "channel",
        "edition",
        "now",
        "message_id",
        "id",
        "status",
        "contact_reason",
        "subject",
        "body",
        "attachments",
        "size",
    ]
)
json_objects = st.recursive(
    st.dictionaries(request_keys | st.text(max_size=10), json_scalars, max_size=6),
    lambda inner: st.dictionaries(request_keys, inner | json_values, max_size=6),
    max_leaves=30,
)


@FUZZ
@given(document=json_values | json_objects)
def test_any_json_document_is_answered(client, document):
    assert_answered(client.post("/v1/checks", json=document))


# (b) request-shaped JSON -----------------------------------------------------------------------

offsets = st.timedeltas(
    min_value=timedelta(hours=-23, minutes=-59), max_value=timedelta(hours=23, minutes=59)
)
instants = st.builds(
    lambda moment, offset: moment.replace(tzinfo=UTC).astimezone(timezone(offset)).isoformat(),
    st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2100, 1, 1)),
    offsets,
)


def either(plausible: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly a plausible value, else any JSON scalar. (Not n == 0: hypothesis favours the
    bounds of a range, which would make nearly every request invalid.)"""
    return st.integers(0, 9).flatmap(lambda n: json_scalars if n == 5 else plausible)


times = either(instants | st.none())
booleans = either(st.booleans() | st.none())


subject_parts = st.sampled_from(
    [
        "[Wichtig]",
        "[WICHTIG]",
        "(Wichtig)",
        "【重要】",
        "［Wichtig］",
        "[ Wichtig ]",
        "[Wichtig!]",
        "[Important]",
        "[重要]",
        "[Importante]",
        ORDER_ID,
        OTHER_ORDER_ID,
        "Rückfrage",
        " ",
        "\n",
        "Bestellung",
        "<b>",
        "😀",
    ]
) | st.text(max_size=8)
texts = st.lists(subject_parts, min_size=1, max_size=8).map("".join)

attachments = st.fixed_dictionaries(
    {
        "filename": either(st.text(min_size=1, max_size=20)),
        "content_type": either(st.sampled_from(["application/pdf", "image/png"])),
        "size": either(st.integers(min_value=-1, max_value=2**31 + 1)),
    },
)

check_requests = st.fixed_dictionaries(
    {
        "marketplace": either(st.sampled_from([*MARKETPLACES, "de", "gb", "XX", ""])),
        "order": st.fixed_dictionaries(
            {
                "id": either(
                    st.just(ORDER_ID) | st.from_regex(r"[0-9]{3}-[0-9]{7}-[0-9]{7}", fullmatch=True)
                ),
                "status": either(st.sampled_from(STATUSES)),
            },
            optional={
                "fulfillment": either(st.sampled_from(["merchant", "amazon"])),
                "purchased_at": times,
                "shipped_at": times,
                "delivered_at": times,
                "earliest_delivery_at": times,
                "latest_delivery_at": times,
                "handmade": booleans,
                "customized": booleans,
                "messaging_actions": either(
                    st.lists(st.sampled_from([*sorted(PACK.sp_api_actions), "sendInvoice"]))
                ),
            },
        ),
        "message": st.fixed_dictionaries(
            {
                "contact_reason": either(st.sampled_from(REASONS)),
                "body": either(texts),
            },
            optional={
                "subject": either(texts),
                "body_format": either(st.sampled_from(["text", "html"])),
                "attachments": st.lists(attachments, max_size=3),
                "warranty": either(
                    st.fixed_dictionaries(
                        {}, optional={"coverage_start": times, "coverage_end": times}
                    )
                ),
            },
        ),
    },
    optional={
        "channel": either(st.sampled_from(["email", "seller_central", "sp_api"])),
        "edition": either(st.sampled_from(EDITIONS)),
        "now": times,
        "message_id": either(st.text(max_size=20)),
        "buyer": st.fixed_dictionaries(
            {},
            optional={
                "opted_out": booleans,
                "language": either(st.sampled_from(["de-DE", "en", "ja-JP"])),
            },
        ),
    },
)


@FUZZ
@given(document=check_requests, accept_language=st.sampled_from(["de", "en", "fr", ""]))
def test_request_shaped_documents_are_answered_consistently(client, document, accept_language):
    response = client.post(
        "/v1/checks", json=document, headers={"Accept-Language": accept_language}
    )
    assert_answered(response)
    if response.status_code != 200:
        assert response.status_code == 422
        return
    decision = response.get_json()
    unfixed_error = any(f["severity"] == "error" and not f["fixed"] for f in decision["findings"])
    assert (decision["verdict"] == "reject") is unfixed_error
    assert (decision["message"] is None) is (decision["verdict"] == "reject")
    if decision["verdict"] == "allow":
        assert decision["changes"] == []
        sent = document["message"]
        assert decision["message"] == {"subject": sent.get("subject"), "body": sent["body"]}
    if decision["verdict"] == "modify":
        assert decision["changes"]
    if decision["not_before"] is not None:
        assert decision["verdict"] == "reject"
        assert decision["not_before"].endswith("Z")
    for finding in decision["findings"]:
        if finding["span"] is not None and finding["field"] in ("message.subject", "message.body"):
            text = document["message"].get(finding["field"].removeprefix("message.")) or ""
            assert 0 <= finding["span"]["start"] < finding["span"]["end"] <= len(text)


# (c) any bytes, any content type ---------------------------------------------------------------

header_text = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=40)
content_types = (
    st.sampled_from(
        [
            "application/json",
            "application/json; charset=utf-8",
            "application/json; charset=latin-1",
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "multipart/form-data",
            "application/problem+json",
            "application/octet-stream",
        ]
    )
    | header_text
)
bodies = (
    st.binary(max_size=300)
    | json_values.map(lambda v: json.dumps(v).encode())
    | check_requests.map(lambda v: json.dumps(v, ensure_ascii=False).encode())
    | st.builds(
        lambda head, tail: head + tail,
        check_requests.map(lambda v: json.dumps(v).encode()[:40]),
        st.binary(max_size=40),
    )
)


@FUZZ
@given(body=bodies, content_type=content_types)
def test_any_bytes_under_any_content_type_are_answered(client, body, content_type):
    response = client.post("/v1/checks", data=body, headers={"Content-Type": content_type})
    assert_answered(response)


# (d) any query string ------------------------------------------------------------------------

query_names = st.sampled_from(["marketplace", "status", "fulfillment", "edition"]) | st.text(
    alphabet=string.ascii_letters + "_[].", max_size=12
)
query_values = st.sampled_from(
    [*MARKETPLACES, *STATUSES, *EDITIONS, "merchant", "amazon", "", "gb"]
) | st.text(max_size=30)
queries = st.lists(st.tuples(query_names, query_values), max_size=6).map(urlencode) | st.text(
    alphabet=st.characters(min_codepoint=33, max_codepoint=126, exclude_characters="#"),
    max_size=60,
)


@FUZZ
@given(query=queries, accept_language=header_text)
def test_any_contact_reasons_query_is_answered(client, query, accept_language):
    response = client.get(
        f"/v1/contact-reasons?{query}", headers={"Accept-Language": accept_language}
    )
    assert_answered(response)
    assert response.status_code in (200, 422)


@settings(FUZZ, max_examples=50)
@given(
    marketplace=st.sampled_from(MARKETPLACES),
    status=st.sampled_from(STATUSES),
    fulfillment=st.sampled_from(["merchant", "amazon"]),
    edition=st.sampled_from(EDITIONS),
)
def test_every_valid_query_lists_every_reason(client, marketplace, status, fulfillment, edition):
    query = {
        "marketplace": marketplace,
        "status": status,
        "fulfillment": fulfillment,
        "edition": edition,
    }
    response = client.get("/v1/contact-reasons", query_string=query)
    assert response.status_code == 200
    listed = [reason["code"] for reason in response.get_json()["contact_reasons"]]
    assert listed == [reason.code for reason in PACK.reasons]
