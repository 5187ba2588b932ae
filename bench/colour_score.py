"""Score one colour label file once: `python -m bench.colour_score FILE [--rules-only]`.

FILE has the columns of bench/clothing_colours.csv (`file, role, label, colour, also, note, split`);
every split in it is scored on ../shared/benchmarks/clothing with the shipped colour namer reading
the item's embedding as the photo path does, without the embedding (`--no-embedding`), or with
the rules alone (`--rules-only` switches the learned namer off, as a same-run baseline). Prints the
table rows of bench/vision_clothing.py: strict, counting the labeller's alternatives, the border
palette and "always black".
"""

from __future__ import annotations

import argparse
from pathlib import Path

import vision.colors
from bench.vision_clothing import _colour_split_rows, read_colour_labels
from vision.encoder import EfficientNetLite0Encoder

CLOTHING = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "clothing"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("labels", type=Path)
    parser.add_argument("--clothing", type=Path, default=CLOTHING)
    parser.add_argument("--rules-only", action="store_true", help="switch the learned namer off")
    parser.add_argument(
        "--no-embedding", action="store_true", help="the namer without the item's embedding"
    )
    args = parser.parse_args()
    encoder = None if args.no_embedding or args.rules_only else EfficientNetLite0Encoder()
    if args.rules_only:
        vision.colors.shipped_namer = lambda: None  # type: ignore[assignment]
    rows = read_colour_labels(args.labels)
    who = "rules alone" if args.rules_only else "shipped namer"
    who += "" if encoder is not None or args.rules_only else ", no embedding"
    print(f"| measure ({who}, {args.labels.name}) | Aisle | baselines (same run) |")
    print("|---|---|---|")
    for split in dict.fromkeys(r["split"] for r in rows):
        part = [r for r in rows if r["split"] == split]
        for line in _colour_split_rows(args.clothing, part, split, encoder):
            print(line)


if __name__ == "__main__":
    main()
