"""The widget's files are served publicly, with types a browser will execute and apply."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from aisle.settings import Settings
from api.app import create_app
from api.routes.widget import STATIC_DIR


@pytest.fixture
def client(data_dir: Path) -> TestClient:
    """An app that requires an API key everywhere else, to show the widget files need none."""
    settings = Settings(  # type: ignore[call-arg]
        data_dir=data_dir, api_keys=[SecretStr("widget-test-key-0123456789")], _env_file=None
    )
    return TestClient(create_app(settings))


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/widget.js", "text/javascript"),
        ("/widget.css", "text/css"),
        ("/demo", "text/html"),
    ],
)
def test_widget_files_are_served_without_a_key(
    client: TestClient, path: str, content_type: str
) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(content_type)
    assert response.headers["x-content-type-options"] == "nosniff"


def test_scripts_and_styles_can_be_loaded_from_any_store(client: TestClient) -> None:
    for path in ("/widget.js", "/widget.css"):
        assert client.get(path).headers["access-control-allow-origin"] == "*"


def test_root_leads_to_the_demo_storefront(client: TestClient) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code in {302, 307}
    assert response.headers["location"] == "/demo"


def test_demo_storefront_embeds_the_widget_with_one_tag(client: TestClient) -> None:
    page = client.get("/demo").text
    assert page.count("<script") == 1
    assert '<script src="/widget.js"' in page


def test_widget_never_parses_server_text_as_html() -> None:
    source = (STATIC_DIR / "widget.js").read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in source
