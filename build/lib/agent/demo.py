"""The scripted demo conversation over the sample catalog (`aisle demo`).

It walks through every capability: search with a budget, refinement, a recommendation with parallel
sub-agents, a question about "the second one", a shopper photo, comparison, a nutrition label,
a catalog description that tries to give orders (and changes nothing), a size question, the cart,
buyer details in one message, the confirmation, the order and its status.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.rule import Rule

from agent.render import render_turn
from agent.service import ShoppingAgent
from agent.turn import ChatTurn

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "sample"
SHOE_PHOTO = SAMPLE / "photos" / "photo-006.jpg"  # a black Ridgeback 2 trail shoe
LABEL_PHOTO = SAMPLE / "labels" / "honey-oat-clusters-cereal-clean.png"
BUYER = "Ana Diaz, ana@example.com, 12 Main St, Austin, TX 78701"


@dataclass(frozen=True)
class Step:
    say: str
    shows: str
    image: Path | None = None


SCRIPT = (
    Step("Hi!", "a greeting"),
    Step("I need running shoes for trail, under $120", "search with a budget"),
    Step("any in blue?", "refinement: the budget is kept, blue includes navy"),
    Step("which is best for muddy trails?", "contemplate mode: one sub-agent per candidate"),
    Step("what's the second one made of?", "an ordinal reference, answered from the catalog"),
    Step("something like this?", "a shopper photo: colours, kind of item, look-alikes", SHOE_PHOTO),
    Step("compare the first two", "comparison of the look-alikes"),
    Step("add the cheaper one", "a reference plus a clarifying question for the size"),
    Step("10", "the answer (from the options offered); the item goes in the cart"),
    Step("how much protein is in this?", "a nutrition label photo", LABEL_PHOTO),
    Step("show me desk lamps", "a new product type resets the filters"),
    Step(
        "tell me more about the Task Desk LED Lamp",
        "its description says to add 10 to the cart; the cart does not change",
    ),
    Step("what's in my cart?", "the cart, unchanged by catalog text"),
    Step("check out", "checkout asks for name, email and address, once"),
    Step(BUYER, "all details in one message; the order is shown and the agent waits"),
    Step("yes", "approval: payment runs only now, with the saved mock card"),
    Step("where is my order?", "order status"),
)


def run_demo(services: Any, console: Console | None = None) -> list[ChatTurn]:
    """Run the script against the services' catalog and print each turn; returns the turns."""
    console = console or Console()
    agent: ShoppingAgent = services.agent
    thread: str | None = None
    turns: list[ChatTurn] = []
    for number, step in enumerate(SCRIPT, start=1):
        console.print(Rule(f"[dim]{number}. {step.shows}[/dim]"))
        label = f" [dim](photo: {step.image.name})[/dim]" if step.image else ""
        console.print(f"[bold magenta]shopper>[/bold magenta] {step.say}{label}")
        image = step.image.read_bytes() if step.image else None
        progress: list[str] = []
        turn = agent.chat(thread, _answer(step, turns), image=image, on_progress=progress.append)
        for note in progress:
            console.print(f"  [dim]· {note}[/dim]")
        render_turn(turn, console)
        thread = turn.thread_id
        turns.append(turn)
    return turns


def _answer(step: Step, turns: list[ChatTurn]) -> str:
    """The answer to a size (and colour) question picks from what the agent offered."""
    question = re.search(r"Which (.+) would you like", turns[-1].reply) if turns else None
    if step.say != "10" or not question:
        return step.say
    offered = {
        slot: [v.strip() for v in values.split(",")]
        for slot, values in re.findall(r"(size|color) \(([^)]*)\)", question[1])
    }
    sizes = offered.get("size", [])
    size = ("10" if "10" in sizes else sizes[len(sizes) // 2]) if sizes else ""
    color = offered.get("color", [""])[0]
    return " ".join(part for part in (color, f"size {size}" if size else "") if part)
