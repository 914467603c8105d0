"""The harness's one table: metric, value, target (issues 5 and 13), whether the target is met."""

from __future__ import annotations

import json
import operator
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

_COMPARE: dict[str, Callable[[float, float], bool]] = {"≤": operator.le, "≥": operator.ge}


@dataclass(frozen=True)
class Target:
    """A limit from issue 5: `value <op> limit`."""

    op: str
    limit: float

    def met(self, value: float) -> bool:
        """Whether a measured value meets the target."""
        return _COMPARE[self.op](value, self.limit)


def at_most(limit: float) -> Target:
    """A target the value must not exceed."""
    return Target("≤", limit)


def at_least(limit: float) -> Target:
    """A target the value must reach."""
    return Target("≥", limit)


@dataclass(frozen=True)
class Row:
    """One line of the table; `value` None means not measured (with the reason in `note`)."""

    section: str
    metric: str
    value: float | None
    unit: str
    target: Target | None = None
    note: str = ""

    @property
    def status(self) -> str:
        """pass, FAIL, n/a (target but no value) or empty (information only)."""
        if self.target is None:
            return ""
        if self.value is None:
            return "n/a"
        return "pass" if self.target.met(self.value) else "FAIL"

    def as_json(self) -> dict[str, Any]:
        """The row as a JSON object."""
        row = asdict(self)
        row["target"] = None if self.target is None else f"{self.target.op} {self.target.limit}"
        row["status"] = self.status or None
        return row


@dataclass(frozen=True)
class Part:
    """What one part of the harness measured: its rows, and the details kept in the JSON."""

    rows: list[Row]
    details: dict[str, Any]


def _number(value: float | None) -> str:
    """A value with as many decimals as its size needs; a dash when not measured."""
    if value is None:
        return "—"
    if value >= 100 or value == int(value):
        return f"{value:,.0f}"
    return f"{value:,.2f}" if value >= 1 else f"{value:.3f}"


def _target(row: Row) -> str:
    """A row's target as text, e.g. `≤ 150 µs`."""
    if row.target is None:
        return ""
    return f"{row.target.op} {_number(row.target.limit)} {row.unit}".rstrip()


def table(rows: Iterable[Row]) -> str:
    """The rows as a plain-text table, grouped by section."""
    lines = []
    header = ("metric", "value", "unit", "target", "status")
    body = [
        (f"{row.section}: {row.metric}", _number(row.value), row.unit, _target(row), row.status)
        for row in rows
    ]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    for line in [header, tuple("-" * width for width in widths), *body]:
        cells = [
            cell.rjust(width) if i == 1 else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(line, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def notes(rows: Iterable[Row]) -> str:
    """The notes of the rows that have one, as footnotes under the table."""
    return "\n".join(f"* {row.section}: {row.metric}: {row.note}" for row in rows if row.note)


def verdict(rows: Iterable[Row]) -> str:
    """One line: how many targets were met, and which failed."""
    checked = [row for row in rows if row.target is not None]
    failed = [f"{row.section}: {row.metric}" for row in checked if row.status == "FAIL"]
    unmeasured = sum(row.status == "n/a" for row in checked)
    met = len(checked) - len(failed) - unmeasured
    line = f"targets met: {met} of {len(checked)}"
    if unmeasured:
        line += f" ({unmeasured} not measurable yet)"
    return line + (f"; FAILED: {', '.join(failed)}" if failed else "")


def write_json(path: Path, rows: list[Row], context: dict[str, Any]) -> None:
    """Write the table and its context (machine, command, details) as JSON."""
    document = {**context, "rows": [row.as_json() for row in rows]}
    path.parent.mkdir(parents=True, exist_ok=True)  # bench/results/ is not in a fresh clone
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
