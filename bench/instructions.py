"""Instructions per check, counted by callgrind: a figure the machine's load does not move.

`python -m bench --only instructions` runs bench.workload once under `valgrind
--tool=callgrind`; `python -m bench.instructions --compare BASE [HEAD]` counts two commits with
the same workload (this checkout's bench/, each commit's service/) and prints the change;
`--by-rule` prints what each rule adds to a check, and each rule module's sum.

Per check = (count of 2N runs - count of N runs) / N: whatever a run costs besides the checks
(the marker, the loop's start) cancels out. Counts are of the guest program's instructions, so
two runs of the same code agree within a fraction of a percent on any machine (perf's hardware
counter would be faster but counts interrupts and is missing in most VMs).
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.machine import ROOT
from bench.report import Part, Row

SECTION = "instructions"
WIDTH = 56  # the case names' column
MARKER = "getppid"  # bench.workload calls os.getppid() between segments
INSTALL = "apt-get install -y valgrind"


class CallgrindMissing(RuntimeError):
    """valgrind is not installed."""


@dataclass(frozen=True)
class Count:
    """One case's counts: N runs and 2N runs of its calls, `calls` checks per run."""

    case: str
    runs: int
    calls: int
    once: int  # instructions of the N runs
    twice: int  # instructions of the 2N runs

    @property
    def per_check(self) -> float:
        """Instructions of one check, the driver's fixed cost taken out."""
        return (self.twice - self.once) / (self.runs * self.calls)

    @property
    def fixed(self) -> int:
        """What a segment costs besides its checks (marker, loop set-up)."""
        return 2 * self.once - self.twice

    def summary(self) -> dict[str, float]:
        """The numbers a report keeps."""
        return {
            "runs": self.runs,
            "instructions_n": self.once,
            "instructions_2n": self.twice,
            "per_check": round(self.per_check),
            "fixed": self.fixed,
        }


def valgrind() -> str:
    """The valgrind executable, or CallgrindMissing saying how to install it."""
    found = shutil.which("valgrind")
    if found is None:
        raise CallgrindMissing(f"valgrind is not installed: {INSTALL}")
    return found


def _total(part: Path) -> int:
    """The instruction total of one callgrind dump."""
    for line in part.read_text().splitlines():
        if line.startswith("totals:"):
            return int(line.split()[1])
    raise ValueError(f"{part} has no totals line")


def count(tree: Path = ROOT, quick: bool = False, by_rule: bool = False) -> list[Count]:
    """Run the workload of `tree` under callgrind; one Count per case, in order."""
    with tempfile.TemporaryDirectory(prefix="presend-callgrind-") as out:
        command = [
            valgrind(),
            "--tool=callgrind",
            f"--dump-before={MARKER}",
            f"--callgrind-out-file={out}/callgrind.out",
            sys.executable,
            "-m",
            "bench.workload",
            *(["--quick"] if quick else []),
            *(["--by-rule"] if by_rule else []),
        ]
        # A fixed hash seed: set and dict layouts, hence the work, are the same every run.
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        done = subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"the workload failed under callgrind:\n{done.stderr[-3000:]}")
        segments = json.loads(done.stdout.strip().splitlines()[-1])
        totals = [_total(Path(out, f"callgrind.out.{i}")) for i in range(1, len(segments) + 1)]
    measured: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for segment, total in zip(segments, totals, strict=True):
        if segment is not None:
            case, runs, calls = segment
            measured.setdefault((case, calls), []).append((runs, total))
    return [
        Count(case, runs, calls, once, twice)
        for (case, calls), ((runs, once), (_, twice)) in measured.items()
    ]


def run_instructions(quick: bool) -> Part:
    """The instructions part of `python -m bench`: one row per case."""
    try:
        counts = count(quick=quick)
    except CallgrindMissing as missing:
        return Part([Row(SECTION, "per check", None, "instr", note=str(missing))], {})
    rows = [Row(SECTION, f"{c.case}, per check", c.per_check, "instr") for c in counts]
    return Part(rows, {"tool": "callgrind", "cases": {c.case: c.summary() for c in counts}})


def checkout(ref: str, into: Path) -> Path:
    """A commit's files (git archive) with this checkout's bench/ over them."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", ref], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    shutil.copytree(ROOT / "bench", into / "bench", dirs_exist_ok=True)
    return into


def compare(base: str, head: str | None, quick: bool) -> str:
    """Both commits' counts and the change, as a table (head None: this work tree)."""
    with tempfile.TemporaryDirectory(prefix="presend-compare-") as scratch:
        before = count(checkout(base, Path(scratch, "base")), quick)
        tree = ROOT if head is None else checkout(head, Path(scratch, "head"))
        after = {c.case: c for c in count(tree, quick)}
    head_name = head or "work tree"
    header = f"{'instructions per check':{WIDTH}} {base:>14} {head_name:>14} {'change':>8}"
    lines = [header, "-" * len(header)]
    for old in before:
        new = after.get(old.case)
        if new is None:
            lines.append(f"{old.case:{WIDTH}} {old.per_check:14,.0f} {'—':>14}")
            continue
        change = new.per_check / old.per_check - 1
        lines.append(
            f"{old.case:{WIDTH}} {old.per_check:14,.0f} {new.per_check:14,.0f} {change:+8.1%}"
        )
    return "\n".join(lines)


def by_rule(quick: bool) -> str:
    """Each rule's instructions per check on the mixed set, then each rule module's."""
    from service.engine.rules import RULES

    counts = count(quick=quick, by_rule=True)
    family = {rule.id: rule.check.__module__.rsplit(".", 1)[-1] for rule in RULES}
    lines = [f"{counts[0].case:{WIDTH}} {counts[0].per_check:12,.0f}"]
    families: dict[str, float] = {}
    for before, after in itertools.pairwise(counts):
        added = after.per_check - before.per_check
        families[family[after.case]] = families.get(family[after.case], 0) + added
        lines.append(f"{after.case:{WIDTH}} {added:12,.0f}  {family[after.case]}")
    lines += ["", "by rule module:"]
    lines += [f"{name:{WIDTH}} {added:12,.0f}" for name, added in families.items()]
    lines.append(f"{'all rules (evaluate, mixed set)':{WIDTH}} {counts[-1].per_check:12,.0f}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Count this checkout, or compare two commits."""
    parser = argparse.ArgumentParser(prog="python -m bench.instructions", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="N / 10: a smoke check")
    parser.add_argument(
        "--compare",
        nargs="+",
        metavar="REF",
        help="BASE [HEAD]: count two commits (HEAD defaults to this work tree)",
    )
    parser.add_argument("--by-rule", action="store_true", help="what each rule adds to a check")
    args = parser.parse_args(argv)
    try:
        if args.by_rule:
            print(by_rule(args.quick))
        elif args.compare:
            if len(args.compare) > 2:
                parser.error("--compare takes one or two commits")
            base, head = args.compare[0], (args.compare[1:] or [None])[0]
            print(compare(base, head, args.quick))
        else:
            for c in count(quick=args.quick):
                print(f"{c.case:{WIDTH}} {c.per_check:14,.0f} instructions per check")
    except CallgrindMissing as missing:
        print(f"bench.instructions: {missing}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
