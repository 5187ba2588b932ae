"""The operations schemathesis reads from an OpenAPI document, for the fuzz tests."""

from __future__ import annotations

from schemathesis import APIOperation, BaseSchema
from schemathesis.core.result import Err


def operations(schema: BaseSchema) -> list[APIOperation]:
    """Every operation in `schema`; one schemathesis cannot read fails the test with its error."""
    found = []
    for result in schema.get_all_operations():
        if isinstance(result, Err):
            raise result.err()
        found.append(result.ok())
    return found
