"""How much a message reads like one the wording rules forbid: a linear model over its words
(the pack's wording model, trained on the labelled corpora and the reading tables by
tests/corpus/train.py).

A word is read as its first six letters, lower-cased and without accents ("Bewertungen" and
"bewertung" are "bewert", "réduction" and "reduction" "reduct"): a stemmer for every language
at once, so the model needs no language detected and a message in two languages is read
whole. The features are those words and each pair of neighbours; a rule's score is its bias
plus the weights of the features the text has. Training and checking both build features
here, so they cannot read a text differently.

The text is read as Latin-1 bytes (the five languages' letters are all in it) through one
byte table for case, accents and separators, all in C: a fraction of what Unicode
normalisation or a pattern would cost. Linear in the text; a feature costs a look-up.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from itertools import chain, pairwise
from operator import itemgetter

from service.engine.model import Span
from service.packs.model import WordingModel, unpack_sum

# A word's first six bytes stand for it (itemgetter: a slice in C, not in a comprehension).
_PREFIX = itemgetter(slice(0, 6))
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
    return "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">"))


def features(text: str) -> Iterable[bytes | tuple[bytes, bytes]]:
    """The features of a text: each word (as its first six bytes, accents dropped) and each
    pair of neighbouring words, once each."""
    latin_1 = _said(text).replace("€", "$").encode("latin-1", "replace")
    words = list(map(_PREFIX, latin_1.translate(_TABLE).split()))
    return chain(set(words), set(pairwise(words)))


def scores(model: WordingModel, text: str) -> dict[str, float]:
    """Each rule's score for a text: above model.threshold, the model takes the text for one
    that breaks the rule."""
    sums = _sums(model, text)
    return {
        rule: bias + weights / model.scale
        for rule, bias, weights in zip(model.rules, model.bias, sums, strict=True)
    }


def _sums(model: WordingModel, text: str) -> list[int]:
    """Each rule's sum of the weights of a text's features (in units of 1/model.scale)."""
    # A packed int is never 0 (pack_weights), so filter() drops only the unknown features.
    found = list(filter(None, map(model.weights.get, features(text))))
    return unpack_sum(sum(found), len(found), len(model.rules))


def weightiest_sentence(model: WordingModel, rule: str, text: str) -> tuple[float, Span]:
    """The sentence of a text whose features weigh most for a rule, and their weight: where
    a finding of the model points (never on a line quoted from the buyer). Only for a text
    the model reported on, so the cost of scoring each sentence does not fall on a message
    that passes."""
    column = model.rules.index(rule)
    best, best_score = Span(0, len(text)), float("-inf")
    for line in _LINE.finditer(text):
        if line.group().lstrip().startswith(">"):
            continue
        for sentence in _SENTENCE.finditer(text, line.start(), line.end()):
            words = sentence.group()
            if not words.strip():
                continue
            score = _sums(model, words)[column] / model.scale
            if score > best_score:
                start = sentence.start() + len(words) - len(words.lstrip())
                best, best_score = Span(start, sentence.start() + len(words.rstrip())), score
    return best_score, best
