"""The contact rules on corpora written to measure them, in the five languages; each corpus a
tuning part and a sealed part nobody tunes on, whose test reports only the numbers.

phones/: amazon.content.phone_number among the other numbers sellers write. tuning.yaml is a
helper's probe (harmless messages full of tracking, case, article, VAT and invoice numbers,
dates, prices, sizes; messages with real phone numbers; then messages aimed at the rule's weak
spots, written after reading it); sealed.yaml was written by another helper who saw neither the
rule nor the probe.

links/: amazon.content.email_address and amazon.content.external_link, on messages full of
dots, @ signs, file names, brands and Amazon's and carriers' links, and messages with
addresses and links written plainly or to slip past filters; written by a helper who never read
the rules, split by id (odd: tuning, even: sealed) before any result was read.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from service.engine import evaluate
from service.packs import load_pack
from tests.corpus.evaluate import request

HERE = Path(__file__).parent
LANGUAGES = {"de", "en", "fr", "it", "es"}
# Each corpus's labels, and the rule each names.
LABELS = {
    "phones": {"phone": "amazon.content.phone_number"},
    "links": {
        "email": "amazon.content.email_address",
        "link": "amazon.content.external_link",
    },
}
PARTS = [(corpus, part) for corpus in LABELS for part in ("tuning", "sealed")]


@dataclass(frozen=True)
class Rates:
    """How often a rule flags a message without what it looks for, and finds it where it is."""

    false_flags: float
    recall: float


@cache
def _entries(corpus: str, part: str) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = yaml.safe_load((HERE / corpus / f"{part}.yaml").read_text())
    return entries


@cache
def _fired(corpus: str, part: str) -> dict[str, set[str]]:
    """The rules that fire on each message, by id."""
    pack = load_pack()
    fired = {}
    for entry in _entries(corpus, part):
        check = request(
            {
                "id": entry["id"],
                "marketplace": entry["marketplace"],
                "contact_reason": "unexpected_problem",
                "channel": "email",
                "order_id": "302-1234567-1234567",
                "body": entry["body"],
            },
            pack,
        )
        fired[entry["id"]] = {finding.rule for finding in evaluate(check, pack).findings}
    return fired


def _rates(corpus: str, part: str, label: str) -> Rates:
    rule, fired = LABELS[corpus][label], _fired(corpus, part)
    found = [(entry[label], rule in fired[entry["id"]]) for entry in _entries(corpus, part)]
    without = [flagged for present, flagged in found if not present]
    present = [flagged for there, flagged in found if there]
    return Rates(sum(without) / len(without), sum(present) / len(present))


# Measured (2026-11-29), as (most false flags, least recall); raise a floor when a change (tuned
# on a tuning part, never on a sealed one) improves it. docs/evaluation.md has the figures
# before each part was read: "Phone numbers among other numbers" and "Links and e-mail
# addresses written to slip past filters".
FLOORS = {
    # 2 of the 204 harmless messages written before the rule was read are flagged: serial
    # numbers whose word stands further back than the 24 characters read.
    ("phones", "tuning", "phone"): Rates(false_flags=14 / 245, recall=25 / 25),
    ("phones", "sealed", "phone"): Rates(false_flags=3 / 225, recall=71 / 75),
    # Missed: an address spelled letter by letter ("h e r b e r t @ …"), described in words
    # ("his first name, then the at sign"), with "#" for "@", or with a space before the "@"
    # alone (a handle's form, and what the emoji fix leaves of "info😀@shop.de").
    ("links", "tuning", "email"): Rates(false_flags=0 / 120, recall=29 / 40),
    ("links", "sealed", "email"): Rates(false_flags=0 / 125, recall=25 / 35),
    # Missed: a domain with its dot in brackets ("shop[.]de/teil"), a quoted buyer's link;
    # flagged: a brand named as a domain ("meant for Booking.com").
    ("links", "tuning", "link"): Rates(false_flags=3 / 122, recall=33 / 38),
    ("links", "sealed", "link"): Rates(false_flags=5 / 109, recall=39 / 51),
}


def test_every_label_of_every_part_has_a_floor():
    assert set(FLOORS) == {(c, p, label) for c, p in PARTS for label in LABELS[c]}


@pytest.mark.parametrize(("corpus", "part"), PARTS)
def test_each_part_holds_both_kinds_in_the_five_languages(corpus, part):
    entries = _entries(corpus, part)
    assert {entry["language"] for entry in entries} == LANGUAGES
    for label in LABELS[corpus]:
        assert {entry[label] for entry in entries} == {True, False}
    assert len({entry["id"] for entry in entries}) == len(entries)


@pytest.mark.parametrize(("corpus", "part", "label"), sorted(FLOORS))
def test_each_rule_keeps_its_floor(corpus, part, label):
    rates, floor = _rates(corpus, part, label), FLOORS[corpus, part, label]
    if rates.false_flags > floor.false_flags or rates.recall < floor.recall:
        # Only a tuning part names the messages the rule got wrong.
        rule, fired = LABELS[corpus][label], _fired(corpus, part)
        wrong = [
            entry["id"]
            for entry in _entries(corpus, part)
            if part == "tuning" and entry[label] != (rule in fired[entry["id"]])
        ]
        pytest.fail(f"{rates}, wrong: {wrong}")
