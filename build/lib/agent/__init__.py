"""The shopping conversation: a LangGraph agent over catalog, vision and commerce."""
