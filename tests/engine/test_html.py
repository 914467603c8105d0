"""The HTML rules, one table per rule: no HTML on the Messaging API;
in e-mails no tracking pixels, no http: images (both removed), no linked images, a plain
layout. Links inside HTML are covered with amazon.content.external_link in test_contact.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.rows import (
    ALLOW,
    FIX_NAMES,
    MODIFY,
    REJECT,
    REVIEW_REQUEST,
    ROW_NAMES,
    assert_fix_row,
    assert_row,
    checked,
    finding,
    fix_row,
    link,
    row,
    seen,
)

HTML = {"body_format": "html"}
# A reason whose API operation takes text (confirmOrderDetails).
SP_API = {"channel": "sp_api", "reason": "order_details"}
PIXEL = '<img src="https://t.example.com/o.gif?u=1&amp;m=2" width="1" height="1">'
LOGO = '<img src="https://cdn.example.com/logo.png" alt="Logo">'

# --- amazon.content.html_on_api ------------------------------------------------------------

HTML_ON_API = "amazon.content.html_on_api"


def html_on_api(text: str | None, **kwargs: Any) -> Any:
    return finding(HTML_ON_API, text, **kwargs)


HTML_ON_API_ROWS = [
    row(
        "amazon.content.html_on_api-markup-in-a-text-body",
        "<b>Wichtig</b>: bitte antworten.",
        REJECT,
        [html_on_api("<b>")],
        **SP_API,
    ),
    row(
        "amazon.content.html_on_api-html-body-points-at-the-first-tag",
        "<p>Danke.</p><p>Bis bald.</p>",
        REJECT,
        [html_on_api("<p>")],
        **SP_API,
        **HTML,
    ),
    row(
        "amazon.content.html_on_api-html-format-without-markup",
        "Danke.",
        REJECT,
        [html_on_api(None, field="message.body_format")],
        **SP_API,
        **HTML,
    ),
    row(
        "amazon.content.html_on_api-tracking-pixel-is-html-not-a-fix",
        f"<p>Danke.</p>{PIXEL}",
        REJECT,
        [html_on_api("<p>")],
        **SP_API,
        **HTML,
    ),
    row(
        "amazon.content.html_on_api-comparison-signs-are-not-markup",
        "Preis < 5 EUR, Größe 3 < x > 2, a<b",
        ALLOW,
        [],
        **SP_API,
    ),
    row(
        "amazon.content.html_on_api-heart-is-not-markup",
        "Danke <3",
        ALLOW,
        [],
        **SP_API,
    ),
    row(
        "amazon.content.html_on_api-plain-text",
        "Ihr Paket ist unterwegs.",
        ALLOW,
        [],
        **SP_API,
    ),
    row(
        "amazon.content.html_on_api-not-on-email",
        "<p>Danke.</p>",
        ALLOW,
        [],
        **HTML,
    ),
]


@pytest.mark.parametrize(ROW_NAMES, HTML_ON_API_ROWS)
def test_html_on_api(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


# --- amazon.content.tracking_pixel (fix) ---------------------------------------------------

TRACKING_PIXEL = "amazon.content.tracking_pixel"
INSECURE_IMAGE = "amazon.content.insecure_image"


def pixel(text: str) -> Any:
    return finding(TRACKING_PIXEL, text, fixed=True)


def insecure(text: str) -> Any:
    return finding(INSECURE_IMAGE, text, fixed=True)


def removed(id: str, before: str, tag: str, after: str, findings: list[Any], **kwargs: Any) -> Any:
    """A row whose fix removes `tag` and leaves every other byte of the body as it was."""
    return fix_row(id, before + tag + after, MODIFY, findings, before + after, **HTML, **kwargs)


TRACKING_PIXEL_ROWS = [
    removed(
        "amazon.content.tracking_pixel-width-and-height-attributes",
        "<p>Danke.</p>",
        PIXEL,
        "<p>Bis bald.</p>",
        [pixel(PIXEL)],
    ),
    removed(
        "amazon.content.tracking_pixel-css-size",
        "<p>Danke.</p>",
        '<img src="https://t.example.com/p.gif" style="width:1px;height:1px" alt="">',
        "",
        [pixel('<img src="https://t.example.com/p.gif" style="width:1px;height:1px" alt="">')],
    ),
    removed(
        "amazon.content.tracking_pixel-hidden-image",
        "<p>Danke.</p>",
        '<img src="https://cdn.example.com/x.png" style="display:none">',
        "<p>Bis bald.</p>",
        [pixel('<img src="https://cdn.example.com/x.png" style="display:none">')],
    ),
    removed(
        "amazon.content.tracking_pixel-upper-case-unquoted-self-closing",
        "<p>Danke.</p>",
        '<IMG SRC="https://t.example.com/p.gif" WIDTH=1 HEIGHT=1 />',
        "",
        [pixel('<IMG SRC="https://t.example.com/p.gif" WIDTH=1 HEIGHT=1 />')],
    ),
    removed(
        "amazon.content.tracking_pixel-on-its-own-line",
        "<p>Danke.</p>\n",
        PIXEL,
        "\n<p>Bis bald.</p>",
        [pixel(PIXEL)],
    ),
    fix_row(
        "amazon.content.tracking_pixel-two-pixels",
        f"<p>Danke.</p>{PIXEL}<p>Bis bald.</p>{PIXEL}",
        MODIFY,
        [pixel(PIXEL), pixel(PIXEL)],
        "<p>Danke.</p><p>Bis bald.</p>",
        **HTML,
    ),
    fix_row(
        "amazon.content.tracking_pixel-between-spaces-one-space-goes-with-it",
        f"<p>Danke {PIXEL} und bis bald.</p>",
        MODIFY,
        [pixel(PIXEL)],
        "<p>Danke und bis bald.</p>",
        **HTML,
    ),
    fix_row(
        "amazon.content.tracking_pixel-normal-image-kept",
        f"<p>Danke.</p>{LOGO}",
        ALLOW,
        [],
        f"<p>Danke.</p>{LOGO}",
        **HTML,
    ),
    fix_row(
        "amazon.content.tracking_pixel-text-body-has-no-images",
        '<img src="https://t.example.com/p.gif" width="1" height="1">',
        REJECT,
        [link("https://t.example.com/p.gif")],
        '<img src="https://t.example.com/p.gif" width="1" height="1">',
    ),
]


@pytest.mark.parametrize(FIX_NAMES, TRACKING_PIXEL_ROWS)
def test_tracking_pixel(body, given, verdict, findings, fixed_subject, fixed_body):
    assert_fix_row(body, given, verdict, findings, fixed_subject, fixed_body)


# --- amazon.content.insecure_image (fix) ---------------------------------------------------

HTTP_LOGO = '<img src="http://cdn.example.com/logo.png" alt="Logo">'

INSECURE_IMAGE_ROWS = [
    removed(
        "amazon.content.insecure_image-http-source",
        "<p>Danke.</p>",
        HTTP_LOGO,
        "<p>Bis bald.</p>",
        [insecure(HTTP_LOGO)],
    ),
    removed(
        "amazon.content.insecure_image-upper-case-scheme",
        "<p>Danke.</p>",
        '<img src="HTTP://cdn.example.com/logo.png">',
        "",
        [insecure('<img src="HTTP://cdn.example.com/logo.png">')],
    ),
    removed(
        "amazon.content.insecure_image-unquoted-source",
        "<p>Danke.</p>",
        "<img src=http://cdn.example.com/a.png>",
        "",
        [insecure("<img src=http://cdn.example.com/a.png>")],
    ),
    removed(
        "amazon.content.insecure_image-source-with-leading-space",
        "<p>Danke.</p>",
        '<img src=" http://cdn.example.com/a.png">',
        "",
        [insecure('<img src=" http://cdn.example.com/a.png">')],
    ),
    fix_row(
        "amazon.content.insecure_image-https-image-between-two-http-ones-kept",
        '<p>Danke.</p><img alt="x" src="http://a.example/1.png">'
        '<img src="https://a.example/2.png"><img src="http://a.example/3.png">',
        MODIFY,
        [
            insecure('<img alt="x" src="http://a.example/1.png">'),
            insecure('<img src="http://a.example/3.png">'),
        ],
        '<p>Danke.</p><img src="https://a.example/2.png">',
        **HTML,
    ),
    removed(
        "amazon.content.insecure_image-http-pixel-reported-by-both-rules",
        "<p>Danke.</p>",
        '<img src="http://t.example.com/p.gif" width="1" height="1">',
        "",
        [
            pixel('<img src="http://t.example.com/p.gif" width="1" height="1">'),
            insecure('<img src="http://t.example.com/p.gif" width="1" height="1">'),
        ],
    ),
    # A cut between a digit and the order number keeps them apart, or the fixed message would
    # lose its order number (found by the property test of tests/engine/test_scanners.py).
    fix_row(
        "amazon.content.insecure_image-between-two-digits-leaves-a-space",
        '<p>Nr. 0<img src="http://cdn.example.com/a.png">302-1234567-1234567</p>',
        MODIFY,
        [insecure('<img src="http://cdn.example.com/a.png">')],
        "<p>Nr. 0 302-1234567-1234567</p>",
        **HTML,
    ),
    fix_row(
        "amazon.content.insecure_image-https-image-kept",
        f"<p>Danke.</p>{LOGO}",
        ALLOW,
        [],
        f"<p>Danke.</p>{LOGO}",
        **HTML,
    ),
]


@pytest.mark.parametrize(FIX_NAMES, INSECURE_IMAGE_ROWS)
def test_insecure_image(body, given, verdict, findings, fixed_subject, fixed_body):
    assert_fix_row(body, given, verdict, findings, fixed_subject, fixed_body)


# --- amazon.content.linked_image -----------------------------------------------------------

LINKED_IMAGE = "amazon.content.linked_image"
DHL = '<a href="https://www.dhl.de/track?id=1">'


def linked(text: str) -> Any:
    return finding(LINKED_IMAGE, text)


LINKED_IMAGE_ROWS = [
    row(
        "amazon.content.linked_image-logo-in-a-carrier-link",
        f"<p>Danke.</p>{DHL}{LOGO}</a>",
        REJECT,
        [linked(LOGO)],
        **HTML,
    ),
    row(
        "amazon.content.linked_image-logo-in-a-shop-link",
        f'<p>Danke.</p><a href="https://meinshop.de">{LOGO}</a>',
        REJECT,
        [linked(LOGO), link("https://meinshop.de")],
        **HTML,
    ),
    row(
        "amazon.content.linked_image-image-among-inline-markup",
        f"<p>Danke.</p>{DHL}Sendung <b>verfolgen</b> {LOGO}</a>",
        REJECT,
        [linked(LOGO)],
        **HTML,
    ),
    row(
        "amazon.content.linked_image-upper-case-tags",
        '<p>Danke.</p><A HREF="https://www.dhl.de/x"><IMG SRC="https://cdn.example.com/a.png"></A>',
        REJECT,
        [linked('<IMG SRC="https://cdn.example.com/a.png">')],
        **HTML,
    ),
    row(
        "amazon.content.linked_image-every-image-in-the-link",
        f'<p>Danke.</p>{DHL}{LOGO}<img src="https://cdn.example.com/b.png"></a>',
        REJECT,
        [linked(LOGO), linked('<img src="https://cdn.example.com/b.png">')],
        **HTML,
    ),
    row(
        "amazon.content.linked_image-anchor-without-href-is-not-a-link",
        f'<p>Danke.</p><a name="top">{LOGO}</a>',
        ALLOW,
        [],
        **HTML,
    ),
    row(
        "amazon.content.linked_image-image-after-the-link-closes",
        f"<p>Danke.</p>{DHL}DHL</a>{LOGO}",
        ALLOW,
        [],
        **HTML,
    ),
]


@pytest.mark.parametrize(ROW_NAMES, LINKED_IMAGE_ROWS)
def test_linked_image(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


def test_emoji_in_an_attribute_is_not_shown_so_neither_reported_nor_cut():
    body = '<p>Danke.</p><a href="https://www.dhl.de/t"><img alt="😀" src="https://x.de/l.png"></a>'
    sent, decision = checked(body, **HTML)
    assert [f.rule for f in decision.findings] == ["amazon.content.linked_image"]
    assert decision.findings[0].span.start == sent.message.body.index("<img")


def test_linked_image_not_reported_for_a_pixel_its_fix_removed():
    sent, decision = checked(f"<p>Danke.</p>{DHL}{PIXEL}</a>", **HTML)
    assert (decision.verdict, seen(sent, decision)) == (MODIFY, [pixel(PIXEL)])


_PARAGRAPHS = (
    "Thank you for your patience with the late delivery",
    "We have added a free sample to your parcel",
    "If you have a moment, we would appreciate an honest review",
)


@pytest.mark.parametrize(
    ("body", "given"),
    [
        pytest.param("\n".join(_PARAGRAPHS), {}, id="text-lines"),
        pytest.param("".join(f"<p>{line}</p>" for line in _PARAGRAPHS), HTML, id="html-paragraphs"),
        pytest.param("<br>".join(_PARAGRAPHS), HTML, id="html-line-breaks"),
    ],
)
def test_paragraphs_and_line_breaks_end_a_sentence_as_a_line_does(body, given):
    """A gift in one paragraph and an honest review ask in the next are two sentences, in
    HTML as in text: a block tag read as a blank would join them into one."""
    sent, decision = checked(body, marketplace="UK", **REVIEW_REQUEST, **given)
    assert (decision.verdict, seen(sent, decision)) == (ALLOW, [])


_BESIDE = (
    "Vielen Dank für Ihre Geduld",
    "Als Entschuldigung legen wir einen Gutschein bei",
    "Über eine ehrliche Bewertung freuen wir uns",
)


@pytest.mark.parametrize(
    ("body", "given"),
    [
        pytest.param("\n".join(_BESIDE), {}, id="text-lines"),
        pytest.param("\n  \n".join(_BESIDE), {}, id="text-blank-lines-with-spaces"),
        pytest.param("".join(f"<p>{line}</p>" for line in _BESIDE), HTML, id="html-paragraphs"),
        pytest.param("<br>".join(_BESIDE), HTML, id="html-line-breaks"),
    ],
)
def test_the_sentence_beside_a_review_ask_is_the_next_one_written_whatever_the_blanks(body, given):
    """An incentive in the sentence before a review ask ties them, whatever blanks (a blank
    line, the markup of a paragraph) stand between the two."""
    sent, decision = checked(body, **REVIEW_REQUEST, **given)
    assert (decision.verdict, [f.rule for f in seen(sent, decision)]) == (
        REJECT,
        ["amazon.content.review_manipulation"],
    )


# --- amazon.content.centered_text ----------------------------------------------------------

CENTERED = "amazon.content.centered_text"


def centered(text: str) -> Any:
    return finding(CENTERED, text, severity="warning")


CENTERED_TEXT_ROWS = [
    row(
        "amazon.content.centered_text-center-element",
        "<center>Danke.</center>",
        ALLOW,
        [centered("<center>")],
        **HTML,
    ),
    row(
        "amazon.content.centered_text-align-attribute",
        '<p align="center">Danke.</p>',
        ALLOW,
        [centered('<p align="center">')],
        **HTML,
    ),
    row(
        "amazon.content.centered_text-css-text-align",
        '<p style="text-align: center">Danke.</p>',
        ALLOW,
        [centered('<p style="text-align: center">')],
        **HTML,
    ),
    row(
        "amazon.content.centered_text-upper-case-css",
        '<div style="TEXT-ALIGN: CENTER">Danke.</div>',
        ALLOW,
        [centered('<div style="TEXT-ALIGN: CENTER">')],
        **HTML,
    ),
    row(
        "amazon.content.centered_text-table-cell",
        '<table><tr><td align="CENTER">Danke.</td></tr></table>',
        ALLOW,
        [centered('<td align="CENTER">')],
        **HTML,
    ),
    row(
        "amazon.content.centered_text-reported-once",
        '<center>Danke.</center><p style="text-align:center">Bis bald.</p>',
        ALLOW,
        [centered("<center>")],
        **HTML,
    ),
    row(
        "amazon.content.centered_text-left-aligned",
        '<p style="text-align:left">Danke.</p>',
        ALLOW,
        [],
        **HTML,
    ),
    row(
        "amazon.content.centered_text-the-word-center-in-text",
        "<p>Das Paket liegt im Service-Center; text-align: center ist kein Stil hier.</p>",
        ALLOW,
        [],
        **HTML,
    ),
]


@pytest.mark.parametrize(ROW_NAMES, CENTERED_TEXT_ROWS)
def test_centered_text(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


# --- amazon.content.font_sizes -------------------------------------------------------------

FONT_SIZES = finding("amazon.content.font_sizes", None, severity="warning")
H1_TO_H3 = "<h1>A</h1><h2>B</h2><h3>C</h3>"

FONT_SIZES_ROWS = [
    row("amazon.content.font_sizes-three-headings", H1_TO_H3, ALLOW, [], **HTML),
    row(
        "amazon.content.font_sizes-four-headings",
        H1_TO_H3 + "<h4>D</h4>",
        ALLOW,
        [FONT_SIZES],
        **HTML,
    ),
    row(
        "amazon.content.font_sizes-same-size-counted-once",
        '<span style="font-size:12px">a</span><span style="font-size: 12px">b</span>'
        '<span style="font-size:14pt">c</span><font size="3">d</font>',
        ALLOW,
        [],
        **HTML,
    ),
    row(
        "amazon.content.font_sizes-css-among-other-properties",
        '<p style="color:red; font-size: 10px; font-weight:bold">a</p>'
        '<p style="font-size:11px">b</p><p style="font-size:1em">c</p>'
        '<p style="font-size:large">d</p>',
        ALLOW,
        [FONT_SIZES],
        **HTML,
    ),
    row(
        "amazon.content.font_sizes-headings-css-and-font-element",
        '<h1>A</h1><h2>B</h2><p style="font-size:12px">C</p><font size="5">D</font>',
        ALLOW,
        [FONT_SIZES],
        **HTML,
    ),
    row(
        "amazon.content.font_sizes-closing-tags-do-not-count",
        "<h1>A</h1><p>B</p>",
        ALLOW,
        [],
        **HTML,
    ),
]


@pytest.mark.parametrize(ROW_NAMES, FONT_SIZES_ROWS)
def test_font_sizes(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)
