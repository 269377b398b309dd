"""The screening checklist: the municipality's items, their defaults from the seeds' guidelines,
and the snapshot taken onto an application or letting when its screening starts."""

from __future__ import annotations

from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from varna.associations.constants import AppliesTo
from varna.associations.models import ChecklistItem
from varna.organisation.models import Municipality

# (code, text, applies to): the requirements of seeds 000, 002, 003 and 004.
DEFAULT_ITEMS: list[tuple[str, str, str]] = [
    ("stadgar", "Stadgar har kommit in", AppliesTo.BOTH),
    (
        "demokratisk-uppbyggnad",
        "Föreningen är uppbyggd och fungerar enligt demokratiska principer",
        AppliesTo.BOTH,
    ),
    (
        "oppet-medlemskap",
        "Öppet medlemskap: alla som instämmer i föreningens målsättning har rätt till medlemskap, och "
        "ingen diskriminering på grund av kön, religion, politisk åsikt, etnicitet eller sexuell läggning "
        "förekommer",
        AppliesTo.BOTH,
    ),
    (
        "demokratiska-principer",
        "Står bakom den demokratiska rättsstatens principer, de mänskliga rättigheterna och jämställdhet "
        "mellan kvinnor och män",
        AppliesTo.BOTH,
    ),
    ("tar-avstand-fran-vald", "Tar avstånd från våldsbejakande uttryck och åsikter", AppliesTo.BOTH),
    (
        "ingen-samverkan",
        "Samverkar inte med och anlitar inte organisationer eller personer som uttrycker åsikter i strid "
        "mot detta",
        AppliesTo.BOTH,
    ),
    ("verksamhetsplan", "Verksamhetsplan har kommit in", AppliesTo.BOTH),
    ("ekonomi", "Uppgifter om ekonomi har kommit in och granskats", AppliesTo.BOTH),
    ("skatteverket", "Uppgifter från Skatteverket har kommit in", AppliesTo.BOTH),
    (
        "arrangemanget",
        "Arrangemanget i lokalen vilar på demokratisk grund (program vid behov)",
        AppliesTo.PREMISES,
    ),
]


@transaction.atomic
def ensure_default_checklist(municipality: Municipality) -> None:
    """Give a municipality the default items if it has none (its own edits are kept)."""
    if ChecklistItem.objects.filter(municipality=municipality).exists():
        return
    ChecklistItem.objects.bulk_create(
        ChecklistItem(municipality=municipality, code=code, text=text, applies_to=applies, order=10 * (i + 1))
        for i, (code, text, applies) in enumerate(DEFAULT_ITEMS)
    )


def items_for(municipality: Municipality, *, premises: bool) -> QuerySet[ChecklistItem]:
    ensure_default_checklist(municipality)
    excluded = AppliesTo.GRANTS if premises else AppliesTo.PREMISES
    return ChecklistItem.objects.filter(municipality=municipality, active=True).exclude(applies_to=excluded)


def no_items_message() -> str:
    return _("Kommunen har ingen aktiv kontrollpunkt. Lägg till kontrollpunkter i checklistan först.")
