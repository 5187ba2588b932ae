"""Catalog errors a caller can act on; kept free of heavy imports so the CLI can catch them."""


class StoreBusy(RuntimeError):
    """Another process holds the embedded store open; only one process at a time can."""
