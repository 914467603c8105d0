"""`python -m bench.hotspots [engine|core|path|flask] [--seconds S]`: where a check spends time.

Profiles with pyinstrument (not a project dependency: `pip install pyinstrument` into the venv).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any

from bench.engine import RequestPath, Rules, flask_posts, rule_sets, validated
from bench.requests import MIXED
from service.engine import RulePolicy, evaluate
from service.engine.rules import RULES
from service.packs import load_pack

# engine: evaluate() with every rule; core: with the core rules only.
TARGETS = ("engine", "core", "path", "flask")


def engine_calls(rules: Rules) -> list[Callable[[], object]]:
    """evaluate() with these rules on the mixed set, already validated."""
    pack = load_pack()
    checks = [validated(sample, pack) for sample in MIXED]
    return [partial(evaluate, check, pack, RulePolicy(), rules) for check in checks]


def path_calls() -> list[Callable[[], object]]:
    """The request path without HTTP on the mixed set, plus the log line the view writes."""
    path = RequestPath(load_pack(), RULES)

    def handle(raw: bytes) -> None:
        decision = path.evaluate(path.load(path.parse(raw)))
        path.encode(path.dump(decision))
        path.log_line(decision)

    return [partial(handle, sample.raw) for sample in MIXED]


def flask_calls() -> list[Callable[[], object]]:
    """POST /v1/checks through Flask's test client, logs to /dev/null."""
    return flask_posts(MIXED)


def profile(calls: Sequence[Callable[[], object]], seconds: float) -> Any:
    """Run the calls in turn for `seconds` under pyinstrument; the finished profiler."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        sys.exit("bench.hotspots needs pyinstrument: .venv/bin/pip install pyinstrument")
    for call in calls:  # warm caches before sampling
        call()
    # The timing thread: reading the clock is slow in some VMs, which pyinstrument warns of.
    profiler = Profiler(interval=0.0001, use_timing_thread=True)
    deadline = time.monotonic() + seconds
    profiler.start()
    while time.monotonic() < deadline:
        for call in calls:
            call()
    profiler.stop()
    return profiler


def _leaves(frame: Any) -> Iterator[Any]:
    """The frames without children: where the samples landed."""
    if not frame.children:
        yield frame
    for child in frame.children:
        yield from _leaves(child)


def _owner(leaf: Any) -> Any:
    """The function a leaf's time belongs to: a `[self]` leaf is its parent's own time."""
    return leaf.parent if leaf.is_synthetic and leaf.parent is not None else leaf


def _module(frame: Any) -> str:
    """A frame's source, built-ins counted in their caller's: service/bench files, or package."""
    while frame.parent is not None and (
        frame.is_synthetic or frame.file_path_short == "<built-in>"
    ):
        frame = frame.parent
    path = frame.file_path_short or "?"
    if path.startswith(("service/", "bench/")):
        return path
    return path.split("/", 1)[0].removesuffix(".py")


def own_time(profiler: Any) -> tuple[Counter[str], Counter[str]]:
    """Own time per function and per module, as shares of the whole profile."""
    root = profiler.last_session.root_frame()
    functions: Counter[str] = Counter()
    modules: Counter[str] = Counter()
    for leaf in _leaves(root):
        owner = _owner(leaf)
        share = leaf.time / root.time
        functions[f"{owner.function}  {owner.file_path_short}:{owner.line_no or ''}"] += share
        modules[_module(leaf)] += share
    return functions, modules


def report(profiler: Any, top: int) -> str:
    """The call tree (library frames folded), then own time by module and by function."""
    functions, modules = own_time(profiler)
    lines = [profiler.output_text(unicode=True, time="percent_of_total"), "Own time by module:"]
    lines += [f"{share:6.1%}  {name}" for name, share in modules.most_common(top)]
    lines += ["", "Own time by function:"]
    lines += [f"{share:6.1%}  {name}" for name, share in functions.most_common(top)]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Profile one target and print where the time goes."""
    parser = argparse.ArgumentParser(prog="python -m bench.hotspots", description=__doc__)
    parser.add_argument("target", choices=TARGETS, nargs="?", default="path")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--top", type=int, default=25, help="functions in the flat list")
    args = parser.parse_args(argv)
    builders: dict[str, Callable[[], list[Callable[[], object]]]] = {
        "engine": partial(engine_calls, RULES),
        "core": partial(engine_calls, rule_sets()["core"]),
        "path": path_calls,
        "flask": flask_calls,
    }
    print(report(profile(builders[args.target](), args.seconds), args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
