"""The edits the fixing rules make: cutting spans out, collapsing runs of empty lines."""

from __future__ import annotations

import re2

from service.engine.model import Span
from service.engine.scan import OPTIONS, SCREEN, spans

_LINE_BREAKS = SCREEN.add(re2.compile(r"(\r?\n(?:[ \t]*\r?\n){2,})", OPTIONS))


def _merged(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if merged and span.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


def cut(text: str, spans: list[Span], keep_apart: bool = True) -> str:
    """The text without these spans, in one pass.

    With keep_apart, a cut between two non-spaces leaves a space, so the neighbours are not
    joined into a new word, address, tag or number ("info😀@shop.de" must not become an
    address). HTML tags cut from markup need that space only between two letters or digits
    ("0<img …>302-1234567-1234567" must not glue the order number to the 0; "</p><img …><p>"
    stays "</p><p>"). Where a cut leaves two spaces, or a space before a line break, one goes.
    """
    pieces, done = [], 0
    for span in _merged(spans):
        kept = text[done : span.start]
        before = text[span.start - 1] if span.start > 0 else ""
        after = text[span.end] if span.end < len(text) else ""
        done = span.end
        apart = keep_apart or (before.isalnum() and after.isalnum())
        if apart and before and after and not before.isspace() and not after.isspace():
            kept += " "
        elif before in ("", " ") and after == " ":
            done += 1
        elif before == " " and after in ("", "\n", "\r"):
            kept = kept[:-1]
        pieces.append(kept)
    pieces.append(text[done:])
    return "".join(pieces)


def find_excess_line_breaks(text: str) -> list[Span]:
    """Runs of three or more line breaks (two or more empty lines)."""
    if not SCREEN.may_match(_LINE_BREAKS, text):
        return []
    return list(spans(_LINE_BREAKS, text, also=None))


def collapse_line_breaks(text: str) -> str:
    """Every run of empty lines shortened to one empty line."""
    collapsed: str = _LINE_BREAKS.sub(
        lambda m: "\r\n\r\n" if m.group(1)[0] == "\r" else "\n\n", text
    )
    return collapsed
