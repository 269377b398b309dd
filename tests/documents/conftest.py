"""A plan-like document to render: title page, nested sections, a long table and a chart."""

from __future__ import annotations

from io import BytesIO

import pytest
from PIL import Image as Picture
from PIL import ImageDraw

from varna.documents import Document, Image, Section, Table

COLUMNS = ["Aktivitet", "Ansvarig", "Tidplan", "Uppföljning"]


def chart_png(width: int = 480, height: int = 240) -> bytes:
    picture = Picture.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(picture)
    for index, value in enumerate([120, 80, 200, 150]):
        draw.rectangle(
            [40 + index * 100, height - 20 - value // 1, 100 + index * 100, height - 20], fill="#1f5f9f"
        )
    out = BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def activity_rows(count: int) -> list[list[str]]:
    return [
        [
            f"Aktivitet nummer {n}: utbildning om våldsbejakande extremism",
            "Enhetschef",
            "2024-01-01 – 2024-12-31",
            f"Uppföljning {n}",
        ]
        for n in range(1, count + 1)
    ]


@pytest.fixture(scope="session")
def plan() -> Document:
    return Document(
        title="Handlingsplan mot våldsbejakande extremism 2024",
        title_lines=["Socialnämnden", "Socialförvaltningen", "2024"],
        registration_number="SN 1.2.3-456/2024",
        date_line="Tjänsteutlåtande 12 februari 2024",
        author="Socialförvaltningen",
        sections=[
            Section(
                "Inledning",
                ["Stockholms stads riktlinjer är utgångspunkten för arbetet.", "Rad ett\nRad två"],
                [
                    Section(
                        "Bakgrund", ["Om lägesbilden."], [Section("Källor", ["Säkerhetspolisens årsbok."])]
                    )
                ],
            ),
            Section(
                "Socialnämndens aktiviteter",
                ["Följande aktiviteter genomförs under året."],
                [
                    Table(
                        COLUMNS, activity_rows(60), caption="Socialnämndens aktiviteter", widths=[4, 2, 2, 2]
                    ),
                    Image(
                        chart_png(),
                        alt="Stapeldiagram: anmälningar per kvartal",
                        caption="Figur 1. Anmälningar",
                    ),
                ],
            ),
            Section("Uppföljning och rapportering", ["Planen följs upp årligen."]),
        ],
    )
