"""Forms of the written sections and of comparing snapshots."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from varna.lib.personal_data import DeidentifiedFormMixin, Overrides
from varna.situation.models import Snapshot


class DraftForm(DeidentifiedFormMixin, forms.Form):
    """Kartläggning and analys of one administration and year; both guarded by varna.deid."""

    deid_fields = ("mapping", "analysis")

    mapping = forms.CharField(
        label=_("Kartläggning"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Vilka källor som använts och deras svarsfrekvens. Stycken skiljs åt med en tom rad. "
            "Texten visas för alla som får läsa lägesbilden: skriv inga små antal som kan peka ut någon."
        ),
    )
    analysis = forms.CharField(
        label=_("Analys"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text=_(
            "Vad siffrorna säger om läget i förvaltningen och vad som behöver göras. Stycken skiljs åt "
            "med en tom rad."
        ),
    )

    def overrides(self) -> Overrides:
        return {name: self._overridden(name) for name in self.deid_fields}


class CompareForm(forms.Form):
    a = forms.ModelChoiceField(label=_("Jämför"), queryset=Snapshot.objects.none(), empty_label=None)
    b = forms.ModelChoiceField(label=_("med"), queryset=Snapshot.objects.none(), empty_label=None)

    def __init__(self, *args: Any, snapshots: QuerySet[Snapshot], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("a", "b"):
            self.fields[name].queryset = snapshots
            self.fields[name].label_from_instance = _snapshot_label

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("a") and data.get("a") == data.get("b"):
            self.add_error("b", _("Välj två olika fastställda lägesbilder."))
        return data


def _snapshot_label(snapshot: Snapshot) -> str:
    return str(_("%(year)s, version %(number)s (fastställd %(date)s)")) % {
        "year": snapshot.year,
        "number": snapshot.number,
        "date": date_format(timezone.localtime(snapshot.frozen_at), "j F Y"),
    }
