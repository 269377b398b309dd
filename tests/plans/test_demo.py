"""The demo: the four seed plans and the template, loaded through the services."""

from __future__ import annotations

import io
from collections import Counter

import docx
from django.urls import reverse

from tests.plans.factories import SMALL_PLAN
from varna.plans.demo import load_demo_plans, load_plan_template, template_sections
from varna.plans.models import Activity, Plan, SectionTemplate
from varna.plans.seed_plans import SEED_PLANS


def test_a_plan_in_the_seed_schema_is_loaded_once(bromma):
    first = load_demo_plans([SMALL_PLAN])
    again = load_demo_plans([SMALL_PLAN])
    assert first == again and Plan.objects.count() == 1
    plan = first[0]
    assert (plan.status, plan.registration_number) == ("draft", "1.2.3-45/2024")
    assert plan.activities.count() == 4 and plan.sections.count() == 5


def test_the_four_seed_plans_load_complete_and_adopted(demo):
    plans = load_demo_plans()
    assert sorted((p.administration.name, p.year) for p in plans) == [
        ("Bromma", 2020),
        ("Hägersten-Liljeholmen", 2018),
        ("Socialförvaltningen", 2020),
        ("Socialförvaltningen", 2024),
    ]
    for spec, plan in zip(SEED_PLANS, plans, strict=True):
        assert plan.status == spec["status"]
        assert plan.sections.count() == len(spec["sections"])
        assert Counter(plan.activities.values_list("group", flat=True)) == Counter(
            a["group"] for a in spec["activities"]
        )
    soc_2024 = Plan.objects.get(administration__name="Socialförvaltningen", year=2024)
    assert soc_2024.activities.filter(schedule_start__isnull=False).exists()
    assert Activity.objects.filter(plan__year=2020, schedule_text__gt="").exists()
    load_demo_plans()
    assert Plan.objects.count() == 4


def test_the_template_is_built_from_the_texts_the_seeds_share(demo):
    assert load_plan_template() == len(template_sections())
    assert load_plan_template() == 0  # an existing template is left alone
    introduction = SectionTemplate.objects.first()
    assert introduction.kind == "introduction" and "samlingsbegrepp" in introduction.text
    assert list(SectionTemplate.objects.values_list("kind", flat=True))[-1] == "follow_up"


def test_every_seed_plan_reads_as_a_page_and_as_word(demo, client_as):
    client = client_as("admin")
    for plan in load_demo_plans():
        page = client.get(reverse("plan_detail", args=[plan.pk]))
        assert page.status_code == 200
        word = client.get(reverse("plan_document", args=[plan.pk]), {"format": "docx"})
        tables = docx.Document(io.BytesIO(word.content)).tables
        rows = sum(len(t.rows) - 1 for t in tables if t.rows[0].cells[0].text == "Aktivitet")
        assert rows == plan.activities.count()
