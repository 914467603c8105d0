"""The platforms presend serves: every pack under service/packs/, loaded and checked against the
engine's rules once at start-up, and found by name. A request that names no platform gets the
default, amazon."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from service.config import ConfigError, Settings
from service.engine.model import Setting
from service.engine.rule import Rule
from service.engine.rules import RULES, of_pack
from service.packs import Edition, Pack, PackError, load_pack
from service.packs.loader import PACKS_DIR, WORDING_MODEL
from service.packs.model import LedgerRules

DEFAULT_PLATFORM = "amazon"


@dataclass(frozen=True)
class Platforms:
    """The loaded packs by platform name, and the one a request without a platform gets."""

    packs: Mapping[str, Pack]
    default: Pack

    def find(self, name: str) -> Pack | None:
        """The pack of a platform, by its name (case-insensitive)."""
        return self.packs.get(name.casefold())

    def edition_of(self, pack: Pack, configured: str | None) -> Edition:
        """The edition of a check for this platform that names none: the configured one
        (PRESEND_DEFAULT_EDITION) on the default platform, the pack's own elsewhere."""
        chosen = configured if pack is self.default else None
        return pack.editions[chosen or pack.default_edition]

    @property
    def ledger_rules(self) -> dict[str, LedgerRules]:
        """Each platform's history rules, the default platform's first (the ledger keeps each
        platform's history by its own pack)."""
        return {self.default.platform: self.default.ledger} | {
            name: pack.ledger for name, pack in self.packs.items()
        }

    @property
    def rules(self) -> dict[str, Rule]:
        """Every pack's rules by id (amazon.subject.tag_missing, ...)."""
        return {rule.id: rule for pack in self.packs.values() for rule in of_pack(pack)}


def load_platforms(directory: Path | None = None, default: str = DEFAULT_PLATFORM) -> Platforms:
    """Every pack of the directory (service/packs/ unless given): a folder per platform, named
    after it, with its pack.yaml and lexicons.yaml. A broken pack raises PackError naming the
    file and the entry, so the service does not start on it."""
    directory = directory or PACKS_DIR
    engine_rules = {rule.name for rule in RULES}
    packs = {}
    for folder in sorted(path for path in directory.iterdir() if _is_pack_folder(path)):
        pack = load_pack(folder.name, directory)
        where = folder / "pack.yaml"
        if pack.platform != folder.name:
            raise PackError(
                f"{where}: platform: '{pack.platform}' is not the name of its folder "
                f"'{folder.name}'"
            )
        unknown = sorted(set(pack.rules) - engine_rules)
        if unknown:
            raise PackError(f"{where}: rules: the engine has no rule {', '.join(unknown)}")
        # A model of a rule the pack does not run would never be asked.
        unasked = (
            sorted(set(pack.wording_model.rules) - set(pack.rules)) if pack.wording_model else []
        )
        if unasked:
            raise PackError(f"{folder / WORDING_MODEL}: the pack runs no rule {', '.join(unasked)}")
        packs[pack.platform] = pack
    if default not in packs:
        raise PackError(f"{directory}: no pack for the default platform '{default}'")
    return Platforms(packs=packs, default=packs[default])


def _is_pack_folder(path: Path) -> bool:
    """A folder of the packs directory that holds a pack (not __pycache__, not hidden)."""
    return path.is_dir() and not path.name.startswith(("_", "."))


def check_rule_settings(settings: Settings, platforms: Platforms) -> None:
    """Stop on PRESEND_RULES naming a rule no pack runs, or a fix for one without."""
    rules = platforms.rules
    unknown = set(settings.rules.overrides) - set(rules)
    if unknown:
        raise ConfigError(f"PRESEND_RULES names unknown rules: {', '.join(sorted(unknown))}")
    unfixable = [
        rule_id
        for rule_id, setting in settings.rules.overrides.items()
        if setting is Setting.FIX and not rules[rule_id].fixable
    ]
    if unfixable:
        raise ConfigError(f"PRESEND_RULES: these rules have no fix: {', '.join(unfixable)}")
