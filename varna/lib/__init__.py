"""Plain helpers shared by the apps; nothing here knows about the domain."""
