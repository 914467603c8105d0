"""The `presend` command: `presend lint` checks message templates, `presend check` one request,
both offline on the engine (no server), with the rule settings of the environment
(PRESEND_RULES, PRESEND_LINK_ALLOWLIST, PRESEND_DEFAULT_EDITION) as the service has them."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from service.config import ConfigError, Settings
from service.engine import Verdict, evaluate
from service.http.body import parse_json
from service.http.errors import Problem, invalid_document, problem_document
from service.http.schemas import (
    RequestInvalid,
    dump_decision,
    load_check_request,
    load_platform,
    platform_of_check,
)
from service.ids import new_id
from service.lint import report
from service.lint.document import TemplateError
from service.lint.linter import Options, Result, lint
from service.platforms import Platforms, check_rule_settings, load_platforms

# Exit statuses: 0 nothing blocks, 1 a message would be rejected, 2 the input is unusable.
OK, REJECTED, UNUSABLE = 0, 1, 2
_HTML_SUFFIXES = (".html", ".htm")


def _version() -> str:
    try:
        return metadata.version("presend")
    except metadata.PackageNotFoundError:
        return "unknown"


def _opted_out(value: str) -> bool | None:
    choices = {"true": True, "false": False, "unknown": None}
    if value.lower() not in choices:
        raise argparse.ArgumentTypeError("must be true, false or unknown")
    return choices[value.lower()]


def parser() -> argparse.ArgumentParser:
    """The command line: `presend lint …` and `presend check …`."""
    top = argparse.ArgumentParser(
        prog="presend", description="Check buyer messages offline, as the presend service does."
    )
    top.add_argument("--version", action="version", version=f"presend {_version()}")
    commands = top.add_subparsers(dest="command", required=True)

    lint_command = commands.add_parser(
        "lint",
        help="check message templates with sample values in their placeholders",
        description="Render each template with sample values (an order number where a "
        "placeholder names an order, a date, a name, ...) and check it as a real message. "
        "Exit status: 0 nothing blocks, 1 a template would be rejected, 2 unusable input.",
        epilog="The subject can be in the file: YAML front matter with 'subject: ...' "
        "between two '---' lines, or a first line 'Subject: ...' (or 'Betreff: ...') "
        "followed by an empty line.",
    )
    lint_command.add_argument(
        "templates",
        nargs="+",
        metavar="TEMPLATE",
        help="files with {{ }}/{%% %%} (Twig, Jinja, Liquid), {$...} (Smarty), [%% %%], %%name%% "
        "or ${...} placeholders",
    )
    lint_command.add_argument(
        "--platform", help="amazon (the default), ebay, ...: whose rules the templates follow"
    )
    lint_command.add_argument("--marketplace", required=True, help="DE, UK, US, ...")
    lint_command.add_argument(
        "--reason",
        help="contact reason, e.g. invoice (required where the platform's reasons are a closed "
        "list, as on Amazon)",
    )
    lint_command.add_argument(
        "--status", help="order status (default: the first in which the reason is allowed)"
    )
    lint_command.add_argument(
        "--channel", help="how the message is sent (default: the platform's first channel)"
    )
    lint_command.add_argument("--edition", help="rule edition (default: the service's)")
    lint_command.add_argument(
        "--opted-out",
        type=_opted_out,
        default=None,
        metavar="true|false|unknown",
        help="whether the buyer opted out of unsolicited messages (default: unknown)",
    )
    lint_command.add_argument(
        "--subject", help="the subject, for templates that hold only the body"
    )
    lint_command.add_argument(
        "--body-format",
        choices=["text", "html"],
        help="default: html for *.html and *.htm files (also *.html.twig), text otherwise",
    )
    lint_command.add_argument("--format", choices=["text", "json", "sarif"], default="text")
    lint_command.add_argument(
        "--language", choices=["en", "de"], default="en", help="language of the findings"
    )

    check_command = commands.add_parser(
        "check",
        help="run one check from a JSON file (the API's request) and print the API's answer",
        description="Exit status: 0 allow or modify, 1 reject, 2 the request is invalid "
        "(the problem document is printed as the API would answer it).",
    )
    check_command.add_argument("request", metavar="REQUEST.json", help="a file, or - for stdin")
    check_command.add_argument(
        "--language", choices=["en", "de"], default="en", help="language of the findings"
    )
    return top


def _body_format(path: str, given: str | None) -> str:
    if given:
        return given
    name = Path(path).name.lower()
    return "html" if any(f"{suffix}." in name + "." for suffix in _HTML_SUFFIXES) else "text"


def _invalid(errors: list[dict[str, str]]) -> str:
    return "; ".join(f"{e['field']}: {e['message']}" for e in errors)


def run_lint(
    args: argparse.Namespace, settings: Settings, platforms: Platforms, out: TextIO
) -> int:
    """Lint every template; print the results in the chosen format."""
    try:
        pack = load_platform(args.platform, platforms, field="--platform")
    except RequestInvalid as error:
        print(f"presend lint: {_invalid(error.errors)}", file=sys.stderr)
        return UNUSABLE
    status = OK
    results: list[Result] = []
    edition = platforms.edition_of(pack, settings.default_edition).id
    for path in args.templates:
        options = Options(
            marketplace=args.marketplace,
            reason=args.reason,
            status=args.status,
            channel=args.channel,
            edition=args.edition,
            opted_out=args.opted_out,
            subject=args.subject,
            body_format=_body_format(path, args.body_format),
        )
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
            results.append(lint(path, text, options, pack, edition, settings.rules))
        except (OSError, UnicodeDecodeError) as error:
            print(f"presend lint: {path}: cannot read: {error}", file=sys.stderr)
            status = UNUSABLE
        except TemplateError as error:
            print(f"presend lint: {path}: {error}", file=sys.stderr)
            status = UNUSABLE
        except RequestInvalid as error:
            print(f"presend lint: {path}: {_invalid(error.errors)}", file=sys.stderr)
            status = UNUSABLE
    if args.format == "sarif":
        out.write(report.sarif(results, pack, args.language, _version()))
    elif args.format == "json":
        out.write(report.as_json(results, args.language))
    else:
        out.write(report.text(results, args.language))
    if status == OK and any(report.blocking(result) for result in results):
        status = REJECTED
    return status


def _print(document: dict[str, Any], out: TextIO) -> None:
    out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def run_check(
    args: argparse.Namespace,
    settings: Settings,
    platforms: Platforms,
    out: TextIO,
    stdin: BinaryIO,
) -> int:
    """One check from a file (its `platform` chooses the pack, as in the API): the API's
    answer on stdout."""
    try:
        raw = stdin.read() if args.request == "-" else Path(args.request).read_bytes()
    except OSError as error:
        print(f"presend check: {args.request}: cannot read: {error}", file=sys.stderr)
        return UNUSABLE
    try:
        payload = parse_json(raw)
        pack = platform_of_check(payload, platforms)
        edition = platforms.edition_of(pack, settings.default_edition).id
        check = load_check_request(payload, pack, edition, now=datetime.now(UTC))
    except Problem as problem:
        _print(problem_document(problem.status, problem.title, problem.detail, problem.slug), out)
        return UNUSABLE
    except RequestInvalid as error:
        _print(invalid_document(error), out)
        return UNUSABLE
    decision = evaluate(check, pack, settings.rules)
    _print(dump_decision(decision, new_id(), args.language), out)
    return REJECTED if decision.verdict is Verdict.REJECT else OK


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, stdin: BinaryIO | None = None
) -> int:
    """Run the command line; the exit status."""
    args = parser().parse_args(argv)
    try:
        settings = Settings.from_env()
        platforms = load_platforms()
        check_rule_settings(settings, platforms)
    except ConfigError as error:
        print(f"presend: {error}", file=sys.stderr)
        return UNUSABLE
    pack = platforms.default
    if settings.default_edition and settings.default_edition not in pack.editions:
        print(
            f"presend: PRESEND_DEFAULT_EDITION={settings.default_edition!r} is not one of "
            f"{', '.join(pack.editions)}",
            file=sys.stderr,
        )
        return UNUSABLE
    out = out or sys.stdout
    if args.command == "lint":
        return run_lint(args, settings, platforms, out)
    return run_check(args, settings, platforms, out, stdin or sys.stdin.buffer)


def entry_point() -> None:
    """The console script."""
    sys.exit(main())
