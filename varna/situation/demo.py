"""Demo data for the situation picture's early warning and map (issue #5).

Bromma gets three more recent reports from Blackeberg, so that with the reports of
varna/reports/demo.py the area has six events in the last 30 days against none the same days of
earlier years: the demo shows one early warning. And Bromma's areas get a map: schematic
rectangles in roughly the right places, not surveyed boundaries (demo_data/bromma_areas.geojson).
"""

from __future__ import annotations

import datetime
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from varna.organisation.models import Administration, Area, User
from varna.reports.constants import AgeGroup, ReferenceKind
from varna.reports.models import ReferenceItem, Report
from varna.reports.services import submit_report
from varna.situation.maps import AreaMap, upload_area_map

GEOJSON = Path(__file__).parent / "demo_data" / "bromma_areas.geojson"
RECENT_BLACKEBERG = [
    (
        5,
        ("right_wing",),
        ("graffiti",),
        "public_space",
        "Nya klistermärken med vit makt-symboler vid skolgården.",
    ),
    (12, ("right_wing",), ("symbols",), "youth_club", "Besökare bar symboler från en vit makt-organisation."),
    (16, ("right_wing",), ("harassment",), "school", "Elever trakasserades med rasistiska tillmälen."),
]


@transaction.atomic
def load_demo_situation() -> None:
    bromma = Administration.objects.filter(name="Bromma").first()
    if bromma is None:
        return
    blackeberg = Area.objects.filter(administration=bromma, name="Blackeberg").first()
    employee = User.objects.filter(username="medarbetare").first()
    today = timezone.localdate()
    for days_ago, environments, types, setting, text in RECENT_BLACKEBERG:
        if Report.objects.filter(administration=bromma, description=text).exists():
            continue
        submit_report(
            submitted_by=employee,
            administration=bromma,
            area=blackeberg,
            event_date=today - datetime.timedelta(days=days_ago),
            environments=ReferenceItem.objects.filter(kind=ReferenceKind.ENVIRONMENT, code__in=environments),
            event_types=ReferenceItem.objects.filter(kind=ReferenceKind.EVENT_TYPE, code__in=types),
            setting=ReferenceItem.objects.filter(kind=ReferenceKind.SETTING, code=setting).first(),
            age_group=AgeGroup.UNDER_18,
            description=text,
            notify=False,
        )
    if not AreaMap.objects.filter(administration=bromma).exists():
        upload_area_map(
            administration=bromma,
            raw=GEOJSON.read_bytes(),
            name_property="namn",
            file_name="bromma-omraden-schematisk.geojson",
            by=None,
        )
