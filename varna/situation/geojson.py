"""Reading an administration's area boundaries from an uploaded GeoJSON file (issue #5: the map).

All or nothing: the file is accepted only when every feature is a Polygon or MultiPolygon in
longitude/latitude (WGS 84, as GeoJSON prescribes) whose name property names one of the
administration's areas. Several features of one area are joined. Errors are in Swedish and name
the feature (1-based, in file order) so the coordinator can fix the file.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from itertools import accumulate
from typing import Any

from django.utils.translation import gettext as _

MAX_BYTES = 2 * 1024 * 1024
MAX_ERRORS = 20
DECIMALS = 6  # about 0.1 m: more is noise, and the stored map stays small
# Bounded in work, not only in bytes (issue 22): 2 MB hold 240,000 points, which made every
# drawing of the map slow, or nesting deep enough to exhaust the parser's stack.
MAX_POINTS = 50_000
MAX_DEPTH = 20  # a MultiPolygon feature in a collection is 7 levels deep
MAX_NUMBER_CHARS = 32  # a coordinate in degrees needs at most about 15

Polygon = list[list[list[float]]]  # rings of [lon, lat]


class GeoJSONError(ValueError):
    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


def _normalise(name: str) -> str:
    return " ".join(name.split()).casefold()


# A string, or an unterminated one up to the end: possessive, so that no quote is scanned twice
# (a file of 2 MB of \" would otherwise take hours).
_STRING = re.compile(r'"(?:[^"\\]|\\.)*+(?:"|\\?\Z)', re.DOTALL)
_NOT_A_BRACKET = re.compile(r"[^\[\]{}]+")


def _depth(text: str) -> int:
    """How deep arrays and objects nest, outside strings, counted without recursion."""
    brackets = _NOT_A_BRACKET.sub("", _STRING.sub("", text))
    return max(accumulate(1 if ch in "[{" else -1 for ch in brackets), default=0)


class _LongNumber(ValueError):
    pass


def _number(parse: Any) -> Any:
    def checked(text: str) -> Any:
        if len(text) > MAX_NUMBER_CHARS:
            raise _LongNumber(text[:10])
        return parse(text)

    return checked


def _load(text: str) -> Any:
    if _depth(text) > MAX_DEPTH:
        raise GeoJSONError(
            [
                _("Filen är nästlad i fler än %(n)s nivåer och kan inte vara en karta med områden.")
                % {"n": MAX_DEPTH}
            ]
        )
    try:
        return json.loads(text, parse_float=_number(float), parse_int=_number(int))
    except _LongNumber:
        raise GeoJSONError(
            [
                _(
                    "Filen innehåller ett tal med fler än %(n)s tecken. Koordinaterna ska vara grader "
                    "med högst några decimaler."
                )
                % {"n": MAX_NUMBER_CHARS}
            ]
        ) from None
    except json.JSONDecodeError as exc:
        raise GeoJSONError(
            [
                _("Filen är inte giltig JSON (rad %(line)s, kolumn %(col)s).")
                % {"line": exc.lineno, "col": exc.colno}
            ]
        ) from None
    except (ValueError, RecursionError):  # what the checks above should already have caught
        raise GeoJSONError([_("Filen är inte giltig JSON.")]) from None


def _too_many_points() -> GeoJSONError:
    return GeoJSONError(
        [
            _(
                "Filen har fler än %(n)s punkter. Förenkla gränserna (till exempel med "
                "”Förenkla” i QGIS eller med mapshaper) och ladda upp filen igen."
            )
            % {"n": f"{MAX_POINTS:,}".replace(",", "\u00a0")}
        ]
    )


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


def _count_positions(coordinates: Any) -> int:
    """Positions in a Polygon's or MultiPolygon's coordinates, before they are checked: the
    nesting is bounded (_load), so the walk is too."""
    count, pending = 0, [coordinates]
    while pending:
        value = pending.pop()
        if isinstance(value, list):
            if value and not isinstance(value[0], list):
                count += 1  # a position: [lon, lat, ...]
            else:
                pending.extend(value)
    return count


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
    document = _load(text)
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
    points = 0
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
        points += _count_positions(geometry.get("coordinates"))  # type: ignore[union-attr]
        if points > MAX_POINTS:
            raise _too_many_points()
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
