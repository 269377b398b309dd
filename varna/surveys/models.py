"""Survey templates (sections, questions, choices), rounds, recipients and responses.

A response never points to its recipient or to a user: for a named round the recipient points
to the response, for an anonymous round nothing links them and the recipient only knows that
it has answered (ADR in the README: "Surveys"). A recipient's personal link is a random token of
which only a hash is stored.

Only answers from units invited through the organisation register count toward the three-unit
rule (docs/disclosure-surveys-support.md): `Recipient.counts` and `Response.counts`.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from varna.organisation.models import Administration, Unit
from varna.surveys.constants import (
    CHOICE_KINDS,
    MIN_UNITS_FOR_RESULTS,
    QuestionKind,
    ReferenceList,
    RoundStatus,
)


class SurveyTemplate(models.Model):
    """A survey as the central coordinator maintains it. Locked once a round uses it."""

    name = models.CharField(_("namn"), max_length=200, unique=True)
    description = models.TextField(_("beskrivning"), blank=True, help_text=_("Visas överst i enkäten."))
    is_default = models.BooleanField(
        _("standardmall"), default=False, help_text=_("Föreslås när en samordnare öppnar en ny omgång.")
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    class Meta:
        verbose_name = _("enkätmall")
        verbose_name_plural = _("enkätmallar")
        ordering = ["-is_default", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def in_use(self) -> bool:
        return self.rounds.exists()

    def questions(self) -> models.QuerySet[Question]:
        return (
            Question.objects.filter(section__template=self)
            .select_related("section", "condition_question")
            .prefetch_related("choices")
            .order_by("section__order", "section__pk", "order", "pk")
        )


class TemplateSection(models.Model):
    template = models.ForeignKey(
        SurveyTemplate, on_delete=models.CASCADE, related_name="sections", verbose_name=_("mall")
    )
    title = models.CharField(_("rubrik"), max_length=200)
    description = models.TextField(_("beskrivning"), blank=True)
    order = models.PositiveIntegerField(_("ordning"), default=0)

    class Meta:
        verbose_name = _("del av enkät")
        verbose_name_plural = _("delar av enkät")
        ordering = ["template", "order", "pk"]

    def __str__(self) -> str:
        return self.title


class Question(models.Model):
    section = models.ForeignKey(
        TemplateSection, on_delete=models.CASCADE, related_name="questions", verbose_name=_("del")
    )
    code = models.SlugField(
        _("kod"), max_length=64, help_text=_("Stabil kod för export, API och lägesbild, t.ex. ”knowledge”.")
    )
    text = models.CharField(_("fråga"), max_length=500)
    help_text = models.CharField(_("hjälptext"), max_length=500, blank=True)
    kind = models.CharField(_("typ av fråga"), max_length=16, choices=QuestionKind.choices)
    reference_list = models.CharField(
        _("svarsalternativ från lista"),
        max_length=32,
        choices=ReferenceList.choices,
        blank=True,
        help_text=_("För val-frågor: hämta alternativen från rapporternas listor i stället för egna."),
    )
    required = models.BooleanField(_("obligatorisk"), default=False)
    order = models.PositiveIntegerField(_("ordning"), default=0)
    scale_min = models.SmallIntegerField(_("skalans lägsta värde"), default=1)
    scale_max = models.SmallIntegerField(_("skalans högsta värde"), default=5)
    scale_min_label = models.CharField(_("text vid lägsta värdet"), max_length=100, blank=True)
    scale_max_label = models.CharField(_("text vid högsta värdet"), max_length=100, blank=True)
    condition_question = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="dependent_questions",
        verbose_name=_("visas bara om frågan"),
    )
    condition_value = models.CharField(
        _("har svaret"), max_length=64, blank=True, help_text=_("Koden för svarsalternativet.")
    )

    class Meta:
        verbose_name = _("fråga")
        verbose_name_plural = _("frågor")
        ordering = ["section", "order", "pk"]

    def __str__(self) -> str:
        return self.text

    @property
    def is_choice(self) -> bool:
        return self.kind in CHOICE_KINDS

    @property
    def is_conditional(self) -> bool:
        return self.condition_question_id is not None and bool(self.condition_value)

    def options(self) -> list[tuple[str, str]]:
        """(code, label) of the answer options: choices, reference items or the scale's steps."""
        if self.kind == QuestionKind.SCALE:
            steps = [(str(n), str(n)) for n in range(self.scale_min, self.scale_max + 1)]
            if steps and self.scale_min_label:
                steps[0] = (steps[0][0], f"{steps[0][1]} – {self.scale_min_label}")
            if steps and self.scale_max_label:
                steps[-1] = (steps[-1][0], f"{steps[-1][1]} – {self.scale_max_label}")
            return steps
        if not self.is_choice:
            return []
        if self.reference_list:
            from varna.reports.models import ReferenceItem

            return list(ReferenceItem.objects.of_kind(self.reference_list).values_list("code", "label"))
        return [(choice.code, choice.label) for choice in self.choices.all()]

    def condition_label(self) -> str:
        """The answer that shows this question, as the respondent reads it."""
        if not self.is_conditional:
            return ""
        labels = dict(self.condition_question.options())
        return labels.get(self.condition_value, self.condition_value)


class Choice(models.Model):
    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="choices", verbose_name=_("fråga")
    )
    code = models.SlugField(_("kod"), max_length=64)
    label = models.CharField(_("svarsalternativ"), max_length=300)
    order = models.PositiveIntegerField(_("ordning"), default=0)

    class Meta:
        verbose_name = _("svarsalternativ")
        verbose_name_plural = _("svarsalternativ")
        ordering = ["question", "order", "pk"]
        constraints = [models.UniqueConstraint(fields=["question", "code"], name="unique_choice_code")]

    def __str__(self) -> str:
        return self.label


class Round(models.Model):
    """One sending of a survey by an administration for a year."""

    administration = models.ForeignKey(
        Administration, on_delete=models.PROTECT, related_name="survey_rounds", verbose_name=_("förvaltning")
    )
    template = models.ForeignKey(
        SurveyTemplate, on_delete=models.PROTECT, related_name="rounds", verbose_name=_("enkät")
    )
    year = models.PositiveSmallIntegerField(_("år"), help_text=_("Året lägesbilden gäller."))
    deadline = models.DateField(_("sista svarsdag"))
    anonymous = models.BooleanField(
        _("anonym"),
        default=False,
        help_text=_(
            "Svaren kopplas bara till enheten, aldrig till den som svarat. Resultaten visas först när "
            "omgången är stängd och minst tre inbjudna enheter har svarat."
        ),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=RoundStatus.choices, default=RoundStatus.OPEN
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("öppnad av"),
    )
    opened_at = models.DateTimeField(_("öppnad"), default=timezone.now)
    closed_at = models.DateTimeField(_("stängd"), null=True, blank=True)
    # The automatic reminder before the deadline goes out once per round.
    reminder_sent_at = models.DateTimeField(_("automatisk påminnelse skickad"), null=True, blank=True)

    class Meta:
        verbose_name = _("enkätomgång")
        verbose_name_plural = _("enkätomgångar")
        ordering = ["-year", "-opened_at"]

    def __str__(self) -> str:
        return f"{self.template.name} {self.year} – {self.administration.name}"

    @property
    def title(self) -> str:
        return str(self)

    def closes_at(self) -> datetime.datetime:
        """When the links stop working: the end of the deadline day plus the grace days."""
        last_day = self.deadline + datetime.timedelta(days=settings.SURVEY_LINK_GRACE_DAYS)
        end = datetime.datetime.combine(last_day + datetime.timedelta(days=1), datetime.time.min)
        return timezone.make_aware(end)

    def accepts_answers(self, now: datetime.datetime | None = None) -> bool:
        return self.status == RoundStatus.OPEN and (now or timezone.now()) < self.closes_at()

    def units_answered(self) -> int:
        """Invited units with a counted response: a coordinator's own or unregistered addresses,
        and responses without a unit, never count (docs/disclosure-surveys-support.md)."""
        return self.responses.filter(counts=True, unit__isnull=False).values("unit_id").distinct().count()

    def passes_threshold(self) -> bool:
        """The results may leave the round: enough invited units have answered that the results
        point out none of them, and an anonymous round is closed (its results open at close, not
        as answers arrive, so that no single answer can be told apart by when it came)."""
        if self.anonymous and self.status != RoundStatus.CLOSED:
            return False
        return self.units_answered() >= MIN_UNITS_FOR_RESULTS

    @property
    def results_shown(self) -> bool:
        """A named round's results show its coordinators from the first answer; an anonymous
        round's when it passes the threshold."""
        return not self.anonymous or self.passes_threshold()


class Response(models.Model):
    """A submitted answer of one unit. No link to a person: see the module's docstring."""

    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, related_name="responses", verbose_name=_("omgång")
    )
    unit = models.ForeignKey(
        Unit, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("enhet")
    )
    # A date, not a time: in an anonymous round a time could be matched with the mail log.
    submitted_on = models.DateField(_("inskickad"))
    counts = models.BooleanField(
        _("räknas mot tröskeln"),
        default=False,
        help_text=_("Svaret kom från en enhets inbjudna enhetschef enligt organisationsregistret."),
    )

    class Meta:
        verbose_name = _("enkätsvar")
        verbose_name_plural = _("enkätsvar")
        ordering = ["round", "unit__name", "pk"]

    def __str__(self) -> str:
        return f"{self.round} – {self.unit or '–'}"

    @property
    def administration_id(self) -> int:
        return self.round.administration_id


class Answer(models.Model):
    response = models.ForeignKey(
        Response, on_delete=models.CASCADE, related_name="answers", verbose_name=_("svar")
    )
    question = models.ForeignKey(
        Question, on_delete=models.PROTECT, related_name="answers", verbose_name=_("fråga")
    )
    choices = models.JSONField(_("valda alternativ"), default=list, blank=True)
    number = models.IntegerField(_("tal"), null=True, blank=True)
    text = models.TextField(_("text"), blank=True)

    class Meta:
        verbose_name = _("svar på fråga")
        verbose_name_plural = _("svar på frågor")
        constraints = [
            models.UniqueConstraint(fields=["response", "question"], name="unique_answer_per_question")
        ]

    def __str__(self) -> str:
        return self.question.code


class Recipient(models.Model):
    """Who is asked: a unit manager or an address. Holds the draft until the answer is sent."""

    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, related_name="recipients", verbose_name=_("omgång")
    )
    unit = models.ForeignKey(
        Unit, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("enhet")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="survey_invitations",
        verbose_name=_("användare"),
    )
    email = models.EmailField(_("e-postadress"))
    counts = models.BooleanField(
        _("räknas mot tröskeln"),
        default=False,
        help_text=_("Adressen är enhetens enhetschef i organisationsregistret och tillhör ingen samordnare."),
    )
    invited_at = models.DateTimeField(_("inbjuden"), null=True, blank=True)
    reminders_sent = models.PositiveSmallIntegerField(_("påminnelser"), default=0)
    last_reminded_at = models.DateTimeField(_("senast påmind"), null=True, blank=True)
    draft = models.JSONField(_("utkast"), default=dict, blank=True)
    draft_saved_at = models.DateTimeField(_("utkast sparat"), null=True, blank=True)
    has_answered = models.BooleanField(_("har svarat"), default=False)
    # Only in a named round: the response, and when it came.
    answered_at = models.DateTimeField(_("svarade"), null=True, blank=True)
    response = models.OneToOneField(
        Response,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("svar"),
    )

    class Meta:
        verbose_name = _("mottagare")
        verbose_name_plural = _("mottagare")
        ordering = ["round", "unit__name", "email"]
        constraints = [models.UniqueConstraint(fields=["round", "email"], name="unique_recipient_email")]

    def __str__(self) -> str:
        return self.email

    @property
    def administration_id(self) -> int:
        return self.round.administration_id


class RecipientToken(models.Model):
    """A personal link: only the SHA-256 of the random token is kept. A reminder adds a new one."""

    recipient = models.ForeignKey(
        Recipient, on_delete=models.CASCADE, related_name="tokens", verbose_name=_("mottagare")
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("personlig länk")
        verbose_name_plural = _("personliga länkar")

    def __str__(self) -> str:
        return f"{self.token_hash[:8]}…"
