"""The rules on the message as a whole: emojis and line breaks, which
the engine fixes (rows: tests/engine/rows.py)."""

from __future__ import annotations

from typing import Any

import pytest

from service.engine import evaluate
from tests.engine.conftest import ORDER_ID
from tests.engine.rows import (
    ALLOW,
    DEFAULT_SUBJECT,
    DIGITAL_ACCESS_KEY,
    FIX_NAMES,
    MODIFY,
    PACK,
    REJECT,
    SUBJECT,
    Seen,
    assert_fix_row,
    checked,
    finding,
    fix_row,
    link,
    resent,
    seen,
)

# --- amazon.content.emoji (fix) ------------------------------------------------------------

EMOJI = "amazon.content.emoji"
LINE_BREAKS = "amazon.content.line_breaks"


def emoji(text: str, **kwargs: Any) -> Seen:
    return finding(EMOJI, text, fixed=True, **kwargs)


EMOJI_ROWS = [
    fix_row(
        "amazon.content.emoji-in-body-double-space-closed",
        "Vielen Dank 😊 für Ihren Einkauf!",
        MODIFY,
        [emoji("😊")],
        "Vielen Dank für Ihren Einkauf!",
    ),
    fix_row(
        "amazon.content.emoji-at-the-end-with-skin-tone",
        "Bis bald! 👍🏽",
        MODIFY,
        [emoji("👍🏽")],
        "Bis bald!",
    ),
    fix_row(
        "amazon.content.emoji-glued-to-punctuation",
        "Danke!😊 Bis bald.",
        MODIFY,
        [emoji("😊")],
        "Danke! Bis bald.",
    ),
    fix_row(
        "amazon.content.emoji-zwj-family-flag-and-heart",
        "Familie 👨‍👩‍👧 und Flagge 🇩🇪 und Herz ❤️ ok",
        MODIFY,
        [emoji("👨‍👩‍👧"), emoji("🇩🇪"), emoji("❤️")],
        "Familie und Flagge und Herz ok",
    ),
    fix_row(
        "amazon.content.emoji-in-subject-and-body",
        "Danke 🎉",
        MODIFY,
        [emoji("🎉", field=SUBJECT), emoji("🎉", field=SUBJECT), emoji("🎉")],
        "Danke",
        subject="🎉 Ihre Bestellung 🎉",
        fixed_subject="Ihre Bestellung",
    ),
    fix_row(
        "amazon.content.emoji-only-subject-becomes-the-label",
        "Danke.",
        MODIFY,
        [emoji("🎉", field=SUBJECT)],
        "Danke.",
        subject="🎉",
        fixed_subject=DEFAULT_SUBJECT,
    ),
    fix_row(
        "amazon.content.emoji-copyright-registered-trademark-kept",
        "© 2025 Muster® Schuhe™, Pfeil → und Stern ★",
        ALLOW,
        [],
        "© 2025 Muster® Schuhe™, Pfeil → und Stern ★",
    ),
    fix_row(
        "amazon.content.emoji-copyright-with-emoji-selector-removed",
        "Marke ©️ und © bleibt",
        MODIFY,
        [emoji("©️")],
        "Marke und © bleibt",
    ),
    fix_row(
        "amazon.content.emoji-alone-on-a-line",
        "Hallo\n😊\nEnde",
        MODIFY,
        [emoji("😊")],
        "Hallo\n\nEnde",
    ),
    fix_row(
        "amazon.content.emoji-between-empty-lines-collapses-the-gap",
        "a\n\n😊\n\nb",
        MODIFY,
        [emoji("😊"), finding(LINE_BREAKS, None, severity="warning", fixed=True)],
        "a\n\nb",
    ),
    fix_row(
        "amazon.content.emoji-with-an-error-elsewhere-still-rejects",
        "Danke 😊 Infos auf meinshop.de",
        REJECT,
        [emoji("😊"), link("meinshop.de")],
        "Danke Infos auf meinshop.de",
    ),
]


@pytest.mark.parametrize(FIX_NAMES, EMOJI_ROWS)
def test_emoji(body, given, verdict, findings, fixed_subject, fixed_body):
    assert_fix_row(body, given, verdict, findings, fixed_subject, fixed_body)


# Cutting an emoji out joins its neighbours. The rules read the text as sent, so what the join
# makes is never checked: the returned message must still pass a re-check unchanged.
EMOJI_JOIN_ROWS = [
    pytest.param(
        "Danke 😊 für Ihren Einkauf.", {}, id="amazon.content.emoji-removal-between-spaces"
    ),
    pytest.param(
        "Schreiben Sie an info😀@meinshop.de",
        {},
        id="amazon.content.emoji-removal-joins-an-e-mail-address",
    ),
    pytest.param("Mehr auf meinshop😀.de", {}, id="amazon.content.emoji-removal-joins-a-link"),
    pytest.param("Bitte Pay😀Pal nutzen.", {}, id="amazon.content.emoji-removal-joins-paypal"),
    pytest.param(
        f"Bestellung {ORDER_ID}😀1234",
        {"greeting": False},
        id="amazon.content.emoji-removal-glues-the-order-number-to-digits",
    ),
    pytest.param(
        "Ihr Code folgt.",
        {"subject": "[Wich😀tig] Ihr Code", **DIGITAL_ACCESS_KEY},
        id="amazon.content.emoji-removal-joins-a-tag-on-a-non-critical-reason",
    ),
]


@pytest.mark.parametrize(("body", "given"), EMOJI_JOIN_ROWS)
def test_emoji_removal_leaves_a_message_that_passes_again(body, given):
    sent, decision = checked(body, **given)
    assert decision.verdict is MODIFY
    again = evaluate(resent(sent, decision), PACK)
    assert (again.verdict, again.changes) == (ALLOW, ())


# --- amazon.content.line_breaks (fix) ------------------------------------------------------


def breaks(text: str | None) -> Seen:
    return finding(LINE_BREAKS, text, severity="warning", fixed=True)


LINE_BREAK_ROWS = [
    fix_row(
        "amazon.content.line_breaks-three-become-two",
        "Zeile 1\n\n\nZeile 2",
        MODIFY,
        [breaks("\n\n\n")],
        "Zeile 1\n\nZeile 2",
    ),
    fix_row(
        "amazon.content.line_breaks-every-run-collapsed",
        "Zeile 1\n\n\nZeile 2\n\n\n\n\nZeile 3\n\nZeile 4",
        MODIFY,
        [breaks("\n\n\n"), breaks("\n\n\n\n\n")],
        "Zeile 1\n\nZeile 2\n\nZeile 3\n\nZeile 4",
    ),
    fix_row(
        "amazon.content.line_breaks-crlf-kept",
        "Zeile 1\r\n\r\n\r\nZeile 2\r\n\r\nZeile 3",
        MODIFY,
        [breaks("\r\n\r\n\r\n")],
        "Zeile 1\r\n\r\nZeile 2\r\n\r\nZeile 3",
    ),
    fix_row(
        "amazon.content.line_breaks-blank-lines-with-spaces-count",
        "Zeile 1\n \n\t\nZeile 2",
        MODIFY,
        [breaks("\n \n\t\n")],
        "Zeile 1\n\nZeile 2",
    ),
    fix_row(
        "amazon.content.line_breaks-at-the-end",
        "Ende\n\n\n",
        MODIFY,
        [breaks("\n\n\n")],
        "Ende\n\n",
    ),
    fix_row(
        "amazon.content.line_breaks-two-are-fine",
        "Zeile 1\n\nZeile 2\nZeile 3",
        ALLOW,
        [],
        "Zeile 1\n\nZeile 2\nZeile 3",
    ),
]


@pytest.mark.parametrize(FIX_NAMES, LINE_BREAK_ROWS)
def test_line_breaks(body, given, verdict, findings, fixed_subject, fixed_body):
    assert_fix_row(body, given, verdict, findings, fixed_subject, fixed_body)


def test_line_breaks_leave_an_html_body_alone():
    sent, decision = checked("<p>Danke.</p>\n\n\n\n<p>Ende</p>", body_format="html")
    assert (decision.verdict, seen(sent, decision)) == (ALLOW, [])
    assert decision.body == sent.message.body
