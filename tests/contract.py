"""Every response a test gets is checked against openapi.yaml, so the contract cannot drift."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from flask.testing import FlaskClient
from jsonschema_path import SchemaPath
from openapi_core import Config, OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from openapi_core.templating.responses.exceptions import ResponseNotFound
from openapi_schema_validator import OAS31Validator

CONTRACT = Path(__file__).resolve().parents[1] / "openapi.yaml"


class _SentRequest(WerkzeugOpenAPIRequest):
    """The request as openapi-core needs it to find the operation: the body was read already
    (and requests are allowed to be invalid in tests; only responses are checked)."""

    @property
    def body(self) -> bytes | None:
        return None


@cache
def openapi() -> OpenAPI:
    # openapi-core decodes only the media types it knows; problem documents are JSON and the
    # contract itself and the metrics are served as text.
    config = Config(
        extra_media_type_deserializers={
            "application/problem+json": json.loads,
            "application/yaml": lambda data: data.decode("utf-8"),
            "application/openmetrics-text": lambda data: data.decode("utf-8"),
        }
    )
    return OpenAPI.from_file_path(str(CONTRACT), config=config)


@cache
def _problem_validator() -> OAS31Validator:
    spec = SchemaPath.from_file_path(str(CONTRACT))
    components = (spec / "components" / "schemas").read_value()
    return OAS31Validator(
        {"$ref": "#/components/schemas/Problem", "components": {"schemas": components}}
    )


def check_contract(response: Any) -> None:
    """Validate a test response: against its operation when openapi.yaml declares it, else as
    a problem document (404, 405 and the like have no operation to belong to)."""
    request = _SentRequest(response.request)
    try:
        openapi().validate_response(request, WerkzeugOpenAPIResponse(response))
    except (PathNotFound, OperationNotFound, ResponseNotFound):
        assert response.mimetype == "application/problem+json", (
            f"{response.status} for an undeclared operation or status must be a problem document"
        )
        _problem_validator().validate(response.get_json())
        assert response.get_json()["status"] == response.status_code


class ContractClient(FlaskClient):
    """A test client that checks every response against the contract."""

    def open(self, *args: Any, **kwargs: Any) -> Any:
        response = super().open(*args, **kwargs)
        check_contract(response)
        return response
