"""Aisle: an open-source conversational shopping agent."""

__version__ = "0.1.0"
