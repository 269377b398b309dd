"""A plan activity linked to a course's completion rate shows it without anyone typing it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from varna.plans.demo import load_demo_plans
from varna.plans.indicators import activity_value, grouped_choices
from varna.plans.models import Activity
from varna.plans.seed_plans import SEED_PLANS
from varna.training.demo import load_demo_training

pytestmark = pytest.mark.django_db


@pytest.fixture
def linked(demo) -> Activity:
    load_demo_plans(
        [
            spec
            for spec in SEED_PLANS
            if spec["administration"] == "Socialförvaltningen" and spec["year"] == 2020
        ]
    )
    load_demo_training()
    return Activity.objects.get(indicator_source__isnull=False, plan__year=2020)


def test_the_demo_links_the_2020_activity_to_the_web_course(linked):
    assert "webbaserade grundutbildning" in linked.description
    assert activity_value(linked, "VB") == "725 av 955 = 76 %"


def test_the_follow_up_form_shows_and_fills_in_the_measured_value(linked, client_as):
    plan = linked.plan
    assert plan.in_force
    url = reverse("follow_up_record", args=[plan.pk, linked.pk, "VB"])
    page = client_as("samordnare.soc").get(url)
    assert page.context["form"].initial["indicator_value"] == "725 av 955 = 76 %"
    assert "Uppmätt värde" in page.content.decode()


def test_the_follow_up_report_shows_the_measured_value(linked, client_as):
    url = reverse("follow_up_report", args=[linked.plan.pk, "VB"])
    assert "725 av 955 = 76 %" in client_as("samordnare.soc").get(url).content.decode()


def test_the_plan_page_shows_the_measured_value_next_to_the_indicator(linked, client_as):
    page = client_as("samordnare.soc").get(reverse("plan_detail", args=[linked.plan.pk])).content.decode()
    assert "Uppmätt:" in page


def test_the_activity_form_offers_the_courses(linked, socialforvaltningen):
    from varna.plans.forms import ActivityForm

    form = ActivityForm(instance=linked, administration=socialforvaltningen)
    groups = dict(form.fields["indicator_source"].choices[1:])
    assert linked.indicator_source in dict(groups["Utbildning"])
    assert "Utbildning" in [label for label, _options in grouped_choices(socialforvaltningen)]
