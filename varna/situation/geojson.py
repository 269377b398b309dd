"""Reading an administration's area boundaries from an uploaded GeoJSON file (issue #5: the map).

All or nothing: the file is accepted only when every feature is a Polygon or MultiPolygon in
longitude/latitude (WGS 84, as GeoJSON prescribes) whose name property names one of the
administration's areas. Several features of one area are joined. Errors are in Swedish and name
the feature (1-based, in file order) so the coordinator can fix the file.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any

from django.utils.translation import gettext as _

MAX_BYTES = 2 * 1024 * 1024
MAX_ERRORS = 20
DECIMALS = 6  # about 0.1 m: more is noise, and the stored map stays small

Polygon = list[list[list[float]]]  # rings of [lon, lat]


class GeoJSONError(ValueError):
    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


def _normalise(name: str) -> str:
    return " ".join(name.split()).casefold()


def _ring(value: Any) -> list[list[float]] | None:
    if not isinstance(value, list) or len(value) < 4:
        return None
    ring = []
    for position in value:
        if (
            not isinstance(position, list)
            or len(position) < 2
            or not all(isinstance(c, int | float) and not isinstance(c, bool) for c in position[:2])
        ):
            return None
        lon, lat = float(position[0]), float(position[1])
        if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
            return None
        ring.append([round(lon, DECIMALS), round(lat, DECIMALS)])
    return ring


def _polygon(value: Any) -> Polygon | None:
    if not isinstance(value, list) or not value:
        return None
    rings = [_ring(ring) for ring in value]
    if any(ring is None for ring in rings):
        return None
    return rings  # type: ignore[return-value]


def _polygons(geometry: dict[str, Any]) -> list[Polygon] | None:
    coordinates = geometry.get("coordinates")
    if geometry.get("type") == "Polygon":
        polygon = _polygon(coordinates)
        return None if polygon is None else [polygon]
    if not isinstance(coordinates, list) or not coordinates:
        return None
    polygons = [_polygon(p) for p in coordinates]
    return None if any(p is None for p in polygons) else polygons  # type: ignore[return-value]


def parse_boundaries(
    raw: bytes, *, areas: Iterable[tuple[int, str]], name_property: str
) -> dict[int, list[Polygon]]:
    """{area id: polygons} from the file, or GeoJSONError with every problem found."""
    if len(raw) > MAX_BYTES:
        raise GeoJSONError([_("Filen är för stor: högst %(mb)s MB.") % {"mb": MAX_BYTES // (1024 * 1024)}])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise GeoJSONError([_("Filen är inte text i UTF-8, som GeoJSON ska vara.")]) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GeoJSONError(
            [
                _("Filen är inte giltig JSON (rad %(line)s, kolumn %(col)s).")
                % {"line": exc.lineno, "col": exc.colno}
            ]
        ) from None
    if (
        not isinstance(document, dict)
        or document.get("type") != "FeatureCollection"
        or not isinstance(document.get("features"), list)
    ):
        raise GeoJSONError([_("Filen ska vara en GeoJSON FeatureCollection med en lista ”features”.")])
    if not document["features"]:
        raise GeoJSONError([_("Filen innehåller inga områden.")])
    by_name = {_normalise(name): pk for pk, name in areas}
    known = ", ".join(sorted(name for _pk, name in areas)) or _("(förvaltningen har inga områden)")
    found: dict[int, list[Polygon]] = {}
    errors: list[str] = []
    for number, feature in enumerate(document["features"], start=1):
        if len(errors) >= MAX_ERRORS:
            errors.append(_("… och fler fel. Rätta dessa först."))
            break
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            errors.append(_("Objekt %(n)s är inte ett GeoJSON Feature.") % {"n": number})
            continue
        geometry = feature.get("geometry")
        kind = geometry.get("type") if isinstance(geometry, dict) else None
        if kind not in ("Polygon", "MultiPolygon"):
            errors.append(
                _("Objekt %(n)s har geometrin %(kind)s: bara Polygon och MultiPolygon går att använda.")
                % {"n": number, "kind": kind or _("(ingen)")}
            )
            continue
        polygons = _polygons(geometry)  # type: ignore[arg-type]
        if polygons is None:
            errors.append(
                _(
                    "Objekt %(n)s har ogiltiga koordinater: varje ring ska ha minst fyra punkter "
                    "[longitud, latitud] i grader (WGS 84)."
                )
                % {"n": number}
            )
            continue
        properties = feature.get("properties") if isinstance(feature.get("properties"), dict) else {}
        name = properties.get(name_property)
        if not isinstance(name, str) or not name.strip():
            errors.append(
                _("Objekt %(n)s saknar egenskapen ”%(property)s” med områdets namn.")
                % {"n": number, "property": name_property}
            )
            continue
        area = by_name.get(_normalise(name))
        if area is None:
            errors.append(
                _("Objekt %(n)s: området ”%(name)s” finns inte bland förvaltningens områden (%(known)s).")
                % {"n": number, "name": name.strip(), "known": known}
            )
            continue
        found.setdefault(area, []).extend(polygons)
    if errors:
        raise GeoJSONError(errors)
    return found
