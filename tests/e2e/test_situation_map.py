"""The situation map in the browser: the coordinator uploads the areas' boundaries and reads the map."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from varna.situation.demo import GEOJSON


def test_a_coordinator_uploads_area_boundaries_and_sees_the_map_beside_its_table(
    page: Page, sign_in, check_a11y, tmp_path: Path
):
    sign_in(page, "samordnare.bromma")
    page.get_by_role("link", name="Bromma: lägesbild").click()
    page.get_by_role("link", name="Ladda upp områdesgränser för en karta").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Karta över områden – Bromma")
    check_a11y(page)

    wrong = tmp_path / "fel.geojson"
    wrong.write_text(
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"namn": "Mars"}, '
        '"geometry": {"type": "Point", "coordinates": [17.9, 59.3]}}]}',
        encoding="utf-8",
    )
    page.get_by_label("GeoJSON-fil med områdenas gränser").set_input_files(wrong)
    page.get_by_role("button", name="Ladda upp karta").click()
    expect(page.get_by_role("heading", name="Filen kunde inte användas")).to_be_visible()
    expect(page.get_by_text("bara Polygon och MultiPolygon")).to_be_visible()
    check_a11y(page)

    page.get_by_label("GeoJSON-fil med områdenas gränser").set_input_files(GEOJSON)
    page.get_by_role("button", name="Ladda upp karta").click()
    expect(page.get_by_role("heading", name="Karta: händelser per område")).to_be_visible()
    expect(page.get_by_role("img", name="Blackeberg: 0 händelser")).to_be_visible()
    table = page.get_by_role("table", name="Händelser per område på kartan")
    expect(table.get_by_role("row", name="Alvik 0")).to_be_visible()
    check_a11y(page)
