"""Forms of the action-plan pages. Free texts go through the de-identification check."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from varna.lib.personal_data import DeidentifiedFormMixin
from varna.lib.years import YearField
from varna.organisation.constants import AdministrationKind
from varna.organisation.models import Administration, Unit, User
from varna.plans import indicators
from varna.plans.constants import FollowUpStatus, Occasion, PlanStatus
from varna.plans.models import Activity, Section, SectionTemplate
from varna.plans.services import ACTIVITY_FREE_TEXT, Overrides

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class PlanTextForm(DeidentifiedFormMixin):
    """The check of `deid_fields`, and what the user let through, to hand on to the service."""

    def overrides(self) -> Overrides:
        return {name: self._overridden(name) for name in self.deid_fields}


def default_year() -> int:
    # Plans are drafted in the autumn for the coming year.
    today = timezone.localdate()
    return today.year + 1 if today.month >= 9 else today.year


class PlanCreateForm(forms.Form):
    administration = forms.ModelChoiceField(label=_("Förvaltning"), queryset=Administration.objects.none())
    year = forms.IntegerField(label=_("År"), min_value=2000, max_value=2100)
    title = forms.CharField(
        label=_("Titel"),
        max_length=300,
        required=False,
        help_text=_("Lämna tomt för ”Handlingsplan mot våldsbejakande extremism” med år och förvaltning."),
    )
    registration_number = forms.CharField(label=_("Diarienummer"), max_length=60, required=False)

    def __init__(self, *args: Any, administrations: QuerySet[Administration], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["administration"].queryset = administrations
        self.fields["year"].initial = default_year()
        if administrations.count() == 1:
            self.fields["administration"].initial = administrations.first()


class PlanForm(forms.Form):
    title = forms.CharField(label=_("Titel"), max_length=300)
    registration_number = forms.CharField(
        label=_("Diarienummer"),
        max_length=60,
        required=False,
        help_text=_("Dnr, till exempel 3.1.1-212/2020."),
    )


class SectionForm(PlanTextForm, forms.ModelForm):
    deid_fields = ("text",)
    # A frozen situation picture of the plan's administration, shown in a "situation" section.
    situation_snapshot_id = forms.TypedChoiceField(
        label=_("Fastställd lägesbild"),
        coerce=int,
        empty_value=None,
        required=False,
        help_text=_(
            "Visas i avsnittet om det är av typen lokal lägesbild: huvudtabellerna, med röjandeskydd."
        ),
    )

    class Meta:
        model = Section
        fields = ["kind", "heading", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 16})}

    def __init__(self, *args: Any, snapshots: list[tuple[int, str]] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if snapshots:
            self.fields["situation_snapshot_id"].choices = [("", _("Ingen")), *snapshots]
            self.fields["situation_snapshot_id"].initial = self.instance.situation_snapshot_id
        else:
            del self.fields["situation_snapshot_id"]


class TemplateSectionForm(PlanTextForm, forms.ModelForm):
    deid_fields = ("text",)

    class Meta:
        model = SectionTemplate
        fields = ["kind", "heading", "text", "order"]
        widgets = {"text": forms.Textarea(attrs={"rows": 16})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["order"].required = False
        self.fields["order"].help_text = _("Lämna tomt för att lägga avsnittet sist.")


class ActivityForm(PlanTextForm, forms.ModelForm):
    deid_fields = ACTIVITY_FREE_TEXT
    occasions = forms.MultipleChoiceField(
        label=_("Följs upp i"),
        choices=Occasion.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("T1 och T2 är tertialrapporterna, VB är verksamhetsberättelsen."),
    )

    class Meta:
        model = Activity
        fields = [
            "group",
            "description",
            "responsible_role",
            "responsible_unit",
            "responsible_user",
            "schedule_start",
            "schedule_end",
            "schedule_recurrence",
            "schedule_text",
            "indicator",
            "indicator_source",
            "target",
            "finding",
            "other_actors",
            "status_note",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 4}),
            "status_note": forms.Textarea(attrs={"rows": 2}),
            "schedule_start": DATE,
            "schedule_end": DATE,
        }

    def __init__(self, *args: Any, administration: Administration, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["responsible_unit"].queryset = Unit.objects.filter(administration=administration)
        self.fields["responsible_user"].queryset = (
            User.objects.filter(memberships__administration=administration, is_active=True)
            .distinct()
            .order_by("last_name", "username")
        )
        self.fields["responsible_user"].label_from_instance = lambda u: (
            f"{u.get_full_name() or u} ({u.username})"
        )
        if self.instance.pk:
            self.fields["occasions"].initial = self.instance.occasions
        self._measured_indicator_choices(administration)

    def _measured_indicator_choices(self, administration: Administration) -> None:
        """The registered measured indicators (varna/plans/indicators.py), grouped per provider;
        a linked source no longer offered stays selectable so that saving keeps it."""
        groups: list[Any] = [("", _("Ingen – värdet skrivs in vid uppföljningen"))]
        groups += indicators.grouped_choices(administration)
        current = self.instance.indicator_source if self.instance.pk else None
        offered = {key for _label, options in groups[1:] for key, _name in options}
        if current and current not in offered:
            groups.append((current, _("Tidigare vald källa som inte längre finns")))
        self.fields["indicator_source"] = forms.ChoiceField(
            label=_("Mätt indikator"),
            choices=groups,
            required=False,
            help_text=_(
                "Välj en källa så visas det uppmätta värdet vid uppföljningen, utan att någon skriver in det."
            ),
        )

    def clean_indicator_source(self) -> str | None:
        return self.cleaned_data.get("indicator_source") or None

    def activity_data(self) -> dict[str, Any]:
        """The cleaned values as the activity services take them."""
        data = {name: self.cleaned_data[name] for name in self.Meta.fields}
        occasions = self.cleaned_data.get("occasions") or []
        data.update(
            follows_up_t1=Occasion.T1 in occasions,
            follows_up_t2=Occasion.T2 in occasions,
            follows_up_vb=Occasion.VB in occasions,
        )
        return data


class AdoptForm(forms.Form):
    adopted_on = forms.DateField(label=_("Datum för nämndens beslut"), widget=DATE)
    decision_reference = forms.CharField(
        label=_("Nämndens beslut"),
        max_length=120,
        required=False,
        help_text=_("Till exempel paragraf i protokollet."),
    )


class ApproveForm(forms.Form):
    approved_on = forms.DateField(label=_("Datum för kommunstyrelsens beslut"), widget=DATE)
    approval_reference = forms.CharField(label=_("Kommunstyrelsens beslut"), max_length=120, required=False)


class FollowUpForm(PlanTextForm, forms.Form):
    deid_fields = ("comment",)
    status = forms.ChoiceField(label=_("Status"), choices=FollowUpStatus.choices, widget=forms.RadioSelect)
    comment = forms.CharField(
        label=_("Kommentar"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Vad har gjorts, vad återstår? Skriv inga namn eller andra uppgifter om personer."),
    )
    indicator_value = forms.CharField(label=_("Indikatorns värde"), max_length=100, required=False)


class PlanFilterForm(forms.Form):
    administration = forms.ModelChoiceField(
        label=_("Förvaltning"), queryset=Administration.objects.none(), required=False, empty_label=_("Alla")
    )
    year = YearField(label=_("År"), required=False)
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("Alla")), *PlanStatus.choices], required=False
    )

    def __init__(self, *args: Any, administrations: QuerySet[Administration], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["administration"].queryset = administrations


class OverviewFilterForm(forms.Form):
    year = YearField(label=_("År"), required=False)
    occasion = forms.ChoiceField(label=_("Uppföljning"), choices=Occasion.choices, required=False)
    kind = forms.ChoiceField(
        label=_("Typ av förvaltning"), choices=[("", _("Alla")), *AdministrationKind.choices], required=False
    )
    status = forms.ChoiceField(
        label=_("Planens status"),
        choices=[("", _("Alla")), ("none", _("Ingen plan")), *PlanStatus.choices],
        required=False,
    )
    attention = forms.BooleanField(
        label=_("Bara förvaltningar med försenade eller ej rapporterade aktiviteter"),
        required=False,
    )
