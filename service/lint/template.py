"""A message template as the buyer would read it: placeholders replaced by sample values,
control tags removed, and every character of the result traced back to the template.

The placeholder syntaxes are the ones sellers' systems use: `{{ … }}` and `{% … %}` (Twig,
Jinja, Liquid: Shopware, plentymarkets, JTL-Wawi), `{$…}` and `{if …}…{/if}` (Smarty:
JTL-Shop), `[% … %]` (Template Toolkit), `%name%` and `${…}`. Of a conditional only the first
branch is kept and a loop's body is read once, as one real message would have it; a line that
holds nothing but control tags disappears with its line break, as Twig's and Jinja's
`trim_blocks` have it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import re2

# One alternative per syntax; leftmost-first, so comments and control tags win over output.
_TOKEN = re2.compile(
    r"(?s)(?P<comment>\{#.*?#\}|\{\*.*?\*\})"
    r"|(?P<tag>\{%.*?%\})"
    r"|(?P<toolkit>\[%.*?%\])"
    r"|(?P<output>\{\{.*?\}\})"
    r"|(?P<dollar>\$\{[^{}\n]*\})"
    r"|(?P<smarty>\{\$[^{}\n]*\})"
    r"|(?P<smarty_tag>\{/?(?:if|elseif|else|foreach|foreachelse|section|sectionelse|while"
    r"|assign|include|capture|literal|strip|block|function|nocache)\b[^{}\n]*\})"
    r"|(?P<percent>%[A-Za-z_][A-Za-z0-9_.:-]*%)"
)
_DELIMITERS = {
    "tag": (2, 2),
    "toolkit": (2, 2),
    "output": (2, 2),
    "dollar": (2, 1),
    "smarty": (1, 1),
    "smarty_tag": (1, 1),
    "percent": (1, 1),
}
_WHITESPACE_CONTROL = "-~+ \t\r\n"

# Control keywords (lower case). Openers start a block that an `end…`, `/…` or `END` closes;
# the hidden ones produce no text (comments, captured or assigned blocks, macros).
_OPENERS = frozenset(
    [
        "if",
        "unless",
        "case",
        "for",
        "foreach",
        "section",
        "while",
        "block",
        "capture",
        "comment",
        "raw",
        "verbatim",
        "with",
        "autoescape",
        "spaceless",
        "trans",
        "filter",
        "macro",
        "embed",
        "apply",
        "strip",
        "literal",
        "nocache",
        "function",
        "wrapper",
        "set",
    ]
)
_HIDDEN = frozenset({"comment", "capture", "macro", "function", "set", "case"})
_BRANCHES = frozenset(
    {"elif", "elseif", "elsif", "else", "when", "foreachelse", "sectionelse", "forelse", "empty"}
)
_STATEMENTS = frozenset(
    [
        "assign",
        "include",
        "extends",
        "import",
        "from",
        "use",
        "do",
        "cycle",
        "increment",
        "decrement",
        "echo",
        "layout",
        "render",
        "tablerow",
        "break",
        "continue",
        "call",
        "process",
        "insert",
        "default",
    ]
)


@dataclass(frozen=True)
class Placeholder:
    """One output placeholder of the template, and the sample text that stands for it."""

    start: int
    end: int
    expression: str
    sample: str


@dataclass(frozen=True)
class Rendered:
    """Text as the buyer reads it; `starts[i]`/`ends[i]` are the template range that produced
    its i-th character (a whole placeholder for each character of its sample)."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def source(self, start: int, end: int) -> tuple[int, int]:
        """The template range behind the rendered range [start, end)."""
        if not self.text:
            return (self.starts[0], self.starts[0]) if self.starts else (0, 0)
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        return self.starts[start], self.ends[end - 1]


@dataclass
class _Frame:
    keyword: str
    showing: bool
    branches: int = 0


def _keyword(inner: str) -> str:
    words = inner.strip(_WHITESPACE_CONTROL).split(None, 1)
    return words[0].lower() if words else ""


def _control(kind: str, inner: str) -> str | None:
    """The control keyword of a tag, or None when the tag prints a value."""
    if kind in {"tag", "smarty_tag"}:
        return _keyword(inner) or "comment"
    if kind == "toolkit":
        word = _keyword(inner)
        control = word in _OPENERS | _BRANCHES | _STATEMENTS or word == "end"
        return word if control else None
    return None


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start of the line that holds `start` and the end (after its line break) of the
    line that holds `end - 1`."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", max(end - 1, start))
    return line_start, len(text) if line_end < 0 else line_end + 1


def render(
    text: str,
    sample: Callable[[str], str],
    base: int = 0,
) -> tuple[Rendered, tuple[Placeholder, ...]]:
    """The template `text` with each placeholder replaced by `sample(expression)`; offsets in
    the result map to `base + offset` in the file the text came from."""
    tokens = [(m.lastgroup, m.start(), m.end()) for m in _TOKEN.finditer(text)]
    dropped = _control_only_lines(text, tokens)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    placeholders: list[Placeholder] = []
    stack: list[_Frame] = []

    def showing() -> bool:
        return all(frame.showing for frame in stack)

    def emit_literal(begin: int, finish: int) -> None:
        if not showing():
            return
        for offset in range(begin, finish):
            if offset not in dropped:
                out.append(text[offset])
                starts.append(base + offset)
                ends.append(base + offset + 1)

    position = 0
    for kind, start, end in tokens:
        emit_literal(position, start)
        position = end
        if kind == "comment" or kind is None:
            continue
        opening, closing = _DELIMITERS[kind]
        inner = text[start + opening : end - closing]
        control = _control(kind, inner)
        if control is None:
            if showing():
                expression = inner.strip(_WHITESPACE_CONTROL)
                value = sample(expression)
                placeholders.append(Placeholder(base + start, base + end, expression, value))
                out.append(value)
                starts.extend([base + start] * len(value))
                ends.extend([base + end] * len(value))
            continue
        _apply_control(control, inner, stack)
    emit_literal(position, len(text))
    rendered = Rendered("".join(out), tuple(starts), tuple(ends))
    if not rendered.text:
        rendered = Rendered("", (base,), (base,))
    return rendered, tuple(placeholders)


def _apply_control(control: str, inner: str, stack: list[_Frame]) -> None:
    if control.startswith(("/", "end")):
        if stack:
            stack.pop()
    elif control in _BRANCHES:
        if stack:
            frame = stack[-1]
            # A Liquid `case` shows its first `when`; every other construct only its first
            # branch (a loop's `else` is for an empty list).
            frame.showing = frame.keyword == "case" and frame.branches == 0
            frame.branches += 1
    elif control in _STATEMENTS or (control == "set" and "=" in inner):
        return
    elif control in _OPENERS:
        stack.append(_Frame(control, control not in _HIDDEN))


def _control_only_lines(text: str, tokens: list[tuple[str | None, int, int]]) -> set[int]:
    """Offsets of the lines that hold only control tags and comments (and white space)."""
    controls = []
    for kind, start, end in tokens:
        if kind is None:
            continue
        opening, closing = _DELIMITERS.get(kind, (0, 0))
        if kind == "comment" or _control(kind, text[start + opening : end - closing]):
            controls.append((start, end))
    covered = bytearray(len(text))
    for start, end in controls:
        covered[start:end] = b"\x01" * (end - start)
    dropped: set[int] = set()
    for start, end in controls:
        line_start, line_end = _line_bounds(text, start, end)
        if line_start not in dropped and all(
            covered[offset] or text[offset].isspace() for offset in range(line_start, line_end)
        ):
            dropped.update(range(line_start, line_end))
    return dropped
