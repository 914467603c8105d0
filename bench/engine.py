"""In-process benchmarks: the engine alone, and the request path without HTTP.

The engine part times `evaluate()` on requests already validated; the request path adds what
the view does around it (JSON parse, schema load, schema dump, JSON encode, the log line), each
also timed alone, so the cost of marshmallow and logging is visible next to the rules'.
"""

from __future__ import annotations

import io
import itertools
import logging
import os
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial
from typing import Any

from flask import Flask, g
from werkzeug.test import EnvironBuilder

from bench.report import Part, Row, at_most
from bench.requests import (
    API_KEY,
    BATCH_SIZE,
    KB,
    MIXED,
    MODIFY,
    SIZES,
    VARIED_CORPORA,
    Sample,
    batch_payloads,
    corpus_payloads,
    encode,
    sized,
)
from bench.timing import Samples, measure, once
from service.engine import CheckRequest, Decision, RulePolicy, evaluate
from service.engine import rules as rule_modules
from service.engine.rule import Rule
from service.http import request_id
from service.http.body import parse_json
from service.http.checks import Asked, decide
from service.http.runtime import runtime
from service.http.schemas import dump_decision, load_check_request
from service.logs import json_formatter
from service.packs import Pack, load_pack

Rules = tuple[Rule, ...]
ENGINE = "engine"
PATH = "request path"


def rule_sets() -> dict[str, Rules]:
    """The rule sets of issue 5: core (CORE_RULES) and all (RULES, what the service runs)."""
    every: Rules = rule_modules.RULES
    core: Rules = getattr(rule_modules, "CORE_RULES", every)
    return {"core": core, "all": every} if core != every else {"core": core}


def validated(sample: Sample, pack: Pack) -> CheckRequest:
    """A sample as the engine receives it: loaded and resolved by the wire schema."""
    return load_check_request(sample.payload, pack, pack.default_edition, now=datetime.now(UTC))


def _cycling(calls: Sequence[Callable[[], object]]) -> Callable[[], object]:
    """One call that runs the given calls in turn, for a mixed set."""
    turn = itertools.cycle(calls)
    return lambda: next(turn)()


def time_engine(samples: Sequence[Sample], pack: Pack, rules: Rules, seconds: float) -> Samples:
    """Time evaluate() over the samples in turn, with the given rules and default policy."""
    policy = RulePolicy()
    checks = [validated(sample, pack) for sample in samples]
    calls = [partial(evaluate, check, pack, policy, rules) for check in checks]
    return measure(_cycling(calls), seconds)


def _engine_rows(
    name: str, rules: Rules, pack: Pack, seconds: float
) -> tuple[list[Row], dict[str, Any]]:
    """Rows for one rule set: the 2 KB message, the mixed set, and 1/10/100 KB bodies."""
    # Issue 13: core rules p50 <= 30 µs, all rules <= 120 µs on the 2 KB message.
    target = at_most(30 if name == "core" else 120)
    two = time_engine([MODIFY], pack, rules, seconds)
    mixed = time_engine(MIXED, pack, rules, seconds)
    by_size = {size: time_engine([sized(size)], pack, rules, seconds) for size in SIZES}
    ratio = by_size[SIZES[-1]].p50_us / by_size[SIZES[0]].p50_us
    label = f"{name} rules ({len(rules)})"
    rows = [
        Row(ENGINE, f"2 KB message, {label}, p50", two.p50_us, "µs", target),
        Row(ENGINE, f"2 KB message, {label}, p99", two.p99_us, "µs"),
        Row(ENGINE, f"2 KB message, {label}, checks/s", two.per_second, "/s"),
        Row(ENGINE, f"mixed set of {len(MIXED)}, {name} rules, p50", mixed.p50_us, "µs"),
        Row(ENGINE, f"mixed set of {len(MIXED)}, {name} rules, p99", mixed.p99_us, "µs"),
        *(
            Row(ENGINE, f"{size // KB} KB body, {name} rules, p50", timing.p50_us, "µs")
            for size, timing in by_size.items()
        ),
        Row(ENGINE, f"100 KB / 1 KB cost, {name} rules", ratio, "x", at_most(120)),
    ]
    details = {
        "rules": [rule.id for rule in rules],
        "2kb": two.summary(),
        "mixed": mixed.summary(),
        "by_size": {f"{size // KB}kb": timing.summary() for size, timing in by_size.items()},
    }
    return rows, details


def time_varied(pack: Pack, rules: Rules) -> tuple[Samples, Samples]:
    """evaluate() once on each corpus message, new to the process, then once more on each. A
    service reads every message once; the mixed set's five, timed over and over, keep every
    RE2 DFA's states cached as real traffic never does."""
    policy = RulePolicy()
    now = datetime.now(UTC)
    checks = [
        load_check_request(payload, pack, pack.default_edition, now=now)
        for payload in corpus_payloads(VARIED_CORPORA)
    ]
    calls = [partial(evaluate, check, pack, policy, rules) for check in checks]
    return once(calls), once(calls)


def _varied_rows(pack: Pack, rules: Rules) -> tuple[list[Row], dict[str, Any]]:
    new, again = time_varied(pack, rules)
    label = f"{new.runs:,} corpus messages, all rules"
    rows = [
        Row(ENGINE, f"{label}, {when}, {statistic}", value, "µs")
        for when, samples in (("each new", new), ("each again", again))
        for statistic, value in (("p50", samples.p50_us), ("mean", samples.mean_us))
    ]
    return rows, {"new": new.summary(), "again": again.summary()}


def _missing_all_rules() -> list[Row]:
    """The all-rules target, not measurable until there are rules beyond the core ones."""
    return [
        Row(
            ENGINE,
            "2 KB message, all rules, p50",
            None,
            "µs",
            at_most(120),
            note="service.engine.rules has no CORE_RULES apart from RULES yet",
        )
    ]


def run_engine(seconds: float) -> Part:
    """Engine benchmarks for every rule set."""
    pack = load_pack()
    rows: list[Row] = []
    details: dict[str, Any] = {}
    sets = rule_sets()
    for name, rules in sets.items():
        set_rows, details[name] = _engine_rows(name, rules, pack, seconds)
        rows.extend(set_rows)
    if "all" not in sets:
        rows.extend(_missing_all_rules())
    else:
        varied_rows, details["varied"] = _varied_rows(pack, sets["all"])
        rows.extend(varied_rows)
    return Part(rows, details)


# The request path without HTTP ---------------------------------------------------------------


class RequestPath:
    """The view's work on a raw body, as separate stages: parse, load, evaluate, dump, encode,
    log; and as the service runs it all (`handle`: the view's own functions, without HTTP)."""

    def __init__(self, pack: Pack, rules: Rules):
        self.pack, self.rules, self.policy = pack, rules, RulePolicy()
        self.log = _quiet_json_logger()
        # jsonify() and decide() need an app context; one stays pushed for the path's life,
        # with the request id a request would have.
        self.app = bench_app()
        self.app.app_context().push()
        g.request_id = "00000000-0000-4000-8000-000000000001"

    def parse(self, raw: bytes) -> Any:
        """The body as JSON, as the service reads it (strict UTF-8, no duplicate keys)."""
        return parse_json(raw)

    def load(self, payload: Any) -> CheckRequest:
        """The wire schema's load, resolving codes against the pack."""
        return load_check_request(
            payload, self.pack, self.pack.default_edition, now=datetime.now(UTC)
        )

    def evaluate(self, check: CheckRequest) -> Decision:
        """The engine."""
        return evaluate(check, self.pack, self.policy, self.rules)

    def dump(self, decision: Decision) -> dict[str, Any]:
        """The response document."""
        return dump_decision(decision, "00000000-0000-4000-8000-000000000000", "en")

    def encode(self, document: dict[str, Any]) -> bytes:
        """The response body, as jsonify() writes it with the app's JSON provider."""
        return self.app.json.response(document).get_data()

    def log_line(self, decision: Decision) -> None:
        """One JSON log line with the fields the view logs, to /dev/null."""
        self.log.info("decision", extra=_log_fields(decision))

    def handle(self, raw: bytes) -> bytes:
        """The whole path as the view runs it, without HTTP: parse, then `decide` (load,
        evaluate, answer, log line to /dev/null), then encode."""
        return self.encode(decide(self.parse(raw), Asked(runtime(), request_id.current(), "en")))

    def handler(self, raw: bytes) -> Callable[[], bytes]:
        """A call handling this raw body."""
        return lambda: self.handle(raw)


def _quiet_json_logger() -> logging.Logger:
    """A logger formatting like the service's, writing to /dev/null."""
    logger = logging.getLogger("bench.presend")
    logger.handlers.clear()
    handler = logging.StreamHandler(open(os.devnull, "w"))  # noqa: SIM115 (lives with the process)
    handler.setFormatter(json_formatter())
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return logger


def _log_fields(decision: Decision) -> dict[str, Any]:
    """The fields of the view's decision log line."""
    request = decision.request
    return {
        "decision_id": "00000000-0000-4000-8000-000000000000",
        "request_id": "00000000-0000-4000-8000-000000000001",
        "verdict": decision.verdict.value,
        "rules": sorted({finding.rule for finding in decision.findings}),
        "marketplace": request.marketplace.code,
        "contact_reason": request.message.contact_reason.code,
        "channel": request.channel.name,
        "edition": request.edition.id,
        "duration_ms": 0.123,
    }


def time_stages(path: RequestPath, sample: Sample, seconds: float) -> dict[str, Samples]:
    """Each stage of the request path alone on one sample, and the whole path."""
    raw = sample.raw
    payload = path.parse(raw)
    check = path.load(payload)
    decision = path.evaluate(check)
    document = path.dump(decision)
    return {
        "json parse": measure(lambda: path.parse(raw), seconds),
        "schema load": measure(lambda: path.load(payload), seconds),
        "evaluate": measure(lambda: path.evaluate(check), seconds),
        "schema dump": measure(lambda: path.dump(decision), seconds),
        "json encode": measure(lambda: path.encode(document), seconds),
        "log line": measure(lambda: path.log_line(decision), seconds),
        "whole path": measure(lambda: path.handle(raw), seconds),
    }


HEADERS = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}


def bench_app() -> Flask:
    """The service's app with the benchmark's API key, logging to /dev/null."""
    from service.app import create_app
    from service.config import Settings

    app = create_app(Settings.from_env({"PRESEND_API_KEYS": API_KEY, "PRESEND_LEDGER": "off"}))
    silence(logging.getLogger("presend"))
    return app


def flask_posts(samples: Sequence[Sample]) -> list[Callable[[], object]]:
    """POST /v1/checks of each sample through Flask's test client (logs to /dev/null)."""
    client = bench_app().test_client()
    for sample in samples:
        status = client.post("/v1/checks", data=sample.raw, headers=HEADERS).status_code
        assert status == 200, f"test client answered {status} to {sample.name}"
    return [partial(client.post, "/v1/checks", data=s.raw, headers=HEADERS) for s in samples]


def wsgi_posts(samples: Sequence[Sample]) -> list[Callable[[], object]]:
    """POST /v1/checks of each sample straight into the WSGI app, as gunicorn's worker calls
    it (the environ built once; no test client), the body read to the end."""
    app = bench_app()
    calls = [_wsgi_post(app, "/v1/checks", sample.raw) for sample in samples]
    for call in calls:
        call()
    return calls


def wsgi_batch_post(sample: Sample) -> Callable[[], object]:
    """POST /v1/checks/batch of BATCH_SIZE copies of one sample straight into the WSGI app, as
    `wsgi_posts` sends a single check: what a batch item costs against the same check alone."""
    call = _wsgi_post(
        bench_app(), "/v1/checks/batch", encode({"checks": [sample.payload] * BATCH_SIZE})
    )
    call()
    return call


def _wsgi_post(app: Flask, path: str, raw: bytes) -> Callable[[], bytes]:
    """A call POSTing `raw` to `path` as gunicorn's worker calls the app, asserting a 200."""
    environ = EnvironBuilder(path, method="POST", headers=HEADERS, data=raw).get_environ()

    def post() -> bytes:
        statuses: list[str] = []
        call = {**environ, "wsgi.input": io.BytesIO(raw)}
        body = b"".join(app(call, lambda status, headers: statuses.append(status)))
        assert statuses == ["200 OK"], f"the app answered {statuses}"
        return body

    return post


def flask_batch_post(payload: dict[str, Any]) -> Callable[[], object]:
    """POST /v1/checks/batch of one batch through Flask's test client (logs to /dev/null)."""
    client = bench_app().test_client()
    body = encode(payload)
    status = client.post("/v1/checks/batch", data=body, headers=HEADERS).status_code
    assert status == 200, f"test client answered {status} to a batch"
    return partial(client.post, "/v1/checks/batch", data=body, headers=HEADERS)


def silence(logger: logging.Logger) -> None:
    """Point a logger's stream handlers at /dev/null (formatting still happens)."""
    for handler in logger.handlers:
        if isinstance(handler, logging.StreamHandler):
            handler.setStream(open(os.devnull, "w"))  # noqa: SIM115 (lives with the process)


def run_path(seconds: float) -> Part:
    """Request-path benchmarks with the service's rules: stages, mixed set, sizes, Flask."""
    pack = load_pack()
    path = RequestPath(pack, rule_modules.RULES)
    stages = time_stages(path, MODIFY, seconds)
    mixed = measure(_cycling([path.handler(sample.raw) for sample in MIXED]), seconds)
    by_size = {size: measure(path.handler(sized(size).raw), seconds) for size in SIZES}
    flask = measure(_cycling(flask_posts(MIXED)), seconds)
    batch = measure(flask_batch_post(batch_payloads()[0]), seconds, min_runs=5)
    whole = stages["whole path"]
    rows = [
        *(
            # Issue 13: JSON in to JSON out without HTTP at p50 <= 250 µs.
            Row(
                PATH,
                f"2 KB, {name}, p50",
                timing.p50_us,
                "µs",
                at_most(250) if timing is whole else None,
            )
            for name, timing in stages.items()
        ),
        Row(PATH, "2 KB, whole path, p99", whole.p99_us, "µs"),
        Row(PATH, "2 KB, whole path, checks/s", whole.per_second, "/s"),
        Row(PATH, f"mixed set of {len(MIXED)}, whole path, p50", mixed.p50_us, "µs"),
        *(
            Row(PATH, f"{size // KB} KB body, whole path, p50", timing.p50_us, "µs")
            for size, timing in by_size.items()
        ),
        Row(
            PATH,
            "100 KB / 1 KB cost, whole path",
            by_size[SIZES[-1]].p50_us / by_size[SIZES[0]].p50_us,
            "x",
        ),
        Row(PATH, "mixed set, Flask test client (WSGI, no server), p50", flask.p50_us, "µs"),
        Row(PATH, "mixed set, Flask test client (WSGI, no server), p99", flask.p99_us, "µs"),
        Row(
            PATH,
            f"mixed set in batches of {BATCH_SIZE}, Flask test client, p50 per check",
            batch.p50_us / BATCH_SIZE,
            "µs",
        ),
        Row(
            PATH,
            "single / batched cost per check, Flask test client",
            flask.p50_us / (batch.p50_us / BATCH_SIZE),
            "x",
        ),
    ]
    details = {
        "stages_2kb": {name: timing.summary() for name, timing in stages.items()},
        "mixed": mixed.summary(),
        "by_size": {f"{size // KB}kb": timing.summary() for size, timing in by_size.items()},
        "flask_test_client": flask.summary(),
        "flask_test_client_batch": batch.summary(),
    }
    return Part(rows, details)
