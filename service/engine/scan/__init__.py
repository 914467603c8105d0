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

from collections.abc import Iterator
from functools import lru_cache

import re2

from service.engine.model import Span

OPTIONS = re2.Options()
OPTIONS.max_mem = 64 << 20


# A rule that has found this many places in a field has made its point: scanners stop there,
# so a hostile text full of matches costs no more than one with a few.
MAX_PLACES = 20


def ends_a_word(text: str, end: int, also: str = "_") -> bool:
    """Whether a match ending here is not cut out of a longer word (or of a longer run of
    the characters in `also`). RE2 has no lookahead, and consuming the next character would
    hide a match that starts right there ("Follow us on Instagram")."""
    following = text[end : end + 1]
    return not following or not (following.isalnum() or following in also)


@lru_cache(maxsize=8)
def utf8(text: str) -> bytes:
    """A text as UTF-8, encoded once for all the patterns run over it: the RE2 binding
    encodes a str anew on every call, and maps every match's offsets back in Python."""
    return text.encode("utf-8")


class _Characters:
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


def spans(pattern: re2._Regexp, text: str, also: str | None = "_") -> Iterator[Span]:
    """Group 1 of every match, the first MAX_PLACES of them; unless `also` is None, only
    matches that end a word (see ends_a_word)."""
    encoded = utf8(text)
    characters = _Characters(text, encoded)
    found = 0
    for match in pattern.finditer(encoded):
        start, end = match.span(1)
        start, end = characters.at(start), characters.at(end)
        if also is None or ends_a_word(text, end, also):
            yield Span(start, end)
            found += 1
            if found == MAX_PLACES:
                return
