"""Benchmark of varna.documents: wall time to render a plan-sized document to DOCX and PDF/A.

    .venv/bin/python bench/documents_bench.py [--runs N] [--json OUT]

Builds a plan-like Document (title page, 9 sections of a few paragraphs, 5 activity tables
of 30 rows in all with 4 columns, one chart) and renders it N times (default 5) in each
format after one warm-up render, which pays the one-off costs of a process (imports, fonts).
Prints the median and maximum and writes bench/results-documents.json unless --json says
otherwise. The target is under 2 seconds each.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import time
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 2.0
SECTIONS = [
    "Inledning",
    "Bakgrund och uppdrag",
    "Lägesbild",
    "Mål och inriktning",
    "Förebyggande arbete",
    "Samverkan",
    "Kompetenshöjande insatser",
    "Aktiviteter",
    "Uppföljning",
]
PARAGRAPH = (
    "Stockholms stads riktlinjer i arbetet mot våldsbejakande extremism är utgångspunkten för "
    "arbetet i denna handlingsplan. Förvaltningen bedömer att arbetet, som ska omfatta samtliga "
    "extremistmiljöer, delvis ingår i befintligt arbete men att kunskapen ”bör fortsätta spridas” "
    "inom nämndens verksamheter & i samverkan med skola, polis och civilsamhälle."
)


def chart_png() -> bytes:
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (640, 320), "white")
    draw = ImageDraw.Draw(picture)
    for index, value in enumerate([140, 90, 230, 180, 120, 60]):
        draw.rectangle([40 + index * 100, 300 - value, 110 + index * 100, 300], fill="#1f5f9f")
    draw.line([30, 300, 630, 300], fill="black", width=2)
    out = BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def plan_like_document():
    from varna.documents import Document, Image, Section, Table

    columns = ["Aktivitet", "Ansvarig", "Tidplan", "Uppföljning"]
    tables = []
    for number, size in enumerate([8, 6, 6, 5, 5], start=1):
        rows = [
            [
                f"Aktivitet {number}.{row}: utbildningsinsats om våldsbejakande extremism för "
                "medarbetare i socialtjänsten, med fokus på orosanmälan och samverkan",
                "Enhetschef, KC barn och unga",
                "2024-01-01 – 2024-12-31",
                "Antal genomförda tillfällen och deltagare redovisas i verksamhetsberättelsen",
            ]
            for row in range(1, size + 1)
        ]
        tables.append(Table(columns, rows, caption=f"Aktiviteter, område {number}", widths=[4, 2, 2, 3]))
    sections = []
    for index, heading in enumerate(SECTIONS):
        blocks = []
        if heading == "Aktiviteter":
            blocks = tables
        elif heading == "Lägesbild":
            blocks = [
                Image(chart_png(), alt="Stapeldiagram: orosanmälningar per år 2019–2024", caption="Figur 1")
            ]
        elif index % 3 == 1:
            blocks = [Section(f"{heading}: fördjupning", [PARAGRAPH, PARAGRAPH])]
        sections.append(Section(heading, [PARAGRAPH] * 3, blocks))
    return Document(
        title="Handlingsplan mot våldsbejakande extremism 2024–2026",
        title_lines=["Socialnämnden", "Socialförvaltningen", "2024"],
        registration_number="SN 1.2.3-456/2024",
        date_line="Tjänsteutlåtande 12 februari 2024",
        author="Socialförvaltningen",
        sections=sections,
    )


def timed(render, doc, runs: int) -> list[float]:
    render(doc)  # warm-up: imports, templates, fonts
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        render(doc)
        times.append(time.perf_counter() - start)
    return times


def font_subsetter() -> str:
    """Which library subsets the embedded fonts: WeasyPrint's own test, as in weasyprint/pdf/fonts.py."""
    from weasyprint.text.ffi import harfbuzz, harfbuzz_subset

    return "harfbuzz" if harfbuzz_subset and harfbuzz.hb_version_atleast(4, 1, 0) else "fonttools"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, default=REPO / "bench" / "results-documents.json")
    args = parser.parse_args()

    sys.path.insert(0, str(REPO))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "varna.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()
    # WeasyPrint and fontTools narrate every step at INFO.
    for name in ("weasyprint", "fontTools"):
        logging.getLogger(name).setLevel(logging.ERROR)
    from varna.documents import render_docx, render_pdf

    doc = plan_like_document()
    docx_times = timed(render_docx, doc, args.runs)
    pdf_times = timed(render_pdf, doc, args.runs)
    pages = len(__import__("pypdf").PdfReader(BytesIO(render_pdf(doc))).pages)
    results = {
        "docx_seconds": round(statistics.median(docx_times), 3),
        "docx_max_seconds": round(max(docx_times), 3),
        "pdf_seconds": round(statistics.median(pdf_times), 3),
        "pdf_max_seconds": round(max(pdf_times), 3),
        "target_seconds": TARGET_SECONDS,
        "runs": args.runs,
        "pdf_pages": pages,
        "font_subsetter": font_subsetter(),
    }
    print(f"{'format':<6} {'median s':>9} {'max s':>7}   (target < {TARGET_SECONDS:g} s, {args.runs} runs)")
    print(f"{'docx':<6} {results['docx_seconds']:>9.3f} {results['docx_max_seconds']:>7.3f}")
    print(f"{'pdf':<6} {results['pdf_seconds']:>9.3f} {results['pdf_max_seconds']:>7.3f}   ({pages} pages)")
    print(f"font subsetting by {results['font_subsetter']}")
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.json}")
    slow = [f for f in ("docx", "pdf") if results[f"{f}_seconds"] >= TARGET_SECONDS]
    if slow:
        sys.exit(f"over the target: {', '.join(slow)}")


if __name__ == "__main__":
    main()
