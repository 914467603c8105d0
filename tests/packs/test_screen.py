"""A lexicon's screen (service.packs.model.Lexicon) reads counted gaps as open ones and the text
after a line break; its answer must still be exactly the categories whose own pattern (or the
language's anchor pattern) finds something in the text."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from service.packs.loader import ANCHORS, PACKS_DIR, compile_lexicons, open_ended
from service.packs.model import Lexicons
from tests.corpus.evaluate import messages

PLATFORMS = ("amazon", "ebay")


def _raw(platform: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((PACKS_DIR / platform / "lexicons.yaml").read_text())
    return data


LEXICONS = {platform: compile_lexicons(_raw(platform)) for platform in PLATFORMS}


def _truth(lexicons: Lexicons, language: str, text: str) -> list[str]:
    """The categories found by each category's own pattern, one search each."""
    lexicon = lexicons.phrases[language]
    return [
        category
        for category in dict.fromkeys(entry.category for entry in lexicon.entries)
        if (
            lexicons.anchors[language].search(text)
            if category == ANCHORS
            else lexicon.patterns[category].pattern.search(text)
        )
    ]


@pytest.mark.parametrize(
    ("source", "opened"),
    [
        pytest.param(r"a[^.!?\n]{0,60}b", r"a[^.!?\n]{0,}b", id="gap"),
        pytest.param(r"a[^.!?\n]{0,60}?b", r"a[^.!?\n]{0,}?b", id="lazy-gap"),
        pytest.param(r"a(?: \w+){1,30} b", r"a(?: \w+){1,} b", id="words"),
        pytest.param(r"a(?: \w+){0,3} b", r"a(?: \w+){0,3} b", id="a-short-gap-kept"),
        pytest.param(r"\d{2}", r"\d{2}", id="exact-count-kept"),
        pytest.param(r"a\{0,2} b", r"a\{0,2} b", id="escaped-brace-kept"),
        pytest.param(r"a[{0,2}] b", r"a[{0,2}] b", id="inside-a-class-kept"),
        pytest.param(r"a[^\]{]{0,90}b", r"a[^\]{]{0,}b", id="escaped-bracket-in-class"),
        pytest.param(r"\p{Latin}{0,40}", r"\p{Latin}{0,}", id="after-a-named-class"),
    ],
)
def test_open_ended_opens_every_long_gap(source, opened):
    assert open_ended(source, "coupon.en") == opened


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("code 12 off", True, id="within-the-count"),
        pytest.param("code 123456789012 off", False, id="beyond-the-count-is-confirmed-away"),
        pytest.param("code 12. off", False, id="not-across-a-sentence"),
        pytest.param("code 1 off and save", True, id="sure-and-opened-both"),
        pytest.param("save", True, id="sure-at-the-text-start"),
        pytest.param("unsave", False, id="not-inside-a-word"),
    ],
)
def test_a_category_only_an_opened_phrase_found_is_confirmed(text, found):
    data = copy.deepcopy(_raw("amazon"))
    data["coupon"]["en"] = [r"code[^.!?\n]{0,10}off", "save"]
    lexicon = compile_lexicons(data).phrases["en"]
    assert ("coupon" in lexicon.categories_in(text)) is found
    assert ("coupon" in lexicon.categories_in(text.encode())) is found


def test_the_confirming_search_reads_the_text_without_the_line_break():
    """A phrase that starts with a space needs one before its first word: the line break the
    screen reads first is no such space (the phrase is only at the text's start here, within
    its count, and later beyond it)."""
    data = copy.deepcopy(_raw("amazon"))
    data["coupon"]["en"] = [r" code[^.!?\n]{0,10}off"]
    lexicon = compile_lexicons(data).phrases["en"]
    assert "coupon" not in lexicon.categories_in("code 1 off. code 123456789012 off")
    assert "coupon" in lexicon.categories_in("x. code 1 off")


@pytest.mark.parametrize("platform", PLATFORMS)
def test_the_screen_answers_as_the_patterns_on_the_open_corpora(platform):
    lexicons = LEXICONS[platform]
    texts = [
        text
        for corpus in ("messages", "holdout", "ebay-tuning")
        for entry in messages(corpus)
        for text in (entry.get("subject"), entry["body"])
        if text
    ]
    for language, lexicon in lexicons.phrases.items():
        for text in texts:
            assert lexicon.categories_in(text) == _truth(lexicons, language, text), (language, text)


# Words the phrases are made of, with gaps of every length between them.
_WORDS = st.sampled_from(
    [
        "code",
        "off",
        "save",
        "your",
        "review",
        "Bewertung",
        "Rabatt",
        "gratis",
        "avis",
        "cadeau",
        "recensione",
        "reseña",
        ".",
        "!",
        "\n",
        "12",
        "%",
        "5",
        "€",
        "und",
        "and",
        "et",
        "y",
        "e",
        "stelle",
        "étoiles",
        "Sterne",
        "stars",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    platform=st.sampled_from(PLATFORMS),
    language=st.sampled_from(("en", "de", "fr", "it", "es")),
    words=st.lists(st.one_of(_WORDS, st.text(" xyzäé", max_size=70)), max_size=12),
)
def test_the_screen_answers_as_the_patterns(platform, language, words):
    lexicons = LEXICONS[platform]
    text = " ".join(words)
    assert lexicons.phrases[language].categories_in(text) == _truth(lexicons, language, text)
