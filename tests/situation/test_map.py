"""The map: a coordinator uploads the areas' boundaries as GeoJSON; the page draws a choropleth."""

from __future__ import annotations

import datetime
import json

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
