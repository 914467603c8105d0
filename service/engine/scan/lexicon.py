"""Where a lexicon's phrases stand in a text (the patterns are compiled by the pack loader)."""

from __future__ import annotations

import re2

from service.engine.model import Span
from service.engine.scan import MAX_PLACES, ends_a_word

# How many matches cut out of a longer word are passed over before a scan gives up: each is
# searched past again from the character after its start, so the work stays bounded.
_MAX_CUT = 200


def phrases(pattern: re2._Regexp, text: str) -> list[Span]:
    """Where a lexicon pattern's phrase (group 1) stands, not cut out of a longer word, the
    first MAX_PLACES of them. A match cut out of a word is passed over from its start, not
    from its end: "nächsten Einkauf schenken wir Ihnen einen Rabattcode" holds "Rabattcode",
    although the longer phrase ending in "Rabatt" is cut out of it."""
    found: list[Span] = []
    position, cut = 0, 0
    while len(found) < MAX_PLACES and cut <= _MAX_CUT:
        match = pattern.search(text, position)
        if match is None:
            break
        start, end = match.span(1)
        if ends_a_word(text, end):
            found.append(Span(start, end))
            position = match.end()
        else:
            cut += 1
            position = start + 1
    return found
