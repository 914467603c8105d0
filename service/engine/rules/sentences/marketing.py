"""The marketing readings: a newsletter or club to join (newsletter), an offer on the next
order (next_order_offer), the buyer invited to the seller's own shop (shop_visit) or to what
its web address offers (range_offered), a new collection announced (new_collection)."""

from __future__ import annotations

from service.engine.model import Span
from service.engine.rules.sentences.nearby import (
    CHANGE_DISTANCE,
    LEVEL_DISTANCE,
    REQUEST_DISTANCE,
    Negated,
    near,
    near_after,
    near_before,
    nearest_before,
    negated_at,
)
from service.engine.scan.words import Sentence

# "your next purchase", "beim nächsten Einkauf": "next" and the order it names.
_NEXT_DISTANCE = 2
# A list and what its members get first: "Club Amici del Tè: riceverà in anteprima".
_PERK_DISTANCE = 6
# "in unserem Amazon-Shop": "our" and the shop it names; "Schauen Sie auch mal in unserem
# Amazon-Shop vorbei": the verb that invites there and the shop.
_OUR_DISTANCE = 2
_VISIT_DISTANCE = 8
# "ofrece también las fundas a juego": a selling verb and the goods it names.
_GOODS_DISTANCE = 5
# "nehmen wir Sie gern in unseren Verteiler auf": a verb that adds and the buyer it adds.
_ADDED_DISTANCE = 2
# "liste d'attente", "waiting list": a list word and the waiting just after it.
_WAITING_DISTANCE = 2
# "on my mailing list", "auf unseren Verteiler": the placing word and the list it names.
_ONTO_DISTANCE = 3
# "lista de clientes", "liste de diffusion": a list of any kind and the word that makes it a
# mailing list.
_KIND_DISTANCE = 3
# "l'ensemble de la collection", "the whole range": the whole and the range it names.
_WHOLE_DISTANCE = 3
# "our new autumn collection", "la collezione autunno-inverno è arrivata": a collection and
# what makes it news (new, a season's name, arrived).
_NOVELTY_DISTANCE = 3


def newsletter(sentence: Sentence, negated: Negated) -> Span | None:
    """A newsletter, mailing list or club the buyer is asked to join, or one offered by what
    its members get first ("on our VIP list you get early access", "entra nel nostro club e
    riceve in anteprima"); the seller's news as one ("abonnez-vous à nos actualités"). Not a
    list that is the buyer's own ("aggiungere l'articolo alla sua lista dei desideri",
    "ajoutez-le à votre liste d'envies"): nothing of the seller's joined; nor news not the
    seller's ("sign up for delivery updates"), nor a waiting list ("liste d'attente")."""
    news = [p for p in sentence.positions("news") if near_before(sentence, p, "our", 1)]
    for position in sorted((*sentence.positions("newsletter"), *news)):
        if (
            near_before(sentence, position, "your", 1) is not None
            or near_after(sentence, position, "waiting", _WAITING_DISTANCE) is not None
        ):
            continue
        join = near(sentence, position, "subscribe", REQUEST_DISTANCE)
        if join is None:
            # "l'inscription à notre liste": joining named by its noun joins the list after it,
            # not one before it ("Nos infos légales : inscription au RCS").
            join = near_before(sentence, position, "subscription", REQUEST_DISTANCE)
        if join is None:
            join = _adding(sentence, position)
        if join is None:
            join = near(sentence, position, "perk", _PERK_DISTANCE)
        if join is not None and not negated_at(sentence, negated, join):
            return sentence.between(position, join)
    return None


def _adding(sentence: Sentence, position: int) -> int | None:
    """A verb that adds to the list at position and joins the buyer to it: the buyer its
    object ("vous ajouter à notre liste", "I'll pop you on my mailing list") or a list that is
    a mailing list ("add it to our mailing list"), not a working list ("la liste de
    colisage"), nor the buyer taken out ("wir nehmen Sie aus unserem Verteiler heraus"). A
    list of any kind is a mailing list only where a word after it says so ("vous mettre sur
    notre liste de diffusion"), not the buyer put on tomorrow's parcels ("Le ponemos en la
    lista de envíos de mañana", "Nous vous ajoutons à la liste des expéditions")."""
    if (
        sentence.is_a(position, "any_list")
        and near_after(sentence, position, "list_kind", _KIND_DISTANCE) is None
    ):
        return None
    for verb in (*sentence.positions("add"), *sentence.positions("put")):
        buyer = (
            near(sentence, verb, "add_object", _ADDED_DISTANCE) is not None
            or near_before(sentence, verb, "add_clitic", 1) is not None
        )
        if sentence.is_a(verb, "add"):
            adds = not sentence.is_a(position, "any_list")
        else:
            # A verb that puts ("pop you on", "vous mettre sur") adds only the buyer, and only
            # onto the list ("Le ponemos la factura junto con la lista de embalaje", "Setzen
            # Sie den Verteiler ein", "we'll get you a new golf club" put nobody on one).
            adds = False
            buyer = buyer and near_before(sentence, position, "onto", _ONTO_DISTANCE) is not None
        if (
            abs(verb - position) <= REQUEST_DISTANCE
            and near(sentence, verb, "taken_out", REQUEST_DISTANCE) is None
            and (buyer or adds)
        ):
            return verb
    return None


def next_order_offer(sentence: Sentence, negated: Negated) -> Span | None:
    """An offer on the next order: "10 % off your next purchase", "beim nächsten Einkauf mit
    dem Code X sparen", "a voucher for next time"; credit or a discount code written as one
    near it ("20 € Guthaben für Ihren nächsten Einkauf", "du kriegst CODE15 für deinen
    nächsten Drop"), not a refund's credit elsewhere in the sentence, nor the platform's
    credit ("Your Amazon credit covers the next order"), nor the platform's commission saved
    ("per i prossimi ordini ... risparmiamo le commissioni"); a gesture on the price offers too
    ("pour votre prochain achat, nous vous ferons un geste sur le prix")."""
    text = sentence.text[sentence.span.start : sentence.span.end]
    offered = (
        "%" in text
        or any(
            near_after(sentence, offer, "commission", _COMMISSION_DISTANCE) is None
            for offer in sentence.positions("offer")
        )
        # "nous vous ferons un geste sur le prix": a gesture on the price, not a refund's
        or any(
            near(sentence, gesture, "sold", CHANGE_DISTANCE) is not None
            for gesture in sentence.positions("gesture")
        )
    )
    codes = _codes(sentence)
    if not (offered or codes or sentence.has("credit")):
        return None
    for position in sentence.positions("next"):
        coded = any(abs(code - position) <= _CODE_DISTANCE for code in codes)
        if not (offered or coded or _sellers_credit(sentence, position)):
            continue
        order = near(sentence, position, "order", _NEXT_DISTANCE)
        if order is None and (sentence.has("voucher") or coded or "%" in text):
            # "a voucher for next time": an occasion is an order where a voucher is offered
            order = near_after(sentence, position, "occasion", 1)
        if order is not None and not negated_at(sentence, negated, position):
            return sentence.between(position, order)
    return None


# "risparmiamo entrambi le commissioni": an offer word and the platform's commission it saves,
# a payment around the platform, no offer.
_COMMISSION_DISTANCE = 3
# A discount code as sellers write one: a word of capitals and a few digits ("CODE15",
# "SOMMER2025"), not a tracking number's run of digits ("DHL12345678") nor a model's or an
# invoice's short prefix ("ABC123", "INV2024"); and how near "next" it or a credit stands
# ("CODE15 für deinen nächsten", "$15 store credit toward your next").
_CODE_LETTERS = 4
_CODE_DIGITS = 4
_CODE_DISTANCE = 5
# "das Ersatzteil LAMP2000", "the spare part no. BULB2000": a part and its number after it.
_NUMBERED_DISTANCE = 2
# "Amazon hat Ihnen 5 € Guthaben gutgeschrieben": the platform and its credit after it.
_PLATFORM_DISTANCE = 4
# "carte de crédit", "credit card": a card and the credit that names it.
_CARD_DISTANCE = 2
# "un credito di 5 € da usare sul suo prossimo ordine": credit kept for the buyer reaches the
# next order further, through a word that spends it or keeps it waiting there.
_KEPT_DISTANCE = 10


def _sellers_credit(sentence: Sentence, position: int) -> bool:
    """Whether credit near "next" at position is the seller's: not the platform's, named before
    it ("Amazon's credit", "Ihr Amazon-Guthaben", "Amazon hat Ihnen 5 € Guthaben
    gutgeschrieben") or just after it ("the store credit Amazon issued", "il suo credito
    Amazon"); credit given on the platform is still the seller's ("$15 credit on Amazon").
    Credit near "next" or kept for it (_reaches); not a payment card ("votre carte de crédit
    sera utilisée pour votre prochaine commande"), nor a credit note, a document ("the credit
    note will be waiting in your inbox, and your next order leaves on Monday"), nor the French
    verb "avoir" ("vous devriez avoir le colis, qui vous attend au relais")."""
    return any(
        _reaches(sentence, credit, position)
        and near(sentence, credit, "card", _CARD_DISTANCE) is None
        and near(sentence, credit, "credit_note", _CARD_DISTANCE) is None
        and near_before(sentence, credit, "credit_verb", 1) is None
        and near_before(sentence, credit, "platform_name", _PLATFORM_DISTANCE) is None
        and near_after(sentence, credit, "platform_name", 1) is None
        for credit in sentence.positions("credit")
    )


def _reaches(sentence: Sentence, credit: int, position: int) -> bool:
    """Whether credit at one position is for the next order at the other: near it, or further
    with a word between them that spends or keeps it ("un crédit de 5 € vous attend pour votre
    prochaine commande", "ein Guthaben, das Sie bei Ihrer nächsten Bestellung einlösen"), and
    no platform's name there ("il credito sul suo account Amazon verrà usato per il prossimo
    ordine"); credit refunded before a next order that ships is none ("el crédito de 5 € ya se
    le ha devuelto y su próximo pedido sale mañana")."""
    if abs(credit - position) <= _CODE_DISTANCE:
        return True
    if abs(credit - position) > _KEPT_DISTANCE:
        return False
    low, high = min(credit, position), max(credit, position)
    return any(low < kept < high for kept in sentence.positions("credit_kept")) and not any(
        low < name < high for name in sentence.positions("platform_name")
    )


def _codes(sentence: Sentence) -> list[int]:
    """The positions of the words written as discount codes, but for a part's number after
    the part it numbers ("Das Ersatzteil LAMP2000 legen wir Ihrer nächsten Bestellung bei"):
    a code is offered without a word that calls it one ("du kriegst CODE15 für deinen
    nächsten Drop"), so the part before it rules one out, no discount word rules one in."""
    return [
        position
        for position, form in enumerate(sentence.forms)
        if _code(form) and near_before(sentence, position, "numbered", _NUMBERED_DISTANCE) is None
    ]


def _code(form: str) -> bool:
    """Whether a word is written as a discount code: at least _CODE_LETTERS capitals, one to
    _CODE_DIGITS digits, nothing in lower case (tested first: it rules out almost every word
    of a sentence at once, where the counts would walk each)."""
    if not form.isupper():
        return False
    letters = sum(c.isalpha() for c in form)
    digits = sum(c.isdigit() for c in form)
    return letters >= _CODE_LETTERS and 0 < digits <= _CODE_DIGITS


def shop_visit(sentence: Sentence, negated: Negated) -> Span | None:
    """The buyer invited to the seller's own shop or website: "our" shop with a verb that
    visits it ("schauen Sie in unserem Shop vorbei", "visitez notre vitrine") or finds
    something there ("li trova nel nostro negozio"); a website only where the sentence names
    products ("che trova sul nostro sito insieme agli altri accessori"), not a manual ("look
    at our website for the manual"). Not the seller doing it ("we found it in our store").
    The whole range stands for "our" shop with a verb that visits or asks the buyer to come
    ("come and see the whole range", "venez découvrir toute la gamme")."""
    for position in sentence.positions("shop"):
        if _ours(sentence, position):
            verbs = (*sentence.positions("visit"), *_finding(sentence))
        elif near_before(sentence, position, "whole", _WHOLE_DISTANCE) is not None:
            verbs = (*sentence.positions("visit"), *sentence.positions("come"))
        else:
            continue
        if sentence.is_a(position, "site") and not (sentence.has("range") or sentence.has("sold")):
            continue
        for verb in verbs:
            if (
                verb != position
                and abs(verb - position) <= _VISIT_DISTANCE
                and not _seller_does(sentence, verb, position)
                and near_before(sentence, verb, "unavailable", LEVEL_DISTANCE) is None
                and not negated_at(sentence, negated, verb)
            ):
                return sentence.between(verb, position)
    return None


def _ours(sentence: Sentence, shop: int) -> bool:
    """Whether the shop at this position is "our" shop, "our own" too ("unseren eigenen
    Online-Shop", "nuestra propia tienda")."""
    if near_before(sentence, shop, "our", _OUR_DISTANCE) is not None:
        return True
    own = near_before(sentence, shop, "own", _OUR_DISTANCE)
    return own is not None and near_before(sentence, own, "our", 1) is not None


def _finding(sentence: Sentence) -> list[int]:
    """The verbs that find products in the shop: a finding verb, one that offers or sells
    with goods just after it ("Our shop carries more than fifty teas", "propone anche i
    coperchi abbinati"), or one the shop holds products with ("nella nostra vetrina ci sono
    altre dodici fantasie", "en nuestra tienda hay una colección entera"); a service offered is
    no range ("Our store offers phone support"), nor is information held ("en nuestra web hay
    más información")."""
    selling = [
        verb
        for verb in sentence.positions("sell")
        if near_after(sentence, verb, "goods", _GOODS_DISTANCE) is not None
        or near_after(sentence, verb, "range", _GOODS_DISTANCE) is not None
    ]
    # This order's trouble held in stock is no range ("Our store has the spare parts for your
    # broken hinge").
    trouble = sentence.has("defect") or sentence.has("replacement")
    holding = [
        verb
        for verb in sentence.positions("holds")
        if not trouble and near_after(sentence, verb, "range", _GOODS_DISTANCE) is not None
    ]
    return [*sentence.positions("find"), *selling, *holding]


def _seller_does(sentence: Sentence, verb: int, shop: int) -> bool:
    """Whether the seller is the one who visits or finds ("we found it in our store"): a word
    for "we" just before the verb, not the "our" of the shop before it ("Our shop carries
    fifty teas": the shop offers them); a shop that holds products holds them whoever says so
    ("en nuestra tienda tenemos otros ocho diseños")."""
    if sentence.is_a(verb, "holds"):
        return False
    seller = nearest_before(sentence, verb, "we", LEVEL_DISTANCE)
    return seller is not None and not (seller < shop and sentence.is_a(seller, "our"))


def range_offered(sentence: Sentence, negated: Negated, home: bool) -> Span | None:
    """What a sentence with the seller's web address offers there: products, colours, spare
    parts, a collection, something in stock ("More colours at www.…", "Alle Modelle unter
    www.…"), or, for an address without a page, a visit ("schauen Sie mal auf www.… vorbei");
    not a manual or a form to fill in ("have a look at www.…/manual")."""
    categories = (
        ("range", "collection", "sold", "visit") if home else ("range", "collection", "sold")
    )
    for category in categories:
        for position in sentence.positions(category):
            seller = near_before(sentence, position, "we", LEVEL_DISTANCE)
            if seller is None and not negated_at(sentence, negated, position):
                return sentence.between(position)
    return None


def new_collection(sentence: Sentence, negated: Negated) -> Span | None:
    """A new collection or season announced: a collection with a word that makes it news near
    it ("our new autumn range", "unsere Herbstkollektion ist eingetroffen", "la collezione
    autunno-inverno"); a season only when new ("la nuova stagione"); new things sold with a
    season's name ("las novedades de otoño", "le novità autunnali"), not beside "new" alone
    ("novità sulla nuova data di consegna" is the order's news). Not a collection by a courier
    ("a new collection is booked for Tuesday"), nor one in a product's name ("Collection
    Printemps")."""
    if sentence.has("pickup"):
        return None
    for position in (*sentence.positions("collection"), *sentence.positions("novelties")):
        if _name(sentence, position):
            continue
        # A season's name alone is no news where an order comes from it ("your order from our
        # summer range has shipped").
        seasonal = (
            not sentence.is_a(position, "season")
            and near_before(sentence, position, "order", CHANGE_DISTANCE) is None
        )
        if sentence.is_a(position, "novelties"):
            news: tuple[str, ...] = ("season_name",) if seasonal else ()
        else:
            news = ("novelty", "season_name") if seasonal else ("novelty",)
        for category in news:
            other = position if sentence.is_a(position, category) else None
            if other is None:
                other = _news_near(sentence, position, category)
            if other is not None and not negated_at(sentence, negated, other):
                return sentence.between(position, other)
    return None


def _news_near(sentence: Sentence, position: int, category: str) -> int | None:
    """A word of the category near a collection that makes it news; a season's "next" is a
    time, not news ("migliorare il kit per la prossima stagione", "ready for next season"),
    unless the season is a collection's own ("la collection de la saison prochaine")."""
    season = sentence.is_a(position, "season") and not any(
        not sentence.is_a(other, "season") and abs(other - position) <= _NOVELTY_DISTANCE
        for other in sentence.positions("collection")
    )
    for other in sentence.positions(category):
        if (
            other != position
            and abs(other - position) <= _NOVELTY_DISTANCE
            and not (season and sentence.is_a(other, "next"))
        ):
            return other
    return None


def _name(sentence: Sentence, position: int) -> bool:
    """A word in a name: capitalised, and so is the word after it ("Collection Printemps",
    "Hotel Collection Pillow"), not at the start of the sentence."""
    following = position + 1
    return (
        position > 0
        and sentence.forms[position][:1].isupper()
        and following < len(sentence.forms)
        and sentence.forms[following][:1].isupper()
    )


# "our other designs", "altri nostri articoli", "our summer sale": "our" and what the seller
# offers beyond this order; "your next gift shopping": "next" and the future order.
_BEYOND_DISTANCE = 2
# "Keep an eye on our other designs": the invitation and what it invites to.
_BECKON_DISTANCE = 8
# "we'd love to see you again", "au plaisir de vous retrouver": the welcome and the buyer.
_WELCOMED_DISTANCE = 3


def invited_beyond(sentence: Sentence, negated: Negated) -> Span | None:
    """The buyer invited to what the seller offers beyond this order: a word that invites the
    buyer to look or like ("keep an eye on", "jetez un œil", "potrebbero piacerle") near the
    seller's other goods, shop or sale ("our other designs", "unsere weiteren Produkte", "i
    nostri saldi"), missing them, which invites only by its negation ("don't miss our sale"; not
    "potremmo perdere il nostro negozio"), or the seller's welcome near a future order ("la
    aspettiamo per i suoi prossimi acquisti"). Not this order's own trouble (a replacement, a
    defect), nor Amazon's pages, nor the buyer's own question answered ("you asked whether we
    sell other sizes"), nor the seller looking ("we'll check our other stores"), nor an
    invitation negated."""
    if any(sentence.has(c) for c in ("platform_name", "wondered", "replacement", "defect")):
        return None
    offers = _sellers_offers(sentence)
    invitations = [
        (beckon, offers)
        for beckon in sentence.positions("beckon")
        if not negated_at(sentence, negated, beckon) and not _seller_looks(sentence, beckon)
    ]
    # "Don't miss", "non perda": the negation is the invitation; missing not negated is a
    # loss ("potremmo perdere il nostro negozio").
    invitations.extend(
        (miss, offers)
        for miss in sentence.positions("miss")
        if negated_at(sentence, negated, miss) and not _seller_looks(sentence, miss)
    )
    future = [
        position
        for position in sentence.positions("next")
        if near_after(sentence, position, "order", _BEYOND_DISTANCE) is not None
    ]
    invitations.extend(
        (welcome, future)
        for welcome in sentence.positions("welcome_back")
        if _welcomes_buyer(sentence, welcome) and not negated_at(sentence, negated, welcome)
    )
    for invitation, targets in invitations:
        for target in targets:
            if invitation != target and abs(invitation - target) <= _BECKON_DISTANCE:
                return sentence.between(invitation, target)
    return None


def _sellers_offers(sentence: Sentence) -> list[int]:
    """The words beside "our" that name what the seller offers beyond this order: its other
    goods, shop or sale; not its other messages or customers ("see our other message"), nor
    what this message encloses ("have a look at our other photos", "unsere weiteren Hinweise
    zur Montage"), nor a website alone, which offers a manual as much as a range."""
    return [
        position
        for category in ("others", "goods", "shop", "sale")
        for position in sentence.positions(category)
        if near(sentence, position, "our", _BEYOND_DISTANCE) is not None
        and not sentence.is_a(position, "site")
        and near_after(sentence, position, "channel", _BEYOND_DISTANCE) is None
        and near_after(sentence, position, "customer", _BEYOND_DISTANCE) is None
        and near_after(sentence, position, "enclosure", _BEYOND_DISTANCE) is None
    ]


def _seller_looks(sentence: Sentence, beckon: int) -> bool:
    """Whether the seller is the one who looks ("we'll check our other warehouse"): a word
    for "we" just before the verb that is not "our"."""
    seller = nearest_before(sentence, beckon, "we", LEVEL_DISTANCE)
    return seller is not None and not sentence.is_a(seller, "our")


def _welcomes_buyer(sentence: Sentence, welcome: int) -> bool:
    """Whether the welcome at this position is the buyer's ("we'd love to see you again", "la
    aspettiamo"), not the seller's wish or wait about an order ("we'd love to know whether
    your next order ...", "aspettiamo il prossimo ordine dal fornitore"), nor a verb whose
    object is the order itself ("vous pouvez retrouver votre prochaine commande dans l'onglet
    Commandes": the order found, not the buyer welcomed)."""
    return (
        near(sentence, welcome, "add_object", _WELCOMED_DISTANCE) is not None
        or near_before(sentence, welcome, "add_clitic", 1) is not None
    ) and near_after(sentence, welcome, "next", _BEYOND_DISTANCE) is None
