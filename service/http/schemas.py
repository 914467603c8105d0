"""Wire schemas: JSON in and out of the API, strict where openapi.yaml is strict.

Limits here and in openapi.yaml are the same numbers; tests/http/test_contract.py proves it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from functools import cache
from typing import Any, TypeVar

from marshmallow import RAISE, Schema, ValidationError, fields, pre_load, validate

from service.engine import (
    Attachment,
    BodyFormat,
    Buyer,
    CheckRequest,
    Decision,
    Finding,
    Message,
    Order,
    Severity,
    Verdict,
    WarrantyCoverage,
    rfc3339,
)
from service.engine.model import FIELD_LIMITS
from service.fields import BoundedList, JsonInteger, StrictBoolean
from service.packs import ContactReason, Edition, Marketplace, Pack

MAX_ID = 128
# A buyer id is often the buyer's relay address: as long as an e-mail address may be.
MAX_BUYER_ID = 254
# Ids the ledger stores: PostgreSQL's text cannot hold a NUL character, so none may carry one.
NO_NUL = validate.Regexp(r"^[^\x00]*\Z", error="Must not contain a NUL character.")
MAX_CODE = 64
MAX_SUBJECT = FIELD_LIMITS["message.subject"]
MAX_BODY = FIELD_LIMITS["message.body"]
MAX_ATTACHMENTS = 20
MAX_FILENAME = 255
MAX_CONTENT_TYPE = 128
MAX_BATCH = 100
MAX_ACTIONS = 50
MAX_MEMBERS = 64  # of any object in a request; the largest has 11 known fields
# message.warranty's fields and the warranty operation's fields in Amazon's model.
WARRANTY_FIELDS = {"coverage_start": "coverageStartDate", "coverage_end": "coverageEndDate"}

_T = TypeVar("_T")


class RequestInvalid(Exception):
    """The request is well-formed JSON but not a valid check; names every bad field."""

    def __init__(self, errors: list[dict[str, str]]):
        super().__init__(errors)
        self.errors = errors


def _text(maximum: int, **kwargs: Any) -> fields.String:
    return fields.String(validate=validate.Length(min=1, max=maximum), **kwargs)


# Instants the timing rules can add their windows to without leaving the calendar.
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(2999, 12, 31, 23, 59, 59, tzinfo=UTC)


def _in_calendar(value: datetime) -> None:
    # The year as written, as openapi.yaml's pattern sees it (not the year in UTC).
    if not EARLIEST.year <= value.year <= LATEST.year:
        raise ValidationError("Must be in the years 1970 to 2999.")


def _instant(**kwargs: Any) -> fields.AwareDateTime:
    # RFC 3339: an offset is required; a local time would silently shift the timing rules.
    return fields.AwareDateTime(
        format="iso",
        allow_none=True,
        load_default=None,
        validate=_in_calendar,
        **kwargs,
    )


class _Strict(Schema):
    error_messages = {"type": "Expected a JSON object.", "unknown": "Unknown field."}

    class Meta:
        unknown = RAISE

    @pre_load
    def _few_members(self, data: Any, **kwargs: Any) -> Any:
        # Counted before the members are: 20,000 unknown ones would be 20,000 errors to build.
        if isinstance(data, Mapping) and len(data) > MAX_MEMBERS:
            raise ValidationError(
                f"An object of {len(data)} members: at most {MAX_MEMBERS}, "
                f"and {len(self.load_fields)} are known here."
            )
        return data


class AttachmentSchema(_Strict):
    filename = _text(MAX_FILENAME, required=True)
    content_type = _text(MAX_CONTENT_TYPE, required=True)
    size = JsonInteger(strict=True, required=True, validate=validate.Range(min=0, max=2**31))


class OrderSchema(_Strict):
    # Of the pack's forms where the pack is strict: _check_request_schema.
    id = fields.String(required=True)
    status = _text(MAX_CODE, required=True)
    # One of the pack's values, the seller's by default: _check_request_schema.
    fulfillment = fields.Raw()
    purchased_at = _instant()
    shipped_at = _instant()
    delivered_at = _instant()
    earliest_delivery_at = _instant()
    latest_delivery_at = _instant()
    handmade = StrictBoolean(load_default=False)
    customized = StrictBoolean(load_default=False)
    # Checked against the pack's action names in load_check_request.
    messaging_actions = BoundedList(
        _text(MAX_CODE), max_length=MAX_ACTIONS, allow_none=True, load_default=None
    )


class BuyerSchema(_Strict):
    opted_out = StrictBoolean(allow_none=True, load_default=None)
    language = fields.String(
        allow_none=True,
        load_default=None,
        validate=validate.Regexp(
            r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*\Z", error="Not a language tag such as de-DE."
        ),
    )
    id = fields.String(
        allow_none=True,
        load_default=None,
        validate=[validate.Length(min=1, max=MAX_BUYER_ID), NO_NUL],
    )


class WarrantySchema(_Strict):
    coverage_start = _instant()
    coverage_end = _instant()


class MessageSchema(_Strict):
    contact_reason = _text(MAX_CODE, required=True)
    # A subject is one line: a line break could smuggle headers into the e-mail.
    subject = fields.String(
        allow_none=True,
        load_default=None,
        validate=[
            validate.Length(max=MAX_SUBJECT),
            validate.Regexp(r"^[^\r\n]*\Z", error="A subject is one line: no line breaks."),
        ],
    )
    body = fields.String(required=True, validate=validate.Length(max=MAX_BODY))
    body_format = fields.Enum(BodyFormat, by_value=True, load_default=BodyFormat.TEXT)
    attachments = BoundedList(
        fields.Nested(AttachmentSchema), max_length=MAX_ATTACHMENTS, load_default=list
    )
    warranty = fields.Nested(WarrantySchema, allow_none=True, load_default=None)


class CheckRequestSchema(_Strict):
    message_id = fields.String(
        allow_none=True, load_default=None, validate=[validate.Length(max=MAX_ID), NO_NUL]
    )
    seller_id = fields.String(
        allow_none=True, load_default=None, validate=[validate.Length(max=MAX_ID), NO_NUL]
    )
    marketplace = _text(MAX_CODE, required=True)
    # One of the pack's channels, its first by default: _check_request_schema.
    channel = fields.Raw()
    edition = fields.String(
        allow_none=True, load_default=None, validate=validate.Length(max=MAX_CODE)
    )
    now = _instant()
    order = fields.Nested(OrderSchema, required=True)
    buyer = fields.Nested(BuyerSchema, load_default=dict)
    message = fields.Nested(MessageSchema, required=True)
    # Read the history, write nothing: previews, template linting, the playground.
    dry_run = StrictBoolean(load_default=False)


def field_errors(messages: Any, where: str = "") -> list[dict[str, str]]:
    """Flatten marshmallow's nested messages into {field, message} pairs with dotted paths."""
    if not isinstance(messages, Mapping):
        return [{"field": where or "$", "message": str(text)} for text in messages]
    errors = []
    for key, inner in messages.items():
        if key == "_schema":
            path = where
        elif isinstance(key, int):
            path = f"{where}[{key}]"
        else:
            path = f"{where}.{key}" if where else str(key)
        errors.extend(field_errors(inner, path))
    return errors


def _one_of(values: list[str]) -> str:
    return ", ".join(values)


class _Codes:
    """Resolves codes and aliases against the pack, noting an error for each unknown one."""

    def __init__(self, pack: Pack, errors: list[dict[str, str]]):
        self.pack, self.errors = pack, errors

    def _find(
        self, field: str, raw: Any, find: Callable[[str], _T | None], what: str, valid: str
    ) -> _T | None:
        if not isinstance(raw, str):
            return None  # missing or of the wrong type: the schema has said so already
        found = find(raw)
        if found is None:
            self.errors.append(
                {"field": field, "message": f"Unknown {what} '{raw[:MAX_CODE]}'. Valid: {valid}."}
            )
        return found

    def marketplace(self, field: str, raw: Any) -> Marketplace | None:
        codes = _one_of([m.code for m in self.pack.marketplaces])
        return self._find(
            field,
            raw,
            self.pack.find_marketplace,
            "marketplace",
            f"{codes} (or the SP-API marketplace id; GB means UK)",
        )

    def edition(self, field: str, raw: Any) -> Edition | None:
        return self._find(
            field, raw, self.pack.editions.get, "edition", _one_of(list(self.pack.editions))
        )

    def status(self, field: str, raw: Any) -> str | None:
        aliases = [a for names in self.pack.status_aliases.values() for a in names]
        return self._find(
            field,
            raw,
            self.pack.find_status,
            "order status",
            f"{_one_of(list(self.pack.statuses))} (or Amazon's OrderStatus: {_one_of(aliases)})",
        )

    def reason(self, field: str, raw: Any) -> ContactReason | None:
        return self._find(
            field,
            raw,
            self.pack.find_reason,
            "contact reason",
            _one_of([r.code for r in self.pack.reasons]),
        )


def load_check_request(
    payload: Any, pack: Pack, default_edition: str, now: datetime
) -> CheckRequest:
    """Validate a check's JSON and resolve its codes against the pack; RequestInvalid if not."""
    errors: list[dict[str, str]] = []
    try:
        data = _check_request_schema(pack).load(payload)
    except ValidationError as error:
        errors = field_errors(error.messages)
        data = error.valid_data if isinstance(error.valid_data, dict) else {}
    order, message = data.get("order") or {}, data.get("message") or {}
    codes = _Codes(pack, errors)
    marketplace = codes.marketplace("marketplace", data.get("marketplace"))
    given_edition = data.get("edition")
    edition = codes.edition("edition", default_edition if given_edition is None else given_edition)
    status = codes.status("order.status", order.get("status"))
    reason = codes.reason("message.contact_reason", message.get("contact_reason"))
    body = message.get("body")
    # Blank as openapi.yaml's pattern says: nothing but spaces, tabs and line breaks.
    blank = isinstance(body, str) and not body.strip(" \t\r\n")
    channel = pack.find_channel(data.get("channel") or "")
    on_api = channel is not None and channel.api
    if reason is not None and blank and not _may_be_blank(reason, on_api):
        documents = _one_of([r.code for r in pack.reasons if r.documents])
        without_text = _one_of([r.code for r in pack.reasons if _may_be_blank(r, True)])
        errors.append(
            {
                "field": "message.body",
                "message": f"The body may be empty only for reasons that carry documents "
                f"({documents}), and on sp_api for reasons whose operation takes no text "
                f"({without_text}).",
            }
        )
    if reason is not None and message.get("warranty") is not None and not _takes_coverage(reason):
        errors.append(
            {
                "field": "message.warranty",
                "message": "Coverage dates go only with reasons whose operation takes them "
                f"({_one_of([r.code for r in pack.reasons if _takes_coverage(r)])}).",
            }
        )
    for position, action in enumerate(order.get("messaging_actions") or ()):
        if action not in pack.sp_api_actions:
            errors.append(
                {
                    "field": f"order.messaging_actions[{position}]",
                    "message": f"Unknown action '{action}'. "
                    f"Known: {_one_of(sorted(pack.sp_api_actions))}.",
                }
            )
    # Each None below has its error in the list already.
    if (
        errors
        or marketplace is None
        or edition is None
        or status is None
        or reason is None
        or channel is None
    ):
        raise RequestInvalid(errors)
    return CheckRequest(
        marketplace=marketplace,
        edition=edition,
        now=data["now"] or now,
        channel=channel,
        message_id=data["message_id"],
        seller_id=data["seller_id"],
        order=Order(
            **{
                **order,
                "status": status,
                "messaging_actions": None
                if order["messaging_actions"] is None
                else frozenset(order["messaging_actions"]),
            }
        ),
        buyer=Buyer(**data["buyer"]),
        message=Message(
            contact_reason=reason,
            subject=message["subject"],
            body=message["body"],
            body_format=message["body_format"],
            attachments=tuple(Attachment(**a) for a in message["attachments"]),
            warranty=None
            if message["warranty"] is None
            else WarrantyCoverage(
                start=message["warranty"]["coverage_start"],
                end=message["warranty"]["coverage_end"],
            ),
        ),
    )


def _may_be_blank(reason: ContactReason, on_api: bool) -> bool:
    """A blank body is fine for a reason that carries documents, and on the API for one whose
    operation has no text field (the body is not sent there)."""
    operation = reason.sp_api
    return reason.documents or (on_api and operation is not None and not operation.takes_text)


def _takes_coverage(reason: ContactReason) -> bool:
    """The reason's operation takes the warranty coverage dates."""
    operation = reason.sp_api
    return operation is not None and set(WARRANTY_FIELDS.values()) <= set(operation.fields)


def single_values(args: Any) -> dict[str, Any]:
    """A query string as one value per name; a repeated name would lose a value, so it is an
    error."""
    repeated = [name for name, values in args.lists() if len(values) > 1]
    if repeated:
        raise RequestInvalid(
            [{"field": name, "message": "Given more than once."} for name in repeated]
        )
    values: dict[str, Any] = args.to_dict()
    return values


def load_reasons_query(
    args: Any, pack: Pack, default_edition: str
) -> tuple[Marketplace, Edition, str, str]:
    """Validate GET /v1/contact-reasons' query and resolve its codes."""
    errors: list[dict[str, str]] = []
    try:
        query = _reasons_query_schema(pack).load(single_values(args))
    except ValidationError as error:
        errors = field_errors(error.messages)
        query = error.valid_data if isinstance(error.valid_data, dict) else {}
    codes = _Codes(pack, errors)
    marketplace = codes.marketplace("marketplace", query.get("marketplace"))
    edition = codes.edition("edition", query.get("edition") or default_edition)
    status = codes.status("status", query.get("status"))
    if errors or marketplace is None or edition is None or status is None:
        raise RequestInvalid(errors)
    return marketplace, edition, status, query["fulfillment"]


class BatchRequestSchema(_Strict):
    # The items are checked one by one (load_check_request), so one bad check gets its own
    # problem document in the results instead of failing the others.
    checks = BoundedList(fields.Raw(allow_none=True), max_length=MAX_BATCH, required=True)


def load_batch_request(payload: Any) -> list[Any]:
    """The items of POST /v1/checks/batch, unvalidated; RequestInvalid if the body is not
    {"checks": [...]} with at most MAX_BATCH items."""
    try:
        checks: list[Any] = _BATCH_REQUEST.load(payload)["checks"]
    except ValidationError as error:
        raise RequestInvalid(field_errors(error.messages)) from None
    return checks


class ContactReasonsQuerySchema(_Strict):
    marketplace = _text(MAX_CODE, required=True)
    status = _text(MAX_CODE, required=True)
    # One of the pack's values: _reasons_query_schema.
    fulfillment = fields.Raw()
    edition = fields.String(load_default=None, validate=validate.Length(min=1, max=MAX_CODE))


# Schemas are built once: building one deep-copies every field (about 0.2 ms a request), and
# load and dump keep no state on the instance.
_BATCH_REQUEST = BatchRequestSchema()


@cache
def _check_request_schema(pack: Pack) -> Schema:
    """The check request's schema with the pack's facts in its fields (order number forms,
    channels, fulfillment), once per pack."""
    order = type(
        "OrderSchema",
        (OrderSchema,),
        {"id": _order_id(pack), "fulfillment": _fulfillment(pack)},
    )
    check = type(
        "CheckRequestSchema",
        (CheckRequestSchema,),
        {
            "order": fields.Nested(order, required=True),
            "channel": _one_of_names(
                [channel.name for channel in pack.channels], pack.default_channel.name
            ),
        },
    )
    schema: Schema = check()
    return schema


@cache
def _reasons_query_schema(pack: Pack) -> Schema:
    """GET /v1/contact-reasons' query schema with the pack's fulfillment values."""
    query = type(
        "ContactReasonsQuerySchema",
        (ContactReasonsQuerySchema,),
        {"fulfillment": _fulfillment(pack)},
    )
    schema: Schema = query()
    return schema


def _fulfillment(pack: Pack) -> fields.Raw:
    return _one_of_names(list(pack.fulfillment.values), pack.fulfillment.seller)


def _one_of_names(names: list[str], default: str) -> fields.Raw:
    """One of these names, any JSON value else refused naming them all."""
    return fields.Raw(load_default=default, validate=validate.OneOf(names))


def _order_id(pack: Pack) -> fields.String:
    """order.id: where the pack is strict, one of its order number forms."""
    if not pack.order_ids.strict:
        return fields.String(required=True, validate=[validate.Length(min=1, max=MAX_ID), NO_NUL])

    def of_a_form(value: str) -> None:
        if not pack.order_ids.matches(value):
            raise ValidationError(
                _not_an_order_number(pack, f" ({pack.platform}.order_id.invalid)")
            )

    return fields.String(required=True, validate=of_a_form)


def _not_an_order_number(pack: Pack, rule: str = "") -> str:
    forms = pack.order_ids
    expected = f"{forms.expected} such as {forms.example}"
    return f"Not an {pack.name} order number{rule}: expected {expected}."


# Responses ---------------------------------------------------------------------------------


class UtcInstant(fields.Field[datetime]):
    """An instant written as RFC 3339 in UTC with a Z, whatever offset it was computed in."""

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> str | None:
        return None if value is None else rfc3339(value)


class SpanSchema(Schema):
    start = fields.Integer()
    end = fields.Integer()


class FindingSchema(Schema):
    """A finding, its message in the language the caller asked for."""

    rule = fields.String()
    severity = fields.Enum(Severity, by_value=True)
    field = fields.String()
    span = fields.Nested(SpanSchema, allow_none=True)
    fixed = fields.Boolean()
    message = fields.Method("localised")
    reference = fields.String()

    def __init__(self, language: str = "en", **kwargs: Any):
        super().__init__(**kwargs)
        self.language = language

    def localised(self, finding: Finding) -> str:
        return finding.message.in_language(self.language)


_L = TypeVar("_L", bound="_Localised")


@cache
def response_schema(schema: type[_L], language: str) -> _L:
    """The one instance of a response schema that speaks a language."""
    return schema(language)


class _Localised(Schema):
    """A response with a `findings = fields.Method("localised_findings")` in the caller's
    language."""

    def __init__(self, language: str = "en", **kwargs: Any):
        super().__init__(**kwargs)
        self.finding_schema = FindingSchema(language, many=True)

    def localised_findings(self, document: Any) -> Any:
        findings = document["findings"] if isinstance(document, Mapping) else document.findings
        return self.finding_schema.dump(findings)


class ChangeSchema(Schema):
    rule = fields.String()
    field = fields.String()
    before = fields.String(allow_none=True)
    after = fields.String()


class MarketplaceRefSchema(Schema):
    code = fields.String()
    id = fields.String()


class ContactReasonRefSchema(Schema):
    code = fields.String()
    critical = fields.Boolean()


class MessageOutSchema(Schema):
    subject = fields.String(allow_none=True)
    body = fields.String()


class CheckResponseSchema(_Localised):
    """The decision as the caller sees it (CheckResponse in openapi.yaml)."""

    decision_id = fields.String()
    message_id = fields.String(allow_none=True)
    verdict = fields.Enum(Verdict, by_value=True)
    edition = fields.String()
    marketplace = fields.Nested(MarketplaceRefSchema)
    contact_reason = fields.Nested(ContactReasonRefSchema)
    message = fields.Nested(MessageOutSchema, allow_none=True)
    changes = fields.List(fields.Nested(ChangeSchema))
    findings = fields.Method("localised_findings")
    not_before = UtcInstant(allow_none=True)


def dump_decision(decision: Decision, decision_id: str, language: str) -> dict[str, Any]:
    """The response document for a decision."""
    request = decision.request
    verdict = decision.verdict
    document: dict[str, Any] = response_schema(CheckResponseSchema, language).dump(
        {
            "decision_id": decision_id,
            "message_id": request.message_id,
            "verdict": verdict,
            "edition": request.edition.id,
            "marketplace": request.marketplace,
            "contact_reason": request.message.contact_reason,
            "message": None
            if verdict is Verdict.REJECT
            else {"subject": decision.subject, "body": decision.body},
            "changes": decision.changes,
            "findings": decision.findings,
            "not_before": decision.not_before,
        }
    )
    return document


class FileLimitsSchema(Schema):
    min = fields.Integer()
    max = fields.Integer()


class SpApiOperationSchema(Schema):
    """What the reason's API operation takes, as Amazon's model defines it."""

    action = fields.String()
    api = fields.String()
    operation = fields.String()
    text_limit = fields.Integer(allow_none=True)
    attachments = fields.Nested(FileLimitsSchema, allow_none=True)
    other_fields = fields.List(fields.String(), attribute="fields", data_key="fields")
    links = fields.String(allow_none=True)
    removed = fields.Function(lambda o: None if o.removed is None else o.removed.date.isoformat())


class ReasonAvailabilitySchema(_Localised):
    """One contact reason for the queried order state."""

    code = fields.Function(lambda a: a.reason.code)
    labels = fields.Function(lambda a: dict(a.reason.labels))
    critical = fields.Function(lambda a: a.reason.critical)
    reply = fields.Function(lambda a: a.reason.reply)
    documents = fields.Function(lambda a: a.reason.documents)
    allowed = fields.Boolean()
    sp_api_operation = fields.Function(lambda a: a.reason.sp_api and a.reason.sp_api.operation)
    text_limit = fields.Function(lambda a: a.reason.sp_api and a.reason.sp_api.text_limit)
    sp_api = fields.Nested(SpApiOperationSchema, attribute="reason.sp_api", allow_none=True)
    findings = fields.Method("localised_findings")


class ContactReasonsResponseSchema(_Localised):
    marketplace = fields.Nested(MarketplaceRefSchema)
    edition = fields.String()
    status = fields.String()
    fulfillment = fields.String()
    contact_reasons = fields.Method("reasons")

    def __init__(self, language: str = "en", **kwargs: Any):
        super().__init__(language, **kwargs)
        self.reason_schema = ReasonAvailabilitySchema(language, many=True)

    def reasons(self, document: Mapping[str, Any]) -> Any:
        return self.reason_schema.dump(document["contact_reasons"])


class EditionSchema(Schema):
    id = fields.String()
    effective = fields.Date()
    tag_overrides_opt_out = fields.Boolean()
    retired_reasons = fields.Function(lambda e: sorted(e.retired_reasons))
    source = fields.String()


class MarketplaceSchema(Schema):
    code = fields.String()
    id = fields.String()
    domain = fields.String(attribute="site")
    relay_domain = fields.String()
    language = fields.String()
    tag_word = fields.String()
    tag_words = fields.List(fields.String())
    tag_confirmed = fields.Boolean()
    aliases = fields.List(fields.String())


class MarketplacesResponseSchema(Schema):
    default_edition = fields.String()
    editions = fields.List(fields.Nested(EditionSchema))
    marketplaces = fields.List(fields.Nested(MarketplaceSchema))


# The ledger ----------------------------------------------------------------------------------


def load_order_key(marketplace: str, order_id: str, pack: Pack) -> tuple[str, str]:
    """An order as the ledger keys it: the marketplace's code and the order number; 422 naming
    the path segment that is wrong."""
    errors: list[dict[str, str]] = []
    found = _Codes(pack, errors).marketplace("marketplace", marketplace)
    if pack.order_ids.strict and not pack.order_ids.matches(order_id):
        errors.append({"field": "order_id", "message": _not_an_order_number(pack)})
    if errors or found is None:
        raise RequestInvalid(errors)
    return found.code, order_id


def _load(schema: Schema, payload: Any) -> dict[str, Any]:
    try:
        loaded: dict[str, Any] = schema.load(payload)
    except ValidationError as error:
        raise RequestInvalid(field_errors(error.messages)) from None
    return loaded


def load_seller_id(seller_id: str) -> str:
    """A seller id from the path: as long as a check's seller_id may be."""
    if not 1 <= len(seller_id) <= MAX_ID or "\x00" in seller_id:
        raise RequestInvalid(
            [
                {
                    "field": "seller_id",
                    "message": f"Between 1 and {MAX_ID} characters, none of them NUL.",
                }
            ]
        )
    return seller_id


class SellerSchema(_Strict):
    """PUT /v1/sellers/{seller_id}: what the daily limit is computed from."""

    average_daily_orders = JsonInteger(
        strict=True, allow_none=True, load_default=None, validate=validate.Range(min=0, max=10**7)
    )
    daily_limit = JsonInteger(
        strict=True, allow_none=True, load_default=None, validate=validate.Range(min=0, max=10**8)
    )


class BounceReportSchema(_Strict):
    """POST /v1/bounces as JSON: an opt-out the ERP read from a bounce itself."""

    marketplace = _text(MAX_CODE, required=True)
    order_id = _text(MAX_CODE, required=True)
    buyer_id = fields.String(
        allow_none=True,
        load_default=None,
        validate=[validate.Length(min=1, max=MAX_BUYER_ID), NO_NUL],
    )


class OutcomeSchema(_Strict):
    """POST /v1/decisions/{decision_id}/outcome."""

    outcome = fields.String(required=True, validate=validate.OneOf(["sent", "not_sent"]))
    at = fields.AwareDateTime(
        format="iso", allow_none=True, load_default=None, validate=_in_calendar
    )


_SELLER = SellerSchema()
_BOUNCE_REPORT = BounceReportSchema()
_OUTCOME = OutcomeSchema()


def load_seller(payload: Any) -> dict[str, Any]:
    """A seller's settings; RequestInvalid naming every bad field."""
    return _load(_SELLER, payload)


def load_bounce_report(payload: Any) -> dict[str, Any]:
    """A bounce reported as JSON (its order key is checked against the pack afterwards)."""
    return _load(_BOUNCE_REPORT, payload)


def load_outcome(payload: Any) -> dict[str, Any]:
    """An outcome report."""
    return _load(_OUTCOME, payload)


class StoredFindingSchema(Schema):
    rule = fields.String()
    severity = fields.String()
    fixed = fields.Boolean()


class FingerprintsSchema(Schema):
    request = fields.String()
    body = fields.String()


class AuditSchema(Schema):
    """A stored decision (docs/ledger.md): never a text, an address or a name."""

    decision_id = fields.String()
    created_at = UtcInstant()
    request_id = fields.String(allow_none=True)
    seller_id = fields.String()
    platform = fields.String()
    marketplace = fields.String()
    order_id = fields.String()
    message_id = fields.String(allow_none=True)
    buyer_known = fields.Boolean()
    contact_reason = fields.String()
    channel = fields.String()
    edition = fields.String()
    verdict = fields.String()
    findings = fields.List(fields.Nested(StoredFindingSchema))
    not_before = UtcInstant(allow_none=True)
    fingerprints = fields.Nested(FingerprintsSchema)
    slot = fields.String(allow_none=True)
    outcome = fields.String(allow_none=True)
    outcome_at = UtcInstant(allow_none=True)


_AUDIT = AuditSchema()


def dump_audit(record: Mapping[str, Any]) -> dict[str, Any]:
    """A stored decision as the API shows it."""
    document: dict[str, Any] = _AUDIT.dump(record)
    return document
