"""The decision letter of a grant application, as a neutral Document for DOCX and PDF/A."""

from __future__ import annotations

from django.conf import settings
from django.utils import formats, timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from varna.associations.constants import CheckResult, DecisionState, Outcome
from varna.associations.models import Decision, GrantApplication
from varna.documents import render_docx, render_pdf
from varna.documents.model import Document, Section, Table

FORMATS = {
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", render_docx),
    "pdf": ("application/pdf", render_pdf),
}


def _date(value: object) -> str:
    return formats.date_format(
        timezone.localtime(value).date() if hasattr(value, "tzinfo") else value, "j F Y"
    )


def _amount(value: int | None) -> str:
    return formats.number_format(value or 0, force_grouping=True) + " kr"


def decision_in_effect(application: GrantApplication) -> Decision | None:
    return application.decisions.filter(state=DecisionState.IN_EFFECT).order_by("-decided_at", "-pk").first()


def decision_letter(application: GrantApplication, decision: Decision) -> Document:
    association = application.association
    administration = association.administration
    if decision.outcome == Outcome.GRANTED:
        verdict = _("%(name)s beviljas bidrag med %(amount)s för %(year)s.") % {
            "name": association.name,
            "amount": _amount(decision.amount),
            "year": application.year,
        }
    elif decision.outcome == Outcome.DENIED:
        verdict = _("Ansökan från %(name)s om bidrag för %(year)s avslås.") % {
            "name": association.name,
            "year": application.year,
        }
    else:
        verdict = _("Utbetalningen av det beviljade bidraget för %(year)s till %(name)s stoppas.") % {
            "name": association.name,
            "year": application.year,
        }
    facts = Table(
        columns=[_("Uppgift"), _("Värde")],
        rows=[
            [_("Förening"), association.name],
            [_("Organisationsnummer"), association.organisation_number],
            [_("Bidragsår"), str(application.year)],
            [_("Ansökan inkom"), _date(application.received_on)],
            [
                _("Sökt belopp"),
                _amount(application.amount_requested) if application.amount_requested else "–",
            ],
            [_("Beslut"), str(decision.get_outcome_display())],
        ],
        caption=_("Ansökan och beslut"),
        widths=[2, 3],
    )
    sections = [
        Section(heading=_("Beslut"), paragraphs=[verdict], blocks=[facts]),
        Section(
            heading=_("Motivering"), paragraphs=[p for p in decision.justification.split("\n\n") if p.strip()]
        ),
    ]
    items = list(application.screening_items.all())
    if items:
        sections.append(
            Section(
                heading=_("Granskning"),
                paragraphs=[
                    _(
                        "Bidrag ges bara till föreningar som står bakom demokratins principer, de mänskliga "
                        "rättigheterna och jämställdhet, har öppet medlemskap och tar avstånd från "
                        "våldsbejakande uttryck. Ansökan har granskats mot följande krav."
                    )
                ],
                blocks=[
                    Table(
                        columns=[_("Krav"), _("Bedömning")],
                        rows=[[item.text, str(CheckResult(item.result).label)] for item in items],
                        caption=_("Kontrollpunkter"),
                        widths=[4, 1],
                    )
                ],
            )
        )
    if decision.override_reason:
        sections.append(
            Section(
                heading=_("Skäl att bevilja trots brister i granskningen"),
                paragraphs=[decision.override_reason],
            )
        )
    who = [_("Beslutat %(date)s av handläggare för föreningsbidrag.") % {"date": _date(decision.decided_at)}]
    if decision.confirmed_at:
        who.append(_("Bekräftat %(date)s av en andra handläggare.") % {"date": _date(decision.confirmed_at)})
    who.append(
        _(
            "Beslutet kan överklagas. Skriv till %(committee)s inom tre veckor från den dag ni fick del av "
            "beslutet."
        )
        % {"committee": administration.committee or administration.name}
    )
    sections.append(Section(heading=_("Upplysningar"), paragraphs=who))
    return Document(
        title=_("Beslut om föreningsbidrag %(year)s") % {"year": application.year},
        title_lines=[
            line
            for line in (administration.committee, administration.name, settings.VARNA_MUNICIPALITY_NAME)
            if line
        ],
        registration_number=application.registration_number,
        date_line=_date(decision.confirmed_at or decision.decided_at),
        sections=sections,
        table_of_contents=False,
        author=administration.committee or administration.name,
    )


def file_name(application: GrantApplication, extension: str) -> str:
    return f"beslut-foreningsbidrag-{slugify(application.association.name)}-{application.year}.{extension}"


def render(document: Document, file_format: str) -> tuple[bytes, str]:
    content_type, renderer = FORMATS[file_format]
    return renderer(document), content_type
