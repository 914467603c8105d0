"""Properties over generated requests: no crash, spans in the input, fixes are final.

The generated subjects mix free text with every tag-like form the subject rules know (all
brackets, every site's word, any case, inner spaces, punctuation), the order number and a
foreign one, so the tag, order-number and timing rules all get exercised together.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.engine import (
    BodyFormat,
    Buyer,
    CheckRequest,
    Message,
    Order,
    Severity,
    Verdict,
    evaluate,
)
from service.packs import load_pack
from tests.engine.conftest import NOW, ORDER_ID

PACK = load_pack()
OTHER_ID = "028-7654321-7654321"
OPENERS = "[(（{<【［〔「『〈《"
CLOSERS = "])）}>】］〕」』〉》"

# Free text in any script, brackets and symbols (emoji and their modifiers) included, so that
# cuts can join neighbours into new forms.
_FREE_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cn")),
    max_size=12,
)


@st.composite
def tag_like(draw: st.DrawFn) -> str:
    """A bracketed word the subject rules look for, well-formed or not."""
    word = draw(st.sampled_from(sorted(PACK.tag_words)))
    word = draw(st.sampled_from([word, word.lower(), word.upper(), word.title()]))
    if draw(st.booleans()):
        return f"[{word}]"
    pad = draw(st.sampled_from(["", " ", "  "]))
    punct = draw(st.sampled_from(["", "!", ":", "!!", "?"]))
    return (
        draw(st.sampled_from(OPENERS)) + pad + word + punct + pad + draw(st.sampled_from(CLOSERS))
    )


_PIECE = st.one_of(
    _FREE_TEXT,
    tag_like(),
    st.sampled_from([ORDER_ID, OTHER_ID, "Wichtig", "Important", "重要", " ", "-", ":"]),
    st.sampled_from(OPENERS + CLOSERS),
)
SUBJECTS = st.one_of(
    st.none(),
    st.lists(_PIECE, max_size=6).map(" ".join),
    st.lists(_PIECE, max_size=6).map("".join),
)
BODIES = st.lists(
    st.one_of(_FREE_TEXT, st.sampled_from([ORDER_ID, OTHER_ID, "\n", "<p>", "</p>"])),
    max_size=6,
).map(" ".join)
INSTANTS = st.one_of(
    st.none(),
    st.integers(min_value=-10 * 24, max_value=90 * 24).map(lambda h: NOW - timedelta(hours=h)),
)


@st.composite
def requests(draw: st.DrawFn) -> CheckRequest:
    return CheckRequest(
        marketplace=draw(st.sampled_from(PACK.marketplaces)),
        edition=draw(st.sampled_from(list(PACK.editions.values()))),
        now=NOW,
        channel=draw(st.sampled_from(PACK.channels)),
        order=Order(
            id=ORDER_ID,
            status=draw(st.sampled_from(PACK.statuses)),
            fulfillment=draw(st.sampled_from(PACK.fulfillment.values)),
            purchased_at=draw(INSTANTS),
            delivered_at=draw(INSTANTS),
            earliest_delivery_at=draw(st.one_of(st.none(), INSTANTS)),
            latest_delivery_at=draw(st.one_of(st.none(), INSTANTS)),
        ),
        buyer=Buyer(opted_out=draw(st.sampled_from([None, True, False]))),
        message=Message(
            contact_reason=draw(st.sampled_from(PACK.reasons)),
            subject=draw(SUBJECTS),
            body=draw(BODIES),
            body_format=draw(st.sampled_from(list(BodyFormat))),
        ),
    )


def _resent(request: CheckRequest, subject: str | None, body: str) -> CheckRequest:
    """The same request, carrying the message the service returned."""
    message = dataclasses.replace(request.message, subject=subject, body=body)
    return dataclasses.replace(request, message=message)


FIELDS = {
    "message.subject": lambda r: r.message.subject or "",
    "message.body": lambda r: r.message.body,
}


@settings(max_examples=300, deadline=None)
@given(requests())
def test_every_request_gets_a_consistent_decision(request):
    decision = evaluate(request, PACK)
    unfixed_errors = [f for f in decision.findings if f.severity is Severity.ERROR and not f.fixed]
    expected = (
        Verdict.REJECT if unfixed_errors else Verdict.MODIFY if decision.changes else Verdict.ALLOW
    )
    assert decision.verdict is expected
    if decision.verdict is Verdict.ALLOW:
        assert (decision.subject, decision.body) == (request.message.subject, request.message.body)
    if decision.not_before is not None:
        assert all(f.not_before is not None for f in unfixed_errors)


@settings(max_examples=300, deadline=None)
@given(requests())
def test_every_span_lies_inside_the_input_field_it_names(request):
    decision = evaluate(request, PACK)
    for finding in decision.findings:
        if finding.span is None:
            continue
        text = FIELDS[finding.field](request)
        assert 0 <= finding.span.start < finding.span.end <= len(text), finding


@settings(max_examples=300, deadline=None)
@given(requests())
def test_a_modified_message_passes_unchanged_when_checked_again(request):
    decision = evaluate(request, PACK)
    if decision.verdict is not Verdict.MODIFY:
        return
    again = evaluate(_resent(request, decision.subject, decision.body), PACK)
    assert (again.verdict, again.changes, again.subject, again.body) == (
        Verdict.ALLOW,
        (),
        decision.subject,
        decision.body,
    )


# Removing a tag-like form closes up the text around it; when that text was itself an opener
# and a tag word, or a word split by the form, a new tag-like form appears. The tag rules
# "remove every tag" and "exactly one correct tag", so the fix must not stop at the first cut.
JOINED_BY_REMOVAL = [
    pytest.param(
        "order_details",
        "(Wichtig [Wichtig] )",
        "Bestelldetails bestätigen",
        id="amazon.subject.tag_misuse-removal-would-leave-(Wichtig )",
    ),
    pytest.param(
        "order_details",
        "[Wi(Wichtig)chtig] Frage",
        "Frage",
        id="amazon.subject.tag_misuse-removal-would-leave-[Wichtig]",
    ),
    pytest.param(
        "reply",
        "Re: [Wi(Wichtig)chtig]",
        "Re:",
        id="amazon.subject.tag_unneeded-removal-would-leave-[Wichtig]",
    ),
    pytest.param(
        "additional_information_required",
        "(Wichtig) [Wi(Wichtig)chtig] Frage",
        "[Wichtig] Frage",
        id="amazon.subject.tag_malformed-normalising-would-leave-two-tags",
    ),
    pytest.param(
        "additional_information_required",
        "[Wichtig] (Wichtig{Wichtig}) Frage",
        "[Wichtig] Frage",
        id="amazon.subject.tag_malformed-removing-a-duplicate-would-leave-another",
    ),
]

# Removing a tag-like form that stands between two numbers must not join them into one run of
# digits: the order number would no longer be found and a second one would be added.
KEPT_APART = [
    pytest.param(
        "additional_information_required",
        f"[Belangrijk]{ORDER_ID}[Belangrijk]{ORDER_ID}",
        f"[Wichtig]{ORDER_ID} {ORDER_ID}",
        id="amazon.subject.tag_malformed-between-two-order-numbers",
    ),
    pytest.param(
        "order_details",
        f"Frage {ORDER_ID}(Wichtig)4711",
        f"Frage {ORDER_ID} 4711",
        id="amazon.subject.tag_misuse-between-two-numbers",
    ),
    pytest.param(
        "reply",
        f"Re: {ORDER_ID}[Wichtig]{ORDER_ID}",
        f"Re: {ORDER_ID} {ORDER_ID}",
        id="amazon.subject.tag_unneeded-between-two-order-numbers",
    ),
]


@pytest.mark.parametrize(("reason", "subject", "fixed"), JOINED_BY_REMOVAL + KEPT_APART)
def test_removing_a_tag_leaves_no_new_tag(make_request, pack, reason, subject, fixed):
    request = make_request(reason=reason, subject=subject, body=f"Bestellung {ORDER_ID}")
    decision = evaluate(request, pack)
    again = evaluate(_resent(request, decision.subject, decision.body), pack)
    assert (decision.verdict, decision.subject, again.verdict, again.changes) == (
        Verdict.MODIFY,
        fixed,
        Verdict.ALLOW,
        (),
    )


@pytest.mark.parametrize(
    "subject",
    [
        pytest.param("🗺", id="amazon.content.emoji-one-emoji"),
        pytest.param("🙂🙂", id="amazon.content.emoji-two-emojis"),
        pytest.param("[Belangrijk]🏳", id="amazon.content.emoji-after-tag-misuse"),
    ],
)
def test_an_emoji_only_subject_is_replaced_by_the_label(make_request, pack, subject):
    request = make_request(
        marketplace="US", reason="order_details", subject=subject, body=f"Order {ORDER_ID}"
    )
    decision = evaluate(request, pack)
    again = evaluate(_resent(request, decision.subject, decision.body), pack)
    assert (decision.verdict, decision.subject, again.verdict, again.changes) == (
        Verdict.MODIFY,
        "Confirm order details",
        Verdict.ALLOW,
        (),
    )
