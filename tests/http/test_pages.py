"""GET /playground, GET /docs and their files: open, local-only, served with safe headers."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from service.config import Settings

PAGES = ["/playground", "/docs"]
API_KEY = "pages-test-key-0123456789abcdef012345"
AUTHORIZATION = {"Authorization": f"Bearer {API_KEY}"}


@pytest.fixture
def settings() -> Settings:
    return Settings(api_keys=(API_KEY,))


class _References(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in {"src", "href"} and value:
                self.found.append(value)


def references(html: str) -> list[str]:
    parser = _References()
    parser.feed(html)
    return parser.found


@pytest.mark.parametrize("page", PAGES)
def test_a_page_is_open_without_credentials(client, page):
    response = client.get(page)
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self';" in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("page", PAGES)
def test_a_page_loads_nothing_from_elsewhere_and_every_file_is_there(client, page):
    found = references(client.get(page).get_data(as_text=True))
    assert found
    for reference in found:
        if reference == "data:,":  # the empty favicon
            continue
        assert not reference.startswith(("http:", "https:", "//")), reference
        if reference.startswith("static/"):
            assert client.get(f"/{reference}").status_code == 200, reference


@pytest.mark.parametrize("path", [*PAGES, "/static/playground.js"])
def test_a_browser_revalidates_its_copy(client, path):
    first = client.get(path)
    assert first.headers["Cache-Control"] == "no-cache"
    again = client.get(path, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    assert again.get_data() == b""


@pytest.mark.parametrize(
    ("name", "mimetype"),
    [
        ("playground.js", "text/javascript"),
        ("playground.css", "text/css"),
        ("docs.js", "text/javascript"),
        ("swagger-ui-bundle.js", "text/javascript"),
        ("swagger-ui.css", "text/css"),
        ("swagger-ui.LICENSE.txt", "text/plain"),
    ],
)
def test_the_files_are_served_open(client, name, mimetype):
    response = client.get(f"/static/{name}")
    assert response.status_code == 200
    assert response.mimetype == mimetype


@pytest.mark.parametrize("path", ["/static/nothing.js", "/static/swagger-ui.css.map"])
def test_an_unknown_file_is_a_404_problem(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.mimetype == "application/problem+json"


@pytest.mark.parametrize(
    "path", ["/static/..%2Fpages.py", "/static/../pages.py", "/static/%2E%2E/pages.py"]
)
def test_no_file_outside_the_static_folder(client, path):
    # Not a path of the pages: like any unknown path it needs credentials first.
    assert client.get(path).status_code in {401, 404}


def test_the_api_itself_still_needs_credentials(client):
    assert client.get("/v1/marketplaces").status_code == 401


def test_a_dry_run_is_a_check_like_any_other(client):
    request = {
        "marketplace": "DE",
        "order": {"id": "302-1234567-1234567", "status": "unshipped"},
        "message": {"contact_reason": "shipping_address", "subject": "Frage", "body": "Hallo"},
    }
    headers = AUTHORIZATION
    wet = client.post("/v1/checks", json=request, headers=headers).get_json()
    dry = client.post("/v1/checks", json={**request, "dry_run": True}, headers=headers).get_json()
    assert {**dry, "decision_id": None} == {**wet, "decision_id": None}


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_dry_run_is_a_boolean(client, value):
    request = {
        "marketplace": "DE",
        "dry_run": value,
        "order": {"id": "302-1234567-1234567", "status": "unshipped"},
        "message": {"contact_reason": "shipping_address", "subject": "Frage", "body": "Hallo"},
    }
    response = client.post(
        "/v1/checks",
        json=request,
        headers=AUTHORIZATION,
    )
    assert response.status_code == 422
    assert response.get_json()["errors"][0]["field"] == "dry_run"
