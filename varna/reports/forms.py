"""Forms of the employee's side: the de-identified report and the routine's steps. Validation only."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from varna.lib.forms import BoundedModelMultipleChoiceField
from varna.lib.personal_data import DeidentifiedFormMixin
from varna.lib.years import before_first_year, first_year
from varna.organisation.models import Administration, Area, Unit
from varna.reports import selectors
from varna.reports.constants import AgeGroup, DatePrecision, ReferenceKind
from varna.reports.models import ReferenceItem
from varna.reports.routine import STEP_FIELDS, check_phone

REFRESH = "_refresh"  # the button (and htmx parameter) that re-renders for another administration

# Which symbols a reporter may pick is the knowledge bank's to say. Knowledge sits above reports,
# so it registers its selector when it is ready (knowledge/apps.py) and reports imports none of it.
_symbol_choices: list[Callable[[], QuerySet[Any]]] = []


def register_symbol_choices(choices: Callable[[], QuerySet[Any]]) -> None:
    _symbol_choices[:] = [choices]


class ReferenceChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: ReferenceItem) -> str:
        return obj.label


class ReferenceMultipleChoiceField(BoundedModelMultipleChoiceField):
    def label_from_instance(self, obj: ReferenceItem) -> str:
        return obj.label


REFERENCE_FIELDS = {
    "environments": ReferenceKind.ENVIRONMENT,
    "event_types": ReferenceKind.EVENT_TYPE,
    "setting": ReferenceKind.SETTING,
    "actions": ReferenceKind.ACTION,
}


def use_reference_lists(form: forms.Form) -> None:
    """Give a report-like form's list fields the active entries of their reference lists."""
    for name, kind in REFERENCE_FIELDS.items():
        form.fields[name].queryset = selectors.reference_list(kind)


class SymbolChoiceField(BoundedModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.name} ({obj.environment.label})"


class ReportForm(DeidentifiedFormMixin, forms.Form):
    """The blankett för avidentifierad information: when, where, what, what was done."""

    deid_fields = ("description",)

    # The form's one-time token (services.submit_report_once): sent twice, stored once.
    submission = forms.CharField(required=False, widget=forms.HiddenInput, max_length=100)
    administration = forms.ModelChoiceField(
        label=_("Förvaltning"),
        queryset=Administration.objects.none(),
        empty_label=None,
        help_text=_("Förvaltningens samordnare får rapporten."),
    )
    unit = forms.ModelChoiceField(
        label=_("Enhet"),
        queryset=Unit.objects.none(),
        required=False,
        empty_label=_("Ingen särskild enhet"),
    )
    area = forms.ModelChoiceField(
        label=_("Stadsdel eller område"),
        queryset=Area.objects.none(),
        required=False,
        empty_label=_("Vet inte eller inget särskilt område"),
        help_text=_("Välj ett område, skriv aldrig en adress."),
    )
    event_date = forms.DateField(
        label=_("Datum"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Till exempel 2024-03-05."),
    )
    event_month = forms.DateField(
        label=_("Eller bara månad, om du inte vet dagen"),
        required=False,
        input_formats=["%Y-%m"],
        widget=forms.DateInput(attrs={"type": "month", "placeholder": "ÅÅÅÅ-MM"}, format="%Y-%m"),
        help_text=_("År och månad, till exempel 2024-03."),
        error_messages={"invalid": _("Skriv år och månad, till exempel 2024-03.")},
    )
    event_types = ReferenceMultipleChoiceField(
        label=_("Vad hände?"),
        queryset=ReferenceItem.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Välj allt som stämmer."),
        error_messages={"required": _("Välj minst en typ av händelse, eller ”Annat”.")},
    )
    environments = ReferenceMultipleChoiceField(
        label=_("Vilken miljö kan det ha koppling till?"),
        queryset=ReferenceItem.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Lämna tomt om du inte vet. Samordnaren bedömer."),
    )
    age_group = forms.ChoiceField(
        label=_("Ålder på den eller de det gäller"),
        choices=AgeGroup.choices,
        initial=AgeGroup.UNKNOWN,
        widget=forms.RadioSelect,
    )
    setting = ReferenceChoiceField(
        label=_("Var eller i vilket sammanhang?"),
        queryset=ReferenceItem.objects.none(),
        required=False,
        empty_label=_("Välj om du vet"),
    )
    actions = ReferenceMultipleChoiceField(
        label=_("Vad har gjorts?"),
        queryset=ReferenceItem.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    symbols = SymbolChoiceField(
        label=_("Såg du en symbol eller ett kännetecken ur symbolkatalogen?"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Välj den om du känner igen den. Fotografera aldrig personer."),
    )
    description = forms.CharField(
        label=_("Beskriv vad som hände"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=5000,
        help_text=_(
            "Skriv inga namn, personnummer, telefonnummer, adresser, registreringsnummer eller "
            "användarnamn. Värna kontrollerar texten innan något sparas."
        ),
        error_messages={"required": _("Beskriv kort vad som hände.")},
    )
    contact_requested = forms.BooleanField(
        label=_("Jag vill att samordnaren kontaktar mig"),
        required=False,
        help_text=_("Då ser samordnaren vem du är och kan höra av sig till dig."),
    )

    def __init__(self, *args: Any, administrations: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["administration"].queryset = administrations
        self.fields["administration"].widget.attrs.update(
            {
                # With htmx, a changed administration refreshes the unit and area lists in place;
                # without it, the refresh button next to the list does the same.
                "hx-post": reverse("report_create"),
                "hx-trigger": "change",
                "hx-target": "#report-parts",
                "hx-select": "#report-parts",
                "hx-swap": "outerHTML",
                "hx-vals": json.dumps({REFRESH: "1"}),
            }
        )
        use_reference_lists(self)
        self.fields["symbols"].queryset = _symbol_choices[0]()
        administration = self.chosen_administration()
        self.fields["unit"].queryset = administration.units.all() if administration else Unit.objects.none()
        self.fields["area"].queryset = administration.areas.all() if administration else Area.objects.none()

    def chosen_administration(self) -> Administration | None:
        if self.is_bound:
            value = self.data.get(self.add_prefix("administration"))
        else:
            value = self.initial.get("administration")
        value = getattr(value, "pk", value)
        try:
            return self.fields["administration"].queryset.filter(pk=int(value)).first()
        except (TypeError, ValueError):
            return None

    @classmethod
    def initial_from(cls, data: QueryDict) -> dict[str, Any]:
        """A posted form's values as initial values: shown again without being checked."""
        multiple = {"event_types", "environments", "actions", "symbols"}
        return {
            name: data.getlist(name) if name in multiple else data.get(name)
            for name in cls.base_fields
            if name in data
        }

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        day, month = cleaned.get("event_date"), cleaned.get("event_month")
        today = timezone.localdate()
        if "event_date" in self.errors or "event_month" in self.errors:
            return cleaned
        if day:
            cleaned["when"], cleaned["date_precision"] = day, DatePrecision.DAY
            if day > today:
                self.add_error("event_date", _("Datumet kan inte ligga i framtiden."))
            elif day.year < first_year():
                self.add_error("event_date", before_first_year())
        elif month:
            cleaned["when"], cleaned["date_precision"] = month.replace(day=1), DatePrecision.MONTH
            if month.replace(day=1) > today:
                self.add_error("event_month", _("Månaden kan inte ligga i framtiden."))
            elif month.year < first_year():
                self.add_error("event_month", before_first_year())
        else:
            self.add_error("event_date", _("Ange datum, eller bara månad om du inte vet dagen."))
        return cleaned

    def service_arguments(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "administration": data["administration"],
            "unit": data.get("unit"),
            "area": data.get("area"),
            "event_date": data["when"],
            "date_precision": data["date_precision"],
            "environments": data.get("environments") or [],
            "event_types": data.get("event_types") or [],
            "age_group": data.get("age_group") or AgeGroup.UNKNOWN,
            "setting": data.get("setting"),
            "actions": data.get("actions") or [],
            "symbols": data.get("symbols") or [],
            "description": data["description"],
            "contact_requested": bool(data.get("contact_requested")),
            # What the reporter said is not personal data, with a reason (audited by the view).
            "overridden": self._overridden("description") if self.deid_overrides else [],
        }

    def add_service_errors(self, errors: dict[str, list[str]]) -> None:
        """Show a service's ValidationError on the fields it names (the date on the one used)."""
        for name, messages in errors.items():
            field = name
            if name == "event_date" and self.cleaned_data.get("date_precision") == DatePrecision.MONTH:
                field = "event_month"
            for message in messages:
                self.add_error(field if field in self.fields else None, message)


class RoutineStepForm(forms.Form):
    """One step of the municipality's routine (central coordinator and system administrator)."""

    question = forms.CharField(label=_("Fråga"), max_length=200)
    instruction = forms.CharField(
        label=_("Vad man ska göra vid ja"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )
    phone = forms.CharField(
        label=_("Telefonnummer"),
        max_length=40,
        required=False,
        help_text=_("Till en funktion eller mottagning, inte till en enskild person."),
    )
    phone_label = forms.CharField(label=_("Vem man når på numret"), max_length=200, required=False)

    def clean_phone(self) -> str:
        return check_phone(self.cleaned_data.get("phone", ""))

    def texts(self) -> dict[str, str]:
        return {name: self.cleaned_data.get(name, "") for name in STEP_FIELDS}


class LocalRoutineStepForm(RoutineStepForm):
    """One step as an administration shows it: the municipality's text, or its own."""

    own = forms.BooleanField(label=_("Egen text för förvaltningen"), required=False)
    field_order = ["own", "question", "instruction", "phone", "phone_label"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.is_bound and not self.data.get(self.add_prefix("own")):
            # Without its own text the step follows the municipality's: nothing here is required.
            for name in ("question", "instruction"):
                self.fields[name].required = False

    def texts_or_none(self) -> dict[str, str] | None:
        return self.texts() if self.cleaned_data.get("own") else None
