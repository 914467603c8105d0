"""Text scanners for the rules, each with spans into the text scanned, one module per job:
contact data (contact.py), markup, emojis and invisible characters (markup.py), lexicon phrases
(lexicon.py), the words of the sentences that hold a lexicon's anchor word (words.py), and the
edits the fixing rules make (edits.py).

Every pattern that can span text is RE2 (google-re2), whose matching time is linear in the
text whatever the input; the few Python patterns (attributes inside a tag RE2 found, entities,
dates inside a phone candidate, order-number tails) have no nested or ambiguous repetition, so
Python's engine reads them in linear time too. tests/engine/test_scanners.py feeds each
scanner adversarial 100 KB texts.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

import re2

from service.engine.model import Span

OPTIONS = re2.Options()
OPTIONS.max_mem = 64 << 20


# A rule that has found this many places in a field has made its point: scanners stop there,
# so a hostile text full of matches costs no more than one with a few.
MAX_PLACES = 20


def quoted(line: str) -> bool:
    """Whether a line (or its start) is quoted from the buyer, as mail clients quote a reply
    ("> Can I cancel?"): the buyer's words, which no wording rule or model reads as the
    seller's."""
    return line.lstrip().startswith(">")


def ends_a_word(text: str, end: int, also: str = "_") -> bool:
    """Whether a match ending here is not cut out of a longer word (or of a longer run of
    the characters in `also`). RE2 has no lookahead, and consuming the next character would
    hide a match that starts right there ("Follow us on Instagram")."""
    return _a_word_end(text[end : end + 1], also)


def _a_word_end(following: str, also: str) -> bool:
    """Whether the character after a match (none at the end) lets it end a word."""
    return not following or not (following.isalnum() or following in also)


def _following(encoded: bytes, end: int) -> str:
    """The character that starts at a byte offset of UTF-8 (none at the end)."""
    lead = encoded[end : end + 1]
    if lead < b"\x80":
        return lead.decode()
    # A character is at most four bytes; those of the next ones cut off are left out.
    return encoded[end : end + 4].decode("utf-8", "ignore")[:1]


@lru_cache(maxsize=8)
def utf8(text: str) -> bytes:
    """A text as UTF-8, encoded once for all the patterns run over it: the RE2 binding
    encodes a str anew on every call, and maps every match's offsets back in Python."""
    return text.encode("utf-8")


_UNANCHORED = re2._Anchor.UNANCHORED


def found_in(pattern: re2._Regexp, text: str) -> bool:
    """Whether a pattern matches anywhere in a short text, as `pattern.search(text)` tells:
    straight from the compiled RE2 object, without the match object the binding's search
    builds (about 8k instructions against 15-36k for a context pattern on 24 characters)."""
    encoded = text.encode("utf-8")
    whole_end: int = pattern._regexp.Match(_UNANCHORED, encoded, 0, len(encoded))[0][1]
    return whole_end >= 0


class Screen:
    """Which of several patterns match anywhere in a text, told by one pass of an RE2 set over
    its UTF-8 (once per text: the last few texts' answers are kept). A scanner whose pattern
    matches nowhere is spared its own pass: an RE2 call costs about 7k instructions before it
    reads a byte and then about 17 a byte, and a set of eight patterns costs what one costs.

    RE2's set has no NFA to fall back on, but cannot fail either once compiled: its DFA starts
    over with an empty cache when the cache fills (re2/dfa.cc, "RE2::Set cannot fall back"),
    and compiling it runs a first search, so a budget too small for one state fails there.
    """

    def __init__(self) -> None:
        self._patterns: list[re2._Regexp] = []
        self._compiled: _ScreenSet | None = None

    def add(self, pattern: re2._Regexp) -> re2._Regexp:
        """Screen a pattern too (at import); it must read text as OPTIONS say."""
        if any(
            getattr(pattern.options, name) != getattr(OPTIONS, name)
            for name in re2.Options.NAMES
            if name != "max_mem"
        ):
            raise ValueError(f"{pattern.pattern!r} is not compiled with OPTIONS")
        self._patterns.append(pattern)
        self._compiled = None
        return pattern

    @property
    def ready(self) -> bool:
        """Whether the set of the patterns added so far is compiled."""
        return self._compiled is not None

    def warm_up(self) -> None:
        """Compile the set now (create_app(), before gunicorn's workers fork, so they share it),
        not in each worker's first request (about 20 ms)."""
        self._set()

    def may_match(self, pattern: re2._Regexp, text: str) -> bool:
        """Whether the pattern may match somewhere in the text: False only where it does not."""
        compiled = self._set()
        # A pattern never added is not in the set: it may match.
        index = compiled.index.get(pattern)
        return index is None or index in _matching(compiled, text)

    def _set(self) -> _ScreenSet:
        if self._compiled is None:
            self._compiled = _ScreenSet(tuple(self._patterns))
        return self._compiled


class _ScreenSet:
    """A Screen's patterns as one compiled RE2 set (never changed: a pattern added to the
    screen makes a new one)."""

    def __init__(self, patterns: tuple[re2._Regexp, ...]):
        screen = re2.Set.SearchSet(OPTIONS)
        for pattern in patterns:
            screen.Add(pattern.pattern)
        screen.Compile()
        self.match = screen._set.Match
        self.index = {pattern: number for number, pattern in enumerate(patterns)}


@lru_cache(maxsize=8)
def _matching(compiled: _ScreenSet, text: str) -> frozenset[int]:
    """The numbers of the set's patterns that match somewhere in the text."""
    return frozenset(compiled.match(utf8(text)))


# The scanners whose patterns run over whole fields and most often find nothing (bank numbers,
# runs of empty lines, e-mail addresses, phone candidates) ask this screen first.
SCREEN = Screen()


def byte_matches(
    pattern: re2._Regexp, encoded: bytes, position: int = 0
) -> Iterator[Sequence[tuple[int, int]]]:
    """Every match of a pattern in UTF-8 from a byte position on, as the byte spans of its
    groups (group 0 first; (-1, -1) for a group that took no part), found as the binding's
    finditer finds them.

    Straight from the compiled RE2 object the binding wraps: its finditer checks its
    arguments and builds a match object for every match in Python, which cost more than
    RE2's own search (callgrind: half of spans() on a 2 KB body).
    """
    search = pattern._regexp.Match
    end = len(encoded)
    while True:
        groups = search(_UNANCHORED, encoded, position, end)
        whole_end = groups[0][1]
        if whole_end < 0:
            return
        yield groups
        if position == end:
            return
        # An empty match at the position would find itself again: step past it.
        position = position + 1 if whole_end == position else whole_end


class Characters:
    """Byte offsets into a text's UTF-8 as offsets into the text; offsets asked for in
    order (as matches come), so each stretch of the text is decoded once."""

    def __init__(self, text: str, encoded: bytes):
        self.encoded, self.ascii = encoded, len(encoded) == len(text)
        self.byte = self.character = 0

    def at(self, byte: int) -> int:
        if self.ascii:
            return byte
        self.character += len(self.encoded[self.byte : byte].decode("utf-8"))
        self.byte = byte
        return self.character


def byte_spans(
    pattern: re2._Regexp,
    encoded: bytes,
    also: str | None = "_",
    group: int = 1,
    limit: int | None = MAX_PLACES,
) -> Iterator[tuple[int, int]]:
    """spans() as byte offsets into the UTF-8, for a scanner that reads its matches' bytes
    before it asks where in the text they are."""
    found = 0
    for groups in byte_matches(pattern, encoded):
        start, end = groups[group]
        if also is None or _a_word_end(_following(encoded, end), also):
            yield start, end
            found += 1
            if found == limit:
                return


def spans(
    pattern: re2._Regexp,
    text: str,
    also: str | None = "_",
    group: int = 1,
    limit: int | None = MAX_PLACES,
) -> Iterator[Span]:
    """A group of every match (group 1 unless told), the first `limit` of them; unless
    `also` is None, only matches that end a word (see ends_a_word)."""
    encoded = utf8(text)
    characters = Characters(text, encoded)
    for start, end in byte_spans(pattern, encoded, also, group, limit):
        yield Span(characters.at(start), characters.at(end))
