"""Rules on the subject and its [Important]/[Wichtig] tag: the seed's rule.

On the email channel the seller writes the subject. A critical message carries the
marketplace's tag word in ASCII square brackets, anywhere, in any letter case; Amazon then
delivers it even to a buyer who opted out (edition 2020-11). A tag on anything else is misuse.
The tag rules below are mutually exclusive by reason (reply / non-critical / critical), so at
most one of them edits the subject (subject.missing only fills an empty one), and they run
before any other rule touches it: the spans they report point into the subject as sent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from service.engine.draft import SUBJECT, Draft
from service.engine.model import Severity, Span
from service.engine.rule import Report, rule
from service.engine.rules import sources
from service.packs.model import Marketplace

# Brackets people put around the word: only ASCII [ ] makes a tag; the others (full-width,
# CJK lenticular, round, curly, angle) are tag-like forms Amazon does not recognise.
_OPENERS = "[(（{<【［〔「『〈《"
_CLOSERS = "])）}>】］〕」』〉》"


@dataclass(frozen=True)
class Tag:
    """A tag-like form in the subject."""

    span: Span
    text: str
    word: str
    exact: bool  # ASCII square brackets around nothing but the word


@dataclass(frozen=True)
class Tags:
    """A subject's tag-like forms, sorted out for one marketplace."""

    found: tuple[Tag, ...]
    valid: Tag | None  # the first correct tag, the one that counts
    stray: tuple[Tag, ...]  # malformed, in another site's language, or a duplicate


@lru_cache(maxsize=8)
def _tag_pattern(words: frozenset[str]) -> re.Pattern[str]:
    # One bounded pass: bracket, optional spaces, a known word, optional punctuation, bracket.
    # No nested or adjacent unbounded repeats, so matching is linear in the subject's length.
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(
        rf"[{re.escape(_OPENERS)}]\s*({alternatives})\s*(?:[!.:！?？]+\s*)?[{re.escape(_CLOSERS)}]",
        re.IGNORECASE,
    )


# Most subjects have no tag-like form: one regex pass, then this (frozen, so shared).
_NO_TAGS = Tags(found=(), valid=None, stray=())


def read_tags(subject: str, marketplace: Marketplace, all_words: frozenset[str]) -> Tags:
    """Find every tag-like form in a subject and decide which one, if any, is the tag."""
    matches = list(_tag_pattern(all_words).finditer(subject))
    if not matches:
        return _NO_TAGS
    accepted = {word.casefold() for word in marketplace.tag_words}
    found = tuple(
        Tag(
            span=Span(match.start(), match.end()),
            text=match.group(0),
            word=match.group(1),
            exact=match.group(0) == f"[{match.group(1)}]",
        )
        for match in matches
    )
    valid = next((t for t in found if t.exact and t.word.casefold() in accepted), None)
    return Tags(found=found, valid=valid, stray=tuple(t for t in found if t is not valid))


def _tags(draft: Draft) -> Tags:
    return _tags_in(draft, draft.subject or "")


def _without(text: str, spans: list[Span]) -> str:
    """The text with these spans cut out and the spaces around each cut closed up. A cut
    between two digits leaves a space, so that two numbers are not joined into one
    ("302-…[Wichtig]302-…" must not become a run of digits that names no order)."""
    for span in sorted(spans, key=lambda s: s.start, reverse=True):
        left, right = text[: span.start], text[span.end :]
        if left.strip() and right.strip():
            apart = left[-1].isspace() or right[0].isspace()
            apart = apart or (left[-1].isdigit() and right[0].isdigit())
            text = left.rstrip() + (" " if apart else "") + right.lstrip()
        elif left.strip():
            text = left.rstrip()
        else:
            text = right.lstrip()
    return text


def _tags_in(draft: Draft, text: str) -> Tags:
    # Once per check and text: the tag rules and their fixes read the same subject again.
    return draft.remember(
        f"subject tags {text}", lambda: read_tags(text, draft.marketplace, draft.pack.tag_words)
    )


# A cut can join the text around it into a new tag-like form ("[Wi(Wichtig)chtig]" without
# "(Wichtig)" is "[Wichtig]"), so the fixes below repeat until nothing is left to fix. Every
# round cuts something, except the one that puts the correct tag in when there was none, and
# that tag stays valid: the rounds end.


def _untagged(draft: Draft) -> str:
    """The subject without any tag-like form."""
    text = draft.subject or ""
    while found := _tags_in(draft, text).found:
        text = _without(text, [tag.span for tag in found])
    return draft.subject_or_label(text)


def _normalised(draft: Draft) -> str:
    """The subject with exactly one correct tag, where the first tag-like form stood."""
    text = draft.subject or ""
    while (tags := _tags_in(draft, text)).stray:
        if tags.valid is not None:
            text = _without(text, [tag.span for tag in tags.stray])
            continue
        first, *rest = tags.stray
        # Cut the later forms first, so the first one's offsets still hold when it is replaced.
        text = _without(text, [tag.span for tag in rest])
        text = text[: first.span.start] + _tag(draft.marketplace) + text[first.span.end :]
    return draft.subject_or_label(text)


def _tag(marketplace: Marketplace) -> str:
    return f"[{marketplace.tag_word}]"


def _on_email(draft: Draft) -> bool:
    return draft.channel.seller_subject


def _tagging(draft: Draft) -> bool:
    """The platform has a subject tag and the seller writes the subject."""
    return draft.pack.subject_tag is not None and _on_email(draft)


@rule(
    "subject.not_editable",
    Severity.INFO,
    reference=sources.IMPORTANT_MESSAGE_DE,
    en="On the {channel} channel Amazon sets the subject from the contact reason; the subject "
    "given has no effect and was left as it is.",
    de="Im Kanal {channel} setzt Amazon den Betreff aus dem Kontaktgrund; der angegebene "
    "Betreff wirkt nicht und wurde unverändert gelassen.",
)
def not_editable(draft: Draft) -> Iterator[Report]:
    """Seller Central and the API fix the subject; tag rules do not apply there."""
    if not _on_email(draft) and draft.subject:
        yield Report(SUBJECT, params={"channel": draft.channel.name})


@rule(
    "subject.missing",
    Severity.ERROR,
    reference=sources.IMPORTANT_MESSAGE_DE,
    fixable=True,
    en="An e-mail to the buyer needs a subject, such as the contact reason's label '{label}'.",
    de="Eine E-Mail an den Käufer braucht einen Betreff, etwa die Bezeichnung des "
    "Kontaktgrunds '{label}'.",
)
def missing(draft: Draft) -> Iterator[Report]:
    """An e-mail without a subject gets the reason's label in the marketplace's language."""
    if _on_email(draft) and not (draft.subject or "").strip():
        label = draft.reason.label(draft.language)
        yield Report(SUBJECT, fix=label, params={"label": label})


@rule(
    "subject.tag_unneeded",
    Severity.WARNING,
    reference=sources.IMPORTANT_MESSAGE_DE,
    fixable=True,
    en="A reply reaches the buyer anyway, so '{form}' is not needed; Amazon watches for "
    "overuse of the tag.",
    de="Eine Antwort erreicht den Käufer ohnehin, '{form}' ist also unnötig; Amazon achtet auf "
    "übermäßige Verwendung der Kennzeichnung.",
)
def tag_unneeded(draft: Draft) -> Iterator[Report]:
    """Replies need no tag: remove every tag-like form."""
    if not (_tagging(draft) and draft.reason.reply):
        return
    tags = _tags(draft)
    fixed = _untagged(draft)
    for tag in tags.found:
        yield Report(SUBJECT, span=tag.span, fix=fixed, params={"form": tag.text})


@rule(
    "subject.tag_misuse",
    Severity.ERROR,
    reference=sources.IMPORTANT_MESSAGE_DE,
    fixable=True,
    en="'{form}' marks the message as critical, but '{reason}' is not critical to the order; "
    "misusing the tag can cost the seller its selling privileges.",
    de="'{form}' kennzeichnet die Nachricht als wichtig, aber '{reason}' ist für die Bestellung "
    "nicht erforderlich; Missbrauch kann zum Entzug der Verkaufsberechtigung führen.",
)
def tag_misuse(draft: Draft) -> Iterator[Report]:
    """A non-critical reason carries no tag, in any edition; malformed forms count as misuse."""
    if not _tagging(draft) or draft.reason.reply or draft.reason.critical:
        return
    tags = _tags(draft)
    fixed = _untagged(draft)
    for tag in tags.found:
        yield Report(
            SUBJECT,
            span=tag.span,
            fix=fixed,
            params={"form": tag.text, "reason": draft.reason.code},
        )


@rule(
    "subject.tag_malformed",
    Severity.ERROR,
    reference=sources.IMPORTANT_MESSAGE_DE,
    fixable=True,
    en="'{form}' is not a tag Amazon recognises on {site} (wrong brackets, spaces or "
    "punctuation, another site's language, or a second tag); the subject needs exactly "
    "one {tag}.",
    de="'{form}' ist keine Kennzeichnung, die Amazon auf {site} erkennt (falsche Klammern, "
    "Leerzeichen oder Satzzeichen, Sprache einer anderen Website oder eine zweite "
    "Kennzeichnung); der Betreff braucht genau einmal {tag}.",
)
def tag_malformed(draft: Draft) -> Iterator[Report]:
    """A critical reason gets exactly one correct tag, where the first tag-like form stood."""
    if not _tagging(draft) or not draft.reason.critical:
        return
    tags = _tags(draft)
    if not tags.stray:
        return
    fixed = _normalised(draft)
    for tag in tags.stray:
        yield Report(
            SUBJECT,
            span=tag.span,
            fix=fixed,
            params={
                "form": tag.text,
                "site": draft.marketplace.site,
                "tag": _tag(draft.marketplace),
            },
        )


@rule(
    "subject.tag_missing",
    Severity.ERROR,
    reference=sources.IMPORTANT_MESSAGE_DE,
    fixable=True,
    en="Critical message to a buyer who may have opted out: the subject needs the {tag} tag "
    "to be delivered.",
    de="Wichtige Nachricht an einen Käufer, der Nachrichten möglicherweise abbestellt hat: der "
    "Betreff braucht die Kennzeichnung {tag}, damit sie zugestellt wird.",
)
def tag_missing(draft: Draft) -> Iterator[Report]:
    """2020-11: a critical e-mail to an opted-out or unknown buyer needs the tag."""
    needed = (
        _tagging(draft)
        and draft.reason.critical
        and draft.edition.tag_overrides_opt_out
        # Amazon does not tell sellers who opted out, so unknown counts as opted out.
        and draft.request.buyer.opted_out is not False
    )
    if needed and not _tags(draft).found:
        tag = _tag(draft.marketplace)
        yield Report(SUBJECT, fix=f"{tag} {draft.subject or ''}".rstrip(), params={"tag": tag})


@rule(
    "subject.tag_ignored",
    Severity.INFO,
    reference=sources.MESSAGING_API,
    en="Since edition {edition} the tag no longer overrides the buyer's opt-out; on a critical "
    "reason it is harmless and was left as it is.",
    de="Seit Edition {edition} hebt die Kennzeichnung die Abbestellung des Käufers nicht mehr "
    "auf; bei einem wichtigen Kontaktgrund schadet sie nicht und bleibt stehen.",
)
def tag_ignored(draft: Draft) -> Iterator[Report]:
    """2025-04: a tag on a critical reason is left alone, with a note."""
    if (
        _tagging(draft)
        and draft.reason.critical
        and not draft.edition.tag_overrides_opt_out
        and _tags(draft).valid is not None
    ):
        sent = _tags_in(draft, draft.request.message.subject or "")
        span = sent.valid.span if sent.valid is not None else None
        yield Report(SUBJECT, span=span, params={"edition": draft.edition.id})


RULES = (not_editable, missing, tag_unneeded, tag_misuse, tag_malformed, tag_missing, tag_ignored)
