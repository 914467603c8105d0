"""docs/rules.md, the rule catalogue, written from the rule registry.

`python -m service.rules_doc` rewrites the file; `--check` only says whether it is current.
tests/test_docs.py fails when it is not.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from service.engine.rule import Rule
from service.engine.rules import of_pack, sources
from service.packs import load_pack

PATH = Path(__file__).resolve().parents[1] / "docs" / "rules.md"
COMMAND = "python -m service.rules_doc"

# Short names for the pages the rules cite; a page not named here is shown by its host.
SOURCE_NAMES = {
    sources.IMPORTANT_MESSAGE_DE: "Wichtige Nachricht",
    sources.MESSAGING_FAQ: "Messaging FAQ",
    sources.COMMUNICATION_GUIDELINES: "G1701",
    sources.MESSAGING_API: "Messaging API",
    sources.SOLICITATIONS_API: "Solicitations API",
    sources.MESSAGING_MODEL: "SP-API models",
    sources.SOLICITATIONS_MODEL: "SP-API models",
}

HEADER = f"""# Rules

Generated from the rule registry (`RULES` in `service/engine/rules/__init__.py`) by
`{COMMAND}`: do not edit it by hand. `tests/test_docs.py` fails when it is stale.

Each rule is a small function named after its id in `service/engine/rules/<area>.py`, with its
source beside it and a table of test cases in `tests/engine/`. A rule that can *fix* what it
finds changes the message (verdict `modify`) instead of rejecting it. The messages are shown
as the rules write them, with the details of the case in `{{braces}}`; every message also
exists in German. How the content rules read a message is in
[content-rules.md](content-rules.md); the choices made where Amazon's pages are silent are in
[decisions.md](decisions.md); the pages themselves are in [sources.md](sources.md).

## Rule settings

The severity below is the default. `PRESEND_RULES`, a comma-separated list of
`rule.id=setting`, changes it per rule:

- `error`, `warning`, `info`: run the rule at that severity and *report*; a fixable rule set
  to `error` rejects instead of fixing;
- `fix`: run a fixable rule with its own severity and its fix (the default for fixable rules;
  refused for a rule without a fix);
- `off`: skip the rule.

Unknown rule ids stop start-up. Example:
`PRESEND_RULES=amazon.content.phone_number=error,amazon.content.emoji=off,amazon.subject.tag_missing=error`.
`PRESEND_LINK_ALLOWLIST` adds link domains (subdomains included) to the carriers that
`amazon.content.external_link` allows, e.g. your own tracking page.

## The rules

They run in the order listed (the order matters only for fixes).
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _source(url: str) -> str:
    return f"[{SOURCE_NAMES.get(url) or urlsplit(url).hostname}]({url})"


def render(rules: Sequence[Rule]) -> str:
    """The catalogue as Markdown: one table per area, in the order the rules run."""
    areas: dict[str, list[Rule]] = {}
    for rule in rules:
        areas.setdefault(rule.id.split(".")[1], []).append(rule)
    parts = [HEADER]
    for area, members in areas.items():
        lines = [
            f"### {area}",
            "",
            "| rule id | severity | fix | source | message |",
            "|---|---|---|---|---|",
        ]
        lines += [
            f"| `{rule.id}` | {rule.severity.value} | {'yes' if rule.fixable else '—'} "
            f"| {_source(rule.reference)} | {_cell(rule.text.en)} |"
            for rule in members
        ]
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    """Write docs/rules.md, or with --check exit 1 when it differs from the registry."""
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__)
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if stale")
    args = parser.parse_args(argv)
    text = render(of_pack(load_pack()))
    if args.check:
        current = PATH.read_text(encoding="utf-8") if PATH.exists() else ""
        if current != text:
            print(f"{PATH} is stale: run `{COMMAND}`", file=sys.stderr)
            return 1
        return 0
    PATH.parent.mkdir(exist_ok=True)
    PATH.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
