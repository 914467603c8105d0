"""What more than one group of sentence readings uses: the words of a category near a word
(near, near_in_clause, near_before, near_after, nearest_before), the distances the groups
share, whether a word is negated (negated_at), thanks in the conditional that ask (wished),
and whether a sentence asks a question (asks_question)."""

from __future__ import annotations

from collections.abc import Callable

from service.engine.model import Span
from service.engine.scan.words import Sentence

Negated = Callable[[Span], bool]

# How many words apart a rating level and its review object may stand ("a positive review",
# "avis très positif"), a change and its object ("update or remove the feedback", "Ihre
# Bewertung noch einmal überdenken"), a request and the cancellation it asks for ("Sie können
# die Bestellung auch selbst über Ihr Konto stornieren").
LEVEL_DISTANCE = 2
CHANGE_DISTANCE = 4
REQUEST_DISTANCE = 9
# "If you need to cancel, ...": the buyer's choice, not a request; "if you are satisfied": a
# condition on the review ("si tiene un momento, nos encantaría": five words apart, is none).
CONDITION_DISTANCE = 4


def near(sentence: Sentence, position: int, category: str, distance: int) -> int | None:
    """A word of the category at most `distance` words from the word at position."""
    for other in sentence.positions(category):
        if other != position and abs(other - position) <= distance:
            return other
    return None


def near_in_clause(sentence: Sentence, position: int, category: str, distance: int) -> int | None:
    """A word of the category at most `distance` words from the word at position, in its
    clause (no comma, colon, semicolon or dash between: Sentence.joined)."""
    for other in sentence.positions(category):
        if (
            other != position
            and abs(other - position) <= distance
            and sentence.joined(other, position)
        ):
            return other
    return None


def near_before(sentence: Sentence, position: int, category: str, distance: int) -> int | None:
    """A word of the category at most `distance` words before the word at position."""
    for other in sentence.positions(category):
        if position - distance <= other < position:
            return other
    return None


def near_after(sentence: Sentence, position: int, category: str, distance: int) -> int | None:
    """A word of the category at most `distance` words after the word at position."""
    for other in sentence.positions(category):
        if position < other <= position + distance:
            return other
    return None


def nearest_before(sentence: Sentence, position: int, category: str, distance: int) -> int | None:
    """The word of the category nearest before the word at position, at most `distance` words
    before it."""
    found = [
        other for other in sentence.positions(category) if position - distance <= other < position
    ]
    return found[-1] if found else None


def negated_at(sentence: Sentence, negated: Negated, position: int) -> bool:
    return negated(sentence.between(position))


def wished(sentence: Sentence, thanks: int) -> bool:
    """Thanks in the conditional, which ask for what they thank for: "we would be grateful for
    a review" (the helper at most three words before)."""
    return near_before(sentence, thanks, "conditional", 3) is not None


def asks_question(sentence: Sentence) -> bool:
    """Whether the sentence asks a question ("Avez-vous publié votre avis ?", "Did you cancel
    the order?")."""
    return "?" in sentence.text[sentence.span.start : sentence.span.end + 1]
