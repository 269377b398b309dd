"""What is wrong with an uploaded file: now in varna.lib.tables, kept here for old imports."""

from varna.lib.tables import ImportRefused, Problem, quoted

__all__ = ["ImportRefused", "Problem", "quoted"]
