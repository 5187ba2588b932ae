"""Benchmarks: scripts that print a table with a baseline measured in the same run."""

from pathlib import Path

# The public third-party data sets live beside the repository, never inside it.
SHARED_BENCHMARKS = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
