"""Form fields shared by the apps."""

from __future__ import annotations

from typing import Any

from django import forms

LARGEST_ID = 2**63 - 1  # a 64-bit signed integer: the largest id PostgreSQL and SQLite store


class BoundedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A multiple choice of objects that refuses an id beyond any the database can hold as an
    invalid choice: SQLite cannot even look such a number up (an OverflowError, a server error),
    where PostgreSQL simply finds nothing."""

    def clean(self, value: Any) -> Any:
        values = value if isinstance(value, (list, tuple)) else [value]
        for item in values:
            text = str(item).strip()
            if text.lstrip("+-").isdigit() and abs(int(text)) > LARGEST_ID:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice", params={"value": text[:20]}
                )
        return super().clean(value)
