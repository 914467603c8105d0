"""The review rules: review manipulation and review requests
outside the review_request reason; one table per rule (rows: tests/engine/rows.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.rows import (
    ALLOW,
    REJECT,
    REVIEW_REQUEST,
    ROW_NAMES,
    WARRANTY,
    Seen,
    assert_row,
    finding,
    row,
)

# --- amazon.content.review_manipulation ----------------------------------------------------

MANIPULATION = "amazon.content.review_manipulation"
MISPLACED = "amazon.content.review_request_misplaced"


def manipulation(text: str, **kwargs: Any) -> Seen:
    return finding(MANIPULATION, text, **kwargs)


def misplaced(text: str, **kwargs: Any) -> Seen:
    return finding(MISPLACED, text, **kwargs)


REVIEW_MANIPULATION_ROWS = [
    # On the review_request reason, so that only manipulation is reported.
    row(
        "amazon.content.review_manipulation-de-five-stars",
        "Wir freuen uns über eine 5-Sterne-Bewertung.",
        REJECT,
        [manipulation("5-Sterne")],
        **REVIEW_REQUEST,
    ),
    row(
        "amazon.content.review_manipulation-de-positive-review",
        "Über eine positive Bewertung würden wir uns freuen.",
        REJECT,
        [manipulation("positive Bewertung")],
        **REVIEW_REQUEST,
    ),
    row(
        "amazon.content.review_manipulation-de-incentive",
        "Für Ihre Bewertung erhalten Sie einen Gutschein.",
        REJECT,
        [manipulation("Bewertung erhalten Sie einen Gutschein")],
        **REVIEW_REQUEST,
    ),
    row(
        "amazon.content.review_manipulation-de-only-satisfied-buyers",
        "Wenn Sie zufrieden sind, bewerten Sie uns bitte.",
        REJECT,
        [manipulation("Wenn Sie zufrieden sind, bewerten")],
        **REVIEW_REQUEST,
    ),
    row(
        "amazon.content.review_manipulation-de-change-review",
        "Bitte ändern Sie Ihre Bewertung.",
        REJECT,
        [manipulation("ändern Sie Ihre Bewertung")],
        **REVIEW_REQUEST,
    ),
    row(
        "amazon.content.review_manipulation-de-delete-review",
        "Könnten Sie Ihre Rezension löschen?",
        REJECT,
        [manipulation("Rezension löschen")],
        **REVIEW_REQUEST,
    ),
    row(
        "amazon.content.review_manipulation-en-five-star-on-amazon-de",
        "Please leave a 5-star review.",
        REJECT,
        [manipulation("5-star")],
        **REVIEW_REQUEST,
    ),
    row(
        "amazon.content.review_manipulation-en-gift-card-for-review",
        "We send a gift card for every review.",
        REJECT,
        [manipulation("gift card for every review")],
        **REVIEW_REQUEST,
        marketplace="UK",
    ),
    row(
        "amazon.content.review_manipulation-en-only-if-happy",
        "If you are happy, please leave us feedback.",
        REJECT,
        [manipulation("If you are happy, please leave us feedback")],
        **REVIEW_REQUEST,
        marketplace="UK",
    ),
    row(
        "amazon.content.review_manipulation-en-contact-us-first",
        "Please contact us first before leaving a negative review.",
        REJECT,
        [manipulation("contact us first before")],
        **REVIEW_REQUEST,
        marketplace="UK",
    ),
    row(
        "amazon.content.review_manipulation-fr-five-stars",
        "Un avis 5 étoiles nous aiderait.",
        REJECT,
        [manipulation("5 étoiles")],
        **REVIEW_REQUEST,
        marketplace="FR",
    ),
    row(
        "amazon.content.review_manipulation-fr-change-review",
        "Pourriez-vous modifier votre avis ?",
        REJECT,
        [manipulation("modifier votre avis")],
        **REVIEW_REQUEST,
        marketplace="FR",
    ),
    row(
        "amazon.content.review_manipulation-it-positive-review",
        "Una recensione positiva ci aiuterebbe.",
        REJECT,
        [manipulation("recensione positiva")],
        **REVIEW_REQUEST,
        marketplace="IT",
    ),
    row(
        "amazon.content.review_manipulation-it-remove-review",
        "Potrebbe rimuovere la sua recensione?",
        REJECT,
        [manipulation("rimuovere la sua recensione")],
        **REVIEW_REQUEST,
        marketplace="IT",
    ),
    row(
        "amazon.content.review_manipulation-es-five-stars",
        "Una valoración de 5 estrellas nos ayudaría.",
        REJECT,
        [manipulation("5 estrellas")],
        **REVIEW_REQUEST,
        marketplace="ES",
    ),
    row(
        "amazon.content.review_manipulation-es-delete-review",
        "¿Podría eliminar su reseña?",
        REJECT,
        [manipulation("eliminar su reseña")],
        **REVIEW_REQUEST,
        marketplace="ES",
    ),
    row(
        "amazon.content.review_manipulation-neutral-review-request-allowed",
        "Wie zufrieden waren Sie? Wir freuen uns über Ihre Bewertung.",
        ALLOW,
        [],
        **REVIEW_REQUEST,
    ),
]


@pytest.mark.parametrize(ROW_NAMES, REVIEW_MANIPULATION_ROWS)
def test_review_manipulation(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


# --- amazon.content.review_request_misplaced -----------------------------------------------

REVIEW_REQUEST_MISPLACED_ROWS = [
    row(
        "amazon.content.review_request_misplaced-de-review-ask-outside-review-request",
        "Wir freuen uns über Ihre Bewertung.",
        REJECT,
        [misplaced("freuen uns über Ihre Bewertung")],
    ),
    row(
        "amazon.content.review_request_misplaced-de-rate-the-article",
        "Bitte bewerten Sie den Artikel.",
        REJECT,
        [misplaced("bewerten Sie den Artikel")],
    ),
    row(
        "amazon.content.review_request_misplaced-en-leave-a-review",
        "Please leave a review.",
        REJECT,
        [misplaced("leave a review")],
        marketplace="UK",
    ),
    row(
        "amazon.content.review_request_misplaced-en-would-you-mind",
        "Would you mind leaving a review?",
        REJECT,
        [misplaced("Would you mind leaving")],
        marketplace="UK",
    ),
    row(
        "amazon.content.review_request_misplaced-fr-leave-a-review",
        "Laissez un avis sur le produit.",
        REJECT,
        [misplaced("Laissez un avis")],
        marketplace="FR",
    ),
    row(
        "amazon.content.review_request_misplaced-it-leave-a-review",
        "Lasci una recensione, grazie.",
        REJECT,
        [misplaced("Lasci una recensione")],
        marketplace="IT",
    ),
    row(
        "amazon.content.review_request_misplaced-es-leave-a-review",
        "Deje una reseña, gracias.",
        REJECT,
        [misplaced("Deje una reseña")],
        marketplace="ES",
    ),
    # Asking to change or remove a review is asking for a review too.
    row(
        "amazon.content.review_request_misplaced-change-ask-counts",
        "Please update your review.",
        REJECT,
        [manipulation("update your review"), misplaced("update your review")],
        marketplace="UK",
    ),
    row(
        "amazon.content.review_request_misplaced-remove-ask-counts",
        "Könnten Sie Ihre Rezension löschen?",
        REJECT,
        [manipulation("Rezension löschen"), misplaced("Rezension löschen")],
    ),
    row(
        "amazon.content.review_request_misplaced-not-on-review-request",
        "Wir freuen uns über Ihre Bewertung.",
        ALLOW,
        [],
        **REVIEW_REQUEST,
    ),
    row(
        "amazon.content.review_request_misplaced-on-warranty",
        "Bitte bewerten Sie den Artikel.",
        REJECT,
        [misplaced("bewerten Sie den Artikel")],
        **WARRANTY,
    ),
    row(
        "amazon.content.review_request_misplaced-no-review-wording",
        "Der Artikel wird morgen versendet.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.review_request_misplaced-de-imperative-hinterlassen",
        "Hinterlassen Sie uns gerne eine Bewertung.",
        REJECT,
        [misplaced("Hinterlassen Sie uns gerne eine Bewertung")],
    ),
    row(
        "amazon.content.review_request_misplaced-fr-laissez-nous",
        "Laissez-nous un avis.",
        REJECT,
        [misplaced("Laissez-nous un avis")],
        marketplace="FR",
    ),
    row(
        "amazon.content.review_request_misplaced-es-dejenos",
        "Déjenos una reseña.",
        REJECT,
        [misplaced("Déjenos una reseña")],
        marketplace="ES",
    ),
    row(
        "amazon.content.review_request_misplaced-en-consider-leaving",
        "Please consider leaving feedback.",
        REJECT,
        [misplaced("consider leaving feedback")],
        marketplace="UK",
    ),
]


@pytest.mark.parametrize(ROW_NAMES, REVIEW_REQUEST_MISPLACED_ROWS)
def test_review_request_misplaced(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)
