"""The blind corpus (issue 10): written by writers who never saw the lexicons or the rules,
split into a tuning part and a sealed part before anyone read it.

The wording rules must reach precision and recall of 0.95 on both parts; every other content
rule keeps the 0.9 bar of the older corpora on the tuning part. Nobody tunes on the sealed
part: its test reports only the numbers, never which messages failed.
"""

from __future__ import annotations

import pytest

from tests.corpus.evaluate import CORPORA, messages, scores

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


def test_the_blind_corpus_has_both_parts():
    assert CORPORA["blind-tuning"] and CORPORA["blind-sealed"]
    names = {path.name.removeprefix("tuning-") for path in CORPORA["blind-tuning"]}
    assert names == {path.name.removeprefix("sealed-") for path in CORPORA["blind-sealed"]}


def test_the_tuning_part_covers_the_five_languages():
    assert {entry["language"] for entry in messages("blind-tuning")} >= {
        "de",
        "en",
        "fr",
        "it",
        "es",
    }


@pytest.mark.parametrize("rule", WORDING_RULES)
def test_wording_rules_meet_the_target_on_the_tuning_part(rule):
    table, wrong = scores("blind-tuning")
    score = next(s for s in table if s.rule == rule)
    assert min(score.precision, score.recall) >= TARGET, wrong.get(rule)


def test_every_content_rule_meets_the_bar_on_the_tuning_part():
    table, wrong = scores("blind-tuning")
    below = {
        score.rule: (round(score.precision, 2), round(score.recall, 2), wrong.get(score.rule))
        for score in table
        if score.precision < BAR or score.recall < BAR
    }
    assert below == {}


def test_wording_rules_meet_the_target_on_the_sealed_part():
    table, _ = scores("blind-sealed")
    below = {
        score.rule: (round(score.precision, 2), round(score.recall, 2))
        for score in table
        if score.rule in WORDING_RULES and min(score.precision, score.recall) < TARGET
    }
    assert below == {}
