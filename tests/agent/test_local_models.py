"""Packaged GGUF chunks join in order into one checked file; a wrong chunk never becomes a model."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from agent.chat_models import ChatModelUnavailable, load_chat_model
from agent.local_models import (
    GEMMA3_270M,
    QWEN_CODER_1_5B,
    LocalModel,
    LocalModelMissing,
    assemble,
    local_model_path,
)
from aisle.settings import Settings

CHUNKS = [b"GGUF\x03\x00\x00\x00first-", b"second-", b"third"]


def _chunk_packages(root: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[tuple[str, str], ...]:
    """Three tiny importable packages, each holding one chunk, like the PyPI part packages."""
    for i, data in enumerate(CHUNKS, start=1):
        package = root / f"fake_gguf_part{i}"
        (package / "data").mkdir(parents=True)
        (package / "__init__.py").write_text("")
        (package / "data" / f"model.part{i:02d}").write_bytes(data)
    monkeypatch.syspath_prepend(str(root))
    return tuple((f"fake_gguf_part{i}", f"data/model.part{i:02d}") for i in range(1, 4))


def _model(chunks: tuple[tuple[str, str], ...], sha256: str | None = None) -> LocalModel:
    whole = b"".join(CHUNKS)
    return LocalModel(
        name="fake",
        filename="fake.gguf",
        chunks=chunks,
        size=len(whole),
        sha256=sha256 or hashlib.sha256(whole).hexdigest(),
        requirement="fake-gguf-part1 … part3",
    )


def test_chunks_join_in_order_into_a_checked_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = _model(_chunk_packages(tmp_path / "site", monkeypatch))
    path = assemble(model, tmp_path / "models")
    assert path.read_bytes() == b"".join(CHUNKS)
    assert assemble(model, tmp_path / "models") == path  # already there: kept as it is


def test_a_wrong_hash_leaves_no_model_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = _model(_chunk_packages(tmp_path / "site", monkeypatch), sha256="0" * 64)
    with pytest.raises(ValueError, match="hash to"):
        assemble(model, tmp_path / "models")
    assert list((tmp_path / "models").iterdir()) == []


def test_a_missing_chunk_package_says_how_to_install_it(tmp_path: Path) -> None:
    model = _model((("no_such_chunk_package_1", "data/x"),))
    with pytest.raises(LocalModelMissing, match="make local-llm"):
        assemble(model, tmp_path)


def test_local_finds_models_only_where_they_were_assembled(tmp_path: Path) -> None:
    with pytest.raises(LocalModelMissing, match="not assembled"):
        local_model_path("gemma3-270m", tmp_path)
    settings = Settings(models_dir=tmp_path, _env_file=None)  # type: ignore[call-arg]
    with pytest.raises(ChatModelUnavailable, match="make local-llm"):
        load_chat_model("local", settings)
    with pytest.raises(ChatModelUnavailable, match="no local model 'llama-70b'"):
        load_chat_model("local:llama-70b", settings)


def test_a_llamacpp_path_must_be_a_file(tmp_path: Path) -> None:
    with pytest.raises(ChatModelUnavailable, match="no GGUF model file"):
        load_chat_model(f"llamacpp:{tmp_path / 'missing.gguf'}")


def test_both_packaged_models_record_size_and_sha256() -> None:
    for model in (QWEN_CODER_1_5B, GEMMA3_270M):
        assert model.size > 100_000_000 and len(model.sha256) == 64
    assert len(QWEN_CODER_1_5B.chunks) == 22 and len(GEMMA3_270M.chunks) == 4
