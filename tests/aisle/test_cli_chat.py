"""`aisle chat` and `aisle search`: thread ids, --thread, /photo, Ctrl-C, --server, models first."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from aisle.cli import main
from aisle.settings import Settings
from tests.aisle.test_cli import FEED
from tests.aisle.test_cli_server import serve


class Script:
    """Stands in for the terminal: answers `input()` from a list, then presses Ctrl-C."""

    def __init__(self, *lines: str) -> None:
        self.lines = list(lines)
        self.prompts = 0
        self.on_prompt: list[object] = []

    def __call__(self, prompt: str = "") -> str:
        self.prompts += 1
        if not self.lines:
            raise KeyboardInterrupt
        return self.lines.pop(0)


@pytest.fixture
def gif(tmp_path: Path) -> Path:
    path = tmp_path / "hoodie.gif"
    Image.new("RGB", (30, 30), (120, 120, 120)).save(path, "GIF")
    return path


@pytest.fixture
def server(settings: Settings, tmp_path: Path) -> Iterator[str]:
    for url in serve(settings):
        feed = tmp_path / "feed.tsv"
        feed.write_text(FEED)
        assert main(["ingest", str(feed), "--server", url]) == 0
        yield url


def run(script: Script, monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    monkeypatch.setattr("builtins.input", script)
    return main(list(argv))


def test_chat_with_a_server_prints_its_thread_sends_photos_and_leaves_on_ctrl_c(
    server: str, gif: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    script = Script("coffee mug", f"/photo {gif} do you have this?")
    assert run(script, monkeypatch, "chat", "--server", server) == 0
    out, err = capsys.readouterr()
    later = re.search(
        r"continue it later with: aisle chat --thread (\w+) --thread-token=(\S+)\)", out
    )
    assert later, out
    thread, token = later[1], later[2]
    assert "Stoneware Coffee Mug" in out
    assert "I can't open that kind of file" in out and "JPEG, PNG or WebP" in out  # a GIF
    assert f"Bye! Conversation {thread} is saved." in out
    assert "Traceback" not in out + err

    args = ["chat", "--server", server, "--thread", thread]
    assert run(Script("add the first one"), monkeypatch, *args) == 0
    assert "403" in capsys.readouterr().err, "the conversation's token is needed to continue it"
    assert run(Script("add the first one"), monkeypatch, *args, f"--thread-token={token}") == 0
    out, _ = capsys.readouterr()
    assert f"Continuing conversation {thread}." in out
    assert "Added 1 × Stoneware Coffee Mug" in out
    assert "continue it later" not in out  # an id given is not announced again


def test_search_with_a_server(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["search", "coffee mug", "--server", server]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith(" 1. Stoneware Coffee Mug")
    assert main(["search", "coffee mug", "--server", server, "--json"]) == 0
    assert '"id": "MUG-1"' in capsys.readouterr().out


def test_a_missing_photo_file_is_a_message_not_a_crash(
    server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert (
        run(Script("/photo /no/such/file.jpg", "quit"), monkeypatch, "chat", "--server", server)
        == 0
    )
    assert "no such file: /no/such/file.jpg" in capsys.readouterr().err


@pytest.mark.slow
def test_local_chat_loads_the_models_before_the_first_prompt(
    data_dir: Path, tmp_path: Path, gif: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    from catalog import embed

    feed = tmp_path / "feed.tsv"
    feed.write_text(FEED)
    assert main(["ingest", str(feed), "--data-dir", str(data_dir), "--no-images"]) == 0
    monkeypatch.setattr(embed, "_cache", {})  # whatever an earlier test loaded does not count
    loaded_at_prompt: list[bool] = []

    class Watching(Script):
        def __call__(self, prompt: str = "") -> str:
            loaded_at_prompt.append(bool(embed._cache))
            return super().__call__(prompt)

    capsys.readouterr()
    script = Watching("coffee mug", f"/photo {gif}")
    assert run(script, monkeypatch, "chat", "--data-dir", str(data_dir)) == 0
    out, err = capsys.readouterr()
    assert loaded_at_prompt and all(loaded_at_prompt), "the text model loads before any prompt"
    assert "Stoneware Coffee Mug" in out and "JPEG, PNG or WebP" in out
    assert re.search(r"--thread \w+", out) and "Traceback" not in out + err
    buffer = io.StringIO(err)
    assert "Loading the models" in buffer.read()
