"""The Agentic Commerce Protocol (ACP 2026-04-17) edge: checkout sessions and carts under `/acp`.

An edge like `api/mcp`: it maps Aisle's commerce models to ACP objects (`shapes.py`), checks the
protocol's headers (`protocol.py`: `API-Version`, `Idempotency-Key`, the agent's key), answers
errors in ACP's shape (`errors.py`) and serves `/.well-known/acp.json` (`discovery.py`).
"""
