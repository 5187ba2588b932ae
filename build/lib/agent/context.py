"""What every node may use at run time: the shop's services and the configured planner.

Passed to the graph as `context=` (its `context_schema`), so nothing here is checkpointed and no
node reaches for a global.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from aisle.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel


class ShopServices(Protocol):
    """The slice of `aisle.services.Services` the agent uses; tests hand in small fakes."""

    @property
    def search(self) -> Any: ...

    @property
    def commerce(self) -> Any: ...

    @property
    def vision(self) -> Any: ...


@dataclass(frozen=True)
class Context:
    """Run-time dependencies of one agent; identical for every thread."""

    services: ShopServices
    """Catalog search, vision and commerce, opened once per process."""

    settings: Settings
    """Store policies, currency, planner choice and step limit."""

    chat_model: BaseChatModel | None = None
    """The LLM planner's model (already able to call tools); None with the rules planner."""

    understanding_model: BaseChatModel | None = None
    """The hybrid planner's model: it reads each message into the structured understanding."""

    default_payment_token: str = "tok_visa"
    """The shopper's saved mock card, used unless a resume names another token."""

    @property
    def search(self) -> Any:
        return self.services.search

    @property
    def commerce(self) -> Any:
        return self.services.commerce

    @property
    def vision(self) -> Any:
        return self.services.vision
