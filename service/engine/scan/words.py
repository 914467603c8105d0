"""A text's words read by meaning: the sentences that hold an anchor word of the lexicons
(a review, a cancellation, a newsletter, a next order), each word with the word categories it
belongs to in the languages that apply, found by its Snowball stem (lexicons.yaml).

One RE2 pass finds the anchor words; only their sentences are split into words, and a word's
categories are looked up once per process and language set, so the cost stays linear in the
text and small for a message without anchors.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

import Stemmer

from service.engine.model import Span
from service.engine.scan import MAX_PLACES
from service.packs.model import Lexicons, Words

# A word: letters and digits, or a run of stars. One character class repeated has no
# ambiguity, so Python's engine reads it in linear time too, and much faster per match than
# the RE2 binding (a sentence is split into a few dozen words).
_WORD = re.compile(r"[^\W_]+|★+")
# Where a sentence ends: a full stop, question or exclamation mark before a space (not the
# dot in "4.5" or "amazon.de"), a semicolon, or a line break.
_SENTENCE_END = re.compile(r"[.!?;]+(?=\s)|[.!?;]+$|\n")
# How far a sentence reaches on either side of its anchor word, at most.
_REACH = 300
_MAX_CACHED = 100_000


@dataclass(frozen=True)
class Word:
    span: Span
    form: str  # as written
    categories: frozenset[str]


@dataclass(frozen=True)
class Sentence:
    span: Span
    words: tuple[Word, ...]
    # category -> the indexes of its words, in order
    index: Mapping[str, tuple[int, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, span: Span, words: tuple[Word, ...]) -> Sentence:
        index: dict[str, list[int]] = {}
        for position, word in enumerate(words):
            for category in word.categories:
                index.setdefault(category, []).append(position)
        return cls(span, words, {c: tuple(found) for c, found in index.items()})

    def has(self, category: str) -> bool:
        """Whether a word of this category is in the sentence."""
        return category in self.index

    def positions(self, category: str) -> tuple[int, ...]:
        """The indexes of the words of this category."""
        return self.index.get(category, ())


class _Stemmers(threading.local):
    """PyStemmer's stemmers keep state, so each thread has its own."""

    def __init__(self) -> None:
        self.by_name: dict[str, Stemmer.Stemmer] = {}

    def stem(self, algorithm: str, word: str) -> str:
        stemmer = self.by_name.get(algorithm)
        if stemmer is None:
            stemmer = self.by_name[algorithm] = Stemmer.Stemmer(algorithm)
        stem: str = stemmer.stemWord(word)
        return stem


_stemmers = _Stemmers()
_categories_cache: dict[tuple[str, tuple[str, ...]], frozenset[str]] = {}


def categories_of(
    word: str, lexicons: Mapping[str, Words], languages: tuple[str, ...]
) -> frozenset[str]:
    """The word categories of a lower-case word in any of these languages: by its form, by
    its stem, and in a compounding language by a stem its own stem ends with."""
    key = (word, languages)
    found = _categories_cache.get(key)
    if found is not None:
        return found
    categories: set[str] = set()
    for language in languages:
        words = lexicons.get(language)
        if words is None:
            continue
        categories |= words.forms.get(word, frozenset())
        stem = _stemmers.stem(words.stemmer, word)
        categories |= words.stems.get(stem, frozenset())
        for head, head_categories in words.heads.items():
            if len(stem) > len(head) and stem.endswith(head):
                categories |= head_categories
    if len(_categories_cache) >= _MAX_CACHED:
        _categories_cache.clear()
    found = _categories_cache[key] = frozenset(categories)
    return found


def _sentence_span(text: str, position: int) -> Span:
    """The sentence around a position, at most _REACH characters either side."""
    start = max(position - _REACH, 0)
    for end in _SENTENCE_END.finditer(text, start, position):
        start = end.end()
    stop = min(position + _REACH, len(text))
    end_mark = _SENTENCE_END.search(text, position, stop)
    return Span(start, end_mark.start() if end_mark else stop)


def sentence(text: str, span: Span, lexicons: Lexicons, languages: tuple[str, ...]) -> Sentence:
    """A stretch of text as a sentence of classified words."""
    words = tuple(
        Word(
            Span(span.start + m.start(), span.start + m.end()),
            m.group(0),
            categories_of(m.group(0).lower(), lexicons.words, languages),
        )
        for m in _WORD.finditer(text[span.start : span.end])
    )
    return Sentence.of(span, words)


def anchored_sentences(
    text: str, lexicons: Lexicons, languages: tuple[str, ...]
) -> Iterator[Sentence]:
    """The sentences holding an anchor word, in order, the first MAX_PLACES of them."""
    if lexicons.anchors is None:
        return
    done, count = -1, 0
    for match in lexicons.anchors.finditer(text):
        # The match may start with the character before the word: its last one is inside it.
        position = match.end() - 1
        if position < done:
            continue
        span = _sentence_span(text, position)
        done = span.end
        found = sentence(text, span, lexicons, languages)
        if any(word.categories for word in found.words):
            yield found
            count += 1
            if count == MAX_PLACES:
                return


def neighbour(text: str, of: Sentence, after: bool) -> Span | None:
    """The sentence just before or after one, if there is one."""
    if after:
        rest = len(text) - of.span.end
        return _sentence_span(text, of.span.end + 1) if rest > 1 else None
    return _sentence_span(text, of.span.start - 2) if of.span.start > 1 else None
