"""Rules on what the message is as a whole: emojis, line breaks, its language and its length
on the API.

The fixing rules (emoji, line_breaks) cut from the text as fixed so far, and run after the
order-number rule so that what it inserts is tidied too.
"""

from __future__ import annotations

from collections.abc import Iterator

from service.engine import language
from service.engine.draft import BODY, SUBJECT, Draft
from service.engine.model import Severity, Span
from service.engine.rule import Report, report_at, rule
from service.engine.rules import sources
from service.engine.scan import MAX_PLACES, edits, markup

_MAX_EMOJI_CUTS = 1000


@rule(
    "content.emoji",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    fixable=True,
    en="'{found}' is an emoji, which buyer messages must not contain.",
    de="'{found}' ist ein Emoji; das ist in Käufernachrichten nicht erlaubt.",
)
def emoji(draft: Draft) -> Iterator[Report]:
    """Emojis, removed from the subject and body; a text made of thousands of them is not
    worth repairing (and not cheap to), so it stays an unfixed error."""
    for field, text in draft.readable():
        current = draft.text(field) or ""
        # In an HTML body only the text a reader sees; emojis in attributes are not shown.
        seen = (
            markup.visible_text(current, draft.html_tags(current=True))
            if field == BODY and draft.html
            else current
        )
        found = markup.find_emojis(seen, limit=_MAX_EMOJI_CUTS)
        fixed = edits.cut(current, found) if len(found) < _MAX_EMOJI_CUTS else None
        if field == SUBJECT and fixed is not None:
            fixed = draft.subject_or_label(fixed)
        # Where the text as fixed so far is the text as sent (the usual case), one scan serves.
        for span in found[:MAX_PLACES] if seen == text else markup.find_emojis(text):
            yield report_at(
                draft, field, span, fix=fixed, params={"found": text[span.start : span.end]}
            )


@rule(
    "content.line_breaks",
    Severity.WARNING,
    reference=sources.COMMUNICATION_GUIDELINES,
    fixable=True,
    en="More than two line breaks in a row; one empty line is enough.",
    de="Mehr als zwei Zeilenumbrüche hintereinander; eine Leerzeile genügt.",
)
def line_breaks(draft: Draft) -> Iterator[Report]:
    """Runs of empty lines in a text body, collapsed to one empty line."""
    if draft.html:
        return
    sent = draft.request.message.body
    runs = edits.find_excess_line_breaks(sent)
    if not runs and draft.body == sent:
        return  # nothing to point at and nothing a fix has changed: the usual case
    fixed = edits.collapse_line_breaks(draft.body)
    for span in runs:
        yield Report(BODY, span=span, fix=fixed)
    if not runs and fixed != draft.body:
        # Runs that only appeared through an earlier fix (an emoji cut out between two
        # empty lines): nothing to point at in the body as sent.
        yield Report(BODY, fix=fixed)


@rule(
    "content.language_mismatch",
    Severity.WARNING,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="The message reads as '{found}', but the buyer's language is '{expected}'.",
    de="Die Nachricht ist offenbar auf '{found}' geschrieben, die Sprache des Käufers ist "
    "'{expected}'.",
)
def language_mismatch(draft: Draft) -> Iterator[Report]:
    """The body's language (fastText, confident only) against the buyer's, or the
    marketplace's when the buyer's is unknown; not for a body the buyer will not read."""
    if not draft.body_is_read:
        return
    expected = draft.expected_language
    found = draft.body_language
    if found is not None and found[1] >= language.CONFIDENT and found[0] != expected:
        yield Report(BODY, params={"found": found[0], "expected": expected})


@rule(
    "content.text_limit",
    Severity.ERROR,
    reference=sources.MESSAGING_API,
    en="The Messaging API takes at most {limit} characters for '{reason}'; the text has {length}.",
    de="Die Messaging-API nimmt für '{reason}' höchstens {limit} Zeichen; der Text hat {length}.",
)
def text_limit(draft: Draft) -> Iterator[Report]:
    """The API operation's text limit, on the text as it would be sent."""
    operation = draft.reason.sp_api
    if draft.on_api and operation is not None:
        yield from _over_limit(draft, operation.text_limit, reason=draft.reason.code)


@rule(
    "content.channel_text_limit",
    Severity.ERROR,
    reference=sources.EBAY_TRADING_API,
    en="The channel '{channel}' takes at most {limit} characters; the text has {length}.",
    de="Der Kanal '{channel}' nimmt höchstens {limit} Zeichen; der Text hat {length}.",
)
def channel_text_limit(draft: Draft) -> Iterator[Report]:
    """A channel's own text limit (eBay's APIs: 2,000 characters), on the text as it would be
    sent."""
    yield from _over_limit(draft, draft.channel.text_limit, channel=draft.channel.name)


def _over_limit(draft: Draft, limit: int | None, **params: str) -> Iterator[Report]:
    """The text as it would be sent, when longer than a limit (None: no limit); the span runs
    from the limit to the end where the text is sent as written."""
    length = len(draft.body)
    if limit is not None and length > limit:
        sent = draft.request.message.body
        span = Span(limit, len(sent)) if draft.body == sent else None
        yield Report(BODY, span=span, params={"limit": limit, "length": length, **params})


RULES = (language_mismatch, text_limit, channel_text_limit)
FIXES = (emoji, line_breaks)
