"""False "no match" rate on ChatShop dev goals: `python -m bench.no_match --data DIR [--limit N]`.

Only goals whose target is in the catalog count, so an agent that answers one of them with
"we don't carry that" is wrong. The agent (rules planner) gets each instruction as the first
message of a new conversation; the answer counts as "no match" when it shows no products or its
reply says the store does not carry it (the lenient pattern `bench.conversation_checks.NO_MATCH`).
Same-run baseline: how often the catalog search alone returns no hit for the instruction.
Also reported: how often the goal's target is among the products shown.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from agent.service import ShoppingAgent
from bench.conversation_reply import NO_MATCH
from bench.purchase import DEFAULT_DIR, load_goals, machine, open_services, percentile


def says_no_match(reply: str, products: list[Any]) -> bool:
    return not products or bool(NO_MATCH.search(reply))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DIR, help="ChatShop directory")
    parser.add_argument("--limit", type=int, default=None, help="first N dev goals only")
    parser.add_argument("--data-dir", type=Path, default=None, help="reuse an ingested catalog")
    parser.add_argument("--verbose", action="store_true", help="list the no-match answers")
    parser.add_argument("--json", type=Path, default=None, help="write per-goal rows here")
    args = parser.parse_args()

    command = " ".join(["python -m bench.no_match", *sys.argv[1:]])
    machine_before = machine()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="aisle-no-match-"))
    services, timings = open_services(data_dir, args.data / "products.tsv")
    catalog_ids = {
        line.split("\t", 1)[0]
        for line in (args.data / "products.tsv").read_text().splitlines()[1:]
        if line.strip()
    }
    goals = [  # only goals whose target exists: "we don't carry that" is then always wrong
        g for g in load_goals(args.data / "goals_dev.jsonl", args.limit)
        if g["target_id"] in catalog_ids
    ]  # fmt: skip
    agent = ShoppingAgent.open(services.settings, services)
    rows: list[dict[str, Any]] = []
    try:
        for n, goal in enumerate(goals, 1):
            if n % 50 == 0:
                print(f"{n}/{len(goals)} goals", file=sys.stderr, flush=True)
            hits = services.search.search(goal["instruction"], limit=5).hits
            started = time.perf_counter()
            turn = agent.chat(None, goal["instruction"])
            ms = (time.perf_counter() - started) * 1000
            shown = [p.id for p in turn.products]
            rows.append({
                "goal": goal["goal_id"], "ms": ms, "search_empty": not hits,
                "no_match": says_no_match(turn.reply, turn.products),
                "target_shown": goal["target_id"] in shown, "reply": turn.reply,
                "instruction": goal["instruction"], "shown": shown,
            })  # fmt: skip
    finally:
        agent.close()
        services.close()
    print(report(rows, timings, command, machine_before))
    if args.json:  # per goal, to compare two trees goal by goal
        args.json.write_text(json.dumps(rows, indent=1))
    if args.verbose:
        for row in rows:
            if row["no_match"]:
                print(f"- goal {row['goal']}: {row['instruction']!r} -> {row['reply'][:160]!r}")


def report(rows: list[dict[str, Any]], timings: dict[str, float], command: str, before: str) -> str:
    n = len(rows)
    agent_no = sum(r["no_match"] for r in rows)
    search_no = sum(r["search_empty"] for r in rows)
    shown = sum(r["target_shown"] for r in rows)
    ms = [r["ms"] for r in rows]
    return "\n".join([
        "# False no-match rate (ChatShop dev goals; every target is in the catalog)",
        "",
        f"Command: `{command}`  ",
        f"Catalog {int(timings['products'])} products. Machine at start: {before}.  ",
        f"Machine at end: {machine()}.",
        "",
        "| answer to the goal's instruction (first turn) | goals | \"no match\" | rate |",
        "|---|---|---|---|",
        f"| baseline: catalog search returns no hit | {n} | {search_no} | {search_no / n:.1%} |",
        f"| agent, rules planner: no products or \"we don't carry that\" | {n} | {agent_no} | "
        f"{agent_no / n:.1%} |",
        "",
        f"Target among the products shown: {shown}/{n} = {shown / n:.1%}. "
        f"First-turn latency p50 {percentile(ms, 50):.0f} ms, p95 {percentile(ms, 95):.0f} ms.",
    ])  # fmt: skip


if __name__ == "__main__":
    main()
