"""Aisle for outside agents over MCP: UCP-shaped shopping tools and the assistant as one tool.

An edge like `api/routes`: it calls the same services and authority; no core imports it.
"""
