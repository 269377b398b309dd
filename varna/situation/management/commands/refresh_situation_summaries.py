"""Count every administration-year's summary in advance (after migrating a large database, or
from cron at night), so that no one waits for the first city-wide view."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models.functions import ExtractYear

from varna.organisation.models import Administration
from varna.reports.models import Report
from varna.situation.statistics import year_summaries


class Command(BaseCommand):
    help = "Räknar lägesbildens årssammanställningar i förväg för alla förvaltningar och år."

    def handle(self, *args: Any, **options: Any) -> None:
        years = sorted(
            set(Report.objects.annotate(y=ExtractYear("event_date")).values_list("y", flat=True).distinct())
        )
        ids = list(Administration.objects.values_list("pk", flat=True))
        for year in years:
            with transaction.atomic():
                year_summaries([year], ids)
        self.stdout.write(f"{len(years)} år × {len(ids)} förvaltningar är sammanställda.")
