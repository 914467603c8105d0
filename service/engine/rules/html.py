"""Rules on HTML bodies: none on the API channel; in e-mails no tracking pixels, no http:
images, no linked images, and a plain layout."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from service.engine.draft import BODY, Draft
from service.engine.model import BodyFormat, Severity
from service.engine.rule import Report, rule
from service.engine.rules import sources
from service.engine.scan import edits, markup

_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_STYLE_SIZE = re.compile(r"(width|height)\s*:\s*(\d+(?:\.\d+)?)\s*px", re.IGNORECASE)
_CENTRED = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)
_FONT_SIZE = re.compile(r"font-size\s*:\s*([^;\"']+)", re.IGNORECASE)
_MAX_FONT_SIZES = 3


Flagged = Callable[[markup.Tag], bool]


def _pixels(value: str) -> float | None:
    """A width or height in pixels ("1", "1px"), None when it is not one."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*", value)
    return float(match.group(1)) if match else None


def _is_pixel(tag: markup.Tag) -> bool:
    style = tag.attributes.get("style", "")
    size = {name: tag.attributes.get(name, "") for name in ("width", "height")}
    size.update((name.lower(), value) for name, value in _STYLE_SIZE.findall(style))
    width, height = _pixels(size["width"]), _pixels(size["height"])
    tiny = width is not None and height is not None and width <= 1 and height <= 1
    return tiny or bool(_HIDDEN.search(style))


def _without_images(draft: Draft, flagged: Flagged) -> str:
    """The body as fixed so far, without the <img> tags this rule flags."""
    current = [t for t in draft.html_tags(current=True) if t.name == "img" and flagged(t)]
    return edits.cut(draft.body, [t.span for t in current], keep_apart=False)


@rule(
    "content.html_on_api",
    Severity.ERROR,
    reference=sources.MESSAGING_API,
    en="The Messaging API takes plain text only; '{found}' is HTML.",
    de="Die Messaging-API nimmt nur reinen Text; '{found}' ist HTML.",
)
def html_on_api(draft: Draft) -> Iterator[Report]:
    """HTML markup (or an HTML body) on a channel without HTML (sp_api), in a body that is
    sent."""
    if draft.channel.html or not draft.body_is_sent:
        return
    body = draft.request.message.body
    tags = markup.find_tags(body)
    if tags:
        first = tags[0].span
        yield Report(BODY, span=first, params={"found": body[first.start : first.end]})
    elif draft.request.message.body_format is BodyFormat.HTML:
        yield Report("message.body_format", params={"found": "body_format: html"})


def _image_rule_reports(draft: Draft, flagged: Flagged) -> Iterator[Report]:
    if not draft.channel.html:
        return
    tags = draft.html_tags()
    images = [t for t in tags if t.name == "img" and flagged(t)]
    if images:
        # Markup past MAX_TAGS is not read, so it cannot be cleaned: no fix then.
        fixed = _without_images(draft, flagged) if len(tags) < markup.MAX_TAGS else None
        body = draft.request.message.body
        for tag in images:
            yield Report(
                BODY,
                span=tag.span,
                fix=fixed,
                params={"found": body[tag.span.start : tag.span.end][:80]},
            )


@rule(
    "content.tracking_pixel",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    fixable=True,
    en="'{found}' is a tracking pixel (a 1x1 or hidden image); tracking buyers is not allowed.",
    de="'{found}' ist ein Zählpixel (ein 1x1- oder verstecktes Bild); Käufer zu verfolgen ist "
    "nicht erlaubt.",
)
def tracking_pixel(draft: Draft) -> Iterator[Report]:
    """1x1 or hidden images, removed."""
    yield from _image_rule_reports(draft, _is_pixel)


def _insecure(tag: markup.Tag) -> bool:
    return tag.attributes.get("src", "").strip().lower().startswith("http:")


@rule(
    "content.insecure_image",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    fixable=True,
    en="'{found}' loads an image over plain http:, which Amazon does not deliver.",
    de="'{found}' lädt ein Bild über unverschlüsseltes http:, das Amazon nicht zustellt.",
)
def insecure_image(draft: Draft) -> Iterator[Report]:
    """Images with an http: source, removed."""
    yield from _image_rule_reports(draft, _insecure)


@rule(
    "content.linked_image",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{found}' is an image that links somewhere (a logo with a link); not allowed.",
    de="'{found}' ist ein verlinktes Bild (etwa ein Logo mit Link); das ist nicht erlaubt.",
)
def linked_image(draft: Draft) -> Iterator[Report]:
    """Images inside a link; not the tracking pixels and http: images, which their own rules
    report (and remove)."""
    body = draft.request.message.body
    open_links = 0
    for tag in draft.html_tags():
        if tag.name == "a" and not tag.closing and "href" in tag.attributes:
            open_links += 1
        elif tag.name == "a" and tag.closing:
            open_links = max(open_links - 1, 0)
        elif tag.name == "img" and open_links and not (_is_pixel(tag) or _insecure(tag)):
            found = body[tag.span.start : tag.span.end][:80]
            yield Report(BODY, span=tag.span, params={"found": found})


@rule(
    "content.centered_text",
    Severity.WARNING,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="Centred text makes a message look like an advertisement; keep it left-aligned.",
    de="Zentrierter Text lässt eine Nachricht wie Werbung aussehen; richten Sie ihn links aus.",
)
def centered_text(draft: Draft) -> Iterator[Report]:
    """<center>, align="center" or text-align: center (reported once)."""
    for tag in draft.html_tags():
        if not tag.closing and (
            tag.name == "center"
            or tag.attributes.get("align", "").lower() == "center"
            or _CENTRED.search(tag.attributes.get("style", ""))
        ):
            yield Report(BODY, span=tag.span)
            return


@rule(
    "content.font_sizes",
    Severity.WARNING,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="The message uses {count} font sizes; more than three looks like an advertisement.",
    de="Die Nachricht verwendet {count} Schriftgrößen; mehr als drei wirken wie Werbung.",
)
def font_sizes(draft: Draft) -> Iterator[Report]:
    """More than three distinct font sizes (CSS font-size, <font size>, headings)."""
    sizes: set[str] = set()
    for tag in draft.html_tags():
        if tag.closing:
            continue
        sizes.update(s.strip().lower() for s in _FONT_SIZE.findall(tag.attributes.get("style", "")))
        if tag.name == "font" and "size" in tag.attributes:
            sizes.add(f"font:{tag.attributes['size'].strip()}")
        if re.fullmatch(r"h[1-6]", tag.name):
            sizes.add(tag.name)
    if len(sizes) > _MAX_FONT_SIZES:
        yield Report(BODY, params={"count": len(sizes)})


RULES = (html_on_api, linked_image, centered_text, font_sizes)
FIXES = (tracking_pixel, insecure_image)
