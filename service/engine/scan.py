"""Text scanners for the content rules: links, e-mail addresses, phone-number candidates, bank
and card numbers, emojis, line breaks and HTML tags, each with spans into the text scanned.

Every pattern is RE2 (google-re2), whose matching time is linear in the text whatever the
input; tests/engine/test_scanners.py feeds each scanner adversarial 100 KB texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import emoji
import re2

from service.engine.model import Span

_NOT_WORD = r"(?:^|[^\pL\pN_])"
_OPTIONS = re2.Options()
_OPTIONS.max_mem = 64 << 20

# Top-level domains a bare domain ("meinshop.de") is recognised by: the generic ones sellers
# use and every marketplace's country code. Anything with a scheme or www. is a link anyway.
_TLDS = (
    "com|net|org|info|biz|shop|store|online|site|website|app|io|co|eu|de|at|ch|uk|fr|it|es|"
    "nl|be|se|pl|tr|ae|sa|eg|in|za|jp|au|sg|ca|mx|br|ie|us|dk|no|fi|pt|gr|cz|to"
)
_URL = re2.compile(
    rf"(?i)(?:^|[^\pL\pN_@.-])((?:(?:https?|ftp)://|www\.)[^\s<>\"'`{{}}|\\^\[\]]+"
    rf"|(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+(?:{_TLDS})(?::[0-9]{{1,5}})?"
    rf"(?:/[^\s<>\"'`{{}}|\\^\[\]]*)?)(?:$|[^\pL\pN_@.-]|\.(?:$|\s))",
    _OPTIONS,
)
_EMAIL = re2.compile(
    r"(?i)(?:^|[^a-z0-9._%+-])([a-z0-9._%+-]{1,64}@(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24})"
    r"(?:$|[^a-z0-9-])",
    _OPTIONS,
)
# A run of digits with the separators people write phone numbers with; libphonenumber then
# decides whether it is a phone number for the marketplace's region.
_PHONE_CANDIDATE = re2.compile(
    r"(?:^|[^\pL\pN+])((?:\+|00)?[0-9(][0-9 ()./-]{4,24}[0-9])(?:$|[^\pL\pN])", _OPTIONS
)
_DATE_OR_TIME = re.compile(
    r"(?:0?[1-9]|[12][0-9]|3[01])[./](?:0?[1-9]|1[0-2])[./](?:19|20)?[0-9]{2}"
    r"|(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]|[0-2]?[0-9]:[0-5][0-9]"
)
_IBAN = re2.compile(r"(?:^|[^\pL\pN])([A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30})(?:$|[^\pL\pN])")
_CARD = re2.compile(r"(?:^|[^\pL\pN-])((?:[0-9]{4}[ -]?){3}[0-9]{1,7})(?:$|[^\pL\pN-])", _OPTIONS)
_LINE_BREAKS = re2.compile(r"(\r?\n(?:[ \t]*\r?\n){2,})")
_TAG = re2.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*)>", _OPTIONS)
_ATTRIBUTE = re2.compile(
    r"([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'=<>`]+)))?"
)


def _spans(pattern: re2._Regexp, text: str) -> Iterator[Span]:
    """Group 1 of every match."""
    for match in pattern.finditer(text):
        start, end = match.span(1)
        yield Span(start, end)


@dataclass(frozen=True)
class Link:
    span: Span
    host: str
    bare: bool  # written without scheme or www., e.g. "meinshop.de"
    path: bool  # has a path after the host


def find_links(text: str) -> list[Link]:
    """URLs, www. addresses and bare domains, with their lower-case host."""
    links = []
    for span in _spans(_URL, text):
        url = text[span.start : span.end].rstrip(".,;:!?)")
        span = Span(span.start, span.start + len(url))
        rest = url.split("://", 1)[-1]
        host = host_text(url).lower().removeprefix("www.")
        bare = "://" not in url and not url.lower().startswith("www.")
        written_tld = host_text(url).rsplit(".", 1)[-1]
        if bare and written_tld not in (written_tld.lower(), written_tld.upper()):
            continue  # "Dank.Es geht ...": a missing space after a full stop, not a domain
        links.append(Link(span, host, bare, "/" in rest.strip("/")))
    return links


def host_text(url: str) -> str:
    """The host part of a URL as written."""
    return re.split(r"[/:?#]", url.split("://", 1)[-1], maxsplit=1)[0]


def host_in(host: str, domains: frozenset[str]) -> bool:
    """Whether a host is one of the domains or a subdomain of one."""
    parts = host.split(".")
    return any(".".join(parts[i:]) in domains for i in range(len(parts)))


def find_emails(text: str) -> list[Span]:
    """E-mail addresses."""
    return list(_spans(_EMAIL, text))


def find_phone_candidates(text: str) -> Iterator[Span]:
    """Digit runs that could be phone numbers: 6 to 15 digits, not a date or time."""
    for span in _spans(_PHONE_CANDIDATE, text):
        candidate = text[span.start : span.end]
        digits = sum(char.isdigit() for char in candidate)
        if 6 <= digits <= 15 and not _DATE_OR_TIME.search(candidate):
            yield span


def _iban_valid(iban: str) -> bool:
    """ISO 13616 check digits (mod 97)."""
    compact = iban.replace(" ", "")
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(char, 36)) for char in rearranged)
    return int(number) % 97 == 1


def _luhn_valid(number: str) -> bool:
    digits = [int(char) for char in number if char.isdigit()]
    total = 0
    for position, digit in enumerate(reversed(digits)):
        if position % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def find_bank_numbers(text: str) -> list[Span]:
    """IBANs with valid check digits and card numbers passing the Luhn check."""
    found = [s for s in _spans(_IBAN, text) if _iban_valid(text[s.start : s.end])]
    for span in _spans(_CARD, text):
        number = text[span.start : span.end]
        if 13 <= sum(c.isdigit() for c in number) <= 19 and _luhn_valid(number):
            found.append(span)
    return found


@cache
def _emoji_index() -> tuple[re.Pattern[str], frozenset[str], int]:
    # The emoji package's table (Unicode's emoji list) without the plain typographic symbols
    # that are emoji only with a variation selector (©, ®, ™ and the like) and without keycaps
    # (they start with an ASCII digit, # or *). Candidates are found by their first character,
    # then the longest sequence at that place wins.
    sequences = frozenset(
        sequence
        for sequence in emoji.EMOJI_DATA
        if not sequence[0].isascii() and not (len(sequence) == 1 and ord(sequence) < 0x2190)
    )
    starts = "".join(sorted({re.escape(sequence[0]) for sequence in sequences}))
    return re.compile(f"[{starts}]"), sequences, max(map(len, sequences))


def find_emojis(text: str) -> list[Span]:
    """Emoji characters and sequences (with skin tones, ZWJ joins, variation selectors)."""
    if text.isascii():
        return []
    starts, sequences, longest = _emoji_index()
    found: list[Span] = []
    for match in starts.finditer(text):
        start = match.start()
        if found and start < found[-1].end:
            continue
        for length in range(min(longest, len(text) - start), 0, -1):
            if text[start : start + length] in sequences:
                found.append(Span(start, start + length))
                break
    return found


def cut(text: str, spans: list[Span]) -> str:
    """The text without these spans; where a cut leaves two spaces, one goes with it."""
    for span in sorted(spans, key=lambda s: s.start, reverse=True):
        left, right = text[: span.start], text[span.end :]
        if right.startswith(" ") and (not left or left[-1] in " \n"):
            right = right[1:]
        elif left.endswith(" ") and (not right or right[0] == "\n"):
            left = left[:-1]
        text = left + right
    return text


def find_excess_line_breaks(text: str) -> list[Span]:
    """Runs of three or more line breaks (two or more empty lines)."""
    return list(_spans(_LINE_BREAKS, text))


def collapse_line_breaks(text: str) -> str:
    """Every run of empty lines shortened to one empty line."""
    collapsed: str = _LINE_BREAKS.sub(
        lambda m: "\r\n\r\n" if m.group(1)[0] == "\r" else "\n\n", text
    )
    return collapsed


@dataclass(frozen=True)
class Tag:
    """An HTML tag in the source, with its attributes (names lower-case)."""

    span: Span
    name: str
    closing: bool
    attributes: dict[str, str]


def find_tags(html: str) -> list[Tag]:
    """The tags of an HTML text with their offsets, in order.

    A scanner, not a DOM: the rules need offsets into the caller's HTML (to point at and cut
    out exactly what they flag) and must stay linear on any input, which RE2 guarantees.
    """
    tags = []
    for match in _TAG.finditer(html):
        attributes = {}
        for attribute in _ATTRIBUTE.finditer(match.group(3) or ""):
            value = attribute.group(2) or attribute.group(3) or attribute.group(4) or ""
            attributes[attribute.group(1).lower()] = value
        tags.append(
            Tag(Span(*match.span()), match.group(2).lower(), match.group(1) == "/", attributes)
        )
    return tags
