"""Wire schemas: JSON in and out of the API, strict where openapi.yaml is strict.

Limits here and in openapi.yaml are the same numbers; tests/http/test_contract.py proves it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from functools import cache
from typing import Any, TypeVar

from marshmallow import RAISE, Schema, ValidationError, fields, missing, validate
from marshmallow.error_store import ErrorStore

from service.engine import (
    Attachment,
    BodyFormat,
    Buyer,
    CheckRequest,
    Decision,
    Finding,
    Message,
    Order,
    Verdict,
    WarrantyCoverage,
    rfc3339,
)
from service.engine.model import FIELD_LIMITS
from service.fields import BoundedList, Instant, JsonInteger, StrictBoolean, Without
from service.packs import ContactReason, Edition, Marketplace, Pack
from service.platforms import Platforms

MAX_ID = 128
# A buyer id is often the buyer's relay address: as long as an e-mail address may be.
MAX_BUYER_ID = 254
# Ids the ledger stores: PostgreSQL's text cannot hold a NUL character, so none may carry one.
NO_NUL = Without("\x00", error="Must not contain a NUL character.")
MAX_CODE = 64
# An order id of a platform whose ids are opaque: as long as the ledger's column takes.
MAX_ORDER_ID = 64
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


def _instant(**kwargs: Any) -> Instant:
    # RFC 3339: an offset is required; a local time would silently shift the timing rules.
    return Instant(
        allow_none=True,
        load_default=None,
        validate=_in_calendar,
        **kwargs,
    )


class _Strict(Schema):
    """A JSON object of known members only, at most MAX_MEMBERS of them.

    Loaded by a leaner loop than marshmallow's `Schema._deserialize`, for the one way presend
    loads (one object, not partial, unknown members refused): the same fields, validators,
    messages and error layout, but none of the per-field closures, the partial and INCLUDE
    branches and the pre_load hook that cost a check about a third of its schema load
    (callgrind). The loop also takes `Field.deserialize`'s steps itself for a field that keeps
    them as marshmallow wrote them (missing, null, `_deserialize`, the validators), and loads
    a nested strict object by its own loop rather than through `Nested` and `Schema.load`:
    each Python call saved is about a thousand instructions, and a check reads 31 fields.
    Any other way of loading goes through marshmallow's own loop;
    tests/http/test_schema_loop.py proves the two agree.
    """

    error_messages = {"type": "Expected a JSON object.", "unknown": "Unknown field."}

    class Meta:
        unknown = RAISE

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._known = set(self.load_fields)
        for field in self.load_fields.values():
            # marshmallow's Field._validate builds And(*validators) anew for every value it
            # checks; a field's validators are fixed once it is made, so the And is built once.
            field._validate = validate.And(*field.validators)  # type: ignore[method-assign]
        self._members = tuple(
            (member, field, _plain(field), _checks(field), _strict_nested(field))
            for member, field in self.load_fields.items()
        )
        # A member read under another name or stored under another key takes marshmallow's
        # loop (none of presend's schemas has one).
        self._renamed = any(
            field.data_key is not None or field.attribute is not None
            for field in self.load_fields.values()
        )

    def _load_nested(self, data: Any) -> Any:
        """What `Nested` answers for this schema (`Schema.load` with no hooks to run): the
        loaded object, or a ValidationError with its errors and valid part."""
        error_store = ErrorStore()  # type: ignore[no-untyped-call]
        loaded = self._deserialize(data, error_store=error_store)
        if error_store.errors:
            raise ValidationError(error_store.errors, valid_data=loaded)
        return loaded

    def _deserialize(
        self,
        data: Any,
        *,
        error_store: ErrorStore,
        many: bool = False,
        partial: Any = None,
        unknown: Any = RAISE,
        index: int | None = None,
    ) -> Any:
        if many:
            return super()._deserialize(
                data, error_store=error_store, many=many, partial=partial, unknown=unknown
            )
        loaded: dict[str, Any] = self.dict_class()
        store: Callable[..., None] = error_store.store_error  # marshmallow leaves it untyped
        # A parsed JSON object is a dict: its exact type spares abc's instance check (about
        # 2k instructions), twice for every object loaded.
        mapping = type(data) is dict or isinstance(data, Mapping)
        if mapping and len(data) > MAX_MEMBERS:
            # Counted before the members are: 20,000 unknown ones would be 20,000 errors.
            store(
                [
                    f"An object of {len(data)} members: at most {MAX_MEMBERS}, "
                    f"and {len(self.load_fields)} are known here."
                ]
            )
            return loaded
        if partial or unknown != RAISE or self._renamed or not self.opts.index_errors:
            return super()._deserialize(
                data, error_store=error_store, partial=partial, unknown=unknown, index=index
            )
        if not mapping:
            store([self.error_messages["type"]], index=index)
            return loaded
        for member, field, plain, check, nested in self._members:
            value = data.get(member, missing)
            try:
                if not plain:
                    value = field.deserialize(value, member, data)
                # Field.deserialize's steps, in its order.
                elif value is missing:
                    if field.required:
                        raise field.make_error("required")
                    value = field.load_default
                    if callable(value):
                        value = value()
                elif value is None:
                    if not field.allow_none:
                        raise field.make_error("null")
                else:
                    value = (
                        field._deserialize(value, member, data)
                        if nested is None
                        else nested._load_nested(value)
                    )
                    if check is not None:
                        check(value)
            except ValidationError as error:
                store(error.messages, member, index=index)
                value = error.valid_data or missing
            if value is not missing:
                loaded[member] = value
        if not self._known.issuperset(data):
            for member in set(data) - self._known:
                store([self.error_messages["unknown"]], member, index)
        return loaded


def _plain(field: fields.Field[Any]) -> bool:
    """Whether a field deserializes as `Field.deserialize` says, with no processors of its own:
    then the strict loop can take those steps itself."""
    kind = type(field)
    return (
        kind.deserialize is fields.Field.deserialize
        and kind._validate_missing is fields.Field._validate_missing
        and not field.pre_load
        and not field.post_load
    )


def _checks(field: fields.Field[Any]) -> Callable[[Any], Any] | None:
    """The field's validators as `Field._validate` runs them (None: it has none)."""
    if not field.validators:
        return None
    if len(field.validators) == 1 and isinstance(field.validators[0], validate.Validator):
        # A marshmallow validator alone: its error holds a list of messages, which the And
        # around it would re-raise as they are, at the cost of a call, a list and a dict.
        return field.validators[0]
    return field._validate


def _strict_nested(field: fields.Field[Any]) -> _Strict | None:
    """The schema of a field nesting one strict object, loaded as `Nested` loads it."""
    if type(field) is not fields.Nested or field.many or field.unknown is not None:
        return None
    schema = field.schema
    if not isinstance(schema, _Strict) or schema.many or schema.partial or schema.unknown != RAISE:
        return None
    if type(schema).handle_error is not Schema.handle_error:
        return None  # its own error handling runs in Schema.load
    return None if any(schema._hooks.values()) else schema


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
            Without("\r\n", error="A subject is one line: no line breaks."),
        ],
    )
    body = fields.String(required=True, validate=validate.Length(max=MAX_BODY))
    body_format = fields.Enum(BodyFormat, by_value=True, load_default=BodyFormat.TEXT)
    attachments = BoundedList(
        fields.Nested(AttachmentSchema), max_length=MAX_ATTACHMENTS, load_default=list
    )
    warranty = fields.Nested(WarrantySchema, allow_none=True, load_default=None)


class CheckRequestSchema(_Strict):
    # The pack is chosen by load_platform before the schema is: here it is only allowed.
    platform = fields.Raw(load_default=None)
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
    return ", ".join(values) or "none"


class _Codes:
    """Resolves codes and aliases against the pack, noting an error for each unknown one."""

    def __init__(self, pack: Pack, errors: list[dict[str, str]]):
        self.pack, self.errors = pack, errors

    def _find(
        self,
        field: str,
        raw: Any,
        find: Callable[[str], _T | None],
        what: str,
        valid: Callable[[], str],
    ) -> _T | None:
        if not isinstance(raw, str):
            return None  # missing or of the wrong type: the schema has said so already
        found = find(raw)
        if found is None:
            # The valid values are listed only for an error: every check would pay for them.
            self.errors.append(
                {
                    "field": field,
                    "message": f"Unknown {what} '{raw[:MAX_CODE]}' on {self.pack.name}. "
                    f"Valid: {valid()}.",
                }
            )
        return found

    def marketplace(self, field: str, raw: Any) -> Marketplace | None:
        def valid() -> str:
            marketplaces = self.pack.marketplaces
            codes = _one_of([m.code for m in marketplaces])
            aliases = "".join(f"; {a} means {m.code}" for m in marketplaces for a in m.aliases)
            return f"{codes} (or the marketplace's id such as {marketplaces[0].id}{aliases})"

        return self._find(field, raw, self.pack.find_marketplace, "marketplace", valid)

    def edition(self, field: str, raw: Any) -> Edition | None:
        def valid() -> str:
            return _one_of(list(self.pack.editions))

        return self._find(field, raw, self.pack.editions.get, "edition", valid)

    def status(self, field: str, raw: Any) -> str | None:
        def valid() -> str:
            aliases = _one_of([a for names in self.pack.status_aliases.values() for a in names])
            return f"{_one_of(list(self.pack.statuses))} (or {self.pack.name}'s own: {aliases})"

        return self._find(field, raw, self.pack.find_status, "order status", valid)

    def reason(self, field: str, raw: Any) -> ContactReason | None:
        def valid() -> str:
            return _one_of([r.code for r in self.pack.reasons])

        return self._find(field, raw, self.pack.find_reason, "contact reason", valid)


def load_platform(raw: Any, platforms: Platforms, field: str = "platform") -> Pack:
    """The pack of the platform a request names (None: the default platform); RequestInvalid
    naming the field and the known platforms if there is no such pack."""
    if raw is None:
        return platforms.default
    found = platforms.find(raw) if isinstance(raw, str) else None
    if found is None:
        shown = f"'{raw[:MAX_CODE]}'" if isinstance(raw, str) else "of the wrong type"
        valid = _one_of(list(platforms.packs))
        raise RequestInvalid(
            [{"field": field, "message": f"Unknown platform {shown}. Valid: {valid}."}]
        )
    return found


def platform_of_check(payload: Any, platforms: Platforms) -> Pack:
    """The pack a check's JSON names in its `platform` (the default one where it names none,
    or is no object: the schema says what is wrong with it then)."""
    named = payload.get("platform") if isinstance(payload, Mapping) else None
    if isinstance(payload, Mapping) and "platform" in payload and named is None:
        raise RequestInvalid([{"field": "platform", "message": "Field may not be null."}])
    return load_platform(named, platforms)


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
    # Chosen by load_platform before the query is loaded.
    platform = fields.String(load_default=None)
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
    channels, fulfillment, whether a reason must be named), once per pack."""
    order = type(
        "OrderSchema",
        (OrderSchema,),
        {"id": _order_id(pack), "fulfillment": _fulfillment(pack)},
    )
    # A closed list of reasons (Amazon) needs the caller's; an open one has a default (eBay).
    reason = (
        _text(MAX_CODE, required=True)
        if pack.default_reason is None
        else _text(MAX_CODE, load_default=pack.default_reason)
    )
    message = type("MessageSchema", (MessageSchema,), {"contact_reason": reason})
    check = type(
        "CheckRequestSchema",
        (CheckRequestSchema,),
        {
            "order": fields.Nested(order, required=True),
            "message": fields.Nested(message, required=True),
            "channel": _one_of_names(
                pack,
                "channel",
                [channel.name for channel in pack.channels],
                pack.default_channel.name,
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
    return _one_of_names(
        pack, "fulfillment", list(pack.fulfillment.values), pack.fulfillment.seller
    )


def _one_of_names(pack: Pack, what: str, names: list[str], default: str) -> fields.Raw:
    """One of these names of the pack, any JSON value else refused naming the platform and
    them all."""
    error = f"Not a {what} on {pack.name}. Valid: {_one_of(names)}."
    return fields.Raw(load_default=default, validate=validate.OneOf(names, error=error))


def _order_id(pack: Pack) -> fields.String:
    """order.id: where the pack is strict, one of its order number forms."""
    if not pack.order_ids.strict:
        return fields.String(
            required=True, validate=[validate.Length(min=1, max=MAX_ORDER_ID), NO_NUL]
        )

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


def finding_document(finding: Finding, language: str) -> dict[str, Any]:
    """A finding as the caller sees it (Finding in openapi.yaml), its message in the caller's
    language."""
    span = finding.span
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "field": finding.field,
        "span": None if span is None else {"start": span.start, "end": span.end},
        "fixed": finding.fixed,
        "message": finding.message.in_language(language),
        "reference": finding.reference,
    }


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
        self.language = language

    def localised_findings(self, document: Any) -> Any:
        findings = document["findings"] if isinstance(document, Mapping) else document.findings
        return [finding_document(finding, self.language) for finding in findings]


class MarketplaceRefSchema(Schema):
    code = fields.String()
    id = fields.String()


def dump_decision(decision: Decision, decision_id: str, language: str) -> dict[str, Any]:
    """The response document for a decision (CheckResponse in openapi.yaml).

    Written out directly rather than by a schema: a response has nothing to validate, and
    marshmallow's dump cost as much as a fifth of the engine's work for a check (callgrind).
    tests/contract.py validates every response against openapi.yaml.
    """
    request = decision.request
    verdict = decision.verdict
    reason = request.message.contact_reason
    not_before = decision.not_before
    return {
        "decision_id": decision_id,
        "message_id": request.message_id,
        "verdict": verdict.value,
        "edition": request.edition.id,
        "marketplace": {"code": request.marketplace.code, "id": request.marketplace.id},
        "contact_reason": {"code": reason.code, "critical": reason.critical},
        "message": None
        if verdict is Verdict.REJECT
        else {"subject": decision.subject, "body": decision.body},
        "changes": [
            {
                "rule": change.rule,
                "field": change.field,
                "before": change.before,
                "after": change.after,
            }
            for change in decision.changes
        ],
        "findings": [finding_document(finding, language) for finding in decision.findings],
        "not_before": None if not_before is None else rfc3339(not_before),
    }


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
    # None where the platform has no subject tag.
    tag_word = fields.Function(lambda m: m.tag_words[0] if m.tag_words else None)
    tag_words = fields.List(fields.String())
    tag_confirmed = fields.Boolean()
    aliases = fields.List(fields.String())


class MarketplacesResponseSchema(Schema):
    default_edition = fields.String()
    editions = fields.List(fields.Nested(EditionSchema))
    marketplaces = fields.List(fields.Nested(MarketplaceSchema))


class ChannelSchema(Schema):
    name = fields.String()
    seller_subject = fields.Boolean()
    html = fields.Boolean()
    api = fields.Boolean()


class OrderIdsSchema(Schema):
    strict = fields.Boolean()
    expected = fields.String()
    example = fields.String()


class PlatformSchema(Schema):
    """What an integrator needs to address a platform: its codes, channels and defaults."""

    platform = fields.String()
    name = fields.String()
    default_edition = fields.String()
    editions = fields.Function(lambda p: list(p["pack"].editions))
    marketplaces = fields.Function(lambda p: [m.code for m in p["pack"].marketplaces])
    statuses = fields.Function(lambda p: list(p["pack"].statuses))
    channels = fields.List(fields.Nested(ChannelSchema), attribute="pack.channels")
    default_channel = fields.String(attribute="pack.default_channel.name")
    fulfillment = fields.Function(lambda p: list(p["pack"].fulfillment.values))
    # A closed list of reasons needs one named in every check; an open one has a default.
    contact_reason_required = fields.Function(lambda p: p["pack"].default_reason is None)
    default_contact_reason = fields.String(attribute="pack.default_reason", allow_none=True)
    order_ids = fields.Nested(OrderIdsSchema, attribute="pack.order_ids")


class PlatformsResponseSchema(Schema):
    default_platform = fields.String()
    platforms = fields.List(fields.Nested(PlatformSchema))


# The ledger ----------------------------------------------------------------------------------


def platform_of_query(args: Any, platforms: Platforms) -> Pack:
    """The pack a query string names in `platform` (the default one where it names none)."""
    return load_platform(single_values(args).get("platform"), platforms)


def load_order_key(marketplace: str, order_id: str, pack: Pack) -> tuple[str, str]:
    """An order as the ledger keys it: the marketplace's code and the order number; 422 naming
    the path segment that is wrong."""
    errors: list[dict[str, str]] = []
    found = _Codes(pack, errors).marketplace("marketplace", marketplace)
    if pack.order_ids.strict and not pack.order_ids.matches(order_id):
        errors.append({"field": "order_id", "message": _not_an_order_number(pack)})
    elif not 1 <= len(order_id) <= MAX_ORDER_ID or "\x00" in order_id:
        errors.append(
            {
                "field": "order_id",
                "message": f"Between 1 and {MAX_ORDER_ID} characters, none of them NUL.",
            }
        )
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
    at = _instant()


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
