"""engine.scan.resemblance: how the wording model reads a text (its words and pairs of words)
and scores it, on a small model written out here."""

from __future__ import annotations

import pytest

from service.engine.scan.resemblance import MAX_SENTENCES, features, scores, sentences
from service.packs.model import WordingModel, pack_weights


def words(text: str) -> set[bytes]:
    return {feature for feature in features(text) if isinstance(feature, bytes)}


def pairs(text: str) -> set[tuple[bytes, bytes]]:
    return {feature for feature in features(text) if isinstance(feature, tuple)}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Bewertungen", {b"bewert"}, id="a-word-is-its-first-six-letters"),
        pytest.param("Leave a REVIEW", {b"leave", b"a", b"review"}, id="lower-cased"),
        pytest.param("Évaluez réduction", {b"evalue", b"reduct"}, id="accents-dropped"),
        pytest.param("reduction réduction", {b"reduct"}, id="typed-without-accents-alike"),
        pytest.param("Größe", {b"grose"}, id="sharp-s-read-as-s"),
        pytest.param("cœur Œuvre coeur", {b"coeur", b"oeuvre"}, id="oe-ligature-read-as-oe"),
        pytest.param("10% 5 2026", {b"00%", b"0", b"0000"}, id="digits-alike"),
        pytest.param("€5 £5 $5", {b"$0"}, id="currency-signs-alike"),
        pytest.param("«café» — “ok”…", {b"cafe", b"ok"}, id="punctuation-separates"),
        pytest.param("Спасибо, review", {b"review"}, id="other-scripts-separate"),
        pytest.param("> Can I cancel?\nThanks", {b"thanks"}, id="quoted-lines-left-out"),
        pytest.param("", set(), id="nothing"),
    ],
)
def test_words(text: str, expected: set[bytes]) -> None:
    assert words(text) == expected


def test_pairs_are_neighbours_in_order_once_each() -> None:
    assert pairs("leave a review, leave a review") == {
        (b"leave", b"a"),
        (b"a", b"review"),
        (b"review", b"leave"),
    }


RULES = ("content.review_request_misplaced", "content.cancel_request")


def row(*weights: float) -> int:
    return pack_weights([round(weight * 100) for weight in weights])


MODEL = WordingModel(
    rules=RULES,
    bias=(-0.5, -0.5),
    threshold=0.3,
    weights={
        b"review": row(0.5, 0.0),
        (b"leave", b"a"): row(0.4, -0.1),
        b"cancel": row(0.0, 0.9),
        b"not": row(-0.2, -0.6),
    },
    scale=100,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Please leave a review.", (0.4, -0.6), id="bias-plus-weights"),
        pytest.param("Review, review, review!", (0.0, -0.5), id="a-feature-counts-once"),
        pytest.param("Do not cancel.", (-0.7, -0.2), id="negative-weights"),
        pytest.param("Your parcel is on its way.", (-0.5, -0.5), id="no-feature-known"),
    ],
)
def test_scores(text: str, expected: tuple[float, float]) -> None:
    found = scores(MODEL, text)
    assert list(found) == list(RULES)
    assert [round(score, 6) for score in found.values()] == list(expected)


def said(text: str) -> list[tuple[str, list[float]]]:
    """Each sentence the model reads, as its text, with each rule's weight."""
    return [
        (text[span.start : span.end], [weight / MODEL.scale for weight in sums])
        for span, sums in sentences(MODEL, text)
    ]


def test_each_sentence_is_weighed_for_every_rule() -> None:
    text = "Thanks for your order.  Please leave a review!\nWe do not cancel orders."
    assert said(text) == [
        ("Thanks for your order.", [0.0, 0.0]),
        ("Please leave a review!", [0.9, -0.1]),
        ("We do not cancel orders.", [-0.2, 0.3]),
    ]


def test_a_line_quoted_from_the_buyer_is_not_weighed() -> None:
    text = "> Can I leave a review? I want to.\nThanks, we do not cancel."
    assert said(text) == [("Thanks, we do not cancel.", [-0.2, 0.3])]


def test_a_sentence_that_starts_with_a_quote_mark_inside_a_line_is_weighed() -> None:
    text = "As you say: >> leave a review."
    assert said(text) == [(text, [0.9, -0.1])]


def test_at_most_max_sentences_are_weighed() -> None:
    text = "Fine. " * (MAX_SENTENCES + 5)
    assert len(sentences(MODEL, text)) == MAX_SENTENCES


def test_a_text_without_a_sentence_has_none() -> None:
    assert sentences(MODEL, " \n ") == []
