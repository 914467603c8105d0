"""SARIF 2.1.0 as GitHub code scanning takes it (docs.github.com, "SARIF support for code
scanning"): the properties it reads, with the types and values the SARIF 2.1.0 schema gives
them, and regions that lie inside the template."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from jsonschema import Draft7Validator

from service.cli import main
from service.engine.rules import of_pack
from service.packs import load_pack

RULES = of_pack(load_pack())

TEMPLATES = Path(__file__).with_name("templates")
ROOT = Path(__file__).resolve().parents[2]

_REGION = {
    "type": "object",
    "required": ["startLine", "startColumn", "endLine", "endColumn"],
    "properties": {
        name: {"type": "integer", "minimum": 1}
        for name in ("startLine", "startColumn", "endLine", "endColumn")
    },
}
_RESULT = {
    "type": "object",
    "required": ["ruleId", "message", "locations", "level"],
    "properties": {
        "ruleId": {"type": "string", "minLength": 1},
        "ruleIndex": {"type": "integer", "minimum": 0},
        "level": {"enum": ["none", "note", "warning", "error"]},
        "message": {
            "type": "object",
            "required": ["text"],
            "properties": {"text": {"type": "string", "minLength": 1}},
        },
        "locations": {
            "type": "array",
            "minItems": 1,
            "maxItems": 1,
            "items": {
                "type": "object",
                "required": ["physicalLocation"],
                "properties": {
                    "physicalLocation": {
                        "type": "object",
                        "required": ["artifactLocation", "region"],
                        "properties": {
                            "artifactLocation": {
                                "type": "object",
                                "required": ["uri"],
                                "properties": {"uri": {"type": "string", "pattern": "^[^/\\\\]"}},
                            },
                            "region": _REGION,
                        },
                    }
                },
            },
        },
        "properties": {"type": "object"},
    },
}
SARIF = {
    "type": "object",
    "required": ["version", "runs", "$schema"],
    "properties": {
        "version": {"const": "2.1.0"},
        "$schema": {"type": "string", "format": "uri"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["tool", "results"],
                "properties": {
                    "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name", "rules"],
                                "properties": {
                                    "name": {"type": "string", "minLength": 1},
                                    "version": {"type": "string"},
                                    "rules": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": ["id", "shortDescription", "helpUri"],
                                            "properties": {
                                                "id": {"type": "string"},
                                                "helpUri": {"type": "string", "format": "uri"},
                                                "defaultConfiguration": {
                                                    "type": "object",
                                                    "properties": {
                                                        "level": {
                                                            "enum": [
                                                                "none",
                                                                "note",
                                                                "warning",
                                                                "error",
                                                            ]
                                                        }
                                                    },
                                                },
                                            },
                                        },
                                    },
                                },
                            }
                        },
                    },
                    "results": {"type": "array", "items": _RESULT},
                },
            },
        },
    },
}


@pytest.fixture
def sarif(monkeypatch) -> dict:
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    status = main(
        [
            "lint",
            str(TEMPLATES / "plentymarkets_delivery_delay.twig"),
            str(TEMPLATES / "shopware_address_question.html.twig"),
            "--marketplace",
            "DE",
            "--reason",
            "unexpected_problem",
            "--format",
            "sarif",
        ],
        out=out,
    )
    assert status == 1
    return json.loads(out.getvalue())


def test_the_sarif_has_the_shape_code_scanning_reads(sarif):
    Draft7Validator(SARIF).validate(sarif)


def test_every_result_names_a_rule_of_the_driver(sarif):
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    known = {rule.id for rule in RULES}
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["ruleId"] in known


def test_results_point_at_the_template_relative_to_the_repository(sarif):
    results = sarif["runs"][0]["results"]
    marketing = next(r for r in results if r["ruleId"] == "amazon.content.marketing")
    location = marketing["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == (
        "tests/cli/templates/plentymarkets_delivery_delay.twig"
    )
    region = location["region"]
    line = (TEMPLATES / "plentymarkets_delivery_delay.twig").read_text().splitlines()[10]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "Gutscheincode"


def test_regions_lie_inside_their_files(sarif):
    for result in sarif["runs"][0]["results"]:
        location = result["locations"][0]["physicalLocation"]
        lines = (ROOT / location["artifactLocation"]["uri"]).read_text().splitlines()
        region = location["region"]
        assert region["startLine"] <= region["endLine"] <= len(lines)
        assert region["startColumn"] <= len(lines[region["startLine"] - 1]) + 1


def test_a_fixed_error_is_a_warning_and_an_unfixed_one_an_error(sarif):
    levels = {
        (r["ruleId"], r["properties"]["fixed"]): r["level"] for r in sarif["runs"][0]["results"]
    }
    assert levels[("amazon.subject.tag_missing", True)] == "warning"
    assert levels[("amazon.content.marketing", False)] == "error"


@pytest.mark.parametrize(
    ("name", "uri"),
    [
        ("Rechnung #1.txt", "mails/Rechnung%20%231.txt"),
        ("Bestätigung 50%.txt", "mails/Best%C3%A4tigung%2050%25.txt"),
    ],
    ids=["space-and-hash", "umlaut-and-percent"],
)
def test_a_file_name_is_percent_encoded_in_the_uri(monkeypatch, tmp_path, name, uri):
    # SARIF's artifactLocation.uri is an RFC 3986 URI: a raw '#' would start a fragment and
    # a space is no URI character, so code scanning would not find the file.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mails").mkdir()
    (tmp_path / "mails" / name).write_text("Hallo, rufen Sie 030 1234567 an.\n", encoding="utf-8")
    out = io.StringIO()
    main(
        [
            "lint",
            f"mails/{name}",
            "--marketplace",
            "DE",
            "--reason",
            "invoice",
            "--format",
            "sarif",
        ],
        out=out,
    )
    results = json.loads(out.getvalue())["runs"][0]["results"]
    assert results
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} == {
        uri
    }


def test_a_file_outside_the_working_directory_is_a_file_uri(monkeypatch, tmp_path):
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    template = tmp_path / "a b.txt"
    template.write_text("Hallo, rufen Sie 030 1234567 an.\n", encoding="utf-8")
    out = io.StringIO()
    main(
        ["lint", str(template), "--marketplace", "DE", "--reason", "invoice", "--format", "sarif"],
        out=out,
    )
    results = json.loads(out.getvalue())["runs"][0]["results"]
    assert results
    location = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == template.as_uri()
    assert location["uri"].startswith("file:///") and "%20" in location["uri"]
