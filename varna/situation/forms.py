"""The situation picture's period and filters (GET forms: a picture can be linked to)."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from varna.lib.years import OutOfRange, check_date, first_year, parse_year
from varna.reports.constants import AgeGroup, Classification, Source
from varna.situation.statistics import DEFAULT_CLASSIFICATIONS, GRAFFITI, Filters, Period

MAX_DAYS = 10 * 366  # ten years: the trend goes five periods back from there
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
        self.year_error = ""
        if not data.get("from") and not data.get("to"):
            try:
                year = parse_year(data.get("ar"), default=timezone.localdate().year)
            except OutOfRange as error:
                self.year_error = error.message  # shown as the form's error (clean)
            else:
                period = Period.year(year)
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
        if self.year_error:
            raise forms.ValidationError(self.year_error)
        start, end = data.get("from"), data.get("to")
        try:  # before any date arithmetic: year 1 or 9999 would overflow it
            for day in (start, end):
                if day:
                    check_date(day)
        except OutOfRange as error:
            raise forms.ValidationError(error.message) from None
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

    # Text, read by parse_year: "abc" or "99999" gets the same Swedish message as "1999".
    ar = forms.CharField(label=_("År"), required=False, widget=forms.NumberInput)

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
        self.fields["ar"].widget.attrs.update(min=first_year(), max=timezone.localdate().year)

    def clean_ar(self) -> int:
        value = self.cleaned_data.get("ar")
        if self.not_a_year or not value:
            raise forms.ValidationError(NOT_A_YEAR)
        try:
            return parse_year(value, latest=timezone.localdate().year)
        except OutOfRange as error:
            raise forms.ValidationError(error.message) from None

    @property
    def year(self) -> int:
        return self.cleaned_data["ar"]


def _year_of(start: str, end: str) -> int | None:
    """The year if `start`–`end` is exactly one calendar year."""
    try:
        period = Period(datetime.date.fromisoformat(start), datetime.date.fromisoformat(end))
    except (ValueError, OverflowError):
        return None
    return period.start.year if period.is_year else None
