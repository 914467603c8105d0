"""Recognising Amazon's relay bounce for a buyer who opted out, by its meaning.

Mail clients re-wrap lines, quote with `>` and put forwarding headers around the text, so a
bounce is recognised when, in one language of the pack, it has a phrase of every group
("could not be delivered", "opted out", "unsolicited"), wherever the lines break; the order
number and the marketplace (from the relay domain, …@marketplace.amazon.de) are read from it.
"""

from __future__ import annotations

from dataclasses import dataclass

import re2

from service.packs.model import Marketplace, Pack

# A line's quoting (`>`, `> >`, `>>`) and the spaces around it.
_QUOTING = re2.compile(r"(?m)^[ \t]*(?:>[ \t]*)+")
_SPACE = re2.compile(r"\s+")
_RELAY = re2.compile(r"(?i)@marketplace\.(amazon(?:\.[a-z]{2,3}){1,2})\b")
_SOFT_HYPHEN = "\u00ad"


@dataclass(frozen=True)
class Bounce:
    """A recognised opt-out bounce: which order, on which marketplace, in which language."""

    order_id: str
    marketplace: Marketplace
    language: str


class BounceUnrecognised(ValueError):
    """The text is not an opt-out bounce the service can act on; `errors` names what is
    missing as {field, message} pairs."""

    def __init__(self, errors: list[dict[str, str]]):
        super().__init__(errors)
        self.errors = errors


def unwrapped(text: str) -> str:
    """The text without quoting, soft hyphens and line breaks: one line, single spaces."""
    return str(_SPACE.sub(" ", _QUOTING.sub("", text.replace(_SOFT_HYPHEN, "")))).strip()


def recognise(text: str, pack: Pack, marketplace: Marketplace | None = None) -> Bounce:
    """The bounce in `text`; `marketplace` when the caller knows it and the text does not say."""
    flat = unwrapped(text)
    errors: list[dict[str, str]] = []
    rules = pack.ledger
    missing = {bounce.language: bounce.missing(flat) for bounce in rules.bounces}
    language = min(missing, key=lambda code: len(missing[code]))
    if missing[language]:
        groups = ", ".join(missing[language])
        errors.append(
            {
                "field": "body",
                "message": "Not recognised as an Amazon relay bounce for a buyer who opted out: "
                f"closest is {language}, which lacks a phrase for: {groups}.",
            }
        )
    orders = sorted({match.group(1) for match in rules.order_id.finditer(flat)})
    if len(orders) != 1:
        errors.append(
            {
                "field": "order_id",
                "message": "No Amazon order number (3-7-7 digits) in the text."
                if not orders
                else f"Several order numbers in the text ({', '.join(orders)}): send one bounce "
                "at a time.",
            }
        )
    marketplace = _marketplace(flat, pack) or marketplace
    if marketplace is None:
        errors.append(
            {
                "field": "marketplace",
                "message": "No relay address (…@marketplace.amazon.de) in the text: say which "
                "marketplace with ?marketplace=DE.",
            }
        )
    if errors or marketplace is None:
        raise BounceUnrecognised(errors)
    return Bounce(order_id=orders[0], marketplace=marketplace, language=language)


def _marketplace(text: str, pack: Pack) -> Marketplace | None:
    sites = {match.group(1).lower() for match in _RELAY.finditer(text)}
    found = [m for m in pack.marketplaces if m.site in sites]
    return found[0] if len(found) == 1 else None
