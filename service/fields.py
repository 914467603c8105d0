"""Strict marshmallow fields shared by the wire schemas and the pack loader."""

from __future__ import annotations

from typing import Any

from marshmallow import fields


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
