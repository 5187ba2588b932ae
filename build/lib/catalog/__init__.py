"""The product catalog: model, importers, index and search."""
