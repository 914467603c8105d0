"""Rules on the wording of a message: marketing, reviews, cancellation, payment and opt-out
wording, found with the pack's lexicons: its phrases, and the readings of rules/sentences/
over the words of the sentences that hold an anchor word (docs/content-rules.md).

The rules read the fields the seller wrote as a reader sees them (Draft.said: HTML markup
blanked, invisible characters out; a hard-wrapped sentence read as one line; the body even
where an API operation does not send it) and point their spans into the fields as sent. Lines quoted
from the buyer ("> ...") are not the seller's words and are not reported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial, wraps
from itertools import pairwise

from service.engine import language
from service.engine.draft import SUBJECT, Draft
from service.engine.model import Severity, Span
from service.engine.rule import Check, Report, report_at, rule
from service.engine.rules import sentences, sources
from service.engine.rules.contact import bank_numbers, outside_links
from service.engine.scan import quoted, resemblance, utf8, words
from service.engine.scan.lexicon import phrases
from service.engine.scan.words import Sentence
from service.packs.loader import ANCHORS
from service.packs.model import Lexicon, WordingModel


def _languages(draft: Draft) -> tuple[str, ...]:
    """The lexicon languages that apply: English, the marketplace's, the buyer's, and the one
    the body is written in when the language detector is confident of it."""

    def find() -> tuple[str, ...]:
        buyer = (draft.request.buyer.language or "").split("-", 1)[0].lower()
        detected = draft.body_language
        confident = detected is not None and detected[1] >= language.CONFIDENT
        written = detected[0] if detected is not None and confident else ""
        codes = ("en", draft.language, buyer, written)
        return tuple(code for code in dict.fromkeys(codes) if code)

    return draft.remember("languages", find)


def _fields(draft: Draft) -> dict[str, str]:
    """The readable fields as the wording rules read them, by name, once per check: a field
    the screen found something in with the line breaks of hard-wrapped sentences read as
    spaces (words.unwrapped; offsets kept); any other as it is, since nothing in it is read
    (and its text stays the one the other rules have already encoded)."""
    return draft.remember("wording fields", partial(_read_fields, draft))


def _read_fields(draft: Draft) -> dict[str, str]:
    found = {field for field, _, _, categories in _screened(draft) if categories}
    return {
        field: words.unwrapped(text) if field in found else text for field, text in draft.said()
    }


def _text(draft: Draft, field: str) -> str:
    """One field of _fields()."""
    return _fields(draft)[field]


def _screened(draft: Draft) -> list[tuple[str, str, Lexicon, list[str]]]:
    """For each readable field and lexicon language, the categories (and whether an anchor
    word) the language's screen finds in the field: one RE2 pass each, once per check. A
    phrase's spaces match a line break, so the screen reads the field as it is; phrases and
    sentences are then read in _fields()."""

    def screen() -> list[tuple[str, str, Lexicon, list[str]]]:
        phrases_by_language = draft.pack.lexicons.phrases
        lexicons = [phrases_by_language[c] for c in _languages(draft) if c in phrases_by_language]
        screened: list[tuple[str, str, Lexicon, list[str]]] = []
        for field, text in draft.said():
            encoded = utf8(text)
            screened.extend(
                (field, text, lexicon, lexicon.categories_in(encoded)) for lexicon in lexicons
            )
        return screened

    return draft.remember("screened", screen)


def _silent(draft: Draft) -> bool:
    """Whether no screen found a phrase in any field and no sentence holds an anchor: then no
    phrase and no reading can find anything, and a rule need not build its chain of readings
    (most messages: the chains cost more than the screens and the anchored sentences). Each
    wording rule returns at once when it is; what a rule reads without the screens (linked
    ranges, bank numbers) stays outside the check. Worked out once per check: ten rules ask,
    and the screens' walk cost about 6k instructions a rule."""
    return draft.remember("silent", partial(_nothing_found, draft))


def _nothing_found(draft: Draft) -> bool:
    screened = _screened(draft)
    if not any(categories for _, _, _, categories in screened):
        return True
    if any(category != ANCHORS for _, _, _, categories in screened for category in categories):
        return False
    return not _sentences(draft)


def _all_phrases(draft: Draft) -> dict[str, list[tuple[str, Span, str]]]:
    """Every lexicon phrase in the sent fields, by category: (field, span, phrase)."""

    def find() -> dict[str, list[tuple[str, Span, str]]]:
        hits: dict[str, list[tuple[str, Span, str]]] = {}
        for field, _, lexicon, categories in _screened(draft):
            if not categories:
                continue
            text = _text(draft, field)
            for category in categories:
                if category == ANCHORS:
                    continue
                for span in phrases(lexicon.patterns[category], text):
                    phrase = text[span.start : span.end]
                    hits.setdefault(category, []).append((field, span, phrase))
        return hits

    return draft.remember("phrases", find)


def _phrases(draft: Draft, *categories: str) -> list[tuple[str, Span, str]]:
    """The lexicon phrases of these categories, in the order they appear."""
    hits = _all_phrases(draft)
    found = {hit for category in categories for hit in hits.get(category, ())}
    return sorted(found, key=lambda hit: (hit[0], hit[1].start))


def _sentences(draft: Draft) -> list[tuple[str, Sentence]]:
    """The sentences of the readable fields that hold an anchor word, in the fields whose
    screen found one; once per check."""

    def read() -> list[tuple[str, Sentence]]:
        lexicons, languages = draft.pack.lexicons, _languages(draft)
        anchored: dict[str, list[str]] = {}
        for field, _, lexicon, found in _screened(draft):
            if ANCHORS in found:
                anchored.setdefault(field, []).append(lexicon.language)
        return [
            (field, found)
            for field, languages_found in anchored.items()
            for found in words.anchored_sentences(
                _text(draft, field), lexicons, languages, languages_found
            )
        ]

    return draft.remember("sentences", read)


# A place a rule found: (field, span, region). A phrase's region is its span; a reading's is
# its sentence, so that a sentence a phrase has already been found in is not reported again.
_Hit = tuple[str, Span, Span]
# The anchor categories the review readings start from.
_REVIEW_ANCHORS = (
    "review_object",
    "review_stars",
    "rate",
    "experience",
    "page",
    "others",
    "grade",
    "post_noun",
    "posted",
)
# The anchor categories each reading starts from.
_ANCHORS_READ = {
    "newsletter": ("newsletter", "news"),
    "next order": ("next",),
    "collection": ("collection", "novelties"),
    "beyond": ("beckon", "miss", "welcome_back"),
    "manipulation": _REVIEW_ANCHORS,
    "review ask": _REVIEW_ANCHORS,
    "review wanted": ("review_object", "experience", "others", "post_noun"),
    "cancel": ("cancel", "vanish"),
}
_Reading = Callable[[Sentence, Callable[[], list[Sentence]], Callable[[Span], bool]], Span | None]


def _sentence_hits(
    draft: Draft, name: str, read: _Reading, suggestible: bool = False
) -> Iterator[_Hit]:
    """Every anchored sentence the reading finds something in (once per check: two rules
    share the manipulation reading); only sentences with the reading's anchor are read.
    Suggestible, as in _phrase_hits: a negative question negates nothing (_negated)."""
    needs = _ANCHORS_READ[name]

    def hits() -> list[_Hit]:
        found_hits = []
        lexicons, languages = draft.pack.lexicons, _languages(draft)
        for field, found in _sentences(draft):
            # One set test in C: a generator over the anchors cost about 2k a sentence.
            if found.present.isdisjoint(needs):
                continue
            text = _text(draft, field)
            around = partial(words.neighbours, found, lexicons, languages)
            span = read(found, around, partial(_negated, draft, text, suggestible=suggestible))
            if span is not None:
                found_hits.append((field, span, found.span))
        return found_hits

    return iter(draft.remember(f"reading {name}", hits))


def _reports(draft: Draft, *hits: Iterator[_Hit]) -> Iterator[Report]:
    """Reports for the hits of several readings, phrases first: a reading's hit in a region
    an earlier hit overlaps says nothing new."""
    seen: list[tuple[str, Span]] = []
    # Phrases by place, the longer first where two start together; readings after, in order.
    ordered = sorted(
        (hit for found in hits for hit in found),
        key=lambda hit: (0, hit[0], hit[1].start, -hit[1].end) if hit[1] == hit[2] else (1,),
    )
    for field, span, region in ordered:
        text = _text(draft, field)
        if _quoted(text, span) or _cited(text, span) or _replied(field, text):
            continue
        if region != span and any(
            field == other_field and other.start < region.end and region.start < other.end
            for other_field, other in seen
        ):
            continue
        if any(
            field == other_field and other.start <= span.start and span.end <= other.end
            for other_field, other in seen
        ):
            continue  # a place inside one already reported ("cupón" in "cupón de descuento")
        seen.append((field, span))
        # Quoted as a reader reads it: the blanks a tag left inside the span read as one.
        found = " ".join(text[span.start : span.end].split())
        yield report_at(draft, field, span, params={"found": found})


def _quoted(text: str, span: Span) -> bool:
    """Whether the place is on a line quoted from the buyer ("> Can I cancel?"): the buyer's
    words, not the seller's."""
    line_start = text.rfind("\n", 0, span.start) + 1
    return quoted(text[line_start : span.start])


# What a reply's subject starts with, in the marketplaces' languages and mail clients.
_REPLY_PREFIXES = frozenset({"re", "aw", "antw", "r", "rif", "rv", "réf", "sv"})


def _replied(field: str, text: str) -> bool:
    """Whether the field is the subject of a reply ("Re: Descuento por reseña?"): the buyer's
    subject repeated, not the seller's words."""
    prefix, colon, _ = text.lstrip()[:8].partition(":")
    return field == SUBJECT and bool(colon) and prefix.strip().lower() in _REPLY_PREFIXES


# Quotation marks, opening and closing ("„…“" and "“…”" share one), and how many words a
# quotation holds at least to be a text cited rather than a word stressed ('a "5 star" review').
_QUOTES = (('"', '"'), ("“", "”"), ("„", "“"), ("«", "»"))
_CITED_WORDS = 4


def _cited(text: str, span: Span) -> bool:
    """Whether the place lies inside a text cited on its line (a custom engraving, a product's
    name: '"World's Best Dad - Rated 5 Stars by Emma"', « Meilleure note de la promo »): the
    words asked for or named, not the seller's ask."""
    quoted = _quotation(text, span)
    return quoted is not None and len(quoted.split()) >= _CITED_WORDS


def _quotation(text: str, span: Span) -> str | None:
    """The quotation on its line the place lies inside, if any."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    before = text[line_start : span.start]
    after = text[span.end : line_end if line_end >= 0 else len(text)]
    for opening, closing in _QUOTES:
        opened = before.rfind(opening)
        if opened < 0 or after.find(closing) < 0:
            continue
        if opening == closing and before.count(opening) % 2 == 0:
            continue
        if opening != closing and before.find(closing, opened + 1) >= 0:
            continue
        return before[opened + 1 :] + text[span.start : span.end] + after[: after.find(closing)]
    return None


# A phrase in a clause that says no offers or asks for nothing (lexicons.yaml: negation,
# not_a_negation).
_NEGATION_BEFORE, _NEGATION_AFTER = 40, 30
# How far past the window an exemption is read where the window cut its clause: "puede anular
# el pedido desde su cuenta sin ningún coste" holds "sin" inside it, "coste" just past it.
_EXEMPTION_AFTER = 20
# A dash does not end a clause here: a negation or refusal reaches across it ("A discount code
# — unfortunately that's not something we can offer", "We would never — ever — ask you to").
_CLAUSE_MARKS = ".!?\n,;:"


def _next_mark(text: str, start: int, end: int) -> int:
    """Where the first clause mark stands in text[start:end], or end when none does."""
    found = [i for i in (text.find(mark, start, end) for mark in _CLAUSE_MARKS) if i >= 0]
    return min(found, default=end)


def _negated(draft: Draft, text: str, span: Span, suggestible: bool = False) -> bool:
    """Whether the clause around a phrase, or the phrase itself ("die Bestellung nicht
    stornieren"), negates it; not a neighbouring clause: "if you would rather not wait,
    request a cancellation" asks all the same, and so does "cancel the order if the date does
    not suit you" (a clause a subordinating word opens after the phrase). Only a window around
    the phrase is read. Suggestible (a cancellation), a suggestion asked as a negative question
    negates nothing either ("Wouldn't it be easier to cancel?"), where a payment asked so keeps
    its negation ("Wouldn't it be easier to pay by transfer? No, ...")."""
    contexts = draft.pack.lexicons.contexts
    start, clause_end, window_end = _clause(draft, text, span, _NEGATION_BEFORE, _NEGATION_AFTER)
    if not contexts["negation"].search(text[start:clause_end]):
        return False
    if clause_end == window_end:
        reach = min(window_end + _EXEMPTION_AFTER, len(text))
        clause_end = _whole_words(text, window_end, _next_mark(text, window_end, reach))[1]
    exempt = ("not_a_negation", "negative_suggestion") if suggestible else ("not_a_negation",)
    return not any(contexts[name].search(text[start:clause_end]) for name in exempt)


def _clause(draft: Draft, text: str, span: Span, before: int, after: int) -> tuple[int, int, int]:
    """The start and end of the clause around a phrase, read in a window of whole words
    `before` and `after` characters around it, and the window's end: the clause ends at a
    clause mark or at a subordinating word that opens a clause of its own after the phrase
    ("cancel the order if the date does not suit you")."""
    window_start, window_end = _whole_words(
        text, max(span.start - before, 0), min(span.end + after, len(text))
    )
    clause_start = max(text.rfind(mark, window_start, span.start) for mark in _CLAUSE_MARKS)
    clause_end = _next_mark(text, span.end, window_end)
    opened = draft.pack.lexicons.contexts["subordinate"].search(text[span.end : clause_end])
    if opened is not None:
        clause_end = span.end + opened.start()
    return max(clause_start + 1, window_start), clause_end, window_end


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A window moved inward past the words it cuts: "no" cut out of "notre" is no negation."""
    if start > 0 and text[start - 1].isalnum():
        while start < end and text[start].isalnum():
            start += 1
    if end < len(text) and text[end].isalnum():
        while end > start and text[end - 1].isalnum():
            end -= 1
    return start, end


# Phrases of a list a negation heads: at most this many words between one and the next, no
# clause ending between ("nous ne demandons jamais de coordonnées bancaires, de numéro de
# carte ni de virement").
_LIST_GAP_WORDS = 4
_LIST_ENDS = ".!?\n;:"


def _phrase_hits(
    draft: Draft,
    *categories: str,
    negatable: bool = False,
    refusable: bool = False,
    suggestible: bool = False,
) -> Iterator[_Hit]:
    """The phrases of these categories; negatable, not those a negation says no to (a negative
    question's too where suggestible: _negated), nor the phrases of a list a negated one heads;
    refusable (offers and payments), not those a refusal
    says no to either (_refused), nor the phrases of a list a refused one belongs to, those
    before it too where a conjunction marks the list ("le paiement par virement, PayPal ou en
    espèces n'est pas autorisé")."""
    found = _phrases(draft, *categories)
    if not negatable:
        yield from ((field, span, span) for field, span, _ in found)
        return
    listed = [
        field == other and _listed(draft, _text(draft, field)[before.end : after.start])
        for (field, before, _), (other, after, _) in pairwise(found)
    ]
    said_no: list[bool] = []
    refused = [False] * len(found)
    for i, (field, span, _) in enumerate(found):
        text = _text(draft, field)
        refused[i] = refusable and _refused(draft, text, span)
        said_no.append(
            (i > 0 and listed[i - 1] and said_no[-1])
            or refused[i]
            or _negated(draft, text, span, suggestible)
        )
    # Back from the end of a list: a refusal after it reaches its first phrase through a list
    # that a conjunction marks as one ("PayPal, bank transfer or cash is not possible"), not
    # through a plain comma ("please pay by bank transfer, PayPal is not possible"); a bare
    # negation never does ("pay the rest by PayPal as the card reader is not working").
    enumerated = False
    for i in reversed(range(len(listed))):
        enumerated = (
            listed[i]
            and refused[i + 1]
            and (enumerated or _enumeration(draft, found[i][0], found[i][1], found[i + 1][1]))
        )
        refused[i] = refused[i] or enumerated
        said_no[i] = said_no[i] or refused[i]
    yield from (
        (field, span, span) for (field, span, _), no in zip(found, said_no, strict=True) if not no
    )


def _listed(draft: Draft, gap: str) -> bool:
    """Whether the text between two phrases joins them in one list: not a subordinating word
    that opens a clause ("pay by PayPal if a transfer is not possible")."""
    return (
        len(gap.split()) <= _LIST_GAP_WORDS
        and not any(mark in gap for mark in _LIST_ENDS)
        and not draft.pack.lexicons.contexts["subordinate"].search(gap)
    )


# How far after a listed phrase its conjunction is looked for ("PayPal or cash").
_TAIL_CHARS = 30


def _enumeration(draft: Draft, field: str, first: Span, second: Span) -> bool:
    """Whether two listed phrases are items of an enumeration: a conjunction between them or
    within two words after the second, in its clause ("PayPal, virement ou espèces";
    lexicons.yaml: list_conjunction)."""
    text = _text(draft, field)
    tail_end = min(second.end + _TAIL_CHARS, len(text))
    following = (
        " ".join(text[second.end : _next_mark(text, second.end, tail_end)].split()[:2]) + " "
    )
    conjunction = draft.pack.lexicons.contexts["list_conjunction"]
    return any(conjunction.search(gap) for gap in (text[first.end : second.start], following))


# How far a refusal reaches on either side of an offer or a payment, within its clause:
# "Gutscheine oder Rabattcodes für spätere Käufe können wir über das Amazon-Nachrichtensystem
# leider nicht anbieten" (the negated verb last, far past the negation window).
_REFUSAL_REACH = 100


def _unrefused(draft: Draft, hits: Iterator[_Hit]) -> Iterator[_Hit]:
    """The offers a reading found that no refusal says no to (_refused): "we can't offer
    discount codes for future purchases"."""
    for field, span, region in hits:
        if not _refused(draft, _text(draft, field), span):
            yield field, span, region


def _refused(draft: Draft, text: str, span: Span) -> bool:
    """Whether the clause around an offer or a payment refuses it: a negated capability or
    permission ("we are not able to accept", "ne sommes pas en mesure de vous accorder", "ist
    leider nicht möglich"; lexicons.yaml: refusal) says no to all its clause names, within
    _REFUSAL_REACH, however far from the phrase, where a bare negation reads a window
    (_negated); not past a word that opens a clause of its own between them (subordinate,
    clause_break): "pay by PayPal if a transfer is not possible", "we cannot offer express
    shipping but you can pay by bank transfer"."""
    contexts = draft.pack.lexicons.contexts
    start, end, window_end = _clause(draft, text, span, _REFUSAL_REACH, _REFUSAL_REACH)
    # A clause that only names its topic is answered in the clause after its comma or colon
    # ("Pour le code promo, nous ne sommes pas en mesure d'en proposer", "Le paiement par
    # virement, nous ne pouvons pas vous le proposer"; lexicons.yaml: topic).
    if text[end : end + 1] in (",", ":") and contexts["topic"].search(text[start:end]):
        end = _next_mark(text, end + 1, window_end)
    for refusal in contexts["refusal"].finditer(text[start:end]):
        # A refusal within the phrase a reading found ("iscriviti … poiché non è possibile")
        # leaves nothing between.
        if start + refusal.start() >= span.end:
            between = text[span.end : start + refusal.start()]
        else:
            between = text[start + refusal.end() : span.start]
        if not any(contexts[name].search(between) for name in ("subordinate", "clause_break")):
            return True
    return False


@rule(
    "content.opt_out",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{found}' is opt-out or unsubscribe wording; Amazon manages the buyer's message "
    "preferences, messages must not offer it.",
    de="'{found}' ist eine Abmelde-Formulierung; Amazon verwaltet die Nachrichten-"
    "Einstellungen der Käufer, Nachrichten dürfen das nicht anbieten.",
)
def opt_out(draft: Draft) -> Iterator[Report]:
    """Opt-out or unsubscribe links and wording."""
    if _silent(draft):
        return
    yield from _reports(draft, _phrase_hits(draft, "opt_out"))


# The wording model's finding quotes its sentence up to this many characters.
_QUOTED_AT_MOST = 120
# Rule name -> where the reason allows the wording the rule forbids, for the rules the
# wording model backs (_backed_by_the_model).
_ALLOWED_BY_THE_REASON: dict[str, Callable[[Draft], bool]] = {}
# Rule name -> the anchor categories whose negated sentences the model leaves to the readings.
_NEGATIONS_KEPT: dict[str, tuple[str, ...]] = {}


def _backed_by_the_model(
    unless: Callable[[Draft], bool] = lambda draft: False,
    negations_kept: tuple[str, ...] = (),
) -> Callable[[Check], Check]:
    """A wording rule that, where its lexicons and readings find nothing, reports what the
    pack's wording model finds (scan.resemblance): a message whose words weigh above the
    model's threshold for the rule, at its weightiest sentence. The lexicons anchor on the
    words sellers were seen to use and the readings on how they are put together; the model
    weighs every word, and finds asks put in ways no reading foresaw ("at your convenience",
    "a little 5/5 would please us"). On blind rounds it had not seen it added about seven true
    finds for each false one (docs/evaluation.md, "The wording model"). Only where a screen
    found a word of the lexicons (not _silent: there were all its finds, and a templated
    notice costs nothing more), and not where the reason allows the wording (`unless`). A
    sentence where a word of `negations_kept` is negated is the readings' to judge: the model
    cannot read a negation, so there it would take "Bitte stornieren Sie nicht, Sie können sie
    in Ihrem Konto verfolgen" for the ask it says no to (_negations_kept). The rule's name is
    the check's: content.<name>."""

    def back(check: Check) -> Check:
        name = f"content.{check.__name__}"
        _ALLOWED_BY_THE_REASON[name] = unless
        _NEGATIONS_KEPT[name] = negations_kept

        @wraps(check)
        def backed(draft: Draft) -> Iterable[Report]:
            reports = check(draft)
            # Most messages: the rule's own reports as they are, without a generator around
            # them (which cost about 1k instructions a rule on the 2 KB notice).
            if _silent(draft) or not model_reads(draft, name):
                return reports
            return _or_modelled(draft, name, reports)

        return backed

    return back


def model_reads(draft: Draft, name: str) -> bool:
    """Whether the wording model is asked about a rule on this draft's reason: also what it
    learns from (tests/corpus/train.py), so that a message the reason allows teaches it
    nothing about the wording."""
    return not _ALLOWED_BY_THE_REASON[name](draft)


def model_fields(draft: Draft) -> dict[str, str]:
    """The fields the wording model reads, as it reads them in training too: those the
    wording rules read, but a reply's subject (the buyer's words, as in _reports)."""
    return {field: text for field, text in draft.said() if not _replied(field, text)}


def _or_modelled(draft: Draft, name: str, reports: Iterable[Report]) -> Iterator[Report]:
    """The rule's reports, or the model's finding where it made none."""
    reported = False
    for report in reports:
        reported = True
        yield report
    if not reported:
        yield from _modelled(draft, name)


def _modelled(draft: Draft, name: str) -> Iterator[Report]:
    """The model's finding for a rule, if the model has one: at the sentence of the fields it
    reads whose words weigh most for the rule (as the rules read them: a hard-wrapped
    sentence whole)."""
    model = draft.pack.wording_model
    if model is None or name not in model.rules:
        return
    score = draft.remember("model scores", partial(_model_scores, draft, model))
    if score[name] <= model.threshold:
        return
    kept = _negations_kept(draft, _NEGATIONS_KEPT[name])
    if kept and _model_scores(draft, model, kept)[name] <= model.threshold:
        return
    column = model.rules.index(name)
    weighed = draft.remember("model sentences", partial(_model_sentences, draft, model))
    heaviest = max(
        (found for found in weighed if not _within(found[0], found[1], kept)),
        key=lambda found: found[2][column],
        default=None,
    )
    if heaviest is None:
        return  # a bias above the threshold, and not a sentence to point at
    field, span, _ = heaviest
    found = " ".join(_text(draft, field)[span.start : span.end].split())
    if len(found) > _QUOTED_AT_MOST:
        found = found[: _QUOTED_AT_MOST - 1].rstrip() + "…"
    yield report_at(draft, field, span, params={"found": found})


def _model_sentences(draft: Draft, model: WordingModel) -> list[tuple[str, Span, list[int]]]:
    """Every sentence the model reads, with its weights for each rule: once per check."""
    return [
        (field, span, sums)
        for field in model_fields(draft)
        for span, sums in resemblance.sentences(model, _text(draft, field))
    ]


def _model_scores(
    draft: Draft, model: WordingModel, left_out: Sequence[tuple[str, Span]] = ()
) -> dict[str, float]:
    """The model's score for each of its rules, for the fields the wording rules read, without
    the sentences left out (each read as a line break: no pair of words across it)."""
    fields = model_fields(draft)
    for field, span in sorted(left_out, key=lambda place: place[1].start, reverse=True):
        text = fields[field]
        fields[field] = text[: span.start] + "\n" + text[span.end :]
    return resemblance.scores(model, "\n".join(fields.values()))


# How many words either side of a cancellation word a negation that says no to it stands, in
# its clause: "Bitte stornieren Sie nicht", "please don't cancel", "no lo cancele", "di non
# annullarlo". Not _negated's wider window, which reads a condition's negation too and so had
# cleared real asks the model found ("se martedì non è a casa forse conviene annullare", "para
# no hacerte esperar sería que canceles"), nor past a dash ("hit cancel — no hard feelings").
_NEGATION_REACH = 2


def _negations_kept(draft: Draft, categories: tuple[str, ...]) -> list[tuple[str, Span]]:
    """The anchored sentences of the fields the model reads (not a reply's subject) where a word
    of these categories is negated right beside it, in its clause (_NEGATION_REACH), and where
    _negated agrees (its exemptions: "n'hésitez pas à annuler", "wouldn't it be easier to
    cancel?"): the readings said no there."""
    negation = draft.pack.lexicons.contexts["negation"]
    read = model_fields(draft)

    def said_no(found: Sentence, position: int) -> bool:
        beside = [
            other
            for other in range(
                max(position - _NEGATION_REACH, 0),
                min(position + _NEGATION_REACH + 1, len(found.forms)),
            )
            if found.joined(other, position)
        ]
        span = found.between(*beside)
        return negation.search(found.text[span.start : span.end]) is not None and _negated(
            draft, found.text, found.between(position), suggestible=True
        )

    return [
        (field, found.span)
        for field, found in _sentences(draft)
        if field in read
        and not found.present.isdisjoint(categories)
        and any(
            said_no(found, position)
            for category in categories
            for position in found.positions(category)
        )
    ]


def _within(field: str, span: Span, places: Sequence[tuple[str, Span]]) -> bool:
    """Whether a span lies inside one of these places."""
    return any(
        field == other and place.start <= span.start and span.end <= place.end
        for other, place in places
    )


@rule(
    "content.marketing",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{found}' is marketing or promotion (coupons, discounts, newsletters, shops, social "
    "media), which buyer messages must not contain.",
    de="'{found}' ist Werbung (Gutscheine, Rabatte, Newsletter, Shops, soziale Medien), die "
    "in Käufernachrichten nicht erlaubt ist.",
)
# A code is the point of a digital access key's message.
@_backed_by_the_model(unless=lambda draft: draft.reason.delivers_code)
def marketing(draft: Draft) -> Iterator[Report]:
    """Marketing and promotion, newsletters to join, next-order offers and new collections
    announced; codes are the point of a digital access key message. Where the pack has rules
    for offers off the platform or feedback bought (eBay), a discount or voucher in the
    sentence of such an offer is part of that offer, not marketing of its own."""
    if _silent(draft):
        # Only an address off the platform is read without a phrase or an anchor word.
        yield from _reports(draft, _linked_ranges(draft))
        return
    coupons = not draft.reason.delivers_code
    yield from _reports(
        draft,
        # An offer the buyer wished for, reported and then declined, offers nothing.
        _undeclined(
            draft,
            _outside(
                draft,
                _unnamed(
                    draft,
                    _outside_phrases_of(
                        draft,
                        "not_an_offer_phrase",
                        _phrase_hits(draft, "marketing", negatable=True, refusable=True),
                    ),
                    names=True,
                ),
                _unnamed(
                    draft,
                    _outside_sentences_of(
                        draft,
                        "not_an_offer",
                        _outside_phrases_of(
                            draft,
                            "not_an_offer_phrase",
                            _phrase_hits(draft, "coupon", negatable=True, refusable=True),
                        ),
                    ),
                )
                if coupons
                else iter(()),
                _unrefused(
                    draft,
                    _sentence_hits(
                        draft,
                        "newsletter",
                        lambda found, _, negated: sentences.newsletter(found, negated),
                    ),
                ),
                _unrefused(
                    draft, _sentence_hits(draft, "next order", partial(_next_order_offer, coupons))
                ),
                _unnamed(
                    draft,
                    _sentence_hits(
                        draft,
                        "collection",
                        lambda found, _, negated: sentences.new_collection(found, negated),
                    ),
                ),
                _shop_visits(draft),
                _linked_ranges(draft),
                _unrefused(
                    draft,
                    _sentence_hits(
                        draft,
                        "beyond",
                        lambda found, _, negated: sentences.invited_beyond(found, negated),
                    ),
                ),
            ),
            _OFFERS_DECLINED,
        ),
    )


# The offers another rule reports whole, with the discount or voucher they hold.
_OFFERS = {
    "content.off_platform_offer": "off_platform_offer",
    "content.feedback_extortion": "feedback_extortion",
}


def _outside(draft: Draft, *hits: Iterator[_Hit]) -> Iterator[_Hit]:
    """The hits not in a sentence of an offer another rule of the pack reports (an Amazon
    pack runs none of them, so nothing is left out there)."""
    categories = [category for name, category in _OFFERS.items() if draft.runs(name)]
    offers = [
        (field, words.sentence_span(_text(draft, field), span.start))
        for field, span, _ in _phrases(draft, *categories)
    ]
    for found in hits:
        for field, span, region in found:
            if not any(
                field == other and sentence.start <= span.start < sentence.end
                for other, sentence in offers
            ):
                yield field, span, region


def _unnamed(draft: Draft, hits: Iterator[_Hit], names: bool = False) -> Iterator[_Hit]:
    """The phrases not wholly inside quotation marks: a quoted "Black Friday" or "Newsletter"
    names a product or a label (100 stickers "Black Friday"), it advertises nothing. With
    names (the marketing phrases, not the coupons: "Ihr Gutscheincode SOMMER10" gives a code),
    nor one word of a name ("The Newsletter Rack ships flat": _named)."""
    for field, span, region in hits:
        text = _text(draft, field)
        if _quotation(text, span) is None and not (
            names and _named(text, span) and not _social_invitation(draft, text, span)
        ):
            yield field, span, region


def _social_invitation(draft: Draft, text: str, span: Span) -> bool:
    """Whether the sentence of a capitalised word names a platform and asks the buyer to
    follow, visit, join or find something ("Follow BrightHome On Instagram", "Find Cozy Lamps
    Facebook Group"): a platform's name is always capitalised, so capitals name nothing there."""
    found = words.sentence(
        text, words.sentence_span(text, span.start), draft.pack.lexicons, _languages(draft)
    )
    return found.has("social") and any(
        found.has(category) for category in ("follow", "visit", "find", "subscribe")
    )


def _named(text: str, span: Span) -> bool:
    """Whether the place is one capitalised word with a capitalised word on each side of it on
    its line: a word of a name ("The Newsletter Rack"), where a sentence writes it in lower
    case or after a lower-case word ("join our newsletter", "unseren Newsletter")."""
    found = text[span.start : span.end]
    if not found[:1].isupper() or not found.isalpha():
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    before = text[line_start : span.start].split()
    after = text[span.end : line_end if line_end >= 0 else len(text)].split()
    return bool(before and after) and before[-1][:1].isupper() and after[0].istitle()


def _shop_visits(draft: Draft) -> Iterator[_Hit]:
    """Invitations to the seller's own shop: the sentences where the shop_visit screen found a
    visiting verb and "our" shop, read by their words (sentences.shop_visit). Only those
    sentences are split into words, so an ordinary "in unserem Shop" costs nothing more."""
    for field, text, found in _sentences_screened(draft, "shop_visit"):
        visit = sentences.shop_visit(found, partial(_negated, draft, text))
        if visit is not None:
            yield field, visit, found.span


def _sentences_screened(draft: Draft, category: str) -> Iterator[tuple[str, str, Sentence]]:
    """Each sentence around a phrase of a screen-only category (shop_visit, order_undone),
    once, split into words: (field, the field's text, the sentence)."""
    lexicons, languages = draft.pack.lexicons, _languages(draft)
    read: set[tuple[str, int]] = set()
    for field, span, _ in _phrases(draft, category):
        text = _text(draft, field)
        around = words.sentence_span(text, span.start)
        if (field, around.start) not in read:
            read.add((field, around.start))
            yield field, text, words.sentence(text, around, lexicons, languages)


def _linked_ranges(draft: Draft) -> Iterator[_Hit]:
    """A web address off the platform in a sentence that names what is sold there ("More
    colours at www.…"): the seller's own shop without the word (sentences.range_offered).
    Only sentences with such an address are read."""
    for field, link in outside_links(draft):
        text = _text(draft, field)
        around = words.sentence_span(text, link.span.start)
        found = words.sentence(text, around, draft.pack.lexicons, _languages(draft))
        offered = sentences.range_offered(found, partial(_negated, draft, text), not link.path)
        if offered is not None:
            around = Span(min(offered.start, link.span.start), max(offered.end, link.span.end))
            yield field, around, found.span


def _outside_sentences_of(
    draft: Draft,
    context: str,
    hits: Iterator[_Hit],
    negatable: bool = False,
    outrun: str | None = None,
) -> Iterator[_Hit]:
    """The hits whose sentence (up to the hit's end) holds nothing of a context category of
    lexicons.yaml: the coupons the seller offers, not one the sentence says is Amazon's or
    the buyer asked about (not_an_offer); the payments asked for, not the platform's refund to
    the buyer's own card (not_a_payment). Negatable, the platform's payment said not to be
    one clears nothing ("Die Überweisung wird nicht über Amazon abgewickelt, bitte überweisen
    Sie direkt"); not_an_offer holds negations of its own ("nicht mehr gültig"). Context that
    starts inside the hit and runs past it is what the hit asks for ("les 16 chiffres du moyen
    de paiement utilisé"), and a sentence that says the seller outruns the platform
    (`outrun`: "Refunds through Amazon take a while, so to speed things up, send us your sort
    code") is cleared by none."""
    contexts = draft.pack.lexicons.contexts
    exempt = contexts[context]
    for field, span, region in hits:
        text = _text(draft, field)
        around = words.sentence_span(text, span.start)
        end = max(around.end, span.end)
        if (outrun is not None and contexts[outrun].search(text[around.start : end])) or not any(
            not span.start < around.start + found.start() < span.end < around.start + found.end()
            and not (
                negatable
                and _negated(
                    draft, text, Span(around.start + found.start(), around.start + found.end())
                )
            )
            for found in exempt.finditer(text[around.start : end])
        ):
            yield field, span, region


def _outside_phrases_of(draft: Draft, context: str, hits: Iterator[_Hit]) -> Iterator[_Hit]:
    """The hits that share no word with a phrase of a context category of lexicons.yaml that
    names their words as something else, unlike _outside_sentences_of, which clears their
    whole sentence: a card that pays nothing or a card's details the buyer checks
    (not_a_payment_phrase: "numéro de votre carte de fidélité", "check the expiry date of
    your card"), advice or a part sent (not_an_offer_phrase: "scopra anche i nostri
    consigli"); a gift card elsewhere in the sentence leaves its other payments asked for
    ("pay the rest with a gift card instead of a bank transfer")."""
    named = draft.pack.lexicons.contexts[context]
    for field, span, region in hits:
        text = _text(draft, field)
        around = words.sentence_span(text, span.start)
        if not any(
            found.start() < span.end and span.start < found.end()
            for found in named.finditer(text, around.start, max(around.end, span.end))
        ):
            yield field, span, region


def _next_order_offer(
    coupons: bool,
    found: Sentence,
    neighbours: Callable[[], list[Sentence]],
    negated: Callable[[Span], bool],
) -> Span | None:
    return sentences.next_order_offer(found, negated) if coupons else None


def _about_reviews(draft: Draft) -> bool:
    """Whether the reason is for a review request, or for asking about the feedback."""
    return draft.reason.solicits_review or draft.reason.feedback_change


@rule(
    "content.review_manipulation",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{found}' manipulates reviews (incentives, asking for positive or five-star reviews or "
    "only from satisfied buyers, or to change or remove a review).",
    de="'{found}' beeinflusst Bewertungen (Anreize, Bitte um positive oder Fünf-Sterne-"
    "Bewertungen oder nur von zufriedenen Käufern, oder um Ändern oder Löschen einer "
    "Bewertung).",
)
# Amazon's own template for feedback_removal asks to change or remove the feedback. On a
# review request the model weighs the ask itself, which the reason is for: its finds there
# were seven in ten right on unseen rounds, and each false one stops a request the seller may
# send, so the readings alone decide there (docs/evaluation.md, "The wording model").
@_backed_by_the_model(unless=_about_reviews)
def review_manipulation(draft: Draft) -> Iterator[Report]:
    """Incentives, positive-only asks, satisfied-only asks, change-or-remove asks."""
    if _silent(draft):
        return
    # "Vous nous demandiez si nous pouvions vous rembourser contre un avis. Ce n'est pas
    # possible": the buyer's wish declined asks nothing.
    yield from _reports(
        draft,
        *(
            _undeclined(draft, hits, _REWARDS_DECLINED)
            for hits in (
                _unthanked(
                    draft,
                    _phrase_hits(draft, *_manipulation_categories(draft), negatable=True),
                    rewards=True,
                ),
                _sentence_hits(draft, "manipulation", partial(_manipulation, draft)),
            )
        ),
    )


# How far after a review phrase the pleasure it gave is read: "... auf Amazon hat uns ganz
# besonders gefreut".
_THANKED_AFTER = 60


def _unthanked(draft: Draft, hits: Iterator[_Hit], rewards: bool = False) -> Iterator[_Hit]:
    """The review phrases that do not follow thanks for the review they name ("thank you for
    the glowing review", "grazie di cuore per la bella recensione"), nor name the buyer's
    review before the pleasure it gave ("Ihre Bewertung auf Amazon hat uns sehr gefreut":
    thanked_after, sentences.yours), and are not in a sentence
    about a rating given ("hemos leído su reseña positiva"): a review written, none asked for
    (lexicons.yaml: thanked_for; sentences.given); where rewards count (manipulation, not a
    review asked for), unless a sentence the phrase reaches rewards it ("as a thank you for
    your review, a free gift"; "Thanks for the review! As a thank-you, a discount code").
    Nor an opinion asked on a proof or an inspection ("give us your feedback on the proof",
    "how about a review of the wiring diagram"), nor the seller's own act ("we will review the
    photos and refund you": sentences.on_another_matter), nor, where
    rewards count, a level named beside its opposite ("positive and negative reviews help us":
    sentences.both_ways)."""
    contexts = draft.pack.lexicons.contexts
    thanked_for, thanked_after = contexts["thanked_for"], contexts["thanked_after"]
    for field, span, region in hits:
        text = _text(draft, field)
        window_start = max(span.start - _NEGATION_BEFORE - 20, 0)
        clause_start = max(text.rfind(mark, window_start, span.start) for mark in _CLAUSE_MARKS)
        clause_end = _next_mark(text, span.end, min(span.end + _THANKED_AFTER, len(text)))
        around = _sentence_at(draft, field, span)
        # After it, only the buyer's review, one given, pleased ("Ihre Bewertung auf Amazon hat
        # uns sehr gefreut"; not "eine Bewertung auf Amazon hat uns immer gefreut").
        thanked = (
            thanked_for.search(text[max(clause_start + 1, window_start) : span.start])
            or (
                thanked_after.match(text[span.end : clause_end])
                and around is not None
                and sentences.yours(around, span.start)
            )
            # Thanks for a list whose last is the review: "grazie per il messaggio, per i
            # complimenti e anche per la bella recensione che ci ha lasciato".
            or (around is not None and sentences.thanked_in_list(around, span))
        )
        # The sentence the phrase ends in is looked up only where rewards count.
        rewarded = rewards and any(
            found is not None and found.has("incentive")
            for found in (around, _sentence_at(draft, field, Span(span.end - 1, span.end)))
        )
        # Given: the phrase is wholly inside a sentence about a rating given.
        given = around is not None and span.end <= around.span.end and sentences.given(around)
        proofed = around is not None and sentences.on_another_matter(around)
        # "Both positive and critical reviews help us": a level beside its opposite, no reward.
        both = rewards and not rewarded and around is not None and sentences.both_ways(around)
        if (rewarded or not (thanked or given)) and not proofed and not both:
            yield field, span, region


def _sentence_at(draft: Draft, field: str, span: Span) -> Sentence | None:
    """The anchored sentence a place lies in, if any."""
    return next(
        (
            found
            for other, found in _sentences(draft)
            if other == field and found.span.start <= span.start < found.span.end
        ),
        None,
    )


def _manipulation_categories(draft: Draft) -> tuple[str, ...]:
    """Change-or-remove and satisfied-only wording is the purpose of one reason (Amazon's
    neutral template for it has both); elsewhere it manipulates."""
    if draft.reason.feedback_change:
        return ("review_manipulation",)
    return ("review_manipulation", "review_change")


def _manipulation(
    draft: Draft,
    found: Sentence,
    neighbours: Callable[[], list[Sentence]],
    negated: Callable[[Span], bool],
) -> Span | None:
    return sentences.manipulation(found, neighbours, negated, draft.reason.feedback_change)


@rule(
    "content.review_request_misplaced",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{found}' asks for a review or feedback, which only a review request may do.",
    de="'{found}' bittet um eine Bewertung, was nur eine Bewertungsanfrage darf.",
)
@_backed_by_the_model(unless=_about_reviews)
def review_request_misplaced(draft: Draft) -> Iterator[Report]:
    """Review or feedback requests outside the review_request reason."""
    # Asking to change or remove a review, or for a positive one, is asking for a review too;
    # on feedback_removal asking about the feedback is the reason's point.
    if not _about_reviews(draft) and not _silent(draft):
        # A review the buyer asked about and the seller declines, as for manipulation.
        yield from _reports(
            draft,
            *(
                _undeclined(draft, hits, _REVIEWS_DECLINED)
                for hits in (
                    _unthanked(
                        draft,
                        _phrase_hits(
                            draft,
                            "review_request",
                            *_manipulation_categories(draft),
                            negatable=True,
                        ),
                    ),
                    _sentence_hits(
                        draft,
                        "review ask",
                        lambda found, _, negated: sentences.review_ask(found, negated),
                    ),
                    _sentence_hits(
                        draft,
                        "review wanted",
                        lambda found, _, negated: sentences.review_wanted(found, negated),
                    ),
                    _sentence_hits(draft, "manipulation", partial(_manipulation, draft)),
                )
            ),
        )


@rule(
    "content.cancel_request",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{found}' asks the buyer to cancel; the seller cancels or adjusts the order itself.",
    de="'{found}' bittet den Käufer zu stornieren; der Verkäufer storniert oder ändert die "
    "Bestellung selbst.",
)
@_backed_by_the_model(negations_kept=_ANCHORS_READ["cancel"])
def cancel_request(draft: Draft) -> Iterator[Report]:
    """Asking the buyer to cancel the order."""
    if _silent(draft):
        return
    yield from _reports(
        draft,
        _unanswered(
            draft,
            _asked_of_the_buyer(
                draft, _phrase_hits(draft, "cancel_request", negatable=True, suggestible=True)
            ),
        ),
        _unanswered(draft, _sentence_hits(draft, "cancel", _cancel, suggestible=True)),
        _unanswered(draft, _undone_orders(draft)),
    )


def _undone_orders(draft: Draft) -> Iterator[_Hit]:
    """Orders undone in the buyer's account by another verb ("drop the order from your
    account", "supprimez l'achat depuis votre compte"): the sentences where the order_undone
    screen found such a verb and the buyer's account, read by the cancellation reading. Only
    those sentences are split into words, so an ordinary "remove the packaging" or "drop-off
    point" costs nothing more."""
    lexicons, languages = draft.pack.lexicons, _languages(draft)
    for field, text, found in _sentences_screened(draft, "order_undone"):
        asked = _cancel(
            found,
            partial(words.neighbours, found, lexicons, languages),
            partial(_negated, draft, text, suggestible=True),
        )
        if asked is not None:
            yield field, asked, found.span


def _unanswered(draft: Draft, hits: Iterator[_Hit]) -> Iterator[_Hit]:
    """The cancellations asked for, not told of in a reply to the buyer's own words about one:
    where a line quoted from the buyer names a cancellation ("> Wie kann ich eine Bestellung
    stornieren?"), the seller saying how it is done answers the buyer ("Sie können die
    Stornierung in Ihrem Konto beantragen", "l'option d'annulation se trouve dans « Vos
    commandes »"); a deal for it asks all the same ("> Can I cancel? - Yes, and we sell it to
    you for less directly")."""
    raised: bool | None = None
    for field, span, region in hits:
        if raised is None:  # looked for once, and only where something was found
            raised = any(
                found.has("cancel") and _quoted(_text(draft, other), found.between(0))
                for other, found in _sentences(draft)
            )
        around = _sentence_at(draft, field, span) if raised else None
        if around is None or sentences.offers_a_deal(around):
            yield field, span, region


def _asked_of_the_buyer(draft: Draft, hits: Iterator[_Hit]) -> Iterator[_Hit]:
    """The phrases not in a sentence that names a right the law gives ("vous avez le droit
    d'annuler votre commande", "within 14 days"): a right stated, not a cancellation asked
    for; nor one whose request word is Amazon's ("Amazon puede cancelar el pedido"), nor one a
    verb of refraining takes back ("vous abstenir d'annuler la commande"), nor the buyer's
    question reported ("Nos preguntó si puede cancelar el pedido")."""
    for field, span, region in hits:
        around = _sentence_at(draft, field, span)
        if around is None or not (
            sentences.states_a_right(around)
            or sentences.amazon_asked(around, span.start)
            or sentences.refrained_in(around, span)
            or sentences.reported_at(around, span.start)
        ):
            yield field, span, region


def _cancel(
    found: Sentence,
    neighbours: Callable[[], list[Sentence]],
    negated: Callable[[Span], bool],
) -> Span | None:
    """The cancellation reading of a sentence (a hard-wrapped one read whole: _fields); a
    sentence whose cancellations all happened ("which was cancelled yesterday") is not read
    further. An order made to vanish with a click is a cancellation by another name."""
    asked = None
    if sentences.open_cancellation(found):
        asked = sentences.cancel_request(found, negated)
    if asked is None and found.has("vanish"):
        asked = sentences.clicked_away(found, negated)
    return asked


@rule(
    "content.payment_details",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{found}' asks for or gives payment or bank details; payments go through {platform} only.",
    de="'{found}' fragt nach Zahlungs- oder Bankdaten oder nennt sie; Zahlungen laufen nur "
    "über {platform}.",
)
# Not backed by the wording model: on rounds it had not seen it found no payment ask the
# phrases missed and took declines for asks ("we cannot accept PayPal, please pay through
# Amazon"), which the rule's own readings of refusals get right (docs/evaluation.md).
def payment_details(draft: Draft) -> Iterator[Report]:
    """Bank, card and PayPal wording, and IBANs or card numbers that pass their checksum."""
    if not _silent(draft):
        yield from _reports(
            draft,
            _undeclined(
                draft,
                _outside_sentences_of(
                    draft,
                    "not_a_payment",
                    _outside_phrases_of(
                        draft,
                        "not_a_payment_phrase",
                        _phrase_hits(draft, "payment_details", negatable=True, refusable=True),
                    ),
                    negatable=True,
                    outrun="outrun",
                ),
                _PAYMENTS_DECLINED,
            ),
        )
    for field, text in draft.said():
        for span in bank_numbers(draft, field, text):
            yield report_at(draft, field, span, params={"found": text[span.start : span.end]})


# What declines what the buyer asked about (_declined): the phrases of the rule's categories
# said no to, and the contexts that decline it (a refusal; for a payment or a reward the
# platform's payment named).
_Declining = tuple[tuple[str, ...], tuple[str, ...]]
# A payment the buyer asked about is declined by "not needed" too ("no hace falta"): unneeded.
_PAYMENTS_DECLINED: _Declining = (("payment_details",), ("not_a_payment", "refusal", "unneeded"))
_OFFERS_DECLINED: _Declining = (("marketing", "coupon"), ("refusal",))
_REWARDS_DECLINED: _Declining = (("review_manipulation",), ("not_a_payment", "refusal"))
_REVIEWS_DECLINED: _Declining = (("review_request",), ("not_a_payment", "refusal"))


def _undeclined(draft: Draft, hits: Iterator[_Hit], declining: _Declining) -> Iterator[_Hit]:
    """The places not the buyer's own declined: a detail the buyer sent, named so just before
    it (payment_received: "in cui ci indicava il suo IBAN per il rimborso"), or what the buyer
    asked about or wished for, reported before it (buyer_asked: "you asked whether you could
    pay by bank transfer", "nos pregunta si puede pagar en efectivo", "you'd like a discount on
    your next order", "Sie hatten gefragt, ob wir Ihnen etwas erstatten, wenn Sie Ihre
    Rezension ändern") or asked for just after it (buyer_asked_after: "the voucher code you
    asked for", "el cupón que nos pidió"), asks for nothing when the rest of its sentence or
    the sentence after it declines it (_declined: "... il rimborso viene effettuato
    esclusivamente tramite Amazon", "Unfortunately, we are unable to accept payment outside of
    Amazon", "..., but we aren't able to offer one", "...: we're not able to issue codes", "Ce
    n'est pas possible"); with nothing declined after it ("thanks for sending your IBAN, the
    refund follows", "Here is the voucher code you asked for: SAVE10"), it stays reported.
    declining: one of the tuples above."""
    contexts = draft.pack.lexicons.contexts
    received, asked = contexts["payment_received"], contexts["buyer_asked"]
    asked_after, turned = contexts["buyer_asked_after"], contexts["clause_break"]
    for field, span, region in hits:
        text = _text(draft, field)
        around = words.sentence_span(text, span.start)
        # A reported question may hold an abbreviation's full stop ("bzw."): read back to the
        # start of its line, at most _REFUSAL_REACH characters more than the sentence.
        line_start = max(text.rfind("\n", 0, span.start) + 1, around.start - _REFUSAL_REACH)
        rest = Span(span.end, around.end)
        if (
            received.search(text[around.start : span.start])
            or asked.search(text[min(line_start, around.start) : span.start])
        ) and _declined(draft, field, text, rest, declining):
            continue
        # Asked for in the clause after it, the answer follows in its sentence, up to a turn
        # ("...: we're not able to issue codes"); a refusal after a turn or in the next
        # sentence refuses something more than the code given ("... is SAVE10, but we can't
        # issue a second one", "...: SAVE10. We can't offer a second one").
        asked_for = asked_after.match(text[rest.start : rest.end])
        if asked_for is not None:
            start = rest.start + asked_for.end()
            turn = turned.search(text[start : rest.end])
            answer = Span(start, rest.end if turn is None else start + turn.start())
            if _declined(draft, field, text, answer, declining, further=False):
                continue
        yield field, span, region


def _declined(
    draft: Draft,
    field: str,
    text: str,
    rest: Span,
    declining: _Declining,
    further: bool = True,
) -> bool:
    """Whether the rest of a sentence or, further, the sentence after it (and the one after
    that where it only announces it: "Nous vous informons que :") declines a payment or an
    offer: a refusal, the platform's payment named (not_a_payment), or a phrase of the rule
    said no to ("no necesitamos sus datos bancarios"); the buyer's lines quoted between are
    passed over. A place that opens by agreeing ("Yes, that works: ..., we cannot take cards
    by phone") declines nothing, and nothing after it does."""
    contexts = draft.pack.lexicons.contexts
    categories, declines = declining
    places = [rest]
    after = words.following(text, rest) if further else None
    # The buyer's words quoted after the report ("> Posso pagare con bonifico?") are the
    # question, not the answer: the answer is the seller's sentence after them. A quoted
    # sentence may start at the mark itself, so its line is read up to its end.
    while after is not None and _quoted(text, Span(after.end, after.end)):
        after = words.following(text, after)
    if after is not None:
        places.append(after)
        if text[after.start : after.end].rstrip().endswith(":"):
            announced = words.following(text, after)
            if announced is not None:
                places.append(announced)
    for place in places:
        # A slice, so that a refusal opening the next sentence ("Ce n'est pas possible") is
        # read from its start (a search from a position never matches "^" there).
        said = text[place.start : place.end]
        if contexts["payment_agreed"].match(said):
            return False
        if any(contexts[name].search(said) for name in declines):
            return True
        if any(
            other == field
            and place.start <= found.start < place.end
            and _negated(draft, text, found)
            for other, found, _ in _phrases(draft, *categories)
        ):
            return True
    return False


@rule(
    "content.social_media",
    Severity.ERROR,
    reference=sources.EBAY_MEMBER_CONTACT,
    en="'{found}' is a social-media handle or profile to contact the seller on; buyers and "
    "sellers write only through {platform}'s messaging.",
    de="'{found}' ist ein Profil in sozialen Medien, über das der Käufer den Verkäufer "
    "erreichen soll; Käufer und Verkäufer schreiben sich nur über {platform}s "
    "Nachrichtensystem.",
)
def social_media(draft: Draft) -> Iterator[Report]:
    """Handles with their network named or implied ("@shop on Instagram", "IG: @shop") and
    invitations to a profile ("find us on Facebook as ...")."""
    if _silent(draft):
        return
    yield from _reports(draft, _phrase_hits(draft, "social_media", negatable=True))


@rule(
    "content.off_platform_offer",
    Severity.ERROR,
    reference=sources.EBAY_OFF_PLATFORM,
    en="'{found}' offers to buy or sell outside {platform} (our own shop, website, catalogue, "
    "by phone or e-mail).",
    de="'{found}' bietet Kauf oder Verkauf außerhalb von {platform} an (eigener Shop, "
    "Website, Katalog, per Telefon oder E-Mail).",
)
def off_platform_offer(draft: Draft) -> Iterator[Report]:
    """Buy directly from our shop or website, cheaper there, order by phone or e-mail next
    time, our catalogue, other businesses."""
    if _silent(draft):
        return
    yield from _reports(draft, _phrase_hits(draft, "off_platform_offer", negatable=True))


@rule(
    "content.feedback_extortion",
    Severity.ERROR,
    reference=sources.EBAY_FEEDBACK_EXTORTION,
    en="'{found}' ties feedback to something in return (a refund, a voucher, shipping, a "
    "condition), or demands positive feedback.",
    de="'{found}' knüpft die Bewertung an eine Gegenleistung (Erstattung, Gutschein, Versand, "
    "eine Bedingung) oder verlangt eine positive Bewertung.",
)
def feedback_extortion(draft: Draft) -> Iterator[Report]:
    """An incentive or refund for feedback, feedback demanded before shipping or before a
    problem is resolved, positive feedback demanded with a threat."""
    if _silent(draft):
        return
    yield from _reports(draft, _phrase_hits(draft, "feedback_extortion", negatable=True))


@rule(
    "content.feedback_revision",
    Severity.WARNING,
    reference=sources.EBAY_FEEDBACK_REVISION,
    en="'{found}' asks the buyer to revise or withdraw feedback: allowed once the problem is "
    "resolved, and never with anything in return.",
    de="'{found}' bittet den Käufer, eine Bewertung zu ändern oder zurückzunehmen: erlaubt, "
    "wenn das Problem gelöst ist, und nie gegen eine Gegenleistung.",
)
def feedback_revision(draft: Draft) -> Iterator[Report]:
    """A plain request to revise feedback; with an incentive or pressure it is extortion,
    reported by that rule alone."""
    if _silent(draft) or (
        draft.runs("content.feedback_extortion") and _phrases(draft, "feedback_extortion")
    ):
        return
    yield from _reports(draft, _phrase_hits(draft, "feedback_revision", negatable=True))


RULES = (
    opt_out,
    marketing,
    review_manipulation,
    review_request_misplaced,
    cancel_request,
    payment_details,
    social_media,
    off_platform_offer,
    feedback_extortion,
    feedback_revision,
)
