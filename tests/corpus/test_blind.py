"""The blind corpus (issue 10): written by writers who never saw the lexicons or the rules,
split into a tuning part and a sealed part before anyone read it.

The wording rules must reach precision and recall of 0.95 on the tuning part (one exception,
below) and keep the floors measured on the sealed part; every other content rule keeps the 0.9
bar of the older corpora on the tuning part. Nobody tunes on the sealed part: its test reports
only the numbers, never which messages failed.
"""

from __future__ import annotations

import pytest

from tests.corpus.evaluate import CORPORA, below_floors, messages, scores

WORDING_RULES = tuple(
    f"amazon.content.{rule}"
    for rule in (
        "review_manipulation",
        "review_request_misplaced",
        "marketing",
        "cancel_request",
        "payment_details",
    )
)
# Issue 10's targets for the wording rules, on both parts.
TARGET = 0.95
BAR = 0.9


# Rounds written only to measure (round 13: after the wording model was trained): a sealed
# part and no tuning part.
MEASURING_ONLY = frozenset({"13"})


def test_the_blind_corpus_has_both_parts():
    assert CORPORA["blind-tuning"] and CORPORA["blind-sealed"]
    names = {path.name.removeprefix("tuning-") for path in CORPORA["blind-tuning"]}
    sealed = {path.name.removeprefix("sealed-") for path in CORPORA["blind-sealed"]}
    assert names == {
        name for name in sealed if name.removesuffix(".yaml").split("-")[-1] not in MEASURING_ONLY
    }
    assert sealed > names


def test_the_tuning_part_covers_the_five_languages():
    assert {entry["language"] for entry in messages("blind-tuning")} >= {
        "de",
        "en",
        "fr",
        "it",
        "es",
    }


# Where a rule misses the target on the tuning part, the floor it keeps instead (precision,
# recall): round 11's review asks outside a review request, written as wishes and hints ("your
# take on the listing", "due righe sul portale"), left misplaced asks at 0.9465 after its two
# tunings, and at 0.9424 with round 12's tuning part after its tuning and review
# (docs/evaluation.md, "Round 11", "Round 12").
TUNING_FLOORS = {"amazon.content.review_request_misplaced": (TARGET, 0.94)}


@pytest.mark.parametrize("rule", WORDING_RULES)
def test_wording_rules_meet_the_target_on_the_tuning_part(rule):
    table, wrong = scores("blind-tuning")
    score = next(s for s in table if s.rule == rule)
    precision, recall = TUNING_FLOORS.get(rule, (TARGET, TARGET))
    assert score.precision >= precision and score.recall >= recall, wrong.get(rule)


def test_every_content_rule_meets_the_bar_on_the_tuning_part():
    table, wrong = scores("blind-tuning")
    below = {
        score.rule: (round(score.precision, 2), round(score.recall, 2), wrong.get(score.rule))
        for score in table
        if score.precision < BAR or score.recall < BAR
    }
    assert below == {}


# What the sealed parts measure, as (precision, recall) rounded as the test rounds them. Issue
# 10's target is 0.95 for both; these floors sit where the rules really are, below it where
# they miss it, so CI keeps what was reached and a change that loses ground fails. Raise a
# floor when a change (tuned elsewhere, never here) lifts it.
SEALED_FLOORS = {
    # On all thirteen sealed parts (3,335 messages) with the wording model (2026-11-29): the
    # twelve of the rounds tuned on, and round 13 (400 messages, all sealed, written after the
    # model was trained: 0.93 / 0.68 pooled by the rules alone, 0.93 / 0.72 with the model).
    # The rules alone on all thirteen: 0.94 / 0.82, 0.94 / 0.84, 0.96 / 0.91, 0.98 / 0.84,
    # 0.97 / 0.92 (payment details: the model does not back it; see docs/evaluation.md,
    # "The wording model" and "Round 13").
    "amazon.content.review_manipulation": (0.94, 0.82),
    "amazon.content.review_request_misplaced": (0.94, 0.89),
    "amazon.content.marketing": (0.95, 0.93),
    "amazon.content.cancel_request": (0.97, 0.88),
    "amazon.content.payment_details": (0.97, 0.92),
}


def test_every_wording_rule_has_a_floor_on_the_sealed_part():
    assert set(SEALED_FLOORS) == set(WORDING_RULES)


def test_wording_rules_keep_their_floor_on_the_sealed_part():
    assert below_floors("blind-sealed", SEALED_FLOORS) == {}
