"""Forms of the support log. Validation only; free texts go through the de-identification check."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from varna.lib.forms import BoundedModelMultipleChoiceField
from varna.lib.personal_data import DeidentifiedFormMixin, Overrides
from varna.lib.years import OutOfRange, YearField, check_date
from varna.organisation.models import Administration, Unit, User
from varna.reports.constants import AgeGroup, ReferenceKind
from varna.reports.forms import ReferenceMultipleChoiceField
from varna.reports.models import ReferenceItem
from varna.reports.selectors import reference_list
from varna.support.constants import Channel, ContactOutcome, Leaving, Requester, Subject, SupportKind
from varna.support.models import SupportTeam
from varna.support.statistics import Period

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
DATETIME_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]
NO_NAMES = _("Skriv inga namn, personnummer, telefonnummer, adresser eller annat som kan identifiera någon.")


def _now_local() -> str:
    return timezone.localtime().strftime("%Y-%m-%dT%H:%M")


class SupportTextForm(DeidentifiedFormMixin, forms.Form):
    def overrides(self) -> Overrides:
        return {name: self._overridden(name) for name in self.deid_fields}


class UnitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Unit) -> str:
        return f"{obj.name} ({obj.administration.name})"


class ConsultationForm(SupportTextForm):
    """A request for support in an individual case, without anything that identifies the person."""

    deid_fields = ("asking_other", "question", "outcome")

    date = forms.DateField(label=_("Datum"), widget=DATE, help_text=_("När frågan kom, t.ex. 2024-03-05."))
    asking_administration = forms.ModelChoiceField(
        label=_("Frågande förvaltning"), queryset=Administration.objects.none()
    )
    asking_unit = UnitChoiceField(
        label=_("Frågande enhet eller skola"),
        queryset=Unit.objects.none(),
        required=False,
        empty_label=_("Ingen särskild enhet"),
        help_text=_("Enheten ska höra till den frågande förvaltningen."),
    )
    asking_other = forms.CharField(
        label=_("Annan verksamhet"),
        max_length=200,
        required=False,
        help_text=_("Om verksamheten inte finns i listan, t.ex. ”fristående grundskola”."),
    )
    subject = forms.ChoiceField(label=_("Ärendet gäller"), choices=Subject.choices, widget=forms.RadioSelect)
    age_group = forms.ChoiceField(
        label=_("Åldersgrupp"), choices=AgeGroup.choices, initial=AgeGroup.UNKNOWN, widget=forms.RadioSelect
    )
    environments = ReferenceMultipleChoiceField(
        label=_("Miljö"),
        queryset=ReferenceItem.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Lämna tomt om det inte är känt."),
    )
    support_given = forms.MultipleChoiceField(
        label=_("Stöd som gavs"),
        choices=SupportKind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    question = forms.CharField(
        label=_("Frågan i korthet"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=3000,
        required=False,
        help_text=NO_NAMES,
    )
    outcome = forms.CharField(
        label=_("Resultat"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=3000,
        required=False,
        help_text=NO_NAMES,
    )
    follow_up_on = forms.DateField(
        label=_("Följs upp"), widget=DATE, required=False, help_text=_("Datum för uppföljning, om någon.")
    )

    def __init__(self, *args: Any, administration: Administration, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        administrations = Administration.objects.filter(municipality_id=administration.municipality_id)
        self.fields["asking_administration"].queryset = administrations.order_by("name")
        self.fields["asking_unit"].queryset = (
            Unit.objects.filter(administration__in=administrations)
            .select_related("administration")
            .order_by("administration__name", "name")
        )
        self.fields["environments"].queryset = reference_list(ReferenceKind.ENVIRONMENT)
        if not self.is_bound and "date" not in self.initial:
            self.initial["date"] = timezone.localdate()

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        unit, administration = cleaned.get("asking_unit"), cleaned.get("asking_administration")
        if unit is not None and administration is not None and unit.administration_id != administration.pk:
            self.add_error("asking_unit", _("Enheten hör inte till den frågande förvaltningen."))
        return cleaned

    def service_arguments(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "date": data["date"],
            "asking_administration": data["asking_administration"],
            "asking_unit": data.get("asking_unit"),
            "asking_other": data.get("asking_other", ""),
            "subject": data["subject"],
            "age_group": data.get("age_group") or AgeGroup.UNKNOWN,
            "environments": list(data.get("environments") or []),
            "support_given": data.get("support_given") or [],
            "question": data.get("question", ""),
            "outcome": data.get("outcome", ""),
            "follow_up_on": data.get("follow_up_on"),
            "overridden": self.overrides(),
        }


class TeamChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: SupportTeam) -> str:
        return f"{obj.name} ({obj.administration.name})"


class RequestForm(SupportTextForm):
    """A request to leave, logged quickly by the unit that received it. No names, no contact details."""

    deid_fields = ("note",)

    team = TeamChoiceField(
        label=_("Ansvarigt team"),
        queryset=SupportTeam.objects.none(),
        empty_label=None,
        help_text=_("Teamet som tar första kontakten inom 24 timmar."),
    )
    requested_at = forms.DateTimeField(
        label=_("När kom begäran?"),
        widget=DATETIME,
        input_formats=DATETIME_FORMATS,
        help_text=_("Datum och klockslag, t.ex. 2024-03-05 14:30. De 24 timmarna räknas härifrån."),
    )
    channel = forms.ChoiceField(
        label=_("Hur kom begäran?"), choices=Channel.choices, widget=forms.RadioSelect
    )
    requester = forms.ChoiceField(
        label=_("Vem frågade?"), choices=Requester.choices, widget=forms.RadioSelect
    )
    leaving = forms.ChoiceField(
        label=_("Vill lämna"), choices=Leaving.choices, initial=Leaving.UNKNOWN, widget=forms.RadioSelect
    )
    age_group = forms.ChoiceField(
        label=_("Åldersgrupp"), choices=AgeGroup.choices, initial=AgeGroup.UNKNOWN, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Kort om behovet (frivilligt)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        required=False,
        help_text=NO_NAMES,
    )

    def __init__(self, *args: Any, teams: QuerySet[SupportTeam], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = teams
        if not self.is_bound:
            self.initial.setdefault("requested_at", _now_local())

    def service_arguments(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "team": data["team"],
            "requested_at": data["requested_at"],
            "channel": data["channel"],
            "requester": data["requester"],
            "leaving": data.get("leaving") or Leaving.UNKNOWN,
            "age_group": data.get("age_group") or AgeGroup.UNKNOWN,
            "note": data.get("note", ""),
            "overridden": self.overrides(),
        }


class FirstContactForm(forms.Form):
    first_contact_at = forms.DateTimeField(
        label=_("När togs första kontakten?"),
        widget=DATETIME,
        input_formats=DATETIME_FORMATS,
        help_text=_("Datum och klockslag, t.ex. 2024-03-05 16:10."),
    )
    outcome = forms.ChoiceField(
        label=_("Resultat av kontakten"),
        choices=[("", _("Välj om du vill")), *list(ContactOutcome.choices)],
        required=False,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("first_contact_at", _now_local())


class MemberChoiceField(BoundedModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return obj.get_full_name() or obj.get_username()


class TeamForm(forms.Form):
    name = forms.CharField(label=_("Teamets namn"), max_length=200, help_text=_("Till exempel ”VBE-teamet”."))
    members = MemberChoiceField(
        label=_("Medlemmar"),
        queryset=User.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Medlemmarna ser teamets inkorg och loggar första kontakt."),
    )
    active = forms.BooleanField(label=_("Tar emot nya begäran"), required=False, initial=True)

    def __init__(self, *args: Any, members: QuerySet, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["members"].queryset = members


class LinkReportForm(forms.Form):
    reference = forms.CharField(
        label=_("Rapportens referens"), max_length=16, help_text=_("Till exempel R-7KQ2-M9XD.")
    )


class PeriodForm(forms.Form):
    """A calendar year, or (for the administration's coordinators) any period."""

    ar = YearField(label=_("År"), required=False)
    fran = forms.DateField(label=_("Från och med"), widget=DATE, required=False)
    till = forms.DateField(label=_("Till och med"), widget=DATE, required=False)

    def __init__(self, *args: Any, any_period: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.any_period = any_period
        if not any_period:
            del self.fields["fran"]
            del self.fields["till"]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        start, end = cleaned.get("fran"), cleaned.get("till")
        for name, day in (("fran", start), ("till", end)):
            if day:
                try:
                    check_date(day)
                except OutOfRange as error:
                    self.add_error(name, error.message)
                    start = end = None
        if start and end and start > end:
            self.add_error("till", _("Till och med-datumet kan inte ligga före från och med-datumet."))
        return cleaned

    @property
    def period(self) -> Period:
        data = getattr(self, "cleaned_data", {})
        start, end = data.get("fran"), data.get("till")
        if self.any_period and (start or end):
            start = start or datetime.date((end or start).year, 1, 1)
            end = end or datetime.date(start.year, 12, 31)
            return Period(start, end)
        return Period.year(data.get("ar") or timezone.localdate().year)
