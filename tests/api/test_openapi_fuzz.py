"""Schemathesis against the app: no 500, every answer matches its schema and is documented.

Bounded and deterministic (a fixed number of examples per operation, Hypothesis derandomized)
so that CI runs it in about a minute on two cores. The app is keyless (loopback client) with a
small catalog on the fast hashing encoder; imports the fuzzer queues run on a temporary copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.generation.case import Case
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from catalog.embed import HashingTextEncoder
from tests.api.fuzzing import operations as all_operations
from tests.api.test_catalog_imports import FEED

EXAMPLES = {GenerationMode.POSITIVE: 20, GenerationMode.NEGATIVE: 10}  # per operation
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    response_schema_conformance,
    content_type_conformance,
]


def fuzzed_app(data_dir: Path) -> FastAPI:
    # A ready server: the 503 "warming" that answers while models load has its own tests
    # (test_health.py), and a 5xx is what this fuzz looks for.
    settings = Settings(  # type: ignore[call-arg]
        data_dir=data_dir, image_vectors=False, warm_up=False, _env_file=None
    )
    services = Services(settings)
    services.__dict__["text_encoder"] = HashingTextEncoder()  # no model load
    feed = data_dir.parent / "feed.tsv"
    feed.write_text(FEED)
    services.ingest(feed)
    return create_app(settings, services)


def described(exc: BaseException) -> str:
    """The exception and, for a group (Hypothesis's FlakyFailure is one), each of its members:
    a flaky failure's own message names no check, its members do."""
    text = f"{type(exc).__name__}: {exc}"
    for member in getattr(exc, "exceptions", ()):
        text += "\n  " + described(member).replace("\n", "\n  ")
    return text


@pytest.mark.slow
@pytest.mark.parametrize("mode", list(GenerationMode))
def test_every_operation_answers_as_documented(data_dir: Path, mode: GenerationMode) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", fuzzed_app(data_dir))
    failures: dict[str, str] = {}
    operations = all_operations(schema)
    assert len(operations) >= 20
    for operation in operations:

        @given(case=operation.as_strategy(generation_mode=mode))
        @hypothesis_settings(
            max_examples=EXAMPLES[mode],
            derandomize=True,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def answers_as_documented(case: Case) -> None:
            case.call_and_validate(checks=CHECKS)

        try:
            answers_as_documented()
        except Unsatisfiable:
            continue  # nothing invalid to send here (e.g. a free-form string path parameter)
        except Exception as exc:  # every operation is tried; all failures are reported
            failures[operation.label] = described(exc)[:3000]
    assert not failures, "\n\n".join(f"{op}\n{why}" for op, why in failures.items())
