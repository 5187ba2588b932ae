import pytest
from pydantic import ValidationError

from aisle.settings import Settings


def test_server_urls_take_their_conventional_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgres://u@db:5432/shop")
    monkeypatch.setenv("QDRANT_URL", "http://qdrant:6333")
    monkeypatch.setenv("AISLE_DATA_DIR", "/srv/aisle")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.sqlalchemy_url == "postgresql+psycopg://u@db:5432/shop"
    assert settings.qdrant_url == "http://qdrant:6333"
    assert str(settings.qdrant_path) == "/srv/aisle/qdrant"


def test_embedded_defaults_need_no_server(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DATABASE_URL", "QDRANT_URL", "REDIS_URL", "AISLE_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.sqlalchemy_url.startswith("sqlite:///")
    assert settings.qdrant_url is None
    assert settings.planner == "rules"


@pytest.mark.parametrize("key", ["changeme", "short"])
def test_placeholder_api_keys_are_refused(key: str) -> None:
    with pytest.raises(ValidationError):
        Settings(api_keys=[key], _env_file=None)  # type: ignore[call-arg, list-item]


def test_admin_keys_are_refused_as_placeholders_or_when_also_a_storefront_key() -> None:
    with pytest.raises(ValidationError):
        Settings(admin_api_keys=["changeme"], _env_file=None)  # type: ignore[call-arg, list-item]
    shared = "the-same-key-0123456789"
    with pytest.raises(ValidationError, match="must not also be in AISLE_API_KEYS"):
        Settings(api_keys=[shared], admin_api_keys=[shared], _env_file=None)  # type: ignore[call-arg, list-item]


def test_acp_keys_are_refused_as_placeholders_or_when_also_a_storefront_key() -> None:
    with pytest.raises(ValidationError):
        Settings(acp_keys=["short"], _env_file=None)  # type: ignore[call-arg, list-item]
    shared = "the-same-key-0123456789"
    with pytest.raises(ValidationError, match="ACP key must not also be in AISLE_API_KEYS"):
        Settings(api_keys=[shared], acp_keys=[shared], _env_file=None)  # type: ignore[call-arg, list-item]


def test_admin_keys_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AISLE_ADMIN_API_KEYS", '["an-admin-key-0123456789"]')
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert [k.get_secret_value() for k in settings.admin_api_keys] == ["an-admin-key-0123456789"]
    assert settings.max_import_bytes == 512 * 1024 * 1024
