"""Precision and recall of the amazon.content.* rules on the labelled corpora.

messages.yaml (238 messages) is the development corpus the lexicons were tuned on;
holdout.yaml (110 messages) was written separately and never tuned on. blind/ holds a corpus
written by writers who never saw the lexicons or the rules (issue 10), split before anyone read
it into a tuning part (blind-tuning: blind/tuning-*.yaml) and a sealed part (blind-sealed:
blind/sealed-*.yaml) that nobody tunes on, so its numbers are the honest ones. ebay/ holds the
eBay corpus (issue 15), written blind the same way and split into ebay-tuning and ebay-sealed;
its messages say `platform: ebay` and run through the eBay pack, scored on the ebay.content.*
rules.
`python -m tests.corpus.evaluate [messages|holdout|blind-tuning|blind-sealed|ebay-tuning|
ebay-sealed]` prints the table
docs/evaluation.md shows (and, except for the sealed part, the messages each rule got wrong);
test_corpus.py and test_blind.py hold the rules to their bars.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from service.engine import (
    BodyFormat,
    Buyer,
    CheckRequest,
    Message,
    Order,
    evaluate,
)
from service.packs import Pack, load_pack

_HERE = Path(__file__).parent
CORPORA: dict[str, tuple[Path, ...]] = {
    "messages": (_HERE / "messages.yaml",),
    "holdout": (_HERE / "holdout.yaml",),
    "blind-tuning": tuple(sorted((_HERE / "blind").glob("tuning-*.yaml"))),
    "blind-sealed": tuple(sorted((_HERE / "blind").glob("sealed-*.yaml"))),
    "ebay-tuning": (_HERE / "ebay" / "tuning.yaml",),
    "ebay-sealed": (_HERE / "ebay" / "sealed.yaml",),
}
# Whose wrong messages are never listed: the sealed parts stay unread.
SEALED = frozenset({"blind-sealed", "ebay-sealed"})
NOW = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)


@cache
def messages(corpus: str = "messages") -> list[dict[str, Any]]:
    """Every message of a corpus, from all of its files."""
    return [
        entry
        for path in CORPORA[corpus]
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]


def pack_of(entry: dict[str, Any]) -> Pack:
    """The pack a corpus message is checked with: its platform's (Amazon's unless it says)."""
    return load_pack(entry.get("platform", "amazon"))


def request(entry: dict[str, Any], pack: Pack) -> CheckRequest:
    """The check an ERP would send for a corpus message, on an order in a fitting status."""
    reason = pack.find_reason(entry["contact_reason"])
    assert reason is not None, entry["id"]
    delivered = NOW - timedelta(days=7)
    status = "delivered" if "delivered" in reason.allowed_in else sorted(reason.allowed_in)[-1]
    marketplace = pack.find_marketplace(entry["marketplace"])
    assert marketplace is not None, entry["id"]
    return CheckRequest(
        marketplace=marketplace,
        edition=pack.editions[pack.default_edition],
        now=NOW,
        channel=pack.find_channel(entry["channel"]),
        order=Order(
            id=entry["order_id"],
            status=status,
            purchased_at=NOW - timedelta(days=10),
            delivered_at=delivered if status == "delivered" else None,
        ),
        buyer=Buyer(language=entry.get("buyer_language")),
        message=Message(
            contact_reason=reason,
            subject=entry.get("subject"),
            body=entry["body"],
            body_format=BodyFormat(entry.get("body_format", "text")),
        ),
    )


def fired(entry: dict[str, Any], pack: Pack) -> set[str]:
    """The content rules (of the pack's platform) that fire on a corpus message."""
    decision = evaluate(request(entry, pack), pack)
    content = f"{pack.platform}.content."
    return {f.rule for f in decision.findings if f.rule.startswith(content)}


@dataclass(frozen=True)
class Score:
    rule: str
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        labelled = self.true_positives + self.false_negatives
        return self.true_positives / labelled if labelled else 1.0


def scores(corpus: str = "messages") -> tuple[list[Score], dict[str, list[str]]]:
    """Per-rule scores, and the ids of the messages each rule got wrong."""
    counts: Counter[tuple[str, str]] = Counter()
    wrong: dict[str, list[str]] = {}
    for entry in messages(corpus):
        expected, got = set(entry["expect"]), fired(entry, pack_of(entry))
        for rule in expected | got:
            outcome = "tp" if rule in expected and rule in got else "fp" if rule in got else "fn"
            counts[rule, outcome] += 1
            if outcome != "tp":
                wrong.setdefault(rule, []).append(f"{entry['id']}({outcome})")
    rules = sorted({rule for rule, _ in counts})
    table = [Score(r, counts[r, "tp"], counts[r, "fp"], counts[r, "fn"]) for r in rules]
    return table, wrong


def below_floors(
    corpus: str, floors: dict[str, tuple[float, float]]
) -> dict[str, tuple[float, float]]:
    """The rules of `floors` whose (precision, recall), rounded to two places, fall below
    their floor on the corpus: what a sealed part's test reports, never the messages."""
    table, _ = scores(corpus)
    return {
        score.rule: (round(score.precision, 2), round(score.recall, 2))
        for score in table
        if score.rule in floors
        and (
            round(score.precision, 2) < floors[score.rule][0]
            or round(score.recall, 2) < floors[score.rule][1]
        )
    }


def main() -> None:
    corpus = sys.argv[1] if len(sys.argv) > 1 else "messages"
    table, wrong = scores(corpus)
    print(f"{corpus}: {len(messages(corpus))} messages")
    print("| rule | labelled | flagged | precision | recall |")
    print("|---|---|---|---|---|")
    for score in table:
        labelled = score.true_positives + score.false_negatives
        flagged = score.true_positives + score.false_positives
        print(
            f"| `{score.rule}` | {labelled} | {flagged} | {score.precision:.2f} | "
            f"{score.recall:.2f} |"
        )
    if corpus not in SEALED:
        for rule, ids in wrong.items():
            print(rule, " ".join(ids))


if __name__ == "__main__":
    main()
