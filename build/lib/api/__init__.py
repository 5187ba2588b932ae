"""The HTTP surface: FastAPI routers over the shared services."""
