"""Files for the import tests: CSV and XLSX bytes made from rows of cells."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

import openpyxl

EVENT_HEADINGS = [
    "Datum",
    "Enhet",
    "Område",
    "Miljö",
    "Typ av händelse",
    "Åldersgrupp",
    "Sammanhang",
    "Vad som har gjorts",
    "Beskrivning",
]
GRAFFITI_HEADINGS = ["Område", "Från", "Till", "Antal", "Miljö"]

GOOD_EVENTS = [
    [
        "2024-03-05",
        "Fritidsgården Blackeberg",
        "Blackeberg",
        "right_wing",
        "graffiti",
        "Under 18 år",
        "youth_club",
        "manager",
        "Klistermärken med vit makt-symboler på fritidsgårdens fasad.",
    ],
    [
        "2024-04",
        "",
        "alvik",
        "Våldsbejakande högerextremism (vit makt-miljön)",
        "Hot; våld",
        "",
        "Skola",
        "polisen kontaktad; manager",
        "Hot mot personal i samband med en konflikt.",
    ],
    [
        "2023-11-20",
        "",
        "",
        "islamist",
        "expressed_views",
        "21_plus",
        "",
        "",
        "Uttryckte våldsbejakande åsikter på en öppen verksamhet.",
    ],
]
GOOD_GRAFFITI = [
    ["Blackeberg", "2024-01", "", "12", "right_wing"],
    ["Alvik", "2024-02-01", "2024-02-29", "3", ""],
    ["", "2024-03", "2024-03", "0", "Våldsbejakande vänsterextremism (autonoma miljön)"],
]


def csv_bytes(
    rows: Sequence[Sequence[Any]],
    headings: Sequence[str] = EVENT_HEADINGS,
    *,
    delimiter: str = ";",
    encoding: str = "utf-8",
    bom: bool = False,
) -> bytes:
    output = io.StringIO()
    writer = csv.writer(output, delimiter=delimiter)
    writer.writerow(headings)
    writer.writerows(rows)
    return (("\ufeff" if bom else "") + output.getvalue()).encode(encoding)


def xlsx_bytes(rows: Sequence[Sequence[Any]], headings: Sequence[str] = EVENT_HEADINGS) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(list(headings))
    for row in rows:
        sheet.append(list(row))
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()
