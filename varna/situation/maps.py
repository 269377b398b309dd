"""The map of the situation picture: area boundaries uploaded as GeoJSON, drawn as a choropleth.

Drawn by the app itself as inline SVG, with no background tiles: longitude and latitude are
projected equirectangularly, longitude scaled by the cosine of the map's middle latitude, which
is exact enough for a city district. Each area is filled by its count's class and carries its
count as a label, so colour is not the only carrier; a suppressed count is hatched and labelled
"–" (uppgift saknas). Each area has a title with its name and count for screen readers, and the
page shows the same counts in a table beside the map.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from varna.organisation.models import Administration, Area
from varna.situation.geojson import Polygon, parse_boundaries
from varna.situation.statistics import NONE, Row

WIDTH = 560
PAD = 10
CLASSES = 3  # classes of positive counts, besides "0" and "uppgift saknas"


class AreaMap(models.Model):
    """An administration's area boundaries, from the coordinator's last GeoJSON upload."""

    administration = models.OneToOneField(
        Administration,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=gettext_lazy("förvaltning"),
    )
    # {area id: [polygon, ...]}, each polygon a list of rings of [longitude, latitude].
    boundaries = models.JSONField(gettext_lazy("gränser"))
    file_name = models.CharField(gettext_lazy("filnamn"), max_length=200)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=gettext_lazy("uppladdad av"),
    )
    uploaded_at = models.DateTimeField(gettext_lazy("uppladdad"), auto_now=True)

    class Meta:
        verbose_name = gettext_lazy("karta över områden")
        verbose_name_plural = gettext_lazy("kartor över områden")

    def __str__(self) -> str:
        return self.file_name


def area_map_of(administration: Administration) -> AreaMap | None:
    return AreaMap.objects.filter(administration=administration).first()


@transaction.atomic
def upload_area_map(
    *, administration: Administration, raw: bytes, name_property: str, file_name: str, by: Any
) -> AreaMap:
    """Replace the administration's map with the file's boundaries (GeoJSONError: nothing kept)."""
    areas = [(a.pk, a.name) for a in Area.objects.filter(administration=administration)]
    boundaries = parse_boundaries(raw, areas=areas, name_property=name_property)
    area_map, _created = AreaMap.objects.select_for_update().update_or_create(
        administration=administration,
        defaults={
            "boundaries": {str(pk): polygons for pk, polygons in boundaries.items()},
            "file_name": file_name[:200],
            "uploaded_by": by,
        },
    )
    return area_map


# --- drawing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MapArea:
    name: str
    title: str
    path: str
    css_class: str
    value: str
    label_x: str
    label_y: str


@dataclass(frozen=True)
class LegendEntry:
    css_class: str
    label: str


@dataclass(frozen=True)
class Choropleth:
    id: str
    title: str
    width: str
    height: str
    areas: tuple[MapArea, ...]
    legend: tuple[LegendEntry, ...]
    missing: tuple[str, ...]  # areas of the table without a boundary


def classes(counts: Sequence[int]) -> list[tuple[int, int]]:
    """(low, high) of each class of positive counts: up to CLASSES equal steps up to the largest."""
    largest = max(counts, default=0)
    if largest <= 0:
        return []
    bounds = sorted({math.ceil(largest * k / CLASSES) for k in range(1, CLASSES + 1)})
    result, low = [], 1
    for high in bounds:
        if high >= low:
            result.append((low, high))
            low = high + 1
    return result


def _class_of(count: int | None, steps: list[tuple[int, int]]) -> str:
    if count is None:
        return "map-suppressed"
    if count == 0:
        return "map-c0"
    for index, (low, high) in enumerate(steps, start=1):
        if low <= count <= high:
            return f"map-c{index}"
    return f"map-c{len(steps)}"


def _range_label(low: int, high: int) -> str:
    return number_format(low) if low == high else f"{number_format(low)}–{number_format(high)}"


def _ring_area_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Shoelace area and centroid of a projected ring (area 0: the mean of its points)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-9:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return abs(area) / 2, cx / (3 * area), cy / (3 * area)


def choropleth(area_map: AreaMap, rows: Sequence[Row], *, title: str, chart_id: str = "map") -> Choropleth:
    """The map of `rows` (the area breakdown: code is the area id, count None when suppressed)."""
    boundaries: dict[str, list[Polygon]] = area_map.boundaries
    shown = [row for row in rows if row.code != NONE and row.code in boundaries]
    points = [p for row in shown for polygon in boundaries[row.code] for ring in polygon for p in ring]
    if not points:
        points = [[0.0, 0.0]]
    # The bounds once, not per point: the drawing is linear in the points (issue 22).
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    stretch = math.cos(math.radians((south + north) / 2))
    span_x = (east - west) * stretch or 1e-6
    span_y = (north - south) or 1e-6
    scale = (WIDTH - 2 * PAD) / span_x
    height = span_y * scale + 2 * PAD
    x_scale = stretch * scale

    def project(lon: float, lat: float) -> tuple[float, float]:
        return PAD + (lon - west) * x_scale, PAD + (north - lat) * scale

    steps = classes([row.count for row in shown if row.count is not None])
    areas = []
    for row in shown:
        parts, best = [], (-1.0, 0.0, 0.0)
        for polygon in boundaries[row.code]:
            for index, ring in enumerate(polygon):
                projected = [project(lon, lat) for lon, lat, *_rest in ring]
                parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in projected) + "Z")
                if index == 0:  # the outer ring: the label goes in the largest
                    best = max(best, _ring_area_centroid(projected))
        value = "–" if row.count is None else number_format(row.count, force_grouping=True)
        if row.count is None:
            description = _("%(area)s: uppgift saknas (dolt antal)") % {"area": row.label}
        else:
            description = _("%(area)s: %(count)s händelser") % {"area": row.label, "count": value}
        areas.append(
            MapArea(
                name=row.label,
                title=description,
                path="".join(parts),
                css_class=_class_of(row.count, steps),
                value=value,
                label_x=f"{best[1]:.1f}",
                label_y=f"{best[2] + 5:.1f}",
            )
        )
    legend = [LegendEntry("map-c0", "0")]
    legend += [
        LegendEntry(f"map-c{k}", _range_label(low, high)) for k, (low, high) in enumerate(steps, start=1)
    ]
    if any(row.count is None for row in shown):
        legend.append(LegendEntry("map-suppressed", _("uppgift saknas (dolt)")))
    missing = tuple(row.label for row in rows if row.code != NONE and row.code not in boundaries)
    return Choropleth(
        id=chart_id,
        title=title,
        width=str(WIDTH),
        height=f"{height:.0f}",
        areas=tuple(areas),
        legend=tuple(legend),
        missing=missing,
    )


def choropleth_for(administration: Administration, figures: Any) -> Choropleth | None:
    """The situation page's map, when the administration has uploaded its areas' boundaries."""
    if figures is None or figures.small:
        return None
    area_map = area_map_of(administration)
    if area_map is None:
        return None
    title = _("Händelser per område, %(period)s") % {"period": figures.period.label}
    return choropleth(area_map, figures.breakdowns["area"], title=title, chart_id="area-map")
