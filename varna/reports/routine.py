"""The routine on concern or incident: default steps, the routine an administration shows, edits.

The municipality's steps apply everywhere; an administration's step of the same kind replaces
it there. Texts and numbers are data that coordinators edit, seeded from the City of Stockholm's
documents (seeds 002 and 003): 112 for acute danger, 114 14 for tips to the police, an
orosanmälan for a child, the nearest manager, CVE's support line and Rutin 24 timmar.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.organisation.constants import Role
from varna.organisation.models import Administration, Municipality, User
from varna.reports.constants import RoutineStepKind
from varna.reports.models import RoutineStep

Kind = RoutineStepKind
STEP_FIELDS = ("question", "instruction", "phone", "phone_label")

# The municipality's default steps, in the order the guided routine asks. Questions are answered
# yes or no; the instruction is what to do on a yes.
DEFAULT_STEPS: dict[str, dict[str, str]] = {
    Kind.ACUTE: {
        "question": "Är någon i akut fara, eller finns det ett konkret hot?",
        "instruction": "Ring 112 nu. Konkreta hot ska polisanmälas direkt.",
        "phone": "112",
        "phone_label": "Larmnumret: polis, ambulans och räddningstjänst",
    },
    Kind.POLICE_TIP: {
        "question": "Har du tips eller information som polisen bör få, men ingen är i akut fara?",
        "instruction": "Ring polisen på 114 14 och lämna tipset.",
        "phone": "114 14",
        "phone_label": "Polisen",
    },
    Kind.CHILD: {
        "question": "Gäller det ett barn eller en ung person under 18 år som kan fara illa?",
        "instruction": (
            "Gör en orosanmälan till socialtjänsten nu. Som anställd i kommunen är du skyldig att "
            "anmäla. Ring socialtjänstens mottagning för barn och unga i din förvaltning om du "
            "behöver hjälp med anmälan."
        ),
        "phone": "",
        "phone_label": "",
    },
    Kind.MANAGER: {
        "question": "Har du sett eller hört något som kan ha koppling till våldsbejakande extremism?",
        "instruction": "Berätta för din närmaste chef i dag.",
        "phone": "",
        "phone_label": "",
    },
    Kind.SUPPORT: {
        "question": "Behöver du själv råd om hur du ska agera?",
        "instruction": (
            "Ring Center mot våldsbejakande extremism (CVE). De ger stöd till yrkesverksamma. "
            "Du kan också fråga din förvaltnings samordnare."
        ),
        "phone": "08-527 44 290",
        "phone_label": "Center mot våldsbejakande extremism (CVE), stöd till yrkesverksamma",
    },
    Kind.LEAVE: {
        "question": "Vill någon lämna en kriminell eller våldsbejakande miljö?",
        "instruction": (
            "Kontakta socialtjänsten i förvaltningen direkt. Personen ska få en första kontakt "
            "med staden inom 24 timmar (Rutin 24 timmar)."
        ),
        "phone": "",
        "phone_label": "",
    },
    Kind.REPORT: {
        "question": "Har du gjort det som behövs ovan?",
        "instruction": (
            "Fyll i blanketten för avidentifierad information till din förvaltnings samordnare. "
            "Skriv aldrig namn, personnummer, adresser eller annat som kan peka ut någon."
        ),
        "phone": "",
        "phone_label": "",
    },
}

# Local numbers the seed documents give. Only seed 002 names a social-services intake for
# children (Hägersten-Liljeholmen, 2018); other districts' coordinators add their own.
DEMO_STEPS: dict[str, dict[str, dict[str, str]]] = {
    "Hägersten-Liljeholmen": {
        Kind.CHILD: {
            **DEFAULT_STEPS[Kind.CHILD],
            "instruction": (
                "Gör en orosanmälan till socialtjänsten nu. Som anställd i kommunen är du skyldig "
                "att anmäla. Ring barn- och ungdomsenhetens mottagningsgrupp om du behöver hjälp "
                "med anmälan."
            ),
            "phone": "08-508 22 300",
            "phone_label": "Barn- och ungdomsenhetens mottagningsgrupp, Hägersten-Liljeholmen",
        },
    },
}

ORDER = {kind: index * 10 for index, kind in enumerate(DEFAULT_STEPS)}
PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 \-()]*$")


def tel_href(phone: str) -> str:
    """The `tel:` address of a number as written in Sweden: "08-527 44 290" -> "tel:0852744290"."""
    digits = re.sub(r"[^0-9+]", "", phone)
    return f"tel:{digits}" if digits else ""


def check_phone(phone: str) -> str:
    phone = phone.strip()
    if phone and not PHONE_PATTERN.match(phone):
        raise ValidationError(_("Skriv bara siffror, mellanslag och bindestreck, t.ex. 08-508 22 300."))
    return phone


@transaction.atomic
def ensure_default_routine(municipality: Municipality) -> int:
    """Create the municipality's default steps that are missing; never overwrite edits."""
    created = 0
    for kind, texts in DEFAULT_STEPS.items():
        _step, new = RoutineStep.objects.get_or_create(
            municipality=municipality,
            administration=None,
            kind=kind,
            defaults={**texts, "order": ORDER[kind]},
        )
        created += new
    return created


@transaction.atomic
def load_demo_routine(municipality: Municipality) -> int:
    """The default steps, and the local steps the seed documents give (for `load_demo`)."""
    created = ensure_default_routine(municipality)
    for name, steps in DEMO_STEPS.items():
        administration = Administration.objects.filter(municipality=municipality, name=name).first()
        if administration is None:
            continue
        for kind, texts in steps.items():
            _step, new = RoutineStep.objects.get_or_create(
                municipality=municipality,
                administration=administration,
                kind=kind,
                defaults={**texts, "order": ORDER[kind]},
            )
            created += new
    return created


def municipal_steps(municipality: Municipality) -> list[RoutineStep]:
    steps = list(RoutineStep.objects.filter(municipality=municipality, administration=None))
    if not steps:
        # A municipality created after the demo (or in a test) gets the defaults when first asked.
        ensure_default_routine(municipality)
        steps = list(RoutineStep.objects.filter(municipality=municipality, administration=None))
    return steps


def _annotate(step: RoutineStep) -> RoutineStep:
    step.tel = tel_href(step.phone)  # type: ignore[attr-defined]
    step.is_local = step.administration_id is not None  # type: ignore[attr-defined]
    return step


def routine_for(
    administration: Administration | None, municipality: Municipality | None = None
) -> list[RoutineStep]:
    """The steps shown in `administration`: the municipality's, with the administration's own."""
    if municipality is None:
        if administration is None:
            raise ValueError("routine_for needs an administration or a municipality")
        municipality = administration.municipality
    by_kind = {step.kind: step for step in municipal_steps(municipality)}
    if administration is not None:
        by_kind.update({step.kind: step for step in administration.routine_steps.all()})
    kinds = list(DEFAULT_STEPS)
    steps = sorted(
        by_kind.values(),
        key=lambda s: (s.order, kinds.index(s.kind) if s.kind in kinds else len(kinds)),
    )
    return [_annotate(step) for step in steps]


@dataclass(frozen=True)
class Routine:
    """The routine split as the pages show it: the acute step first, the report step last."""

    administration: Administration | None
    acute: RoutineStep | None
    steps: list[RoutineStep]
    report: RoutineStep | None

    @property
    def all_steps(self) -> list[RoutineStep]:
        return [s for s in (self.acute, *self.steps, self.report) if s is not None]

    def step(self, kind: str) -> RoutineStep | None:
        return next((s for s in self.all_steps if s.kind == kind), None)


def routine_view(administration: Administration | None, municipality: Municipality | None = None) -> Routine:
    if administration is None and municipality is None:
        return Routine(administration=None, acute=None, steps=[], report=None)
    steps = routine_for(administration, municipality)
    return Routine(
        administration=administration,
        acute=next((s for s in steps if s.kind == Kind.ACUTE), None),
        steps=[s for s in steps if s.kind not in (Kind.ACUTE, Kind.REPORT)],
        report=next((s for s in steps if s.kind == Kind.REPORT), None),
    )


# --- Whose routine ------------------------------------------------------------------------


def _memberships_by_preference(user: Any) -> list[Any]:
    if not getattr(user, "is_authenticated", False):
        return []
    preference = [Role.EMPLOYEE, Role.UNIT_MANAGER, Role.COORDINATOR]
    return sorted(
        user.memberships.select_related("administration__municipality", "unit"),
        key=lambda m: (
            preference.index(m.role) if m.role in preference else len(preference),
            m.unit_id is None,
            m.administration.name,
        ),
    )


def home_administration(user: Any) -> Administration | None:
    """The administration a person reports to by default: where they work, most local first."""
    membership = home_membership(user)
    return membership.administration if membership else None


def home_membership(user: Any) -> Any:
    """The membership that pre-fills the report form (administration and unit)."""
    memberships = _memberships_by_preference(user)
    return memberships[0] if memberships else None


def municipality_of(user: Any) -> Municipality | None:
    administration = home_administration(user)
    if administration is not None:
        return administration.municipality
    return Municipality.objects.order_by("pk").first()


def administrations_for_reporting(user: Any) -> Any:
    """Any signed-in person may report to any administration of their municipality."""
    municipality = municipality_of(user)
    administrations = Administration.objects.order_by("name")
    return administrations.filter(municipality=municipality) if municipality else administrations.none()


# --- Editing ------------------------------------------------------------------------------


def _clean_texts(texts: Mapping[str, str]) -> dict[str, str]:
    values = {name: (texts.get(name) or "").strip() for name in STEP_FIELDS}
    errors = {}
    if not values["question"]:
        errors["question"] = _("Skriv frågan.")
    if not values["instruction"]:
        errors["instruction"] = _("Skriv vad man ska göra.")
    try:
        values["phone"] = check_phone(values["phone"])
    except ValidationError as error:
        errors["phone"] = error.messages[0]
    if values["phone"] and not values["phone_label"]:
        errors["phone_label"] = _("Skriv vem man når på numret.")
    if errors:
        raise ValidationError(errors)
    return values


@transaction.atomic
def save_municipal_routine(
    *, municipality: Municipality, steps: Mapping[str, Mapping[str, str]], by: User, request: Any = None
) -> list[str]:
    """Change the municipality's default steps; return the kinds that changed."""
    ensure_default_routine(municipality)
    changed = []
    for kind, texts in steps.items():
        values = _clean_texts(texts)
        step = RoutineStep.objects.select_for_update().get(
            municipality=municipality, administration=None, kind=kind
        )
        if all(getattr(step, name) == values[name] for name in STEP_FIELDS):
            continue
        for name, value in values.items():
            setattr(step, name, value)
        step.full_clean()
        step.save()
        changed.append(kind)
    if changed:
        record_event(
            action=Action.CHANGED, actor=by, request=request, summary=f"rutin (kommun): {', '.join(changed)}"
        )
    return changed


@transaction.atomic
def save_administration_routine(
    *,
    administration: Administration,
    steps: Mapping[str, Mapping[str, str] | None],
    by: User,
    request: Any = None,
) -> list[str]:
    """Set the administration's own steps; None for a kind means "use the municipality's"."""
    municipality = administration.municipality
    ensure_default_routine(municipality)
    changed = []
    for kind, texts in steps.items():
        existing = (
            RoutineStep.objects.select_for_update()
            .filter(municipality=municipality, administration=administration, kind=kind)
            .first()
        )
        if texts is None:
            if existing is not None:
                existing.delete()
                changed.append(kind)
            continue
        values = _clean_texts(texts)
        if existing is not None and all(getattr(existing, n) == values[n] for n in STEP_FIELDS):
            continue
        step = existing or RoutineStep(
            municipality=municipality, administration=administration, kind=kind, order=ORDER.get(kind, 0)
        )
        for name, value in values.items():
            setattr(step, name, value)
        step.full_clean()
        step.save()
        changed.append(kind)
    if changed:
        record_event(
            action=Action.CHANGED,
            actor=by,
            request=request,
            administration=administration,
            summary=f"rutin: {', '.join(changed)}",
        )
    return changed
