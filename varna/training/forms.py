"""Forms of the training pages: courses, the file upload, the choice of columns, events."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from varna.lib.personal_data import DeidentifiedFormMixin
from varna.lib.tables import EXTENSIONS
from varna.lib.years import YearField
from varna.organisation.models import Administration
from varna.training.columns import FIELDS, is_personal_heading
from varna.training.constants import ImportKind
from varna.training.models import Course, TrainingEvent
from varna.training.selectors import courses_for

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
NO_COLUMN = ""


class CourseForm(forms.ModelForm):
    class Meta:
        model = Course
        fields = [
            "name",
            "kind",
            "description",
            "portal_names",
            "target_percent",
            "target_date",
            "administration",
            "active",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 3}), "target_date": DATE}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["administration"].queryset = Administration.objects.order_by("name")
        self.fields["administration"].empty_label = _("Hela staden")


class UploadForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Filen innehåller"), choices=ImportKind.choices, widget=forms.RadioSelect
    )
    file = forms.FileField(
        label=_("Fil från utbildningsportalen"),
        help_text=_("Excel (.xlsx) eller CSV (UTF-8). Den första raden ska vara rubrikraden."),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(EXTENSIONS)}),
    )


class ColumnsForm(forms.Form):
    """One select per field of the kind, listing the file's headings; plus the key that opens the
    sealed file, and the course or day when the file has no such column."""

    key = forms.CharField(widget=forms.HiddenInput, max_length=200)

    def __init__(
        self, *args: Any, kind: str, headings: list[str], administration: Administration, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.kind = kind
        options = [(NO_COLUMN, _("– ingen kolumn –"))] + [
            (heading, heading) for heading in headings if heading and not is_personal_heading(heading)
        ]
        for spec in FIELDS[kind]:
            self.fields[f"column_{spec.key}"] = forms.ChoiceField(
                label=spec.label, choices=options, required=False, help_text=spec.help
            )
        if kind == ImportKind.COMPLETIONS:
            self.fields["course"] = forms.ModelChoiceField(
                label=_("Kurs för hela filen"),
                queryset=courses_for(administration),
                required=False,
                empty_label=_("– kursen står i filen –"),
                help_text=_("Om filen gäller en enda kurs och saknar kolumn för kurs."),
            )
        else:
            self.fields["as_of"] = forms.DateField(
                label=_("Antalen gäller per"),
                required=False,
                widget=DATE,
                initial=timezone.localdate,
                help_text=_("Om filen saknar kolumn för datum."),
            )

    def column_fields(self) -> list[Any]:
        return [self[f"column_{spec.key}"] for spec in FIELDS[self.kind]]

    def option_fields(self) -> list[Any]:
        return [self[name] for name in ("course", "as_of") if name in self.fields]

    def columns(self) -> dict[str, str]:
        return {
            spec.key: self.cleaned_data[f"column_{spec.key}"]
            for spec in FIELDS[self.kind]
            if self.cleaned_data.get(f"column_{spec.key}")
        }


class EventForm(DeidentifiedFormMixin, forms.ModelForm):
    deid_fields = ("title", "audience", "organiser", "comments")

    class Meta:
        model = TrainingEvent
        fields = [
            "kind",
            "title",
            "held_on",
            "audience",
            "organiser",
            "attendance",
            "evaluation_score",
            "comments",
        ]
        widgets = {"held_on": DATE, "comments": forms.Textarea(attrs={"rows": 4})}

    def overrides(self) -> dict[str, list[tuple[str, str]]]:
        return {name: self._overridden(name) for name in self.deid_fields}


class ProgressFilterForm(forms.Form):
    course = forms.ModelChoiceField(label=_("Kurs"), queryset=Course.objects.none(), empty_label=None)
    year = YearField(label=_("År"))

    def __init__(self, *args: Any, administration: Administration, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = courses_for(administration)
