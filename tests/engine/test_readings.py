"""The wording rules on phrasings no single phrase of the lexicons holds (issue 10):
inflections and compounds, synonyms, either clause order, incentives of any kind, conditions,
discounts written with symbols and codes, negation, product names, in the five languages.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer; where each rule points is tested in the rules' own tables.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from tests.engine.conftest import NOW
from tests.engine.rows import REVIEW_REQUEST, checked

MANIPULATION = "amazon.content.review_manipulation"
MISPLACED = "amazon.content.review_request_misplaced"
MARKETING = "amazon.content.marketing"
CANCEL = "amazon.content.cancel_request"
PAYMENT = "amazon.content.payment_details"
WORDING = frozenset({MANIPULATION, MISPLACED, MARKETING, CANCEL, PAYMENT})
FEEDBACK_REMOVAL = {
    "reason": "feedback_removal",
    "status": "delivered",
    "delivered_at": NOW - timedelta(days=7),
}


def reading(id: str, marketplace: str, body: str, rules: list[str], **request: Any) -> Any:
    return pytest.param(body, {"marketplace": marketplace, **request}, rules, id=id)


def wording_rules(body: str, given: dict[str, Any]) -> list[str]:
    _, decision = checked(body, **given)
    return sorted({f.rule for f in decision.findings} & WORDING)


READINGS = [
    reading(
        "review_manipulation-de-compound-hyphenated-dative-plural",
        "DE",
        "Über Fünf-Sterne-Bewertungen freuen wir uns besonders.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-compound-with-digit",
        "DE",
        "Wir bitten Sie um eine 5-Sterne-Bewertung.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-dative-stars-and-verb",
        "DE",
        "Mit fünf Sternen bewerten Sie uns am besten.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-compound-object-inflected-level",
        "DE",
        "Zu positiven Kundenbewertungen sagen wir nie nein.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-voucher-after-the-review",
        "DE",
        "Für Ihre Rezension erhalten Sie einen Gutschein über 5 €.",
        [MANIPULATION, MISPLACED, MARKETING],
    ),
    reading(
        "review_manipulation-de-refund-once-changed",
        "DE",
        "Wir erstatten Ihnen die Versandkosten, sobald Sie Ihre Bewertung geändert haben.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-separable-withdraw",
        "DE",
        "Bitte ziehen Sie Ihre Bewertung zurück, wir haben den Fehler behoben.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-delete-then-gift-next-sentence",
        "DE",
        "Würden Sie Ihre Rezension löschen? Wir schicken Ihnen dafür ein Geschenk.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-satisfied-only",
        "DE",
        "Wenn Sie zufrieden sind, hinterlassen Sie bitte eine Bewertung.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-diverted-before-negative",
        "DE",
        "Bevor Sie eine negative Bewertung abgeben, kontaktieren Sie uns bitte.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-honest-either-way-is-only-an-ask",
        "DE",
        "Über eine ehrliche Bewertung, ob positiv oder negativ, freuen wir uns.",
        [MISPLACED],
    ),
    reading(
        "review_manipulation-de-negated-incentive",
        "DE",
        "Wir bieten keine Gegenleistung für Bewertungen an.",
        [],
    ),
    reading(
        "review_manipulation-de-product-line-with-stars",
        "DE",
        "Artikel: Profi-Messerset 5 Sterne, 1 Stück",
        [],
    ),
    reading(
        "review_manipulation-de-thanks-for-the-review-and-a-refund",
        "DE",
        "Vielen Dank für Ihre Bewertung, wir haben die Rückerstattung veranlasst.",
        [],
    ),
    reading(
        "review_manipulation-de-rating-plate",
        "DE",
        "Das Typenschild mit der Leistungsbewertung finden Sie auf der Rückseite.",
        [],
    ),
    reading(
        "review_manipulation-en-hyphenated-five-star",
        "US",
        "We'd appreciate a five-star rating.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-stars-then-gift",
        "US",
        "Rate us 5 stars and we'll send you a free gift.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-gift-card-in-return",
        "US",
        "In return for an honest review you will receive a $10 gift card.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-condition-once-live-refund",
        "US",
        "Once your review is live, we will refund the shipping costs.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-revise-synonym",
        "US",
        "Would you consider revising your feedback now that we've fixed it?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-rework-synonym",
        "US",
        "We'd be grateful if you could rework your review.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-reconsider-synonym",
        "US",
        "Please reconsider your rating now that the issue is solved.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-withdraw",
        "US",
        "Please withdraw your negative feedback.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-only-happy-customers",
        "US",
        "Only happy customers should leave a review.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-if-you-loved-it",
        "US",
        "If you loved it, please leave us a review.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-first-instead-of-a-bad-review",
        "US",
        "Please reach out to us first instead of posting a bad review.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-do-not-leave-negative",
        "US",
        "Don't leave negative feedback, just contact us.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-free-replacement-once-posted",
        "US",
        "Once you've posted your review, we'll send you a free replacement.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-coupon-for-a-review-is-both",
        "US",
        "Use coupon code SAVE10 after leaving a review.",
        [MARKETING, MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-negated-rewards", "US", "We never offer rewards for reviews.", []
    ),
    reading(
        "review_manipulation-en-never-in-exchange",
        "US",
        "We would never offer anything in exchange for a review.",
        [],
    ),
    reading(
        "review_manipulation-en-product-name-with-stars",
        "US",
        "Your 5-Star Hotel Collection Pillow has shipped.",
        [],
    ),
    reading(
        "review_manipulation-en-item-line-with-stars",
        "US",
        "Item: Chef Knife 5-Star Edition, qty 1",
        [],
    ),
    reading(
        "review_manipulation-en-thanks-for-feedback-replacement",
        "US",
        "Thanks for your feedback, a replacement is on its way.",
        [],
    ),
    reading(
        "review_manipulation-en-energy-rating",
        "US",
        "Check the energy rating label on the box.",
        [],
    ),
    reading(
        "review_manipulation-fr-five-stars-words",
        "FR",
        "Un avis cinq étoiles nous ferait très plaisir.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-voucher-is-both",
        "FR",
        "Laissez-nous une évaluation positive et recevez un bon d'achat.",
        [MARKETING, MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-refund-if-changed-clause-first",
        "FR",
        "Nous vous rembourserons les frais de port si vous modifiez votre avis.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-delete-negative",
        "FR",
        "Merci de supprimer votre commentaire négatif.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-satisfied-feminine",
        "FR",
        "Si vous êtes satisfaite, laissez-nous un avis.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-rework-synonym-informal",
        "FR",
        "Si tu pouvais retravailler un peu ton avis, ce serait top.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-negated-gift",
        "FR",
        "Nous n'offrons jamais de cadeau en échange d'un avis.",
        [],
    ),
    reading(
        "review_manipulation-fr-delivery-notice",
        "FR",
        "Le facteur a laissé un avis de passage.",
        [],
    ),
    reading(
        "review_manipulation-fr-thanks-and-refund",
        "FR",
        "Merci pour votre avis, le remboursement est en cours.",
        [],
    ),
    reading(
        "review_manipulation-it-five-stars-words",
        "IT",
        "Una recensione a cinque stelle ci aiuterebbe molto.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-gradiremmo-five-stars",
        "IT",
        "Gradiremmo cinque stelle sul prodotto.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-gradiremmo-a-review",
        "IT",
        "Gradiremmo una sua recensione sul prodotto.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-degrees-are-no-ask",
        "IT",
        "Le lenzuola sono le stesse di molti hotel a cinque stelle e si possono lavare a 60 gradi.",
        [],
    ),
    reading(
        "review_manipulation-it-voucher-is-both",
        "IT",
        "Per ogni recensione positiva riceverà un buono sconto.",
        [MARKETING, MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-gift-once-updated",
        "IT",
        "Le invieremo un omaggio appena avrà aggiornato la sua valutazione.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-delete-negative",
        "IT",
        "Potrebbe eliminare la sua recensione negativa?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-satisfied-only",
        "IT",
        "Se è soddisfatto, ci lasci una recensione.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-rethink-synonym",
        "IT",
        "Se potessi ripensare la tua recensione sarebbe fantastico.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-grade-for-a-refund",
        "IT",
        "Se ci lascerà un bel voto le rimborseremo le spese di spedizione.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-negated-rewards",
        "IT",
        "Non offriamo mai ricompense per le recensioni.",
        [],
    ),
    reading(
        "review_manipulation-it-thanks-and-refund",
        "IT",
        "Grazie per il suo feedback, il rimborso è stato avviato.",
        [],
    ),
    reading(
        "review_manipulation-es-five-stars-words",
        "ES",
        "Una reseña de cinco estrellas nos ayudaría mucho.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-coupon-is-both",
        "ES",
        "Por cada opinión positiva le regalamos un cupón.",
        [MARKETING, MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-refund-once-changed",
        "ES",
        "Le reembolsaremos el envío en cuanto cambie su valoración.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-delete-negative",
        "ES",
        "¿Podría borrar su reseña negativa?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-satisfied-only",
        "ES",
        "Si está satisfecho, déjenos una reseña.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-diminutive-stars",
        "ES",
        "Si le gustó, regálenos 5 estrellitas.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-negated-gifts",
        "ES",
        "Nunca ofrecemos regalos a cambio de reseñas.",
        [],
    ),
    reading(
        "review_manipulation-es-thanks-and-refund",
        "ES",
        "Gracias por su opinión, ya hemos iniciado el reembolso.",
        [],
    ),
    reading(
        "review_manipulation-es-technician-assessment",
        "ES",
        "Tras la valoración de nuestro técnico, hemos iniciado el reembolso.",
        [],
    ),
    reading(
        "review_manipulation-it-technician-assessment",
        "IT",
        "Dopo una valutazione del nostro tecnico, il rimborso è stato avviato.",
        [],
    ),
    reading(
        "review_request_misplaced-en-neutral-ask",
        "US",
        "Could you spare a minute to leave a review of your purchase?",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-en-rated-your-experience",
        "UK",
        "We'd love it if you rated your experience with us on Amazon!",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-assessment-form",
        "IT",
        "Il tecnico le lascerà una scheda di valutazione dell'impianto.",
        [],
    ),
    reading(
        "review_request_misplaced-fr-postal-notice-not-english-post",
        "FR",
        "Le colis vous attend au bureau de poste indiqué sur l'avis.",
        [],
    ),
    reading(
        "marketing-de-newsletter-sign-up-separable",
        "DE",
        "Melden Sie sich für unseren Newsletter an!",
        [MARKETING],
    ),
    reading(
        "marketing-de-mailing-list-separable",
        "DE",
        "Tragen Sie sich in unseren Verteiler ein und verpassen Sie nichts.",
        [MARKETING],
    ),
    reading(
        "marketing-de-minus-percent-with-code",
        "DE",
        "Mit dem Code HERBST15 erhalten Sie -15 % auf alles.",
        [MARKETING],
    ),
    reading(
        "marketing-de-next-purchase-percent",
        "DE",
        "Beim nächsten Einkauf sparen Sie 10 %.",
        [MARKETING],
    ),
    reading(
        "marketing-de-negated-newsletter",
        "DE",
        "Wir versenden keinen Newsletter.",
        [],
    ),
    reading(
        "marketing-en-mailing-list",
        "US",
        "Sign up for our mailing list for early access.",
        [MARKETING],
    ),
    reading(
        "marketing-en-join-club",
        "US",
        "Join our VIP club today.",
        [MARKETING],
    ),
    reading(
        "marketing-en-percent-with-code",
        "US",
        "Get 15% off with code SAVE15.",
        [MARKETING],
    ),
    reading(
        "marketing-en-next-purchase",
        "US",
        "Save 10% on your next purchase.",
        [MARKETING],
    ),
    reading(
        "marketing-en-next-order-delivery-is-no-offer",
        "US",
        "Your next order will arrive on Monday.",
        [],
    ),
    reading(
        "marketing-fr-subscribe",
        "FR",
        "Abonnez-vous à notre newsletter.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-minus-percent-code",
        "FR",
        "Profitez de -20 % avec le code ETE20.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-next-order-discount",
        "FR",
        "10 % de remise sur votre prochaine commande.",
        [MARKETING],
    ),
    reading(
        "marketing-it-subscribe",
        "IT",
        "Iscriviti alla nostra newsletter.",
        [MARKETING],
    ),
    reading(
        "marketing-it-next-order-code",
        "IT",
        "Sconto del 10% sul prossimo ordine con il codice GRAZIE10.",
        [MARKETING],
    ),
    reading(
        "marketing-it-minus-percent-code",
        "IT",
        "Approfitta del -15% su tutto il negozio con il codice INVERNO15!",
        [MARKETING],
    ),
    reading(
        "marketing-es-subscribe",
        "ES",
        "Suscríbete a nuestro boletín.",
        [MARKETING],
    ),
    reading(
        "marketing-es-next-purchase", "ES", "10 % de descuento en su próxima compra.", [MARKETING]
    ),
    reading(
        "cancel_request-de-please",
        "DE",
        "Bitte stornieren Sie die Bestellung.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-please-after-the-verb",
        "DE",
        "Stornieren Sie bitte die Bestellung über Ihr Kundenkonto.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-you-can-verb-last",
        "DE",
        "Sie können die Bestellung in Ihrem Konto stornieren.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-done",
        "DE",
        "Wir haben die Bestellung storniert.",
        [],
    ),
    reading(
        "cancel_request-de-seller-does-it",
        "DE",
        "Wir können die Bestellung für Sie stornieren.",
        [],
    ),
    reading(
        "cancel_request-de-nothing-to-cancel",
        "DE",
        "Sie müssen nichts stornieren.",
        [],
    ),
    reading(
        "cancel_request-en-could-you", "US", "Could you cancel the order on your end?", [CANCEL]
    ),
    reading(
        "cancel_request-en-feel-free-after-a-clause",
        "US",
        "If you'd rather not wait, feel free to cancel.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-done",
        "US",
        "We have cancelled your order.",
        [],
    ),
    reading(
        "cancel_request-en-seller-does-it",
        "US",
        "We can cancel the order for you.",
        [],
    ),
    reading(
        "cancel_request-en-no-need",
        "US",
        "There's no need to cancel.",
        [],
    ),
    reading(
        "cancel_request-en-nothing-to-cancel",
        "US",
        "You can follow the parcel in Your Orders. Nothing to cancel, it is already on its way.",
        [],
    ),
    reading(
        "cancel_request-fr-could-you",
        "FR",
        "Pourriez-vous annuler la commande ?",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-subjunctive-without-accents",
        "FR",
        "Le mieux serait que vous annuliez la commande de votre cote.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-done",
        "FR",
        "Nous avons annulé votre commande.",
        [],
    ),
    reading(
        "cancel_request-it-you-can",
        "IT",
        "Può annullare l'ordine dal suo account.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-subjunctive",
        "IT",
        "La cosa migliore sarebbe che lei annullasse l'ordine.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-delete-a-review-is-no-cancellation",
        "IT",
        "La preghiamo di cancellare il suo feedback negativo.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "cancel_request-it-done",
        "IT",
        "Abbiamo annullato il suo ordine.",
        [],
    ),
    reading(
        "cancel_request-es-suggested",
        "ES",
        "Le sugerimos cancelar el pedido.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-subjunctive-synonym",
        "ES",
        "Lo mejor seria que anulara usted el pedido.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-done",
        "ES",
        "Hemos cancelado su pedido.",
        [],
    ),
    reading(
        "payment_details-de-iban-for-a-transfer",
        "DE",
        "Bitte überweisen Sie den Betrag auf unser Konto, IBAN DE89 3704 0044 0532 0130 00.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-no-bank-details-needed",
        "DE",
        "Wir benötigen keine Bankdaten von Ihnen.",
        [],
    ),
    reading(
        "payment_details-de-refund-through-amazon",
        "DE",
        "Die Erstattung erfolgt über Amazon auf Ihr ursprüngliches Zahlungsmittel.",
        [],
    ),
    reading(
        "payment_details-en-paypal-directly",
        "US",
        "You can also pay us directly via PayPal.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-never-asks-for-card-details",
        "US",
        "We will never ask for your card details.",
        [],
    ),
    reading(
        "payment_details-fr-rib",
        "FR",
        "Merci de nous envoyer votre RIB pour le remboursement.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-bank-transfer",
        "IT",
        "Può pagare con bonifico bancario sul nostro conto.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-bizum",
        "ES",
        "Puede pagarnos por Bizum.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-no-bank-details-needed",
        "ES",
        "No necesitamos sus datos bancarios.",
        [],
    ),
    reading(
        "review_manipulation-en-thanks-for-a-5-star-review-asks-nothing",
        "US",
        "Thanks for the 5-star review!",
        [],
    ),
    reading(
        "review_manipulation-en-star-emoji",
        "US",
        "Leave 5⭐ and get a free gift!",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-5-star-service-team",
        "US",
        "Our 5-star customer service team will get back to you within 24 hours.",
        [],
    ),
    reading(
        "review_request_misplaced-en-review-the-invoice-is-a-verb",
        "US",
        "Please review the attached invoice and let us know if anything is missing.",
        [],
    ),
    reading(
        "review_manipulation-it-diminutive-stars-and-voucher",
        "IT",
        "Ci lasci 5 stelline e riceverà un buono da 10 euro.",
        [MARKETING, MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-we-would-appreciate-an-update",
        "ES",
        "Le agradeceríamos que actualice su reseña.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "cancel_request-en-you-may-want-to",
        "US",
        "You may want to cancel the order and re-order once it's back in stock.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-you-can-yourself-far-from-the-verb",
        "DE",
        "Sie können die Bestellung auch selbst über Ihr Amazon-Konto stornieren.",
        [CANCEL],
    ),
    reading(
        "review_manipulation-de-score-in-a-signature",
        "DE",
        "Ihr Team von Kaffeeland, 4,9 von 5 Sternen bei über 2.000 Bewertungen",
        [],
    ),
    reading(
        "review_manipulation-en-score-out-of",
        "US",
        "Rated 4.8 out of 5 stars by our customers.",
        [],
    ),
    reading(
        "review_manipulation-de-opinion-for-a-next-order-discount",
        "DE",
        "Teilen Sie uns gern Ihre Meinung mit, als Dankeschön erhalten Sie 15 % auf den "
        "nächsten Einkauf.",
        [MARKETING, MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-draw-for-a-review",
        "US",
        "Would you leave a review? As a thank-you we'll enter you in our monthly draw.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "marketing-fr-novelties-in-our-shop",
        "FR",
        "Retrouvez toutes nos nouveautés sur notre boutique en ligne.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-euros-off-with-a-code",
        "FR",
        "Profitez de 10 € de réduction dès 50 € d'achat avec le code NOEL.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-next-order-free-delivery",
        "FR",
        "Votre prochaine commande bénéficiera de la livraison gratuite.",
        [MARKETING],
    ),
    reading(
        "marketing-it-discount-of-percent-next-shopping",
        "IT",
        "Approfitta dello sconto del 20% sulla tua prossima spesa.",
        [MARKETING],
    ),
    reading(
        "marketing-es-join-our-club",
        "ES",
        "Únete a nuestro club de clientes y consigue ventajas exclusivas.",
        [MARKETING],
    ),
    reading(
        "marketing-es-shop-novelties",
        "ES",
        "Visita nuestra tienda online para ver las novedades.",
        [MARKETING],
    ),
    reading(
        "marketing-de-euros-off-from-an-order-value",
        "DE",
        "Ab sofort erhalten Sie bei uns 10 € Rabatt ab einem Bestellwert von 50 €.",
        [MARKETING],
    ),
    reading(
        "payment_details-es-pay-us-by-transfer",
        "ES",
        "Puede pagarnos directamente por transferencia.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-refund-through-amazon",
        "FR",
        "Le remboursement sera effectué via Amazon sur votre moyen de paiement.",
        [],
    ),
    # Amazon's own wording for feedback_removal (edition 2020-11) passes there, and only there.
    reading(
        "review_manipulation-feedback-removal-sanctioned-wording",
        "US",
        "If you are satisfied that we have resolved your concerns, it is possible to update or "
        "remove the feedback.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-feedback-removal-sanctioned-wording-de",
        "DE",
        "Wenn Sie der Meinung sind, dass wir Ihr Anliegen gelöst haben, können Sie Ihre "
        "Bewertung aktualisieren oder entfernen.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-sanctioned-wording-elsewhere",
        "US",
        "If you are satisfied that we have resolved your concerns, it is possible to update or "
        "remove the feedback.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-feedback-removal-with-a-gift-card",
        "US",
        "If you update your feedback to five stars we'll send you a gift card.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-feedback-removal-for-a-voucher-fr",
        "FR",
        "En contrepartie, merci de supprimer votre évaluation négative ; nous vous enverrons un "
        "bon d'achat de 20 €.",
        [MARKETING, MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-on-review-request-is-not-misplaced",
        "US",
        "Please leave a 5-star review.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_request_misplaced-neutral-ask-on-review-request-passes",
        "US",
        "Could you spare a minute to leave a review of your purchase?",
        [],
        **REVIEW_REQUEST,
    ),
    # The buyer's words quoted in a reply are not the seller's.
    reading(
        "cancel_request-quoted-buyer-question",
        "US",
        "\n> Can I cancel the order and get a discount code?\n\nYour parcel left today.",
        [],
        reason="reply",
    ),
    # The detected language's lexicon applies: Spanish on amazon.com, French on amazon.de.
    reading(
        "review_manipulation-spanish-on-amazon-com-detected",
        "US",
        "Si nos deja una reseña de cinco estrellas, le regalaremos una tarjeta regalo de 20 "
        "dólares para su próxima visita a nuestra tienda.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "cancel_request-french-on-amazon-de-detected",
        "DE",
        "Malheureusement l'article n'est plus disponible chez notre fournisseur, le mieux serait "
        "que vous annuliez vous-même la commande depuis votre compte client.",
        [CANCEL],
    ),
    # Round 2 (issue 10): kinds of wording the first readings missed, in several languages.
    # Stars in the diminutive; a condition makes stars a review as an ask does.
    reading(
        "review_manipulation-de-diminutive-stars-on-a-condition",
        "DE",
        "Falls Sie uns mit fünf Sternchen beehren, wären wir überglücklich.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-diminutive-stars-in-a-review",
        "ES",
        "Cinco estrellitas en su valoración nos alegrarían la semana.",
        [MANIPULATION, MISPLACED],
    ),
    # The highest level as "maximum".
    reading(
        "review_manipulation-fr-maximal-rating",
        "FR",
        "Pourriez-vous nous attribuer la note maximale pour ce service ?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-maximum-rating",
        "UK",
        "Please give our shop the maximum rating when you have a moment.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-maximum-score-in-a-review",
        "ES",
        "Por favor, dele la puntuación máxima en su reseña.",
        [MANIPULATION, MISPLACED],
    ),
    # A prize draw is an incentive like a gift.
    reading(
        "review_manipulation-de-prize-draw",
        "DE",
        "Wer eine Rezension schreibt, nimmt automatisch an unserem Gewinnspiel teil.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-raffle",
        "US",
        "Everyone who writes a review gets a ticket for our holiday raffle.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-draw",
        "IT",
        "Chi lascia una recensione partecipa all'estrazione di una bicicletta.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-raffle",
        "ES",
        "Quien deje una reseña entra en el sorteo de un patinete.",
        [MANIPULATION, MISPLACED],
    ),
    # The incentive in the sentence after a review written ("posted", "abgegeben").
    reading(
        "review_manipulation-en-gift-after-review-written",
        "US",
        "Have you posted your review yet? Then a free travel mug is yours.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-gift-after-review-written",
        "DE",
        "Haben Sie Ihre Bewertung schon abgegeben? Dann schicken wir Ihnen ein Geschenk.",
        [MANIPULATION, MISPLACED],
    ),
    # A change asked for in the next sentence, the review named by a pronoun.
    reading(
        "review_manipulation-en-delete-it-next-sentence",
        "US",
        "We saw your review of the heater. Could you delete it, please?",
        [MANIPULATION, MISPLACED],
        reason="reply",
    ),
    reading(
        "review_manipulation-es-remove-it-next-sentence",
        "ES",
        "Hemos leído su opinión sobre la silla. ¿Podría eliminarla?",
        [MANIPULATION, MISPLACED],
        reason="reply",
    ),
    reading(
        "review_manipulation-it-change-it-for-a-gift-on-feedback-removal",
        "IT",
        "Abbiamo visto la Sua recensione. Se la modifica, Le inviamo un omaggio.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-en-next-sentence-changes-something-else",
        "US",
        "We read your review of the lamp. Could you update the delivery address, please?",
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-en-seller-updated-it-next-sentence",
        "UK",
        "We saw your review about the manual. We have just updated it on the listing.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-fr-note-that-is-no-rating",
        "FR",
        "Veuillez noter que votre achat est garanti deux ans.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-es-we-value-your-purchase",
        "ES",
        "Valoramos mucho su compra y su confianza.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-en-shipping-rate-is-no-rating",
        "US",
        "The shipping rate for your purchase has been refunded.",
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-de-change-it-next-sentence",
        "DE",
        "Wir haben Ihre Rezension gelesen. Würden Sie diese bitte löschen?",
        [MANIPULATION, MISPLACED],
        reason="reply",
    ),
    reading(
        "review_manipulation-en-seller-changes-something-else",
        "US",
        "We read your review carefully. We will change the supplier of the hinges.",
        [],
        reason="reply",
    ),
    # Pressure: a low review said to harm the seller.
    reading(
        "review_manipulation-en-bad-review-hurts",
        "US",
        "A single bad review hurts a small shop like ours more than you would think.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-bad-review-harms",
        "DE",
        "Jede schlechte Bewertung schadet unserem kleinen Laden enorm.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-negative-review-harms",
        "FR",
        "Un avis négatif nuit énormément à une petite boutique comme la nôtre.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-negative-review-ruins-on-feedback-removal",
        "IT",
        "La Sua recensione negativa ci sta rovinando la stagione.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-en-bad-review-without-pressure",
        "US",
        "A bad review shows us what we can improve.",
        [],
        reason="reply",
    ),
    # A change whose aim is a level, on the reason that may ask for a change.
    reading(
        "review_manipulation-en-change-to-a-positive-one-on-feedback-removal",
        "UK",
        "Would you update your rating to a positive one now that it works?",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-de-change-to-five-stars-on-feedback-removal",
        "DE",
        "Könnten Sie Ihre Bewertung auf fünf Sterne ändern?",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    # A condition on satisfaction reaches across a verb-final clause, not past a comma.
    reading(
        "review_manipulation-de-satisfied-at-the-end-of-a-long-clause",
        "DE",
        "Wenn Sie mit der neuen Wolldecke rundum zufrieden sind, freuen wir uns über eine "
        "Rezension.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-condition-in-another-clause",
        "ES",
        "Cuando tenga un momento, nos encantaría conocer su opinión.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-glad-to-receive",
        "IT",
        "Una volta montata, ci farebbe piacere ricevere la Sua valutazione.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-inverted-glad-of",
        "DE",
        "Wenn das Paket da ist, freuen wir uns über deine Rezension.",
        [MISPLACED],
    ),
    # Thanks for a review written, read within its clause; a thank-you that rewards is none.
    reading(
        "review_manipulation-it-thanks-for-a-past-review",
        "IT",
        "Grazie davvero di cuore per l'ottima recensione lasciata ieri.",
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-en-thanks-for-a-past-review",
        "US",
        "Thank you so very much for the glowing review!",
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-de-thanks-for-the-purchase-then-ask",
        "DE",
        "Vielen Dank für Ihren Einkauf, über eine positive Bewertung würden wir uns freuen.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-thank-you-gift-for-a-review",
        "UK",
        "As a small thank-you for your review, we will post you a free sample.",
        [MANIPULATION, MISPLACED],
    ),
    # Rating verbs with what they rate ask for a review without naming one.
    reading(
        "review_request_misplaced-fr-rate-the-seller",
        "FR",
        "Après la livraison, pensez à évaluer notre boutique sur Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-rate-the-seller",
        "DE",
        "Bewerten Sie gern den Verkäufer auf Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-rate-the-seller",
        "ES",
        "No olvide calificar al vendedor cuando reciba el paquete.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-seller-rates-the-return",
        "DE",
        "Wir bewerten den Zustand Ihres Einkaufs nach Eingang der Rücksendung.",
        [],
        reason="reply",
    ),
    # Text cited in quotation marks (an engraving, a product's name) asks for nothing.
    reading(
        "review_manipulation-en-cited-engraving",
        "US",
        'Please confirm the engraving: "Best Grandma Ever - Five Stars Forever".',
        [],
        reason="customization",
    ),
    reading(
        "review_manipulation-de-cited-engraving",
        "DE",
        "Bitte bestätigen Sie den Text „Beste Bewertung für den besten Papa der Welt“.",
        [],
        reason="customization",
    ),
    reading(
        "review_manipulation-en-stressed-word-is-no-citation",
        "US",
        'Please leave us a "5 star" review.',
        [MANIPULATION, MISPLACED],
    ),
    # A cancellation on a condition, for a cheaper deal off Amazon.
    reading(
        "cancel_request-en-conditional-cheaper-deal",
        "US",
        "If you cancel this order, we can sell you the same lamp for less.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-conditional-cheaper-deal",
        "DE",
        "Wenn Sie die Bestellung stornieren, verkaufen wir Ihnen das Gerät günstiger.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-conditional-cheaper-deal",
        "ES",
        "Si cancela el pedido, se lo vendemos más barato.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-conditional-refund-is-no-request",
        "US",
        "If you need to cancel, we will refund you in full.",
        [],
    ),
    # Softened and advising requests; the seller's offer in an earlier clause.
    reading(
        "cancel_request-it-soft-imperative",
        "IT",
        "Annulli pure l'ordine dal Suo account.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-advice",
        "ES",
        "Le conviene cancelar el pedido y volver a pedirlo.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-seller-offer-in-earlier-clause",
        "IT",
        "Possiamo spedire il blu, altrimenti Le conviene annullare l'ordine.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-seller-offer-in-earlier-clause",
        "UK",
        "We can send the blue one, or else you'd be better off cancelling the order.",
        [CANCEL],
    ),
    # A coupon that is Amazon's or the buyer's question is no offer of the seller's.
    reading(
        "marketing-en-coupon-the-buyer-mentioned",
        "US",
        "The coupon you mentioned had expired before your order was placed.",
        [],
        reason="reply",
    ),
    reading(
        "marketing-de-coupon-on-the-product-page",
        "DE",
        "Der Coupon auf der Produktseite galt nur bis Sonntag.",
        [],
        reason="reply",
    ),
    reading(
        "marketing-fr-codes-managed-by-amazon",
        "FR",
        "Les codes promo sont gérés par Amazon lors du paiement.",
        [],
        reason="reply",
    ),
    reading(
        "marketing-es-coupons-applied-by-amazon",
        "ES",
        "Los cupones los aplica Amazon en el momento del pago.",
        [],
        reason="reply",
    ),
    reading(
        "marketing-en-coupon-code-offered",
        "US",
        "Use coupon code SAVE5 on your next Amazon order.",
        [MARKETING],
        reason="reply",
    ),
    # A longer phrase cut inside a word does not hide the phrase inside that word.
    reading(
        "marketing-de-code-compound-after-next-purchase",
        "DE",
        "Zu Ihrem nächsten Einkauf schenken wir Ihnen einen Rabattcode.",
        [MARKETING],
    ),
    # "Why not" suggests; invitations in the infinitive; seasonal sales.
    reading(
        "marketing-en-why-not-visit",
        "UK",
        "Why not visit our online shop for more?",
        [MARKETING],
    ),
    reading(
        "marketing-fr-why-not-visit",
        "FR",
        "Pourquoi ne pas visiter notre boutique en ligne ?",
        [MARKETING],
    ),
    reading(
        "marketing-es-invited-to-visit",
        "ES",
        "Le invitamos a visitar nuestra tienda en Amazon.",
        [MARKETING],
    ),
    reading(
        "marketing-it-invited-to-visit",
        "IT",
        "La invitiamo a visitare il nostro negozio.",
        [MARKETING],
    ),
    reading(
        "marketing-en-seasonal-sale",
        "UK",
        "Our winter sale starts today with half-price throws.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-seasonal-sale",
        "FR",
        "Les soldes d'hiver commencent chez nous demain.",
        [MARKETING],
    ),
    reading(
        "marketing-es-seasonal-sale",
        "ES",
        "¡Empiezan nuestras rebajas de invierno en toda la tienda!",
        [MARKETING],
    ),
    reading(
        "review_manipulation-en-took-down-the-review",
        "US",
        "We would be grateful if you took down the review you left.",
        [MANIPULATION, MISPLACED],
        reason="reply",
    ),
]


@pytest.mark.parametrize(("body", "given", "rules"), READINGS)
def test_wording_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
