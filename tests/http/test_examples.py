"""openapi.yaml's examples: every operation has an example request and answer, each example
fits its schema, and the service answers the example requests with the example answers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_schema_validator import OAS31Validator

CONTRACT = Path(__file__).resolve().parents[2] / "openapi.yaml"
SPEC = yaml.safe_load(CONTRACT.read_text(encoding="utf-8"))
OPERATIONS = [
    pytest.param(path, method, operation, id=operation["operationId"])
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
]


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def examples(media: dict[str, Any]) -> list[Any]:
    if "example" in media:
        return [media["example"]]
    return [resolve(example)["value"] for example in media.get("examples", {}).values()]


def validator(schema: dict[str, Any]) -> OAS31Validator:
    return OAS31Validator({**schema, "components": SPEC["components"]})


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS)
def test_every_operation_has_an_example_request(path, method, operation):
    for parameter in map(resolve, operation.get("parameters", [])):
        if parameter.get("required"):
            assert "example" in parameter, f"{parameter['name']} has no example"
    if "requestBody" in operation:
        for media in operation["requestBody"]["content"].values():
            assert examples(media), f"{method.upper()} {path}: request without an example"


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS)
def test_every_operation_has_an_example_answer(path, method, operation):
    success = resolve(operation["responses"]["200"])
    assert any(examples(media) for media in success["content"].values()), f"{method} {path}"


def all_examples() -> list[Any]:
    found = []
    for item in SPEC["paths"].values():
        for operation in item.values():
            for parameter in map(resolve, operation.get("parameters", [])):
                if "example" in parameter:
                    found.append(
                        pytest.param(
                            parameter["schema"],
                            parameter["example"],
                            id=f"{operation['operationId']}-{parameter['name']}",
                        )
                    )
            bodies = [("request", operation.get("requestBody", {}).get("content", {}))]
            bodies += [
                (status, resolve(r).get("content", {}))
                for status, r in operation["responses"].items()
            ]
            for where, content in bodies:
                for media_type, media in content.items():
                    for number, example in enumerate(examples(media)):
                        found.append(
                            pytest.param(
                                media.get("schema", {}),
                                example,
                                id=f"{operation['operationId']}-{where}-{media_type}-{number}",
                            )
                        )
    return found


@pytest.mark.parametrize(("schema", "example"), all_examples())
def test_every_example_fits_its_schema(schema, example):
    validator(schema).validate(example)


def test_the_check_examples_get_the_example_answers(client):
    operation = SPEC["paths"]["/v1/checks"]["post"]
    requests = examples(operation["requestBody"]["content"]["application/json"])
    answers = examples(operation["responses"]["200"]["content"]["application/json"])
    for request, answer in zip(requests, answers, strict=True):
        got = client.post("/v1/checks", json=request).get_json()
        assert {**got, "decision_id": None} == {**answer, "decision_id": None}


@pytest.mark.parametrize(
    ("path", "key", "query"),
    [
        ("/v1/contact-reasons", "contact_reasons", "?marketplace=DE&status=shipped"),
        ("/v1/marketplaces", "marketplaces", ""),
    ],
)
def test_the_catalogue_examples_show_what_the_service_answers(client, path, key, query):
    (shown,) = examples(
        SPEC["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
    )
    got = client.get(path + query).get_json()
    assert {k: v for k, v in got.items() if k != key} == {
        k: v for k, v in shown.items() if k != key
    }
    assert shown[key] and all(item in got[key] for item in shown[key])
