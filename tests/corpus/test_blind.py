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


# Rounds written only to measure (round 13: after the wording model was trained; round 18:
# after rounds 16 and 17's tunings): a sealed part and no tuning part.
MEASURING_ONLY = frozenset({"13", "18"})


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
# recall): round 15's manipulation said without a review word (a bad review as a family's ruin,
# "come to us before anything goes public") or with its review in one sentence and its
# manipulation in the next is found by neither the readings nor the model, which reads only
# what the lexicons' screens flag (docs/evaluation.md, "Rounds 14 and 15's tunings").
TUNING_FLOORS = {"amazon.content.review_manipulation": (TARGET, 0.94)}


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
    # On all eighteen sealed parts (4,585 messages) after rounds 16 and 17's tunings and the
    # model retrained on their tables (2026-11-29): rounds 1 to 12, rounds 13 and 18 (all
    # sealed), rounds 14 and 15 (the keyword left out wherever it could be) and rounds 16 to
    # 18 (realistic everyday messages; each read as 0.991 / 0.943, 0.992 / 0.969 and 0.982 /
    # 0.971 before any change tuned on it): docs/evaluation.md, "Rounds 16 to 18".
    "amazon.content.review_manipulation": (0.95, 0.84),
    "amazon.content.review_request_misplaced": (0.96, 0.90),
    "amazon.content.marketing": (0.96, 0.92),
    "amazon.content.cancel_request": (0.98, 0.88),
    "amazon.content.payment_details": (0.97, 0.89),
}


def test_every_wording_rule_has_a_floor_on_the_sealed_part():
    assert set(SEALED_FLOORS) == set(WORDING_RULES)


def test_wording_rules_keep_their_floor_on_the_sealed_part():
    assert below_floors("blind-sealed", SEALED_FLOORS) == {}
