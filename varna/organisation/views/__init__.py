"""Pages of the organisation app."""
