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


@dataclass(frozen=True, eq=False)
class Rule:
    """One rule of the engine; `check` reads a draft and reports, it never changes it.

    The engine names a rule `<area>.<rule>`; a pack that runs it reports it under its platform,
    `amazon.subject.tag_missing` (under(), engine.rules.of_pack), so one detector serves every
    platform under each one's prefix.
    """

    name: str
    severity: Severity
    reference: str
    text: Text
    check: Check
    fixable: bool = False
    platform: str | None = None
    # `<platform>.<name>`, the id findings, changes and PRESEND_RULES use; the name alone
    # while no pack runs the rule.
    id: str = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        rule_id = f"{self.platform}.{self.name}" if self.platform else self.name
        object.__setattr__(self, "id", rule_id)

    def under(
        self, platform: str, severity: Severity | None = None, reference: str | None = None
    ) -> Rule:
        """The rule as a platform's pack runs it: under its prefix, at the pack's severity,
        citing the pack's page for it."""
        return dataclasses.replace(
            self,
            platform=platform,
            severity=severity or self.severity,
            reference=reference or self.reference,
        )

    def message(self, params: Mapping[str, object]) -> Text:
        """The finding's message with the report's details filled in (and `{platform}`, the
        name of the platform the pack is for); a detail that is itself a Text is filled in in
        each language."""
        if not any(isinstance(value, Text) for value in params.values()):
            # The usual case: the same details in both languages, formatted from the mapping
            # itself (format(**values) copied it into a new dict per language).
            return Text(en=self.text.en.format_map(params), de=self.text.de.format_map(params))

        def values(language: str) -> dict[str, object]:
            return {
                key: value.in_language(language) if isinstance(value, Text) else value
                for key, value in params.items()
            }

        return Text(en=self.text.en.format(**values("en")), de=self.text.de.format(**values("de")))


def rule(
    name: str, severity: Severity, *, reference: str, en: str, de: str, fixable: bool = False
) -> Callable[[Check], Rule]:
    """Declare a rule: the decorated check together with its name (`<area>.<rule>`), default
    severity, source and texts.

    Texts describe the problem, not the fix: an operator may turn a fix off (PRESEND_RULES),
    and the finding's `fixed` flag and the changes say what was done.
    """

    def declare(check: Check) -> Rule:
        return Rule(
            name=name,
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
