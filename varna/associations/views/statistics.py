"""Statistics per year (own administration exact, the city disclosure-controlled) and the
municipality's screening checklist."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from varna.associations import statistics
from varna.associations.checklist import ensure_default_checklist
from varna.associations.forms import ChecklistItemForm, YearForm
from varna.associations.models import ChecklistItem
from varna.audit.constants import Action
from varna.audit.services import record_event
from varna.organisation.access import administration_from, requires
from varna.organisation.models import Administration, Municipality

EXPORTS = {
    "csv": ("text/csv; charset=utf-8", statistics.to_csv),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", statistics.to_xlsx),
}


def _year(request: HttpRequest) -> tuple[YearForm, int]:
    form = YearForm(request.GET or None)
    year = timezone.localdate().year
    if form.is_valid() and form.cleaned_data["year"]:
        year = form.cleaned_data["year"]
    return form, year


def _respond(request: HttpRequest, figures: statistics.Figures, stem: str, context: dict) -> HttpResponse:
    file_format = request.GET.get("format", "")
    if context["form"].errors:  # a year out of range: the page with the Swedish error, as a 400
        return render(request, "associations/statistics.html", {"figures": figures, **context}, status=400)
    if file_format:
        if file_format not in EXPORTS:
            raise Http404
        content_type, export = EXPORTS[file_format]
        response = HttpResponse(export(figures), content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{stem}-{figures.year}.{file_format}"'
        return response
    return render(request, "associations/statistics.html", {"figures": figures, **context})


@requires("associations.statistics", load=administration_from)
def statistics_administration(request: HttpRequest, administration: Administration) -> HttpResponse:
    form, year = _year(request)
    figures = statistics.administration_figures(administration, year)
    context = {"form": form, "administration": administration, "title": administration.name}
    return _respond(request, figures, "foreningsbidrag", context)


@requires("associations.statistics_city")
def statistics_city(request: HttpRequest) -> HttpResponse:
    form, year = _year(request)
    figures = statistics.city_figures(year)
    context = {"form": form, "administration": None, "title": _("Hela staden")}
    return _respond(request, figures, "foreningsbidrag-staden", context)


def _municipality(request: HttpRequest) -> Municipality:
    administration = request.user.memberships.select_related("administration__municipality").first()
    if administration is None:
        municipality = Municipality.objects.order_by("pk").first()
        if municipality is None:
            raise Http404
        return municipality
    return administration.administration.municipality


@requires("associations.manage_checklist")
def checklist_list(request: HttpRequest) -> HttpResponse:
    municipality = _municipality(request)
    ensure_default_checklist(municipality)
    items = ChecklistItem.objects.filter(municipality=municipality)
    return render(request, "associations/checklist.html", {"items": items, "municipality": municipality})


@requires("associations.manage_checklist")
def checklist_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    municipality = _municipality(request)
    item = get_object_or_404(ChecklistItem, pk=pk, municipality=municipality) if pk else None
    instance = item or ChecklistItem(municipality=municipality)
    form = ChecklistItemForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        if (
            ChecklistItem.objects.filter(municipality=municipality, code=code)
            .exclude(pk=instance.pk)
            .exists()
        ):
            form.add_error("code", _("Koden används redan av en annan kontrollpunkt."))
        else:
            try:
                saved = form.save()
            except ValidationError as error:  # pragma: no cover - the form validated
                form.add_error(None, error)
            else:
                record_event(
                    action=Action.CHANGED if item else Action.CREATED,
                    request=request,
                    obj=saved,
                    summary=f"{_('Kontrollpunkt')}: {saved.code}",
                )
                messages.success(
                    request, _("Kontrollpunkten är sparad. Pågående granskningar påverkas inte.")
                )
                return redirect("association_checklist")
    title = _("Ändra kontrollpunkt") if item else _("Ny kontrollpunkt")
    return render(request, "associations/form.html", {"form": form, "title": title, "back_checklist": True})
