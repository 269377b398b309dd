"""An append-only record of who read or changed what, when and from where."""
