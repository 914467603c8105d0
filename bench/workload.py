"""`python -m bench.workload [--quick] [--by-rule]`: the fixed work callgrind counts.

Runs under `valgrind --tool=callgrind --dump-before=getppid` (see bench.instructions). Each case
is warmed up, then run N times and 2N times; `os.getppid()` between the runs is the marker on
which callgrind dumps its counters, so every dump holds exactly one segment of the work. The
last line on stdout names the segments in order (JSON): `[case, runs, checks per run]`, or
null for set-up.

--by-rule replaces the fixed set with the rules' prefixes: evaluate() on the mixed set with no
rules, the first rule, the first two, ... so that each rule's count is what it adds in the
order the engine runs it (work a rule shares with later ones is counted where it is first done).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bench.engine import RequestPath, Rules, rule_sets, validated, wsgi_batch_post, wsgi_posts
from bench.requests import BATCH_SIZE, KB, MIXED, MODIFY, SIZES, Sample, sized
from service.engine import RulePolicy, evaluate
from service.engine.rules import RULES
from service.packs import Pack, load_pack

# A quick run divides every case's N by this (a smoke check, not a figure to keep).
QUICK_DIVISOR = 10


@dataclass(frozen=True)
class Case:
    """One measured thing: calls run in turn `runs` times (N) in a full count, each call
    `checks` checks (a batch's items)."""

    name: str
    calls: tuple[Callable[[], object], ...]
    runs: int
    checks: int = 1

    def run(self, times: int) -> None:
        """All the calls, `times` times over."""
        for _ in range(times):
            for call in self.calls:
                call()


def _engine(name: str, samples: Sequence[Sample], pack: Pack, rules: Rules, runs: int) -> Case:
    policy = RulePolicy()
    checks = [validated(sample, pack) for sample in samples]
    calls = tuple(lambda check=check: evaluate(check, pack, policy, rules) for check in checks)
    return Case(name, calls, runs)


def _path_stages(path: RequestPath, sample: Sample) -> list[Case]:
    """The request path's stages alone, as bench.engine times them, and the whole path."""
    raw = sample.raw
    payload = path.parse(raw)
    check = path.load(payload)
    decision = path.evaluate(check)
    document = path.dump(decision)
    stages: dict[str, tuple[Callable[[], object], int]] = {
        "json parse": (lambda: path.parse(raw), 400),
        "schema load": (lambda: path.load(payload), 200),
        "schema dump": (lambda: path.dump(decision), 400),
        "json encode": (lambda: path.encode(document), 400),
        "log line": (lambda: path.log_line(decision), 400),
        "whole path": (lambda: path.handle(raw), 60),
    }
    return [
        Case(f"request path, 2 KB, {name}", (call,), runs) for name, (call, runs) in stages.items()
    ]


def cases() -> list[Case]:
    """The fixed set: engine with core and all rules, the size series, the request path."""
    pack = load_pack()
    core = rule_sets()["core"]
    # N is chosen so that each case's runs cost a few hundred million instructions: enough
    # that two counts agree within a fraction of a percent, few enough to take minutes.
    return [
        _engine("engine, 2 KB message, core rules", [MODIFY], pack, core, 200),
        _engine("engine, 2 KB message, all rules", [MODIFY], pack, RULES, 60),
        _engine(f"engine, mixed set of {len(MIXED)}, all rules", MIXED, pack, RULES, 12),
        *(
            _engine(f"engine, {size // KB} KB body, all rules", [sized(size)], pack, RULES, runs)
            for size, runs in zip(SIZES, (60, 16, 3), strict=True)
        ),
        *_path_stages(RequestPath(pack, RULES), MODIFY),
        Case(
            "request, 2 KB, WSGI app (Flask, auth, view, log line)", tuple(wsgi_posts([MODIFY])), 40
        ),
        Case(
            f"request, 2 KB, batch of {BATCH_SIZE} through the WSGI app, per item",
            (wsgi_batch_post(MODIFY),),
            2,
            BATCH_SIZE,
        ),
    ]


NO_RULES = "(no rules: the draft alone)"


def rule_prefixes() -> list[Case]:
    """evaluate() on the mixed set with no rules, then with each longer prefix of RULES."""
    pack = load_pack()
    prefixes = [(NO_RULES, ())] + [(rule.id, RULES[: i + 1]) for i, rule in enumerate(RULES)]
    return [_engine(name, MIXED, pack, rules, 4) for name, rules in prefixes]


def _segment_ends() -> None:
    """The marker: callgrind dumps (and zeroes) its counters on entering getppid()."""
    os.getppid()


def run(quick: bool, by_rule: bool = False) -> list[tuple[str, int, int] | None]:
    """Run every case N and 2N times between markers; the segments' names, in order."""
    segments: list[tuple[str, int, int] | None] = []
    for case in rule_prefixes() if by_rule else cases():
        runs = max(1, case.runs // QUICK_DIVISOR) if quick else case.runs
        case.run(1)  # caches, compiled patterns, the language model's first call
        for times in (runs, 2 * runs):
            # Each run starts from an empty young generation, so the collector's work
            # falls at the same points in every count.
            gc.collect()
            _segment_ends()
            segments.append(None)
            case.run(times)
            _segment_ends()
            segments.append((case.name, times, len(case.calls) * case.checks))
    return segments


def main(argv: Sequence[str] | None = None) -> int:
    """Run the workload and print its segments as the last line."""
    parser = argparse.ArgumentParser(prog="python -m bench.workload", description=__doc__)
    parser.add_argument("--quick", action="store_true", help=f"N / {QUICK_DIVISOR}")
    parser.add_argument("--by-rule", action="store_true", help="the rules' prefixes instead")
    args = parser.parse_args(argv)
    print(json.dumps(run(args.quick, args.by_rule)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
