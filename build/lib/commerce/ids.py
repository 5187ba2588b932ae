"""Prefixed random ids (`cart_…`, `cs_…`, `ord_…`), readable in logs and URLs."""

from __future__ import annotations

import secrets


def new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(12)}"
