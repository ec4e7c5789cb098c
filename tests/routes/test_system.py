"""The service endpoints: health, the served contract and the offline docs."""

from __future__ import annotations

import re

from tests.contract import SPEC_PATH


def test_health_is_ok(client):
    response = client.get("/health")

    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_openapi_yaml_is_served_as_committed(client):
    response = client.get("/openapi.yaml")

    assert response.status_code == 200
    assert response.mimetype == "application/yaml"
    assert response.text == SPEC_PATH.read_text(encoding="utf-8")


def test_docs_page_uses_only_local_assets(client):
    response = client.get("/docs")

    assert response.status_code == 200
    assert response.mimetype == "text/html"
    html = response.text
    assert "validatorUrl: null" in html
    assert not re.search(r"(https?:)?//", html)
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets
    for asset in assets:
        served = client.get(asset)
        assert served.status_code == 200, asset
        served.close()


def test_docs_page_loads_the_served_spec(client):
    response = client.get("/docs")

    assert response.status_code == 200
    assert 'url: "/openapi.yaml"' in response.text
