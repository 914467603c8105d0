"""The ledger's settings from the environment, and its command line."""

from __future__ import annotations

import json

import pytest

from service.config import ConfigError, Settings
from service.ledger.__main__ import main

DEFAULT = "sqlite:///var/presend.sqlite3"  # the README's promise


@pytest.fixture
def shipped_default(monkeypatch):
    """The default as shipped (tests otherwise point it into their own directory)."""
    monkeypatch.setattr("service.config.DEFAULT_DATABASE_URL", DEFAULT)


@pytest.mark.parametrize(
    ("environ", "url"),
    [
        pytest.param({}, DEFAULT, id="default-sqlite"),
        pytest.param(
            {"DATABASE_URL": "postgres://u:p@db.example.com:5432/d"},
            "postgresql+psycopg://u:p@db.example.com:5432/d",
            id="heroku-legacy-scheme",
        ),
        pytest.param(
            {"DATABASE_URL": "postgresql://u@h/d"}, "postgresql+psycopg://u@h/d", id="postgresql"
        ),
        pytest.param(
            {"DATABASE_URL": "postgres://u@h/a", "PRESEND_DATABASE_URL": "sqlite:///x.db"},
            "sqlite:///x.db",
            id="presend-wins",
        ),
        pytest.param({"PRESEND_LEDGER": "off", "DATABASE_URL": "postgres://h/d"}, None, id="off"),
        pytest.param({"PRESEND_LEDGER": "on"}, DEFAULT, id="on"),
    ],
)
def test_the_database_url(shipped_default, environ, url):
    assert Settings.from_env(environ).database_url == url


def test_ledger_defaults():
    settings = Settings.from_env({})
    assert (settings.ledger_failure, settings.retention_days, settings.database_timeout_ms) == (
        "closed",
        400,
        2000,
    )


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        pytest.param("PRESEND_LEDGER", "maybe", id="ledger"),
        pytest.param("PRESEND_LEDGER_FAILURE", "sometimes", id="failure"),
        pytest.param("PRESEND_RETENTION_DAYS", "0", id="retention-zero"),
        pytest.param("PRESEND_RETENTION_DAYS", "a year", id="retention-words"),
        pytest.param("PRESEND_DATABASE_TIMEOUT_MS", "10", id="timeout-too-short"),
        pytest.param("DATABASE_URL", "mysql://u:secret@h/d", id="scheme"),
        pytest.param("PRESEND_DATABASE_URL", "no-scheme-here", id="not-a-url"),
    ],
)
def test_a_bad_ledger_setting_names_its_variable(variable, value):
    with pytest.raises(ConfigError) as raised:
        Settings.from_env({variable: value})
    assert variable in str(raised.value)
    assert "secret" not in str(raised.value)


def test_the_command_migrates_and_purges(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PRESEND_DATABASE_URL", f"sqlite:///{tmp_path / 'var' / 'cli.sqlite3'}")
    assert main(["migrate"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "message": "migrated",
        "revision": "0002",
        "backend": "sqlite",
    }
    assert main(["purge"]) == 0
    purged = json.loads(capsys.readouterr().out)
    assert purged["message"] == "purged" and set(purged["deleted"]) >= {"decisions", "webhook_ids"}


def test_the_command_does_nothing_without_a_ledger(monkeypatch, capsys):
    monkeypatch.setenv("PRESEND_LEDGER", "off")
    assert main(["migrate"]) == 0
    assert "nothing to do" in capsys.readouterr().out


def test_the_command_fails_when_the_database_does_not_answer(monkeypatch, capsys):
    from tests.live import free_port

    monkeypatch.setenv("PRESEND_DATABASE_URL", f"postgresql://u:hunter2@127.0.0.1:{free_port()}/d")
    assert main(["migrate"]) == 1
    out = capsys.readouterr().out
    assert "ledger unavailable" in out and "hunter2" not in out


def test_an_unreachable_test_database_fails_the_run_instead_of_skipping():
    from tests.conftest import answering
    from tests.live import free_port

    with pytest.raises(pytest.fail.Exception, match="does not answer"):
        answering(f"postgresql://postgres@127.0.0.1:{free_port()}/test")
