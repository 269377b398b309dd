from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="activity",
            name="indicator_source",
            field=models.CharField(
                blank=True,
                help_text="Ett värde som Värna räknar fram, till exempel andelen som genomgått en utbildning.",
                max_length=100,
                null=True,
                verbose_name="mätt indikator",
            ),
        ),
    ]
