"""Sample values for placeholders, chosen by what the placeholder's name says (samples.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import re2
import yaml

SAMPLES = Path(__file__).with_name("samples.yaml")
ORDER = "order"
# A name's segments: `order.customer.firstName`, `$Bestellung->cBestellNr`, `items[0].price`.
_SEGMENT = re2.compile(r"[A-Za-zÀ-ÿ0-9_]+")
_FILTER = re2.compile(r"\|")


@dataclass(frozen=True)
class Kind:
    """A kind of placeholder: the words that name it and its sample per language."""

    name: str
    keywords: tuple[str, ...]
    values: dict[str, str]

    def matches(self, words: str) -> bool:
        return any(keyword in words for keyword in self.keywords)


@cache
def _document() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(SAMPLES.read_text(encoding="utf-8"))
    return document


@cache
def kinds() -> tuple[Kind, ...]:
    """The kinds in priority order, read once."""
    return tuple(
        Kind(entry["kind"], tuple(entry["keywords"]), dict(entry.get("values") or {}))
        for entry in _document()["kinds"]
    )


@cache
def generic() -> frozenset[str]:
    """Last segments that name nothing by themselves."""
    return frozenset(_document()["generic"])


def _words(text: str) -> str:
    """The letters and digits of a name in lower case: `tracking_url` reads `trackingurl`."""
    return "".join(_SEGMENT.findall(text)).replace("_", "").lower()


def kind_of(expression: str) -> Kind:
    """The kind a placeholder names: by its variable's last segment, else by the whole
    expression (filters included, e.g. `|date`), else a neutral word."""
    variable = _FILTER.split(expression, 1)[0]
    segments = [_words(segment) for segment in _SEGMENT.findall(variable)]
    tail = segments[-2:] if segments and segments[-1] in generic() else segments[-1:]
    for words in ("".join(tail), _words(expression)):
        for kind in kinds():
            if words and kind.matches(words):
                return kind
    return kinds()[-1]


def sample(expression: str, language: str, order_id: str) -> str:
    """The sample text for a placeholder in a message in `language`."""
    kind = kind_of(expression)
    if kind.name == ORDER:
        return order_id
    return kind.values.get(language, kind.values["en"])
