"""Forms of the coordinator's other sources: an event by hand, graffiti counts, a file to import."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from varna.lib.personal_data import DeidentifiedFormMixin
from varna.lib.tables import EXTENSIONS
from varna.organisation.models import Administration, Area, Unit
from varna.reports import selectors
from varna.reports.constants import AgeGroup, DatePrecision, ImportKind, ReferenceKind, Source
from varna.reports.forms import ReferenceChoiceField, ReferenceMultipleChoiceField, use_reference_lists
from varna.reports.imports import MAX_BYTES, parse_when
from varna.reports.imports.validation import CellError, month_end
from varna.reports.models import ReferenceItem

OTHER_SOURCES = [(value, label) for value, label in Source.choices if value != Source.REPORT]
WHEN_HELP = _("ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM om bara månaden är känd.")


def _when_field(label: Any, *, required: bool = True, help_text: Any = WHEN_HELP) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=required,
        max_length=10,
        help_text=help_text,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off", "size": 12}),
    )


def _parsed(form: forms.Form, name: str) -> tuple[datetime.date, str] | None:
    text = form.cleaned_data.get(name) or ""
    if not text:
        return None
    try:
        return parse_when(text)
    except CellError as error:
        form.add_error(name, str(error))
        return None


def _parts(form: forms.Form, administration: Administration) -> None:
    form.fields["area"].queryset = administration.areas.order_by("name")
    if "unit" in form.fields:
        form.fields["unit"].queryset = administration.units.order_by("name")


class EventForm(DeidentifiedFormMixin, forms.Form):
    """An event from an IA report, the police or another source, registered by the coordinator."""

    deid_fields = ("description",)

    source = forms.ChoiceField(label=_("Källa"), choices=OTHER_SOURCES, widget=forms.RadioSelect)
    when = _when_field(_("När det hände"))
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
        empty_label=_("Inget särskilt område"),
        help_text=_("Välj ett område, skriv aldrig en adress."),
    )
    setting = ReferenceChoiceField(
        label=_("Sammanhang"),
        queryset=ReferenceItem.objects.none(),
        required=False,
        empty_label=_("Inget angivet"),
    )
    event_types = ReferenceMultipleChoiceField(
        label=_("Typ av händelse"),
        queryset=ReferenceItem.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    environments = ReferenceMultipleChoiceField(
        label=_("Miljö"),
        queryset=ReferenceItem.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    age_group = forms.ChoiceField(
        label=_("Åldersgrupp"), choices=AgeGroup.choices, initial=AgeGroup.UNKNOWN, widget=forms.RadioSelect
    )
    actions = ReferenceMultipleChoiceField(
        label=_("Vad som har gjorts"),
        queryset=ReferenceItem.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    description = forms.CharField(
        label=_("Beskrivning"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        required=False,
        help_text=_(
            "Skriv inga namn, personnummer, telefonnummer, adresser, registreringsnummer eller "
            "användarnamn. Värna kontrollerar texten innan något sparas."
        ),
    )

    def __init__(self, *args: Any, administration: Administration, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _parts(self, administration)
        use_reference_lists(self)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if parsed := _parsed(self, "when"):
            day, precision = parsed
            if day > timezone.localdate():
                self.add_error("when", _("Datumet kan inte ligga i framtiden."))
            cleaned["event_date"], cleaned["date_precision"] = day, precision
        return cleaned

    def service_arguments(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "source": data["source"],
            "event_date": data["event_date"],
            "date_precision": data["date_precision"],
            "unit": data.get("unit"),
            "area": data.get("area"),
            "setting": data.get("setting"),
            "event_types": data.get("event_types") or [],
            "environments": data.get("environments") or [],
            "age_group": data.get("age_group") or AgeGroup.UNKNOWN,
            "actions": data.get("actions") or [],
            "description": data.get("description") or "",
        }


class GraffitiForm(forms.Form):
    """Graffiti counted in an area over a period (a month, or any span of days)."""

    area = forms.ModelChoiceField(
        label=_("Område"),
        queryset=Area.objects.none(),
        required=False,
        empty_label=_("Hela förvaltningen"),
    )
    period_start = _when_field(_("Från"), help_text=_("ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM för en hel månad."))
    period_end = _when_field(
        _("Till"), required=False, help_text=_("Tomt: samma dag, eller hela månaden om du skrev ÅÅÅÅ-MM.")
    )
    count = forms.IntegerField(label=_("Antal"), min_value=0, max_value=1_000_000)
    environment = ReferenceChoiceField(
        label=_("Miljö"), queryset=ReferenceItem.objects.none(), required=False, empty_label=_("Okänd")
    )

    def __init__(self, *args: Any, administration: Administration, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _parts(self, administration)
        self.fields["environment"].queryset = selectors.reference_list(ReferenceKind.ENVIRONMENT)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        start, end = _parsed(self, "period_start"), _parsed(self, "period_end")
        if start:
            day, precision = start
            cleaned["start"] = day
            cleaned["end"] = month_end(day) if precision == DatePrecision.MONTH else day
        if end and start:
            day, precision = end
            cleaned["end"] = month_end(day) if precision == DatePrecision.MONTH else day
        return cleaned


class UploadForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Vad innehåller filen?"), choices=ImportKind.choices, widget=forms.RadioSelect
    )
    file = forms.FileField(
        label=_("Fil"),
        allow_empty_file=True,  # an empty file gets the import's own message
        help_text=_("En Excel-fil (.xlsx) eller CSV-fil i UTF-8, högst %(mb)s MB.")
        % {"mb": MAX_BYTES // 2**20},
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(EXTENSIONS)}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _("En Excel-fil (.xlsx) eller CSV-fil i UTF-8, högst %(mb)s MB.") % {
            "mb": MAX_BYTES // 2**20
        }

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("Filen är för stor (högst %(mb)s MB). Dela upp den i flera filer.")
                % {"mb": MAX_BYTES // 2**20}
            )
        return upload
