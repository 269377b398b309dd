"""The HTTP API under /api/v1/: thin over the apps' services and selectors."""
