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


def spans(pattern: re2._Regexp, text: str, also: str | None = "_") -> Iterator[Span]:
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
