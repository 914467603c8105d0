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
