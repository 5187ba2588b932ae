"""Carts, checkout sessions, mock payments and orders. Plain Python: no web or agent imports."""
