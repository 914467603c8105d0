"""`presend lint` output: one line per finding, JSON, or SARIF 2.1.0 for code scanning."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from service.engine import Severity, Verdict
from service.engine.rules import of_pack
from service.lint.linter import Located, Result
from service.packs import Pack

# SARIF has no "info": its word for a finding that needs no action is "note".
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_FIXED = {"en": " (fixed when sent through presend)", "de": " (presend korrigiert das beim Senden)"}


def blocking(result: Result) -> bool:
    """The template would be rejected: an error that presend cannot fix."""
    return result.decision.verdict is Verdict.REJECT


def _message(located: Located, language: str) -> str:
    finding = located.finding
    text = finding.message.in_language(language)
    return text + _FIXED[language] if finding.fixed else text


def text(results: Sequence[Result], language: str) -> str:
    """`file:line:col: severity rule-id message`, then one summary line per template."""
    lines = []
    for result in results:
        for located in result.findings:
            finding = located.finding
            lines.append(
                f"{result.path}:{located.start.line}:{located.start.column}: "
                f"{finding.severity.value} {finding.rule} {_message(located, language)}"
            )
        counts = {
            severity: sum(1 for f in result.findings if f.finding.severity is severity)
            for severity in Severity
        }
        summary = ", ".join(
            f"{n} {severity.value}{'' if n == 1 else 's'}" for severity, n in counts.items() if n
        )
        lines.append(
            f"{result.path}: {result.decision.verdict.value}" + (f" ({summary})" if summary else "")
        )
    return "\n".join(lines) + "\n"


def _position(located: Located) -> dict[str, int]:
    return {
        "line": located.start.line,
        "column": located.start.column,
        "end_line": located.end.line,
        "end_column": located.end.column,
    }


def _checked_as(result: Result) -> dict[str, Any]:
    """The order and sending the template was checked for, defaults filled in."""
    request = result.decision.request
    return {
        "marketplace": request.marketplace.code,
        "contact_reason": request.message.contact_reason.code,
        "status": request.order.status,
        "channel": request.channel.name,
        "edition": request.edition.id,
        "opted_out": request.buyer.opted_out,
        "body_format": request.message.body_format.value,
    }


def as_json(results: Sequence[Result], language: str) -> str:
    """Every template's verdict, findings with their positions, and the samples used."""
    document = [
        {
            "file": result.path,
            "verdict": result.decision.verdict.value,
            "checked_as": _checked_as(result),
            "findings": [
                {
                    "rule": located.finding.rule,
                    "severity": located.finding.severity.value,
                    "fixed": located.finding.fixed,
                    "field": located.finding.field,
                    "message": located.finding.message.in_language(language),
                    "reference": located.finding.reference,
                    **_position(located),
                }
                for located in result.findings
            ],
            "placeholders": [
                {
                    "line": position.line,
                    "column": position.column,
                    "expression": placeholder.expression,
                    "sample": placeholder.sample,
                }
                for position, placeholder in result.placeholders
            ],
            "message": {
                "subject": result.request["message"]["subject"],
                "body": result.request["message"]["body"],
            },
        }
        for result in results
    ]
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _uri(path: str) -> str:
    """The file as a URI relative to the working directory (the repository root in CI),
    as code scanning matches results to files by it; a file:// URI for a file outside it.
    Percent-encoded, as a URI must be (a file name may hold spaces, '#' or '%')."""
    file = Path(path).resolve()
    try:
        return quote(file.relative_to(Path.cwd().resolve()).as_posix())
    except ValueError:
        return file.as_uri()


def sarif(results: Sequence[Result], pack: Pack, language: str, version: str) -> str:
    """SARIF 2.1.0, one run, the rules that spoke described in the tool's driver."""
    spoken = sorted({located.finding.rule for r in results for located in r.findings})
    rules = {rule.id: rule for rule in of_pack(pack)}
    index = {rule_id: position for position, rule_id in enumerate(spoken)}
    descriptors = [
        {
            "id": rule_id,
            "name": rule_id.rsplit(".", 1)[-1],
            "shortDescription": {"text": rule_id},
            "helpUri": rules[rule_id].reference,
            "defaultConfiguration": {"level": _SARIF_LEVEL[rules[rule_id].severity]},
        }
        for rule_id in spoken
    ]
    sarif_results: list[dict[str, Any]] = []
    for result in results:
        for located in result.findings:
            finding = located.finding
            level = _SARIF_LEVEL[finding.severity]
            # An error presend fixes does not stop the message; it is worth a look, not a block.
            if finding.fixed and level == "error":
                level = "warning"
            sarif_results.append(
                {
                    "ruleId": finding.rule,
                    "ruleIndex": index[finding.rule],
                    "level": level,
                    "message": {"text": _message(located, language)},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": _uri(result.path)},
                                "region": {
                                    "startLine": located.start.line,
                                    "startColumn": located.start.column,
                                    "endLine": located.end.line,
                                    "endColumn": located.end.column,
                                },
                            }
                        }
                    ],
                    "properties": {"fixed": finding.fixed, "field": finding.field},
                }
            )
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "presend",
                        "version": version,
                        "rules": descriptors,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": sarif_results,
            }
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
