"""Where a lexicon's phrases stand in a text (the patterns are compiled by the pack loader)."""

from __future__ import annotations

from collections.abc import Iterator

from service.engine.model import Span
from service.engine.scan import MAX_PLACES, Characters, byte_matches, ends_a_word, utf8
from service.packs.model import Phrases

# A match cut out of a longer word hides the phrases that start inside it: its stretch is
# searched again, this far past its end (longer than any phrase), for at most _MAX_CUT
# matches per text, so the work stays linear and bounded.
_REACH = 300
_MAX_CUT = 200


def _matches(category: Phrases, text: str) -> Iterator[tuple[int, int]]:
    """Each match's phrase (group 1, which ends the match), found as finditer finds them: a
    phrase that ends in a run (service.packs.model.Run) extended over the run's class as far
    as it goes, and the search resumed there, as the pattern with the whole run would have."""
    encoded = utf8(text)
    characters = Characters(text, encoded)
    position = 0
    while True:
        for groups in byte_matches(category.pattern, encoded, position):
            start, end = groups[1]
            run = next((run for run in category.runs if groups[run.group][0] >= 0), None)
            start, end = characters.at(start), characters.at(end)
            if run is None:
                yield start, end
                continue
            extended = run.extend.match(text[end : end + run.further]).end()
            yield start, end + extended
            if extended:
                position = groups[1][1] + len(text[end : end + extended].encode("utf-8"))
                break
        else:
            return


def phrases(pattern: Phrases, text: str) -> list[Span]:
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
        for start, end in _matches(pattern, window):
            start, end = low + start, low + end
            if start >= high or (start > 0 and text[start - 1].isalnum() and start == low):
                continue
            if ends_a_word(text, end):
                found.append(Span(start, end))
                if len(found) == MAX_PLACES:
                    break
            elif cut < _MAX_CUT:
                cut += 1
                stretches.append((start + 1, end))
    return sorted(found, key=lambda span: (span.start, span.end))
