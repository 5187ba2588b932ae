"""Start several worker processes at the same moment, to test what races at start-up."""

from __future__ import annotations

import subprocess
import sys


def run_together(script: str, argument: str, workers: int = 4) -> list[tuple[int, str]]:
    """Each worker runs `script` with `argument`, prints "ready" after its imports and waits for
    "go"; all get it at once. Returns each worker's exit code and standard error."""
    started = [
        subprocess.Popen(
            [sys.executable, "-c", script, argument],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(workers)
    ]
    for worker in started:
        assert worker.stdout is not None and worker.stdout.readline() == "ready\n"
    for worker in started:
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    errors = [worker.communicate(timeout=120)[1] for worker in started]
    return [(worker.returncode, error) for worker, error in zip(started, errors, strict=True)]
