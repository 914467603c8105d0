"""GET /v1/platforms, GET /v1/contact-reasons and GET /v1/marketplaces: the packs, as the caller
can use them."""

from __future__ import annotations

from datetime import UTC, datetime

from flask import Blueprint, Response, jsonify, request

from service.engine import availability
from service.http.checks import answer_language
from service.http.runtime import runtime
from service.http.schemas import (
    ContactReasonsResponseSchema,
    MarketplacesResponseSchema,
    PlatformsResponseSchema,
    load_reasons_query,
    platform_of_query,
    response_schema,
)

blueprint = Blueprint("catalogue", __name__)
_MARKETPLACES = MarketplacesResponseSchema()
_PLATFORMS = PlatformsResponseSchema()


@blueprint.get("/v1/platforms")
def list_platforms() -> Response:
    """The platforms presend checks messages for: each one's marketplaces, channels, editions
    and defaults, and the one a request without `platform` gets."""
    service = runtime()
    return jsonify(
        _PLATFORMS.dump(
            {
                "default_platform": service.pack.platform,
                "platforms": [
                    {
                        "platform": pack.platform,
                        "name": pack.name,
                        "default_edition": service.edition_of(pack).id,
                        "pack": pack,
                    }
                    for pack in service.platforms.packs.values()
                ],
            }
        )
    )


@blueprint.get("/v1/contact-reasons")
def list_contact_reasons() -> Response:
    """Every contact reason, and whether an order in this state offers it (and why not)."""
    service = runtime()
    pack = platform_of_query(request.args, service.platforms)
    marketplace, edition, status, fulfillment = load_reasons_query(
        request.args, pack, service.edition_of(pack).id
    )
    reasons = availability(
        pack,
        marketplace,
        edition,
        status,
        fulfillment,
        datetime.now(UTC),
        service.settings.rules,
    )
    return jsonify(
        response_schema(ContactReasonsResponseSchema, answer_language()).dump(
            {
                "marketplace": marketplace,
                "edition": edition.id,
                "status": status,
                "fulfillment": fulfillment,
                "contact_reasons": reasons,
            }
        )
    )


@blueprint.get("/v1/marketplaces")
def list_marketplaces() -> Response:
    """The marketplaces with their ids, sites, relay domains, languages and tag words."""
    service = runtime()
    pack = platform_of_query(request.args, service.platforms)
    return jsonify(
        _MARKETPLACES.dump(
            {
                "default_edition": service.edition_of(pack).id,
                "editions": list(pack.editions.values()),
                "marketplaces": pack.marketplaces,
            }
        )
    )
