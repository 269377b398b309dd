"""Demo contents of the knowledge bank: the city's guidance pages and a small symbol catalogue.

The seeds (002, 003, 004) describe an intranet page with "vägledning, kontaktuppgifter till alla
samordnare, handlingsplaner, symbolsammanställning, rapporter, boktips, poddar, filmade
föreläsningar". The texts here are written for the demo; the symbol pictures are drawn by this
module (simple schematic drawings, not photographs).
"""

from __future__ import annotations

import io

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw

from varna.knowledge.constants import PageKind, PageStatus, Prevalence, SeenOn
from varna.knowledge.models import Page, PageVersion, Symbol
from varna.organisation.models import Administration, User
from varna.reports.constants import ReferenceKind
from varna.reports.models import ReferenceItem

PAGES = [
    (
        PageKind.GUIDANCE,
        "Vägledning: arbetet mot våldsbejakande extremism",
        "Vad våldsbejakande extremism är, vad du gör vid oro och vem som gör vad i staden.",
        """## Vad är våldsbejakande extremism?

Med våldsbejakande extremism menas ideologier och rörelser som accepterar eller förespråkar våld
för att nå sina mål. I Sverige talar man framför allt om tre miljöer: **vit makt-miljön**, **den
autonoma miljön** och **den våldsbejakande islamistiska miljön**.

## Vad gör jag om jag blir orolig?

1. Är någon i akut fara: ring 112.
2. Gäller det ett barn: gör en orosanmälan till socialtjänsten.
3. Berätta för din närmaste chef.
4. Rapportera det du sett i Värna, utan namn eller andra personuppgifter.

## Vem gör vad?

- **Samordnaren** i din förvaltning tar emot rapporterna och sammanställer den lokala lägesbilden.
- **Den centrala samordnaren** på stadsledningskontoret håller ihop arbetet i hela staden.
- **Socialtjänsten** ansvarar för stöd i enskilda ärenden, också för den som vill lämna en miljö.
""",
    ),
    (
        PageKind.ROUTINE,
        "Rutin 24 timmar: den som vill lämna en miljö",
        "Den som vill lämna en kriminell eller våldsbejakande miljö ska få en första kontakt inom 24 timmar.",
        """Vill någon lämna en kriminell livsstil eller en våldsbejakande miljö, själv eller genom en
anhörig eller en medarbetare, ska personen få en **första kontakt med staden inom 24 timmar**.

- Ta emot förfrågan och kontakta socialtjänsten i förvaltningen direkt.
- Skriv inte ner kontaktuppgifter i Värna: de hanteras i socialtjänstens eget system.
- Se också [rutinen vid oro](/rutin/).
""",
    ),
    (
        PageKind.RETURNEES,
        "Vägledning: barn som återvänder från konfliktområden",
        "Stöd till förskola, skola och socialtjänst när barn och familjer återvänder.",
        """Barn som återvänder från konfliktområden kan ha varit med om svåra saker och behöver
framför allt trygghet och en fungerande vardag.

## För förskola och skola

- Ta emot barnet som andra nyanlända barn; utgå från barnets behov.
- Samverka med socialtjänsten och elevhälsan.

## För socialtjänsten

- En utredning inleds när barnet kommer; bedöm skydds- och stödbehov.
- Samordnaren i förvaltningen kan ge råd i avidentifierade ärenden.
""",
    ),
    (
        PageKind.LECTURE,
        "Filmade föreläsningar",
        "Föreläsningar från stadens utbildningsdagar om våldsbejakande extremism.",
        """- Grundutbildning om våldsbejakande extremism (webbutbildning, cirka 45 minuter)
- Fördjupning: vit makt-miljön i dag
- Att prata med unga om extremism och konspirationsteorier

Länkarna finns på stadens intranät.
""",
    ),
    (
        PageKind.READING,
        "Läs- och lyssningstips",
        "Rapporter, böcker och poddar om våldsbejakande extremism.",
        """- Center mot våldsbejakande extremism (CVE): stödmaterial för yrkesverksamma
- Brottsförebyggande rådet: rapporter om radikalisering och våldsbejakande extremism
- Myndigheten för ungdoms- och civilsamhällesfrågor: demokrativillkor för bidrag
""",
    ),
]

SYMBOLS = [
    {
        "name": "Tyrrunan",
        "environment": "right_wing",
        "drawing": "tyr",
        "image_alt": "En pil som pekar uppåt, ritad med tre raka streck.",
        "meaning": (
            "En runa som används av Nordiska motståndsrörelsen och andra delar av vit makt-miljön "
            "som organisationens symbol."
        ),
        "seen_on": [SeenOn.STICKER, SeenOn.FLAG, SeenOn.CLOTHING],
        "prevalence": Prevalence.OCCASIONAL,
        "what_to_do": "Ta bort eller anmäl klistermärken. Rapportera i Värna var och när du såg den.",
    },
    {
        "name": "Odalrunan",
        "environment": "right_wing",
        "drawing": "othala",
        "image_alt": "En romb som står på två korta ben, ritad med raka streck.",
        "meaning": "En runa som i vit makt-miljön används som symbol för ”blod och jord”.",
        "seen_on": [SeenOn.TATTOO, SeenOn.CLOTHING, SeenOn.ONLINE],
        "prevalence": Prevalence.RARE,
        "what_to_do": "Rapportera i Värna. Prata med din chef om du är osäker på hur du ska agera.",
    },
    {
        "name": "88",
        "environment": "right_wing",
        "drawing": "88",
        "image_alt": "Siffrorna 88 i svart på vit botten.",
        "meaning": (
            "En kod för ”Heil Hitler” (H är bokstav nummer 8). Förekommer i användarnamn, på kläder "
            "och i klotter, ofta tillsammans med 14 (1488)."
        ),
        "seen_on": [SeenOn.GRAFFITI, SeenOn.ONLINE, SeenOn.CLOTHING, SeenOn.TATTOO],
        "prevalence": Prevalence.COMMON,
        "what_to_do": "Anmäl klotter så att det tas bort. Rapportera i Värna.",
    },
    {
        "name": "A i cirkel",
        "environment": "left_wing",
        "drawing": "circle_a",
        "image_alt": "Bokstaven A inuti en cirkel.",
        "meaning": (
            "Anarkismens symbol. Den är vanlig och i sig inte våldsbejakande, men används också i "
            "den autonoma miljön, ofta i klotter tillsammans med hot mot utpekade personer."
        ),
        "seen_on": [SeenOn.GRAFFITI, SeenOn.STICKER],
        "prevalence": Prevalence.OCCASIONAL,
        "what_to_do": "Rapportera i Värna om symbolen förekommer med hot eller våld.",
    },
    {
        "name": "Upplyft pekfinger (tawhid)",
        "environment": "islamist",
        "drawing": "",
        "image_alt": "",
        "meaning": (
            "En vanlig muslimsk gest för Guds enhet, som i sig inte betyder något våldsbejakande. "
            "Den har använts i propaganda från terrororganisationen IS, till exempel på bilder "
            "tillsammans med vapen eller IS flagga."
        ),
        "seen_on": [SeenOn.GESTURE, SeenOn.ONLINE],
        "prevalence": Prevalence.RARE,
        "what_to_do": "Dra inga slutsatser av gesten ensam. Rapportera sammanhanget om det oroar dig.",
    },
]


def _draw(kind: str) -> bytes:
    image = Image.new("RGB", (240, 240), "white")
    pen = ImageDraw.Draw(image)
    black, width = "black", 14
    if kind == "tyr":
        pen.line([(120, 30), (120, 215)], fill=black, width=width)
        pen.line([(55, 95), (120, 30), (185, 95)], fill=black, width=width, joint="curve")
    elif kind == "othala":
        pen.line([(120, 25), (185, 95), (120, 165), (55, 95), (120, 25)], fill=black, width=width)
        pen.line([(120, 165), (60, 220)], fill=black, width=width)
        pen.line([(120, 165), (180, 220)], fill=black, width=width)
    elif kind == "88":
        pen.text((35, 40), "88", fill=black, font_size=140)
    elif kind == "circle_a":
        pen.ellipse([(25, 25), (215, 215)], outline=black, width=width)
        pen.line([(65, 205), (120, 30), (175, 205)], fill=black, width=width)
        pen.line([(60, 130), (180, 130)], fill=black, width=width)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def load_demo_knowledge() -> None:
    """The city's pages and symbols, owned by the central coordinator (idempotent)."""
    owner = User.objects.filter(username="central").first()
    for kind, title, summary, body in PAGES:
        page, created = Page.objects.get_or_create(
            title=title,
            administration=None,
            defaults={
                "kind": kind,
                "summary": summary,
                "body": body,
                "status": PageStatus.PUBLISHED,
                "owner": owner,
            },
        )
        if created:
            PageVersion.objects.create(
                page=page,
                number=1,
                title=title,
                summary=summary,
                body=body,
                status=page.status,
                saved_by=owner,
            )
    bromma = Administration.objects.filter(name="Bromma").first()
    if bromma is not None:
        body = (
            "Förvaltningens samordnare sammanställer lägesbilden varje höst. Rapportera det du ser i "
            "Värna och fråga samordnaren om du behöver stöd."
        )
        Page.objects.get_or_create(
            title="Så arbetar Bromma med lägesbilden",
            administration=bromma,
            defaults={
                "kind": PageKind.GUIDANCE,
                "body": body,
                "status": PageStatus.DRAFT,
                "owner": User.objects.filter(username="samordnare.bromma").first(),
            },
        )
    environments = {item.code: item for item in ReferenceItem.objects.filter(kind=ReferenceKind.ENVIRONMENT)}
    for entry in SYMBOLS:
        values = {k: v for k, v in entry.items() if k not in ("name", "drawing", "environment")}
        symbol, created = Symbol.objects.get_or_create(
            name=entry["name"],
            administration=None,
            defaults={
                **values,
                "environment": environments[entry["environment"]],
                "status": PageStatus.PUBLISHED,
                "owner": owner,
            },
        )
        if created and entry["drawing"]:
            symbol.image.save("bild.png", ContentFile(_draw(entry["drawing"])), save=True)
