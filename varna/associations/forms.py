"""Forms of the association pages. Free texts go through the de-identification check."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from varna.associations.constants import (
    CheckResult,
    DocumentKind,
    FollowUpOutcome,
    Outcome,
    TenantKind,
)
from varna.associations.models import Association, ChecklistItem, GrantFollowUp, ScreeningItem
from varna.associations.services import clean_organisation_number
from varna.associations.uploads import CONTENT_TYPES
from varna.lib.personal_data import DeidentifiedFormMixin, Overrides
from varna.lib.years import YearField

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class TextForm(DeidentifiedFormMixin):
    def overrides(self) -> Overrides:
        return {name: self._overridden(name) for name in self.deid_fields}


class AssociationForm(TextForm, forms.Form):
    deid_fields = ("contact_role",)

    name = forms.CharField(label=_("Föreningens namn"), max_length=200)
    organisation_number = forms.CharField(
        label=_("Organisationsnummer"), max_length=20, help_text=_("Tio siffror, till exempel 802400-1235.")
    )
    contact_role = forms.CharField(
        label=_("Kontaktperson (roll)"),
        max_length=120,
        help_text=_("En roll i föreningen, till exempel ”ordförande” eller ”kassör”, inte ett namn."),
    )

    def clean_organisation_number(self) -> str:
        try:
            return clean_organisation_number(self.cleaned_data["organisation_number"])
        except ValidationError as error:
            raise ValidationError(error.message_dict["organisation_number"]) from error


class DocumentForm(forms.Form):
    kind = forms.ChoiceField(label=_("Handling"), choices=DocumentKind.choices)
    file = forms.FileField(
        label=_("Fil"),
        help_text=_("PDF, Word (DOCX) eller OpenDocument (ODT)."),
        widget=forms.ClearableFileInput(
            attrs={"accept": ",".join([".pdf", ".docx", ".odt", *CONTENT_TYPES.values()])}
        ),
    )


def default_year() -> int:
    return timezone.localdate().year


class ApplicationForm(TextForm, forms.Form):
    deid_fields = ("purpose",)

    year = forms.IntegerField(label=_("Bidragsår"), min_value=2000, max_value=2100, initial=default_year)
    received_on = forms.DateField(label=_("Ansökan inkom"), widget=DATE, initial=timezone.localdate)
    amount_requested = forms.IntegerField(label=_("Sökt belopp (kr)"), min_value=0, required=False)
    purpose = forms.CharField(
        label=_("Vad bidraget ska användas till"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    registration_number = forms.CharField(label=_("Diarienummer"), max_length=60, required=False)


class ScreeningForm(TextForm, forms.Form):
    """One result and one note per snapshotted checklist item."""

    def __init__(self, *args: Any, items: list[ScreeningItem], **kwargs: Any) -> None:
        self.items = items
        self.deid_fields = tuple(f"note_{item.pk}" for item in items)
        super().__init__(*args, **kwargs)
        for item in items:
            self.fields[f"result_{item.pk}"] = forms.ChoiceField(
                label=item.text,
                choices=CheckResult.choices,
                widget=forms.RadioSelect,
                initial=item.result,
            )
            self.fields[f"note_{item.pk}"] = forms.CharField(
                label=_("Anteckning: %(item)s") % {"item": item.text},
                widget=forms.Textarea(attrs={"rows": 2}),
                required=False,
                initial=item.note,
            )

    def rows(self) -> list[tuple[ScreeningItem, Any, Any]]:
        return [(item, self[f"result_{item.pk}"], self[f"note_{item.pk}"]) for item in self.items]

    def results(self) -> dict[int, tuple[str, str]]:
        return {
            item.pk: (self.cleaned_data[f"result_{item.pk}"], self.cleaned_data[f"note_{item.pk}"])
            for item in self.items
        }

    def overrides(self) -> Overrides:
        return {name: self._overridden(name) for name in self.deid_fields}


class DecisionForm(TextForm, forms.Form):
    deid_fields = ("justification", "override_reason")

    outcome = forms.ChoiceField(label=_("Beslut"), choices=Outcome.choices, widget=forms.RadioSelect)
    amount = forms.IntegerField(label=_("Beviljat belopp (kr)"), min_value=1, required=False)
    justification = forms.CharField(label=_("Motivering"), widget=forms.Textarea(attrs={"rows": 5}))
    override_reason = forms.CharField(
        label=_("Skäl att bevilja trots brister i granskningen"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("Krävs när någon kontrollpunkt inte är uppfylld eller inte kontrollerad."),
    )

    def __init__(self, *args: Any, outcomes: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["outcome"].choices = [(v, label) for v, label in Outcome.choices if v in outcomes]
        if Outcome.GRANTED not in outcomes:
            del self.fields["amount"], self.fields["override_reason"]
            self.deid_fields = ("justification",)


class FollowUpForm(TextForm, forms.ModelForm):
    deid_fields = ("note",)

    class Meta:
        model = GrantFollowUp
        fields = ["done_on", "outcome", "note"]
        widgets = {"done_on": DATE, "note": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["done_on"].required = True
        self.fields["outcome"].required = True
        self.fields["outcome"].choices = FollowUpOutcome.choices
        if not self.initial.get("done_on"):
            self.initial["done_on"] = timezone.localdate()


class LettingForm(TextForm, forms.Form):
    deid_fields = ("premises", "tenant_description", "event")

    premises = forms.CharField(
        label=_("Lokal"), max_length=200, help_text=_("Till exempel ”Fritidsgården, stora salen”.")
    )
    tenant_kind = forms.ChoiceField(
        label=_("Hyresgäst"), choices=TenantKind.choices, widget=forms.RadioSelect
    )
    association = forms.ModelChoiceField(
        label=_("Förening"), queryset=Association.objects.none(), required=False
    )
    tenant_description = forms.CharField(
        label=_("Beskrivning av enskild hyresgäst"),
        max_length=200,
        required=False,
        help_text=_("En roll eller beskrivning, till exempel ”privatperson, boende i området”. Inget namn."),
    )
    event = forms.CharField(
        label=_("Arrangemang"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Vad som ska ordnas i lokalen, med eventuellt program."),
    )
    event_date = forms.DateField(label=_("Datum för arrangemanget"), widget=DATE)

    def __init__(self, *args: Any, associations: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["association"].queryset = associations

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if cleaned.get("tenant_kind") == TenantKind.ASSOCIATION and not cleaned.get("association"):
            self.add_error("association", _("Välj föreningen."))
        if cleaned.get("tenant_kind") == TenantKind.INDIVIDUAL and not cleaned.get("tenant_description"):
            self.add_error(
                "tenant_description", _("Beskriv den enskilda hyresgästen med en roll, inte ett namn.")
            )
        return cleaned


class LettingDecisionForm(TextForm, forms.Form):
    deid_fields = ("justification", "override_reason")

    outcome = forms.ChoiceField(
        label=_("Beslut"),
        choices=[(Outcome.GRANTED, _("Upplåt lokalen")), (Outcome.DENIED, _("Avslå"))],
        widget=forms.RadioSelect,
    )
    justification = forms.CharField(label=_("Motivering"), widget=forms.Textarea(attrs={"rows": 4}))
    override_reason = forms.CharField(
        label=_("Skäl att upplåta lokalen trots brister i granskningen"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("Krävs när någon kontrollpunkt inte är uppfylld eller inte kontrollerad."),
    )


class ChecklistItemForm(forms.ModelForm):
    class Meta:
        model = ChecklistItem
        fields = ["text", "code", "guidance", "applies_to", "order", "active"]
        widgets = {"guidance": forms.Textarea(attrs={"rows": 3})}


class YearForm(forms.Form):
    year = YearField(label=_("År"), required=False)
