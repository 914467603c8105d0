"""Markup, emojis and invisible characters: HTML tags and the text a reader sees, emoji
sequences, and the characters a reader does not see."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import re2

from service.engine.model import Span
from service.engine.scan import MAX_PLACES, OPTIONS, spans, utf8

_TAG = re2.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*)>", OPTIONS)
# Attributes within one tag (which RE2 has already delimited): this pattern has no ambiguous
# repetition, so Python's engine reads it in linear time too, and much faster per match.
_ATTRIBUTE = re.compile(
    r"([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'=<>`]+)))?"
)


# Characters a reader does not see; inside an address or a word they hide it from a scanner
# ("info\u200b@shop.de"), so scanners read the text without them.
# (Not the zero-width joiner, which holds emoji sequences together.)
_INVISIBLES = "\u00ad\u180e\u200b\u200c\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"


def without_invisibles(text: str) -> tuple[str, list[int] | None]:
    """The text without invisible characters, and where each of its characters stood in the
    text (None when nothing was taken out, the usual case)."""
    # One look-up per invisible character: memchr-fast, and free for a character wider than
    # any in the text. On a 2 KB body the twelve cost a tenth of one regex pass (callgrind);
    # none is ASCII, so an ASCII text (str knows it without reading it) is spared them too.
    if text.isascii() or not any(char in text for char in _INVISIBLES):
        return text, None
    offsets = [i for i, char in enumerate(text) if char not in _INVISIBLES]
    return "".join(text[i] for i in offsets), offsets


# Unicode's emoji sequences, one a line: the emoji package's table, kept as data because the
# package holds its names for every sequence too, 2 MB in every worker (no sequence holds a
# line break or a space); tests/engine/test_emoji_table.py compares it with the package.
EMOJI_TABLE = Path(__file__).with_name("emoji.txt")


def emoji_table() -> frozenset[str]:
    """Every sequence of EMOJI_TABLE."""
    return frozenset(EMOJI_TABLE.read_text(encoding="utf-8").splitlines())


@cache
def _emoji_index() -> tuple[frozenset[str], frozenset[str], int]:
    """The emoji table (Unicode's emoji list) as first characters, sequences and the longest
    sequence's length; without the typographic symbols that are emoji only with a variation
    selector (©, ®, ™ and the like) and without keycaps (they start with ASCII)."""
    sequences = frozenset(
        sequence
        for sequence in emoji_table()
        if not sequence[0].isascii() and not (len(sequence) == 1 and ord(sequence) < 0x2190)
    )
    starts = frozenset(s[0] for s in sequences)
    if not all(_MAYBE_EMOJI.match(start) for start in starts):
        raise RuntimeError("the emoji table has a first character outside _MAYBE_EMOJI")
    return starts, sequences, max(map(len, sequences))


# The blocks every emoji starts in (© and ® with a variation selector, symbols and arrows,
# two CJK marks, the pictographs): a cheap pass finds candidates, the table confirms them.
# RE2: on a 2 KB body without any it costs half of Python's character-class scan (callgrind).
_MAYBE_EMOJI = re2.compile(
    "[\u00a9\u00ae\u203c-\u2bff\u3030\u303d\u3297\u3299\U0001f000-\U0001faff]", OPTIONS
)


# The first byte of the UTF-8 of every character _MAYBE_EMOJI takes (© and ® start with C2,
# U+2000-U+2FFF with E2, U+3000-U+3FFF with E3, U+10000 on with F0): a text without any of
# these bytes (most texts in Latin script) holds no emoji, told by a few memchr look-ups
# instead of a pass. Each byte as an int: CPython looks an int up in bytes with memchr, but
# a one-byte needle through its general search (0.65 against 0.12 µs on a subject), and a
# two-byte needle far slower still.
_EMOJI_LEADS = (0xC2, 0xE2, 0xE3, 0xF0)


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
    encoded = utf8(text)
    if not any(map(encoded.__contains__, _EMOJI_LEADS)):
        return []
    starts, sequences, longest = _emoji_index()
    found: list[Span] = []
    for candidate in spans(_MAYBE_EMOJI, text, also=None, group=0, limit=None):
        start = candidate.start
        if (found and start < found[-1].end) or text[start] not in starts:
            continue
        for end in range(_extent(text, start, longest), start, -1):
            if text[start:end] in sequences:
                found.append(Span(start, end))
                break
        if len(found) == limit:
            break
    return found


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


# Tags a reader sees as a line's end (a paragraph, a line break, a list item, a table row, a
# heading): in the visible text they start with a line break, as a text body's line would.
_BLOCK_TAGS = frozenset(
    {
        *("address", "article", "blockquote", "br", "dd", "div", "dl", "dt", "footer"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre"),
        *("section", "table", "tr", "ul"),
    }
)


def visible_text(html: str, tags: list[Tag]) -> str:
    """The HTML with its markup blanked out (tags and entities become spaces, a block tag a
    line break and spaces, link targets stay), so that text scanners see what a reader sees
    at the offsets of the source."""
    text = _ENTITY.sub(lambda m: " " * len(m.group(0)), html)
    pieces, done = [], 0
    for tag in tags:
        pieces.append(text[done : tag.span.start])
        keep = tag.href or Span(tag.span.end, tag.span.end)
        blank = keep.start - tag.span.start
        pieces += [
            "\n" + " " * (blank - 1) if tag.name in _BLOCK_TAGS and blank else " " * blank,
            text[keep.start : keep.end],
            " " * (tag.span.end - keep.end),
        ]
        done = tag.span.end
    pieces.append(text[done:])
    return "".join(pieces)
