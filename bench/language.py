"""`python -m bench.language`: how well and how fast the language rule's detector works on
short seller messages (both labelled corpora: German, English, French, Italian, Spanish).

Accuracy counts only the messages the detector is confident about (>= CONFIDENT), which is
what the rule acts on, and says how many it was confident about (coverage).
"""

from __future__ import annotations

import statistics
import time
from collections import Counter

from service.engine import language
from tests.corpus.evaluate import CORPORA, messages

LENGTHS = (None, 120, 60)  # whole message (the rule reads up to language.LIMIT), then cut


def _samples() -> list[tuple[str, str]]:
    return [(e["language"], e["body"]) for corpus in CORPORA for e in messages(corpus)]


def accuracy(length: int | None) -> dict[str, tuple[int, int, int]]:
    """Per language: (messages, confident answers, right confident answers)."""
    counts: Counter[tuple[str, str]] = Counter()
    for expected, body in _samples():
        found = language.language_of(body if length is None else body[:length])
        counts[expected, "all"] += 1
        if found is not None and found[1] >= language.CONFIDENT:
            counts[expected, "confident"] += 1
            counts[expected, "right"] += found[0] == expected
    codes = sorted({code for code, _ in counts})
    return {c: (counts[c, "all"], counts[c, "confident"], counts[c, "right"]) for c in codes}


def cost_us(text: str, runs: int = 2000) -> tuple[float, float]:
    """p50 and p99 microseconds per detection of a text."""
    language.language_of(text)
    times = []
    for _ in range(runs):
        started = time.perf_counter_ns()
        language.language_of(text)
        times.append((time.perf_counter_ns() - started) / 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.99)]


def main() -> None:
    language.warm_up()
    print("| text | language | messages | confident | right when confident |")
    print("|---|---|---|---|---|")
    for length in LENGTHS:
        label = "whole message" if length is None else f"first {length} characters"
        for code, (total, confident, right) in accuracy(length).items():
            share = right / confident if confident else 0.0
            print(f"| {label} | {code} | {total} | {confident / total:.0%} | {share:.1%} |")
    body = next(body for code, body in _samples() if code == "de" and len(body) > 400)
    for label, text in (("300 characters", body[:300]), ("2 KB body", (body * 6)[:2048])):
        p50, p99 = cost_us(text)
        print(f"cost per detection, {label}: p50 {p50:.0f} µs, p99 {p99:.0f} µs")


if __name__ == "__main__":
    main()
