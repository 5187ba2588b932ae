"""Purchase benchmark on ChatShop dev goals: `python -m bench.purchase --limit 100 --write`.

A scripted shopper gives each goal's instruction to the agent (rules planner), then says "add the
first one to my cart", "check out", gives name, email and address in one message when asked,
answers a size/colour question from the goal's options, and says "yes" at the confirmation.
Success = an order holding the goal's `target_id` at a price within `price_upper`. The baseline,
measured in the same run, buys the top search hit for the instruction directly through Commerce.
A second table compares a contemplate turn ("which is best for ...") with a plain search turn.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agent.service import ShoppingAgent
from agent.turn import ChatTurn
from aisle.services import Services
from aisle.settings import Settings
from bench import SHARED_BENCHMARKS
from catalog.embed import load_text_encoder
from catalog.ingest import ingest
from catalog.model import Product
from commerce.models import Address, Buyer, PaymentMethod

DEFAULT_DIR = SHARED_BENCHMARKS / "chatshop"
DETAILS = "Sam Lee, sam@example.com, 1 Market St, San Francisco, CA 94105"
MAX_TURNS = 10


@dataclass
class Outcome:
    success: bool
    turns: int
    latencies_ms: list[float] = field(default_factory=list)
    reason: str = ""
    bought: str | None = None


def load_goals(path: Path, limit: int | None) -> list[dict[str, Any]]:
    goals = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return goals[:limit] if limit else goals


def open_services(data_dir: Path, products: Path) -> tuple[Services, dict[str, float]]:
    settings = Settings(data_dir=data_dir, image_vectors=False, _env_file=None)  # type: ignore[call-arg]
    services = Services(settings)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    encoder = load_text_encoder(settings)
    timings["model load s"] = time.perf_counter() - started
    started = time.perf_counter()

    def sync(batch: list[Product]) -> None:
        services.commerce.sync_catalog(batch)

    report = ingest(products, services.index, encoder, on_batch=sync)
    timings["ingest s"] = time.perf_counter() - started
    timings["products"] = services.index.count()
    timings["imported now"] = report.imported
    services.search.search("warm up the encoder")  # first-call costs are not a turn's latency
    return services, timings


def is_success(order: Any, goal: dict[str, Any]) -> bool:
    if order is None:
        return False
    ceiling = round(goal["price_upper"] * 100)
    return any(
        line.product_id == goal["target_id"] and line.unit_price.amount <= ceiling
        for line in order.lines
    )


def next_message(turn: ChatTurn, goal: dict[str, Any], said: set[str]) -> str | None:
    """What a shopper following the script says next, or None when the script is done."""
    if turn.order is not None:
        return None
    if turn.awaiting_confirmation:
        return "yes"
    if "name, email and shipping address" in turn.reply:
        return DETAILS if DETAILS not in said else None
    if match := re.search(r"Which (.+?) would you like", turn.reply):
        return _pick_option(match[1], goal)
    if turn.cart and turn.cart.lines:
        return "check out" if "check out" not in said else None
    if "add the first one to my cart" not in said:
        return "add the first one to my cart"
    return None


def _pick_option(question: str, goal: dict[str, Any]) -> str:
    """Answer "size (S, M, L)" with the goal's option if listed, else the first one offered."""
    offered = [
        o.strip() for group in re.findall(r"\(([^)]*)\)", question) for o in group.split(",")
    ]
    wanted = [o for o in offered if o.lower() in {g.lower() for g in goal["goal_options"]}]
    return (wanted or offered or ["any"])[0]


def shop_with_agent(agent: ShoppingAgent, goal: dict[str, Any]) -> Outcome:
    said: set[str] = set()
    message: str | None = goal["instruction"]
    thread: str | None = None
    outcome = Outcome(success=False, turns=0)
    while message is not None and outcome.turns < MAX_TURNS:
        started = time.perf_counter()
        turn = agent.chat(thread, message)
        outcome.latencies_ms.append((time.perf_counter() - started) * 1000)
        outcome.turns += 1
        said.add(message)
        thread = turn.thread_id
        if turn.order is not None:
            outcome.bought = turn.order.lines[0].product_id if turn.order.lines else None
            outcome.success = is_success(turn.order, goal)
            outcome.reason = "bought" if outcome.success else "bought another product"
            return outcome
        message = next_message(turn, goal, said)
    outcome.reason = "no order"
    return outcome


def shop_directly(services: Services, goal: dict[str, Any]) -> Outcome:
    """Baseline: buy the top search hit for the instruction, no conversation."""
    started = time.perf_counter()
    outcome = Outcome(success=False, turns=0, reason="no hit")
    hits = services.search.search(goal["instruction"], limit=1).hits
    if hits:
        commerce = services.commerce
        hit = hits[0]
        variant = (hit.variant_ids or [hit.product.variants[0].id])[0]
        cart = commerce.create_cart(thread_id=f"baseline-{goal['goal_id']}")
        commerce.add_to_cart(cart.id, hit.product.id, variant, 1)
        buyer = Buyer(name="Sam Lee", email="sam@example.com")
        address = Address(
            name="Sam Lee", line_one="1 Market St", city="San Francisco", state="CA",
            postal_code="94105", country="US",
        )  # fmt: skip
        session = commerce.create_checkout(cart.id, buyer=buyer, shipping_address=address)
        done = commerce.complete_checkout(session.id, PaymentMethod(token="tok_visa"))
        if done.order_id:
            order = commerce.get_order(done.order_id)
            outcome.bought = hit.product.id
            ceiling = round(goal["price_upper"] * 100)
            outcome.success = any(
                li.product_id == goal["target_id"] and li.unit_price.amount <= ceiling
                for li in order.line_items
            )
            outcome.reason = "bought" if outcome.success else "bought another product"
    outcome.latencies_ms.append((time.perf_counter() - started) * 1000)
    return outcome


def contemplate_cost(agent: ShoppingAgent, goals: list[dict[str, Any]]) -> dict[str, list[float]]:
    """Per fresh thread: the search turn, a details turn, then a contemplate turn (ms each)."""
    timings: dict[str, list[float]] = {"search": [], "details": [], "contemplate": []}
    for goal in goals:
        needs = ", ".join(goal["attributes"]) or "me"
        thread = None
        for kind, message in (
            ("search", goal["instruction"]),
            ("details", "what's the first one made of?"),
            ("contemplate", f"which is best for {needs}?"),
        ):
            started = time.perf_counter()
            thread = agent.chat(thread, message).thread_id
            timings[kind].append((time.perf_counter() - started) * 1000)
    return timings


def percentile(values: list[float], q: int) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def machine() -> str:
    load = os.getloadavg()
    return (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs shared with other "
        f"jobs, load average {load[0]:.1f}/{load[1]:.1f}/{load[2]:.1f}, "
        f"Python {platform.python_version()}"
    )


def report(
    goals: list[dict[str, Any]],
    agent_runs: list[Outcome],
    baseline: list[Outcome],
    plain: dict[str, list[float]],
    timings: dict[str, float],
    command: str,
    machine_before: str,
) -> str:
    latencies = [ms for run in agent_runs for ms in run.latencies_ms]
    searching = [run.latencies_ms[0] for run in agent_runs if run.latencies_ms]
    other = [ms for run in agent_runs for ms in run.latencies_ms[1:]]
    n = len(goals)
    agent_ok = sum(r.success for r in agent_runs)
    base_ok = sum(run.success for run in baseline)
    base_ms = [ms for run in baseline for ms in run.latencies_ms]
    same = sum(run.bought == base.bought for run, base in zip(agent_runs, baseline, strict=True))
    reasons: dict[str, int] = {}
    for run in agent_runs:
        reasons[run.reason] = reasons.get(run.reason, 0) + 1
    lines = [
        "# Purchase benchmark (ChatShop dev goals)",
        "",
        f"Command: `{command}`  ",
        f"Goals: first {n} of `goals_dev.jsonl` (dev split); catalog {int(timings['products'])} "
        f"products from `products.tsv`.  ",
        f"Machine at start: {machine_before}.  ",
        f"Machine at end: {machine()}.  ",
        f"Text model load {timings['model load s']:.1f} s and ingest {timings['ingest s']:.1f} s "
        "(not counted in any latency below).",
        "",
        "| method | success | mean turns | p50 turn ms | p95 turn ms |",
        "|---|---|---|---|---|",
        f"| baseline: top search hit bought through Commerce | {base_ok}/{n} = "
        f"{base_ok / n:.1%} | — | {percentile(base_ms, 50):.0f} (whole purchase) | "
        f"{percentile(base_ms, 95):.0f} (whole purchase) |",
        f"| agent, rules planner, scripted shopper | {agent_ok}/{n} = {agent_ok / n:.1%} | "
        f"{statistics.mean(r.turns for r in agent_runs):.2f} | {percentile(latencies, 50):.0f} | "
        f"{percentile(latencies, 95):.0f} |",
        "",
        "Agent outcomes: " + ", ".join(f"{k}: {v}" for k, v in sorted(reasons.items())) + ".",
        f"The agent bought the baseline's product in {same}/{n} goals.",
        "",
        "Agent turn latency by kind (the search turn is dominated by `CatalogSearch.search`):",
        "",
        "| agent turns | n | p50 ms | p95 ms |",
        "|---|---|---|---|",
        f"| first turn (instruction → search) | {len(searching)} | "
        f"{percentile(searching, 50):.0f} | {percentile(searching, 95):.0f} |",
        f"| later turns (add, check out, details, yes) | {len(other)} | "
        f"{percentile(other, 50):.0f} | {percentile(other, 95):.0f} |",
        "",
        "## Contemplate mode vs a plain turn (rules planner)",
        "",
        'Each thread: the instruction, then "what\'s the first one made of?", then "which is '
        'best for <goal attributes>?" (up to 4 candidates, one `Send` sub-agent each).',
        "",
        "| turn | n | mean ms | p50 ms | p95 ms | contemplate mean ÷ this mean |",
        "|---|---|---|---|---|---|",
        *(_turn_row(kind, plain[kind], plain["contemplate"]) for kind in plain),
        "",
    ]
    return "\n".join(lines)


def _turn_row(kind: str, values: list[float], contemplate: list[float]) -> str:
    ratio = statistics.mean(contemplate) / statistics.mean(values)
    return (
        f"| {kind} | {len(values)} | {statistics.mean(values):.1f} | "
        f"{percentile(values, 50):.1f} | {percentile(values, 95):.1f} | {ratio:.2f}× |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DIR, help="ChatShop directory")
    parser.add_argument("--limit", type=int, default=None, help="first N dev goals only")
    parser.add_argument("--contemplate", type=int, default=50, help="goals for the 2nd table")
    parser.add_argument("--data-dir", type=Path, default=None, help="reuse an ingested catalog")
    parser.add_argument("--write", action="store_true", help="write bench/results/purchase.md")
    args = parser.parse_args()

    command = " ".join(["python -m bench.purchase", *sys.argv[1:]])
    machine_before = machine()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="aisle-purchase-"))
    services, timings = open_services(data_dir, args.data / "products.tsv")
    goals = load_goals(args.data / "goals_dev.jsonl", args.limit)
    agent = ShoppingAgent.open(services.settings, services)
    try:
        baseline: list[Outcome] = []
        agent_runs: list[Outcome] = []
        for goal in goals:  # interleaved, so both see the same machine load
            baseline.append(shop_directly(services, goal))
            agent_runs.append(shop_with_agent(agent, goal))
        plain = contemplate_cost(agent, goals[: args.contemplate])
    finally:
        agent.close()
        services.close()
    text = report(goals, agent_runs, baseline, plain, timings, command, machine_before)
    print(text)
    if args.write:
        out = Path(__file__).parent / "results" / "purchase.md"
        out.write_text(text)


if __name__ == "__main__":
    main()
