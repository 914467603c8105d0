"""What a rule is: an id, a default severity, a source, a bilingual message, and a check."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from service.engine.draft import Draft
from service.engine.model import Severity, Span, Text


@dataclass(frozen=True)
class Report:
    """What a check saw: where, and the field's fixed text when the rule fixes it."""

    field: str
    span: Span | None = None
    fix: str | None = None
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)
    not_before: datetime | None = None
    # The rule's own severity for this case, when it depends on the case (e.g. the reason).
    severity: Severity | None = None


Check = Callable[[Draft], Iterable[Report]]


@dataclass(frozen=True)
class Rule:
    """One rule of a pack; `check` reads a draft and reports, it never changes it."""

    id: str
    severity: Severity
    reference: str
    text: Text
    check: Check
    fixable: bool = False

    def message(self, params: Mapping[str, object]) -> Text:
        """The finding's message with the report's details filled in; a detail that is itself
        a Text is filled in in each language."""

        def values(language: str) -> dict[str, object]:
            return {
                key: value.in_language(language) if isinstance(value, Text) else value
                for key, value in params.items()
            }

        return Text(en=self.text.en.format(**values("en")), de=self.text.de.format(**values("de")))


def rule(
    id: str, severity: Severity, *, reference: str, en: str, de: str, fixable: bool = False
) -> Callable[[Check], Rule]:
    """Declare a rule: the decorated check together with its id, severity, source and texts.

    Texts describe the problem, not the fix: an operator may turn a fix off (PRESEND_RULES),
    and the finding's `fixed` flag and the changes say what was done.
    """

    def declare(check: Check) -> Rule:
        return Rule(
            id=id,
            severity=severity,
            reference=reference,
            text=Text(en=en, de=de),
            check=check,
            fixable=fixable,
        )

    return declare


def report_at(draft: Draft, field: str, span: Span, **details: Any) -> Report:
    """A report at a span of a readable() field, pointing into the field as sent."""
    return Report(field, span=draft.sent_span(field, span), **details)
