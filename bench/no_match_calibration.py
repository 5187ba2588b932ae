"""Calibrate "we don't carry that": `python -m bench.no_match_calibration --data-dir DIR`.

The agent says the store does not carry something when the best search hit shares under half of
the query's words AND the best dense (MiniLM) cosine of any product is below a threshold
(`agent/tools_catalog.py`). A **false "no"** is a chatshop dev goal, whose target product exists
in the catalog, that the rule would answer "we don't carry that"; the target is ≤ 2%.
The same run reports, on the sample catalog, how many requests for goods it does not stock are
caught (true "no"), and how many requests for goods it stocks are wrongly refused.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from agent.carried import NO_MATCH_COVERAGE
from aisle.services import Services
from aisle.settings import Settings
from bench import SHARED_BENCHMARKS
from catalog.embed import load_text_encoder
from catalog.ingest import ingest
from catalog.model import Product
from catalog.payload import product_words
from catalog.sparse import tokenize

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "sample" / "catalog.jsonl"
THRESHOLDS = (0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60)
# What a shopper might ask the sample store for, written without looking at scores.
NOT_STOCKED = [
    "iphones", "do you sell iphones?", "car tires", "a sofa", "pet food for my dog", "a lawn mower",
    "an electric guitar", "perfume", "a flat screen tv", "a gaming laptop", "baby stroller",
    "world cup jersey", "wedding ring", "printer ink", "a bicycle", "fishing rod", "motor oil",
    "vitamins", "earrings", "a mattress", "kids toys", "garden hose", "wine", "cigarettes",
    "a drone", "dog leash", "office chair", "microwave oven", "a tennis racket", "piano",
]  # fmt: skip
STOCKED = [
    "running shoes", "a rain jacket", "a tote bag", "coffee beans", "socks", "a backpack",
    "sunglasses", "a watch", "a mug", "a hoodie", "jeans", "a dress", "granola bars",
    "headphones", "a scarf", "a belt", "boots", "sandals", "a beanie", "a duffel bag",
    "trail runners", "sneakers", "t-shirt", "a cutting board", "a desk lamp", "speaker",
    "a winter hat", "wool socks", "a laptop backpack", "decaf coffee",
]  # fmt: skip


def open_catalog(data_dir: Path, products: Path) -> Services:
    settings = Settings(data_dir=data_dir, image_vectors=False, _env_file=None)  # type: ignore[call-arg]
    services = Services(settings)
    encoder = load_text_encoder(settings)

    def sync(batch: list[Product]) -> None:
        services.commerce.sync_catalog(batch)

    ingest(products, services.index, encoder, on_batch=sync)
    return services


def evidence(services: Services, text: str) -> tuple[float, float]:
    """(share of the query's words in the best hit, best dense cosine) for one request."""
    result = services.search.search(text, limit=1)
    terms = set(tokenize(result.query.text))
    if not result.hits or not terms:
        return 0.0, 0.0
    covered = len(terms & set(product_words(result.hits[0].product))) / len(terms)
    return covered, services.search.closeness(result.query.text)


def refused(pairs: list[tuple[float, float]], threshold: float) -> int:
    return sum(cov < NO_MATCH_COVERAGE and dense < threshold for cov, dense in pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=SHARED_BENCHMARKS / "chatshop")
    parser.add_argument("--data-dir", type=Path, default=None, help="reuse an ingested catalog")
    parser.add_argument("--limit", type=int, default=None, help="first N dev goals only")
    args = parser.parse_args()
    base = args.data_dir or Path(tempfile.mkdtemp(prefix="aisle-nomatch-"))
    started = time.perf_counter()
    chatshop = open_catalog(base / "chatshop", args.data / "products.tsv")
    goals = [json.loads(line) for line in (args.data / "goals_dev.jsonl").read_text().splitlines()]
    goals = goals[: args.limit] if args.limit else goals
    dev = [evidence(chatshop, g["instruction"]) for g in goals]
    chatshop.close()
    sample = open_catalog(base / "sample", SAMPLE)
    absent = [evidence(sample, text) for text in NOT_STOCKED]
    present = [evidence(sample, text) for text in STOCKED]
    sample.close()
    print(f"chatshop dev goals: {len(dev)}; sample probes: {len(absent)} not stocked, "
          f"{len(present)} stocked; {time.perf_counter() - started:.0f} s")  # fmt: skip
    print(f"coverage rule: best hit holds < {NO_MATCH_COVERAGE:.0%} of the query's words, and")
    print("| dense threshold | false 'no' on dev goals | not-stocked caught (sample) "
          "| stocked refused (sample) |")  # fmt: skip
    print("|---|---|---|---|")
    for threshold in THRESHOLDS:
        print(
            f"| {threshold:.2f} | {refused(dev, threshold)}/{len(dev)} = "
            f"{refused(dev, threshold) / len(dev):.1%} | {refused(absent, threshold)}/{len(absent)}"
            f" | {refused(present, threshold)}/{len(present)} |"
        )
    print(f"| baseline: never say no | 0.0% | 0/{len(absent)} | 0/{len(present)} |")


if __name__ == "__main__":
    main()
