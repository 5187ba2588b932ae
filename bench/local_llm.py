"""Local language models in the loop: `python -m bench.local_llm --goals 12 --seed 7 --write`.

The purchase benchmark's scripted shopper (bench/purchase.py) on a fixed seeded sample of the
ChatShop dev goals, once per planner in one run, goal by goal (each goal runs through every
planner before the next, so all see the same machine load): `rules`, then `hybrid` and `llm` with
each packaged local model. Reported per planner: purchase success, mean turns, p50/p95 turn
latency, model tokens/s, resident memory after loading the model, how often the rules had to
take over, and where a turn's time goes (prompt evaluation, generation, the rest = tools/graph).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agent.chat_llamacpp import LlamaCppChat
from agent.chat_models import load_chat_model
from agent.service import ShoppingAgent
from aisle.services import Services
from aisle.settings import Settings
from bench.purchase import (
    DEFAULT_DIR,
    DETAILS,
    Outcome,
    load_goals,
    machine,
    next_message,
    open_services,
    percentile,
)
from bench.purchase import is_success as bought_target

MAX_TURNS = 8


@dataclass
class Planner:
    name: str
    agent: ShoppingAgent
    model: LlamaCppChat | None = None
    rss_mb: float = 0.0
    runs: list[Outcome] = field(default_factory=list)
    fallbacks: int = 0
    model_turns: int = 0
    prompt_ms: list[float] = field(default_factory=list)
    generation_ms: list[float] = field(default_factory=list)
    tokens: int = 0


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def open_planner(name: str, services: Services, settings: Settings) -> Planner:
    kind, _, model_name = name.partition("/")
    if kind == "rules":
        return Planner(name, ShoppingAgent(settings, services), rss_mb=rss_mb())
    model = load_chat_model(f"local:{model_name}", settings)
    assert isinstance(model, LlamaCppChat)
    if kind == "llm":
        agent = ShoppingAgent(settings, services, chat_model=model)
    else:
        agent = ShoppingAgent(settings, services, understanding_model=model)
    return Planner(name, agent, model, rss_mb=rss_mb())


def shop(planner: Planner, goal: dict[str, Any]) -> Outcome:
    """The purchase script of bench/purchase.py, also reading what the model cost each turn."""
    said: set[str] = set()
    message: str | None = goal["instruction"]
    thread: str | None = None
    outcome = Outcome(success=False, turns=0)
    while message is not None and outcome.turns < MAX_TURNS:
        calls_before = len(planner.model.stats) if planner.model else 0
        started = time.perf_counter()
        turn = planner.agent.chat(thread, message)
        outcome.latencies_ms.append((time.perf_counter() - started) * 1000)
        outcome.turns += 1
        said.add(message)
        thread = turn.thread_id
        _account(planner, thread, calls_before)
        if turn.order is not None:
            outcome.success = bought_target(turn.order, goal)
            outcome.reason = "bought" if outcome.success else "bought another product"
            return outcome
        message = next_message(turn, goal, said)
        if message is None and "email" in turn.reply.lower() and DETAILS not in said:
            message = DETAILS  # a model's own words for "send your details"
    outcome.reason = "no order"
    return outcome


def _account(planner: Planner, thread: str, calls_before: int) -> None:
    if planner.model is None:
        return
    state = planner.agent.graph.get_state({"configurable": {"thread_id": thread}}).values
    planner.fallbacks += bool(state.get("model_fallback"))
    calls = planner.model.stats[calls_before:]
    planner.model_turns += bool(calls)
    planner.prompt_ms.append(sum(c.prompt_ms + c.wait_ms for c in calls))
    planner.generation_ms.append(sum(c.generation_ms for c in calls))
    planner.tokens += sum(c.completion_tokens for c in calls)


def report(planners: list[Planner], goals: list[dict[str, Any]], header: list[str]) -> str:
    n = len(goals)
    lines = [
        *header,
        "",
        "| planner | success | mean turns | p50 turn s | p95 turn s | gen tokens/s | RSS MB "
        "| turns the rules took over |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for p in planners:
        latencies = [ms / 1000 for run in p.runs for ms in run.latencies_ms]
        ok = sum(run.success for run in p.runs)
        gen_s = sum(p.generation_ms) / 1000
        rate = f"{p.tokens / gen_s:.1f}" if gen_s else "—"
        taken = f"{p.fallbacks}/{len(latencies)}" if p.model else "—"
        lines.append(
            f"| {p.name} | {ok}/{n} = {ok / n:.0%} | "
            f"{statistics.mean(r.turns for r in p.runs):.2f} | {percentile(latencies, 50):.2f} | "
            f"{percentile(latencies, 95):.2f} | {rate} | {p.rss_mb:.0f} | {taken} |"
        )
    lines += [
        "",
        "Where a turn's time goes (mean seconds per turn; prompt = prompt evaluation plus waiting "
        "for the model, generation = sampling tokens, rest = tools, search and the graph):",
        "",
        "| planner | turn | prompt | generation | rest | outcomes |",
        "|---|---|---|---|---|---|",
    ]
    for p in planners:
        turns = [ms / 1000 for run in p.runs for ms in run.latencies_ms]
        prompt = sum(p.prompt_ms) / 1000 / max(1, len(turns))
        gen = sum(p.generation_ms) / 1000 / max(1, len(turns))
        mean = statistics.mean(turns)
        reasons: dict[str, int] = {}
        for run in p.runs:
            reasons[run.reason] = reasons.get(run.reason, 0) + 1
        outcomes = ", ".join(f"{k}: {v}" for k, v in sorted(reasons.items()))
        lines.append(
            f"| {p.name} | {mean:.2f} | {prompt:.2f} | {gen:.2f} | {mean - prompt - gen:.2f} "
            f"| {outcomes} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DIR, help="ChatShop directory")
    parser.add_argument("--goals", type=int, default=100, help="size of the seeded sample")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--planners",
        default="rules,hybrid/qwen2.5-coder-1.5b,llm/qwen2.5-coder-1.5b,hybrid/gemma3-270m,"
        "llm/gemma3-270m",
    )
    parser.add_argument("--data-dir", type=Path, default=None, help="reuse an ingested catalog")
    parser.add_argument("--write", type=Path, default=None, help="write the table to this file")
    args = parser.parse_args()

    command = " ".join(["python -m bench.local_llm", *sys.argv[1:]])
    before = machine()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="aisle-local-llm-"))
    services, timings = open_services(data_dir, args.data / "products.tsv")
    every = load_goals(args.data / "goals_dev.jsonl", None)
    goals = random.Random(args.seed).sample(every, min(args.goals, len(every)))
    settings = services.settings.model_copy(update={"model_timeout_s": 120.0})
    planners = [open_planner(name, services, settings) for name in args.planners.split(",")]
    started = time.perf_counter()
    try:
        for i, goal in enumerate(goals, start=1):
            for planner in planners:
                planner.runs.append(shop(planner, goal))
            done = " ".join(f"{p.name}={sum(r.success for r in p.runs)}" for p in planners)
            print(f"[{i}/{len(goals)} {time.perf_counter() - started:.0f}s] {done}", flush=True)
            if args.write:  # after every goal, so a run cut short still leaves its numbers
                args.write.write_text(
                    report(
                        planners,
                        goals[:i],
                        _header(args, command, before, i, settings, timings, len(every), started),
                    )
                )
    finally:
        for planner in planners:
            planner.agent.close()
        services.close()
    header = _header(args, command, before, len(goals), settings, timings, len(every), started)
    text = report(planners, goals, header)
    print(text)
    if args.write:
        args.write.write_text(text)


def _header(
    args: argparse.Namespace,
    command: str,
    before: str,
    done: int,
    settings: Settings,
    timings: dict[str, float],
    total: int,
    started: float,
) -> list[str]:
    return [
        f"Command: `{command}`  ",
        f"Goals: {done} of the {total} ChatShop dev goals, sampled with seed "
        f"{args.seed}; catalog {int(timings['products'])} products.  ",
        f"Machine at start: {before}.  ",
        f"Machine at end: {machine()}.  ",
        f"Wall time {time.perf_counter() - started:.0f} s; llama.cpp n_ctx "
        f"{settings.local_context}, {settings.local_threads} thread(s), temperature 0, model "
        f"timeout {settings.model_timeout_s:.0f} s.",
    ]


if __name__ == "__main__":
    main()
