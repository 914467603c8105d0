"""The documentation stands on its own: the rule catalogue is current, every link inside the
repository leads somewhere, the README fits on a screen and names every endpoint."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from service import rules_doc
from service.engine.rules import of_pack
from service.packs import load_pack

RULES = of_pack(load_pack())

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DOCUMENTS = sorted([README, ROOT / "bench" / "README.md", *(ROOT / "docs").glob("*.md")])
# Markdown links and images: [text](target) and ![alt](target).
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
# What a reader of the repository cannot open: the design notes and files outside it.
OUTSIDE = re.compile(r"DESIGN\.md|\bshared/|/work/")


def test_docs_rules_md_is_generated_from_the_rule_registry():
    current = rules_doc.PATH.read_text(encoding="utf-8")
    assert current == rules_doc.render(RULES), (
        f"docs/rules.md is stale: regenerate it with `.venv/bin/{rules_doc.COMMAND}`"
    )


def test_the_catalogue_lists_every_rule_once():
    text = rules_doc.render(RULES)
    assert [rule.id for rule in RULES if text.count(f"| `{rule.id}` |") != 1] == []


def test_rules_doc_check_fails_on_a_stale_file(tmp_path, monkeypatch, capsys):
    stale = tmp_path / "rules.md"
    stale.write_text("# Rules\n", encoding="utf-8")
    monkeypatch.setattr(rules_doc, "PATH", stale)
    assert rules_doc.main(["--check"]) == 1
    assert rules_doc.COMMAND in capsys.readouterr().err
    assert rules_doc.main([]) == 0
    assert rules_doc.main(["--check"]) == 0


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(document: Path) -> set[str]:
    text = re.sub(r"```.*?```", "", document.read_text(encoding="utf-8"), flags=re.DOTALL)
    return {slug(heading) for heading in re.findall(r"^#+ (.+)$", text, flags=re.MULTILINE)}


def relative_links(document: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", document.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [
        target
        for target in LINK.findall(text)
        if not re.match(r"[a-z][a-z0-9+.-]*:", target)  # http:, https:, mailto:
    ]


def leads(document: Path, target: str) -> bool:
    """Whether a relative link names a file that exists, and a heading there if it names one."""
    path, _, anchor = target.partition("#")
    linked = (document.parent / path).resolve() if path else document
    if not linked.exists():
        return False
    return not anchor or linked.suffix != ".md" or anchor in anchors(linked)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_relative_link_leads_to_a_file_and_heading_that_exist(document):
    assert [target for target in relative_links(document) if not leads(document, target)] == []


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: str(path.relative_to(ROOT)))
def test_the_docs_name_nothing_outside_the_repository(document):
    assert OUTSIDE.findall(document.read_text(encoding="utf-8")) == []


def test_the_code_names_nothing_outside_the_repository():
    files = [
        *sorted((ROOT / "service").rglob("*.py")),
        *sorted((ROOT / "service").rglob("*.yaml")),
        ROOT / "openapi.yaml",
        ROOT / "app.json",
        ROOT / "gunicorn.conf.py",
        ROOT / "Makefile",
    ]
    found = [
        f"{path.relative_to(ROOT)}: {match}"
        for path in files
        for match in OUTSIDE.findall(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_readme_fits_in_10_kb():
    assert len(README.read_bytes()) < 10_000


def test_the_readme_lists_every_operation_of_the_contract():
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    operations = [
        f"`{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method in item
        if method in {"get", "post", "put", "patch", "delete"}
    ]
    text = README.read_text(encoding="utf-8")
    assert [operation for operation in operations if operation not in text] == []


def test_every_source_a_rule_cites_is_named_in_docs_sources_md():
    """rules.md shows each source by its short name; docs/sources.md says what each name is."""
    listed = re.findall(r"^\| ([^|]+?) \|", (ROOT / "docs" / "sources.md").read_text("utf-8"), re.M)
    cited = {rule.reference for rule in RULES}
    assert sorted(url for url in cited if rules_doc.SOURCE_NAMES.get(url) not in listed) == []
