# Takes over Report.symbols (reports 0005) as Symbol.reports on the same table,
# reports_report_symbols, with the same columns (report_id, symbol_id): only Django's state changes.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0001_initial"),
        ("reports", "0005_symbols_declared_on_symbol"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(
                    model_name="symbol",
                    name="reports",
                    field=models.ManyToManyField(
                        blank=True,
                        db_table="reports_report_symbols",
                        editable=False,
                        related_name="symbols",
                        to="reports.report",
                        verbose_name="rapporter",
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
