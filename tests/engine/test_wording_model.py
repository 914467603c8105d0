"""The wording rules backed by the pack's wording model (rules/wording.py,
_backed_by_the_model): where a rule's lexicons and readings find nothing, the model's finding
under the rule's id, at its weightiest sentence; never where the reason allows the wording
(nor manipulation on a review request),
never on a message no screen found a wording word in, never beside the rule's own finding, and
for a cancellation never from a sentence whose cancellation word is negated in its clause.

The rows run on the Amazon pack with a small model written out here, which weighs one animal
per rule ("zebra" for review manipulation, ...), so that what is tested is how the rules use a
model, not what the shipped model has learnt (tests/corpus/test_wording_model.py)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from service.engine import evaluate
from service.packs import load_pack
from service.packs.model import WordingModel, pack_weights
from tests.corpus.train import RULES
from tests.engine.rows import DIGITAL_ACCESS_KEY, REVIEW_REQUEST, make
from tests.engine.test_readings import FEEDBACK_REMOVAL

ANIMALS = (b"zebra", b"giraff", b"walrus", b"badger")


def _row(column: int) -> int:
    return pack_weights([100 if each == column else 0 for each in range(len(RULES))])


MODEL = WordingModel(
    rules=RULES,
    bias=(-0.5,) * len(RULES),
    threshold=0.25,
    weights={animal: _row(column) for column, animal in enumerate(ANIMALS)},
    scale=100,
)
PACK = dataclasses.replace(load_pack(), wording_model=MODEL)
# Thanks for a review given: an anchor word for the screens, and no rule's finding.
THANKS = "Vielen Dank für Ihre Bewertung. "


def found(body: str, **given: Any) -> list[tuple[str, str]]:
    """The wording findings: (rule, the words the finding quotes)."""
    decision = evaluate(make(body, **given), PACK)
    return [
        (finding.rule.removeprefix("amazon."), finding.message.en.split("'")[1])
        for finding in decision.findings
        if finding.rule.removeprefix("amazon.") in RULES
    ]


@pytest.mark.parametrize(
    "body, given, expected",
    [
        pytest.param(
            THANKS + "Ein Zebra wartet.",
            {},
            [("content.review_manipulation", "Ein Zebra wartet.")],
            id="content.review_manipulation-by-the-model",
        ),
        pytest.param(
            THANKS + "Die Giraffe auch.",
            {},
            [("content.review_request_misplaced", "Die Giraffe auch.")],
            id="content.review_request_misplaced-by-the-model",
        ),
        pytest.param(
            THANKS + "Ein walrus!",
            {},
            [("content.marketing", "Ein walrus!")],
            id="content.marketing-by-the-model",
        ),
        pytest.param(
            THANKS + "Der Dachs, ein badger.",
            {},
            [("content.cancel_request", "Der Dachs, ein badger.")],
            id="content.cancel_request-by-the-model",
        ),
        pytest.param("Ein Zebra wartet.", {}, [], id="silent-no-wording-word-no-model"),
        pytest.param(
            THANKS + "Ein Zebra wartet.",
            FEEDBACK_REMOVAL,
            [],
            id="content.review_manipulation-not-on-feedback-removal",
        ),
        pytest.param(
            THANKS + "Ein Zebra wartet.",
            REVIEW_REQUEST,
            [],
            id="content.review_manipulation-not-on-a-review-request",
        ),
        pytest.param(
            THANKS + "Die Giraffe auch.",
            REVIEW_REQUEST,
            [],
            id="content.review_request_misplaced-not-on-a-review-request",
        ),
        pytest.param(
            THANKS + "Der Dachs, ein badger.",
            REVIEW_REQUEST,
            [("content.cancel_request", "Der Dachs, ein badger.")],
            id="content.cancel_request-on-a-review-request-all-the-same",
        ),
        pytest.param(
            THANKS + "Ein walrus!",
            DIGITAL_ACCESS_KEY,
            [],
            id="content.marketing-not-on-a-digital-access-key",
        ),
        pytest.param(
            "Bitte stornieren Sie die Bestellung. Ein badger.",
            {},
            [("content.cancel_request", "stornieren Sie die Bestellung")],
            id="content.cancel_request-its-own-finding-alone",
        ),
        pytest.param(
            "Bitte stornieren Sie nicht, ein badger.",
            {},
            [],
            id="content.cancel_request-not-from-a-sentence-that-says-no",
        ),
        pytest.param(
            "Please don't cancel the order, a badger.",
            {"marketplace": "UK"},
            [],
            id="content.cancel_request-not-from-a-sentence-that-says-no-en",
        ),
        pytest.param(
            "No lo cancele, por favor: un badger.",
            {"marketplace": "ES"},
            [],
            id="content.cancel_request-not-from-a-sentence-that-says-no-es",
        ),
        pytest.param(
            "Bitte stornieren Sie nicht. Der Dachs, ein badger.",
            {},
            [("content.cancel_request", "Der Dachs, ein badger.")],
            id="content.cancel_request-from-the-sentences-beside-one-that-says-no",
        ),
        pytest.param(
            THANKS + "Der Dachs, ein badger.",
            {"subject": "AW: Bitte stornieren Sie nicht", "channel": "email"},
            [("content.cancel_request", "Der Dachs, ein badger.")],
            id="content.cancel_request-a-replys-subject-that-says-no-unread-too",
        ),
        pytest.param(
            THANKS + "Feel free to hit cancel — no hard feelings, a badger.",
            {"marketplace": "UK"},
            [("content.cancel_request", "Feel free to hit cancel — no hard feelings, a badger.")],
            id="content.cancel_request-a-negation-past-a-dash-says-no-to-nothing",
        ),
        pytest.param(
            THANKS + "Why not cancel, a badger.",
            {"marketplace": "UK"},
            [("content.cancel_request", "Why not cancel, a badger.")],
            id="content.cancel_request-a-negation-its-exemption-takes-back",
        ),
        pytest.param(
            THANKS + "\n> Ein Zebra wartet.",
            {},
            [],
            id="content.review_manipulation-quoted-buyer-words-unread",
        ),
        pytest.param(
            THANKS,
            {"subject": "AW: Ein Zebra?", "channel": "email"},
            [],
            id="content.review_manipulation-a-replys-subject-unread",
        ),
        pytest.param(
            THANKS,
            {"subject": "Ein Zebra?", "channel": "email"},
            [("content.review_manipulation", "Ein Zebra?")],
            id="content.review_manipulation-in-the-subject",
        ),
    ],
)
def test_the_model_backs_the_wording_rules(
    body: str, given: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    assert found(body, **given) == expected


def test_a_hard_wrapped_sentence_is_quoted_whole() -> None:
    wrapped = "Wir haben Ihr Paket heute an den Versand übergeben, und ein Zebra\nwartet."
    assert found(THANKS + wrapped) == [("content.review_manipulation", " ".join(wrapped.split()))]


def test_a_long_sentence_is_quoted_shortened() -> None:
    sentence = "Ein Zebra " + "und noch ein Pferd " * 10 + "am Ende."
    [(rule, quoted)] = found(THANKS + sentence)
    assert rule == "content.review_manipulation"
    assert len(quoted) == 120
    assert quoted.endswith("…")
    assert sentence.startswith(quoted[:-1])


def test_the_finding_points_at_the_sentence_in_the_field_as_sent() -> None:
    request = make(THANKS + "Der Dachs, ein badger.")
    [finding] = [
        finding
        for finding in evaluate(request, PACK).findings
        if finding.rule == "amazon.content.cancel_request"
    ]
    assert finding.span is not None
    body = request.message.body
    assert body[finding.span.start : finding.span.end] == "Der Dachs, ein badger."
