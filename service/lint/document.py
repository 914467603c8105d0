"""A template file: where its subject and body are.

Two conventions put the subject in the same file as the body:

- YAML front matter: the file starts with a `---` line, then `subject: …`, then a `---` line;
  the body is everything after it.
- A first line `Subject: …` (or `Betreff:`, `Objet:`, `Oggetto:`, `Asunto:`, `Onderwerp:`,
  `Ämne:`, `Temat:`) followed by an empty line; the body starts after the empty line.

Otherwise the whole file is the body.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import re2
import yaml

_SUBJECT_LINE = re2.compile(
    r"\A(?i:subject|betreff|objet|oggetto|asunto|onderwerp|ämne|temat)[ \t]*:[ \t]*"
    r"([^\r\n]*?)[ \t]*\r?\n[ \t]*\r?\n"
)
_FRONT_MATTER = re2.compile(r"(?m)\A---[ \t]*\r?\n((?s:.*?))^(?:---|\.\.\.)[ \t]*(?:\r?\n|\z)")
FRONT_MATTER_KEYS = ("subject",)


class TemplateError(ValueError):
    """The file cannot be read as a template; the message says where and why."""


@dataclass(frozen=True)
class Part:
    """A part of the file: its text and where it starts in the file (a character offset)."""

    text: str
    start: int


@dataclass(frozen=True)
class TemplateFile:
    """A template's text split into its subject (if the file has one) and body."""

    text: str
    subject: Part | None
    body: Part


def _front_matter(text: str, match: Any) -> TemplateFile:
    raw = match.group(1)
    offset = match.start(1)
    try:
        node = yaml.compose(raw)
    except yaml.YAMLError as error:
        raise TemplateError(f"the front matter is not YAML: {error}") from None
    body = Part(text[match.end() :], match.end())
    if node is None:
        return TemplateFile(text, None, body)
    if not isinstance(node, yaml.MappingNode):
        raise TemplateError("the front matter is not a mapping such as 'subject: …'")
    subject = None
    for key, value in node.value:
        if key.value not in FRONT_MATTER_KEYS:
            raise TemplateError(
                f"unknown front-matter key '{key.value}' (known: {', '.join(FRONT_MATTER_KEYS)})"
            )
        if not isinstance(value, yaml.ScalarNode):
            raise TemplateError("the front matter's subject is not a line of text")
        start = value.start_mark.index + (1 if value.style in ("'", '"') else 0)
        # Columns are exact where the value is written as it reads (no escapes or folds).
        subject = Part(value.value, offset + start)
    return TemplateFile(text, subject, body)


def parse(text: str) -> TemplateFile:
    """Find the subject and the body of a template file's text."""
    front = _FRONT_MATTER.search(text)
    if front:
        return _front_matter(text, front)
    line = _SUBJECT_LINE.search(text)
    if line:
        subject = Part(line.group(1), line.start(1))
        return TemplateFile(text, subject, Part(text[line.end() :], line.end()))
    return TemplateFile(text, None, Part(text, 0))
