"""The coordinator's upload of the administration's area boundaries (GeoJSON) for the map."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from varna.organisation.access import administration_from, requires
from varna.organisation.models import Administration
from varna.situation.geojson import MAX_BYTES, GeoJSONError
from varna.situation.maps import area_map_of, upload_area_map
from varna.situation.statistics import areas_of


class AreaMapForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("GeoJSON-fil med områdenas gränser"),
        help_text=gettext_lazy(
            "En FeatureCollection med en Polygon eller MultiPolygon per område, i longitud och "
            "latitud (WGS 84). Högst 2 MB och 50 000 punkter."
        ),
    )
    name_property = forms.CharField(
        label=gettext_lazy("Egenskapen med områdets namn"),
        initial="namn",
        max_length=100,
        help_text=gettext_lazy("Namnet i filen ska vara detsamma som områdets namn i Värna."),
    )

    def clean_file(self) -> object:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("Filen är för stor: högst %(mb)s MB.") % {"mb": MAX_BYTES // 2**20})
        return upload


@requires("situation.edit", load=administration_from)
def situation_map_upload(request: HttpRequest, administration: Administration) -> HttpResponse:
    problems: list[str] = []
    if request.method == "POST":
        form = AreaMapForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                upload_area_map(
                    administration=administration,
                    raw=upload.read(),
                    name_property=form.cleaned_data["name_property"].strip(),
                    file_name=upload.name,
                    by=request.user,
                )
            except GeoJSONError as exc:
                problems = exc.errors
            else:
                messages.success(request, _("Kartan är uppladdad."))
                return redirect(reverse("situation", args=[administration.pk]) + "#map-title")
    else:
        form = AreaMapForm()
    area_map = area_map_of(administration)
    drawn = set(area_map.boundaries) if area_map else set()
    return render(
        request,
        "situation/map_upload.html",
        {
            "administration": administration,
            "form": form,
            "problems": problems,
            "area_map": area_map,
            "areas": [(area, str(area.pk) in drawn) for area in areas_of(administration)],
        },
        status=400 if problems or form.errors else 200,
    )
