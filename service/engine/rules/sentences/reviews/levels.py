"""Rating levels: a high and a low level side by side, which steer nobody (neutral,
both_ways); a top level beside a review (top_level), the top rating stars are given at
(stars_level, deserved_count), a score shown, no level asked (score); a perfect score or a top
mark named by its honours (perfect_score, honours), stars that rank a hotel or restaurant
(lodged), and a top level in a sentence of its own (level_alone)."""

from __future__ import annotations

from service.engine.rules.sentences.nearby import (
    CHANGE_DISTANCE,
    LEVEL_DISTANCE,
    near,
    near_after,
    near_before,
)
from service.engine.rules.sentences.reviews.shared import product_line
from service.engine.scan.words import Sentence

# An aim a perfect score is named as, a few words from it: "10/10 - das ist unser Ziel".
_AIM_DISTANCE = 4
# An average a few words before the level shown: "una media di 4,7 stelle".
_AVERAGE_DISTANCE = 4
# "positive or negative", "positive as well as negative": a high and a low level this close
# name both ways.
_EITHER_WAY_DISTANCE = 4


def neutral(sentence: Sentence, level: int | None = None) -> bool:
    """An honest review, positive or negative: nothing steers the buyer. A low word right
    after a level is no level of its own ("a positive one", "a 5-star one"). A level asked
    for is steered unless the pair stands in its clause ("Positive and negative reviews both
    help us, but a 5-star one helps most")."""
    return sentence.has("neutral") or _either_way(sentence, level)


def _either_way(sentence: Sentence, level: int | None = None) -> bool:
    """A high and a low level side by side in one clause: "positive or negative", "buena o
    mala" (not the greeting's "Guten" before "keine schlechte Bewertung", nor "no negative
    feedback, and full marks": one level avoided, the other asked for), "or" just or one
    word before a low one after any other word ("ob gut oder schlecht", "oder eher
    mittelmäßig"; not "a bad or negative review"), or a low and a high number of stars
    (_star_range); in the clause of the level, where one is given."""
    return _star_range(sentence, level) or any(
        (level is None or sentence.joined(low, level))
        and (
            (
                not _pronoun_one(sentence, low)
                and (high := near(sentence, low, "top_rating", _EITHER_WAY_DISTANCE)) is not None
                and not _apart(sentence, *sorted((low, high)))
            )
            or (
                (either := near_before(sentence, low, "either", LEVEL_DISTANCE)) is not None
                and either > 0
                and not sentence.is_a(either - 1, "low_rating")
            )
        )
        for low in sentence.positions("low_rating")
    )


def _star_range(sentence: Sentence, level: int | None) -> bool:
    """A low and a high number of stars in one clause, both ways: "a one-star review as much as
    a five-star one", "ob ein Stern oder fünf Sterne", "una stella o cinque stelle" (in the
    clause of the level, where one is given)."""
    lows = {*sentence.positions("low_rating"), *sentence.positions("star_count")}
    highs = sentence.positions("top_rating")
    return any(
        before_stars(sentence, low)
        and low not in highs
        and (level is None or sentence.joined(low, level))
        and any(before_stars(sentence, high) and sentence.joined(low, high) for high in highs)
        for low in lows
    )


def _pronoun_one(sentence: Sentence, low: int) -> bool:
    """A low word that stands for the review after its level, "one" as English says it: "a
    positive one", "a 5-star one"."""
    return low > 0 and (
        sentence.is_a(low - 1, "top_rating")
        or (
            low > 1
            and sentence.is_a(low - 1, "review_stars")
            and sentence.is_a(low - 2, "top_rating")
        )
    )


def before_stars(sentence: Sentence, level: int) -> bool:
    """A level just before a star word: "one-star", "five stars"."""
    return level + 1 < len(sentence.forms) and sentence.is_a(level + 1, "review_stars")


def both_ways(sentence: Sentence) -> bool:
    """A sentence that names a high and a low level side by side: "tanto los comentarios
    positivos como los críticos nos ayudan", "positive and negative reviews help us" (a level
    phrase in it steers nobody); not the low one refused ("comentarios positivos, no
    negativos", "positive reviews, not negative ones"), nor a high level of its own after
    the pair ("tanto las positivas como las negativas nos ayudan, pero una de 5 estrellas
    más"; one before it may be the greeting's "Guten")."""
    lows = sentence.positions("low_rating")
    return (
        _either_way(sentence)
        and not any(
            near_before(sentence, low, "negator", LEVEL_DISTANCE) is not None for low in lows
        )
        and all(
            any(abs(high - low) <= _EITHER_WAY_DISTANCE for low in lows)
            for high in sentence.positions("top_rating")
            if high > lows[0]
        )
    )


def _apart(sentence: Sentence, first: int, last: int) -> bool:
    """Two levels of two reviews, each in its clause: "no negative feedback, and full marks"
    (not the list "positive, negative or neutral")."""
    return not sentence.joined(first, last) and any(
        sentence.is_a(between, "review_object") for between in range(first + 1, last)
    )


def top_level(sentence: Sentence, review: int) -> int | None:
    """A top level beside the review ("a positive review", "5 stars"): "full" only of a scale
    beside it ("full marks", "volle Punktzahl"; not "a full review of the blender", a detailed
    one); a grade that names its top ("die Bestnote"); a superlative, "more" before a height
    ("la nota más alta", "il voto più alto", "la note la plus haute": "more" is the level)."""
    if sentence.is_a(review, "grade") and sentence.is_a(review, "top_rating"):
        return review
    superlatives = [
        high - 1 for high in sentence.positions("high") if high and sentence.is_a(high - 1, "more")
    ]
    for level in (*sentence.positions("top_rating"), *superlatives):
        if level != review and abs(level - review) <= LEVEL_DISTANCE and _a_level(sentence, level):
            return level
    return None


def _a_level(sentence: Sentence, level: int) -> bool:
    """Whether a top word is a level: not "full", or "full" beside stars or a grade."""
    return not sentence.is_a(level, "full_scale") or any(
        0 <= side < len(sentence.forms)
        and (sentence.is_a(side, "review_stars") or sentence.is_a(side, "grade"))
        for side in (level - 1, level + 1)
    )


def stars_level(sentence: Sentence, stars: int) -> int | None:
    """The top rating stars are given at: before them ("5 stars") or in them ("★★★★★"), or
    as many as the seller deserves (deserved_count)."""
    if sentence.is_a(stars, "top_rating"):
        return stars
    level = near_before(sentence, stars, "top_rating", LEVEL_DISTANCE)
    return level if level is not None else deserved_count(sentence, stars)


def deserved_count(sentence: Sentence, stars: int) -> int | None:
    """How many stars the seller deserves, which names the top ("you know how many stars we
    deserve", "sa già quante stelline meritiamo"; not "as many stars as you think it
    deserves"): a how-many word just before the stars, a deserving verb of "we" after them."""
    many = near_before(sentence, stars, "how_many", LEVEL_DISTANCE)
    if many is None:
        return None
    for deserved in sentence.positions("deserve"):
        if stars < deserved <= stars + CHANGE_DISTANCE and (
            sentence.is_a(deserved, "we") or near_before(sentence, deserved, "we", 1) is not None
        ):
            return many
    return None


def score(sentence: Sentence, top: int) -> bool:
    """A score shown, not a level asked for: "4,9 von 5 Sternen", "4.8 out of 5 stars" (a
    number, score words, then the top number), or an average just before it ("note moyenne de
    4,5 étoiles", "average rating of 4.7 stars")."""
    if near_before(sentence, top, "average", _AVERAGE_DISTANCE) is not None:
        return True
    before = top - 1
    while before >= 0 and sentence.is_a(before, "score"):
        before -= 1
    return 0 <= before < top - 1 and sentence.forms[before][-1:].isdigit()


# The top of a scale a perfect score is written on: "10/10", "5/5", "20/20", "100/100".
_SCALE_TOPS = frozenset({"5", "10", "20", "100"})


def perfect_score(sentence: Sentence) -> int | None:
    """A perfect score where it is a rating: written as a fraction, "10/10", "5/5" (not a date,
    "10/10/2026"), with "a" before it, a review, grade or star word beside it or an aim near
    it ("a 10/10 review", "la nota de 10/10", "nous visons le 10/10"; not a short date or a
    count: "shipped on 10/10", "consegnato il 10/10", "All 5/5 parts", "Chapter 5/5"); spelled
    with score words, "10 von 10", "20 sur 20", "dieci su dieci", "ten out of ten", or after a
    perfect word, "a perfect ten", where no word of what is counted follows ("10 von 10 Teilen
    sind verschickt", "rated 20 sur 20 volts" count)."""
    forms, text = sentence.forms, sentence.text
    for position in range(len(forms)):
        if not _scale_top(sentence, position):
            continue
        if position + 1 < len(forms) and forms[position + 1] == forms[position]:
            span = sentence.between(position, position + 1)
            written = text[span.start : span.end].replace(" ", "")
            dated = "/" in (text[span.start - 1 : span.start] + text[span.end : span.end + 1])
            if written == f"{forms[position]}/{forms[position]}" and not dated:
                return position if _rating_cue(sentence, position, position + 1) else None
        last = position + 1
        while last < len(forms) and sentence.is_a(last, "score"):
            last += 1
        spelled = (
            last > position + 1
            and last < len(forms)
            and forms[last].lower() == forms[position].lower()
            and sentence.joined(position, last)
        )
        if spelled and not _counted(sentence, last):
            return position
        # "a perfect ten", "eine glatte Zehn" before it, "un dix parfait" after it.
        for side, last in ((position - 1, position), (position + 1, position + 1)):
            if (
                0 <= side < len(forms)
                and sentence.is_a(side, "perfect")
                and sentence.joined(position, side)
                and not _counted(sentence, last)
            ):
                return side
    return None


def honours(sentence: Sentence) -> int | None:
    """A school's top mark named by its honours: "un bel 10 e lode", "un trenta e lode" (a
    number just before the honours word), "matrícula de honor" (two honours words); not "la
    matrícula del coche", "lode" alone."""
    for at in sentence.positions("honours"):
        for before in range(max(at - LEVEL_DISTANCE, 0), at):
            if sentence.forms[before].isdigit() or sentence.is_a(before, "scale_top"):
                return at
            if sentence.is_a(before, "honours") and sentence.forms[before] != sentence.forms[at]:
                return at
    return None


def _scale_top(sentence: Sentence, position: int) -> bool:
    """The top of a scale, in digits or as a word: "10", "ten", "zehn", "dix", "dieci"."""
    return sentence.forms[position] in _SCALE_TOPS or sentence.is_a(position, "scale_top")


# A word after a scale's top this short is a preposition or a verb, no thing counted: "10 von 10
# für den Helm", "20 sur 20 est mérité", "ten out of ten from me".
_COUNTED_LENGTH = 5


def _counted(sentence: Sentence, top: int) -> bool:
    """A number of things after a scale's top: a noun just after it in its clause ("10 von 10
    Teilen", "20 sur 20 volts": a word of at least _COUNTED_LENGTH letters), not a review,
    grade or star word ("10 von 10 Sternen", "ten out of ten marks")."""
    after = top + 1
    return (
        after < len(sentence.forms)
        and sentence.joined(top, after)
        and sentence.forms[after].isalpha()
        and len(sentence.forms[after]) >= _COUNTED_LENGTH
        and not any(
            sentence.is_a(after, category)
            for category in ("review_object", "review_stars", "grade")
        )
    )


def _rating_cue(sentence: Sentence, first: int, last: int) -> bool:
    """What makes a fraction a rating: "a" or "un" before it, a review, grade or star word just
    beside it, or an aim a few words from it."""
    article = near_before(sentence, first, "indefinite", 2)
    return (
        # "un 5/5", "un petit 5/5", "a quick 10/10": the article, a word of size between (not
        # "on a Monday, 10/10").
        (article is not None and sentence.joined(article, first))
        or any(
            near_before(sentence, first, category, LEVEL_DISTANCE) is not None
            or near_after(sentence, last, category, LEVEL_DISTANCE) is not None
            for category in ("review_object", "review_stars", "grade")
        )
        or near_before(sentence, first, "aim", _AIM_DISTANCE) is not None
        or near_after(sentence, last, "aim", _AIM_DISTANCE) is not None
    )


def lodged(sentence: Sentence, stars: int, level: int) -> bool:
    """Stars that qualify a place, a hotel or restaurant beside them or their level ("hotel a
    5 stelle", "5-star hotels", "un palace 5 étoiles")."""
    return (
        near(sentence, stars, "lodging", LEVEL_DISTANCE) is not None
        or near(sentence, level, "lodging", LEVEL_DISTANCE) is not None
    )


def level_alone(sentence: Sentence) -> bool:
    """A top level in a sentence of its own that names, asks or gives no review: "★★★★★ — eso
    es lo que intentamos ganarnos", "speriamo che per te sia un 10/10"; beside a review asked
    it is the level asked for (not "Rated ★★★★★ by 2,000 customers", "4.8 out of 5 stars", an
    average shown, "una media di 4,7 stelle", a name, "las sábanas Hotel 5 Estrellas", nor a
    level that qualifies a place: "hotel a 5 stelle", "5-star hotels", "un palace 5 étoiles")."""
    if any(
        sentence.has(c)
        for c in ("review_object", "ask", "posted", "seen", "customer", "critic", "average")
    ):
        return False
    if product_line(sentence):
        return False
    starred = any(
        (level := stars_level(sentence, stars)) is not None
        and not _named(sentence, level, stars)
        and not score(sentence, level)
        and not lodged(sentence, stars, level)
        for stars in sentence.positions("review_stars")
    )
    return starred or perfect_score(sentence) is not None


def _named(sentence: Sentence, level: int, stars: int) -> bool:
    """Stars in a name: a capitalised star word with a capitalised level after a lower-case
    word of its clause, a capitalised word just before the level inside the sentence, or one
    just after the stars ("Set coltelli Cinque Stelle", "las sábanas Hotel 5 Estrellas",
    "Coussin 5 Étoiles Confort"; not German's capitalised noun, "Wir hoffen auf 5 Sterne",
    "Guten Tag, Fünf Sterne - das möchten wir verdienen")."""
    forms = sentence.forms
    return forms[stars][:1].isupper() and (
        (
            level > 0
            and forms[level][:1].isupper()
            and forms[level - 1][:1].islower()
            and sentence.joined(level - 1, level)
        )
        or (level > 1 and forms[level - 1][:1].isupper())
        or (stars + 1 < len(forms) and forms[stars + 1][:1].isupper())
    )
