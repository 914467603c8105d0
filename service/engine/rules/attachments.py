"""Rules on attachments: count, size and type, and what the Messaging API requires per
reason."""

from __future__ import annotations

import re
from collections.abc import Iterator

from service.engine.draft import Draft
from service.engine.model import Attachment, Channel, Severity
from service.engine.rule import Report, rule
from service.engine.rules import sources
from service.engine.scan import words

ATTACHMENTS = "message.attachments"


def _field(position: int) -> str:
    return f"{ATTACHMENTS}[{position}]"


def _extension(attachment: Attachment) -> str:
    name = attachment.filename.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _content_type(attachment: Attachment) -> str:
    return attachment.content_type.split(";", 1)[0].strip().lower()


def _dangerous(draft: Draft, attachment: Attachment) -> bool:
    limits = draft.pack.attachments
    return (
        _extension(attachment) in limits.dangerous_extensions
        or _content_type(attachment) in limits.dangerous_content_types
    )


def _on_api(draft: Draft) -> bool:
    return draft.request.channel is Channel.SP_API


@rule(
    "amazon.attachments.required",
    Severity.ERROR,
    reference=sources.MESSAGING_API,
    en="On the Messaging API '{reason}' sends documents: attach 1 to {maximum} files.",
    de="Über die Messaging-API sendet '{reason}' Dokumente: hängen Sie 1 bis {maximum} Dateien an.",
)
def required(draft: Draft) -> Iterator[Report]:
    """On the API, a reason that carries documents (invoice, warranty, legal disclosure) sends
    at least one. Elsewhere `attachments` is optional in the request (an ERP may attach the
    file without describing it), so a missing list proves nothing there."""
    if _on_api(draft) and draft.reason.documents and not draft.request.message.attachments:
        yield Report(
            ATTACHMENTS,
            params={
                "reason": draft.reason.code,
                "maximum": draft.pack.attachments.max_count_sp_api,
            },
        )


@rule(
    "amazon.attachments.count",
    Severity.ERROR,
    reference=sources.MESSAGING_API,
    en="The Messaging API takes at most {maximum} attachments; there are {count}.",
    de="Die Messaging-API nimmt höchstens {maximum} Anhänge; es sind {count}.",
)
def count(draft: Draft) -> Iterator[Report]:
    """At most max_count_sp_api files on the API channel."""
    attachments = draft.request.message.attachments
    maximum = draft.pack.attachments.max_count_sp_api
    if _on_api(draft) and len(attachments) > maximum:
        yield Report(ATTACHMENTS, params={"maximum": maximum, "count": len(attachments)})


@rule(
    "amazon.attachments.total_size",
    Severity.ERROR,
    reference=sources.MESSAGING_FAQ,
    en="The attachments add up to {size} bytes; Amazon takes at most {maximum} in total.",
    de="Die Anhänge sind zusammen {size} Bytes groß; Amazon nimmt höchstens {maximum}.",
)
def total_size(draft: Draft) -> Iterator[Report]:
    """At most 10 MB of attachments in total."""
    size = sum(attachment.size for attachment in draft.request.message.attachments)
    maximum = draft.pack.attachments.max_total_bytes
    if size > maximum:
        yield Report(ATTACHMENTS, params={"size": size, "maximum": maximum})


@rule(
    "amazon.attachments.executable",
    Severity.ERROR,
    reference=sources.MESSAGING_FAQ,
    en="'{filename}' is a program, script or archive; such files are never sent to buyers.",
    de="'{filename}' ist ein Programm, Skript oder Archiv; solche Dateien gehen nie an Käufer.",
)
def executable(draft: Draft) -> Iterator[Report]:
    """Executables, scripts, macro documents and archives, by extension or content type."""
    for position, attachment in enumerate(draft.request.message.attachments):
        if _dangerous(draft, attachment):
            yield Report(_field(position), params={"filename": attachment.filename})


@rule(
    "amazon.attachments.file_type",
    Severity.ERROR,
    reference=sources.MESSAGING_FAQ,
    en="'{filename}' ({content_type}) is not a file type Amazon accepts ({accepted}), or its "
    "extension does not match its content type.",
    de="'{filename}' ({content_type}) ist kein Dateityp, den Amazon annimmt ({accepted}), "
    "oder die Endung passt nicht zum Inhaltstyp.",
)
def file_type(draft: Draft) -> Iterator[Report]:
    """Only the accepted types, with an extension that fits the content type."""
    types = draft.pack.attachments.types
    for position, attachment in enumerate(draft.request.message.attachments):
        if _dangerous(draft, attachment):
            continue  # amazon.attachments.executable says more
        if _content_type(attachment) not in types.get(_extension(attachment), frozenset()):
            yield Report(
                _field(position),
                params={
                    "filename": attachment.filename,
                    "content_type": attachment.content_type,
                    "accepted": ", ".join(types),
                },
            )


# Where a file name splits into words: punctuation, digits, and a lower-case letter followed by
# a capital ("HerbstKatalog").
_NAME_WORDS = re.compile(r"[^\W\d_]+")
_CAMEL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")


def _name_words(attachment: Attachment) -> list[str]:
    """The words of a file's name (without its extension), lower-case."""
    name = attachment.filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return [
        part.lower() for word in _NAME_WORDS.findall(stem) for part in _CAMEL.split(word) if part
    ]


def _advertises(draft: Draft, attachment: Attachment) -> str | None:
    """The word of the file's name that says it advertises, in any lexicon language."""
    lexicons = draft.pack.lexicons.words
    languages = tuple(lexicons)
    flagged = {"advertising"} if draft.reason.delivers_code else {"advertising", "voucher"}
    for word in _name_words(attachment):
        if words.categories_of(word, lexicons, languages) & flagged:
            return word
    return None


@rule(
    "amazon.attachments.purpose",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{filename}' is named as advertising ('{found}'); attachments may carry only what the "
    "message is about, never marketing.",
    de="'{filename}' ist als Werbung benannt ('{found}'); Anhänge dürfen nur tragen, worum es "
    "in der Nachricht geht, nie Werbung.",
)
def purpose(draft: Draft) -> Iterator[Report]:
    """Catalogues, flyers, newsletters, coupons and the like, by the words of the file name;
    a voucher is what a digital access key message delivers."""
    for position, attachment in enumerate(draft.request.message.attachments):
        found = _advertises(draft, attachment)
        if found is not None:
            yield Report(_field(position), params={"filename": attachment.filename, "found": found})


RULES = (required, count, total_size, executable, file_type, purpose)
