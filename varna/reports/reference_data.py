"""The default reference lists (DOMAIN.md): loaded after every migrate, never overwriting edits.

The system administrator edits labels, order and activity in the admin; codes stay stable
because the API, imports and statistics refer to them.
"""

from __future__ import annotations

from typing import Any

from varna.reports.constants import ReferenceKind

DEFAULT_LISTS: dict[str, list[tuple[str, str]]] = {
    ReferenceKind.ENVIRONMENT: [
        ("right_wing", "Våldsbejakande högerextremism (vit makt-miljön)"),
        ("left_wing", "Våldsbejakande vänsterextremism (autonoma miljön)"),
        ("islamist", "Våldsbejakande islamism"),
        ("lone_actor", "Ensamagerande gärningsperson"),
        ("hybrid", "Hybrid eller oklar ideologi"),
        ("conspiracy", "Konspirationsdriven"),
    ],
    ReferenceKind.EVENT_TYPE: [
        ("graffiti", "Klotter och klistermärken"),
        ("symbols", "Bär eller visar symboler"),
        ("threats", "Hot"),
        ("harassment", "Kränkningar och trakasserier"),
        ("violence", "Våld"),
        ("recruitment", "Rekryteringsförsök"),
        ("expressed_views", "Uttryckta våldsbejakande åsikter"),
        ("propaganda_online", "Propaganda på nätet"),
        ("undue_influence", "Otillåten påverkan på tjänsteperson"),
        ("school_attack", "Oro för skolattack"),
        ("returnee", "Återvändare från konfliktområde"),
        ("other", "Annat"),
    ],
    ReferenceKind.SETTING: [
        ("school", "Skola"),
        ("preschool", "Förskola"),
        ("youth_club", "Fritidsgård"),
        ("social_services", "Socialtjänst"),
        ("public_space", "Offentlig miljö"),
        ("online", "Nätet"),
        ("workplace", "Arbetsplats"),
        ("housing", "Boende"),
        ("other", "Annat"),
    ],
    ReferenceKind.ACTION: [
        ("orosanmalan", "Orosanmälan gjord"),
        ("police", "Polisen kontaktad"),
        ("manager", "Chefen informerad"),
        ("social_services", "Socialtjänsten konsulterad"),
        ("none", "Inget ännu"),
    ],
}


def load_reference_lists(**_: Any) -> int:
    """Create the default entries that are missing; return how many were created."""
    from varna.reports.models import ReferenceItem

    created = 0
    for kind, entries in DEFAULT_LISTS.items():
        for order, (code, label) in enumerate(entries):
            _item, new = ReferenceItem.objects.get_or_create(
                kind=kind, code=code, defaults={"label": label, "order": order * 10}
            )
            created += new
    return created
