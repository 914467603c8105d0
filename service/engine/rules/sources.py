"""The Amazon pages each rule's facts come from (listed in docs/sources.md)."""

# The seed: "Wichtige Nachricht an Käufer senden" (Amazon.de Seller Central help).
IMPORTANT_MESSAGE_DE = "https://sellercentral.amazon.de/gp/help/external/help.html?itemID=RZ5Y5YEN9J84NAC&language=de_DE"
# Buyer-Seller Messaging FAQ (US): permitted reasons, opt-out, replies, 30-day limit.
MESSAGING_FAQ = "https://sellercentral.amazon.com/gp/help/external/200383320"
# Communication Guidelines (G1701), in force in DE since 2020-11-06.
COMMUNICATION_GUIDELINES = "https://sellercentral.amazon.de/gp/help/external/G1701?language=de_DE"
# SP-API Messaging API v1: the operations per reason and when an order offers them.
MESSAGING_API = "https://developer-docs.amazon.com/sp-api/docs/messaging-api-v1-reference"
# SP-API Solicitations API v1: the review request window, 5 to 30 days after delivery.
SOLICITATIONS_API = "https://developer-docs.amazon.com/sp-api/docs/solicitations-api-v1-reference"
# Amazon's models of both APIs (the pack's sp_api block cites the paths in them).
MESSAGING_MODEL = "https://github.com/amzn/selling-partner-api-models/blob/main/models/messaging-api-model/messaging.json"
SOLICITATIONS_MODEL = "https://github.com/amzn/selling-partner-api-models/blob/main/models/solicitations-api-model/solicitations.json"

# eBay's pages, for the rules only the eBay pack runs (the shared rules cite eBay's pages through
# the pack's `sources`).
# "Offering to buy or sell outside of eBay" policy, updated 2024-05-10.
EBAY_OFF_PLATFORM = "https://www.ebay.com.au/help/policies/payment-policies/offers-buy-sell-outside-ebay-policy?id=4272"
# Member-to-member contact policy: no e-mail addresses, phone numbers, payment information,
# social media links or accounts in messages.
EBAY_MEMBER_CONTACT = "https://www.ebay.com.au/help/policies/member-behavior-policies/membertomember-contact-policy?id=4262"
# Feedback extortion policy: no feedback demanded before dispatch, no refund or extra for feedback.
EBAY_FEEDBACK_EXTORTION = (
    "https://www.ebay.ca/help/policies/feedback-policies/feedback-extortion-policy?id=4230"
)
# The older feedback extortion page: once a problem is resolved, a seller may request a revision
# of negative or neutral feedback.
EBAY_FEEDBACK_REVISION = "https://www.ebay.in/pages/help/policies/feedback-extortion.html"
# Trading API: AddMemberMessageAAQToPartner, the call's reference (MemberMessage.Body: 2,000
# characters at most).
EBAY_TRADING_API = (
    "https://developer.ebay.com/Devzone/xml/docs/reference/ebay/AddMemberMessageAAQToPartner.html"
)
# Commerce Message API, sendMessage: the message_api channel (messageText, no subject, files in
# messageMedia).
EBAY_MESSAGE_API = "https://developer.ebay.com/api-docs/commerce/message/resources/conversation/methods/sendMessage"
# Trading API: AddMemberMessageAAQToPartner reaches the buyer for orders created within 90 days.
EBAY_TRADING_API_90_DAYS = "https://developer.ebay.com/support/kb-article?KBid=1955"
# Member-to-member contact policy overview: spam, unsolicited offers, mailing-list invitations
# (cited by the shared marketing and history rules under the eBay pack, pack.yaml `sources`).
EBAY_SPAM = "http://pages.ebay.com/help/policies/rfe-spam-ov.html"
# Fulfillment API getOrder: eBay's order ids (orderId), which eBay documents as opaque.
EBAY_ORDER = "https://developer.ebay.com/api-docs/sell/fulfillment/resources/order/methods/getOrder"
