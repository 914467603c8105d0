"""Strict marshmallow fields shared by the wire schemas and the pack loader."""

from __future__ import annotations

from typing import Any

from marshmallow import ValidationError, fields, validate


class StrictBoolean(fields.Boolean):
    """A JSON true or false, never 1, "yes" or "true" coerced."""

    default_error_messages = {"invalid": "Not a boolean: use true or false."}

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> bool:
        if not isinstance(value, bool):
            raise self.make_error("invalid")
        return value


class JsonInteger(fields.Integer):
    """A JSON integer as JSON Schema counts them: 2 and 2.0, never "2", 2.5 or true."""

    default_error_messages = {"invalid": "Not an integer."}

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.make_error("invalid")
        if isinstance(value, float) and not value.is_integer():
            raise self.make_error("invalid")
        return super()._deserialize(int(value), attr, data, **kwargs)


class Instant(fields.AwareDateTime):
    """An instant with an offset, as RFC 3339 writes it. RFC 3339 lets "T" and "Z" be lower
    case ("2026-11-27t08:00:00z"), which Python's ISO parser refuses, so they are read in upper
    case; the ISO 8601 forms that parser reads without doubt stay accepted too (a "+0000"
    offset, as PHP's DATE_ISO8601 writes it)."""

    def __init__(self, **kwargs: Any):
        super().__init__(format="iso", **kwargs)

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        if isinstance(value, str):
            value = value.upper()
        return super()._deserialize(value, attr, data, **kwargs)


class BoundedList(fields.List):  # type: ignore[type-arg]
    """A list whose length is checked before its items: 60,000 items make one error, not
    60,000 (each with its own message), and cost no time to validate."""

    def __init__(self, inner: fields.Field[Any], *, max_length: int, **kwargs: Any):
        self.length = validate.Length(max=max_length)
        super().__init__(inner, validate=self.length, **kwargs)

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> list[Any]:
        if isinstance(value, list) and len(value) > self.length.max:  # type: ignore[operator]
            raise ValidationError(self.length.message_max.format(max=self.length.max))
        items: list[Any] = super()._deserialize(value, attr, data, **kwargs)
        return items


class Without(validate.Validator):
    """A string holding none of these characters. A plain search for each: a Regexp's match
    over the whole string cost about four times as much, for every id and subject checked."""

    def __init__(self, characters: str, error: str):
        self.characters = characters
        self.error: str = error

    def __call__(self, value: str) -> str:
        for character in self.characters:
            if character in value:
                raise ValidationError(self.error)
        return value
