"""Forms of the knowledge bank. Validation only; the services write."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from varna.knowledge.constants import PageKind, PageStatus, Prevalence, SeenOn
from varna.knowledge.services import administration_choices
from varna.lib.personal_data import DeidentifiedFormMixin, Overrides
from varna.organisation.models import Administration, User
from varna.reports.constants import ReferenceKind
from varna.reports.forms import ReferenceChoiceField
from varna.reports.selectors import reference_list

CITY = "stad"


class OwnedForm(DeidentifiedFormMixin, forms.Form):
    """Where a page or symbol belongs: the whole city or one of the writer's administrations."""

    administration = forms.ChoiceField(label=_("Gäller"))
    status = forms.ChoiceField(
        label=_("Status"),
        choices=PageStatus.choices,
        widget=forms.RadioSelect,
        initial=PageStatus.DRAFT,
        help_text=_("Ett utkast ser bara de som kan ändra det."),
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.places = {CITY if a is None else str(a.pk): a for a in administration_choices(user)}
        self.fields["administration"].choices = [
            (key, _("Hela staden") if a is None else a.name) for key, a in self.places.items()
        ]

    def clean_administration(self) -> Administration | None:
        return self.places[self.cleaned_data["administration"]]

    def overrides(self) -> Overrides:
        return {name: self._overridden(name) for name in self.deid_fields}

    @staticmethod
    def place_of(obj: Any) -> str:
        return CITY if obj.administration_id is None else str(obj.administration_id)


class PageForm(OwnedForm):
    deid_fields = ("title", "summary", "body")
    field_order = ["title", "kind", "summary", "body", "administration", "status"]

    title = forms.CharField(label=_("Rubrik"), max_length=200)
    kind = forms.ChoiceField(label=_("Typ av sida"), choices=PageKind.choices)
    summary = forms.CharField(
        label=_("Sammanfattning"),
        max_length=300,
        required=False,
        help_text=_("En mening som visas i listor och sökträffar."),
    )
    body = forms.CharField(
        label=_("Text"),
        widget=forms.Textarea(attrs={"rows": 16}),
        max_length=50_000,
        help_text=_(
            "Markdown: **fet**, *kursiv*, rubriker med ##, listor med -, länkar som [text](https://…). "
            "Skriv inga uppgifter om enskilda personer."
        ),
    )


class SymbolForm(OwnedForm):
    deid_fields = ("meaning", "what_to_do", "image_alt")
    field_order = [
        "name", "environment", "image", "image_alt", "meaning", "seen_on", "prevalence", "what_to_do",
        "administration", "status",
    ]  # fmt: skip

    name = forms.CharField(label=_("Namn"), max_length=120)
    environment = ReferenceChoiceField(label=_("Miljö"), queryset=None, empty_label=None)
    image = forms.FileField(
        label=_("Bild"),
        required=False,
        help_text=_("PNG, JPEG, GIF eller WebP. Aldrig en bild av en person: bara symbolen."),
        widget=forms.FileInput(attrs={"accept": "image/png,image/jpeg,image/gif,image/webp"}),
    )
    image_alt = forms.CharField(
        label=_("Bildbeskrivning"),
        max_length=300,
        required=False,
        help_text=_("Vad bilden visar, för den som inte ser den. Krävs när det finns en bild."),
    )
    meaning = forms.CharField(
        label=_("Vad den betyder"), widget=forms.Textarea(attrs={"rows": 5}), max_length=5000
    )
    seen_on = forms.MultipleChoiceField(
        label=_("Var den syns"), choices=SeenOn.choices, widget=forms.CheckboxSelectMultiple, required=False
    )
    prevalence = forms.ChoiceField(
        label=_("Hur vanlig här"), choices=Prevalence.choices, initial=Prevalence.UNKNOWN
    )
    what_to_do = forms.CharField(
        label=_("Vad du ska göra"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000, required=False
    )

    def __init__(self, *args: Any, has_image: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["environment"].queryset = reference_list(ReferenceKind.ENVIRONMENT)
        self.has_image = has_image

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if (cleaned.get("image") or self.has_image) and not (cleaned.get("image_alt") or "").strip():
            self.add_error("image_alt", _("Beskriv vad bilden visar, för den som inte ser den."))
        return cleaned


class AttachmentForm(forms.Form):
    file = forms.FileField(label=_("Fil"), help_text=_("PDF eller Word (DOCX)."))


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Sök i kunskapsbanken"), max_length=200, required=False)


class SymbolFilterForm(forms.Form):
    q = forms.CharField(label=_("Sök"), max_length=200, required=False)
    environment = ReferenceChoiceField(
        label=_("Miljö"), queryset=None, required=False, empty_label=_("Alla miljöer")
    )
    seen_on = forms.ChoiceField(label=_("Var den syns"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["environment"].queryset = reference_list(ReferenceKind.ENVIRONMENT)
        self.fields["seen_on"].choices = [("", _("Överallt")), *SeenOn.choices]
