"""The written sections, "Fastställ", frozen snapshots (list, page, comparison) and the exports
(CSV, XLSX, DOCX, PDF/A) of the situation picture, live or frozen.

Who sees what: inside the administration (coordinators, committee: "situation.view") figures are
exact; everyone else who may open the picture sees a year only through its latest release, the
latest snapshot's controlled figures, and compares no versions (ADR 0006). An export "marked for
publication" is the release for everyone, the coordinator too.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.lib.personal_data import OverrideReason, PersonalDataError
from varna.lib.years import first_year, parse_year
from varna.organisation.access import administration_from, requires
from varna.organisation.models import Administration
from varna.organisation.permissions import has_rule
from varna.situation import services
from varna.situation.city import threshold
from varna.situation.documents import render as render_document
from varna.situation.documents import situation_document
from varna.situation.exports import (
    CSV_TYPE,
    XLSX_TYPE,
    about_lines,
    export_tables,
    file_stem,
    frozen_line,
    table_keys,
    to_csv,
    to_xlsx,
)
from varna.situation.figures import Figures, exact_figures
from varna.situation.forms import SituationForm, YearForm
from varna.situation.models import Snapshot
from varna.situation.releases import latest_release, preview_release, released_figures
from varna.situation.snapshots import (
    compare,
    draft_of,
    mapping_suggestion,
    snapshot_figures,
    snapshots_of,
)
from varna.situation.snapshots_forms import CompareForm, DraftForm
from varna.situation.statistics import areas_of, choices_for_filters
from varna.situation.text_checks import small_numbers_in
from varna.situation.views import _sections

FORMATS = ("csv", "xlsx", "docx", "pdf")


def _year(request: HttpRequest) -> int:
    """The year of the written sections: ?ar=, else this year; another value is a 400."""
    value = request.POST.get("ar") or request.GET.get("ar") or ""
    this_year = timezone.localdate().year
    return parse_year(value, default=this_year, latest=this_year)


def _exact(request: HttpRequest, administration: Administration) -> bool:
    return has_rule(request.user, "situation.view", administration)


def _snapshot_of(request: HttpRequest, administration: Administration, pk: int) -> Snapshot:
    """The snapshot; outsiders reach only the latest of its year (the release)."""
    snapshot = get_object_or_404(
        Snapshot.objects.select_related("administration"), pk=pk, administration=administration
    )
    if not _exact(request, administration):
        latest = latest_release(administration, snapshot.year)
        if latest is None or latest.pk != snapshot.pk:
            raise Http404
    return snapshot


# --- the written sections and "Fastställ" -----------------------------------------------------


@requires("situation.edit", load=administration_from)
def situation_texts(request: HttpRequest, administration: Administration) -> HttpResponse:
    year = _year(request)
    draft = draft_of(administration, year)
    # The suggestion is frozen and published with the picture: written from the next release.
    suggestion = mapping_suggestion(preview_release(administration, year))
    initial = {
        "mapping": draft.mapping if draft else suggestion,
        "analysis": draft.analysis if draft else "",
    }
    form = DraftForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_draft(
                administration=administration,
                year=year,
                mapping=form.cleaned_data["mapping"],
                analysis=form.cleaned_data["analysis"],
                actor=request.user,
                overridden=form.overrides(),
                request=request,
            )
        except PersonalDataError:
            form.add_error(None, _("Texten innehåller uppgifter som kan identifiera en person."))
        except services.SituationError as error:
            form.add_error(None, str(error))
        else:
            for label, reason in form.deid_overrides:
                record_event(
                    action=Action.OVERRIDDEN,
                    request=request,
                    administration=administration,
                    summary=f"{label}: {reason}",
                )
            messages.success(request, _("Texten är sparad."))
            return redirect(reverse("situation_texts", args=[administration.pk]) + f"?ar={year}")
    return render(
        request,
        "situation/texts.html",
        {
            "administration": administration,
            "year": year,
            "years": list(range(timezone.localdate().year, first_year() - 1, -1))[:11],
            "draft": draft,
            "form": form,
            "suggestion": suggestion,
            "override_reasons": OverrideReason.choices,
            "snapshots": snapshots_of(administration, year),
            "small_numbers": small_numbers_in(draft.mapping, draft.analysis) if draft else [],
            "threshold": threshold(),
        },
    )


@require_POST
@requires("situation.edit", load=administration_from)
def situation_freeze(request: HttpRequest, administration: Administration) -> HttpResponse:
    year = _year(request)
    try:
        snapshot = services.freeze_situation(
            administration=administration, year=year, actor=request.user, request=request
        )
    except PersonalDataError:
        messages.error(
            request,
            _("Texten innehåller uppgifter som kan identifiera en person. Ändra den och spara först."),
        )
        return redirect(reverse("situation_texts", args=[administration.pk]) + f"?ar={year}")
    except services.SituationError as error:
        messages.error(request, str(error))
        return redirect(reverse("situation_texts", args=[administration.pk]) + f"?ar={year}")
    messages.success(
        request,
        _("Lägesbilden för %(year)s är fastställd (version %(number)s).")
        % {
            "year": year,
            "number": snapshot.number,
        },
    )
    return redirect("situation_snapshot", administration.pk, snapshot.pk)


# --- snapshots ------------------------------------------------------------------------------------


@requires("situation.open", load=administration_from)
def situation_snapshots(request: HttpRequest, administration: Administration) -> HttpResponse:
    snapshots = snapshots_of(administration)
    exact = _exact(request, administration)
    if not exact:  # outsiders: each year's release only
        latest = [s.pk for i, s in enumerate(snapshots) if i == 0 or snapshots[i - 1].year != s.year]
        snapshots = snapshots.filter(pk__in=latest)
    compare_form = CompareForm(snapshots=snapshots)
    if len(snapshots) >= 2:
        compare_form.initial = {"a": snapshots[1].pk, "b": snapshots[0].pk}
    return render(
        request,
        "situation/snapshots.html",
        {
            "administration": administration,
            "snapshots": snapshots,
            "compare_form": compare_form if exact else None,
            "can_edit": has_rule(request.user, "situation.edit", administration),
        },
    )


@requires("situation.open", load=administration_from)
def situation_snapshot(request: HttpRequest, administration: Administration, pk: int) -> HttpResponse:
    snapshot = _snapshot_of(request, administration, pk)
    exact = _exact(request, administration)
    figures = snapshot_figures(snapshot, exact=exact)
    context: dict[str, Any] = {
        "administration": administration,
        "snapshot": snapshot,
        "figures": figures,
        "exact": exact,
        "threshold": snapshot.threshold,
        "table_keys": table_keys(figures),
        "small_numbers": small_numbers_in(snapshot.mapping, snapshot.analysis) if exact else [],
        **_sections(figures),
    }
    return render(request, "situation/snapshot.html", context)


@requires("situation.compare", load=administration_from)
def situation_snapshot_compare(request: HttpRequest, administration: Administration) -> HttpResponse:
    snapshots = snapshots_of(administration)
    form = CompareForm(request.GET or None, snapshots=snapshots)
    context: dict[str, Any] = {"administration": administration, "form": form}
    if form.is_valid():
        exact = _exact(request, administration)
        first, second = form.cleaned_data["a"], form.cleaned_data["b"]
        context.update(
            first=first,
            second=second,
            exact=exact,
            threshold=threshold(),
            tables=compare(snapshot_figures(first, exact=exact), snapshot_figures(second, exact=exact)),
        )
    return render(request, "situation/snapshot_compare.html", context)


# --- exports --------------------------------------------------------------------------------------


def _publication(request: HttpRequest) -> bool:
    return request.GET.get("publicering") == "1"


def _live_figures(request: HttpRequest, administration: Administration) -> Figures | None:
    """The figures the page shows for the same query; the release when marked for publication."""
    if _exact(request, administration) and not _publication(request):
        form = SituationForm(request.GET, areas=areas_of(administration), reference=choices_for_filters())
        return exact_figures(administration, form.period, form.filters) if form.is_valid() else None
    year_form = YearForm(request.GET)
    return released_figures(administration, year_form.year) if year_form.is_valid() else None


def _status_live() -> str:
    return _("Inte fastställd: siffrorna är hämtade %(date)s och kan ändras.") % {
        "date": date_format(timezone.localdate(), "j F Y")
    }


@requires("situation.open", load=administration_from)
def situation_export(request: HttpRequest, administration: Administration, fmt: str) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404
    figures = _live_figures(request, administration)
    if figures is None:
        if YearForm(request.GET).is_valid() and (
            _publication(request) or not _exact(request, administration)
        ):
            message = _("Lägesbilden för året är inte publicerad ännu: ingen lägesbild är fastställd.")
            return HttpResponseBadRequest(message.encode())
        return HttpResponseBadRequest(_("Välj en giltig period.").encode())
    title = _("Lägesbild %(period)s – %(name)s") % {
        "period": figures.period.label,
        "name": administration.name,
    }
    return _export(
        request,
        figures,
        fmt=fmt,
        title=title,
        status=_status_live(),
        stem=file_stem(figures, publication=_publication(request)),
        texts=_draft_texts(administration, figures),
    )


def _draft_texts(administration: Administration, figures: Figures) -> tuple[str, str]:
    """The live document carries the year's draft text, when the period is that year."""
    if not figures.period.is_year:
        return "", ""
    draft = draft_of(administration, figures.period.start.year)
    return (draft.mapping, draft.analysis) if draft else ("", "")


@requires("situation.open", load=administration_from)
def situation_snapshot_export(
    request: HttpRequest, administration: Administration, pk: int, fmt: str
) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404
    snapshot = _snapshot_of(request, administration, pk)
    exact = _exact(request, administration) and not _publication(request)
    figures = snapshot_figures(snapshot, exact=exact)
    return _export(
        request,
        figures,
        fmt=fmt,
        title=_("%(title)s – %(name)s") % {"title": snapshot.title, "name": administration.name},
        status=frozen_line(snapshot.frozen_at, snapshot.frozen_by_name),
        stem=file_stem(figures, snapshot_number=snapshot.number, publication=_publication(request)),
        texts=(snapshot.mapping, snapshot.analysis),
    )


def _export(
    request: HttpRequest,
    figures: Figures,
    *,
    fmt: str,
    title: str,
    status: str,
    stem: str,
    texts: tuple[str, str],
) -> HttpResponse:
    publication = _publication(request)
    about = about_lines(figures, title=title, status=status, publication=publication)
    if fmt == "csv":
        tables = {table.key: table for table in export_tables(figures)}
        key = request.GET.get("tabell", "summary")
        if key not in tables:
            raise Http404
        content, content_type, name = to_csv(tables[key]), CSV_TYPE, f"{stem}-{key}.csv"
    elif fmt == "xlsx":
        content, content_type, name = to_xlsx(figures, about=about), XLSX_TYPE, f"{stem}.xlsx"
    else:
        document = situation_document(
            figures, title=title, status=status, about=about, mapping=texts[0], analysis=texts[1]
        )
        content, content_type = render_document(document, fmt)
        name = f"{stem}.{fmt}"
    if not figures.controlled:
        record_event(
            action=Action.VIEWED,
            request=request,
            administration=figures.administration,
            summary=f"{name}: {_('exakta antal')}",
        )
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
