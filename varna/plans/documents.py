"""A plan, or a follow-up report, as a neutral Document for the DOCX and PDF/A renderers.

The layout follows the seed plans: a title page (committee, administration, year, Dnr), the
sections in order, and after each section the tables of the activity groups that belong to it,
with the columns Aktivitet / Ansvarig / Tidplan / Uppföljning.
"""

from __future__ import annotations

from django.utils import formats
from django.utils.text import slugify
from django.utils.translation import gettext as _

from varna.documents import render_docx, render_pdf
from varna.documents.model import Document, Section, Table
from varna.plans import indicators, selectors
from varna.plans.constants import Occasion, Progress, SectionKind
from varna.plans.models import Activity, Plan
from varna.situation.documents import plan_blocks as situation_plan_blocks

FORMATS = {
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", render_docx),
    "pdf": ("application/pdf", render_pdf),
}
ACTIVITY_WIDTHS = [6, 3, 2, 2]


def _date(day: object) -> str:
    return formats.date_format(day, "j F Y") if day else ""


def _title_lines(plan: Plan) -> list[str]:
    administration = plan.administration
    lines = [administration.committee] if administration.committee else []
    return [*lines, administration.name, str(plan.year)]


def _date_line(plan: Plan) -> str:
    if plan.approved_on:
        return _("Godkänd av kommunstyrelsen %(date)s") % {"date": _date(plan.approved_on)}
    if plan.adopted_on:
        reference = f" ({plan.decision_reference})" if plan.decision_reference else ""
        return _("Antagen av nämnden %(date)s") % {"date": _date(plan.adopted_on)} + reference
    return _("%(status)s, version %(version)s") % {
        "status": plan.get_status_display(),
        "version": plan.version,
    }


def activity_cell(activity: Activity) -> str:
    lines = [activity.description]
    if activity.indicator:
        target = f" – {_('mål')}: {activity.target}" if activity.target else ""
        lines.append(f"{_('Indikator')}: {activity.indicator}{target}")
    if activity.finding:
        lines.append(f"{_('Svarar mot')}: {activity.finding}")
    return "\n".join(lines)


def activity_table(label: str, activities: list[Activity]) -> Table:
    return Table(
        columns=[_("Aktivitet"), _("Ansvarig"), _("Tidplan"), _("Uppföljning")],
        rows=[
            [activity_cell(a), a.responsible_display, a.schedule_display, ", ".join(a.occasions)]
            for a in activities
        ],
        caption=label,
        widths=ACTIVITY_WIDTHS,
    )


def _previous_year_table(plan: Plan) -> Table:
    rows = [
        [activity.description, activity.responsible_display, status, comment]
        for activity, status, comment in selectors.previous_year_rows(plan)
    ]
    return Table(
        columns=[_("Aktivitet"), _("Ansvarig"), _("Status"), _("Kommentar")],
        rows=rows,
        caption=_("Status för föregående års aktiviteter"),
        widths=[5, 3, 2, 4],
    )


def plan_document(plan: Plan, *, publication: bool = True) -> Document:
    """`publication`: a document for publication carries the situation picture's controlled
    figures; an internal one (read inside the administration) the exact ones (ADR 0006)."""
    sections = []
    for chapter in selectors.plan_layout(plan):
        blocks: list[Table | Section] = []
        if chapter.section and chapter.section.kind == SectionKind.PREVIOUS_YEAR:
            blocks.append(_previous_year_table(plan))
        if chapter.section and chapter.section.situation_snapshot_id:
            blocks += situation_plan_blocks(
                chapter.section.situation_snapshot_id, plan.administration_id, publication=publication
            )
        for group in chapter.groups:
            blocks.append(
                Section(heading=group.label, blocks=[activity_table(group.label, group.activities)])
            )
        if chapter.section is None:
            sections.append(Section(heading=_("Aktiviteter"), blocks=blocks))
        else:
            sections.append(
                Section(
                    heading=chapter.section.heading, paragraphs=chapter.section.paragraphs(), blocks=blocks
                )
            )
    return Document(
        title=plan.title,
        title_lines=_title_lines(plan),
        registration_number=plan.registration_number,
        date_line=_date_line(plan),
        sections=sections,
        author=plan.administration.committee or plan.administration.name,
    )


def follow_up_document(plan: Plan, occasion: str) -> Document:
    report = selectors.follow_up_report(plan, occasion)
    occasion_label = Occasion(occasion).label
    summary = Table(
        columns=[_("Status"), _("Antal aktiviteter")],
        rows=[[str(label), str(report.counts[code])] for code, label in Progress.choices]
        + [[_("Totalt"), str(report.total)]],
        caption=_("Aktiviteternas status"),
        widths=[3, 1],
    )
    sections = [
        Section(
            heading=_("Sammanfattning"),
            paragraphs=[
                _(
                    "Uppföljningen avser %(occasion)s %(year)s av %(title)s. Den omfattar de "
                    "%(count)s aktiviteter som enligt planen följs upp vid detta tillfälle."
                )
                % {
                    "occasion": occasion_label.lower(),
                    "year": plan.year,
                    "title": plan.title,
                    "count": report.total,
                }
            ],
            blocks=[summary],
        )
    ]
    for label, rows in report.groups:
        table = Table(
            columns=[_("Aktivitet"), _("Ansvarig"), _("Status"), _("Kommentar"), _("Indikator")],
            rows=[
                [
                    row.activity.description,
                    row.activity.responsible_display,
                    row.progress_label,
                    row.follow_up.comment if row.follow_up else "",
                    _indicator(
                        row.activity,
                        (row.follow_up.indicator_value if row.follow_up else "")
                        or indicators.activity_value(row.activity, occasion),
                    ),
                ]
                for row in rows
            ],
            caption=label,
            widths=[5, 3, 2, 4, 2],
        )
        sections.append(Section(heading=label, blocks=[table]))
    return Document(
        title=_("Uppföljning %(occasion)s %(year)s") % {"occasion": occasion, "year": plan.year},
        title_lines=[*_title_lines(plan)[:-1], f"{occasion_label} {plan.year}", plan.title],
        registration_number=plan.registration_number,
        date_line=_date_line(plan),
        sections=sections,
        author=plan.administration.committee or plan.administration.name,
    )


def _indicator(activity: Activity, value: str) -> str:
    if not activity.indicator:
        return value
    target = f" ({_('mål')}: {activity.target})" if activity.target else ""
    return f"{activity.indicator}: {value or '–'}{target}"


def file_name(plan: Plan, extension: str, occasion: str = "") -> str:
    stem = f"handlingsplan-{slugify(plan.administration.name)}-{plan.year}"
    if plan.version > 1:
        stem += f"-v{plan.version}"
    if occasion:
        stem = f"uppfoljning-{occasion.lower()}-{stem}"
    return f"{stem}.{extension}"


def render(document: Document, file_format: str) -> tuple[bytes, str]:
    """The file's bytes and its content type; `file_format` is "docx" or "pdf"."""
    content_type, renderer = FORMATS[file_format]
    return renderer(document), content_type
