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
# It stands apart (after a space, a colon or an opening quote or bracket, not glued to an
# identifier such as "RE-2025-10482" or "CB7-2304-5581") and is not followed by more of one.
_PHONE_CANDIDATE = re2.compile(
    r"(?:^|[\s:;,(\[\"'„“«»=])((?:\+|00)?[0-9(][0-9 ()./-]{4,24}[0-9])(?:$|[^\pL\pN/-])",
    _OPTIONS,
)
_DATE_OR_TIME = re.compile(
    r"(?:0?[1-9]|[12][0-9]|3[01])[./](?:0?[1-9]|1[0-2])[./](?:19|20)?[0-9]{2}"
    r"|(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]|[0-2]?[0-9]:[0-5][0-9]"
)
# An IBAN (group 1) or a card number (group 2), standing apart; one pass finds both.
_BANK_NUMBER = re2.compile(
    r"(?:^|[^\pL\pN-])(?:([A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30})|((?:[0-9]{4}[ -]?){3}[0-9]{1,7}))"
    r"(?:$|[^\pL\pN-])",
    _OPTIONS,
)
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


# Amazon order numbers are 3-7-7 digits; a digit next to them makes it some other number.
# The pattern starts at the first hyphen (a literal the matcher skips to quickly); the three
# digits before it are checked by hand.
_ORDER_NUMBER_TAIL = re.compile(r"-[0-9]{7}-[0-9]{7}")


def find_order_numbers(text: str) -> list[Span]:
    """Amazon order numbers (3-7-7 ASCII digits)."""
    found = []
    for match in _ORDER_NUMBER_TAIL.finditer(text):
        start, end = match.start() - 3, match.end()
        head = text[max(start, 0) : match.start()]
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        if (
            len(head) == 3
            and head.isascii()
            and head.isdigit()
            and not (before.isdigit() or after.isdigit())
        ):
            found.append(Span(start, end))
    return found


# "sales (at) shop (dot) co (dot) uk": an address written to slip past filters.
_DISGUISED_EMAIL = re2.compile(
    r"(?i)(?:^|[^a-z0-9._%+-])([a-z0-9._%+-]{1,64} ?[(\[{] ?(?:at|ät|arroba|chiocciola) ?[)\]}]"
    r" ?[a-z0-9-]{1,63}(?: ?[(\[{] ?(?:dot|punkt|point|punto) ?[)\]}] ?[a-z0-9-]{1,63}){1,4})"
    r"(?:$|[^a-z0-9-])",
    _OPTIONS,
)


def find_emails(text: str) -> list[Span]:
    """E-mail addresses, also disguised ones ("name (at) shop (dot) de")."""
    return sorted(
        [*_spans(_EMAIL, text), *_spans(_DISGUISED_EMAIL, text)], key=lambda span: span.start
    )


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
    found = []
    for match in _BANK_NUMBER.finditer(text):
        iban, card = match.group(1), match.group(2)
        if iban is not None and _iban_valid(iban):
            found.append(Span(*match.span(1)))
        elif card is not None and 13 <= sum(c.isdigit() for c in card) <= 19 and _luhn_valid(card):
            found.append(Span(*match.span(2)))
    return found


@cache
def _emoji_index() -> tuple[frozenset[str], frozenset[str], int]:
    """The emoji package's table (Unicode's emoji list) as first characters, sequences and the
    longest sequence's length; without the typographic symbols that are emoji only with a
    variation selector (©, ®, ™ and the like) and without keycaps (they start with ASCII)."""
    sequences = frozenset(
        sequence
        for sequence in emoji.EMOJI_DATA
        if not sequence[0].isascii() and not (len(sequence) == 1 and ord(sequence) < 0x2190)
    )
    starts = frozenset(s[0] for s in sequences)
    if not all(_MAYBE_EMOJI.match(start) for start in starts):
        raise RuntimeError("the emoji table has a first character outside _MAYBE_EMOJI")
    return starts, sequences, max(map(len, sequences))


# The blocks every emoji starts in (© and ® with a variation selector, symbols and arrows,
# two CJK marks, the pictographs): a cheap pass finds candidates, the table confirms them.
_MAYBE_EMOJI = re.compile(
    "[\u00a9\u00ae\u203c-\u2bff\u3030\u303d\u3297\u3299\U0001f000-\U0001faff]"
)


def find_emojis(text: str) -> list[Span]:
    """Emoji characters and sequences (with skin tones, ZWJ joins, variation selectors)."""
    starts, sequences, longest = _emoji_index()
    found: list[Span] = []
    for match in _MAYBE_EMOJI.finditer(text):
        start = match.start()
        if (found and start < found[-1].end) or text[start] not in starts:
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
    href: Span | None = None  # where the href value stands in the source


def find_tags(html: str) -> list[Tag]:
    """The tags of an HTML text with their offsets, in order.

    A scanner, not a DOM: the rules need offsets into the caller's HTML (to point at and cut
    out exactly what they flag) and must stay linear on any input, which RE2 guarantees.
    """
    tags = []
    for match in _TAG.finditer(html):
        attributes, href = {}, None
        inside = match.start(3)
        for attribute in _ATTRIBUTE.finditer(match.group(3) or ""):
            name = attribute.group(1).lower()
            value_group = next((g for g in (2, 3, 4) if attribute.group(g) is not None), None)
            attributes[name] = attribute.group(value_group) if value_group else ""
            if name == "href" and value_group:
                start, end = attribute.span(value_group)
                href = Span(inside + start, inside + end)
        tags.append(
            Tag(
                Span(*match.span()), match.group(2).lower(), match.group(1) == "/", attributes, href
            )
        )
    return tags


_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")


def visible_text(html: str, tags: list[Tag]) -> str:
    """The HTML with its markup blanked out (tags and entities become spaces, link targets
    stay), so that text scanners see what a reader sees at the offsets of the source."""
    text = _ENTITY.sub(lambda m: " " * len(m.group(0)), html)
    pieces, done = [], 0
    for tag in tags:
        pieces.append(text[done : tag.span.start])
        keep = tag.href or Span(tag.span.end, tag.span.end)
        pieces += [
            " " * (keep.start - tag.span.start),
            text[keep.start : keep.end],
            " " * (tag.span.end - keep.end),
        ]
        done = tag.span.end
    pieces.append(text[done:])
    return "".join(pieces)
