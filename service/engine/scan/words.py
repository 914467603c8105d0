"""A text's words read by meaning: its sentences that hold an anchor word of the lexicons (a
review, a cancellation, a newsletter, a next order), each word with the word categories it
belongs to in the languages that apply, found by its Snowball stem (lexicons.yaml).

The rules call this only for a field whose lexicon screen found an anchor word
(rules/wording.py); one RE2 pass then finds the anchor words, and only their sentences are
split into words. A word's categories are looked up once per process and language set (a
bounded cache), so a sentence costs a dictionary look-up per word; where each word stands is
worked out only for a sentence a rule reports.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from typing import cast

import Stemmer

from service.engine.model import Span
from service.engine.scan import MAX_PLACES, spans
from service.packs.loader import ANCHOR_CATEGORIES, ANCHOR_COMPANIONS
from service.packs.loader import WORD as _WORD
from service.packs.model import Lexicons, Words

# How far a sentence reaches on either side of its anchor word, and how many of its words are
# read, at most: the work per sentence stays bounded whatever the text.
_REACH = 300
_MAX_WORDS = 80
_MAX_CACHED = 100_000


# The dashes that set a clause off, em and en ("we can do it faster — cancel this one"); a
# hyphen joins the words of a compound.
DASHES = "\u2014\u2013"
# What ends a clause inside a sentence: a comma, colon or semicolon, or a dash.
_CLAUSE_MARKS = ",;:" + DASHES
# What opens a list's item: a hyphen, a bullet or a dash.
_BULLETS = "-\u2022*\u00b7" + DASHES


class Sentence:
    """A sentence's words (as written) and their categories, with an index by category.

    A plain class with slots, built once per sentence read: a frozen dataclass's __init__
    sets each field through object.__setattr__, and tuples were copied from the lists. Most
    sentences built are only asked which categories they hold (whether one is anchored, which
    readings start from it), so the index of positions is built on a reading's first ask."""

    __slots__ = ("_index", "_word_starts", "categories", "forms", "present", "span", "text")

    def __init__(
        self, text: str, span: Span, forms: list[str], categories: list[frozenset[str]]
    ) -> None:
        self.text = text  # the whole field
        self.span = span
        self.forms = forms
        self.categories = categories
        # Every category a word of the sentence has: one union in C, where the index took a
        # dictionary entry and a list append per word and category.
        self.present: frozenset[str] = frozenset().union(*categories)
        self._index: dict[str, list[int]] | None = None
        self._word_starts: list[int] | None = None

    def has(self, category: str) -> bool:
        """Whether a word of this category is in the sentence."""
        return category in self.present

    def positions(self, category: str) -> Sequence[int]:
        """The positions of the words of this category."""
        index = self._index
        if index is None:
            # category -> the positions of its words, in order
            index = self._index = {}
            for position, found in enumerate(self.categories):
                for each in found:
                    index.setdefault(each, []).append(position)
        return index.get(category, ())

    def is_a(self, position: int, category: str) -> bool:
        """Whether the word at this position belongs to the category."""
        return category in self.categories[position]

    @property
    def _starts(self) -> list[int]:
        """Where each word starts: each form searched for from the end of the one before (a
        form is a whole run of word characters, and only other characters stand between two,
        so the first place it occurs there is its own). str's search in C, and ints, where
        WORD's matches and a Span for each cost about 8k instructions a word. Worked out on
        first use, only for a sentence a rule reports."""
        if self._word_starts is not None:
            return self._word_starts
        starts = []
        position = self.span.start
        find = self.text.find
        for form in self.forms:
            position = find(form, position)
            starts.append(position)
            position += len(form)
        self._word_starts = starts
        return starts

    def _end(self, position: int) -> int:
        """Where the word at this position ends."""
        return self._starts[position] + len(self.forms[position])

    def joined(self, first: int, last: int) -> bool:
        """Whether two words stand in one clause: no comma, colon, semicolon or dash between
        them ("wenn Sie mit dem Laken zufrieden waren" is one; "una volta montata, ci farebbe
        piacere" two, and so are "we can do it faster — cancel this one")."""
        low, high = sorted((first, last))
        between = self.text[self._end(low) : self._starts[high]]
        return not any(mark in between for mark in _CLAUSE_MARKS)

    def opens_clause(self, position: int) -> bool:
        """Whether a word is the first of its clause: the sentence's first word, or one after
        a comma, colon, semicolon or dash ("Bewerte das Spiel", "..., cancel this one")."""
        return position == 0 or not self.joined(position - 1, position)

    def next_to(self, position: int) -> bool:
        """Whether the word after this one follows it with only spaces between ("stornieren
        wir", not "stornieren - wir")."""
        return position + 1 < len(self.forms) and (
            self.text[self._end(position) : self._starts[position + 1]].isspace()
        )

    def set_off(self, position: int) -> bool:
        """Whether the word stands alone between commas ("stornieren, bitte, wir liefern")."""
        starts = self._starts
        before = self._end(position - 1) if position > 0 else self.span.start
        after = starts[position + 1] if position + 1 < len(starts) else self.span.end
        return (
            "," in self.text[before : starts[position]]
            and "," in self.text[self._end(position) : after]
        )

    def listed(self) -> bool:
        """Whether the sentence is a list's item: a bullet or a dash before its first word
        ("- annullare l'ordine", "• stornieren")."""
        opening = self.text[self.span.start : self._starts[0]] if self.forms else ""
        return any(mark in opening for mark in _BULLETS)

    def labelled(self, position: int) -> bool:
        """Whether a colon ends this word's clause: the words up to it are a label, what follows
        it says something of them ("- cancelling the order: no longer possible")."""
        rest = self.text[self._end(position) : self.span.end]
        ends = [i for i in (rest.find(mark) for mark in _CLAUSE_MARKS) if i >= 0]
        return bool(ends) and rest[min(ends)] == ":"

    def word_at(self, offset: int) -> int | None:
        """The position of the first word that starts at or after an offset in the text."""
        position = bisect_left(self._starts, offset)
        return position if position < len(self.forms) else None

    def between(self, *positions: int) -> Span:
        """The span from the first to the last of these words."""
        return Span(min(self._starts[p] for p in positions), max(self._end(p) for p in positions))


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
# (word lists, languages) -> word as written -> its categories. The entry holds the word lists
# themselves, so their id stays theirs while the entry lives.
_Cache = dict[str, frozenset[str]]
_categories_cache: dict[tuple[int, tuple[str, ...]], tuple[Mapping[str, Words], _Cache]] = {}


def _cache(lexicons: Mapping[str, Words], languages: tuple[str, ...]) -> _Cache:
    key = (id(lexicons), languages)
    entry = _categories_cache.get(key)
    if entry is None or len(entry[1]) >= _MAX_CACHED:
        entry = _categories_cache[key] = (lexicons, {})
    return entry[1]


def categories_of(
    word: str, lexicons: Mapping[str, Words], languages: tuple[str, ...]
) -> frozenset[str]:
    """The word categories of a word in any of these languages: by its form, by its stem, and
    in a compounding language by a stem its own stem ends with."""
    cache = _cache(lexicons, languages)
    found = cache.get(word)
    if found is None:
        found = cache[word] = _categories(word.lower(), lexicons, languages)
    return found


def _learn(word: str, lexicons: Lexicons, languages: tuple[str, ...]) -> frozenset[str]:
    return categories_of(word, lexicons.words, languages)


def _categories(
    word: str, lexicons: Mapping[str, Words], languages: tuple[str, ...]
) -> frozenset[str]:
    categories: set[str] = set()
    for language in languages:
        words = lexicons.get(language)
        if words is None:
            continue
        categories |= words.forms.get(word, frozenset())
        stem = _stemmers.stem(words.stemmer, word)
        categories |= words.stems.get(stem, frozenset())
        for head, head_categories in words.heads.items():
            if (len(stem) > len(head) and stem.endswith(head)) or (
                len(word) > len(head) and word.endswith(head)
            ):
                categories |= head_categories
    return frozenset(categories)


# A line this long (or longer) that stops mid-sentence was wrapped by the writer's mail client
# or editor, whatever the next line starts with ("würden wir uns über eine\nBewertung freuen");
# a shorter one only where the next line goes on in lower case ("Ein Ersatz geht\nmorgen").
_WRAPPED_LINE = 60


def unwrapped(text: str) -> str:
    """The text with the line breaks of hard-wrapped sentences read as spaces (offsets kept):
    a line that ends in a lower-case letter or a comma, followed by one that goes on in lower
    case, or by any word after a long line. A line ending in a full stop, colon or capital
    (a greeting, "EUR", a list's last item), a blank line, a bullet or a table row ("Qty   Price")
    still ends its sentence."""
    lines = text.split("\n")
    if len(lines) == 1:
        return text
    # One pass over the lines, each joined to the next by a space or its line break (str.find
    # and a slice per line cost about twice as much).
    pieces = []
    wrapped = False
    line = lines[0]
    for following_line in lines[1:]:
        pieces.append(line)
        end = line.rstrip()
        following = following_line[:1]
        if (
            end
            and (end[-1] == "," or end[-1].islower())
            and following.isalpha()
            and (following.islower() or (len(end) >= _WRAPPED_LINE and "   " not in end))
        ):
            pieces.append(" ")
            wrapped = True
        else:
            pieces.append("\n")
        line = following_line
    if not wrapped:
        return text
    pieces.append(line)
    return "".join(pieces)


# Where a sentence ends: a line break, or a full stop, question or exclamation mark or a
# semicolon before a space (not the dot in "4.5" or "amazon.de").
_ENDS = ("\n", ". ", "! ", "? ", "; ")


def sentence_span(text: str, position: int) -> Span:
    """The sentence around a position, at most _REACH characters either side of it.

    Each side is cut at each end in turn, by str.rpartition and str.partition: C calls that
    take their one argument as it is (find and rfind parse an argument tuple, about 2k
    instructions a call, more than their search), and each cut shortens the next search. No
    end straddles a cut: the two-character ends start with a mark and end with a space, and
    every end starts with a mark or a line break and finishes with a space or a line break."""
    first, last = max(position - _REACH, 0), position + _REACH
    before, after = text[first:position], text[position:last]
    for end in _ENDS:
        before = before.rpartition(end)[2]
        after = after.partition(end)[0]
    start, stop = position - len(before), position + len(after)
    # A date's dot goes on ("Ihre Bewertung vom 12.03. zu überdenken"): one test a side.
    while _date_dot(text, stop) and stop + 2 < last:
        rest = text[stop + 2 : last]
        for end in _ENDS:
            rest = rest.partition(end)[0]
        stop += 2 + len(rest)
    while start >= 2 and _date_dot(text, start - 2) and start - 2 > first:
        rest = text[first : start - 2]
        for end in _ENDS:
            rest = rest.rpartition(end)[2]
        start -= 2 + len(rest)
    return Span(start, stop)


def _date_dot(text: str, dot: int) -> bool:
    """Whether ". " at this index is a date's dot and no sentence's end: a digit before it, a
    lower-case word after it ("vom 12.03. im Lichte", "vom 3. bis 5. Mai"; not "Order
    12. Thanks")."""
    return (
        text.startswith(". ", dot)
        and dot > 0
        and text[dot - 1].isdigit()
        and text[dot + 2 : dot + 3].islower()
    )


# A Latin-1 character's byte as itself where it is a word character (WORD's letters and
# digits), else a space: WORD's words of a Latin-1 text without a star are what str.split
# leaves of it so translated.
_LATIN1_WORDS = bytes(
    code if _WORD.fullmatch(chr(code)) and chr(code) != "*" else ord(" ") for code in range(256)
)


def _forms(text: str, span: Span) -> list[str]:
    """The words of a stretch of text, as WORD finds them. Python's engine spends hundreds of
    instructions a character on WORD's alternation; a stretch in Latin-1 (most sentences in
    the lexicons' languages) is split by a byte translation in C instead. A star ("5*") is a
    word of its own beside a digit, which the translation cannot tell, so it goes to WORD."""
    piece = text[span.start : span.end]
    if "*" not in piece:
        try:
            return piece.encode("latin-1").translate(_LATIN1_WORDS).decode("latin-1").split()
        except UnicodeEncodeError:
            pass  # a character beyond Latin-1 ("€", "—", "★"): WORD reads it
    return _WORD.findall(piece)


def sentence(text: str, span: Span, lexicons: Lexicons, languages: tuple[str, ...]) -> Sentence:
    """A stretch of text as a sentence of classified words (at most _MAX_WORDS of them)."""
    cache = _cache(lexicons.words, languages)
    forms = _forms(text, span)[:_MAX_WORDS]
    # Each word looked up in C (map), the few not yet known then learnt one by one.
    known = list(map(cache.get, forms))
    if None in known:
        return Sentence(
            text,
            span,
            forms,
            [
                found if found is not None else _learn(form, lexicons, languages)
                for form, found in zip(forms, known, strict=True)
            ],
        )
    return Sentence(text, span, forms, cast("list[frozenset[str]]", known))


def anchored_sentences(
    text: str, lexicons: Lexicons, languages: tuple[str, ...], anchored: Iterable[str]
) -> list[Sentence]:
    """The sentences holding an anchor word of the `anchored` languages (those whose screen
    found one), in order, the first MAX_PLACES of them; their words are read in `languages`."""
    # A match may start with the character before the word: its last one is inside it.
    positions = sorted(
        span.end - 1
        for language in anchored
        for span in spans(lexicons.anchors[language], text, also=None, group=0, limit=None)
    )
    found: list[Sentence] = []
    done = -1
    for position in positions:
        if position < done:
            continue
        span = sentence_span(text, position)
        done = span.end
        read = sentence(text, span, lexicons, languages)
        if _anchored(read):
            found.append(read)
            if len(found) == MAX_PLACES:
                break
    return found


def _anchored(read: Sentence) -> bool:
    """Whether a sentence holds an anchor word: of a category that anchors alone, or of one
    with a set of its companions beside it (ANCHOR_COMPANIONS); a rating verb whose form is a
    noun too only where it may be a verb (_rating_verb)."""
    present = read.present
    return any(
        category in present
        and (
            category not in ANCHOR_COMPANIONS
            or any(
                all(companion in present for companion in companions)
                for companions in ANCHOR_COMPANIONS[category]
            )
        )
        and (category != _RATE or _NOUN_TOO not in present or _rating_verb(read))
        for category in ANCHOR_CATEGORIES
    )


# "the VAT rate of 20 %", "la valuta estera": a rating verb's form that is a noun too
# (lexicons.yaml: also_a_noun) anchors a sentence only where the reviews' readings could take
# it for the verb (rules/sentences/reviews/asks.py, _imposed): first in its clause, or with a
# request word in the sentence. Anchored anyway, an invoice's "VAT rate" sent the whole
# message through every wording rule's readings (the benchmark's invoice: 180 -> 296 us).
_RATE = "rate"
_NOUN_TOO = "also_a_noun"


def _rating_verb(read: Sentence) -> bool:
    return "request" in read.present or any(
        _RATE in found and (_NOUN_TOO not in found or read.opens_clause(at))
        for at, found in enumerate(read.categories)
    )


def neighbours(
    sentence_: Sentence, lexicons: Lexicons, languages: tuple[str, ...]
) -> list[Sentence]:
    """The sentences just before and after one, past the blanks between (an empty line, a
    paragraph's blanked markup), at most _REACH characters of them."""
    text, span = sentence_.text, sentence_.span
    around = []
    before = span.start - 1
    while before > max(span.start - _REACH, 0) and text[before].isspace():
        before -= 1
    if before > 0:
        # On the last character of the sentence before, or on the mark that ends it.
        around.append(sentence_span(text, before))
    after = following(text, span)
    if after is not None:
        around.append(after)
    return [sentence(text, other, lexicons, languages) for other in around]


def following(text: str, span: Span) -> Span | None:
    """The sentence just after a sentence's span, past the blanks between (an empty line, a
    paragraph's blanked markup), at most _REACH characters of them; None at the text's end."""
    after = span.end + 1
    while after < min(span.end + _REACH, len(text)) and text[after].isspace():
        after += 1
    return sentence_span(text, after) if after < len(text) else None
