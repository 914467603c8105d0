"""Load a rule pack from its YAML file and validate every entry before the service starts."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import Any

import orjson
import re2
import Stemmer
import yaml
from marshmallow import RAISE, Schema, ValidationError, fields, validate

from service.fields import StrictBoolean
from service.packs.model import (
    WEIGHT_LIMIT,
    AttachmentLimits,
    Channel,
    ContactReason,
    DailyLimit,
    Edition,
    FileLimits,
    Fulfillment,
    LedgerRules,
    Lexicon,
    Lexicons,
    LinkDomains,
    Marketplace,
    ModelReference,
    OptOut,
    OptOutBounce,
    OrderIds,
    Pack,
    Phrases,
    Removal,
    Run,
    ScreenEntry,
    SpApiOperation,
    SubjectTag,
    Timing,
    WordingModel,
    Words,
    lookup_key,
    pack_weights,
)

PACKS_DIR = Path(__file__).parent


class PackError(Exception):
    """A rule pack is broken; the message names the entry."""


def _has_keys(*keys: str) -> Any:
    """A validator: the mapping has these keys (marshmallow validators must raise)."""

    def check(mapping: dict[str, Any]) -> None:
        missing = [key for key in keys if key not in mapping]
        if missing:
            raise ValidationError(f"missing {', '.join(missing)}")

    return check


_NAME = r"^[a-z][a-z_]*\Z"
SEVERITIES = ("error", "warning", "info")
_Code = fields.String(required=True, validate=validate.Regexp(r"^[a-z][a-z0-9_]*\Z"))
_Domain = fields.String(validate=validate.Regexp(r"^([a-z0-9-]+\.)+[a-z]{2,}\Z"))
_Extension = fields.String(validate=validate.Regexp(r"^[a-z0-9]{1,8}\Z"))


class _EditionSchema(Schema):
    class Meta:
        unknown = RAISE

    id = fields.String(required=True, validate=validate.Regexp(r"^\d{4}-\d{2}\Z"))
    effective = fields.Date(required=True)
    # Only with the subject_tag block.
    tag_overrides_opt_out = StrictBoolean(load_default=False)
    retired_reasons = fields.List(fields.String(), load_default=list)
    source = fields.Url(required=True)


class _MarketplaceSchema(Schema):
    class Meta:
        unknown = RAISE

    code = fields.String(required=True, validate=validate.Regexp(r"^[A-Z]{2}\Z"))
    # The platform's id of the site (Amazon's marketplace id, eBay's EBAY_DE).
    id = fields.String(required=True, validate=validate.Regexp(r"^[A-Z0-9_]{5,14}\Z"))
    site = fields.String(
        required=True, validate=validate.Regexp(r"^[a-z0-9-]+(\.[a-z]{2,3}){1,2}\Z")
    )
    language = fields.String(required=True, validate=validate.Regexp(r"^[a-z]{2}-[A-Z]{2}\Z"))
    # Only with the subject_tag block, and then required.
    tag_words = fields.List(
        fields.String(validate=validate.Length(min=1)),
        load_default=list,
        validate=validate.Length(min=1),
    )
    tag_confirmed = StrictBoolean(load_default=False)
    aliases = fields.List(fields.String(), load_default=list)
    phone_region = fields.String(load_default=None, validate=validate.Regexp(r"^[A-Z]{2}\Z"))


_ActionName = fields.String(required=True, validate=validate.Regexp(r"^[a-z][A-Za-z]*\Z"))


class _ModelReferenceSchema(Schema):
    class Meta:
        unknown = RAISE

    file = fields.String(
        required=True, validate=validate.OneOf(["messaging.json", "solicitations.json"])
    )
    path = fields.String(
        required=True, validate=validate.Regexp(r"^/[a-z]+/v1/orders/\{amazonOrderId\}/")
    )
    request = fields.String(
        required=True, allow_none=True, validate=validate.Regexp(r"^#/definitions/[A-Za-z]+\Z")
    )


class _FileLimitsSchema(Schema):
    class Meta:
        unknown = RAISE

    min = fields.Integer(strict=True, required=True, validate=validate.Range(min=0))
    max = fields.Integer(strict=True, required=True, validate=validate.Range(min=1))


class _RemovalSchema(Schema):
    class Meta:
        unknown = RAISE

    date = fields.Date(required=True)
    source = fields.Url(required=True)


class _SpApiOperationSchema(Schema):
    class Meta:
        unknown = RAISE

    action = _ActionName
    api = fields.String(required=True, validate=validate.OneOf(["messaging", "solicitations"]))
    operation = fields.String(required=True, validate=validate.Length(min=1))
    model = fields.Nested(_ModelReferenceSchema, required=True)
    text_limit = fields.Integer(
        strict=True, allow_none=True, required=True, validate=validate.Range(min=1)
    )
    attachments = fields.Nested(_FileLimitsSchema, required=True, allow_none=True)
    links = fields.String(required=True, allow_none=True, validate=validate.Length(min=1))
    removed = fields.Nested(_RemovalSchema, required=True, allow_none=True)
    # "fields" in the pack; Schema.fields is marshmallow's own.
    other_fields = fields.List(
        fields.String(validate=validate.Length(min=1)), required=True, data_key="fields"
    )


class _SpApiSchema(Schema):
    class Meta:
        unknown = RAISE

    other_actions = fields.List(_ActionName, required=True)
    operations = fields.List(
        fields.Nested(_SpApiOperationSchema), required=True, validate=validate.Length(min=1)
    )


class _ReasonSchema(Schema):
    class Meta:
        unknown = RAISE

    code = _Code
    labels = fields.Dict(
        keys=fields.String(),
        values=fields.String(),
        required=True,
        validate=_has_keys("en", "de"),
    )
    # Only with the opt_out block: a critical reason reaches a buyer who opted out.
    critical = StrictBoolean(load_default=False)
    allowed_in = fields.List(fields.String(), required=True)
    sp_api = fields.String(load_default=None, allow_none=True)
    aliases = fields.List(fields.String(), load_default=list)
    documents = StrictBoolean(load_default=False)
    delivers_code = StrictBoolean(load_default=False)
    fba_customer_service = StrictBoolean(load_default=False)
    reply = StrictBoolean(load_default=False)
    prohibited = StrictBoolean(load_default=False)
    feedback_change = StrictBoolean(load_default=False)
    solicits_review = StrictBoolean(load_default=False)
    service_number = StrictBoolean(load_default=False)


class _SubjectTagSchema(Schema):
    class Meta:
        unknown = RAISE

    fallback_word = fields.String(required=True, validate=validate.Length(min=1))


class _OptOutSchema(Schema):
    class Meta:
        unknown = RAISE

    learned_days = fields.Integer(strict=True, required=True, validate=validate.Range(min=1))


class _FulfillmentSchema(Schema):
    class Meta:
        unknown = RAISE

    seller = fields.String(required=True, validate=validate.Regexp(_NAME))
    platform = fields.String(load_default=None, validate=validate.Regexp(_NAME))


class _OrderIdsSchema(Schema):
    class Meta:
        unknown = RAISE

    strict = StrictBoolean(required=True)
    patterns = fields.List(
        fields.String(validate=validate.Length(min=1)),
        required=True,
        validate=validate.Length(min=1),
    )
    expected = fields.String(required=True, validate=validate.Length(min=1))
    example = fields.String(required=True)


class _TimingSchema(Schema):
    class Meta:
        unknown = RAISE

    contact_days = fields.Integer(strict=True, required=True, validate=validate.Range(min=1))
    review_opens_days = fields.Integer(strict=True, required=True, validate=validate.Range(min=0))
    review_closes_days = fields.Integer(strict=True, required=True, validate=validate.Range(min=1))


class _LinksSchema(Schema):
    class Meta:
        unknown = RAISE

    carriers = fields.List(_Domain, required=True)
    # Amazon's own pages: only a warning (amazon.content.amazon_link).
    amazon = fields.List(_Domain, load_default=list)
    # The platform's own pages, allowed like carriers (eBay's help pages and listings).
    own = fields.List(_Domain, load_default=list)
    extra_tlds = fields.List(
        fields.String(validate=validate.Regexp(r"^[a-z]{2,24}\Z")), load_default=list
    )


class _AttachmentsSchema(Schema):
    class Meta:
        unknown = RAISE

    max_total_bytes = fields.Integer(strict=True, required=True, validate=validate.Range(min=1))
    types = fields.Dict(
        keys=_Extension,
        values=fields.List(fields.String(), validate=validate.Length(min=1)),
        required=True,
    )
    dangerous_extensions = fields.List(_Extension, required=True)
    dangerous_content_types = fields.List(fields.String(), required=True)


class _DailyLimitSchema(Schema):
    class Meta:
        unknown = RAISE

    per_order = fields.Integer(strict=True, required=True, validate=validate.Range(min=0))
    base = fields.Integer(strict=True, required=True, validate=validate.Range(min=0))
    safety = fields.Float(required=True, validate=validate.Range(min=0, max=1, min_inclusive=False))


class _LedgerSchema(Schema):
    class Meta:
        unknown = RAISE

    once_per_order = fields.List(_Code, required=True)
    daily_limit = fields.Nested(_DailyLimitSchema, load_default=None)
    duplicate_window_hours = fields.Integer(
        strict=True, required=True, validate=validate.Range(min=1)
    )
    order_messages_warning_above = fields.Integer(
        strict=True, required=True, validate=validate.Range(min=1)
    )
    # Where the platform bounces a message to a buyer who opted out (Amazon): the order number
    # in a bounce's text, and how a bounce says so.
    order_id = fields.String(load_default=None)
    # language -> group -> phrases (written like the lexicons' patterns)
    opt_out_bounce = fields.Dict(
        keys=fields.String(validate=validate.Regexp(r"^[a-z]{2}\Z")),
        values=fields.Dict(
            keys=_Code,
            values=fields.List(fields.String(), validate=validate.Length(min=1)),
            validate=validate.Length(min=1),
        ),
        load_default=dict,
        validate=_has_keys("en", "de"),
    )


class _ChannelSchema(Schema):
    class Meta:
        unknown = RAISE

    name = fields.String(required=True, validate=validate.Regexp(_NAME))
    seller_subject = StrictBoolean(required=True)
    html = StrictBoolean(required=True)
    api = StrictBoolean(load_default=False)
    text_limit = fields.Integer(strict=True, load_default=None, validate=validate.Range(min=1))
    proactive_days = fields.Integer(strict=True, load_default=None, validate=validate.Range(min=1))
    source = fields.Url(load_default=None)


class _PackSchema(Schema):
    class Meta:
        unknown = RAISE

    # The platform's name: the prefix of its rule ids, and its folder's name.
    platform = fields.String(required=True, validate=validate.Regexp(_NAME))
    name = fields.String(required=True, validate=validate.Length(min=1))
    default_edition = fields.String(required=True)
    editions = fields.List(
        fields.Nested(_EditionSchema), required=True, validate=validate.Length(min=1)
    )
    languages = fields.Dict(
        keys=fields.String(),
        values=fields.Dict(keys=fields.String(), values=fields.String()),
        required=True,
        validate=_has_keys("en"),
    )
    marketplaces = fields.List(
        fields.Nested(_MarketplaceSchema), required=True, validate=validate.Length(min=1)
    )
    # The domain of the buyers' relay addresses; "{site}" stands for the marketplace's site.
    relay_domain = fields.String(
        required=True, validate=validate.Regexp(r"^[a-z0-9.{}-]+\.(?:[a-z]{2,}|\{site\})\Z")
    )
    statuses = fields.Dict(keys=_Code, values=fields.List(fields.String()), required=True)
    reasons = fields.List(
        fields.Nested(_ReasonSchema), required=True, validate=validate.Length(min=1)
    )
    links = fields.Nested(_LinksSchema, required=True)
    attachments = fields.Nested(_AttachmentsSchema, required=True)
    ledger = fields.Nested(_LedgerSchema, required=True)
    timing = fields.Nested(_TimingSchema, load_default=None)
    order_ids = fields.Nested(_OrderIdsSchema, required=True)
    channels = fields.List(
        fields.Nested(_ChannelSchema), required=True, validate=validate.Length(min=1)
    )
    fulfillment = fields.Nested(_FulfillmentSchema, required=True)
    default_reason = fields.String(load_default=None)
    masked_contact = StrictBoolean(load_default=False)
    # `<area>.<rule>` -> the platform's page a shared rule cites under this pack
    sources = fields.Dict(keys=fields.String(), values=fields.Url(), load_default=dict)
    # The optional blocks: what only some platforms have. Absent, that rule family is off.
    sp_api = fields.Nested(_SpApiSchema, load_default=None)
    subject_tag = fields.Nested(_SubjectTagSchema, load_default=None)
    opt_out = fields.Nested(_OptOutSchema, load_default=None)
    # area -> the area's rules, each a name or {name: severity}
    rules = fields.Dict(
        keys=fields.String(validate=validate.Regexp(_NAME)),
        values=fields.List(fields.Raw(), validate=validate.Length(min=1)),
        required=True,
        validate=validate.Length(min=1),
    )


def load_pack(name: str = "amazon", directory: Path = PACKS_DIR) -> Pack:
    """Read and validate the pack in <directory>/<name>/ (pack and lexicons; the directory
    service/packs/ unless given); once per process, the pack is immutable."""
    return _load(directory / name)


@cache
def _load(folder: Path) -> Pack:
    pack = parse_pack(folder / "pack.yaml", folder / "lexicons.yaml")
    model = folder / WORDING_MODEL
    return replace(pack, wording_model=read_wording_model(model)) if model.exists() else pack


# The file beside a pack's pack.yaml that holds its wording model, if it has one.
WORDING_MODEL = "wording-model.json"


def read_wording_model(path: Path) -> WordingModel:
    """Read a wording model (written by tests/corpus/train.py); raise PackError saying what
    is wrong with it. A feature is a word, or a pair of words with a space between; its row
    holds a weight per rule, in units of 1/scale."""
    try:
        raw = orjson.loads(path.read_bytes())
        rules = tuple(str(rule) for rule in raw["rules"])
        bias = tuple(float(value) for value in raw["bias"])
        threshold, scale = float(raw["threshold"]), int(raw["scale"])
        rows: dict[str, list[int]] = dict(raw["weights"].items())
    except (OSError, KeyError, TypeError, ValueError, AttributeError) as error:
        raise PackError(f"{path}: not a wording model: {error!r}") from error
    for key, row in rows.items():
        if not isinstance(row, list) or len(row) != len(rules) or not all(map(_weight, row)):
            raise PackError(
                f"{path}: {key!r} needs a weight per rule ({len(rules)}), each an integer "
                f"at most {WEIGHT_LIMIT} either way"
            )
    if len(bias) != len(rules):
        raise PackError(f"{path}: the bias needs a value per rule ({len(rules)})")
    if len(set(rules)) != len(rules):
        raise PackError(f"{path}: a rule is named twice in {list(rules)}")
    if not math.isfinite(threshold) or not all(map(math.isfinite, bias)):
        raise PackError(f"{path}: the threshold and the bias must be numbers")
    if type(raw["scale"]) is not int or scale < 1:
        raise PackError(f"{path}: the scale must be a whole number of at least 1")
    malformed = next((key for key in rows if not _FEATURE.fullmatch(key)), None)
    if malformed is not None:
        raise PackError(f"{path}: {malformed!r} is not a word or a pair of words")
    words: dict[bytes, bytes] = {}
    try:
        weights = {_feature(key, words): pack_weights(row) for key, row in rows.items()}
    except UnicodeEncodeError as error:
        raise PackError(f"{path}: a feature is not Latin-1: {error!r}") from error
    return WordingModel(rules, bias, threshold, weights, scale)


# A feature as the file writes it: a word, or two with one space between.
_FEATURE = re.compile(r"[^ ]+( [^ ]+)?")


def _weight(value: object) -> bool:
    """Whether a value is a weight as the file holds it (not a float, not a boolean)."""
    return type(value) is int and abs(value) <= WEIGHT_LIMIT


def _feature(key: str, words: dict[bytes, bytes]) -> bytes | tuple[bytes, bytes]:
    """A feature as written ("word" or "first second") as resemblance.features() yields it,
    Latin-1 bytes; a word is one object however many pairs it is in."""
    first, space, second = key.encode("latin-1").partition(b" ")
    first = words.setdefault(first, first)
    return (first, words.setdefault(second, second)) if space else first


class _PackLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML's safe loader, parsing in C with libyaml (in PyYAML's wheels: the two packs read in
    16 ms, against 160 ms with the pure-Python parser), where a key given twice is an error:
    YAML keeps the last one silently, and a word list named twice lost its first half."""


def _mapping(loader: Any, node: yaml.MappingNode) -> dict[Any, Any]:
    loader.flatten_mapping(node)  # "<<" merges, as the safe loader does
    keys = [loader.construct_object(key, deep=True) for key, _ in node.value]
    twice = next((key for i, key in enumerate(keys) if key in keys[:i]), None)
    if twice is not None:
        raise yaml.constructor.ConstructorError(
            None, None, f"{twice!r} is given twice", node.start_mark
        )
    return loader.construct_mapping(node, deep=True)  # type: ignore[no-any-return]


_PackLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def _read(path: Path) -> Any:
    try:
        # A safe loader (its base is SafeLoader or CSafeLoader): no Python objects.
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_PackLoader)  # noqa: S506
    except (OSError, yaml.YAMLError) as error:
        raise PackError(f"{path}: cannot read the file: {error}") from error


def parse_pack(path: Path, lexicons: Path | None = None) -> Pack:
    """Read and validate a pack file (and its lexicons); raise PackError naming the entry."""
    raw = _read(path)
    try:
        data = _PackSchema().load(raw if isinstance(raw, dict) else {})
    except ValidationError as error:
        raise PackError(f"{path}: {_describe(error.messages, raw)}") from error
    try:
        pack = _build(data)
    except PackError as error:
        raise PackError(f"{path}: {error}") from error
    if lexicons is None:
        return pack
    try:
        return replace(pack, lexicons=compile_lexicons(_read(lexicons)))
    except PackError as error:
        raise PackError(f"{lexicons}: {error}") from error


# Categories of lexicons.yaml: phrases are matched per language (English, the marketplace's,
# the buyer's); context patterns are read in all languages at once.
PHRASE_CATEGORIES = frozenset(
    {
        "marketing",
        "coupon",
        "review_manipulation",
        "review_change",
        "review_request",
        "cancel_request",
        "payment_details",
        "opt_out",
        "social_media",
        "off_platform_offer",
        "feedback_extortion",
        "feedback_revision",
        "shop_visit",
        "order_undone",
    }
)
CONTEXT_CATEGORIES = frozenset(
    {
        "phone_words",
        "identifier_words",
        "negation",
        "not_a_negation",
        "negative_suggestion",
        "subordinate",
        "not_an_offer",
        "not_an_offer_phrase",
        "not_a_payment",
        "not_a_payment_phrase",
        "outrun",
        "payment_received",
        "buyer_asked",
        "buyer_asked_after",
        "payment_agreed",
        "unneeded",
        "refusal",
        "clause_break",
        "list_conjunction",
        "topic",
        "thanked_for",
        "thanked_after",
    }
)
# Word lists for the wording rules that read a sentence's words by meaning (rules/wording.py
# says what each is for); the anchor categories are the words a sentence must hold before its
# other words are read at all.
ANCHOR_CATEGORIES = frozenset(
    {
        "review_object",
        "review_stars",
        "cancel",
        "newsletter",
        "news",
        "next",
        "rate",
        "experience",
        "collection",
        "novelties",
        "page",
        "others",
        "beckon",
        "miss",
        "click",
        "grade",
        "posted",
        "post_noun",
    }
)
# Anchor categories that anchor a sentence only beside the words a reading needs with them
# (all the categories of one of their sets), since without those no reading finds anything
# there (rules/sentences/): other buyers told ("tell other buyers", a telling verb with
# buyers or with where reviews are read) or beside what the buyer wrote there, or reading
# where the buyer is asked to tell or write ("wo andere Käufer es lesen"); a page as where the
# buyer wrote or is asked to tell or write ("lo scriva sulla pagina del prodotto"). "Any other
# questions", "Bei weiteren Fragen" and "order page" anchor nothing.
ANCHOR_COMPANIONS = {
    "others": (
        frozenset({"inform", "customer"}),
        frozenset({"inform", "platform"}),
        frozenset({"inform", "page"}),
        frozenset({"posted", "you"}),
        frozenset({"inform", "heard"}),
        frozenset({"written", "heard"}),
    ),
    "page": (
        frozenset({"posted", "you"}),
        frozenset({"inform"}),
        frozenset({"written"}),
    ),
    # A grade only with a top level and where it is asked or read ("la nota más alta que
    # permite Amazon", "Ponnos la nota máxima en la página del producto"; not "Please note"); a
    # post only where buyers read it; a written verb only with what was written and a change
    # ("rivedere quanto aveva pubblicato", "have another look at what you wrote").
    "grade": (
        frozenset({"top_rating", "platform"}),
        frozenset({"top_rating", "page"}),
        frozenset({"top_rating", "ask", "to_us"}),
        frozenset({"high", "more", "platform"}),
        frozenset({"high", "more", "page"}),
        frozenset({"high", "more", "ask", "to_us"}),
    ),
    "post_noun": (frozenset({"platform"}), frozenset({"page"})),
    "posted": (
        frozenset({"written_text", "change"}),
        frozenset({"written_text", "look"}),
        frozenset({"written_text", "take"}),
    ),
    # An invitation anchors only beside "our" ("keep an eye on our other designs"); a future
    # order anchors by "next" on its own ("la aspettiamo per i suoi prossimi acquisti").
    "beckon": (frozenset({"our"}),),
    "miss": (frozenset({"our"}),),
    # A click anchors only beside an order made to vanish, the cancellation by another name
    # ("ist die Bestellung mit einem Klick erledigt"): words of vanishing ("away", "gone") are
    # too common to anchor themselves.
    "click": (frozenset({"order", "vanish"}),),
}
WORD_CATEGORIES = ANCHOR_CATEGORIES | frozenset(
    {
        "top_rating",
        "low_rating",
        "neutral",
        "incentive",
        "refund",
        "change",
        "satisfied",
        "relative",
        "degree",
        "condition",
        "diversion",
        "contact_us",
        "ask",
        "thanks",
        "product_line",
        "we",
        "request",
        "order",
        "subscribe",
        "follow",
        "social",
        "perk",
        "whole",
        "come",
        "offer",
        "commission",
        "done",
        "exchange",
        "auxiliary",
        "not_a_review",
        "score",
        "advertising",
        "voucher",
        "pressure",
        "pronoun",
        "rated",
        "deal",
        "conditional",
        "experience",
        "platform",
        "channel",
        "staff",
        "proof",
        "examined_of",
        "inspected",
        "examined_by",
        "examiner",
        "courtesy",
        "written",
        "you",
        "withdraw",
        "particle",
        "particle_verb",
        "lapse",
        "subjunctive",
        "right",
        "nudge",
        "causative",
        "cancel_noun",
        "opener",
        "place",
        "third_party",
        "infinitive",
        "fourteen",
        "days",
        "contract",
        "your_side",
        "account",
        "through",
        "agent",
        "won",
        "you_by",
        "benefit",
        "listing",
        "once",
        "again",
        "ordering",
        "instead",
        "refrain",
        "refrain_split",
        "refrain_particle",
        "button",
        "vanish",
        "undo",
        "take_back",
        "collected_at",
        "gesture",
        "needful",
        "wondered",
        "you_did",
        "inverted",
        "imperative",
        "entitled",
        "request_noun",
        "your",
        "shop",
        "our",
        "visit",
        "find",
        "site",
        "range",
        "sold",
        "unavailable",
        "sell",
        "holds",
        "goods",
        "sale",
        "enclosure",
        "welcome_back",
        "add",
        "add_object",
        "add_clitic",
        "taken_out",
        "any_list",
        "list_kind",
        "put",
        "onto",
        "subscription",
        "waiting",
        "own",
        "credit",
        "credit_kept",
        "card",
        "credit_note",
        "credit_verb",
        "platform_name",
        "numbered",
        "season",
        "novelty",
        "season_name",
        "pickup",
        "advise",
        "plea",
        "politeness",
        "negator",
        "stated",
        "best",
        "occasion",
        "for_doing",
        "beforehand",
        "seen",
        "to_us",
        "in_return",
        "code",
        "customer",
        "inform",
        "others",
        "open_question",
        "wish",
        "scale_top",
        "perfect",
        "high",
        "more",
        "published",
        "written_text",
        "look",
        "take",
        "down",
        "back",
        "pronoun_after",
        "below",
        "either",
        "whoever",
        "free_of_cost",
        "included",
        "finished",
        "blow",
        "severe",
        "hope",
        "sway",
        "linking",
        "indefinite",
        "already",
        "aim",
        "average",
        "star_count",
        "how_many",
        "deserve",
        "heard",
        "currency",
        "bare_wish",
        "critic",
        "defect",
        "each",
        "all_buyers",
        "help",
        "lodging",
        "welcome",
        "valued",
        "review_turn",
        "denial",
        "begging",
        "begged_for",
        "progressive",
        "full_scale",
        "rating_noun",
        "also_a_noun",
        "rate_us",
        "oneself",
        "of_mind",
        "author",
        "mailed",
        "ruin",
        "replacement",
        "grateful",
        "thank_noun",
        "giving",
        "about",
        "back_pointer",
        "voucher_noun",
        "voucher_link",
        "gift_verb",
        "perfect_auxiliary",
        "lowered",
        "honours",
        "draw_verb",
        "among",
        "lots",
        "voucher_article",
    }
)
# The screen's name for "an anchor word of this language is in the text".
ANCHORS = "anchors"
# A word of a word list, and of a text the wording rules read: letters and digits, or a run of
# stars (the typographic one, the emoji, or the asterisk of "5*"). One character class
# repeated has no ambiguity, so Python's engine reads it in linear time too, and much faster
# per match than the RE2 binding.
WORD = re.compile(r"[^\W_]+|[★⭐*]+")
# The Snowball stemmer of each lexicon language (PyStemmer's algorithm names).
STEMMERS = {"de": "german", "en": "english", "fr": "french", "it": "italian", "es": "spanish"}
# Languages that write compounds as one word: an anchor's (or an attachment word's) stem
# also counts at a word's end.
COMPOUNDING = frozenset({"de"})
# Verbs (rate) head no compound, nor does an experience ("Lebenserfahrung"); a shop does
# ("Herbstkollektion", "Onlineshop").
_HEAD_CATEGORIES = (
    ANCHOR_CATEGORIES
    - {"rate", "experience", "others", "page", "beckon", "miss", "click", "grade", "posted"}
) | {
    "advertising",
    "voucher",
    "shop",
}
# A stem shorter than this is too likely another word's too ("ändern" -> "and"): such words
# count only in the forms listed.
_MIN_STEM = 4
_MIN_HEAD = 5
# Sellers type without accents ("etoiles", "dejenos", "Rueckerstattung"): a listed word also
# counts as written so. German spells an umlaut out ("ae"), which no other word is; the
# Romance languages drop the accent, which may make another word of an exact form ("laissé",
# "laisse"), so a word listed "=form" there keeps its accent.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_SPELLED_OUT = frozenset({"de"})


def unaccented(language: str, word: str) -> str:
    """A word as it is typed without accents in the language."""
    if language in _SPELLED_OUT:
        return word.translate(_UMLAUTS)
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# Sellers mistype a long word in haste or in a language not their own ("bitte stornierne Sie",
# "cancelaltion", "annullre"): a cancellation word of this length at least (not a "=form") also
# counts with two letters after its first swapped, one left out or one doubled, where that
# spelling is no word listed in the language.
_MISTYPED = frozenset({"cancel"})
_MISTYPED_LENGTH = 6


def mistyped(word: str) -> set[str]:
    """A word's spellings one slip of the keyboard away, its first letter kept."""
    slips = set()
    for at in range(1, len(word)):
        slips.add(word[:at] + word[at + 1 :])  # left out
        slips.add(word[:at] + word[at] + word[at:])  # doubled
        if at + 1 < len(word):
            slips.add(word[:at] + word[at + 1] + word[at] + word[at + 2 :])  # swapped
    slips.discard(word)
    return slips


# RE2 keeps every scan linear in the text; its default memory budget is too small for the
# larger alternations.
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.max_mem = 64 << 20
# Every lexicon is written in Latin script (the loader refuses a letter of another), so a word
# character of a phrase (\w) and the boundary before one are a Latin letter, a digit 0-9 or "_".
# The class of every script's letters and numbers compiled to about 1,350 RE2 instructions a
# copy against 84 for this one, and the phrases hold it hundreds of times: the compiled pack
# took 85 MB of every worker's memory with it, 31 MB with this one, and every decision on the
# corpora stayed the same (bench/README.md, "Memory: a Latin word character").
_WORD_CHARACTER = r"[\p{Latin}0-9_]"
_NOT_A_WORD = r"[^\p{Latin}0-9_]"
# A phrase starts at a word's start: at the text's start, or after a character of another kind.
# A lexicon's screen reads the text after a line break (model.Lexicon), so it needs no "^".
_STARTS_A_WORD = rf"(?:^|{_NOT_A_WORD})"
_OTHER_SCRIPT = re2.compile(r"[^\P{L}\p{Latin}]")


def _phrase(pattern: str) -> str:
    """A lexicon entry as RE2: a space matches any whitespace (" ?" also none), \\w a word
    character (_WORD_CHARACTER); inside [...] a space stands for any whitespace character."""
    out, in_class, escaped = [], False, False
    for position, char in enumerate(pattern):
        if escaped:
            out.append(_WORD_CHARACTER if char == "w" and not in_class else "\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[" and not in_class:
            in_class = True
            out.append(char)
        elif char == "]" and in_class:
            in_class = False
            out.append(char)
        elif char == " ":
            optional = pattern[position + 1 : position + 2] == "?"
            out.append(r"\s\pZ" if in_class else r"[\s\pZ]" + ("" if optional else "+"))
        else:
            out.append(char)
    return "".join(out)


# A phrase that ends in a bounded run of one character class ('on Instagram as "?[\pL\pN ]{2,40}',
# a name) would compile to that many copies of the class, about 1,350 RE2 instructions each
# for a Unicode one: 54k for that phrase, as much again in the screen, and DFA states to match
# (bench/README.md, memory). The pattern takes the run's least length and a marker group, and
# the scan extends the match over the class as far as the run would have gone. The run ends
# the phrase and the phrase ends the pattern, and under leftmost-first matching the run's least
# length alone decides whether a way through the phrase matches: the same phrase matches the
# same way, and the extension gives the end the greedy run gave.
_RUN_AT_END = re.compile(
    r"(?s)(?P<head>.*?)(?P<run>\[(?:\\.|[^\\\]])+\])\{(?P<least>\d+),(?P<most>\d+)\}"
)


def _run_at_end(source: str, name: str) -> tuple[str, tuple[str, str, int] | None]:
    """A phrase (as RE2) with its closing run cut to its least length and marked by an empty
    group of this name, and the run (name, class, how much further); or the phrase unchanged
    when it ends otherwise, or sets flags (the class must be read under the pattern's own)."""
    found = _RUN_AT_END.fullmatch(source)
    if found is None or re.search(r"\(\?[a-zA-Z-]", found["head"]):
        return source, None
    head, run, least, most = found["head"], found["run"], int(found["least"]), int(found["most"])
    escaped = len(head) - len(head.rstrip("\\"))
    if escaped % 2 or most <= least:
        return source, None
    return f"{head}{run}{{{least}}}(?P<{name}>)", (name, run, most - least)


def compile_lexicons(raw: Any) -> Lexicons:
    """The lexicons file as patterns: per language, one case-insensitive RE2 pattern per phrase
    category, whose group 1 is the phrase and never starts inside a word (scan.lexicon checks
    the end), and a set to screen a text in one pass; per context category, one pattern of
    every language's entries."""
    known = PHRASE_CATEGORIES | CONTEXT_CATEGORIES | WORD_CATEGORIES
    if not isinstance(raw, dict) or set(raw) - known:
        raise PackError(f"categories must be among {sorted(known)}")
    if CONTEXT_CATEGORIES - set(raw):
        raise PackError(f"missing {', '.join(sorted(CONTEXT_CATEGORIES - set(raw)))}")
    by_language: dict[str, dict[str, list[str]]] = {}
    runs: dict[tuple[str, str], list[tuple[str, str, int]]] = {}
    contexts: dict[str, Any] = {}
    word_lists: dict[str, dict[str, list[str]]] = {}
    for category, languages in raw.items():
        every_language = []
        for language, patterns in (languages or {}).items():
            where = f"{category}.{language}"
            if not re.fullmatch(r"[a-z]{2}", str(language)) or not isinstance(patterns, list):
                raise PackError(f"{where}: a two-letter language with a list of patterns")
            for pattern in patterns:
                if (letter := _OTHER_SCRIPT.search(str(pattern))) is not None:
                    raise PackError(f"{where}: '{letter.group()}' is not a Latin letter")
            if category in WORD_CATEGORIES:
                word_lists.setdefault(language, {})[category] = [str(word) for word in patterns]
                continue
            if category in CONTEXT_CATEGORIES:
                every_language.append("|".join(f"(?:{_phrase(str(p))})" for p in patterns))
                continue
            alternatives: list[str] = []
            for pattern in patterns:
                phrase, run = _run_at_end(_phrase(str(pattern)), f"run{len(alternatives)}")
                alternatives.append(f"(?:{phrase})")
                if run is not None:
                    runs.setdefault((language, category), []).append(run)
            by_language.setdefault(language, {})[category] = alternatives
        if category in CONTEXT_CATEGORIES:
            contexts[category] = _compiled(f"(?i){'|'.join(every_language)}", category)
    words = {language: _words(language, lists) for language, lists in word_lists.items()}
    anchors = {}
    screened_anchors = {}
    for language, found in words.items():
        source = _anchors_source(found, at_start=True)
        if source is not None:
            anchors[language] = _compiled(source, f"anchors.{language}")
            # The language's screen also tells whether a text holds one of its anchor words.
            screened_anchors[language] = _anchors_source(found, at_start=False)
            # A language of anchor words and no phrases has a screen all the same.
            by_language.setdefault(language, {})
    return Lexicons(
        phrases={
            language: _lexicon(language, found, screened_anchors.get(language), runs)
            for language, found in by_language.items()
        },
        contexts=contexts,
        words=words,
        anchors=anchors,
    )


def _words(language: str, lists: dict[str, list[str]]) -> Words:
    """A language's word lists by stem (or by form, for words whose stem is short)."""
    if language not in STEMMERS:
        raise PackError(f"{language}: no stemmer for this language ({sorted(STEMMERS)})")
    stemmer = Stemmer.Stemmer(STEMMERS[language])
    stems: dict[str, set[str]] = {}
    forms: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}
    slipped: set[str] = set()
    for category, entries in lists.items():
        for entry in entries:
            written = entry.lower().removeprefix("=")
            if not WORD.fullmatch(written):
                raise PackError(f"{category}.{language}: '{entry}' is not one word")
            exact = entry.startswith("=")
            spellings = {written}
            if not exact or language in _SPELLED_OUT:
                spellings.add(unaccented(language, written))
            if category in _MISTYPED and not exact and len(written) >= _MISTYPED_LENGTH:
                slipped.update(spellings)
            for word in spellings:
                forms.setdefault(word, set()).add(category)
                stem = stemmer.stemWord(word)
                if exact or len(stem) < _MIN_STEM:
                    continue
                stems.setdefault(stem, set()).add(category)
                if (
                    language in COMPOUNDING
                    and category in _HEAD_CATEGORIES
                    and len(stem) >= _MIN_HEAD
                ):
                    # As written too: the stemmer may cut a compound's end otherwise than the
                    # word alone ("werbeflyer" -> "werbefly", "flyer" -> "flyer").
                    for head in (stem, word):
                        heads.setdefault(head, set()).add(category)
    # A slip counts as the word it slipped from, in all of its categories, and only as written.
    listed = set(forms)
    for word in slipped:
        for slip in mistyped(word) - listed:
            forms.setdefault(slip, set()).update(forms[word])
    return Words(
        stemmer=STEMMERS[language],
        stems={stem: frozenset(found) for stem, found in stems.items()},
        forms={form: frozenset(found) for form, found in forms.items()},
        heads={stem: frozenset(found) for stem, found in heads.items()},
    )


def _anchors_source(words: Words, at_start: bool) -> str | None:
    """A pattern for an anchor word's stem or form in a language: at the start of a word (or,
    not `at_start`, only after a character of another kind: for the screen), or, for a
    compounding language's heads, anywhere in one ("Kundenbewertung")."""

    def alternation(pieces: set[str]) -> str:
        ordered = sorted(pieces, key=lambda piece: (-len(piece), piece))
        return "|".join(re2.escape(piece) for piece in ordered)

    pieces = {
        piece
        for mapping in (words.stems, words.forms)
        for piece, categories in mapping.items()
        if categories & ANCHOR_CATEGORIES
    }
    # A symbol ("⭐") is no word to start: it counts wherever it stands ("5⭐"), as a head does.
    starts = {piece for piece in pieces if piece[0].isalnum()}
    heads = {head for head, categories in words.heads.items() if categories & ANCHOR_CATEGORIES}
    heads |= pieces - starts
    if not starts:
        return None
    # A form is a word only as written, so it anchors only as a whole word: "gegeben" not in
    # "gegebenenfalls", "left" not in "leftover" (an anchor the sentence's words then lack costs
    # the split of its sentence). RE2's boundary is ASCII's: a form ending in another letter
    # ("publié") stays a start.
    stems = {stem for stem, categories in words.stems.items() if categories & ANCHOR_CATEGORIES}
    whole = {piece for piece in starts - stems if piece[-1].isascii()}
    # No capturing group: RE2 then runs its DFA alone, fast on any text.
    parts = [alternation(starts - whole)] if starts - whole else []
    if whole:
        parts.append(rf"(?:{alternation(whole)})\b")
    words_source = "|".join(parts)
    before = r"[^\p{Latin}0-9]"
    start = rf"(?:^|{before})" if at_start else before
    source = rf"(?i){start}(?:{words_source})"
    return source + f"|{alternation(heads)}" if heads else source


def _compiled(source: str, where: str) -> Any:
    try:
        return re2.compile(source, _RE2_OPTIONS)
    except re2.error as error:
        raise PackError(f"{where}: {error}") from None


def _lexicon(
    language: str,
    phrases: dict[str, list[str]],
    anchors: str | None,
    runs: Mapping[tuple[str, str], list[tuple[str, str, int]]],
) -> Lexicon:
    """A language's lexicon: each category's pattern, and the screen (model.Lexicon) of each
    category's phrases as written and with their long counted gaps opened, then of its
    anchors."""
    screen = re2.Set.SearchSet(_RE2_OPTIONS)
    entries: list[ScreenEntry] = []
    patterns = {}

    def add(category: str, source: str, sure: bool) -> None:
        try:
            screen.Add(source)
        except re2.error as error:
            raise PackError(f"{category}.{language}: {error}") from None
        entries.append(ScreenEntry(category, sure))

    for category, alternatives in phrases.items():
        where = f"{category}.{language}"
        pattern = _compiled(f"(?i){_STARTS_A_WORD}({'|'.join(alternatives)})", where)
        patterns[category] = Phrases(
            pattern,
            tuple(
                Run(pattern.groupindex[name], re2.compile(f"(?i){run}*"), further)
                for name, run, further in runs.get((language, category), ())
            ),
        )
        opened = [open_ended(alternative, where) for alternative in alternatives]
        for sure, chosen in (
            (True, [a for a, o in zip(alternatives, opened, strict=True) if a == o]),
            (False, [o for a, o in zip(alternatives, opened, strict=True) if a != o]),
        ):
            if chosen:
                add(category, f"(?i){_NOT_A_WORD}(?:{'|'.join(chosen)})", sure)
    if anchors is not None:
        add(ANCHORS, anchors, sure=True)
    screen.Compile()
    return Lexicon(language=language, screen=screen, entries=tuple(entries), patterns=patterns)


# A counted repetition in a phrase, where a count may stand: "{0,60}" of "[^.!?\n]{0,60}".
_COUNTED = re.compile(r"\{(\d+),(\d+)\}")
# A gap of this many at most is opened; a shorter one ("(?: \w+){0,2}") keeps its few states,
# and spares the search that would confirm what the opened phrase found (new corpus messages
# cost 3 % more instructions with every count opened).
_LONG_GAP = 10


def open_ended(source: str, where: str) -> str:
    """A phrase (as RE2) with its long counted gaps "{m,n}" opened to "{m,}": it matches
    wherever the phrase does, and where a longer gap would. Refuses a "^" outside a class,
    which the screen's line break before the text would no longer match."""
    out, in_class, escaped, position = [], False, False, 0
    while position < len(source):
        char = source[position]
        counted = None if in_class or escaped else _COUNTED.match(source, position)
        if counted is not None and int(counted[2]) >= _LONG_GAP:
            out.append(f"{{{counted[1]},}}")
            position = counted.end()
            continue
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        elif char == "^" and not in_class:
            raise PackError(f"{where}: '^' outside a class; a phrase starts at a word's start")
        out.append(char)
        position += 1
    return "".join(out)


def _ledger(data: dict[str, Any], codes: set[str], opt_out: OptOut | None) -> LedgerRules:
    unknown = set(data["once_per_order"]) - codes
    if unknown:
        raise PackError(f"ledger.once_per_order: unknown reason {sorted(unknown)}")
    bounces = tuple(
        OptOutBounce(
            language=language,
            groups={
                group: _compiled(
                    "(?i)" + "|".join(f"(?:{_phrase(phrase)})" for phrase in phrases),
                    f"ledger.opt_out_bounce.{language}.{group}",
                )
                for group, phrases in groups.items()
            },
        )
        for language, groups in data["opt_out_bounce"].items()
    )
    if bool(bounces) != (data["order_id"] is not None):
        raise PackError("ledger: order_id and opt_out_bounce come together, or neither")
    limit = data["daily_limit"]
    return LedgerRules(
        once_per_order=frozenset(data["once_per_order"]),
        daily_limit=None if limit is None else DailyLimit(**limit),
        duplicate_window_hours=data["duplicate_window_hours"],
        order_messages_warning_above=data["order_messages_warning_above"],
        # Without the opt_out block nothing learned is remembered.
        opt_out_days=0 if opt_out is None else opt_out.learned_days,
        order_id=None if not bounces else _compiled(data["order_id"], "ledger.order_id"),
        bounces=bounces,
    )


def _describe(messages: Any, raw: Any, where: str = "") -> str:
    """Flatten marshmallow's nested messages, naming list entries by their code or id."""
    if not isinstance(messages, Mapping):
        return f"{where}: {'; '.join(map(str, messages))}"
    parts = []
    for key, inner in messages.items():
        entry = raw.get(key) if isinstance(raw, Mapping) else None
        if isinstance(key, int) and isinstance(raw, list) and key < len(raw):
            entry = raw[key]
            name = (
                entry.get("code") or entry.get("id") or entry.get("action")
                if isinstance(entry, Mapping)
                else None
            )
            label = f"{where}[{key}]" + (f" ({name})" if name else "")
        else:
            label = f"{where}.{key}" if where else str(key)
        parts.append(_describe(inner, entry, label))
    return "; ".join(parts)


def _index(entries: Iterable[tuple[str, Any]], what: str) -> dict[str, Any]:
    """Build a lookup table; two entries claiming the same key is a pack error."""
    index: dict[str, Any] = {}
    for key, value in entries:
        normalised = lookup_key(key)
        if index.get(normalised, value) != value:
            raise PackError(f"{what} '{key}' names two entries")
        index[normalised] = value
    return index


def _operations(entries: list[dict[str, Any]]) -> dict[str, SpApiOperation]:
    """The API operations by action name; one entry per action."""
    operations: dict[str, SpApiOperation] = {}
    for entry in entries:
        where = f"sp_api.operations ({entry['action']})"
        if entry["action"] in operations:
            raise PackError(f"{where}: the action is listed twice")
        limits = entry["attachments"]
        if limits is not None and limits["min"] > limits["max"]:
            raise PackError(f"{where}.attachments: min is more than max")
        others = tuple(entry.pop("other_fields"))
        if entry["model"]["request"] is None and (
            entry["text_limit"] is not None or limits is not None or others
        ):
            raise PackError(f"{where}: an operation without a request body takes nothing")
        removed = entry["removed"]
        operations[entry["action"]] = SpApiOperation(
            **{
                **entry,
                "model": ModelReference(**entry["model"]),
                "attachments": None if limits is None else FileLimits(**limits),
                "fields": others,
                "removed": None if removed is None else Removal(**removed),
            }
        )
    return operations


def _rules(areas: dict[str, list[Any]]) -> dict[str, str | None]:
    """The pack's rule selection: `<area>.<rule>` -> its severity (None: the rule's own)."""
    selected: dict[str, str | None] = {}
    for area, entries in areas.items():
        for entry in entries:
            name, severity = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
            where = f"rules.{area}: {entry!r}"
            if isinstance(entry, dict) and len(entry) != 1:
                raise PackError(f"{where}: a rule name, or one name with its severity")
            if not isinstance(name, str) or not re.fullmatch(_NAME, name):
                raise PackError(f"{where}: not a rule name")
            if severity is not None and severity not in SEVERITIES:
                raise PackError(f"{where}: the severity is one of {', '.join(SEVERITIES)}")
            if f"{area}.{name}" in selected:
                raise PackError(f"{where}: listed twice")
            selected[f"{area}.{name}"] = severity
    return selected


def _check_subject_tag(
    tag: SubjectTag | None, marketplaces: tuple[Marketplace, ...], editions: dict[str, Edition]
) -> None:
    """With the block every site has its tag words (an unconfirmed one the fallback word too);
    without it no site has any, and no edition lets a tag do anything."""
    for marketplace in marketplaces:
        where = f"marketplaces ({marketplace.code}).tag_words"
        if tag is None:
            if marketplace.tag_words:
                raise PackError(f"{where}: tag words need the subject_tag block")
        elif not marketplace.tag_words:
            raise PackError(f"{where}: missing (the pack has a subject_tag block)")
        elif not marketplace.tag_confirmed and tag.fallback_word not in marketplace.tag_words:
            raise PackError(f"{where}: an unconfirmed site accepts '{tag.fallback_word}' too")
    if tag is None and any(edition.tag_overrides_opt_out for edition in editions.values()):
        raise PackError("editions: tag_overrides_opt_out needs the subject_tag block")


def _channels(entries: list[dict[str, Any]]) -> tuple[Channel, ...]:
    channels = tuple(Channel(**entry) for entry in entries)
    names = [channel.name for channel in channels]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise PackError(f"channels: {', '.join(twice)} listed twice")
    for channel in channels:
        if channel.proactive_days is not None and channel.source is None:
            raise PackError(f"channels ({channel.name}).source: a time limit names its page")
    return channels


def _order_ids(data: dict[str, Any]) -> OrderIds:
    try:
        form = re.compile("|".join(f"(?:{pattern})" for pattern in data["patterns"]))
    except re.error as error:
        raise PackError(f"order_ids.patterns: {error}") from None
    if form.fullmatch(""):
        raise PackError("order_ids.patterns: a pattern matches the empty text")
    if not form.fullmatch(data["example"]):
        raise PackError(f"order_ids.example: '{data['example']}' is of none of the forms")
    return OrderIds(
        strict=data["strict"], expected=data["expected"], example=data["example"], form=form
    )


def _timing(data: dict[str, int] | None) -> Timing | None:
    if data is None:
        return None
    return Timing(
        contact_limit=timedelta(days=data["contact_days"]),
        review_opens=timedelta(days=data["review_opens_days"]),
        review_closes=timedelta(days=data["review_closes_days"]),
    )


def _build(data: dict[str, Any]) -> Pack:
    statuses = tuple(data["statuses"])
    editions = {
        entry["id"]: Edition(
            id=entry["id"],
            effective=entry["effective"],
            tag_overrides_opt_out=entry["tag_overrides_opt_out"],
            retired_reasons=frozenset(entry["retired_reasons"]),
            source=entry["source"],
        )
        for entry in data["editions"]
    }
    marketplaces = tuple(
        Marketplace(
            **{**entry, "tag_words": tuple(entry["tag_words"]), "aliases": tuple(entry["aliases"])},
            relay_domain=data["relay_domain"].format(site=entry["site"]),
        )
        for entry in data["marketplaces"]
    )
    api = data["sp_api"]
    operations = _operations(api["operations"]) if api else {}
    for entry in data["reasons"]:
        if entry["sp_api"] is not None and entry["sp_api"] not in operations:
            raise PackError(
                f"reasons ({entry['code']}).sp_api: '{entry['sp_api']}' is not an operation "
                f"of sp_api ({', '.join(operations)})"
            )
    reasons = tuple(
        ContactReason(
            **{
                **entry,
                "allowed_in": frozenset(entry["allowed_in"]),
                "aliases": tuple(entry["aliases"]),
                "sp_api": operations.get(entry["sp_api"] or ""),
            }
        )
        for entry in data["reasons"]
    )
    codes = {reason.code for reason in reasons}
    for reason in reasons:
        unknown = reason.allowed_in - set(statuses)
        if unknown:
            raise PackError(f"reasons ({reason.code}).allowed_in: unknown status {sorted(unknown)}")
    for edition in editions.values():
        if edition.retired_reasons - codes:
            raise PackError(
                f"editions ({edition.id}).retired_reasons: unknown reason "
                f"{sorted(edition.retired_reasons - codes)}"
            )
    if data["default_edition"] not in editions:
        raise PackError(f"default_edition: '{data['default_edition']}' is not an edition")
    subject_tag = None if data["subject_tag"] is None else SubjectTag(**data["subject_tag"])
    opt_out = None if data["opt_out"] is None else OptOut(**data["opt_out"])
    _check_subject_tag(subject_tag, marketplaces, editions)
    if opt_out is None and any(reason.critical for reason in reasons):
        raise PackError("reasons: a critical reason needs the opt_out block")
    channels = _channels(data["channels"])
    if api is None and any(channel.api for channel in channels):
        raise PackError("channels: a channel with api needs the sp_api block")
    if data["default_reason"] is not None and data["default_reason"] not in codes:
        raise PackError(f"default_reason: '{data['default_reason']}' is not a reason")
    if sum(reason.reply for reason in reasons) != 1:
        raise PackError("reasons: exactly one reason must be the reply")
    for reason in reasons:
        # A reason that carries documents may have an empty body on every channel: its
        # operation, where the platform has operations, must take files and nothing to read.
        operation = reason.sp_api
        if (
            api is not None
            and reason.documents
            and (operation is None or operation.takes_text or operation.attachments is None)
        ):
            raise PackError(
                f"reasons ({reason.code}).documents: its operation must take files and no text"
            )
    other_actions = frozenset(api["other_actions"] if api else ())
    if other_actions & operations.keys():
        raise PackError(
            f"sp_api.other_actions: {sorted(other_actions & operations.keys())} "
            "are operations already"
        )

    rules = _rules(data["rules"])
    unknown_sources = set(data["sources"]) - set(rules)
    if unknown_sources:
        raise PackError(f"sources: the pack runs no rule {', '.join(sorted(unknown_sources))}")

    return Pack(
        platform=data["platform"],
        name=data["name"],
        default_edition=data["default_edition"],
        editions=editions,
        marketplaces=marketplaces,
        statuses=statuses,
        reasons=reasons,
        words=data["languages"],
        links=LinkDomains(
            carriers=frozenset(data["links"]["carriers"]),
            amazon=frozenset(data["links"]["amazon"]),
            own=frozenset(data["links"]["own"]),
            extra_tlds=frozenset(data["links"]["extra_tlds"]),
        ),
        attachments=AttachmentLimits(
            max_total_bytes=data["attachments"]["max_total_bytes"],
            types={ext: frozenset(types) for ext, types in data["attachments"]["types"].items()},
            dangerous_extensions=frozenset(data["attachments"]["dangerous_extensions"]),
            dangerous_content_types=frozenset(data["attachments"]["dangerous_content_types"]),
        ),
        ledger=_ledger(data["ledger"], codes, opt_out),
        rules=rules,
        sources=data["sources"],
        masked_contact=data["masked_contact"],
        timing=_timing(data["timing"]),
        subject_tag=subject_tag,
        opt_out=opt_out,
        order_ids=_order_ids(data["order_ids"]),
        default_reason=data["default_reason"],
        channels=channels,
        fulfillment=Fulfillment(**data["fulfillment"]),
        status_aliases={status: tuple(aliases) for status, aliases in data["statuses"].items()},
        sp_api_operations=operations,
        sp_api_actions=frozenset(operations) | other_actions,
        _marketplace_index=_index(
            ((key, m) for m in marketplaces for key in (m.code, m.id, *m.aliases)),
            "marketplace code or id",
        ),
        _status_index=_index(
            (
                (key, status)
                for status, aliases in data["statuses"].items()
                for key in (status, *aliases)
            ),
            "status",
        ),
        _reason_index=_index(
            ((key, r) for r in reasons for key in (r.code, *r.aliases, *r.labels.values())),
            "contact reason alias",
        ),
    )
