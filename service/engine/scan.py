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
    rf"(?:/[^\s<>\"'`{{}}|\\^\[\]]*)?)",
    _OPTIONS,
)
_EMAIL = re2.compile(
    r"(?i)(?:^|[^a-z0-9._%+-])([a-z0-9._%+-]{1,64}@(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24})",
    _OPTIONS,
)
# A run of digits with the separators people write phone numbers with; libphonenumber then
# decides whether it is a phone number for the marketplace's region.
# It stands apart (after a space, a colon or an opening quote or bracket, not glued to an
# identifier such as "RE-2025-10482" or "CB7-2304-5581") and is not followed by more of one.
_PHONE_CANDIDATE = re2.compile(
    r"(?:^|[\s:;,(\[\"'„“«»=])((?:\+|00)?[0-9(][0-9 ()./-]{4,24}[0-9])", _OPTIONS
)
_DATE_OR_TIME = re.compile(
    r"(?:0?[1-9]|[12][0-9]|3[01])[./](?:0?[1-9]|1[0-2])[./](?:19|20)?[0-9]{2}"
    r"|(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]|[0-2]?[0-9]:[0-5][0-9]"
)
# An IBAN (group 1) or a card number (group 2), standing apart (not inside a URL, a word or
# a longer identifier); one pass finds both. Card numbers start as the card brands' numbers
# do and are grouped as printed (4-4-4-4, Amex 4-6-5, Diners 4-6-4) or not at all, so a
# 14-digit SIRET or a parcel number is not one.
_BANK_NUMBER = re2.compile(
    r"(?:^|[^\pL\pN/=?&#_.-])(?:([A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30})|("
    r"(?:4[0-9]{3}|5[1-5][0-9]{2}|2[2-7][0-9]{2}|6(?:011|5[0-9]{2}|4[4-9][0-9])|35[0-9]{2})"
    r"(?:[ -]?[0-9]{4}){3}(?:[0-9]{1,3})?"
    r"|3[47][0-9]{2}[ -]?[0-9]{6}[ -]?[0-9]{5}"
    r"|3(?:0[0-5]|[68][0-9])[0-9][ -]?[0-9]{6}[ -]?[0-9]{4}))",
    _OPTIONS,
)
_LINE_BREAKS = re2.compile(r"(\r?\n(?:[ \t]*\r?\n){2,})")
_TAG = re2.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*)>", _OPTIONS)
# Attributes within one tag (which RE2 has already delimited): this pattern has no ambiguous
# repetition, so Python's engine reads it in linear time too, and much faster per match.
_ATTRIBUTE = re.compile(
    r"([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'=<>`]+)))?"
)


# A rule that has found this many places in a field has made its point: scanners stop there,
# so a hostile text full of matches costs no more than one with a few.
MAX_PLACES = 20


def ends_a_word(text: str, end: int, also: str = "_") -> bool:
    """Whether a match ending here is not cut out of a longer word (or of a longer run of
    the characters in `also`). RE2 has no lookahead, and consuming the next character would
    hide a match that starts right there ("Follow us on Instagram")."""
    following = text[end : end + 1]
    return not following or not (following.isalnum() or following in also)


def _spans(pattern: re2._Regexp, text: str, also: str | None = "_") -> Iterator[Span]:
    """Group 1 of every match, the first MAX_PLACES of them; unless `also` is None, only
    matches that end a word (see ends_a_word)."""
    found = 0
    for match in pattern.finditer(text):
        start, end = match.span(1)
        if also is None or ends_a_word(text, end, also):
            yield Span(start, end)
            found += 1
            if found == MAX_PLACES:
                return


def phrases(pattern: re2._Regexp, text: str) -> list[Span]:
    """Where a lexicon pattern's phrase (group 1) stands, not cut out of a longer word."""
    return list(_spans(pattern, text))


@dataclass(frozen=True)
class Link:
    span: Span
    host: str
    bare: bool  # written without scheme or www., e.g. "meinshop.de"
    path: bool  # has a path after the host


def find_links(text: str) -> list[Link]:
    """URLs, www. addresses and bare domains, with their lower-case host."""
    links = []
    for span in _spans(_URL, text, also="_@-"):
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


# No listed domain has more labels than this; looking at the last few keeps the test constant
# in time for a host of thousands of labels.
_MAX_LABELS = 8


def host_in(host: str, domains: frozenset[str]) -> bool:
    """Whether a host is one of the domains or a subdomain of one."""
    parts = host.rsplit(".", _MAX_LABELS)[-_MAX_LABELS:]
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
    r" ?[a-z0-9-]{1,63}(?: ?[(\[{] ?(?:dot|punkt|point|punto) ?[)\]}] ?[a-z0-9-]{1,63}){1,4})",
    _OPTIONS,
)


# Characters a reader does not see; inside an address or a word they hide it from a scanner
# ("info\u200b@shop.de"), so scanners read the text without them.
# (Not the zero-width joiner, which holds emoji sequences together.)
_INVISIBLE = re.compile("[\u00ad\u180e\u200b\u200c\u200e\u200f\u2060-\u2064\ufeff]")


def without_invisibles(text: str) -> tuple[str, list[int] | None]:
    """The text without invisible characters, and where each of its characters stood in the
    text (None when nothing was taken out, the usual case)."""
    if not _INVISIBLE.search(text):
        return text, None
    offsets = [i for i, char in enumerate(text) if not _INVISIBLE.match(char)]
    return "".join(text[i] for i in offsets), offsets


def find_emails(text: str) -> list[Span]:
    """E-mail addresses, also disguised ones ("name (at) shop (dot) de")."""
    found = [*_spans(_EMAIL, text, also="-"), *_spans(_DISGUISED_EMAIL, text, also="-")]
    return sorted(found, key=lambda span: span.start)[:MAX_PLACES]


def find_phone_candidates(text: str) -> Iterator[Span]:
    """Digit runs that could be phone numbers: 6 to 15 digits, not a date or time."""
    for span in _spans(_PHONE_CANDIDATE, text, also="/-"):
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
        group = 1 if iban is not None else 2
        if not ends_a_word(text, match.end(group), also="-"):
            continue
        if (iban is not None and _iban_valid(iban)) or (card is not None and _luhn_valid(card)):
            found.append(Span(*match.span(group)))
            if len(found) == MAX_PLACES:
                break
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


# What continues an emoji sequence: joiner, variation selectors, skin tones, tag characters,
# the keycap mark; and a second regional indicator after a first (a flag).
_ZWJ = "\u200d"
_CONTINUES = frozenset({_ZWJ, "\ufe0e", "\ufe0f", "\u20e3"}) | {
    chr(c) for c in (*range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080))
}
_REGIONAL = frozenset(chr(c) for c in range(0x1F1E6, 0x1F200))


def _extent(text: str, start: int, longest: int) -> int:
    """Where the emoji sequence starting here can end at most."""
    end, limit = start + 1, min(len(text), start + longest)
    while end < limit and (
        text[end] in _CONTINUES
        or text[end - 1] == _ZWJ
        or (text[end] in _REGIONAL and text[end - 1] in _REGIONAL and end - start == 1)
    ):
        end += 1
    return end


def find_emojis(text: str, limit: int | None = MAX_PLACES) -> list[Span]:
    """Emoji characters and sequences (with skin tones, ZWJ joins, variation selectors); all
    of them with limit=None (to cut them out)."""
    starts, sequences, longest = _emoji_index()
    found: list[Span] = []
    for match in _MAYBE_EMOJI.finditer(text):
        start = match.start()
        if (found and start < found[-1].end) or text[start] not in starts:
            continue
        for end in range(_extent(text, start, longest), start, -1):
            if text[start:end] in sequences:
                found.append(Span(start, end))
                break
        if len(found) == limit:
            break
    return found


def _merged(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if merged and span.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


def cut(text: str, spans: list[Span], keep_apart: bool = True) -> str:
    """The text without these spans, in one pass.

    With keep_apart, a cut between two non-spaces leaves a space, so the neighbours are not
    joined into a new word, address, tag or number ("info😀@shop.de" must not become an
    address); HTML tags cut from markup need no such space. Where a cut leaves two spaces, or
    a space before a line break, one goes.
    """
    pieces, done = [], 0
    for span in _merged(spans):
        kept = text[done : span.start]
        before = text[span.start - 1] if span.start > 0 else ""
        after = text[span.end] if span.end < len(text) else ""
        done = span.end
        if keep_apart and before and after and not before.isspace() and not after.isspace():
            kept += " "
        elif before in ("", " ") and after == " ":
            done += 1
        elif before == " " and after in ("", "\n", "\r"):
            kept = kept[:-1]
        pieces.append(kept)
    pieces.append(text[done:])
    return "".join(pieces)


def find_excess_line_breaks(text: str) -> list[Span]:
    """Runs of three or more line breaks (two or more empty lines)."""
    return list(_spans(_LINE_BREAKS, text, also=None))


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


# More tags than a real message's markup has (a long order confirmation template has a few
# hundred): past this the rest of the markup is read as text, so a body made of nothing but
# tags cannot make a check slow.
MAX_TAGS = 1000


def find_tags(html: str) -> list[Tag]:
    """The first MAX_TAGS tags of an HTML text with their offsets, in order.

    A scanner, not a DOM: the rules need offsets into the caller's HTML (to point at and cut
    out exactly what they flag) and must stay linear on any input, which RE2 guarantees.
    """
    tags: list[Tag] = []
    for match in _TAG.finditer(html):
        if len(tags) == MAX_TAGS:
            break
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
