"""The cancellation readings: whether a cancellation has not happened yet
(open_cancellation), the buyer asked to cancel (cancel_request), a right the law gives stated
(states_a_right)."""

from __future__ import annotations

from service.engine.model import Span
from service.engine.rules.sentences.nearby import (
    CHANGE_DISTANCE,
    CONDITION_DISTANCE,
    LEVEL_DISTANCE,
    REQUEST_DISTANCE,
    Negated,
    asks_question,
    near,
    near_after,
    near_before,
    near_in_clause,
    nearest_before,
    negated_at,
    wished,
)
from service.engine.scan.words import Sentence

# "Stornieren Sie bitte": a request right after the verb.
_AFTER_DISTANCE = 2
# "withdraw the current order", "dar de baja este pedido": a cancellation word that needs its
# order this close after it, or, in its clause, this close before it ("die Bestellung in Ihrem
# Amazon-Konto einfach zurückziehen": the verb last).
_WITHDRAWN_DISTANCE = 3
_WITHDRAWN_BEFORE_DISTANCE = 6
# "easier for both of us": "for" and the seller it benefits.
_BENEFIT_DISTANCE = 3
# "plus simple pour nous deux": the words a clause may hold after the seller it is easier for.
_CLAUSE_TAIL = 1
# "get the order annulled": a causative verb and the cancellation it has done.
_CAUSED_DISTANCE = 4
# "Wir bitten Sie, die vorliegende Bestellung über Ihr Amazon-Konto zu stornieren": the seller
# asking the buyer, and the verb its object may put this far after it (German's last); "you"
# at most two words from the asking word.
_ASKED_DISTANCE = 16
_ASKED_YOU = 2
# "de bien vouloir annuler": the mark of the verb asked for at most this many words before it.
_MARKED = 3
# "Dal suo account Amazon può annullare": the place Amazon names at most this many words before it.
_PLACE_DISTANCE = 2


def open_cancellation(sentence: Sentence) -> bool:
    """Whether a cancellation in the sentence has not happened: not "cancelled" ("if you
    cancelled" is supposed, not done)."""
    return any(not _happened(sentence, position) for position in _cancellations(sentence))


def _cancellations(sentence: Sentence) -> list[int]:
    """The cancellation words, and the verbs that undo an order in the buyer's account: the
    order beside the verb (_withdrawn_order; German's verb last reaches further back: "kannst
    du die Bestellung mit einem Klick in deinem Konto wieder loswerden") and "your" account in
    its clause ("drop the order from your account", "supprimez l'achat depuis votre compte";
    not "retirer votre commande au point relais", "remove the sticker from the order"), and no
    place an order is picked up at in its clause (_collected). Since round 17 such a verb, or
    one that takes an order back (take_back: "retirar", "ritirare", "pull"), undoes the order
    where a new one follows in its clause instead of the account (_reordered_with: "te
    sugerimos que retires el pedido y lo vuelvas a hacer", "remove the order and place a new
    one"): an order collected is not placed again."""
    return [
        *sentence.positions("cancel"),
        *(
            verb
            for verb in sorted({*sentence.positions("undo"), *sentence.positions("take_back")})
            if not sentence.is_a(verb, "cancel")
            and not _collected(sentence, verb)
            and (
                _withdrawn_order(sentence, verb)
                or any(
                    verb - REQUEST_DISTANCE <= order < verb and sentence.joined(order, verb)
                    for order in sentence.positions("order")
                )
            )
            and (
                (
                    sentence.is_a(verb, "undo")
                    and any(
                        abs(account - verb) <= REQUEST_DISTANCE
                        and sentence.is_a(account - 1, "your")
                        and sentence.joined(min(account, verb), max(account, verb))
                        for account in sentence.positions("account")
                    )
                )
                or _reordered_with(sentence, verb) is not None
            )
        ),
    ]


def _collected(sentence: Sentence, verb: int) -> bool:
    """Whether a verb that undoes an order takes it out of a place it is picked up at, in its
    clause ("retirer votre commande au point relais avec votre compte Amazon", "remove your
    order from the locker with the code in your account"): the account holds the pick-up code,
    nothing is undone. A place in another clause leaves the verb's reading ("Si le point relais
    est fermé, supprimez la commande depuis votre compte")."""
    return near_in_clause(sentence, verb, "collected_at", REQUEST_DISTANCE) is not None


def _happened(sentence: Sentence, cancel: int) -> bool:
    """A cancellation that has happened ("cancelled", "annullato"), not one supposed ("if you
    cancelled") or wished for in the subjunctive ("chiedere che l'ordine venga annullato",
    "demander que la commande soit annulée", German's after it: "storniert würde"), nor one a
    politeness word just before asks for, the past participle written for the infinitive ("svp
    annulé la commande", "bitte storniert"; not an adverb that may ask: "Just cancelled it for
    you", "J'ai simplement annulé")."""
    return (
        sentence.is_a(cancel, "done")
        and not _supposed(sentence, cancel)
        and not (
            cancel > 0
            and sentence.is_a(cancel - 1, "politeness")
            and sentence.joined(cancel - 1, cancel)
        )
        and not any(
            0 <= word < len(sentence.forms)
            and sentence.is_a(word, "subjunctive")
            and sentence.joined(word, cancel)
            for word in (cancel - 1, cancel + 1)
        )
        and _caused(sentence, cancel) is None
        and _left_to_the_buyer(sentence, cancel) is None
    )


def _left_to_the_buyer(sentence: Sentence, cancel: int) -> int | None:
    """The modal of a passive cancellation the buyer is to do, not one done: the buyer its
    agent ("by you", "by the purchaser", "vom Käufer", "par vos soins", "dall'acquirente") and
    a request word a few words before it, no seller and no other subject between ("can only be
    cancelled by the purchaser", "muss von Ihnen storniert werden"; not "was cancelled by the
    buyer, so we can't ship", nor "as you can see, it was cancelled by you"); nor a rule the
    sentence states, its source or its outcome named and nothing asked after it ("according to
    Amazon's policy", "which is why we could not stop it", "yours has already shipped"; not
    "can only be cancelled by the purchaser, so please do it", where "we could" asks nothing)."""
    agents = [
        agent
        for agent in sentence.positions("agent")
        if cancel - LEVEL_DISTANCE <= agent <= cancel + LEVEL_DISTANCE
        and any(
            word < len(sentence.forms)
            and (
                sentence.is_a(word, "customer")
                or sentence.is_a(word, "you")
                or sentence.is_a(word, "you_by")
            )
            for word in (agent + 1, agent + 2)
        )
    ]
    if not agents and _your_side(sentence, cancel) is None:
        return None
    asks = (*sentence.positions("request"), *sentence.positions("plea"))
    if sentence.has("stated") and not any(
        cancel < word and not sentence.is_a(word - 1, "we") for word in asks
    ):
        return None  # "can only be cancelled by the purchaser, according to Amazon's policy"
    for request in asks:
        between = range(request + 1, cancel)
        if (
            cancel - CHANGE_DISTANCE <= request < cancel
            and sentence.joined(request, cancel)
            and not any(
                sentence.is_a(word, "we")
                or (sentence.is_a(word, "you") and not sentence.is_a(word - 1, "agent"))
                for word in between
            )
        ):
            return request
    return None


def _caused(sentence: Sentence, cancel: int) -> int | None:
    """The verb that has the buyer get a cancellation done: "get the order annulled", "have
    it cancelled" (what it cancels between the two, not "you have already cancelled")."""
    for verb in sentence.positions("causative"):
        between = range(verb + 1, cancel)
        if (
            cancel - _CAUSED_DISTANCE <= verb < cancel - 1
            and any(
                sentence.is_a(word, "order") or sentence.is_a(word, "pronoun") for word in between
            )
            and not any(sentence.is_a(word, "you") or sentence.is_a(word, "we") for word in between)
        ):
            return verb
    return None


def cancel_request(sentence: Sentence, negated: Negated) -> Span | None:
    """The buyer asked to cancel: a request ("please", "could you", "Sie können") before the
    cancellation or just after it, and no seller ("we") before it in its clause doing it; or a
    cancellation on a condition in a sentence that offers a cheaper deal for it. A sentence
    that names a right the law gives states it ("you have the statutory right to cancel")."""
    if states_a_right(sentence) or any(
        _cancels_a_contract(sentence, position) for position in sentence.positions("cancel")
    ):
        # "Vous pouvez renoncer à votre achat et annuler le contrat sous 14 jours": a sentence
        # that cancels a contract states the law, whatever else it cancels.
        return None
    for position in _cancellations(sentence):
        review = near(sentence, position, "review_object", CHANGE_DISTANCE)
        if _happened(sentence, position) or (
            review is not None and _deleted_review(sentence, review, position)
        ):
            continue  # "cancellare il suo feedback" deletes a review
        if (sentence.is_a(position, "withdraw") and not _withdrawn_order(sentence, position)) or (
            sentence.is_a(position, "particle") and not _particle_verb(sentence, position)
        ):
            continue  # "withdraw" cancels an order only next to one, "tomber" in "laisser tomber"
        if _a_right(sentence, position):
            continue  # "the right to cancel", "das Recht, die Bestellung zu stornieren"
        if _thanked_for(sentence, position):
            continue  # "Merci pour l'annulation de votre part": done, thanked for
        if _refrained(sentence, position):
            continue  # "Please refrain from cancelling", "sehen Sie davon ab, ... zu stornieren"
        request = _asking(sentence, position)
        seller = nearest_before(sentence, position, "we", REQUEST_DISTANCE)
        if seller is not None and _seller_asks(sentence, seller, position):
            seller = None
        modal = _left_to_the_buyer(sentence, position)
        if modal is not None and seller is None and not negated_at(sentence, negated, position):
            return sentence.between(modal, position)  # "can only be cancelled by the buyer"
        if seller is None and _subject_after(sentence, position):
            seller = position + 1  # "Gerne stornieren wir die Bestellung für Sie"
        condition = near_before(sentence, position, "condition", CONDITION_DISTANCE)
        asked = _clause_request(sentence, position)
        if condition is not None and asked is not None and not sentence.joined(condition, position):
            # "Si vous voulez, annulez la commande", "Si lo prefiere, puede anular el pedido":
            # the condition has a clause of its own, the request is in the cancellation's.
            condition, request = None, asked
        if condition is None or sentence.is_a(condition, "inverted"):
            condition = _inverted_condition(sentence, position)
        way = None
        if condition is not None:
            way = near_before(sentence, condition, "best", CONDITION_DISTANCE)
            if way is None:
                way = _gain_after(sentence, position)
        if way is not None:
            # "am einfachsten ist es, wenn Sie stornieren", "we'd be grateful if you cancelled":
            # the request's content, which the buyer does, not the seller before it.
            condition = None
            request = way if request is None else request
            if seller is not None and seller < way < position:
                seller = None
        if negated_at(sentence, negated, position):
            continue
        if seller is None:
            # "cancel the order and buy again", "Anulando este pedido y haciendo uno nuevo";
            # "Falls es Ihnen zu lange dauert - Sie kennen den Stornieren-Knopf".
            offered = _reordered_with(sentence, position)
            if offered is None:
                offered = _button_offered(sentence, position)
            if offered is not None:
                return sentence.between(position, offered)
        if condition is not None and (
            offers_a_deal(sentence)
            or (seller is None and _reordered(sentence, condition, position))
        ):
            # "If you cancel the Amazon order, we can sell it to you for $40 less"; "Once you
            # have cancelled the order, please place a new one".
            return sentence.between(condition, position)
        if request is not None and seller is None and condition is None:
            return sentence.between(request, position)
        if seller is None and condition is None:
            # "You cancel the order in your account and we refund you": the buyer its subject
            # asks as well as a request word does.
            subject = _buyer_subject(sentence, position)
            if subject is not None:
                return sentence.between(subject, position)
    return None


def clicked_away(sentence: Sentence, negated: Negated) -> Span | None:
    """An order said to vanish with a click offered on a condition, the cancellation by another
    name ("Should you prefer not to wait, the order can go away with a single click in Your
    Orders", "Sollten Sie nicht so lange warten wollen, ist die Bestellung mit einem Klick
    erledigt", "Si vous préférez ne pas attendre, la commande peut disparaître en un clic"):
    the order what vanishes (_order_gone), the click in its clause and the condition in a
    clause of its own (_button_offered); not "right away", nor the seller making it vanish
    ("we delete the order with one click"), nor one negated ("the order does not disappear")."""
    for gone in sentence.positions("vanish"):
        if sentence.is_a(gone, "particle") and not _particle_verb(sentence, gone):
            continue  # "go away", not "ship right away"
        seller = nearest_before(sentence, gone, "we", REQUEST_DISTANCE)
        if (
            not _order_gone(sentence, gone)
            or (seller is not None and sentence.joined(seller, gone))
            or _subject_after(sentence, gone)  # "löschen wir Ihre Bestellung mit einem Klick"
            or negated_at(sentence, negated, gone)
        ):
            continue
        # The click anywhere in the clause: "verschwindet die Bestellung mit einem Klick".
        offered = _button_offered(sentence, gone, REQUEST_DISTANCE)
        if offered is not None:
            return sentence.between(gone, offered)
    return None


def _order_gone(sentence: Sentence, gone: int) -> bool:
    """Whether the order is what a word of vanishing makes vanish: its object just after it
    ("delete the order", "löschen Sie die Bestellung") or before it just after "you" (German's
    verb last: "können Sie die Bestellung mit einem Klick löschen"; not "Sie können die
    Geschenknachricht Ihrer Bestellung löschen"); or its subject in its clause, just before it
    ("l'ordine sparisce") or opening the clause ("ist die Bestellung mit einem Klick erledigt",
    "the order can go away"; not another thing's: "ist die Rücksendung Ihrer Bestellung mit
    einem Klick erledigt", "il messaggio regalo dell'ordine si elimina con un clic")."""
    for order in sentence.positions("order"):
        if gone < order <= gone + _WITHDRAWN_DISTANCE:
            return sentence.joined(gone, order)
        if (
            order < gone
            and sentence.joined(order, gone)
            # Another thing's order is no subject: "le message cadeau de la commande s'efface".
            and near_before(sentence, order, "examined_of", LEVEL_DISTANCE) is None
        ):
            opening = order
            while opening > 0 and sentence.joined(opening - 1, opening):
                opening -= 1
            if (
                gone - order <= LEVEL_DISTANCE
                or order - opening <= LEVEL_DISTANCE
                or near_before(sentence, order, "you", LEVEL_DISTANCE) is not None
            ):
                return True
    return False


def _buyer_subject(sentence: Sentence, cancel: int) -> int | None:
    """The buyer as the subject of a cancellation told, not asked ("You cancel the order and
    we refund you", "Vous annulez la commande", "Usted cancela el pedido"): "you" at most two
    words before it in its clause, opening the clause (not "if you cancel", "before you
    cancel", "as you know") or after a word that asks ("simply you cancel"), nobody else
    between; not in a question ("Did you cancel it by mistake?") nor in the buyer's question
    reported ("You asked whether you can cancel")."""
    if asks_question(sentence) or sentence.has("wondered"):
        return None
    for you in sentence.positions("you"):
        if (
            cancel - LEVEL_DISTANCE <= you < cancel
            and sentence.joined(you, cancel)
            and (sentence.opens_clause(you) or sentence.is_a(you - 1, "request"))
            and not any(
                sentence.is_a(word, category)
                for word in range(you + 1, cancel)
                for category in ("we", "platform", "third_party", "customer")
            )
        ):
            return you
    return None


def _reported(sentence: Sentence, request: int) -> bool:
    """Whether a request word is the buyer's question reported, a word of asking before it in
    its clause ("Nos preguntó si puede cancelar", "Lei ci chiedeva se può annullare")."""
    return any(
        request - REQUEST_DISTANCE <= word < request and sentence.joined(word, request)
        for word in sentence.positions("wondered")
    )


def offers_a_deal(sentence: Sentence) -> bool:
    """Whether the sentence offers a deal for a cancellation: cheaper, or paid off Amazon, or a
    new listing to buy instead ("als neues Angebot", "a new listing"; not "the listing stays
    online")."""
    return sentence.has("deal") or any(
        near_before(sentence, listing, "novelty", LEVEL_DISTANCE) is not None
        for listing in sentence.positions("listing")
    )


def _reordered(sentence: Sentence, condition: int, cancel: int) -> bool:
    """Whether the buyer is to order again after a cancellation supposed for a time to come
    ("once you have cancelled"): an again-word within two words of an ordering word after it
    ("place a new one", "neu bestellen", "volver a comprarlo", "la repasser"), both in a
    clause after the cancellation's (not "cancelled the order, the new date")."""

    def later(word: int) -> bool:
        return cancel < word < len(sentence.forms) and not sentence.joined(cancel, word)

    return sentence.is_a(condition, "once") and any(
        later(again)
        and any(
            later(word) and sentence.is_a(word, "ordering")
            for word in range(again - LEVEL_DISTANCE, again + LEVEL_DISTANCE + 1)
        )
        for again in sentence.positions("again")
    )


def _reordered_with(sentence: Sentence, cancel: int) -> int | None:
    """A new order in the cancellation's own clause, the way out it offers the buyer: an
    again-word within two words of an ordering word after it, no seller between ("cancel the
    order and buy it again", "zurückziehen und neu aufgeben", "annullare l'ordine e
    riordinare", "anulando este pedido y haciendo uno nuevo"); not an alternative turned down
    ("instead of cancelling and re-ordering"), nor other buyers doing it ("some customers
    cancel and reorder"), nor the buyer's question reported ("you asked whether to cancel and
    buy again")."""
    if any(
        sentence.is_a(word, category)
        for word in range(max(cancel - CHANGE_DISTANCE, 0), cancel)
        for category in ("instead", "customer", "third_party", "platform")
    ) or _reported(sentence, cancel):
        return None
    for again in sentence.positions("again"):
        if (
            cancel < again <= cancel + REQUEST_DISTANCE
            and sentence.joined(cancel, again)
            and not any(sentence.is_a(word, "we") for word in range(cancel + 1, again))
            and any(
                cancel < word < len(sentence.forms) and sentence.is_a(word, "ordering")
                for word in range(again - LEVEL_DISTANCE, again + LEVEL_DISTANCE + 1)
            )
        ):
            return again
    return None


def _button_offered(sentence: Sentence, cancel: int, reach: int = CHANGE_DISTANCE) -> int | None:
    """A click that cancels, or a button the buyer is told of ("you", "your" in its clause),
    offered on a condition in a clause of its own ("Si prefiere no esperar, en su cuenta tiene
    el botón para cancelar", "Falls Ihnen die Wartezeit zu lang ist: Ein Klick auf „Bestellung
    stornieren“ genügt", "vous savez où se trouve le bouton d'annulation dans votre compte"),
    one by inversion too ("Should you prefer not to wait, one click cancels it");
    not the button a condition is about ("if the cancel button is greyed out"), nor one
    described ("When the timer ends, the cancel button disappears"), nor in a sentence that
    states why ("the cancel button is gone once shipped")."""
    if sentence.has("stated"):
        return None
    for button in (*sentence.positions("button"), *sentence.positions("click")):
        first = min(button, cancel)
        if (
            abs(button - cancel) <= reach
            and sentence.joined(first, max(button, cancel))
            and (sentence.is_a(button, "click") or _told_of(sentence, button))
            and any(
                condition < first and not sentence.joined(condition, first)
                for condition in (*sentence.positions("condition"), *_inversions(sentence))
            )
        ):
            return button
    return None


def _inversions(sentence: Sentence) -> list[int]:
    """The conditions written by inversion: a word of the category first in its clause, "you"
    after it ("Should you prefer not to wait, ...")."""
    return [
        word
        for word in sentence.positions("inverted")
        if sentence.opens_clause(word)
        and word + 1 < len(sentence.forms)
        and sentence.is_a(word + 1, "you")
    ]


def refrained_in(sentence: Sentence, span: Span) -> bool:
    """Whether a verb of refraining takes back a cancellation in this span of the sentence (a
    phrase's: "vous abstenir d'annuler la commande")."""
    return any(
        span.start <= sentence.between(cancel).start < span.end and _refrained(sentence, cancel)
        for cancel in sentence.positions("cancel")
    )


def _grateful_if_you(sentence: Sentence, cancel: int) -> int | None:
    """Gratitude on the condition that "you" cancel, however long the condition's clause
    ("Wir wären Ihnen dankbar, wenn Sie die Bestellung in Ihrem Konto stornieren", "Le saremmo
    grati se annullasse l'ordine dal suo account"): the request's content."""
    for grateful in sentence.positions("grateful"):
        if cancel - REQUEST_DISTANCE <= grateful < cancel and any(
            grateful < condition <= grateful + LEVEL_DISTANCE
            and near_after(sentence, condition, "you", LEVEL_DISTANCE) is not None
            and sentence.joined(condition, cancel)
            for condition in sentence.positions("condition")
        ):
            return grateful
    return None


def _told_of(sentence: Sentence, word: int) -> bool:
    """Whether the buyer is named in the word's clause: "you" or "your"."""
    return any(
        sentence.joined(min(word, other), max(word, other))
        for category in ("you", "your")
        for other in sentence.positions(category)
    )


def _refrained(sentence: Sentence, cancel: int) -> bool:
    """Whether a verb of refraining takes the cancellation back: before it in its clause, or
    ending the clause just before the cancellation's infinitive ("Bitte sehen Sie davon ab, die
    Bestellung zu stornieren"; not "Um Verzögerungen zu vermeiden, stornieren Sie"), no request
    between ("to avoid delays, please cancel" asks); or German's verb last, just after it ("von
    einer Stornierung abzusehen"; not "cancel to avoid fees"). Not a refraining word that
    cancels an order itself ("renoncer à la commande")."""
    refrains = [
        word
        for word in sentence.positions("refrain")
        if not (sentence.is_a(word, "cancel") and _withdrawn_order(sentence, word))
    ]
    refrains += [
        particle
        for verb in sentence.positions("refrain_split")
        for particle in sentence.positions("refrain_particle")
        if verb < particle <= verb + CHANGE_DISTANCE
    ]
    if sentence.next_to(cancel) and cancel + 1 in refrains:
        return True
    infinitive = near_before(sentence, cancel, "infinitive", _MARKED)
    return any(
        cancel - REQUEST_DISTANCE <= word < cancel
        and (
            sentence.joined(word, cancel)
            or (
                not sentence.joined(word, word + 1)
                and infinitive is not None
                and word < infinitive
                and sentence.joined(word + 1, cancel)
            )
        )
        and not any(
            sentence.is_a(between, "request") or sentence.is_a(between, "politeness")
            for between in range(word + 1, cancel)
        )
        for word in refrains
    )


def _asking(sentence: Sentence, cancel: int) -> int | None:
    """The word that asks for a cancellation: the cancellation itself in the imperative ("Cancel
    the order"); a request before it ("could you"), or just after it ("Stornieren Sie bitte"),
    not one it names ("your cancellation request"); else the buyer's side ("a cancellation from
    your end"), the best way in its clause before it ("Le plus rapide serait d'annuler") or
    after it ("Eine Stornierung wäre die beste Lösung", not "the best we could do")."""
    if _imperative(sentence, cancel) or _listed_option(sentence, cancel):
        return cancel
    if sentence.is_a(cancel, "particle"):
        # "Deje que el pedido caduque", "Let the order lapse": the verb said first asks.
        verb = nearest_before(sentence, cancel, "particle_verb", _WITHDRAWN_BEFORE_DISTANCE)
        if verb is not None and _imperative(sentence, verb):
            return verb
    request = near_before(sentence, cancel, "request", REQUEST_DISTANCE)
    after = near_after(sentence, cancel, "request", _AFTER_DISTANCE)
    # "Stornieren Sie bitte" and "stornieren, bitte, wir liefern nicht", not the next clause's
    # "If you'd like to cancel, just let us know": that one asks for a message.
    if (
        request is None
        and after is not None
        and (sentence.joined(cancel, after) or sentence.set_off(after))
    ):
        request = after
    if (
        request is not None
        and not _named_request(sentence, request, cancel)
        and not _advice_taken_back(sentence, request)
        and not _third_party(sentence, request, cancel)
        and not _reported(sentence, request)
    ):
        return request
    plea = _plea(sentence, cancel)
    if plea is not None:
        return plea
    grateful = _grateful_if_you(sentence, cancel)
    if grateful is not None:
        return grateful
    asked = _asked_of_you(sentence, cancel)
    if asked is not None:
        return asked
    needful = _needful(sentence, cancel)
    if needful is not None:
        return needful
    nudge = near_before(sentence, cancel, "nudge", REQUEST_DISTANCE)
    if nudge is not None and not sentence.is_a(cancel, "cancel_noun"):
        return nudge  # "Amazon lets you withdraw the order", not "Amazon allows cancellation"
    caused = _caused(sentence, cancel)
    if caused is not None:
        return caused
    side = _your_side(sentence, cancel)
    if side is not None:
        return side
    modal = _from_your_account(sentence, cancel)
    if modal is not None:
        return modal
    quickest = near_before(sentence, cancel, "best", CONDITION_DISTANCE)
    if (
        quickest is not None
        and (sentence.joined(quickest, cancel) or _best_labelled(sentence, quickest, cancel))
        # "Ha senso aspettare invece di annullare": the best way is the alternative to it.
        and not any(sentence.is_a(word, "instead") for word in range(quickest + 1, cancel))
    ):
        return quickest
    best = near_after(sentence, cancel, "best", CONDITION_DISTANCE)
    if (
        best is not None
        and sentence.joined(cancel, best)
        and near_after(sentence, best, "we", LEVEL_DISTANCE) is None
    ):
        return best  # in its clause: not "Para cancelar, encontrará ayuda en Amazon"
    return None


def _needful(sentence: Sentence, cancel: int) -> int | None:
    """What needs doing left to the buyer, the cancellation its aim after it in its clause:
    "Nous vous laissons le soin de faire le nécessaire dans votre compte Amazon pour que la
    commande soit close", "Please do whatever is necessary in your account to cancel it". The
    buyer, a request or a nudge the nearest before it that asks ("vous", "merci de", "faites"),
    no seller before them ("nous ferons le nécessaire pour annuler") nor between it and the
    cancellation ("do what is needed and we will cancel the order")."""
    for needful in sentence.positions("needful"):
        if not (
            cancel - _ASKED_DISTANCE <= needful < cancel and sentence.joined(needful, cancel)
        ) or any(sentence.is_a(word, "we") for word in range(needful + 1, cancel)):
            continue
        for word in range(needful - 1, max(-1, needful - REQUEST_DISTANCE - 1), -1):
            if sentence.is_a(word, "we") and not sentence.is_a(word + 1, "you"):
                break  # the seller does it: "nous ferons le nécessaire"
            if any(
                sentence.is_a(word, category) for category in ("you", "request", "nudge", "plea")
            ):
                return word
    return None


def amazon_asked(sentence: Sentence, offset: int) -> bool:
    """Whether the request word a phrase starts with at this offset is Amazon's: "Amazon può
    annullare l'ordine se il pacco va perso", "Amazon puede cancelar el pedido"."""
    request = sentence.word_at(offset)
    return request is not None and _amazon_asks(sentence, request)


def reported_at(sentence: Sentence, offset: int) -> bool:
    """Whether the request word a phrase starts with at this offset is the buyer's question
    reported ("Nos preguntó si puede cancelar el pedido")."""
    request = sentence.word_at(offset)
    return request is not None and _reported(sentence, request)


def _amazon_asks(sentence: Sentence, request: int) -> bool:
    """Whether Amazon is a request word's subject, just before it and no "you" after it
    ("Amazon can cancel the order"; not "Über Amazon können Sie stornieren"), nor the place
    the buyer does it in ("Su Amazon può annullare", "Desde su cuenta de Amazon puede")."""
    return (
        request > 0
        and sentence.is_a(request - 1, "platform")
        and not (request + 1 < len(sentence.forms) and sentence.is_a(request + 1, "you"))
        and not any(
            sentence.is_a(word, category) and sentence.joined(word, request)
            for word in range(max(request - 1 - _PLACE_DISTANCE, 0), request - 1)
            for category in ("place", "through", "account")
        )
    )


def _third_party(sentence: Sentence, request: int, cancel: int) -> bool:
    """Whether Amazon or another, not the buyer, is the cancellation's subject after a request
    word: the request its own (_amazon_asks), or the cancellation's clause an opener starts
    between, an article after it at most ("We ask you to be patient while Amazon processes the
    cancellation", "bis Amazon die Stornierung abgeschlossen hat", "Debes saber que el sistema
    anulará el pedido"; not "ask Amazon to cancel")."""
    return _amazon_asks(sentence, request) or any(
        request < doer < cancel
        and sentence.joined(doer, cancel)
        and any(sentence.is_a(word, "opener") for word in (doer - 1, doer - 2) if word > request)
        for doer in (*sentence.positions("platform"), *sentence.positions("third_party"))
    )


def _asked_of_you(sentence: Sentence, cancel: int) -> int | None:
    """The seller asking the buyer, "you" beside the asking word, for a cancellation verb
    further on than a request reaches ("Wir bitten Sie, die vorliegende Bestellung über Ihr
    Amazon-Konto zu stornieren"), the verb marked as the one asked for ("zu", "to", "d'"): no
    seller after the asking word's own, nor Amazon doing it (_third_party); not a cancellation
    named ("um Geduld bis zur Stornierung"), nor one another does ("We kindly ask you to
    confirm the address, otherwise the system will cancel the order")."""
    if sentence.is_a(cancel, "cancel_noun") or not any(
        sentence.is_a(word, "infinitive") for word in range(max(cancel - _MARKED, 0), cancel)
    ):
        return None
    for advice in sentence.positions("advise"):
        if not cancel - _ASKED_DISTANCE <= advice < cancel:
            continue
        around = range(max(advice - _ASKED_YOU, 0), min(advice + _ASKED_YOU + 1, cancel))
        if (
            any(sentence.is_a(word, "you") or sentence.is_a(word, "add_object") for word in around)
            and not any(
                sentence.is_a(word, "we") for word in range(advice + _ASKED_YOU + 1, cancel)
            )
            and not _third_party(sentence, advice, cancel)
        ):
            return advice
    return None


def _best_labelled(sentence: Sentence, best: int, cancel: int) -> bool:
    """Whether a best way is a label, a colon after it, and the cancellation its clause after
    the colon says, nobody else doing it ("Le plus rapide : tu annules et tu recommandes",
    "Quickest fix: cancel and reorder"; not "Easiest option: we cancel it for you")."""
    if not sentence.labelled(best):
        return False
    later = range(best + 1, cancel + 1)
    after = next((word for word in later if not sentence.joined(best, word)), None)
    return (
        after is not None
        and sentence.joined(after, cancel)
        and not any(
            sentence.is_a(word, "we") or sentence.is_a(word, "platform")
            for word in range(after, cancel + 2)
            if word < len(sentence.forms)
        )
    )


def _deleted_review(sentence: Sentence, review: int, cancel: int) -> bool:
    """Whether the cancellation deletes the review named near it: in its clause ("cancellare
    il suo feedback"), or in the clause "or" joins to it ("può aggiornare la sua recensione,
    oppure cancellarla"); not a review word in another clause ("Visto su comentario sobre la
    talla, cancele y compre la M")."""
    first, last = sorted((review, cancel))
    return sentence.joined(first, last) or any(
        sentence.is_a(word, "either") and sentence.joined(word, last)
        for word in range(first + 1, last)
    )


def _listed_option(sentence: Sentence, cancel: int) -> bool:
    """A cancellation verb that opens a list's item, an option offered to the buyer ("Le
    possibilità sono: - annullare l'ordine ...", "- die Bestellung stornieren"): its first
    words, in its clause, with nobody, no condition and no negation before it (not "- we
    cancel the order", "- if you cancel, ...", nor the noun: "- Stornierung: kostenlos").
    Nor a label, a colon after it ("- annullare l'ordine: possibile solo prima della
    spedizione"): an FAQ's item says what can be done, it offers nothing."""
    return (
        sentence.listed()
        and cancel <= LEVEL_DISTANCE
        and not sentence.is_a(cancel, "cancel_noun")
        and sentence.joined(0, cancel)
        and not sentence.labelled(cancel)
        and not any(
            sentence.is_a(word, category)
            for word in range(cancel)
            for category in ("we", "you", "condition", "negator")
        )
    )


def _from_your_account(sentence: Sentence, cancel: int) -> int | None:
    """A request just after a cancellation that the buyer's account is the way to, in its
    clause: "Une demande d'annulation devrait être faite depuis votre compte", "Die Stornierung
    sollte über Ihr Kundenkonto erfolgen", "A cancellation should be requested from your
    account" (not "should appear in your account", "will be processed by Amazon", nor "from
    our account")."""
    for request in sentence.positions("request"):
        if (
            cancel < request <= cancel + LEVEL_DISTANCE
            and not sentence.is_a(request, "request_noun")
            and sentence.joined(cancel, request)
            and any(
                request < way < account <= request + REQUEST_DISTANCE
                and account - way <= LEVEL_DISTANCE
                and sentence.is_a(account - 1, "your")
                and sentence.joined(request, account)
                for account in sentence.positions("account")
                for way in sentence.positions("through")
            )
        ):
            return request
    return None


def _plea(sentence: Sentence, cancel: int) -> int | None:
    """A word that asks for a cancellation in this reading alone: before it ("porfavor
    cancele", "ci faresti la cortesia di annullare", "se recomienda cancelar"), or after it
    with no seller between ("annuler la commande de votre côté, s'il vous plaît"); not advice
    a negation takes back (_advice_taken_back)."""
    for plea in sentence.positions("plea"):
        if _advice_taken_back(sentence, plea):
            continue
        if cancel - REQUEST_DISTANCE <= plea < cancel or (
            cancel < plea <= cancel + REQUEST_DISTANCE
            and not any(sentence.is_a(word, "we") for word in range(cancel + 1, plea))
        ):
            return plea
    return None


def _advice_taken_back(sentence: Sentence, word: int) -> bool:
    """Whether a plea is advice a negation just before takes back: "Es ist nicht ratsam, jetzt
    zu stornieren", "es wird nicht empfohlen", "it is not advisable", "no es recomendable" (not
    "Wäre es nicht besser", whose "besser" is no plea)."""
    return sentence.is_a(word, "plea") and any(
        sentence.is_a(before, "negator") for before in (word - 1, word - 2) if before >= 0
    )


def states_a_right(sentence: Sentence) -> bool:
    """Whether the sentence names a right the law gives: a word of the law ("statutory",
    "Widerrufsrecht", "droit de rétractation") or its period, fourteen days ("innerhalb von 14
    Tagen vom Kauf zurücktreten"; not "14 December")."""
    return sentence.has("entitled") or any(
        position + 1 < len(sentence.forms) and sentence.is_a(position + 1, "days")
        for position in sentence.positions("fourteen")
    )


def _clause_request(sentence: Sentence, cancel: int) -> int | None:
    """The word in the cancellation's own clause that asks for it: the cancellation in the
    imperative, or a request or nudge before it ("puede anular", "libre à vous de renoncer")."""
    if _imperative(sentence, cancel):
        return cancel
    nudges = () if sentence.is_a(cancel, "cancel_noun") else sentence.positions("nudge")
    for request in (*sentence.positions("request"), *nudges):
        if cancel - REQUEST_DISTANCE <= request < cancel and sentence.joined(request, cancel):
            return request
    return None


def _withdrawn_order(sentence: Sentence, cancel: int) -> bool:
    """Whether a cancellation word that needs its order has one: close after it ("withdraw
    the order"), or before it in its clause ("den Auftrag über Ihr Konto zurücknehmen")."""
    return any(
        cancel < order <= cancel + _WITHDRAWN_DISTANCE
        or (
            cancel - _WITHDRAWN_BEFORE_DISTANCE <= order < cancel and sentence.joined(order, cancel)
        )
        for order in sentence.positions("order")
    )


def _particle_verb(sentence: Sentence, cancel: int) -> bool:
    """Whether the second word of a cancellation said in two ("laisser tomber", "lasciar
    cadere", "echar para atrás") has its verb just before it; an order let lapse, in its
    clause across the order ("Lassen Sie die Bestellung einfach verfallen")."""
    if sentence.is_a(cancel, "lapse"):
        verb = near_before(sentence, cancel, "particle_verb", _WITHDRAWN_BEFORE_DISTANCE)
        return verb is not None and sentence.joined(verb, cancel)
    return near_before(sentence, cancel, "particle_verb", LEVEL_DISTANCE) is not None


def _a_right(sentence: Sentence, cancel: int) -> bool:
    """A right named just before the cancellation, no request between: "the right to cancel",
    "das Recht, die Bestellung zu stornieren" (not "Right, please cancel")."""
    right = nearest_before(sentence, cancel, "right", CHANGE_DISTANCE)
    return right is not None and not any(
        sentence.is_a(between, "request") for between in range(right + 1, cancel)
    )


def _imperative(sentence: Sentence, cancel: int) -> bool:
    """A cancellation verb in the imperative that opens its clause ("Cancel the order", "Si no
    le sirve, cancélelo"), an object pronoun before it at most ("Lo annulli"); not the seller's
    verb put first ("Falls gewünscht, stornieren wir die Bestellung"), nor a list's item that
    is a label ("- cancel the order: only before dispatch": _listed_option)."""
    if not sentence.is_a(cancel, "imperative"):
        return False
    if sentence.listed() and sentence.labelled(cancel):
        return False
    if cancel + 1 < len(sentence.forms) and sentence.is_a(cancel + 1, "we"):
        return False
    first = cancel - 1 if cancel > 0 and sentence.is_a(cancel - 1, "pronoun") else cancel
    return sentence.opens_clause(first)


def _supposed(sentence: Sentence, cancel: int) -> bool:
    """A cancellation in the past tense that is supposed, not done: "if you cancelled", "once
    you have cancelled", "sobald Sie die Bestellung storniert haben", "une fois que vous avez
    annulé", "si la commande était annulée par vos soins" (a condition in the cancellation's
    clause with "you" just after it, or the buyer by role its subject, "if the purchaser
    cancelled it", or the buyer's side after the cancellation)."""
    return any(
        cancel - CONDITION_DISTANCE <= condition < cancel - 1
        and (
            near_after(sentence, condition, "you", LEVEL_DISTANCE) is not None
            or near_after(sentence, condition, "you_did", LEVEL_DISTANCE) is not None
            or any(
                sentence.is_a(word, "customer")
                for word in range(condition + 1, min(condition + 3, cancel))
            )
            or _your_side(sentence, cancel) is not None
        )
        and sentence.joined(condition, cancel)
        for condition in sentence.positions("condition")
    )


def _seller_asks(sentence: Sentence, seller: int, cancel: int) -> bool:
    """Whether the seller before a cancellation asks for it rather than does it: in a clause
    of its own ("Possiamo mandarti il beige, altrimenti ti conviene annullare"), unless it is
    the seller it is easier for ("Für uns ist es einfacher, die Bestellung selbst zu
    stornieren"); advising it ("we ask that you cancel", "le pedimos que cancele", "do us a
    favour and cancel"), or a request
    word with "you" at most two words after it ("we request you to kindly initiate
    cancellation", "we need you to cancel", "nous souhaiterions que vous procédiez à
    l'annulation", "wir möchten, dass Sie stornieren"); grateful to "you" for it ("nous vous
    serions reconnaissants de bien vouloir renoncer à cette commande", "we'd be grateful if
    you cancelled"); or gaining by the buyer's cancellation ("plus simple pour nous si vous
    annuliez")."""
    benefit = near_before(sentence, seller, "benefit", _BENEFIT_DISTANCE)
    for_us = benefit is not None and sentence.joined(benefit, seller)
    by_you = (
        any(sentence.is_a(word, "you") for word in range(seller + 1, cancel))
        or _your_side(sentence, cancel) is not None
    )
    return (
        (not sentence.joined(seller, cancel) and not for_us)
        or any(
            seller - 1 <= advice < cancel
            for advice in (*sentence.positions("advise"), *sentence.positions("plea"))
        )
        or any(
            seller < request < cancel - 1
            and near_after(sentence, request, "you", LEVEL_DISTANCE) is not None
            for request in sentence.positions("request")
        )
        or any(
            seller < grateful < cancel
            and any(
                sentence.is_a(word, "you")
                for word in range(seller + 1, min(grateful + LEVEL_DISTANCE + 1, cancel))
            )
            for grateful in sentence.positions("grateful")
        )
        or (for_us and by_you)
    )


def _gain_after(sentence: Sentence, cancel: int) -> int | None:
    """The best way the clause after a conditional cancellation ends on with the seller it is
    for ("Si la commande était annulée par vos soins, ce serait plus simple pour nous deux",
    "If you cancelled it, it would be easier for us"; not "easier for us to refund you"): the
    request's content."""
    for seller in sentence.positions("we"):
        if (
            cancel < seller <= cancel + REQUEST_DISTANCE
            and not sentence.joined(cancel, seller)
            and sentence.is_a(seller - 1, "benefit")
        ):
            best = near(sentence, seller, "best", _BENEFIT_DISTANCE)
            if best is None or not sentence.joined(best, seller):
                continue
            beyond = max(seller, best) + _CLAUSE_TAIL + 1
            if beyond >= len(sentence.forms) or not sentence.joined(seller, beyond):
                return best
    return None


def _subject_after(sentence: Sentence, cancel: int) -> bool:
    """Whether the seller is the subject just after a cancellation verb, German's order after
    a first word ("Gerne stornieren wir die Bestellung", "Dann stornieren wir sie"; not "Sie
    können gerne stornieren - wir haben Verständnis")."""
    return sentence.next_to(cancel) and sentence.is_a(cancel + 1, "we")


def _thanked_for(sentence: Sentence, cancel: int) -> bool:
    """A cancellation thanked for: thanks, then "for", then the cancellation, no request
    between ("thank you for cancelling", "vielen Dank für die Stornierung"; not "thanks for
    understanding, please cancel")."""
    thanks = near_before(sentence, cancel, "thanks", CONDITION_DISTANCE)
    return (
        thanks is not None
        and not wished(sentence, thanks)  # "le saremmo grati per l'annullamento": asks
        and any(sentence.is_a(between, "exchange") for between in range(thanks + 1, cancel))
        and not any(sentence.is_a(between, "request") for between in range(thanks + 1, cancel))
    )


def _named_request(sentence: Sentence, request: int, cancel: int) -> bool:
    """A request named as a noun beside the cancellation named as one, in its clause: "your
    cancellation request", "die Option zur Stornierung" (not "Hay dos opciones: cancelar", nor
    "la opción de anular el pedido")."""
    return (
        sentence.is_a(request, "request_noun")
        and sentence.is_a(cancel, "cancel_noun")
        and abs(request - cancel) <= LEVEL_DISTANCE
        and sentence.joined(request, cancel)
    )


def _inverted_condition(sentence: Sentence, cancel: int) -> int | None:
    """A condition written by inversion before the cancellation: "Should you wish to cancel,
    ..." (a word of the category first in its clause, "you" after it)."""
    for word in _inversions(sentence):
        if cancel - CONDITION_DISTANCE <= word < cancel:
            return word
    return None


def _your_side(sentence: Sentence, cancel: int) -> int | None:
    """The buyer's side just after a cancellation: a side word with "your" beside it ("from
    your end", "de votre part", "da parte sua"); or the buyer doing it, "you" after the agent
    of a passive just after it ("cancelled by you", "annullato da lei") or, German's order,
    just before it ("von Ihnen storniert"). The side's reach counts from the order the
    cancellation names ("annuler la commande de votre côté")."""
    named = [o for o in sentence.positions("order") if cancel < o <= cancel + _WITHDRAWN_DISTANCE]
    reach = (named[0] if named else cancel) + _WITHDRAWN_DISTANCE + 1
    for side in sentence.positions("your_side"):
        if cancel < side <= reach and (
            sentence.is_a(side - 1, "your")
            or (side + 1 < len(sentence.forms) and sentence.is_a(side + 1, "your"))
        ):
            return side
    for agent in sentence.positions("agent"):
        if (
            cancel - LEVEL_DISTANCE <= agent <= cancel + LEVEL_DISTANCE
            and agent + 1 < len(sentence.forms)
            and (sentence.is_a(agent + 1, "you") or sentence.is_a(agent + 1, "you_by"))
        ):
            return agent
    return None


def _cancels_a_contract(sentence: Sentence, cancel: int) -> bool:
    """Whether what a cancellation cancels is a contract, not an order: the nearest order or
    contract after it ("annuler le contrat"), else before it ("den Vertrag zu stornieren")."""
    things = (*sentence.positions("order"), *sentence.positions("contract"))
    after = [p for p in things if cancel < p <= cancel + _WITHDRAWN_DISTANCE]
    before = [p for p in things if cancel - _WITHDRAWN_DISTANCE <= p < cancel]
    if after:
        return sentence.is_a(min(after), "contract")
    return bool(before) and sentence.is_a(max(before), "contract")
