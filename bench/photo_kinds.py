"""How chat photos are told apart and when "add this" may skip the question, on the sample photos.

    .venv/bin/python -m bench.photo_kinds --data-dir DIR

DIR holds the sample catalog imported with image vectors (`AISLE_DATA_DIR=DIR aisle ingest
fixtures/sample/catalog.jsonl`). For each of the 60 shopper photos in
`fixtures/sample/photos/photos.jsonl` (each names the product photographed) it runs the real
vision pipeline with no question, then reports: how often the best look-alike is that product,
and for each lead over the runner-up how many photos would be added without asking and how many
of those are right (`agent.photos.CLEAR_LEAD`); and how many photos carry OCR text matches, how
many of those `photo_kind` keeps as a package, and how many of each are the photographed product.
The baseline, same run, is the rule before it: any text match replaced the visual match.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from agent.photos import CLEAR_LEAD, photo_kind
from aisle.services import Services
from aisle.settings import Settings

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

            def title_of(product_id: str) -> str | None:
                product = services.search.get(product_id)
                return product.title if product else None

            similar = facts.similar
            lead = similar[0].score - similar[1].score if len(similar) > 1 else 1.0
            texted = facts.text_matches[0].id if facts.text_matches else None
            results.append(
                {
                    "truth": row["product_id"],
                    "visual": similar[0].id if similar else None,
                    "lead": lead,
                    "text": texted,
                    "kind": photo_kind(facts, "", title_of),
                }
            )
    finally:
        services.close()
    total = len(results)
    right = sum(r["visual"] == r["truth"] for r in results)
    print(f"best look-alike is the photographed product: {right}/{total}\n")
    print("| lead over the runner-up ≥ | added without asking | of those right |")
    print("|---|---|---|")
    for lead in LEADS:
        picked = [r for r in results if r["lead"] >= lead]
        good = sum(r["visual"] == r["truth"] for r in picked)
        mark = " (CLEAR_LEAD)" if lead == CLEAR_LEAD else ""
        print(f"| {lead:.2f}{mark} | {len(picked)}/{total} | {good}/{len(picked)} |")
    with_text = [r for r in results if r["text"]]
    kept = [r for r in with_text if r["kind"] == "package"]
    dropped = [r for r in with_text if r["kind"] != "package"]
    print("\n| photos with OCR text matches | rule | shows the text match | text match right |")
    print("|---|---|---|---|")
    right_text = sum(r["text"] == r["truth"] for r in with_text)
    print(f"| {len(with_text)} | baseline: any text match | {len(with_text)} | {right_text} |")
    print(
        f"| {len(with_text)} | photo_kind | {len(kept)} | "
        f"{sum(r['text'] == r['truth'] for r in kept)} (dropped: "
        f"{sum(r['text'] == r['truth'] for r in dropped)} right, "
        f"{sum(r['visual'] == r['truth'] for r in dropped)} visual matches right there) |"
    )


if __name__ == "__main__":
    main()
