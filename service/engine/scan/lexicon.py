"""Where a lexicon's phrases stand in a text (the patterns are compiled by the pack loader)."""

from __future__ import annotations

import re2

from service.engine.model import Span
from service.engine.scan import spans


def phrases(pattern: re2._Regexp, text: str) -> list[Span]:
    """Where a lexicon pattern's phrase (group 1) stands, not cut out of a longer word."""
    return list(spans(pattern, text))
