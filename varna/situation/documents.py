"""The whole situation picture, live or frozen, as a neutral Document for DOCX and PDF/A.

Title page (committee, administration, year), then: about the picture (period, status, what is
counted, disclosure control), the mapping ("Kartläggning"), the figures (each breakdown as a
chart image with its table), graffiti per area, the trend, and the analysis ("Analys").
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from varna.documents import render_docx, render_pdf
from varna.documents.model import Document, Image, Section, Table
from varna.situation.charts import SUPPRESSED
from varna.situation.exports import ExportTable, export_tables
from varna.situation.exports_png import alt_text, bar_chart_png
from varna.situation.figures import Figures
from varna.situation.models import split_paragraphs
from varna.situation.snapshots import plan_snapshot, plan_tables
from varna.situation.statistics import Row

FORMATS = {
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", render_docx),
    "pdf": ("application/pdf", render_pdf),
}


def _table(table: ExportTable, caption: str) -> Table:
    widths = [4] + [1] * (len(table.columns) - 1)
    return Table(
        columns=[str(c) for c in table.columns],
        rows=[[str(v) if v is not None else SUPPRESSED for v in row] for row in table.rows],
        caption=caption,
        widths=widths,
    )


def _chart(title: str, rows: list[Row]) -> Image:
    return Image(png=bar_chart_png(title, rows), alt=alt_text(title, rows), caption=title)


def figures_sections(figures: Figures) -> list[Section]:
    """The figures: a section per table, with a chart where the page has one."""
    period = figures.period.label
    tables = {table.key: table for table in export_tables(figures)}
    summary = tables["summary"]
    if figures.small:
        summary_text = [
            _(
                "Förvaltningen har färre än %(threshold)s händelser under perioden. För att ingen ska "
                "kunna pekas ut visas ingen uppdelning."
            )
            % {"threshold": figures.threshold}
        ]
    else:
        summary_text = [
            _("%(count)s händelser under perioden.") % {"count": figures.total},
            _("En rapport med flera miljöer eller typer av händelse räknas en gång för varje."),
        ]
    sections = [
        Section(
            heading=_("Sammanfattning"),
            paragraphs=summary_text,
            blocks=[_table(summary, _("Sammanfattning, %(period)s") % {"period": period})],
        )
    ]
    if not figures.small:
        for key, title, rows in figures.titled_breakdowns:
            chart_title = _("%(what)s, %(period)s: antal") % {"what": title, "period": period}
            sections.append(
                Section(
                    heading=title,
                    blocks=[
                        _chart(chart_title, rows),
                        _table(tables[key], _("%(what)s, %(period)s") % {"what": title, "period": period}),
                    ],
                )
            )
    graffiti_title = _("Klotter per område, %(period)s") % {"period": period}
    sections.append(
        Section(
            heading=_("Klotter per område"),
            paragraphs=[_("Antal klotter och klistermärken. Det är antal klotter, inte antal händelser.")],
            blocks=[
                _chart(graffiti_title + ": " + _("antal"), figures.graffiti_by_area),
                _table(tables["graffiti"], graffiti_title),
            ],
        )
    )
    trend_rows = figures.trend.total_rows()
    sections.append(
        Section(
            heading=_("Utveckling över tid"),
            paragraphs=[_("Samma period under tidigare år, med samma urval.")],
            blocks=[
                _chart(_("Antal händelser per period"), trend_rows),
                _table(tables["trend"], _("Händelser per period och miljö")),
            ],
        )
    )
    return sections


def _source_sections(figures: Figures) -> list[Section]:
    """The survey, training and support log as key-figure tables (sources.py)."""
    tables: list[Table | Image | Section] = [
        Table(
            columns=[_("Uppgift"), _("Värde")], rows=section["rows"], caption=section["title"], widths=[3, 2]
        )
        for section in figures.source_sections
        if section["rows"]
    ]
    return [Section(heading=_("Enkät, utbildning och stöd"), blocks=tables)] if tables else []


def situation_document(
    figures: Figures,
    *,
    title: str,
    status: str,
    about: list[str],
    mapping: str = "",
    analysis: str = "",
) -> Document:
    administration = figures.administration
    title_lines = [administration.committee] if administration.committee else []
    title_lines += [administration.name, figures.period.label]
    no_text = _("Inget skrivet.")
    sections = [
        Section(heading=_("Om lägesbilden"), paragraphs=about[1:]),
        Section(heading=_("Kartläggning"), paragraphs=split_paragraphs(mapping) or [no_text]),
        Section(heading=_("Siffror"), blocks=figures_sections(figures)),
        *_source_sections(figures),
        Section(heading=_("Analys"), paragraphs=split_paragraphs(analysis) or [no_text]),
    ]
    return Document(
        title=title,
        title_lines=title_lines,
        date_line=status,
        sections=sections,
        author=administration.committee or administration.name,
    )


def render(document: Document, file_format: str) -> tuple[bytes, str]:
    content_type, renderer = FORMATS[file_format]
    return renderer(document), content_type


def plan_blocks(
    snapshot_id: int | None, administration_id: int, *, publication: bool
) -> list[Table | Section]:
    """A plan section's frozen situation picture: its main tables, exact in an internal document
    and disclosure-controlled in one for publication, with a line that says which."""
    snapshot = plan_snapshot(snapshot_id, administration_id)
    if snapshot is None:
        return []
    if publication:
        note = _("Siffror med röjandeskydd: värden under %(n)s visas som färre än %(n)s.") % {
            "n": snapshot.threshold
        }
        source = _("lägesbild %(year)s, version %(number)s, med röjandeskydd")
    else:
        note = _("Exakta siffror (internt dokument).")
        source = _("lägesbild %(year)s, version %(number)s, exakta siffror")
    source = source % {"year": snapshot.year, "number": snapshot.number}
    tables = [
        _table(table, f"{table.title} ({source})") for table in plan_tables(snapshot, exact=not publication)
    ]
    return [Section(heading=_("Siffror ur lägesbilden"), paragraphs=[note], blocks=tables)]
