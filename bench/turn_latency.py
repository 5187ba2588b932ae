"""Warm text-turn latency of `ShoppingAgent.chat` (rules planner, sample catalog).

    PYTHONPATH=. .venv/bin/python -m bench.turn_latency [--rounds 2] [--profile out.prof]

Replays the text turns of the conversation benchmark (bench/conversations/*.yaml; conversations
with a photo are skipped) through `ShoppingAgent.chat` in-process, after one warm-up round, and
prints p50/p95/max of a turn. Same-run baseline: the time the text encoder (MiniLM) takes to
encode each of the same messages once, measured between the turns, so a turn's cost can be read
in "encodes" whatever the machine's load. `--profile` writes a cProfile of the measured turns
and prints the functions with the most cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.conversation_data import load_conversations
from bench.conversations import template_dir
from bench.purchase import machine, percentile


def scripts() -> list[list[dict[str, Any]]]:
    """The turns of every conversation without a photo, in order."""
    return [
        conv["turns"]
        for conv in load_conversations()
        if not any(turn.get("image") for turn in conv["turns"])
    ]


def run_round(agent: Any, conversations: list[list[dict[str, Any]]]) -> list[float]:
    timings = []
    for turns in conversations:
        thread: str | None = None
        for turn in turns:
            started = time.perf_counter()
            result = agent.chat(thread, turn.get("say", ""), resume=turn.get("resume"))
            timings.append((time.perf_counter() - started) * 1000)
            thread = result.thread_id
    return timings


def encode_times(encoder: Any, conversations: list[list[dict[str, Any]]]) -> list[float]:
    timings = []
    for turns in conversations:
        for turn in turns:
            started = time.perf_counter()
            encoder.encode([turn.get("say", "") or " "])
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2, help="measured rounds over all turns")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the measured turns")
    args = parser.parse_args()

    from agent.service import ShoppingAgent
    from aisle.services import Services
    from aisle.settings import Settings

    conversations = scripts()
    data_dir = Path(tempfile.mkdtemp(prefix="aisle-bench-latency-"))
    shutil.copytree(template_dir(), data_dir, dirs_exist_ok=True)
    settings = Settings(data_dir=data_dir, planner="rules", _env_file=None)  # type: ignore[call-arg]
    services = Services(settings)
    before = machine()
    try:
        agent = ShoppingAgent(settings, services)
        run_round(agent, conversations[:20])  # warm-up: models, index, caches
        encoder = services.search.encoder
        turns: list[float] = []
        encodes: list[float] = []
        profiler = cProfile.Profile() if args.profile else None
        for _ in range(args.rounds):
            encodes += encode_times(encoder, conversations)
            if profiler:
                profiler.enable()
            turns += run_round(agent, conversations)
            if profiler:
                profiler.disable()
        agent.close()
    finally:
        services.close()
        shutil.rmtree(data_dir, ignore_errors=True)
    print(f"Command: `python -m bench.turn_latency {' '.join(sys.argv[1:])}`  ")
    print(f"Machine at start: {before}.  \nMachine at end: {machine()}.\n")
    print("| measured (warm, in-process) | n | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|---|")
    for name, values in (("text turn, `ShoppingAgent.chat`", turns),
                         ("baseline: one MiniLM encode of the message", encodes)):  # fmt: skip
        print(
            f"| {name} | {len(values)} | {percentile(values, 50):.1f} | "
            f"{percentile(values, 95):.1f} | {max(values):.1f} |"
        )
    if profiler and args.profile:
        profiler.dump_stats(args.profile)
        stats = pstats.Stats(str(args.profile))
        stats.sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
