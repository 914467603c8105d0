"""The lexicons file: the shipped one loads, and a broken copy stops start-up with a PackError
that names the broken category and language."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

import pytest
import yaml

from service.engine.scan.lexicon import phrases
from service.engine.scan.words import categories_of
from service.packs import PackError
from service.packs.loader import PACKS_DIR, compile_lexicons

SHIPPED = PACKS_DIR / "amazon" / "lexicons.yaml"


@pytest.fixture(scope="module")
def shipped() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    return data


def test_the_shipped_lexicons_cover_the_five_languages(shipped):
    lexicons = compile_lexicons(shipped)
    assert set(lexicons.phrases) == {"de", "en", "fr", "it", "es"}


@pytest.mark.parametrize(
    ("category", "text", "matches"),
    [
        pytest.param("phone_words", "Telefon: ", True, id="phone_words-inside-a-word"),
        pytest.param("identifier_words", "Rechnung Nr. ", True, id="identifier_words-invoice"),
        pytest.param("identifier_words", "Hallo ", False, id="identifier_words-a-greeting"),
        pytest.param("negation", "we do not need", True, id="negation-english"),
        pytest.param("negation", "keinen Gutscheincode", True, id="negation-german-inflected"),
        pytest.param("negation", "a notebook stand", False, id="negation-not-inside-a-word"),
        pytest.param("negation", "nothing to cancel", True, id="negation-nothing"),
        pytest.param("not_a_negation", "n'hésitez pas", True, id="not_a_negation-french"),
        pytest.param("not_a_negation", "why not visit", True, id="not_a_negation-why-not"),
        pytest.param("not_a_negation", "perché non passi", True, id="not_a_negation-italian"),
        pytest.param("not_an_offer", "the voucher you mentioned", True, id="not_an_offer-buyer"),
        pytest.param(
            "not_an_offer", "der Gutschein ist abgelaufen", True, id="not_an_offer-expired"
        ),
        pytest.param("not_an_offer", "i buoni gestiti da Amazon", True, id="not_an_offer-amazon"),
        pytest.param("not_an_offer", "RV: cupón", True, id="not_an_offer-reply-subject"),
        pytest.param("not_an_offer", "use our coupon", False, id="not_an_offer-an-offer"),
        pytest.param("thanked_for", "merci beaucoup pour votre ", True, id="thanked_for-french"),
        pytest.param("thanked_for", "gracias por su ", True, id="thanked_for-spanish"),
        pytest.param(
            "thanked_for", "thanks for your review, a ", False, id="thanked_for-not-right-before"
        ),
        # RE2's \b is ASCII's: a word that ends or starts with an accented letter has none
        pytest.param(
            "buyer_asked",
            "Vous nous avez demandé si vous pouviez payer par ",
            True,
            id="buyer_asked-french-accented-participle",
        ),
        pytest.param(
            "buyer_asked", "Nos preguntó si podía pagar por ", True, id="buyer_asked-preguntó"
        ),
        pytest.param(
            "not_a_payment", "wird über Amazon abgewickelt", True, id="not_a_payment-über-amazon"
        ),
        pytest.param(
            "not_a_payment", "únicamente amazon tiene", False, id="not_a_payment-no-verb-after"
        ),
        pytest.param(
            "payment_agreed", "Das geht leider nicht", False, id="payment_agreed-das-geht-nicht"
        ),
        pytest.param(
            "payment_agreed", "Das geht, schicken Sie", True, id="payment_agreed-das-geht"
        ),
    ],
)
def test_context_patterns_read_every_language(shipped, category, text, matches):
    pattern = compile_lexicons(shipped).contexts[category]
    assert bool(pattern.search(text)) is matches


@pytest.mark.parametrize(
    ("language", "word", "category", "belongs"),
    [
        pytest.param("de", "Bewertungen", "review_object", True, id="stem-plural"),
        pytest.param("de", "Kundenbewertungen", "review_object", True, id="compound-head"),
        pytest.param("de", "Bewertungsbogen", "review_object", False, id="compound-not-at-the-end"),
        pytest.param("de", "nächsten", "next", True, id="exact-form"),
        pytest.param("de", "nach", "next", False, id="exact-form-not-its-stem"),
        pytest.param("de", "and", "change", False, id="short-stem-counts-only-as-written"),
        pytest.param("de", "ändern", "change", True, id="short-stem-as-written"),
        pytest.param("es", "reseñas", "review_object", True, id="stem-spanish"),
        pytest.param("fr", "évaluations", "review_object", True, id="stem-french"),
        pytest.param("it", "recensioni", "review_object", True, id="stem-italian"),
        pytest.param("en", "reviewed", "review_object", True, id="stem-english"),
        pytest.param("en", "rate", "review_object", False, id="rating-only-as-written"),
        pytest.param("de", "Sternchen", "review_stars", True, id="diminutive-stars"),
        pytest.param("es", "hundiendo", "pressure", True, id="pressure-gerund"),
        pytest.param("it", "regaliamo", "incentive", True, id="incentive-as-a-verb"),
        pytest.param("de", "Verlosung", "incentive", True, id="incentive-prize-draw"),
        pytest.param("de", "Bewertungsverkäufer", "rate", False, id="verbs-head-no-compound"),
    ],
)
def test_words_belong_by_stem_form_and_compound_head(shipped, language, word, category, belongs):
    words = compile_lexicons(shipped).words
    assert (category in categories_of(word, words, (language,))) is belongs


def _without(category: str) -> Callable[[dict[str, Any]], None]:
    return lambda data: data.pop(category)


def _set(category: str, language: Any, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        data[category][language] = value

    return change


@pytest.mark.parametrize(
    ("breaks", "named"),
    [
        pytest.param(lambda d: d.update(slogans={"en": ["x"]}), "categories must be", id="unknown"),
        pytest.param(_without("negation"), "missing negation", id="missing-context"),
        pytest.param(_set("marketing", "english", ["x"]), "marketing.english", id="language"),
        pytest.param(_set("coupon", "de", "rabatt"), "coupon.de", id="not-a-list"),
        pytest.param(_set("cancel_request", "fr", ["(?<=x)y"]), "cancel_request.fr", id="no-re2"),
        pytest.param(_set("negation", "de", ["(?<!x)y"]), "negation", id="context-no-re2"),
        pytest.param(_set("incentive", "de", ["zwei wörter"]), "incentive.de", id="not-one-word"),
        pytest.param(lambda d: d["incentive"].update(nl=["korting"]), "nl", id="no-stemmer"),
        pytest.param(_set("marketing", "en", ["отзыв"]), "marketing.en: 'о'", id="not-latin"),
        pytest.param(_set("marketing", "fr", ["ok", "avis σ"]), "marketing.fr", id="not-latin-2"),
        # The screen reads a text after a line break (model.Lexicon), where "^" never matches.
        pytest.param(_set("coupon", "en", ["^discount"]), r"coupon\.en: '\^'", id="text-start"),
    ],
)
def test_broken_lexicons_are_a_pack_error_naming_the_entry(shipped, breaks, named):
    data = copy.deepcopy(shipped)
    breaks(data)
    with pytest.raises(PackError, match=named):
        compile_lexicons(data)


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        # \w is a letter of the Latin script, accented or not, or a digit or "_" ...
        pytest.param("our café tips", True, id="accented"),
        pytest.param("our straße tips", True, id="sharp-s"),
        pytest.param("our łódź tips", True, id="polish"),
        pytest.param("our 24h tips", True, id="digits"),
        pytest.param("our отзыв tips", False, id="a-word-of-another-script-is-none"),
        # ... and the boundary before a phrase is any other character.
        pytest.param("contour tips", False, id="inside-a-word"),
        pytest.param("détour tips", False, id="inside-an-accented-word"),
        pytest.param("«our tips»", True, id="after-a-quotation-mark"),
    ],
)
def test_a_word_character_is_latin(tips, text, matches):
    """Every lexicon is in Latin script, and a phrase's \\w and boundary read Latin letters
    (service.packs.loader._WORD_CHARACTER): a class of every script's compiled many times
    larger."""
    assert bool(phrases(tips, text)) is matches


@pytest.fixture(scope="module")
def tips(shipped) -> Any:
    """English marketing as one phrase with a word character and a boundary."""
    data = copy.deepcopy(shipped)
    data["marketing"] = {**data["marketing"], "en": [r"our (?:\w+ )?tips"]}
    return compile_lexicons(data).phrases["en"].patterns["marketing"]


# A word boundary beside an alternative: the group just before or after a \b, split at its
# top-level bars.
_GROUP_BEFORE = re.compile(r"\((?:\?:)?((?:[^()]|\([^()]*\))*)\)[?*]?$")
_GROUP_AFTER = re.compile(r"^\((?:\?:)?((?:[^()]|\([^()]*\))*)\)")


def _alternatives(group: str) -> list[str]:
    depth, current, parts = 0, "", []
    for char in group:
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def _accented(char: str) -> bool:
    return char.isalpha() and not char.isascii()


@pytest.mark.parametrize("platform", ["amazon", "ebay"])
def test_no_word_boundary_beside_an_accented_letter(platform):
    """RE2's \b is ASCII's: "avez demandé\b" or "\b(?:über|von)" never matches its accented
    word (a reported question, Amazon's payment went unread), so a lexicon puts none there."""
    text = (PACKS_DIR / platform / "lexicons.yaml").read_text(encoding="utf-8")
    beside = []
    for line in text.splitlines():
        for found in re.finditer(r"\\b", line):
            before, after = line[: found.start()], line[found.end() :]
            group = _GROUP_BEFORE.search(before)
            ends = [a.rstrip("?)")[-1:] for a in _alternatives(group[1])] if group else []
            group = _GROUP_AFTER.search(after)
            starts = [a.lstrip("(?:")[:1] for a in _alternatives(group[1])] if group else []
            if any(_accented(c) for c in (before[-1:], after[:1], *ends, *starts)):
                beside.append(line[max(found.start() - 30, 0) : found.end() + 30])
    assert beside == []
