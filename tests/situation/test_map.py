"""The map: a coordinator uploads the areas' boundaries as GeoJSON; the page draws a choropleth."""

from __future__ import annotations

import datetime
import json
import math

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.reports.factories import make_report
from tests.situation.releases import release, vouch_all
from varna.organisation.models import Area
from varna.situation.geojson import GeoJSONError, parse_boundaries
from varna.situation.maps import AreaMap, classes
from varna.situation.statistics import Row

pytestmark = pytest.mark.django_db

D = datetime.date


def square(lon: float, lat: float, size: float = 0.01) -> list:
    return [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]]


def feature(name: str, geometry: dict | None = None, **properties) -> dict:
    return {
        "type": "Feature",
        "properties": {"namn": name, **properties},
        "geometry": geometry or {"type": "Polygon", "coordinates": square(17.9, 59.33)},
    }


def collection(*features: dict) -> bytes:
    return json.dumps({"type": "FeatureCollection", "features": list(features)}).encode()


def upload(client, administration, content: bytes, name_property: str = "namn"):
    url = reverse("situation_map_upload", args=[administration.pk])
    return client.post(
        url, {"file": SimpleUploadedFile("omraden.geojson", content), "name_property": name_property}
    )


def test_a_coordinator_uploads_boundaries_and_the_page_shows_the_map_and_its_table(client_as, bromma):
    alvik = Area.objects.get(administration=bromma, name="Alvik")
    for day in range(1, 6):
        make_report(event_date=D(2024, 3, day), area=alvik)
    client = client_as("samordnare.bromma")
    content = collection(
        feature("Alvik", {"type": "Polygon", "coordinates": square(17.98, 59.33)}),
        feature(
            "ängby ", {"type": "MultiPolygon", "coordinates": [square(17.88, 59.34), square(17.9, 59.34)]}
        ),
    )
    response = upload(client, bromma, content)
    assert response.status_code == 302
    area_map = AreaMap.objects.get(administration=bromma)
    assert set(area_map.boundaries) == {str(alvik.pk), str(Area.objects.get(name="Ängby").pk)}
    html = client.get(reverse("situation", args=[bromma.pk]), {"ar": "2024"}).content.decode()
    assert "Karta: händelser per område" in html
    assert "<svg" in html and "Alvik: 5 händelser" in html and "Ängby: 0 händelser" in html
    assert "Händelser per område på kartan, 2024" in html  # the table beside the map
    assert "Utan gräns i kartan:" in html  # the other areas are named


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "inte giltig JSON"),
        (json.dumps({"type": "Feature"}).encode(), "FeatureCollection"),
        (collection(feature("Alvik", {"type": "Point", "coordinates": [17.9, 59.3]})), "geometrin Point"),
        (
            collection(feature("Alvik", {"type": "Polygon", "coordinates": [[[17.9, 99.0]]]})),
            "ogiltiga koordinater",
        ),
        (collection(feature("Kungsholmen")), "området ”Kungsholmen” finns inte"),
        (collection({"type": "Feature", "properties": {}, "geometry": None}), "geometrin (ingen)"),
        ("Ängby".encode("latin-1"), "UTF-8"),
    ],
)
def test_a_faulty_file_is_refused_with_a_swedish_error_and_nothing_is_kept(
    client_as, bromma, content, message
):
    response = upload(client_as("samordnare.bromma"), bromma, content)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not AreaMap.objects.exists()


def test_one_bad_feature_refuses_the_whole_file_and_keeps_the_old_map(client_as, bromma):
    client = client_as("samordnare.bromma")
    assert upload(client, bromma, collection(feature("Alvik"))).status_code == 302
    response = upload(
        client, bromma, collection(feature("Ängby"), feature("Alvik", kind="x"), feature("Mars"))
    )
    assert response.status_code == 400
    boundaries = AreaMap.objects.get(administration=bromma).boundaries
    assert list(boundaries) == [str(Area.objects.get(administration=bromma, name="Alvik").pk)]


def test_the_name_property_is_chosen_and_must_be_present(client_as, bromma):
    content = collection(feature("x", omrade="Alvik"))
    assert upload(client_as("samordnare.bromma"), bromma, content, name_property="omrade").status_code == 302
    response = upload(
        client_as("samordnare.bromma"), bromma, collection(feature("Alvik")), name_property="saknas"
    )
    assert "saknar egenskapen ”saknas”" in response.content.decode()


def test_a_file_over_the_size_limit_is_refused():
    with pytest.raises(GeoJSONError, match="för stor"):
        parse_boundaries(b" " * (2 * 1024 * 1024 + 1), areas=[(1, "Alvik")], name_property="namn")


def test_the_map_hatches_suppressed_areas_for_a_disclosure_controlled_viewer(client_as, bromma):
    alvik = Area.objects.get(administration=bromma, name="Alvik")
    angby = Area.objects.get(administration=bromma, name="Ängby")
    for day in range(1, 6):
        make_report(event_date=D(2024, 3, day), area=alvik)
    make_report(event_date=D(2024, 4, 1), area=angby)
    upload(client_as("samordnare.bromma"), bromma, collection(feature("Alvik"), feature("Ängby")))
    vouch_all()
    release("Bromma", 2024)
    html = client_as("central").get(reverse("situation", args=[bromma.pk]), {"ar": "2024"}).content.decode()
    assert "Ängby: uppgift saknas (dolt antal)" in html
    assert "map-suppressed" in html and "-hatch)" in html
    assert "Ängby: 1 händelser" not in html


def test_only_the_administrations_coordinators_may_upload(client_as, bromma):
    assert upload(client_as("central"), bromma, collection(feature("Alvik"))).status_code == 403
    assert upload(client_as("samordnare.soc"), bromma, collection(feature("Alvik"))).status_code in (403, 404)
    assert not AreaMap.objects.exists()


def test_the_classes_split_the_counts_in_up_to_three_steps():
    assert classes([]) == []
    assert classes([0, 1]) == [(1, 1)]
    assert classes([0, 2, 5]) == [(1, 2), (3, 4), (5, 5)]
    assert classes([9, 30]) == [(1, 10), (11, 20), (21, 30)]


def test_each_area_of_the_drawn_map_has_its_count_as_a_label_and_in_its_title(bromma):
    from varna.situation.maps import choropleth

    alvik = Area.objects.get(administration=bromma, name="Alvik")
    area_map = AreaMap(administration=bromma, boundaries={str(alvik.pk): [square(17.9, 59.33)]})
    drawn = choropleth(area_map, [Row(str(alvik.pk), "Alvik", 1234)], title="Karta")
    (area,) = drawn.areas
    assert area.value == "1\xa0234" and area.title == "Alvik: 1\xa0234 händelser"
    assert area.path.startswith("M") and area.path.endswith("Z")
    # Equirectangular, longitude scaled by cos(latitude): a square in degrees is taller than wide.
    assert float(drawn.height) > float(drawn.width)


# --- bounded in work, not only in bytes (issue 22) ----------------------------------------------


def ring_of(points: int, lon: float = 17.95, lat: float = 59.33) -> list:
    """A closed ring of `points` positions on a small circle."""
    ring = [
        [
            round(lon + 0.01 * math.cos(2 * math.pi * k / points), 6),
            round(lat + 0.01 * math.sin(2 * math.pi * k / points), 6),
        ]
        for k in range(points - 1)
    ]
    return [*ring, ring[0]]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"type": "FeatureCollection", "features": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nästlad"),
        (b"[" * 100_000, "nästlad"),
        (
            collection(feature("Alvik", {"type": "Polygon", "coordinates": [[[1, 2]] * 3]})).replace(
                b"[1, 2]", b"[1" + b"0" * 4999 + b", 2]", 1
            ),
            "ett tal med fler än 32 tecken",
        ),
        (
            collection(feature("Alvik")).replace(b"17.9", b"17." + b"9" * 5000, 1),
            "ett tal med fler än 32 tecken",
        ),
    ],
    ids=["100k-deep-collection", "100k-deep-array", "5000-digit-integer", "5000-digit-decimal"],
)
def test_a_file_that_would_exhaust_the_parser_is_refused_in_swedish(client_as, bromma, content, message):
    response = upload(client_as("samordnare.bromma"), bromma, content)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not AreaMap.objects.exists()


def test_a_file_of_240000_points_under_2_mb_is_refused(client_as, bromma):
    # Integer degrees, as the 1.87 MB file: 240,000 points fit under the byte limit.
    geometry = {"type": "Polygon", "coordinates": [[[17, 59]] * 240_000]}
    document = {"type": "FeatureCollection", "features": [feature("Alvik", geometry)]}
    content = json.dumps(document, separators=(",", ":")).encode()
    assert len(content) < 2 * 1024 * 1024
    response = upload(client_as("samordnare.bromma"), bromma, content)
    assert response.status_code == 400
    assert "fler än 50\xa0000 punkter" in response.content.decode()
    assert not AreaMap.objects.exists()


def test_a_file_of_40000_points_is_accepted_and_drawn(client_as, bromma):
    alvik = Area.objects.get(administration=bromma, name="Alvik")
    for day in range(1, 6):
        make_report(event_date=D(2024, 3, day), area=alvik)
    client = client_as("samordnare.bromma")
    content = collection(feature("Alvik", {"type": "Polygon", "coordinates": [ring_of(40_000)]}))
    assert upload(client, bromma, content).status_code == 302
    (ring,) = AreaMap.objects.get(administration=bromma).boundaries[str(alvik.pk)][0]
    assert len(ring) == 40_000
    html = client.get(reverse("situation", args=[bromma.pk]), {"ar": "2024"}).content.decode()
    assert "Alvik: 5 händelser" in html
    paths = [part.split('"', 1)[0] for part in html.split('<path d="')[1:]]
    assert max(path.count("L") for path in paths) == 40_000 - 1  # every point is drawn


def test_nesting_is_measured_outside_strings():
    # Brackets inside a name are text, not nesting.
    content = collection(feature("Alvik", note="[" * 1000 + '\\"{' * 100))
    boundaries = parse_boundaries(content, areas=[(1, "Alvik")], name_property="namn")
    assert list(boundaries) == [1]
