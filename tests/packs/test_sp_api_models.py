"""The pack's SP-API operations against Amazon's own models (issue 14): every fact in the
`sp_api` block of pack.yaml is read back from the excerpt of the models kept in
tests/packs/sp_api_models/ (its README names the source commits), so a pack edit that
contradicts Amazon, or a model update that changes an operation, fails here."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from service.packs import load_pack
from service.packs.loader import PACKS_DIR
from service.packs.model import FileLimits, SpApiOperation

MODELS = Path(__file__).parent / "sp_api_models"
OPERATIONS = load_pack().sp_api_operations
# The pack's own fields; everything else in a request body is one of its `fields`.
TEXT, ATTACHMENTS = "text", "attachments"


@cache
def model(file: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((MODELS / file).read_text(encoding="utf-8"))
    return document


def resolve(file: str, pointer: str) -> Any:
    """A JSON pointer ('#/definitions/X') in a model file."""
    node: Any = model(file)
    for part in pointer.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def post(operation: SpApiOperation) -> dict[str, Any]:
    found: dict[str, Any] = model(operation.model.file)["paths"][operation.model.path]["post"]
    return found


def request_schema(operation: SpApiOperation) -> dict[str, Any]:
    """The operation's request body schema as the model defines it ({} without a body)."""
    if operation.model.request is None:
        return {}
    schema: dict[str, Any] = resolve(operation.model.file, operation.model.request)
    return schema


def properties(operation: SpApiOperation) -> dict[str, Any]:
    found: dict[str, Any] = request_schema(operation).get("properties", {})
    return found


def by_action(test: Any) -> Any:
    return pytest.mark.parametrize(
        "operation", list(OPERATIONS.values()), ids=lambda operation: operation.action
    )(test)


@by_action
def test_the_path_exists_and_ends_in_the_action(operation):
    assert operation.model.path.rsplit("/", 1)[-1] == operation.action
    assert post(operation)["operationId"]


@by_action
def test_the_api_is_the_model_file(operation):
    assert f"{operation.api}.json" == operation.model.file


@by_action
def test_the_reported_name_is_the_action_or_the_operation_id(operation):
    assert operation.operation in (operation.action, post(operation)["operationId"])


@by_action
def test_the_request_body_is_the_models(operation):
    bodies = [p["schema"]["$ref"] for p in post(operation)["parameters"] if p["in"] == "body"]
    assert bodies == ([] if operation.model.request is None else [operation.model.request])


@by_action
def test_text_and_its_limit(operation):
    text = properties(operation).get(TEXT)
    assert operation.text_limit == (None if text is None else text["maxLength"])


@by_action
def test_attachments_minimum_and_maximum(operation):
    # The models write minLength/maxLength on the attachment arrays where minItems/maxItems
    # is meant; either spelling counts files.
    files = properties(operation).get(ATTACHMENTS)
    expected = (
        None
        if files is None
        else FileLimits(
            min=files.get("minItems", files.get("minLength", 0)),
            max=files.get("maxItems", files["maxLength"]),
        )
    )
    assert operation.attachments == expected


@by_action
def test_other_fields(operation):
    others = [name for name in properties(operation) if name not in (TEXT, ATTACHMENTS)]
    assert list(operation.fields) == others


@by_action
def test_the_link_rule_is_the_models(operation):
    text = properties(operation).get(TEXT)
    said = None
    if text is not None:
        said = re.search(
            r"Only links (?:that are )?related to (.+?) are allowed", text["description"]
        )
    assert operation.links == (said and said.group(1))


def test_every_operation_of_the_models_is_in_the_pack():
    """A message or solicitation operation Amazon adds needs a decision here."""
    sent = {
        path.rsplit("/", 1)[-1]
        for file in ("messaging.json", "solicitations.json")
        for path, item in model(file)["paths"].items()
        if "post" in item
    }
    assert set(OPERATIONS) == sent


def test_the_known_action_names_are_the_models_paths():
    """Every name an eligibility list can carry is a path of the models (an action links to
    its path), and every such path is known."""
    names = {
        path.rsplit("/", 1)[-1]
        for file in ("messaging.json", "solicitations.json")
        for path in model(file)["paths"]
        if not path.endswith("{amazonOrderId}")
    }
    assert load_pack().sp_api_actions == names


def test_the_models_example_action_lists_are_known():
    messaging = resolve(
        "messaging.json",
        "#/paths/~1messaging~1v1~1orders~1{amazonOrderId}/get/responses/200/x-amzn-api-sandbox",
    )["static"][0]["response"]["_links"]["actions"]
    solicitations = resolve(
        "solicitations.json",
        "#/paths/~1solicitations~1v1~1orders~1{amazonOrderId}/get/responses/200/examples",
    )["application/hal+json"]["_links"]["actions"]
    assert {action["name"] for action in messaging + solicitations} <= load_pack().sp_api_actions


@pytest.mark.parametrize(
    ("file", "definition"),
    [
        ("messaging.json", "GetMessagingActionsForOrderResponse"),
        ("solicitations.json", "GetSolicitationActionsForOrderResponse"),
    ],
)
def test_an_eligibility_list_is_links_actions_names(file, definition):
    """docs/sp-api.md tells an ERP to pass `_links.actions[].name`: the models' shape."""
    actions = resolve(file, f"#/definitions/{definition}/properties/_links/properties/actions")
    link = resolve(file, actions["items"]["$ref"])
    assert (actions["type"], set(link["properties"])) == ("array", {"href", "name"})


def test_the_buyer_locale_is_a_language_tag():
    """docs/sp-api.md fills buyer.language from GetAttributes' buyer.locale."""
    locale = resolve(
        "messaging.json", "#/definitions/GetAttributesResponse/properties/buyer/properties/locale"
    )
    assert "en-US" in locale["description"]


def test_a_removed_operation_existed_in_the_model():
    """The removal date is recorded for operations the kept model still defines."""
    removed = [operation for operation in OPERATIONS.values() if operation.removed is not None]
    assert [operation.action for operation in removed] == ["negativeFeedbackRemoval"]
    assert all(post(operation) for operation in removed)


def test_the_pack_cites_the_solicitations_once_per_order_words():
    words = "Send only one productReviewAndSellerFeedback or free form proactive message per order"
    assert words in post(OPERATIONS["productReviewAndSellerFeedback"])["description"]
    pack_text = (PACKS_DIR / "amazon" / "pack.yaml").read_text(encoding="utf-8")
    assert words in " ".join(pack_text.replace("#", " ").split())


def _documented_operations() -> dict[str, tuple[str | None, int | None]]:
    """docs/sp-api.md's first table: reason -> (action, text limit)."""
    text = (Path(__file__).parents[2] / "docs" / "sp-api.md").read_text(encoding="utf-8")
    table = text.split("## What each operation takes", 1)[1].split("\n\n")[1]
    documented = {}
    for line in table.splitlines()[2:]:
        reasons, operation, limit, *_ = (cell.strip() for cell in line.strip("|").split("|"))
        action = re.search(r"`(\w+)`", operation)
        number = re.search(r"[\d,]+", limit)
        for reason in re.findall(r"`(\w+)`", reasons):
            documented[reason] = (
                action and action.group(1),
                int(number.group().replace(",", "")) if number else None,
            )
    return documented


def test_the_documented_operations_are_the_packs():
    pack = load_pack()
    expected = {
        reason.code: (
            reason.sp_api and reason.sp_api.action,
            reason.sp_api and reason.sp_api.text_limit,
        )
        for reason in pack.reasons
        if not reason.prohibited
    }
    assert _documented_operations() == expected
