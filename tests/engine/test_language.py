"""The language detector's pre-pass: which words say nothing about the language."""

from __future__ import annotations

import pytest

from service.engine.language import _is_noise, language_of


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
