"""How much a message reads like one the wording rules forbid: a linear model over its words
(the pack's wording model, trained on the labelled corpora and the reading tables by
tests/corpus/train.py).

A word is read as its first six letters, lower-cased and without accents ("Bewertungen" and
"bewertung" are "bewert", "réduction" and "reduction" "reduct"): a stemmer for every language
at once, so the model needs no language detected and a message in two languages is read
whole. The features are those words and each pair of neighbours; a rule's score is its bias
plus the weights of the features the text has. Training and checking both build features
here, so they cannot read a text differently.

The text is read as Latin-1 bytes through one byte table for case, accents and separators,
all in C: a fraction of what Unicode normalisation or a pattern would cost. Latin-1 holds the
five languages' letters but French œ and Ÿ: œ is read as "oe" ("cœur" as "coeur", as it is
often typed), Ÿ (in a few place names) separates words like any character Latin-1 lacks.
Linear in the text; a feature costs a look-up.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from itertools import chain, pairwise
from operator import itemgetter

from service.engine.model import Span
from service.engine.scan import quoted
from service.packs.model import WordingModel, unpack_sum

# A word's first six bytes stand for it (itemgetter: a slice in C, not in a comprehension).
_PREFIX = itemgetter(slice(0, 6))
# How many sentences of a field are weighed, at most, to find where a finding points.
MAX_SENTENCES = 1_000
# A line, and a sentence in it (up to its end marks), for finding the one that weighs most.
_LINE = re.compile(r"[^\n]+")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def _latin_1_table() -> bytes:
    """The byte table that reads a text's Latin-1 bytes as words: letters lower-cased and
    without their accents (É and é become e, ß s), digits 0 (each number reads alike), % and
    $ (€ is read as $, £ is Latin-1) kept; every other byte, and a character Latin-1 lacks
    (encoded as ?), separates words."""
    table = bytearray(b" " * 256)
    for code in range(256):
        base = unicodedata.normalize("NFKD", chr(code))[:1].lower()
        if base.isascii() and base.isalpha():
            table[code] = ord(base)
    table[ord("ß")] = ord("s")
    table[ord("£")] = ord("$")
    for kept in "%$":
        table[ord(kept)] = ord(kept)
    for digit in "0123456789":
        table[ord(digit)] = ord("0")
    return bytes(table)


_TABLE = _latin_1_table()


def _said(text: str) -> str:
    """The text without the lines quoted from the buyer ("> ..."): not the seller's words."""
    if ">" not in text:
        return text
    return "\n".join(line for line in text.split("\n") if not quoted(line))


def features(text: str) -> Iterable[bytes | tuple[bytes, bytes]]:
    """The features of a text: each word (as its first six bytes, accents dropped) and each
    pair of neighbouring words, once each; lines quoted from the buyer left out."""
    return _features(_said(text))


def _features(text: str) -> Iterable[bytes | tuple[bytes, bytes]]:
    latin_1 = (
        text.replace("€", "$").replace("œ", "oe").replace("Œ", "Oe").encode("latin-1", "replace")
    )
    words = list(map(_PREFIX, latin_1.translate(_TABLE).split()))
    return chain(set(words), set(pairwise(words)))


def scores(model: WordingModel, text: str) -> dict[str, float]:
    """Each rule's score for a text: above model.threshold, the model takes the text for one
    that breaks the rule."""
    sums = _sums(model, features(text))
    return {
        rule: bias + weights / model.scale
        for rule, bias, weights in zip(model.rules, model.bias, sums, strict=True)
    }


def _sums(model: WordingModel, found: Iterable[bytes | tuple[bytes, bytes]]) -> list[int]:
    """Each rule's sum of the weights of these features (in units of 1/model.scale)."""
    # A packed int is never 0 (pack_weights), so filter() drops only the unknown features.
    rows = list(filter(None, map(model.weights.get, found)))
    return unpack_sum(sum(rows), len(rows), len(model.rules))


def sentences(model: WordingModel, text: str) -> list[tuple[Span, list[int]]]:
    """Each sentence of a text that is not on a line quoted from the buyer, with each rule's
    sum of its features' weights: where a finding of the model points (the sentence that
    weighs most for its rule). Worked out only for a text the model reported on, once for
    all its rules, and for its first MAX_SENTENCES sentences: a hostile 100 KB of "a. a. a."
    cost 250 ms weighed whole; the finding stands all the same, its place is looked for there."""
    found: list[tuple[Span, list[int]]] = []
    for line in _LINE.finditer(text):
        if quoted(line.group()):
            continue
        for sentence in _SENTENCE.finditer(text, line.start(), line.end()):
            words = sentence.group()
            said = words.strip()
            if said:
                start = sentence.start() + len(words) - len(words.lstrip())
                found.append((Span(start, start + len(said)), _sums(model, _features(said))))
                if len(found) == MAX_SENTENCES:
                    return found
    return found
