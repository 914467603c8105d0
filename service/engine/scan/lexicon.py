"""Where a lexicon's phrases stand in a text (the patterns are compiled by the pack loader)."""

from __future__ import annotations

import re2

from service.engine.model import Span
from service.engine.scan import MAX_PLACES, ends_a_word

# A match cut out of a longer word hides the phrases that start inside it: its stretch is
# searched again, this far past its end (longer than any phrase), for at most _MAX_CUT
# matches per text, so the work stays linear and bounded.
_REACH = 300
_MAX_CUT = 200


def phrases(pattern: re2._Regexp, text: str) -> list[Span]:
    """Where a lexicon pattern's phrase (group 1) stands, not cut out of a longer word, the
    first MAX_PLACES of them. A match cut out of a word is searched past from its start, not
    from its end: "nächsten Einkauf schenken wir Ihnen einen Rabattcode" holds "Rabattcode",
    although the longer phrase ending in "Rabatt" is cut out of it."""
    found: list[Span] = []
    cut = 0
    stretches = [(0, len(text))]
    while stretches and len(found) < MAX_PLACES:
        low, high = stretches.pop()
        # The first stretch is the text; any later one starts right after a cut match's
        # first letter, where "^" would match inside a word: a phrase must not start there.
        window = text if (low, high) == (0, len(text)) else text[low : high + _REACH]
        for match in pattern.finditer(window):
            start, end = (low + offset for offset in match.span(1))
            if start >= high or (start > 0 and text[start - 1].isalnum() and start == low):
                continue
            if ends_a_word(text, end):
                found.append(Span(start, end))
                if len(found) == MAX_PLACES:
                    break
            elif cut < _MAX_CUT:
                cut += 1
                stretches.append((start + 1, low + match.end()))
    return sorted(found, key=lambda span: (span.start, span.end))
