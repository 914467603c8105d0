"""The platform registry: every pack under service/packs/ loads at start-up, is found by name,
and a broken one stops start-up with a message naming its file and entry."""

from __future__ import annotations

import platform
import shutil
from pathlib import Path

import orjson
import pytest
import yaml

from service import app as app_module
from service import platforms
from service.app import create_app, return_free_heap
from service.config import Settings
from service.packs import PackError, load_pack
from service.packs.loader import PACKS_DIR
from service.platforms import load_platforms


def test_the_shipped_packs_load_with_amazon_the_default():
    loaded = load_platforms()
    assert loaded.default is load_pack()
    assert loaded.packs["amazon"] is loaded.default


@pytest.mark.parametrize(("name", "found"), [("amazon", "amazon"), ("Amazon", "amazon")])
def test_a_platform_is_found_by_its_name(name, found):
    pack = load_platforms().find(name)
    assert pack is not None and pack.platform == found


def test_an_unknown_platform_is_not_found():
    assert load_platforms().find("nowhere") is None


def test_the_rules_are_every_packs_rules_by_id():
    rules = load_platforms().rules
    assert rules["amazon.subject.tag_missing"].name == "subject.tag_missing"


def packs_with(tmp_path: Path, name: str = "amazon", **changes: object) -> Path:
    """A packs directory holding the Amazon pack as folder `name`, with these top-level
    entries of its pack.yaml replaced (None: removed)."""
    folder = tmp_path / "packs" / name
    shutil.copytree(PACKS_DIR / "amazon", folder)
    data = yaml.safe_load((folder / "pack.yaml").read_text(encoding="utf-8"))
    for key, value in changes.items():
        if value is None:
            del data[key]
        else:
            data[key] = value
    (folder / "pack.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return tmp_path / "packs"


def test_a_second_platform_loads_beside_the_default(tmp_path):
    directory = packs_with(tmp_path)
    shutil.copytree(directory / "amazon", directory / "ebay")
    data = yaml.safe_load((directory / "ebay" / "pack.yaml").read_text(encoding="utf-8"))
    (directory / "ebay" / "pack.yaml").write_text(
        yaml.safe_dump({**data, "platform": "ebay"}, allow_unicode=True), encoding="utf-8"
    )
    loaded = load_platforms(directory)
    assert sorted(loaded.packs) == ["amazon", "ebay"]
    assert loaded.default.platform == "amazon"
    assert "ebay.content.email_address" in loaded.rules


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        pytest.param({"platform": "ebay"}, ["platform", "'ebay'", "'amazon'"], id="folder-name"),
        pytest.param({"platform": "Amazon!"}, ["platform"], id="platform-name"),
        pytest.param(
            {"rules": {"content": ["email_address", "telepathy"]}},
            ["rules", "content.telepathy"],
            id="unknown-rule",
        ),
        pytest.param({"statuses": None}, ["statuses", "Missing"], id="missing-entry"),
    ],
)
def test_a_broken_pack_is_a_pack_error_naming_file_and_entry(tmp_path, changes, named):
    directory = packs_with(tmp_path, **changes)
    with pytest.raises(PackError) as raised:
        load_platforms(directory)
    message = str(raised.value)
    assert message.startswith(str(directory / "amazon" / "pack.yaml"))
    for part in named:
        assert part in message


def test_a_folder_without_a_pack_file_is_a_pack_error(tmp_path):
    directory = packs_with(tmp_path)
    (directory / "ebay").mkdir()
    with pytest.raises(PackError, match=r"ebay/pack\.yaml: cannot read"):
        load_platforms(directory)


def test_without_the_default_platform_loading_fails(tmp_path):
    directory = packs_with(tmp_path, name="ebay", platform="ebay")
    with pytest.raises(PackError, match="no pack for the default platform 'amazon'"):
        load_platforms(directory)


def test_a_broken_pack_stops_start_up(tmp_path, monkeypatch):
    directory = packs_with(tmp_path, rules={"content": ["telepathy"]})
    monkeypatch.setattr(platforms, "PACKS_DIR", directory)
    with pytest.raises(PackError, match=r"the engine has no rule content\.telepathy"):
        create_app(Settings(database_url=None))


def test_a_wording_model_of_a_rule_the_pack_does_not_run_stops_start_up(tmp_path):
    directory = packs_with(tmp_path)
    path = directory / "amazon" / "wording-model.json"
    model = orjson.loads(path.read_bytes())
    path.write_bytes(orjson.dumps({**model, "rules": [*model["rules"][:-1], "content.telepathy"]}))
    with pytest.raises(
        PackError, match=r"wording-model\.json: the pack runs no rule content\.telepathy"
    ):
        load_platforms(directory)


def test_start_up_hands_the_compile_scratch_back(monkeypatch):
    calls = []
    monkeypatch.setattr(app_module, "return_free_heap", lambda: calls.append("trim") or True)
    create_app(Settings(database_url=None))
    assert calls == ["trim"]


def test_the_free_heap_goes_back_where_there_is_glibc():
    assert return_free_heap() is (platform.libc_ver()[0] == "glibc")
