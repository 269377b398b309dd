"""The coordinator's forms: filtering the inbox, classifying, noting and linking reports."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from varna.lib.forms import BoundedModelMultipleChoiceField
from varna.lib.personal_data import DeidentifiedFormMixin
from varna.organisation.models import Administration, Area
from varna.reports.constants import Classification, ReferenceKind, Source, Status
from varna.reports.models import ReferenceItem, Report

ALL = ("", _("Alla"))


def _codes(kind: str) -> list[tuple[str, str]]:
    # Inactive items stay filterable: old reports still carry them.
    return [ALL, *ReferenceItem.objects.filter(kind=kind).values_list("code", "label")]


class InboxFilterForm(forms.Form):
    """The inbox's filters, read from the query string (GET): every field may be left empty."""

    status = forms.ChoiceField(label=_("Status"), required=False, choices=[ALL, *Status.choices])
    classification = forms.ChoiceField(
        label=_("Bedömning"), required=False, choices=[ALL, *Classification.choices]
    )
    environment = forms.ChoiceField(label=_("Miljö"), required=False)
    event_type = forms.ChoiceField(label=_("Typ av händelse"), required=False)
    area = forms.ModelChoiceField(
        label=_("Område"), required=False, queryset=Area.objects.none(), empty_label=_("Alla")
    )
    source = forms.ChoiceField(label=_("Källa"), required=False, choices=[ALL, *Source.choices])
    date_from = forms.DateField(
        label=_("Händelse från och med"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("Händelse till och med"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    unread = forms.BooleanField(label=_("Bara olästa"), required=False)

    def __init__(self, *args: Any, administration: Administration, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["environment"].choices = _codes(ReferenceKind.ENVIRONMENT)
        self.fields["event_type"].choices = _codes(ReferenceKind.EVENT_TYPE)
        self.fields["area"].queryset = Area.objects.filter(administration=administration).order_by("name")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("Slutdatumet ligger före startdatumet."))
        return cleaned

    def selector_arguments(self) -> dict[str, Any]:
        """The cleaned filters as keyword arguments of `selectors.inbox` (without `unread`)."""
        data = {name: value for name, value in self.cleaned_data.items() if name != "unread"}
        data["area"] = data["area"].pk if data.get("area") else None
        return data


def _items(kind: str, report: Report, relation: str) -> Any:
    """The active items of a list, plus inactive ones the report already carries."""
    carried = getattr(report, relation).values("pk")
    return ReferenceItem.objects.filter(Q(active=True) | Q(pk__in=carried), kind=kind).order_by(
        "order", "label"
    )


class ReviewForm(forms.Form):
    """The coordinator's assessment: the classification and corrected environments and types."""

    classification = forms.ChoiceField(
        label=_("Bedömning"), choices=Classification.choices, widget=forms.RadioSelect
    )
    environments = BoundedModelMultipleChoiceField(
        label=_("Miljöer"),
        queryset=ReferenceItem.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    event_types = BoundedModelMultipleChoiceField(
        label=_("Typer av händelse"),
        queryset=ReferenceItem.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, report: Report, **kwargs: Any) -> None:
        kwargs.setdefault(
            "initial",
            {
                "classification": report.classification,
                "environments": list(report.environments.all()),
                "event_types": list(report.event_types.all()),
            },
        )
        super().__init__(*args, **kwargs)
        self.fields["environments"].queryset = _items(ReferenceKind.ENVIRONMENT, report, "environments")
        self.fields["event_types"].queryset = _items(ReferenceKind.EVENT_TYPE, report, "event_types")


class NoteForm(DeidentifiedFormMixin, forms.Form):
    """An internal note: checked for personal data like every free text."""

    deid_fields = ("text",)
    text = forms.CharField(
        label=_("Anteckning"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5_000,
        help_text=_(
            "Syns bara för förvaltningens samordnare. Skriv inga uppgifter som kan identifiera en person."
        ),
    )

    def overridden(self) -> list[tuple[str, str]]:
        """(label, value) of the findings the author said are not personal data."""
        return self._overridden("text") if self.deid_overrides else []


class LinkForm(forms.Form):
    """Link a report to another one of the same administration, picked by its reference."""

    reference = forms.CharField(
        label=_("Referens för rapporten om samma händelse"),
        max_length=16,
        help_text=_("Till exempel R-7KQ2-M9XD."),
    )

    def __init__(self, *args: Any, report: Report, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.report = report
        self.other: Report | None = None

    def clean_reference(self) -> str:
        reference = self.cleaned_data["reference"].strip().upper()
        # Another administration's report answers exactly like a missing one: not revealed.
        other = Report.objects.filter(
            administration_id=self.report.administration_id, reference=reference
        ).first()
        if other is None:
            raise forms.ValidationError(
                _("Det finns ingen rapport med referensen %(reference)s i förvaltningen."),
                params={"reference": reference},
            )
        if other.pk == self.report.pk:
            raise forms.ValidationError(_("En rapport kan inte länkas till sig själv."))
        self.other = other
        return reference
