# Report.symbols is now declared on knowledge.Symbol (Symbol.reports, related_name "symbols"), so
# that reports names nothing of knowledge. Only Django's state changes: the table
# reports_report_symbols and its rows stay as they are (knowledge 0002 takes the field over).

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0004_submissiontoken"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.RemoveField(model_name="report", name="symbols")],
            database_operations=[],
        ),
    ]
