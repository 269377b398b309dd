"""Yearly summaries: an administration-year's standard counts, kept so that wide views stay fast.

The city-wide view and the disclosure-controlled picture count every administration's calendar
year with the standard selection (issue #5, bench/situation_bench.py: a million reports). They
read these summaries instead of grouping a hundred thousand reports per breakdown. A summary
holds raw group values (reference item ids, area ids, codes), never labels, so renaming a
reference entry needs no recount.

A summary is never stale: database triggers (migration 0002) bump `ReportYearStamp.version` of
an (administration, year) whenever a report of it, or its environments or event types, is
inserted, updated or deleted, by whatever path (ORM, `update()`, raw SQL, imports). A summary
stored with an older version is counted again, with the same queries as the live picture
(statistics.count), before it is used. The stamp is read before counting, so a change that
lands while counting makes the summary old at once rather than wrong.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import models
from django.db.models import OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from varna.organisation.models import Administration


class ReportYearStamp(models.Model):
    """How often an administration-year's reports changed; written only by database triggers."""

    administration_id = models.BigIntegerField(_("förvaltning"))
    year = models.IntegerField(_("år"))
    version = models.BigIntegerField(_("version"), default=0)

    class Meta:
        verbose_name = _("ändringsräknare")
        verbose_name_plural = _("ändringsräknare")
        constraints = [
            models.UniqueConstraint(fields=["administration_id", "year"], name="unique_report_year_stamp")
        ]

    def __str__(self) -> str:
        return f"{self.administration_id}/{self.year}: {self.version}"


class YearSummary(models.Model):
    """An administration-year's counts with the standard selection, as of stamp `version`.

    `data`: {"total": n, "excluded": n, "by": {breakdown: [[raw value, n], ...]}}.
    """

    administration = models.ForeignKey(
        Administration, on_delete=models.CASCADE, related_name="+", verbose_name=_("förvaltning")
    )
    year = models.IntegerField(_("år"))
    version = models.BigIntegerField(_("version"))
    data = models.JSONField(_("antal"))
    computed_at = models.DateTimeField(_("räknad"), auto_now=True)

    class Meta:
        verbose_name = _("årssammanställning")
        verbose_name_plural = _("årssammanställningar")
        constraints = [models.UniqueConstraint(fields=["administration", "year"], name="unique_year_summary")]

    def __str__(self) -> str:
        return f"{self.administration_id}/{self.year}"


def stamps(administration_ids: Iterable[int], years: Iterable[int]) -> dict[tuple[int, int], int]:
    rows = ReportYearStamp.objects.filter(
        administration_id__in=list(administration_ids), year__in=list(years)
    )
    return {
        (adm, year): version
        for adm, year, version in rows.values_list("administration_id", "year", "version")
    }


def stored(administration_ids: Iterable[int], years: Iterable[int]) -> dict[tuple[int, int], Any]:
    """The summaries that are up to date (stored at their stamp's current version): one query."""
    current = ReportYearStamp.objects.filter(
        administration_id=OuterRef("administration_id"), year=OuterRef("year")
    ).values("version")[:1]
    rows = YearSummary.objects.filter(
        administration_id__in=list(administration_ids), year__in=list(years)
    ).annotate(current=Coalesce(Subquery(current), Value(0)))
    return {
        (adm, year): data
        for adm, year, version, now, data in rows.values_list(
            "administration_id", "year", "version", "current", "data"
        )
        if version == now
    }


def store(summaries: dict[tuple[int, int], tuple[int, Any]]) -> None:
    """Replace these (administration, year) summaries with (version, data); a concurrent
    request storing the same ones may win."""
    by_year: dict[int, list[int]] = {}
    for adm, year in summaries:
        by_year.setdefault(year, []).append(adm)
    old = Q()
    for year, adms in by_year.items():
        old |= Q(year=year, administration_id__in=adms)
    YearSummary.objects.filter(old).delete()
    YearSummary.objects.bulk_create(
        [
            YearSummary(administration_id=adm, year=year, version=version, data=data)
            for (adm, year), (version, data) in summaries.items()
        ],
        ignore_conflicts=True,
    )


# The triggers. PostgreSQL: one function per table. SQLite: one trigger per operation.
_TRACKED = "administration_id, event_date, area_id, setting_id, age_group, source, classification"
_PG_BUMP = """
INSERT INTO situation_reportyearstamp (administration_id, year, version)
VALUES ({adm}, EXTRACT(YEAR FROM {day})::integer, 1)
ON CONFLICT (administration_id, year) DO UPDATE SET version = situation_reportyearstamp.version + 1;
"""
_PG_OLD = _PG_BUMP.format(adm="OLD.administration_id", day="OLD.event_date")
_PG_NEW = _PG_BUMP.format(adm="NEW.administration_id", day="NEW.event_date")
POSTGRESQL_FORWARD = f"""
CREATE OR REPLACE FUNCTION situation_report_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN {_PG_OLD} END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN {_PG_NEW} END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE OR REPLACE FUNCTION situation_report_list_changed() RETURNS trigger AS $$
DECLARE
  changed bigint;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD.report_id; ELSE changed := NEW.report_id; END IF;
  INSERT INTO situation_reportyearstamp (administration_id, year, version)
  SELECT administration_id, EXTRACT(YEAR FROM event_date)::integer, 1 FROM reports_report WHERE id = changed
  ON CONFLICT (administration_id, year) DO UPDATE SET version = situation_reportyearstamp.version + 1;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER situation_report_changed AFTER INSERT OR DELETE OR UPDATE OF {_TRACKED}
  ON reports_report FOR EACH ROW EXECUTE FUNCTION situation_report_changed();
CREATE TRIGGER situation_report_environments_changed AFTER INSERT OR UPDATE OR DELETE
  ON reports_report_environments FOR EACH ROW EXECUTE FUNCTION situation_report_list_changed();
CREATE TRIGGER situation_report_event_types_changed AFTER INSERT OR UPDATE OR DELETE
  ON reports_report_event_types FOR EACH ROW EXECUTE FUNCTION situation_report_list_changed();
"""  # noqa: S608 - fixed text, no input
POSTGRESQL_REVERSE = """
DROP TRIGGER IF EXISTS situation_report_changed ON reports_report;
DROP TRIGGER IF EXISTS situation_report_environments_changed ON reports_report_environments;
DROP TRIGGER IF EXISTS situation_report_event_types_changed ON reports_report_event_types;
DROP FUNCTION IF EXISTS situation_report_changed();
DROP FUNCTION IF EXISTS situation_report_list_changed();
"""
_SQLITE_BUMP = """
INSERT INTO situation_reportyearstamp (administration_id, year, version)
VALUES ({adm}, CAST(strftime('%Y', {day}) AS INTEGER), 1)
ON CONFLICT (administration_id, year) DO UPDATE SET version = version + 1;
"""
_SQLITE_LIST_BUMP = """
INSERT INTO situation_reportyearstamp (administration_id, year, version)
SELECT administration_id, CAST(strftime('%Y', event_date) AS INTEGER), 1 FROM reports_report
WHERE id = {row}.report_id AND true
ON CONFLICT (administration_id, year) DO UPDATE SET version = version + 1;
"""


def _sqlite_statements() -> list[str]:
    new = _SQLITE_BUMP.format(adm="NEW.administration_id", day="NEW.event_date")
    old = _SQLITE_BUMP.format(adm="OLD.administration_id", day="OLD.event_date")
    statements = [
        f"CREATE TRIGGER situation_report_insert AFTER INSERT ON reports_report BEGIN {new} END",
        f"CREATE TRIGGER situation_report_delete AFTER DELETE ON reports_report BEGIN {old} END",
        f"CREATE TRIGGER situation_report_update AFTER UPDATE OF {_TRACKED} ON reports_report "
        f"BEGIN {old} {new} END",
    ]
    for table in ("environments", "event_types"):
        for operation, row in (("INSERT", "NEW"), ("DELETE", "OLD"), ("UPDATE", "NEW")):
            body = _SQLITE_LIST_BUMP.format(row=row)
            if operation == "UPDATE":
                body += _SQLITE_LIST_BUMP.format(row="OLD")
            statements.append(
                f"CREATE TRIGGER situation_report_{table}_{operation.lower()} AFTER {operation} "
                f"ON reports_report_{table} BEGIN {body} END"
            )
    return statements


def _sqlite_reverse() -> list[str]:
    names = ["situation_report_insert", "situation_report_delete", "situation_report_update"]
    names += [
        f"situation_report_{table}_{operation}"
        for table in ("environments", "event_types")
        for operation in ("insert", "delete", "update")
    ]
    return [f"DROP TRIGGER IF EXISTS {name}" for name in names]


def create_triggers(apps: Any, schema_editor: Any) -> None:
    """Migration step: install the triggers for the database in use."""
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRESQL_FORWARD)
    elif vendor == "sqlite":
        for statement in _sqlite_statements():
            schema_editor.execute(statement)
    else:  # pragma: no cover - only PostgreSQL and SQLite are supported
        raise NotImplementedError(vendor)


def drop_triggers(apps: Any, schema_editor: Any) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRESQL_REVERSE)
    elif vendor == "sqlite":
        for statement in _sqlite_reverse():
            schema_editor.execute(statement)
