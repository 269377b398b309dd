"""The situation picture's period and filters (GET forms: a picture can be linked to)."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from varna.reports.constants import AgeGroup, Classification, Source
from varna.situation.statistics import DEFAULT_CLASSIFICATIONS, GRAFFITI, Filters, Period

MAX_DAYS = 10 * 366  # ten years: the trend goes five periods back from there
FIRST_YEAR = 2000
NOT_A_YEAR = _("Utanför förvaltningen visas lägesbilden bara för hela kalenderår. Välj ett år.")


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self) -> None:
        super().__init__(format="%Y-%m-%d")


def _any(choices: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [("", _("Alla")), *choices]


class SituationForm(forms.Form):
    """The coordinator's form: any period, filters, which classifications count."""

    # Present when the form itself was sent: then no classification ticked is an error,
    # while a plain link (no "visa") means the standard selection.
    visa = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(
        self, data: QueryDict, *, areas: list[Any], reference: dict[str, list[tuple[str, str]]]
    ) -> None:
        data = data.copy()
        if not data.get("from") and not data.get("to"):
            year = data.get("ar", "")
            period = Period.year(int(year) if year.isdigit() else timezone.localdate().year)
            data["from"], data["to"] = period.start.isoformat(), period.end.isoformat()
        self.sent = bool(data.get("visa"))
        if not self.sent:
            data.setlist("classification", list(DEFAULT_CLASSIFICATIONS))
        data["visa"] = "1"  # rendered into the form, so that sending it counts as sent
        super().__init__(data)
        self.fields["from"] = forms.DateField(label=_("Från och med"), required=False, widget=DateInput())
        self.fields["to"] = forms.DateField(label=_("Till och med"), required=False, widget=DateInput())
        self.fields["classification"] = forms.MultipleChoiceField(
            label=_("Bedömning som räknas"),
            choices=Classification.choices,
            required=False,
            widget=forms.CheckboxSelectMultiple,
        )
        self.fields["environment"] = forms.ChoiceField(
            label=_("Miljö"), choices=_any(reference["environment"]), required=False
        )
        self.fields["event_type"] = forms.ChoiceField(
            label=_("Typ av händelse"), choices=_any(reference["event_type"]), required=False
        )
        self.fields["area"] = forms.TypedChoiceField(
            label=_("Område"),
            choices=_any([(str(area.pk), area.name) for area in areas]),
            coerce=int,
            empty_value=None,
            required=False,
        )
        self.fields["setting"] = forms.ChoiceField(
            label=_("Sammanhang"), choices=_any(reference["setting"]), required=False
        )
        self.fields["age_group"] = forms.ChoiceField(
            label=_("Åldersgrupp"), choices=_any(AgeGroup.choices), required=False
        )
        self.fields["source"] = forms.ChoiceField(
            label=_("Källa"), choices=_any([*Source.choices, (GRAFFITI, _("Klotter"))]), required=False
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        start, end = data.get("from"), data.get("to")
        if start and not end:
            end = datetime.date(start.year, 12, 31)
        if end and not start:
            start = datetime.date(end.year, 1, 1)
        if start and end:
            if start > end:
                self.add_error("to", _("Till och med-datumet kan inte ligga före från och med-datumet."))
            elif (end - start).days > MAX_DAYS:
                self.add_error("to", _("Välj en period på högst tio år."))
            else:
                data["period"] = Period(start, end)
        if self.sent and not data.get("classification"):
            self.add_error("classification", _("Kryssa i minst en bedömning."))
        return data

    @property
    def period(self) -> Period:
        return self.cleaned_data["period"]

    @property
    def filters(self) -> Filters:
        data = self.cleaned_data
        chosen = data.get("classification") or list(DEFAULT_CLASSIFICATIONS)
        return Filters(
            classifications=tuple(c for c in Classification.values if c in chosen),
            environment=data.get("environment") or "",
            event_type=data.get("event_type") or "",
            area=data.get("area"),
            setting=data.get("setting") or "",
            age_group=data.get("age_group") or "",
            source=data.get("source") or "",
        )


class YearForm(forms.Form):
    """Outside the administration: only whole calendar years (overlapping periods could be
    subtracted from each other and undo the suppression)."""

    ar = forms.IntegerField(label=_("År"), required=False)

    def __init__(self, data: QueryDict) -> None:
        data = data.copy()
        self.not_a_year = False
        if not data.get("ar") and (data.get("from") or data.get("to")):
            # A link made for the coordinator's page: accepted if it is exactly one year.
            year = _year_of(data.get("from", ""), data.get("to", ""))
            self.not_a_year = year is None
            data["ar"] = "" if year is None else str(year)
        elif not data.get("ar"):
            data["ar"] = str(timezone.localdate().year)
        super().__init__(data)
        self.fields["ar"].widget.attrs.update(min=FIRST_YEAR, max=timezone.localdate().year)

    def clean_ar(self) -> int:
        year = self.cleaned_data.get("ar")
        if self.not_a_year or year is None:
            raise forms.ValidationError(NOT_A_YEAR)
        if not FIRST_YEAR <= year <= timezone.localdate().year:
            raise forms.ValidationError(
                _("Välj ett år mellan %(first)s och %(last)s.")
                % {"first": FIRST_YEAR, "last": timezone.localdate().year}
            )
        return year

    @property
    def year(self) -> int:
        return self.cleaned_data["ar"]


def _year_of(start: str, end: str) -> int | None:
    """The year if `start`–`end` is exactly one calendar year."""
    try:
        period = Period(datetime.date.fromisoformat(start), datetime.date.fromisoformat(end))
    except ValueError:
        return None
    return period.start.year if period.is_year else None
