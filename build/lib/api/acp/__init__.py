"""The Agentic Commerce Protocol (ACP 2026-04-17) edge: checkout sessions and carts under `/acp`.

An edge like `api/mcp`: ACP's objects (`models.py` answers, `requests.py` bodies), Aisle's
commerce models as ACP's (`shapes.py`) and ACP's request fields as Aisle's (`intake.py`,
`items.py`), the protocol's headers (`protocol.py`: the agent's key, `API-Version`,
`Idempotency-Key`), ACP's error shape (`errors.py`), the routes (`checkout.py`, `carts.py`) and
`/.well-known/acp.json` (`discovery.py`).
"""
