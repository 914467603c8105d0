"""The deployment files agree with each other, and configuration comes only from the
environment, with a bad value stopping start-up under the variable's name."""

from __future__ import annotations

import importlib
import json
import os
import re
import runpy
import shlex
import tomllib
from pathlib import Path
from types import SimpleNamespace

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from service import create_app, metrics
from service.config import ConfigError, Settings

ROOT = Path(__file__).resolve().parents[1]


def lower_bounds(requirements: list[str]) -> dict[str, str]:
    """{normalised name: the >= version} of requirement strings."""
    bounds = {}
    for text in requirements:
        requirement = Requirement(text)
        (bound,) = [s.version for s in requirement.specifier if s.operator == ">="]
        bounds[canonicalize_name(requirement.name)] = bound
    return bounds


def test_requirements_txt_lists_exactly_the_runtime_dependencies():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    pinned = [line.split("#")[0].strip() for line in lines]
    assert lower_bounds([p for p in pinned if p]) == lower_bounds(project["dependencies"])


def test_test_tools_stay_out_of_requirements_txt():
    names = set(
        lower_bounds(
            [
                line
                for line in (ROOT / "requirements.txt").read_text().splitlines()
                if line.strip() and not line.startswith("#")
            ]
        )
    )
    assert not names & {"pytest", "hypothesis", "ruff", "mypy", "openapi-core"}


def procfile() -> dict[str, list[str]]:
    processes = {}
    for line in (ROOT / "Procfile").read_text(encoding="utf-8").splitlines():
        if line.strip():
            name, _, command = line.partition(":")
            processes[name.strip()] = shlex.split(command)
    return processes


def test_procfile_runs_gunicorn_with_its_config_and_the_app_factory():
    argv = procfile()["web"]
    assert argv[0] == "gunicorn"
    config = argv.index("--config") if "--config" in argv else argv.index("-c")
    assert argv[config + 1] == "gunicorn.conf.py"
    assert argv[-1] == "service:create_app()"
    assert (ROOT / argv[config + 1]).is_file()


def test_procfile_app_spec_names_a_callable():
    module, _, call = procfile()["web"][-1].partition(":")
    assert callable(getattr(importlib.import_module(module), call.removesuffix("()")))


@pytest.fixture
def environ(monkeypatch) -> pytest.MonkeyPatch:
    """An environment without the service's variables (and without PORT/WEB_CONCURRENCY)."""
    for name in ("PORT", "WEB_CONCURRENCY"):
        monkeypatch.delenv(name, raising=False)
    for name in [n for n in os.environ if n.startswith("PRESEND_")]:
        monkeypatch.delenv(name)
    return monkeypatch


def gunicorn_config() -> dict[str, object]:
    return runpy.run_path(str(ROOT / "gunicorn.conf.py"))


def test_gunicorn_reads_port_and_web_concurrency(environ):
    environ.setenv("PORT", "5123")
    environ.setenv("WEB_CONCURRENCY", "7")
    config = gunicorn_config()
    assert config["bind"] == "0.0.0.0:5123"
    assert config["workers"] == 7


def test_gunicorn_defaults_to_port_8000_and_two_workers(environ):
    config = gunicorn_config()
    assert config["bind"] == "0.0.0.0:8000"
    assert config["workers"] == 2


def test_gunicorn_builds_the_app_once_before_forking(environ):
    assert gunicorn_config()["preload_app"] is True


def test_gunicorn_log_formatter_is_importable(environ):
    logconfig = gunicorn_config()["logconfig_dict"]
    assert isinstance(logconfig, dict)
    factory = logconfig["formatters"]["json"]["()"]
    module, _, name = factory.rpartition(".")
    assert callable(getattr(importlib.import_module(module), name))


# create_app() and the environment -------------------------------------------------------------


def test_create_app_reads_the_environment(environ):
    environ.setenv("PRESEND_MAX_BODY_BYTES", "4096")
    assert create_app().config["MAX_CONTENT_LENGTH"] == 4096


@pytest.mark.parametrize(
    ("variable", "value", "named"),
    [
        pytest.param("PRESEND_DEFAULT_EDITION", "1999-01", "1999-01", id="unknown-edition"),
        pytest.param(
            "PRESEND_RULES", "amazon.subject.nope=off", "amazon.subject.nope", id="unknown-rule"
        ),
        pytest.param(
            "PRESEND_RULES",
            "amazon.subject.tag_misuse=loud",
            "tag_misuse=loud",
            id="unknown-setting",
        ),
        pytest.param("PRESEND_MAX_BODY_BYTES", "lots", "lots", id="not-a-number"),
        pytest.param("PRESEND_LOG_LEVEL", "chatty", "CHATTY", id="log-level"),
    ],
)
def test_create_app_stops_on_a_bad_variable(environ, variable, value, named):
    environ.setenv(variable, value)
    with pytest.raises(ConfigError) as raised:
        create_app()
    assert variable in str(raised.value)
    assert named in str(raised.value)


def test_create_app_stops_on_a_bad_default_edition_in_settings():
    with pytest.raises(ConfigError, match="PRESEND_DEFAULT_EDITION='1999-01'"):
        create_app(Settings(default_edition="1999-01"))


def test_create_app_accepts_a_known_default_edition():
    create_app(Settings(default_edition="2025-04"))


# Settings.from_env ----------------------------------------------------------------------------


def test_settings_defaults_from_an_empty_environment():
    settings = Settings.from_env({})
    assert settings.default_edition is None
    assert settings.max_body_bytes == 256 * 1024
    assert settings.rules.overrides == {}
    assert settings.log_level == "INFO"


def test_settings_parse_rule_overrides():
    raw = " amazon.subject.tag_misuse=warning, amazon.order.pending=off,amazon.timing.too_late=info"
    overrides = Settings.from_env({"PRESEND_RULES": raw}).rules.overrides
    assert overrides == {
        "amazon.subject.tag_misuse": "warning",
        "amazon.order.pending": "off",
        "amazon.timing.too_late": "info",
    }


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1024", 1024), (" 4096 ", 4096), ("10485760", 10 * 1024 * 1024), ("", 256 * 1024)],
)
def test_settings_parse_the_body_limit(raw, expected):
    assert Settings.from_env({"PRESEND_MAX_BODY_BYTES": raw}).max_body_bytes == expected


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        pytest.param("PRESEND_MAX_BODY_BYTES", "lots", id="body-limit-word"),
        pytest.param("PRESEND_MAX_BODY_BYTES", "12.5", id="body-limit-fraction"),
        pytest.param("PRESEND_MAX_BODY_BYTES", "-1", id="body-limit-negative"),
        pytest.param("PRESEND_MAX_BODY_BYTES", "1023", id="body-limit-below-1-KiB"),
        pytest.param("PRESEND_RULES", "amazon.subject.tag_misuse", id="rule-without-setting"),
        pytest.param("PRESEND_RULES", "=off", id="setting-without-rule"),
        pytest.param("PRESEND_RULES", "amazon.subject.tag_misuse=ERROR", id="upper-case-setting"),
        pytest.param("PRESEND_RULES", "amazon.a=off;amazon.b=off", id="semicolons"),
        pytest.param("PRESEND_LOG_LEVEL", "verbose", id="log-level"),
        pytest.param("PRESEND_REQUIRE_AUTH", "maybe", id="require-auth"),
        pytest.param("PRESEND_METRICS", "on", id="metrics"),
        pytest.param("PRESEND_LINK_ALLOWLIST", "not a domain!", id="link-allowlist"),
    ],
)
def test_settings_reject_a_bad_value_naming_the_variable(variable, value):
    with pytest.raises(ConfigError) as raised:
        Settings.from_env({variable: value})
    assert variable in str(raised.value)


@pytest.mark.parametrize(
    ("raw", "expected"), [("1", True), ("true", True), ("", False), ("0", False)]
)
def test_settings_turn_the_metrics_on_only_when_asked(raw, expected):
    assert Settings.from_env({"PRESEND_METRICS": raw}).metrics is expected


def test_settings_keep_the_default_edition_as_given():
    assert Settings.from_env({"PRESEND_DEFAULT_EDITION": " 2025-04 "}).default_edition == "2025-04"


README = Path(__file__).resolve().parents[1] / "README.md"


def test_the_readme_documents_every_environment_variable():
    source = (Path(__file__).resolve().parents[1] / "service" / "config.py").read_text()
    variables = set(re.findall(r'"(PRESEND_[A-Z_]+)"', source)) | {"PORT", "WEB_CONCURRENCY"}
    text = README.read_text(encoding="utf-8")
    assert sorted(v for v in variables if f"| `{v}` |" not in text) == []


def test_the_readme_example_answers_what_the_readme_shows(client):
    text = README.read_text(encoding="utf-8").split("## Try it", 1)[1]
    request = json.loads(re.search(r"-d '(\{.*?\})'", text, re.DOTALL).group(1))
    shown = json.loads(re.search(r"```json\n(.*?)```", text, re.DOTALL).group(1))
    answer = client.post("/v1/checks", json=request).get_json()
    assert {**answer, "decision_id": None} == {**shown, "decision_id": None}


def test_gunicorn_tells_the_metrics_when_a_worker_exits(environ):
    """child_exit removes an ended worker's live gauge files from the metrics directory."""
    metrics.enable()
    directory = Path(os.environ["PROMETHEUS_MULTIPROC_DIR"])
    ended, running = directory / "gauge_livesum_999999.db", directory / "counter_999999.db"
    ended.touch()
    running.touch()
    try:
        gunicorn_config()["child_exit"](None, SimpleNamespace(pid=999999))
        assert not ended.exists()
        assert running.exists()  # its counts stay in the sums
    finally:
        running.unlink()
