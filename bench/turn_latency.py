"""Warm text-turn latency of `ShoppingAgent.chat` (rules planner, sample catalog).

    PYTHONPATH=. .venv/bin/python -m bench.turn_latency [--rounds 2] [--profile out.prof]

Replays the text turns of the conversation benchmark (bench/conversations/*.yaml; conversations
with a photo are skipped) through `ShoppingAgent.chat` in-process, after one warm-up round, and
prints p50/p95/max of a turn, in wall-clock time and in the process's CPU time (which other jobs
on a shared machine disturb far less). Same-run baseline: the time the text encoder (MiniLM)
takes to encode each of the same messages once, measured between the turns, so a turn's cost
can be read in "encodes" whatever the machine's load. The services are warmed up as `aisle
serve` does (`Services.warm_up`). `--profile` profiles the measured turns inside the graph's
nodes (they run on LangGraph's worker threads, which a main-thread profile does not see) and on
the calling thread, writes both, and prints the functions with the most cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import pstats
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
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


def run_round(
    agent: Any, conversations: list[list[dict[str, Any]]], cpu: list[float] | None = None
) -> list[float]:
    """Wall-clock ms of each turn; with `cpu`, also the process's CPU ms (all threads), which
    other jobs on the machine disturb far less than the wall clock."""
    timings = []
    for turns in conversations:
        thread: str | None = None
        for turn in turns:
            started, cpu_started = time.perf_counter(), time.process_time()
            result = agent.chat(thread, turn.get("say", ""), resume=turn.get("resume"))
            timings.append((time.perf_counter() - started) * 1000)
            if cpu is not None:
                cpu.append((time.process_time() - cpu_started) * 1000)
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


class NodeProfiles:
    """cProfile of every graph node call, on whichever thread LangGraph runs it."""

    def __init__(self) -> None:
        self.profiles: list[cProfile.Profile] = []
        self.on = False

    def wrap(self, node: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(node)
        def profiled(*args: Any, **kwargs: Any) -> Any:
            if not self.on:
                return node(*args, **kwargs)
            profile = cProfile.Profile()
            profile.enable()
            try:
                return node(*args, **kwargs)
            finally:
                profile.disable()
                self.profiles.append(profile)

        return profiled

    def install(self) -> None:
        """Wrap the nodes `agent.graph.build_graph` adds (call before building an agent)."""
        import agent.graph as graph

        for name in ("understand", "act", "respond"):
            setattr(graph, name, self.wrap(getattr(graph, name)))


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
        nodes = NodeProfiles()
        if args.profile:
            nodes.install()
        services.warm_up()
        agent = ShoppingAgent(settings, services)
        run_round(agent, conversations[:20])  # warm-up: caches
        encoder = services.search.encoder
        turns: list[float] = []
        cpu: list[float] = []
        encodes: list[float] = []
        profiler = cProfile.Profile() if args.profile else None
        for _ in range(args.rounds):
            encodes += encode_times(encoder, conversations)
            if profiler:
                profiler.enable()
                nodes.on = True
            turns += run_round(agent, conversations, cpu)
            if profiler:
                profiler.disable()
                nodes.on = False
        agent.close()
    finally:
        services.close()
        shutil.rmtree(data_dir, ignore_errors=True)
    print(f"Command: `python -m bench.turn_latency {' '.join(sys.argv[1:])}`  ")
    print(f"Machine at start: {before}.  \nMachine at end: {machine()}.\n")
    print("| measured (warm, in-process) | n | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|---|")
    for name, values in (("text turn, `ShoppingAgent.chat`, wall clock", turns),
                         ("text turn, CPU time of the process", cpu),
                         ("baseline: one MiniLM encode of the message", encodes)):  # fmt: skip
        print(
            f"| {name} | {len(values)} | {percentile(values, 50):.1f} | "
            f"{percentile(values, 95):.1f} | {max(values):.1f} |"
        )
    if profiler and args.profile:
        profiler.dump_stats(args.profile)
        print("\nCalling thread (`ShoppingAgent.chat`, LangGraph's loop and checkpoints):")
        pstats.Stats(str(args.profile)).sort_stats("tottime").print_stats(15)
        inside = pstats.Stats(*nodes.profiles)
        inside.dump_stats(args.profile.with_suffix(".nodes.prof"))
        print("Inside the nodes (understand, act, respond):")
        inside.sort_stats("cumulative").print_stats(45)


if __name__ == "__main__":
    main()
