"""Contact data and identifiers: links, e-mail addresses, phone-number candidates, bank and
card numbers, Amazon order numbers."""

from __future__ import annotations

import re
import string
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

import re2

from service.engine.model import Span
from service.engine.scan import (
    MAX_PLACES,
    OPTIONS,
    SCREEN,
    Characters,
    byte_matches,
    byte_spans,
    ends_a_word,
    spans,
    utf8,
)

# Top-level domains a bare domain ("meinshop.de") is recognised by: the generic ones sellers
# use and every marketplace's country code. Anything with a scheme or www. is a link anyway.
_TLDS = (
    "com|net|org|info|biz|shop|store|online|site|website|app|io|co|eu|de|at|ch|uk|fr|it|es|"
    "nl|be|se|pl|tr|ae|sa|eg|in|za|jp|au|sg|ca|mx|br|ie|us|dk|no|fi|pt|gr|cz|to"
)


@cache
def _url(extra_tlds: frozenset[str]) -> re2._Regexp:
    """URLs, www. addresses and bare domains of _TLDS and a pack's own (once per set), each
    with the character before it (none at the text's start). No capturing group: RE2 then finds
    each match with its DFAs alone, where the group's submatch pass (RE2's NFA, this pattern's
    Unicode classes being too large for its bit-state search) cost about 12k instructions a
    link; find_links steps past that character."""
    tlds = "|".join([_TLDS, *sorted(extra_tlds)])
    return re2.compile(
        rf"(?i)(?:^|[^\pL\pN_@.-])(?:(?:(?:https?|ftp)://|www\.)[^\s<>\"'`{{}}|\\^\[\]]+"
        rf"|(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+(?:{tlds})(?::[0-9]{{1,5}})?"
        rf"(?:/[^\s<>\"'`{{}}|\\^\[\]]*)?)",
        OPTIONS,
    )


_EMAIL = SCREEN.add(
    re2.compile(
        r"(?i)(?:^|[^a-z0-9._%+-])([a-z0-9._%+-]{1,64}@(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24})",
        OPTIONS,
    )
)
# A run of digits with the separators people write phone numbers with; libphonenumber then
# decides whether it is a phone number for the marketplace's region.
# It stands apart (after a space, a colon or an opening quote or bracket, not glued to an
# identifier such as "RE-2025-10482" or "CB7-2304-5581") and is not followed by more of one.
_PHONE_BEFORE = r"(?:^|[\s:;,(\[\"'„“«»=])"
_PHONE_DIGITS = r"(?:\+|00)?[0-9(][0-9 ()./-]{4,24}[0-9]"
_PHONE_CANDIDATE = SCREEN.add(re2.compile(rf"{_PHONE_BEFORE}({_PHONE_DIGITS})", OPTIONS))
# The same without the capturing group, as find_phone_candidates runs it: RE2 then finds each
# match with its DFAs alone, without the submatch pass (its bit-state search, about 3k
# instructions a candidate); the candidate is the match less the character before it.
_PHONE_MATCH = re2.compile(_PHONE_BEFORE + _PHONE_DIGITS, OPTIONS)
# A date stands apart from other digits ("04.78.12.34.56", a French number, holds none) and
# may have a space after its dots ("27. 11. 2026").
_DATE_OR_TIME = re.compile(
    rb"(?<![0-9])(?:0?[1-9]|[12][0-9]|3[01])[./] ?(?:0?[1-9]|1[0-2])[./] ?(?:19|20)?[0-9]{2}"
    rb"(?![0-9])|(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]|[0-2]?[0-9]:[0-5][0-9]"
)
# An IBAN (group 1) or a card number (group 2), standing apart (not inside a URL, a word or
# a longer identifier); one pass finds both. Card numbers start as the card brands' numbers
# do and are grouped as printed (4-4-4-4, Amex 4-6-5, Diners 4-6-4) or not at all, so a
# 14-digit SIRET or a parcel number is not one.
_BANK_NUMBER = SCREEN.add(
    re2.compile(
        r"(?:^|[^\pL\pN/=?&#_.-])(?:([A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30})|("
        r"(?:4[0-9]{3}|5[1-5][0-9]{2}|2[2-7][0-9]{2}|6(?:011|5[0-9]{2}|4[4-9][0-9])|35[0-9]{2})"
        r"(?:[ -]?[0-9]{4}){3}(?:[0-9]{1,3})?"
        r"|3[47][0-9]{2}[ -]?[0-9]{6}[ -]?[0-9]{5}"
        r"|3(?:0[0-5]|[68][0-9])[0-9][ -]?[0-9]{6}[ -]?[0-9]{4}))",
        OPTIONS,
    )
)


# Where a URL's host ends (after its scheme, if any).
_HOST_END = re.compile(r"[/:?#]")


@dataclass(frozen=True)
class Link:
    span: Span
    host: str
    bare: bool  # written without scheme or www., e.g. "meinshop.de"
    path: bool  # has a path after the host


# The characters a URL starts with: a letter of [a-z] in either case (RE2's (?i) also folds
# "s" and "k" to U+017F and the Kelvin sign) or a digit. _url takes none of them before a URL.
_URL_FIRST = frozenset(string.ascii_letters + string.digits + "\u017f\u212a")


def _past_the_boundary(text: str, encoded: bytes, start: int, first: Collection[str]) -> int:
    """Where the link or candidate of a match (a byte offset) begins, for a pattern that starts
    with "(?:^|[a boundary])" and no capturing group (_url, _PHONE_MATCH): RE2's "^" holds only
    at the text's start, so a match starting anywhere else, or at the start with a character
    none begins with (`first`), begins with the character before it; the offset after that
    UTF-8 character."""
    if not start and text[:1] in first:
        return 0
    lead = encoded[start]
    return start + (1 if lead < 0x80 else 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4)


def _url_spans(text: str, pattern: re2._Regexp) -> Iterator[Span]:
    """The URLs of _url's matches (spans() of group 0 less the character before each URL)."""
    encoded = utf8(text)
    characters = Characters(text, encoded)
    for start, end in byte_spans(pattern, encoded, also="_@-", group=0):
        start = _past_the_boundary(text, encoded, start, _URL_FIRST)
        yield Span(characters.at(start), characters.at(end))


def find_links(text: str, extra_tlds: frozenset[str] = frozenset()) -> list[Link]:
    """URLs, www. addresses and bare domains (of _TLDS, and the extra top-level domains a pack
    names), with their lower-case host."""
    links: list[Link] = []
    # Every link has a dot (www., a domain's last one) or a scheme's "://": a text with
    # neither (most subjects) is not passed to RE2, 6k instructions a call before a byte.
    if "." not in text and "://" not in text:
        return links
    for span in _url_spans(text, _url(extra_tlds)):
        url = text[span.start : span.end].rstrip(".,;:!?)")
        span = Span(span.start, span.start + len(url))
        rest = url.split("://", 1)[-1]
        # The host as written, split off once (a compiled pattern: re.split's module-level
        # call looks its pattern up anew, 6.5k instructions a call against 3.5k).
        written = _HOST_END.split(rest, maxsplit=1)[0]
        host = written.lower().removeprefix("www.")
        bare = "://" not in url and not url.lower().startswith("www.")
        written_tld = written.rsplit(".", 1)[-1]
        if bare and written_tld not in (written_tld.lower(), written_tld.upper()):
            continue  # "Dank.Es geht ...": a missing space after a full stop, not a domain
        links.append(Link(span, host, bare, "/" in rest.strip("/")))
    return links


# No listed domain has more labels than this; looking at the last few keeps the test constant
# in time for a host of thousands of labels.
_MAX_LABELS = 8


def host_in(host: str, domains: frozenset[str]) -> bool:
    """Whether a host is one of the domains or a subdomain of one."""
    parts = host.rsplit(".", _MAX_LABELS)[-_MAX_LABELS:]
    return any(".".join(parts[i:]) in domains for i in range(len(parts)))


@cache
def _order_number_candidates(form: re.Pattern[str]) -> re2._Regexp:
    """A pack's order-number form as RE2: one pass over the text's UTF-8 finds where order
    numbers stand, where Python's engine tries the form at every position (a digit class
    first gives it no literal to skip to: about 15 µs for 2 KB without any number). No
    capturing group: RE2 then finds each match with its DFAs alone."""
    return re2.compile(form.pattern, OPTIONS)


def find_order_numbers(text: str, form: re.Pattern[str]) -> list[Span]:
    """Order numbers of the pack's form (Amazon's 3-7-7 digits); a digit next to one makes it
    part of some other number. A rejected candidate is searched past by one character only, so
    a number starting inside it is still found."""
    # RE2 finds the same leftmost matches as the search below; where one is rejected (or the
    # candidates stop at MAX_PLACES), the search takes over from there, step by step.
    found: list[Span] = []
    for span in spans(_order_number_candidates(form), text, also=None, group=0):
        if _beside_a_digit(text, span):
            return found + _search_order_numbers(text, form, span.start + 1)
        found.append(span)
    if len(found) == MAX_PLACES:
        return found + _search_order_numbers(text, form, found[-1].end)
    return found


def _beside_a_digit(text: str, span: Span) -> bool:
    before = text[span.start - 1] if span.start > 0 else ""
    after = text[span.end] if span.end < len(text) else ""
    return before.isdigit() or after.isdigit()


def _search_order_numbers(text: str, form: re.Pattern[str], position: int) -> list[Span]:
    """Order numbers from a position on, a rejected candidate searched past by one character."""
    found = []
    while (match := form.search(text, position)) is not None:
        span = Span(*match.span())
        if _beside_a_digit(text, span):
            position = span.start + 1
        else:
            found.append(span)
            position = span.end
    return found


# "sales (at) shop (dot) co (dot) uk": an address written to slip past filters, its dots
# bracketed, a plain one among them ("returns[at]cycles[dot]co.uk").
_BRACKETED_AT = ("at", "ät", "arroba", "chiocciola")
_DISGUISED_EMAIL = SCREEN.add(
    re2.compile(
        rf"(?i)(?:^|[^a-z0-9._%+-])([a-z0-9._%+-]{{1,64}} ?[(\[{{] ?(?:{'|'.join(_BRACKETED_AT)}) ?"
        r"[)\]}] ?[a-z0-9-]{1,63}"
        r"(?: ?[(\[{] ?(?:dot|punkt|point|punto) ?[)\]}] ?[a-z0-9-]{1,63}){1,4}"
        r"(?:\.[a-z0-9-]{1,63}){0,2})",
        OPTIONS,
    )
)
# The letters a bracketed "at" ends with, in either case: one of them, and perhaps a space, stands
# before a closing bracket in every disguised address.
_AT_ENDS = frozenset(end for word in _BRACKETED_AT for end in (word[-1], word[-1].upper()))
# A text with more closing brackets than this is passed to RE2 without looking at each.
_MAX_CLOSERS = 8


def _may_be_disguised(text: str) -> bool:
    """Whether a disguised address could stand in the text, as the closing brackets tell: a
    search in C for each (most bodies have one or two, none after an "at"), where an RE2 pass
    costs about 35k instructions on a 2 KB body. Many brackets: the pass decides."""
    closers = 0
    for closer in ")]}":
        at = text.find(closer)
        while at >= 0:
            closers += 1
            before = text[max(at - 2, 0) : at]
            if (
                closers > _MAX_CLOSERS
                or (before[-2:-1] if before.endswith(" ") else before[-1:]) in _AT_ENDS
            ):
                return True
            at = text.find(closer, at + 1)
    return False


def find_emails(text: str) -> list[Span]:
    """E-mail addresses, also disguised ones ("name (at) shop (dot) de")."""
    # Each pattern needs what most texts lack (an @, a closing bracket after an "at"); a
    # look-up for it is far cheaper than an RE2 pass over the whole text.
    plain = spans(_EMAIL, text, also="-") if "@" in text and SCREEN.may_match(_EMAIL, text) else ()
    disguised = (
        spans(_DISGUISED_EMAIL, text, also="-")
        if _may_be_disguised(text) and SCREEN.may_match(_DISGUISED_EMAIL, text)
        else ()
    )
    found = [*plain, *disguised]
    return sorted(found, key=lambda span: span.start)[:MAX_PLACES]


# An address spelled out further: the "at" bracketed ("info(at)shop.de", "info [at] shop
# [punkt] de") or written as a word between spaces, then with at least the last dot spelled
# out ("max punkt mueller at gmx dot de", "contact arobase boutique point fr"), so that "we are
# at ebay.de" is no address.
_SPELLED_DOT = r"(?: ?[(\[{] ?(?:dot|punkt|point|punto) ?[)\]}] ?| (?:dot|punkt|point|punto) )"
_AT_WORD = r"(?:at|ät|arroba|chiocciolina|chiocciola|arobase|klammeraffe)"
# Also an "@" with a space after it ("service @ jardin-malin . fr"), which _EMAIL reads as no
# address, where the domain ends in one of _TLDS. An "@" with a space before it alone is none:
# that is a handle's form ("Instagram @brightnest.de"), and what the emoji fix leaves of
# "info😀@shop.de" (edits.cut). And a bracketed "a" ("boutique(a)bijoux-lune.fr").
_MASKED_EMAIL = SCREEN.add(
    re2.compile(
        r"(?i)(?:^|[^a-z0-9._%+-])("
        rf"[a-z0-9._%+-]{{1,64}}(?:{_SPELLED_DOT}[a-z0-9_%+-]{{1,64}}){{0,3}}"
        rf"(?: ?[(\[{{] ?(?:{_AT_WORD}|@|a) ?[)\]}}] ?[a-z0-9-]{{1,63}}"
        rf"(?:(?:\.|{_SPELLED_DOT})[a-z0-9-]{{1,63}}){{1,4}}"
        rf"| {_AT_WORD} [a-z0-9-]{{1,63}}(?:(?:\.|{_SPELLED_DOT})[a-z0-9-]{{1,63}}){{0,3}}"
        rf"{_SPELLED_DOT}[a-z]{{2,6}}"
        rf"| ?@ [a-z0-9-]{{1,63}}(?: ?\. ?[a-z0-9-]{{1,63}}){{0,3}} ?\. ?(?:{_TLDS})))",
        OPTIONS,
    )
)
# An address given as its name and a mail provider's ("lucas.bernard sur gmail", "fede.romano
# su gmail"): a name with a dot or an underscore inside, a preposition, a provider named. Not
# "in": a file is opened in a mail program ("Rechnung.pdf in Outlook").
_PROVIDER_EMAIL = SCREEN.add(
    re2.compile(
        r"(?i)(?:^|[^a-z0-9._%+-])([a-z0-9]+[._][a-z0-9._-]*[a-z0-9]"
        r" (?:on|at|bei|auf|sur|chez|su|en|de) "
        r"(?:gmail|googlemail|yahoo|hotmail|outlook|icloud|gmx|web\.de|t-online|libero|orange"
        r"|laposte|wanadoo|tiscali|virgilio|proton(?:mail)?))\b",
        OPTIONS,
    )
)


# An address with letters beyond ASCII ("auftrag@nähstube-lorenz.de"), which _EMAIL leaves.
_INTERNATIONAL_EMAIL = SCREEN.add(
    re2.compile(
        r"(?i)(?:^|[^\pL\pN._%+-])([\pL\pN._%+-]+@(?:[\pL\pN-]+\.)+\pL+)",
        OPTIONS,
    )
)


def find_emails_and_masked(text: str) -> list[Span]:
    """E-mail addresses as find_emails finds them, those with letters beyond ASCII, and those
    masked further (_MASKED_EMAIL, _PROVIDER_EMAIL); a place overlapping one already found is
    not found twice. Where the pack asks for it (masked_contact)."""
    found = find_emails(text)
    for pattern in (_INTERNATIONAL_EMAIL, _MASKED_EMAIL, _PROVIDER_EMAIL):
        if not SCREEN.may_match(pattern, text):
            continue
        for span in spans(pattern, text, also="-"):
            if not any(other.start < span.end and span.start < other.end for other in found):
                found.append(span)
    return sorted(found, key=lambda span: span.start)[:MAX_PLACES]


# Digits written as words in the five lexicon languages: a run of seven or more of them (with
# spaces, commas or hyphens between) is a phone number spelled out to slip past filters.
# Longest first: "seis" is tried before "sei", or a run would end inside a word.
_DIGITS_IN_WORDS = (
    ("zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    ("null", "eins", "zwei", "drei", "vier", "fünf", "fuenf", "sechs", "sieben", "acht", "neun"),
    ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
    ("zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"),
    ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
)
_DIGIT_WORDS = "|".join(
    sorted({word for words in _DIGITS_IN_WORDS for word in words}, key=lambda w: (-len(w), w))
)
_SPELLED_NUMBER = SCREEN.add(
    re2.compile(
        rf"(?i)(?:^|[^\pL\pN_])((?:{_DIGIT_WORDS})(?:[ ,-]{{1,3}}(?:{_DIGIT_WORDS})){{6,19}})",
        OPTIONS,
    )
)


def find_spelled_numbers(text: str) -> list[Span]:
    """Numbers of seven or more digits written as words ("seis uno cero, uno dos tres, ...")."""
    if not SCREEN.may_match(_SPELLED_NUMBER, text):
        return []
    return list(spans(_SPELLED_NUMBER, text))


def _has_digit(text: str) -> bool:
    """Whether the text holds a digit 0-9, as every phone candidate and bank number does: ten
    of str's searches in C, where an RE2 pass costs 6k instructions before it reads a byte
    (most subjects hold no digit)."""
    return any(map(text.__contains__, "0123456789"))


# A phone candidate's digits with what may stand between them (_PHONE_CANDIDATE's class and
# the leading "+") deleted, as bytes.translate reads UTF-8: every digit a "0", every other byte
# an "x". The six digits or more of a candidate then stand together as "000000".
_BETWEEN_DIGITS = b" ()./-+"
_DIGITS_TOGETHER = bytes(ord("0") if 48 <= byte <= 57 else ord("x") for byte in range(256))


def phone_candidates_outside(text: str, numbers: Sequence[Span]) -> bool:
    """Whether a phone candidate could stand in the text outside the spans (in order and apart:
    a field's order numbers), as its six digits tell: a necessary test in C over the text's
    UTF-8, where the candidates' RE2 pass and the Python for each of its matches (order
    numbers, dates) cost 30-60k instructions on a 2 KB body. A text where the screen finds no
    candidate at all is not read."""
    if not SCREEN.may_match(_PHONE_CANDIDATE, text):
        return False
    encoded = utf8(text)
    ascii = len(encoded) == len(text)
    start = 0
    for number in numbers:
        end = number.start if ascii else len(text[: number.start].encode())
        if _six_digits_together(encoded[start:end]):
            return True
        start = number.end if ascii else len(text[: number.end].encode())
    return _six_digits_together(encoded[start:])


def _six_digits_together(encoded: bytes) -> bool:
    return b"000000" in encoded.translate(_DIGITS_TOGETHER, _BETWEEN_DIGITS)


def _candidate_start(text: str, encoded: bytes, start: int) -> int:
    """Where the candidate of a _PHONE_MATCH match starting here begins."""
    begin = _past_the_boundary(text, encoded, start, "+0123456789(")
    if begin or not text.startswith("("):
        return begin
    # "(" at the start stands before a candidate or starts one: the grouped pattern, whose first
    # match is this one, tells which.
    return next(byte_matches(_PHONE_CANDIDATE, encoded))[1][0]


def find_phone_candidates(text: str) -> Iterator[Span]:
    """Digit runs that could be phone numbers: 6 to 15 digits, not a date or time."""
    if not _has_digit(text) or not SCREEN.may_match(_PHONE_CANDIDATE, text):
        return
    encoded = utf8(text)
    characters = Characters(text, encoded)
    # A candidate's bytes are ASCII: its digits and date read from them, and only a candidate
    # kept is placed in the text (decoding the UTF-8 before it), not every run of digits.
    for start, end in byte_spans(_PHONE_MATCH, encoded, also="/-", group=0):
        start = _candidate_start(text, encoded, start)
        candidate = encoded[start:end]
        digits = len(candidate.translate(None, _BETWEEN_DIGITS))
        if 6 <= digits <= 15 and not _DATE_OR_TIME.search(candidate):
            yield Span(characters.at(start), characters.at(end))


# A code with a letter before a digit, then a space, right where a number starts: the number
# goes on with the code's groups ("FR12 903456789", "GLS 6Z45 0198 44"), it is no number of its
# own. Not a time or a measure ("24h 0800 123456", "9am"), whose letters follow the digits.
# Nor a VAT id's country written apart from its digits ("DE 345 118 902", "FR 12 345678901"):
# two capitals alone before a number; nobody writes a phone number's country so.
_LETTER_THEN_DIGIT = re.compile(r"[^\W\d_][0-9]")
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")


def after_a_code(before: str) -> bool:
    """Whether the text before a number ends with a code of letters and digits, or a country's
    two capitals, and a space."""
    if not before.endswith(" "):
        return False
    code = before[:-1].rpartition(" ")[2]
    return (code.isalnum() and _LETTER_THEN_DIGIT.search(code) is not None) or bool(
        _COUNTRY_CODE.fullmatch(code)
    )


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
    found: list[Span] = []
    if not _has_digit(text) or not SCREEN.may_match(_BANK_NUMBER, text):
        return found
    encoded = utf8(text)
    characters = Characters(text, encoded)
    for groups in byte_matches(_BANK_NUMBER, encoded):
        iban = groups[1][0] >= 0
        start, end = (characters.at(offset) for offset in groups[1 if iban else 2])
        if not ends_a_word(text, end, also="-"):
            continue
        number = text[start:end]
        if _iban_valid(number) if iban else _luhn_valid(number):
            found.append(Span(start, end))
            if len(found) == MAX_PLACES:
                break
    return found
