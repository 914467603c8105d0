"""Rules on attachments: count, size and type, and what the Messaging API requires per
reason."""

from __future__ import annotations

import re
from collections.abc import Iterator

from service.engine.draft import Draft
from service.engine.model import Attachment, Severity
from service.engine.rule import Report, rule
from service.engine.rules import sources
from service.engine.scan import words

ATTACHMENTS = "message.attachments"


def _field(position: int) -> str:
    return f"{ATTACHMENTS}[{position}]"


def _extension(attachment: Attachment) -> str:
    """The extension of the file's name, without any folder (/ or \\); '' when it has none."""
    name = attachment.filename.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _content_type(attachment: Attachment) -> str:
    return attachment.content_type.split(";", 1)[0].strip().lower()


def _dangerous(draft: Draft, attachment: Attachment) -> bool:
    limits = draft.pack.attachments
    return (
        _extension(attachment) in limits.dangerous_extensions
        or _content_type(attachment) in limits.dangerous_content_types
    )


@rule(
    "attachments.required",
    Severity.ERROR,
    reference=sources.MESSAGING_API,
    en="On the Messaging API '{reason}' sends documents: attach 1 to {maximum} files.",
    de="Über die Messaging-API sendet '{reason}' Dokumente: hängen Sie 1 bis {maximum} Dateien an.",
)
def required(draft: Draft) -> Iterator[Report]:
    """On the API, an operation whose model requires files (invoice, warranty), or that takes
    files and nothing else to read (legal disclosure), sends at least one. Elsewhere
    `attachments` is optional in the request (an ERP may attach the file without describing
    it), so a missing list proves nothing there."""
    operation = draft.reason.sp_api
    if not draft.on_api or operation is None or operation.attachments is None:
        return
    files = operation.attachments
    needed = files.min > 0 or not operation.takes_text
    if needed and not draft.request.message.attachments:
        yield Report(ATTACHMENTS, params={"reason": draft.reason.code, "maximum": files.max})


@rule(
    "attachments.count",
    Severity.ERROR,
    reference=sources.MESSAGING_API,
    en="The Messaging API takes at most {maximum} attachments; there are {count}.",
    de="Die Messaging-API nimmt höchstens {maximum} Anhänge; es sind {count}.",
)
def count(draft: Draft) -> Iterator[Report]:
    """At most as many files as the operation takes on the API channel (an operation that
    takes none: amazon.api.attachments_not_accepted)."""
    attachments = draft.request.message.attachments
    operation = draft.reason.sp_api
    if not draft.on_api or operation is None or operation.attachments is None:
        return
    if len(attachments) > operation.attachments.max:
        yield Report(
            ATTACHMENTS,
            params={"maximum": operation.attachments.max, "count": len(attachments)},
        )


@rule(
    "attachments.total_size",
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
    "attachments.executable",
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
    "attachments.extension_missing",
    Severity.ERROR,
    reference=sources.MESSAGING_API,
    en="'{filename}' has no file extension: a file name must end in its type, e.g. 'rechnung.pdf'.",
    de="'{filename}' hat keine Dateiendung: ein Dateiname muss auf seinen Typ enden, z. B. "
    "'rechnung.pdf'.",
)
def extension_missing(draft: Draft) -> Iterator[Report]:
    """A file name carries its extension, on every channel: the Messaging API's model asks for
    "the name of the file, including the extension" (the name the buyer sees), and Amazon
    accepts files by type, which e-mail and Seller Central tell by the extension too."""
    for position, attachment in enumerate(draft.request.message.attachments):
        if not _extension(attachment):
            yield Report(_field(position), params={"filename": attachment.filename})


@rule(
    "attachments.file_type",
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
        if _dangerous(draft, attachment) or not _extension(attachment):
            continue  # amazon.attachments.executable or .extension_missing says more
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
    "attachments.purpose",
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


RULES = (required, count, total_size, executable, extension_missing, file_type, purpose)
