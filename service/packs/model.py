"""The shape of a rule pack once loaded: plain, frozen data the engine reads."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from typing import Any

_IGNORED_IN_CODES = re.compile(r"[\s_-]+")


def lookup_key(text: str) -> str:
    """Normalise a code or alias for lookup: case-insensitive, '-', '_' and spaces ignored."""
    return _IGNORED_IN_CODES.sub("", text).casefold()


@dataclass(frozen=True)
class Edition:
    """A dated version of a platform's rules."""

    id: str
    effective: date
    source: str
    tag_overrides_opt_out: bool = False
    retired_reasons: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Marketplace:
    """One country site of the platform."""

    code: str
    id: str
    site: str
    language: str
    # The domain of the buyers' anonymised relay addresses (marketplace.amazon.de).
    relay_domain: str
    # Empty where the pack has no subject tag.
    tag_words: tuple[str, ...] = ()
    tag_confirmed: bool = False
    aliases: tuple[str, ...] = ()
    # The ISO 3166 region of its phone numbers where it is not the code (UK: GB).
    phone_region: str | None = None

    @property
    def tag_word(self) -> str | None:
        """The tag word the service adds on this site (None: the platform has no tag)."""
        return self.tag_words[0] if self.tag_words else None

    @property
    def region(self) -> str:
        """The region whose phone numbers are local on this site."""
        return self.phone_region or self.code

    @property
    def primary_language(self) -> str:
        """The language subtag of the site's language, e.g. 'de' for 'de-DE'."""
        return self.language.split("-", 1)[0].lower()


@dataclass(frozen=True)
class FileLimits:
    """How many files an API operation takes."""

    min: int
    max: int


@dataclass(frozen=True)
class Removal:
    """When Amazon removed an API operation, and where that is recorded."""

    date: date
    source: str


@dataclass(frozen=True)
class ModelReference:
    """Where Amazon's model defines an operation: the file, the path, and the JSON path of the
    request body's schema (None: the operation takes no body)."""

    file: str
    path: str
    request: str | None


@dataclass(frozen=True)
class SpApiOperation:
    """A Messaging or Solicitations API operation, as Amazon's model defines it."""

    # The name in getMessagingActionsForOrder's / getSolicitationActionsForOrder's
    # `_links.actions[].name`.
    action: str
    api: str  # "messaging" or "solicitations"
    # The name presend reports for the operation (the action, or the solicitation's operationId).
    operation: str
    model: ModelReference
    # The text field's maxLength; None: the operation takes no text at all.
    text_limit: int | None
    # None: the operation takes no files.
    attachments: FileLimits | None
    # The other fields of the request body (e.g. warranty coverage dates).
    fields: tuple[str, ...]
    # The model's "Only links related to ... are allowed", None where it says nothing.
    links: str | None
    removed: Removal | None

    @property
    def takes_text(self) -> bool:
        return self.text_limit is not None

    def exists_on(self, day: date) -> bool:
        """Amazon still offered the operation on that day."""
        return self.removed is None or day < self.removed.date


@dataclass(frozen=True)
class ContactReason:
    """Why the seller writes."""

    code: str
    labels: Mapping[str, str]
    critical: bool
    allowed_in: frozenset[str]
    sp_api: SpApiOperation | None = None
    aliases: tuple[str, ...] = ()
    documents: bool = False
    # The message delivers a code the buyer bought (a digital access key): codes and vouchers
    # are its content, not marketing.
    delivers_code: bool = False
    fba_customer_service: bool = False
    reply: bool = False
    prohibited: bool = False
    # The reason's purpose is asking the buyer to update or remove feedback, which Amazon
    # allows in neutral words (no incentive, no rating asked for).
    feedback_change: bool = False
    # The reason asks for a review: the only one that may, within its own time window.
    solicits_review: bool = False
    # The message may name a service hotline (warranty): a phone number is only an info.
    service_number: bool = False

    def label(self, language: str) -> str:
        """The label in a language, English where the pack has none in it."""
        return self.labels.get(language, self.labels["en"])


@dataclass(frozen=True)
class SubjectTag:
    """The platform's subject tag (Amazon's [Wichtig]): a word in brackets that marks a
    message as critical. A site whose word no platform page confirms accepts the fallback
    word too."""

    fallback_word: str


@dataclass(frozen=True)
class OptOut:
    """Buyers may opt out of unsolicited messages: then only critical reasons reach them."""

    # How long an opt-out learned from a relay bounce is remembered (and kept).
    learned_days: int


@dataclass(frozen=True)
class Channel:
    """How the seller's system sends a message on the platform (request field `channel`)."""

    name: str
    # The seller writes the subject (e-mail); elsewhere the platform sets it from the reason.
    seller_subject: bool
    # An HTML body is accepted.
    html: bool
    # Messages go through the platform's API operations (the pack's sp_api block): each
    # operation's text limit and files apply, and a reason without an operation cannot go.
    api: bool = False
    # The most characters the channel takes in a body (None: no limit of its own).
    text_limit: int | None = None
    # Proactive messages reach the buyer only this many days after the purchase (None: no
    # limit of the channel's own), and the page that says so.
    proactive_days: int | None = None
    source: str | None = None


@dataclass(frozen=True)
class Fulfillment:
    """Who fulfils an order (request field `order.fulfillment`): the seller, the default, or
    the platform itself (Amazon's FBA), whose customer service then answers some questions."""

    seller: str
    platform: str | None = None

    @property
    def values(self) -> tuple[str, ...]:
        return (self.seller,) if self.platform is None else (self.seller, self.platform)


@dataclass(frozen=True)
class OrderIds:
    """The forms of the platform's order numbers."""

    # An order.id of another form is refused (422) rather than taken.
    strict: bool
    # The forms in words, and an order number of the first, for the messages that name them
    # (and the samples `presend lint` fills a template with).
    expected: str
    example: str
    # Any of the forms (Python's engine; the pack's patterns are bounded repeats of digits):
    # scanners search texts with it, and a whole order.id must match it.
    form: re.Pattern[str]

    def matches(self, text: str) -> bool:
        """The text is an order number of one of the forms, and nothing else."""
        return self.form.fullmatch(text) is not None


@dataclass(frozen=True)
class Timing:
    """How long after an order proactive messages may be sent, and when the review request's
    window opens and closes."""

    # After delivery, or after purchase when the delivery date is unknown.
    contact_limit: timedelta
    # From the earliest delivery date on, until after the latest.
    review_opens: timedelta
    review_closes: timedelta


@dataclass(frozen=True)
class LinkDomains:
    """Domains whose links are allowed (carrier tracking, the platform's own pages where it
    allows them) or only warned about (Amazon's pages)."""

    carriers: frozenset[str]
    amazon: frozenset[str] = frozenset()
    own: frozenset[str] = frozenset()
    # Top-level domains a bare domain is recognised by besides the engine's (scan.contact):
    # where the platform's buyers meet links such as "paypal.me/shop".
    extra_tlds: frozenset[str] = frozenset()


@dataclass(frozen=True)
class AttachmentLimits:
    """What Amazon accepts as attachments."""

    max_total_bytes: int
    types: Mapping[str, frozenset[str]]  # extension -> content types that fit it
    dangerous_extensions: frozenset[str]
    dangerous_content_types: frozenset[str]


@dataclass(frozen=True)
class Run:
    """A phrase's last part, a run of one character class ("?[\\pL\\pN ]{2,40}, a name),
    compiled at its least length: the marker group that says this phrase matched, the class
    as a pattern of its own (repeated), and how many characters further the run may go."""

    group: int
    extend: Any  # re2 pattern: the class, any number of times
    further: int


@dataclass(frozen=True)
class Phrases:
    """A category's phrases in one language, one RE2 pattern whose group 1 is the phrase; the
    runs its phrases end in are extended by the scan (service.engine.scan.lexicon)."""

    pattern: Any
    runs: tuple[Run, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    """One language's phrase patterns (RE2): a set that tells in one pass which categories
    occur in a text (and whether an anchor word of the language does), then each category's
    own pattern for the places.

    The set reads a phrase's long counted gaps as open ones ("[^.!?\\n]{0,60}" as "{0,}"): a
    counted gap multiplies the states the set's DFA builds on new text, an open one does not
    (bench/README.md, "The screen with its gaps opened"). Each category is two entries of the
    set, its phrases without a long gap (`sure`) and its opened ones; a category only an opened
    phrase found is confirmed by its own pattern, so the answer is the exact one. The set
    reads the text after a line break, which stands for the start of the text before a phrase's
    first word (RE2's "^" in some 300 entries made each new DFA state about five times dearer)."""

    language: str
    screen: Any  # re2.Set of the entries' patterns, in the order of `entries`
    # A category's sure entry before its opened one, the categories in the lexicon's order.
    entries: tuple[ScreenEntry, ...]
    patterns: Mapping[str, Phrases]

    def categories_in(self, text: str | bytes) -> list[str]:
        """The categories with a phrase somewhere in the text (one pass for all of them), in
        the lexicon's order; the text as str, or as its UTF-8 where the caller has that
        already (RE2 reads UTF-8, and encodes a str on every call)."""
        after_a_break = b"\n" + text if isinstance(text, bytes) else "\n" + text
        found: list[str] = []
        for index in sorted(self.screen.Match(after_a_break) or ()):
            entry = self.entries[index]
            if found and found[-1] == entry.category:
                continue
            if entry.sure or self.patterns[entry.category].pattern.search(text):
                found.append(entry.category)
        return found


@dataclass(frozen=True)
class ScreenEntry:
    """An entry of a lexicon's screen: a category's phrases, whether as written (sure) or
    with their counted gaps opened (a hit to be confirmed)."""

    category: str
    sure: bool


@dataclass(frozen=True)
class DailyLimit:
    """Amazon's guidance for a seller's proactive messages a day: per_order x average daily
    orders + base, of which tools keep a margin (safety < 1) and move the rest to the next day."""

    per_order: int
    base: int
    safety: float

    def of(self, average_daily_orders: int) -> int:
        """The limit for a seller with this many orders a day on average."""
        return int(self.safety * (self.per_order * average_daily_orders + self.base))


@dataclass(frozen=True)
class OptOutBounce:
    """How one language's relay bounce says "the buyer opted out": a phrase of every group.

    `groups` maps a group's name to a compiled RE2 pattern (case-insensitive, any whitespace
    between words), so the meaning is recognised, not one exact wording.
    """

    language: str
    groups: Mapping[str, Any]

    def missing(self, text: str) -> list[str]:
        """The groups with no phrase in the text (empty: it is an opt-out bounce)."""
        return [name for name, pattern in self.groups.items() if not pattern.search(text)]


@dataclass(frozen=True)
class LedgerRules:
    """The history rules' facts (the send ledger): which reasons count once per order, the
    daily limit, the duplicate window, when an order has had many messages, how long a learned
    opt-out is remembered, and how a relay bounce reads."""

    once_per_order: frozenset[str]
    # None: the platform publishes no daily limit (only a seller's explicit one applies).
    daily_limit: DailyLimit | None
    duplicate_window_hours: int
    order_messages_warning_above: int
    opt_out_days: int
    # RE2: an order number in a bounce's text (None: the platform has no opt-out bounce)
    order_id: Any = None
    bounces: tuple[OptOutBounce, ...] = ()

    def limit_for(self, average_daily_orders: int | None, daily_limit: int | None) -> int | None:
        """A seller's daily limit: the explicit one, else the pack's formula of its average
        daily orders; None (no limit) for a seller with neither."""
        if daily_limit is not None:
            return daily_limit
        if average_daily_orders is not None and self.daily_limit is not None:
            return self.daily_limit.of(average_daily_orders)
        return None


@dataclass(frozen=True)
class Words:
    """One language's word lists, as the stems its Snowball stemmer gives them (so every
    inflection of a listed word belongs too), and the exact forms of words whose stem is too
    short to tell them from other words."""

    stemmer: str  # the Snowball algorithm's name, e.g. "german"
    stems: Mapping[str, frozenset[str]]  # stem -> word categories
    forms: Mapping[str, frozenset[str]]  # lower-case form -> word categories
    # Stems (and those words as written) that also count at the end of a longer word
    # ("Kundenbewertung"), in languages that write compounds as one word; -> categories.
    heads: Mapping[str, frozenset[str]]


@dataclass(frozen=True)
class Lexicons:
    """The pack's lexicons: phrase patterns per language, context patterns (every language at
    once) by category, and word lists per language with the pattern that finds their anchor
    words in a text."""

    phrases: Mapping[str, Lexicon] = field(default_factory=dict)
    contexts: Mapping[str, Any] = field(default_factory=dict)  # category -> RE2 pattern
    words: Mapping[str, Words] = field(default_factory=dict)
    # language -> RE2: one of its anchor words' stems or forms (at a word's start, a German
    # head anywhere)
    anchors: Mapping[str, Any] = field(default_factory=dict)


# A wording model's weights for one feature are packed into one int: a field of _FIELD_BITS
# per rule, each weight in units of 1/scale (at most WEIGHT_LIMIT either way) plus
# _FIELD_OFFSET so that no field is negative or all zero. Summing a text's features' ints with
# sum() adds every rule's weights at once in C; unpacked rows of five weights cost three times
# as much to add up in Python. A field holds the sum of 2**32 features without carrying over.
WEIGHT_LIMIT = (1 << 15) - 1
_FIELD_OFFSET = 1 << 15
_FIELD_BITS = 48
_FIELD_MASK = (1 << _FIELD_BITS) - 1


def pack_weights(weights: Sequence[int]) -> int:
    """One feature's weights (one per rule, each within ±WEIGHT_LIMIT) as one int."""
    return sum(
        (weight + _FIELD_OFFSET) << (_FIELD_BITS * rule) for rule, weight in enumerate(weights)
    )


def unpack_sum(total: int, count: int, rules: int) -> list[int]:
    """Each rule's sum of weights from the sum of `count` features' packed ints."""
    return [
        ((total >> (_FIELD_BITS * rule)) & _FIELD_MASK) - count * _FIELD_OFFSET
        for rule in range(rules)
    ]


@dataclass(frozen=True)
class WordingModel:
    """A linear model of the wording rules (engine.scan.resemblance): per rule a bias and a
    weight for each feature (a word's first letters, or a pair of them), and the score above
    which the model takes a text for one that breaks the rule. Trained by
    tests/corpus/train.py on the labelled corpora; the rules it serves report what it finds
    only where their own readings found nothing (rules/wording.py)."""

    # Engine rule names ("content.marketing"), in the order of each feature's weights.
    rules: tuple[str, ...]
    bias: tuple[float, ...]
    threshold: float
    # feature -> its weights (pack_weights), in units of 1/scale.
    weights: Mapping[bytes | tuple[bytes, bytes], int]
    scale: int


@dataclass(frozen=True, eq=False)
class Pack:
    """A platform's rules as data, with lookups by code or alias. Compared (and hashed) by
    identity: a pack is loaded once, and the engine keeps what it derives from it per pack."""

    platform: str
    # The platform's name as a reader writes it ("Amazon").
    name: str
    default_edition: str
    editions: Mapping[str, Edition]
    marketplaces: tuple[Marketplace, ...]
    statuses: tuple[str, ...]
    reasons: tuple[ContactReason, ...]
    words: Mapping[str, Mapping[str, str]]
    status_aliases: Mapping[str, tuple[str, ...]]
    links: LinkDomains
    attachments: AttachmentLimits
    ledger: LedgerRules
    order_ids: OrderIds
    # The first is the default.
    channels: tuple[Channel, ...]
    fulfillment: Fulfillment
    # An open list of reasons (eBay): the reason a request without one has; None: the list is
    # closed and a request names one (Amazon).
    default_reason: str | None = None
    # The e-mail rule also finds addresses spelled out to slip past filters ("max at shop
    # dot de"), not only the bracketed "(at)" forms.
    masked_contact: bool = False
    # `<area>.<rule>` -> the platform's page a shared rule cites under this pack (the rule's
    # own source otherwise).
    sources: Mapping[str, str] = field(default_factory=dict)
    # None: the platform has no time limits (the timing rules are off).
    timing: Timing | None = None
    # None: the platform has no subject tag (the subject.tag_* rules are off).
    subject_tag: SubjectTag | None = None
    # None: buyers cannot opt out and no reason is critical (buyer.opted_out is off).
    opt_out: OptOut | None = None
    # The engine's rules this pack runs, `<area>.<rule>` -> the severity it runs them at (None:
    # the rule's own); the engine runs them in its order, reported as `<platform>.<area>.<rule>`.
    rules: Mapping[str, str | None] = field(default_factory=dict)
    # action name -> the operation (service/packs/amazon/pack.yaml, sp_api)
    sp_api_operations: Mapping[str, SpApiOperation] = field(default_factory=dict)
    # Every action name Amazon's eligibility lists may carry, with or without an operation here.
    sp_api_actions: frozenset[str] = frozenset()
    # service/packs/amazon/lexicons.yaml
    lexicons: Lexicons = field(default_factory=Lexicons)
    # None: the pack has no wording model, and its wording rules read by their lexicons alone.
    wording_model: WordingModel | None = None
    _marketplace_index: Mapping[str, Marketplace] = field(repr=False, default_factory=dict)
    _status_index: Mapping[str, str] = field(repr=False, default_factory=dict)
    _reason_index: Mapping[str, ContactReason] = field(repr=False, default_factory=dict)

    @property
    def default_channel(self) -> Channel:
        return self.channels[0]

    def find_channel(self, name: str) -> Channel | None:
        """The channel of this name (exactly as written)."""
        return next((channel for channel in self.channels if channel.name == name), None)

    def find_marketplace(self, text: str) -> Marketplace | None:
        """The marketplace with this code, alias or SP-API id (case-insensitive)."""
        return self._marketplace_index.get(lookup_key(text))

    def find_status(self, text: str) -> str | None:
        """The canonical status for a canonical name or an Amazon OrderStatus value."""
        return self._status_index.get(lookup_key(text))

    def find_reason(self, text: str) -> ContactReason | None:
        """The contact reason for a code, an alias or a label."""
        return self._reason_index.get(lookup_key(text))

    def word(self, language: str, key: str) -> str:
        """A word the service writes itself, in a language, English where the pack has none."""
        return self.words.get(language, self.words["en"])[key]

    @cached_property
    def tag_words(self) -> frozenset[str]:
        """Every marketplace's tag words, to recognise a tag in another site's language."""
        return frozenset(word for m in self.marketplaces for word in m.tag_words)
