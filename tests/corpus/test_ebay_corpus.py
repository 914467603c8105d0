"""The eBay corpus (issue 15): written blind, before any eBay detector existed, and split into a
tuning part and a sealed part while it was written (tests/corpus/ebay/).

Every ebay.content.* rule must reach the bar on the tuning part and keep the floor measured on
the sealed part. Nobody tunes on the sealed part: its test reports only the numbers, never
which messages failed.
"""

from __future__ import annotations

import pytest

from tests.corpus.evaluate import below_floors, messages, scores

RULES = tuple(
    f"ebay.content.{rule}"
    for rule in (
        "email_address",
        "phone_number",
        "social_media",
        "external_link",
        "payment_details",
        "marketing",
        "off_platform_offer",
        "feedback_extortion",
        "feedback_revision",
    )
)
BAR = 0.95


def test_the_ebay_corpus_is_ebays_in_five_languages():
    for part in ("ebay-tuning", "ebay-sealed"):
        entries = messages(part)
        assert {entry["platform"] for entry in entries} == {"ebay"}
        assert {entry["language"] for entry in entries} == {"de", "en", "fr", "it", "es"}


def test_every_label_is_a_rule_of_the_ebay_pack():
    labels = {rule for entry in messages("ebay-tuning") for rule in entry["expect"]}
    assert labels == set(RULES)


@pytest.mark.parametrize("rule", RULES)
def test_every_content_rule_meets_the_bar_on_the_tuning_part(rule):
    table, wrong = scores("ebay-tuning")
    score = next(s for s in table if s.rule == rule)
    assert min(score.precision, score.recall) >= BAR, wrong.get(rule)


# What the sealed part (121 messages) measured after tuning (2026-11-27), as (precision,
# recall): floors where the rules really are, far below the tuning part for the offers and the
# feedback rules (docs/evaluation.md), so that a change that loses ground fails. Raise a floor
# when a change (tuned elsewhere, never here) lifts it.
SEALED_FLOORS = {
    "ebay.content.email_address": (1.0, 1.0),
    "ebay.content.phone_number": (1.0, 0.78),
    "ebay.content.social_media": (1.0, 1.0),
    "ebay.content.external_link": (1.0, 1.0),
    "ebay.content.payment_details": (0.8, 1.0),
    "ebay.content.marketing": (1.0, 0.88),
    "ebay.content.off_platform_offer": (1.0, 0.43),
    "ebay.content.feedback_extortion": (1.0, 0.42),
    "ebay.content.feedback_revision": (0.75, 1.0),
}


def test_every_rule_has_a_floor_on_the_sealed_part():
    assert set(SEALED_FLOORS) == set(RULES)


def test_every_rule_keeps_its_floor_on_the_sealed_part():
    assert below_floors("ebay-sealed", SEALED_FLOORS) == {}
