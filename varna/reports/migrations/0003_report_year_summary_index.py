"""A covering index for the situation picture's counts (issue #5, bench/situation_bench.py).

Every count of the situation picture filters reports on administration, event date and
classification and groups them by one of area, setting, age group or source; the report id joins
the environments and event types. With all of them in one index, PostgreSQL answers from the
index alone (an index-only scan) and SQLite uses it as a covering index, instead of reading a
table page per report. Created with SQL, not in the model's Meta, because the reports app's
model is not this migration's to change; the index is the database's business only.
"""

from django.db import migrations

INDEX = "report_situation_cover"


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0002_report_symbols"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX {INDEX} ON reports_report "
            "(administration_id, event_date, classification, area_id, setting_id, age_group, source, id)",
            f"DROP INDEX {INDEX}",
        ),
    ]
