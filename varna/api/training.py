"""Training in the API: the courses followed up, and an administration's progress per course.

No `from __future__ import annotations` here: django-ninja reads the annotations.
"""

import datetime

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Schema

from varna.api.api import api
from varna.lib.years import check_date
from varna.organisation.access import api_rule, check
from varna.organisation.models import Administration
from varna.training import selectors
from varna.training.models import Course

TAGS = ["utbildning"]


class TrainingCourseOut(Schema):
    id: int
    name: str
    kind: str
    kind_label: str
    administration_id: int | None
    target_percent: int
    target_date: datetime.date | None
    active: bool


class TrainingShareOut(Schema):
    completed: int
    staff: int
    percent: int | None
    text: str


class TrainingUnitOut(Schema):
    unit_id: int
    unit: str
    department: str
    share: TrainingShareOut
    lagging: bool


class TrainingProgressOut(Schema):
    course_id: int
    course: str
    administration_id: int
    on_date: datetime.date
    target_percent: int
    target_day: datetime.date
    meets_target: bool
    total: TrainingShareOut
    units: list[TrainingUnitOut]


def _share(share: selectors.Share) -> TrainingShareOut:
    return TrainingShareOut(
        completed=share.completed, staff=share.staff, percent=share.percent, text=share.text
    )


def _course(course: Course) -> TrainingCourseOut:
    return TrainingCourseOut(
        id=course.pk,
        name=course.name,
        kind=course.kind,
        kind_label=course.get_kind_display(),
        administration_id=course.administration_id,
        target_percent=course.target_percent,
        target_date=course.target_date,
        active=course.active,
    )


@api.get(
    "/training/courses",
    response=list[TrainingCourseOut],
    operation_id="list_training_courses",
    tags=TAGS,
    summary="Kurser som följs upp",
)
@api_rule("training.list")
def list_training_courses(request: HttpRequest) -> list[TrainingCourseOut]:
    courses = Course.objects.order_by("kind", "name")
    return [_course(course) for course in courses]


@api.get(
    "/training/{administration_id}/progress",
    response=list[TrainingProgressOut],
    operation_id="training_progress",
    tags=TAGS,
    summary="Förvaltningens andel som genomgått varje kurs, per enhet (en enhetschef ser sin enhet)",
)
@api_rule("training.view", object_level=True)
def training_progress(
    request: HttpRequest, administration_id: int, on: datetime.date | None = None, course: int | None = None
) -> list[TrainingProgressOut]:
    administration = get_object_or_404(Administration, pk=administration_id)
    check(request.user, "training.view", administration)
    on_date = check_date(on, field="on") if on else timezone.localdate()
    courses = selectors.courses_for(administration)
    if course is not None:
        courses = courses.filter(pk=course)
    unit_ids = selectors.visible_unit_ids(request.user, administration)
    found = []
    for item in courses:
        result = selectors.progress(
            course=item, administration=administration, on_date=on_date, unit_ids=unit_ids
        )
        found.append(
            TrainingProgressOut(
                course_id=item.pk,
                course=item.name,
                administration_id=administration.pk,
                on_date=on_date,
                target_percent=result.target_percent,
                target_day=result.target_day,
                meets_target=result.meets_target,
                total=_share(result.total),
                units=[
                    TrainingUnitOut(
                        unit_id=unit.unit_id,
                        unit=unit.name,
                        department=unit.department,
                        share=_share(unit.share),
                        lagging=unit.lagging,
                    )
                    for unit in result.units
                ],
            )
        )
    return found
