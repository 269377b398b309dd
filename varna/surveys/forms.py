"""Forms: opening a round, answering a survey (built from its questions), editing templates."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from varna.lib.forms import BoundedModelMultipleChoiceField
from varna.lib.personal_data import DeidentifiedFormMixin
from varna.organisation.models import Administration, Unit
from varna.surveys.answers import Answers, is_empty, shown_questions
from varna.surveys.constants import QuestionKind
from varna.surveys.models import Question, SurveyTemplate, TemplateSection
from varna.surveys.services import Invitee, unit_managers

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
SAVE, SUBMIT = "save", "submit"


class UnitChoices(BoundedModelMultipleChoiceField):
    def label_from_instance(self, obj: Unit) -> str:
        return f"{obj.name} ({obj.department.name})" if obj.department else obj.name


class RoundForm(forms.Form):
    template = forms.ModelChoiceField(
        label=_("Enkät"), queryset=SurveyTemplate.objects.all(), empty_label=None
    )
    year = forms.IntegerField(
        label=_("År"), min_value=2000, max_value=2100, help_text=_("Året lägesbilden gäller.")
    )
    deadline = forms.DateField(label=_("Sista svarsdag"), widget=DATE)
    anonymous = forms.BooleanField(
        label=_("Anonym enkät"),
        required=False,
        help_text=_(
            "Svaren kopplas bara till enheten. Resultaten visas först när omgången är stängd och minst "
            "tre inbjudna enheter har svarat. Enheter nås bara via enhetschefens adress i "
            "organisationsregistret."
        ),
    )
    units = UnitChoices(
        label=_("Enheter vars enhetschefer ska svara"),
        queryset=Unit.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    addresses = forms.CharField(
        label=_("Fler mottagare"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "En e-postadress per rad, gärna följd av semikolon och enhetens namn, "
            "t.ex. ”chef@stad.se; Parklek Abrahamsberg”."
        ),
    )

    def __init__(self, *args: Any, administration: Administration, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.administration = administration
        self.fields["units"].queryset = (
            Unit.objects.filter(administration=administration)
            .select_related("department")
            .order_by("department__name", "name")
        )
        self.fields["year"].initial = timezone.localdate().year
        default = SurveyTemplate.objects.filter(is_default=True).first()
        if default:
            self.fields["template"].initial = default.pk
        self.invitees: list[Invitee] = []

    def clean_deadline(self) -> Any:
        deadline = self.cleaned_data["deadline"]
        if deadline < timezone.localdate():
            raise ValidationError(_("Sista svarsdag kan inte ha passerat."))
        return deadline

    def clean_addresses(self) -> list[Invitee]:
        units = {u.name.casefold(): u for u in Unit.objects.filter(administration=self.administration)}
        invitees, errors = [], []
        for number, line in enumerate(self.cleaned_data["addresses"].splitlines(), start=1):
            if not line.strip():
                continue
            email, _sep, unit_name = (part.strip() for part in line.partition(";"))
            try:
                validate_email(email)
            except ValidationError:
                errors.append(
                    _("Rad %(n)s: ”%(email)s” är inte en e-postadress.") % {"n": number, "email": email}
                )
                continue
            unit = units.get(unit_name.casefold()) if unit_name else None
            if unit_name and unit is None:
                errors.append(
                    _("Rad %(n)s: det finns ingen enhet ”%(unit)s” i förvaltningen.")
                    % {"n": number, "unit": unit_name}
                )
                continue
            invitees.append(Invitee(email.lower(), unit))
        if errors:
            raise ValidationError(errors)
        return invitees

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if "units" not in cleaned or "addresses" not in cleaned:
            return cleaned
        managers, without = unit_managers(cleaned["units"])
        covered = {i.unit.pk for i in cleaned["addresses"] if i.unit}
        missing = [u.name for u in without if u.pk not in covered]
        if without and cleaned.get("anonymous"):
            # Anonymous: an entered address cannot stand in for a unit's registered manager.
            missing = [u.name for u in without]
            self.add_error(
                "units",
                _(
                    "I en anonym enkät kan bara enheter med en enhetschef i organisationsregistret "
                    "väljas. Ingen enhetschef med e-postadress för: %(units)s."
                )
                % {"units": ", ".join(missing)},
            )
        elif missing:
            self.add_error(
                "units",
                _(
                    "Ingen enhetschef med e-postadress i Värna för: %(units)s. "
                    "Ange en adress för enheten nedan."
                )
                % {"units": ", ".join(missing)},
            )
        self.invitees = managers + cleaned["addresses"]
        if not self.invitees and not missing:
            raise ValidationError(_("Välj minst en enhet eller ange minst en e-postadress."))
        return cleaned


def field_name(question: Question) -> str:
    return f"q_{question.code}"


class AnswerForm(DeidentifiedFormMixin, forms.Form):
    """The survey as a form. Everything may be left empty in a draft; on submission the shown
    required questions must be answered. Hidden (conditional) questions are ignored."""

    def __init__(
        self, *args: Any, questions: list[Question], draft: Answers | None = None, **kwargs: Any
    ) -> None:
        self.questions = questions
        self.deid_fields = tuple(field_name(q) for q in questions if q.kind == QuestionKind.TEXT)
        super().__init__(*args, **kwargs)
        draft = draft or {}
        for question in questions:
            name = field_name(question)
            self.fields[name] = self._field(question)
            value = draft.get(question.code)
            if not is_empty(value):
                self.initial[name] = str(value) if question.kind == QuestionKind.SCALE else value

    @property
    def submitting(self) -> bool:
        return self.is_bound and self.data.get("action") == SUBMIT

    @staticmethod
    def _field(question: Question) -> forms.Field:
        common = {"label": question.text, "required": False, "help_text": question.help_text}
        if question.kind == QuestionKind.SINGLE or question.kind == QuestionKind.SCALE:
            return forms.ChoiceField(choices=question.options(), widget=forms.RadioSelect, **common)
        if question.kind == QuestionKind.MULTIPLE:
            return forms.MultipleChoiceField(
                choices=question.options(), widget=forms.CheckboxSelectMultiple, **common
            )
        if question.kind == QuestionKind.NUMBER:
            return forms.IntegerField(
                min_value=0,
                max_value=100_000,
                widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
                **common,
            )
        return forms.CharField(max_length=5000, widget=forms.Textarea(attrs={"rows": 4}), **common)

    def answers(self) -> Answers:
        """The valid answers in the plain shape (see answers.py), empty ones left out."""
        found: Answers = {}
        for question in self.questions:
            value = self.cleaned_data.get(field_name(question))
            if is_empty(value):
                continue
            if question.kind == QuestionKind.SCALE:
                value = int(value)
            found[question.code] = value
        return found

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if self.submitting:
            answers = self.answers()
            for question in shown_questions(self.questions, answers):
                name = field_name(question)
                if question.required and question.code not in answers and name not in self.errors:
                    self.add_error(name, _("Svara på frågan innan du skickar in."))
        return cleaned


class TemplateForm(DeidentifiedFormMixin, forms.ModelForm):
    deid_fields = ("description",)

    class Meta:
        model = SurveyTemplate
        fields = ["name", "description", "is_default"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class CopyTemplateForm(forms.Form):
    name = forms.CharField(label=_("Namn på kopian"), max_length=200)


class SectionForm(DeidentifiedFormMixin, forms.ModelForm):
    deid_fields = ("description",)

    class Meta:
        model = TemplateSection
        fields = ["title", "description", "order"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["order"].required = False
        self.fields["order"].help_text = _("Lämna tomt för att lägga delen sist.")


class QuestionForm(forms.ModelForm):
    choices = forms.CharField(
        label=_("Svarsalternativ"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("För val-frågor med egna alternativ: ett per rad, gärna som ”kod | Text”."),
    )

    class Meta:
        model = Question
        fields = [
            "section",
            "code",
            "text",
            "help_text",
            "kind",
            "reference_list",
            "required",
            "order",
            "scale_min",
            "scale_max",
            "scale_min_label",
            "scale_max_label",
            "condition_question",
            "condition_value",
        ]

    def __init__(self, *args: Any, template: SurveyTemplate, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = template.sections.all()
        others = template.questions().filter(kind__in=[QuestionKind.SINGLE, QuestionKind.MULTIPLE])
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        self.fields["condition_question"].queryset = others
        self.fields["order"].required = False
        self.fields["order"].help_text = _("Lämna tomt för att lägga frågan sist.")
        if self.instance.pk and not self.is_bound:
            self.initial["choices"] = "\n".join(f"{c.code} | {c.label}" for c in self.instance.choices.all())

    def clean_choices(self) -> list[tuple[str, str]]:
        parsed = []
        for line in self.cleaned_data["choices"].splitlines():
            if not line.strip():
                continue
            code, sep, label = line.partition("|")
            code, label = (code.strip(), label.strip()) if sep else (slugify(line)[:64], line.strip())
            if not code or not label:
                raise ValidationError(_("Varje rad behöver en text: ”%(line)s”.") % {"line": line})
            parsed.append((slugify(code)[:64], label))
        if len({code for code, _label in parsed}) != len(parsed):
            raise ValidationError(_("Två alternativ har samma kod."))
        return parsed
