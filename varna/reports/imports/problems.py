"""What is wrong with an uploaded file: problems of the file as a whole or of one cell."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Problem:
    """One message in Swedish. `row` is the row number as the spreadsheet shows it (the
    heading is row 1); file-level problems have no row. A message never quotes a description:
    that is exactly where personal data may be."""

    message: str
    row: int | None = None
    column: str = ""

    def __str__(self) -> str:
        if self.row is not None and self.column:
            return _("Rad %(row)s, kolumn %(column)s: %(message)s") % {
                "row": self.row,
                "column": self.column,
                "message": self.message,
            }
        if self.row is not None:
            return _("Rad %(row)s: %(message)s") % {"row": self.row, "message": self.message}
        return self.message


class ImportRefused(Exception):
    """The file is refused as a whole; nothing has been stored."""

    def __init__(self, problems: list[Problem], *, rows_read: int = 0) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems
        self.rows_read = rows_read

    @property
    def messages(self) -> list[str]:
        return [str(problem) for problem in self.problems]


def quoted(value: str, limit: int = 60) -> str:
    """A cell value as the user typed it, shortened, in Swedish quotation marks."""
    value = " ".join(value.split())
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return f"”{value}”"
