"""Phone numbers among the other numbers sellers write: amazon.content.phone_number on messages
written to measure it, in the five languages (phones/).

tuning.yaml: a helper's probe (harmless messages full of tracking, case, article, VAT and
invoice numbers, dates, prices, sizes; messages with real phone numbers; then messages aimed at
the rule's weak spots, written after reading it). sealed.yaml: written by another helper who saw
neither the rule nor the probe; nobody tunes on it, and its test reports only the numbers.
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

PHONES = Path(__file__).parent / "phones"
RULE = "amazon.content.phone_number"
LANGUAGES = {"de", "en", "fr", "it", "es"}


@dataclass(frozen=True)
class Rates:
    """How often the rule flags a message without a phone number, and finds one where it is."""

    false_flags: float
    recall: float


def _flagged(entry: dict[str, Any]) -> bool:
    pack = load_pack()
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
    return any(finding.rule == RULE for finding in evaluate(check, pack).findings)


@cache
def _entries(part: str) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = yaml.safe_load((PHONES / f"{part}.yaml").read_text())
    return entries


@cache
def _rates(part: str) -> Rates:
    flagged = [(entry["phone"], _flagged(entry)) for entry in _entries(part)]
    harmless = [found for phone, found in flagged if not phone]
    phones = [found for phone, found in flagged if phone]
    return Rates(sum(harmless) / len(harmless), sum(phones) / len(phones))


# Measured (2026-11-29), as (most false flags, least recall); before the tuning part was read,
# the rule flagged 32 of its 245 harmless messages and found 19 of its 25 phone numbers, 5 of
# the sealed part's 225 and 64 of its 75. tuning: 14 flagged (2 of the 204 written before the
# rule was read: serial numbers whose word stands further back than the 24 characters read),
# 25 found; sealed: 3 flagged, 71 found. Lower a false-flag floor or
# raise a recall floor when a change (tuned on the tuning part, never on the sealed one)
# improves it.
FLOORS = {
    "tuning": Rates(false_flags=14 / 245, recall=25 / 25),
    "sealed": Rates(false_flags=3 / 225, recall=71 / 75),
}


@pytest.mark.parametrize("part", ["tuning", "sealed"])
def test_each_part_holds_both_kinds_in_the_five_languages(part):
    entries = _entries(part)
    assert {entry["language"] for entry in entries} == LANGUAGES
    assert {entry["phone"] for entry in entries} == {True, False}
    assert len({entry["id"] for entry in entries}) == len(entries)


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_the_phone_rule_keeps_its_floor(part):
    rates, floor = _rates(part), FLOORS[part]
    if rates.false_flags > floor.false_flags or rates.recall < floor.recall:
        # Only the tuning part names the messages the rule got wrong.
        wrong = [e["id"] for e in _entries(part) if part == "tuning" and e["phone"] != _flagged(e)]
        pytest.fail(f"{rates}, wrong: {wrong}")
