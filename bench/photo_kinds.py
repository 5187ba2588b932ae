"""How chat photos are told apart and when "add this" may skip the question, on the sample photos.

    .venv/bin/python -m bench.photo_kinds --data-dir DIR

DIR holds the sample catalog imported with image vectors (`AISLE_DATA_DIR=DIR aisle ingest
fixtures/sample/catalog.jsonl`). For each of the 60 shopper photos in
`fixtures/sample/photos/photos.jsonl` (each names the product photographed) it runs the real
vision pipeline with no question, then reports:

- how often the best look-alike is that product, and which photos "add this" adds without
  asking: by the lead over the runner-up alone (`agent.photos.CLEAR_LEAD`), and by the rule
  used (a clear lead, or most look-alikes sharing the best one's kind), with how many of those
  are the very product and how many at least the right kind of product;
- printed names: how many photos `photo_kind` calls a package, and how many of those name the
  photographed product. Same-run baseline: the rule before, a catalog search with the photo's
  first printed lines (any hit counted, as that rule's best text match always scored 1.0).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from agent.photos import CLEAR_LEAD, clear_best, matches_for, photo_kind, shared_kind
from aisle.services import Services
from aisle.settings import Settings
from vision.product_text import name_query

PHOTOS = Path(__file__).resolve().parent.parent / "fixtures" / "sample" / "photos"
LEADS = (0.0, 0.02, 0.03, CLEAR_LEAD, 0.08)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", required=True)
    args = parser.parse_args()
    services = Services(Settings(data_dir=Path(args.data_dir)))
    rows = [json.loads(line) for line in (PHOTOS / "photos.jsonl").open()]
    results: list[dict[str, Any]] = []
    try:
        for row in rows:
            facts = services.vision.analyze_image(PHOTOS / row["file"], limit=5)
            kind = photo_kind(facts, "")
            matches = matches_for(facts, kind)
            products = [services.search.get(m.id) for m in matches]
            leaves = [p.category[-1] for p in products if p is not None and p.category]
            agreed = shared_kind(leaves) is not None
            best = clear_best(kind, matches, agreed)
            similar = facts.similar
            query = name_query(facts.text) if facts.text else ""
            searched = services.search.search(query, limit=1).hits if query else []
            results.append(
                {
                    "truth": row["product_id"],
                    "truth_kind": row["category"][-1],
                    "visual": similar[0].id if similar else None,
                    "lead": similar[0].score - similar[1].score if len(similar) > 1 else 1.0,
                    "best": best,
                    "best_kind": _leaf(services, best),
                    "kind": kind,
                    "named": matches[0].id if kind == "package" else None,
                    "searched": searched[0].product.id if searched else None,
                }
            )
    finally:
        services.close()
    print(report(results))


def _leaf(services: Services, product_id: str | None) -> str | None:
    product = services.search.get(product_id) if product_id else None
    return product.category[-1] if product and product.category else None


def report(results: list[dict[str, Any]]) -> str:
    total = len(results)
    right = sum(r["visual"] == r["truth"] for r in results)
    out = [f"best look-alike is the photographed product: {right}/{total}", ""]
    out += ["| lead over the runner-up ≥ | added without asking | of those right |"]
    out += ["|---|---|---|"]
    for lead in LEADS:
        picked = [r for r in results if r["lead"] >= lead]
        good = sum(r["visual"] == r["truth"] for r in picked)
        mark = " (CLEAR_LEAD)" if lead == CLEAR_LEAD else ""
        out.append(f"| {lead:.2f}{mark} | {len(picked)}/{total} | {good}/{len(picked)} |")
    added = [r for r in results if r["best"]]
    out += [
        "",
        '| "add this" after a photo | photos | the very product | the right kind |',
        "|---|---|---|---|",
        f"| added (clear lead, a package, or look-alikes agree on the kind) | {len(added)}/{total}"
        f" | {sum(r['best'] == r['truth'] for r in added)} | "
        f"{sum(r['best_kind'] == r['truth_kind'] for r in added)} |",
        f"| asked which one | {total - len(added)}/{total} | — | — |",
    ]
    packages = [r for r in results if r["kind"] == "package"]
    searched = [r for r in results if r["searched"]]
    out += [
        "",
        "| printed names | photos called a package | naming the photographed product |",
        "|---|---|---|",
        f"| baseline: catalog search with the printed lines | {len(searched)}/{total} | "
        f"{sum(r['searched'] == r['truth'] for r in searched)} |",
        f"| titles read word by word (`catalog.printed_names`) | {len(packages)}/{total} | "
        f"{sum(r['named'] == r['truth'] for r in packages)} |",
    ]
    return "\n".join(out)


if __name__ == "__main__":
    main()
