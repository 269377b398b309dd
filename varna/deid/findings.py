"""The result type of a scan, the labels it uses and what the user is shown for each."""

from __future__ import annotations

from dataclasses import dataclass

LABELS: tuple[str, ...] = (
    "PERSON",
    "ID_NUMBER",
    "PHONE",
    "EMAIL",
    "ADDRESS",
    "PLATE",
    "HANDLE",
    "BIRTHDATE",
)

PLACEHOLDERS: dict[str, str] = {
    "PERSON": "[NAMN]",
    "ID_NUMBER": "[PERSONNUMMER]",
    "PHONE": "[TELEFON]",
    "EMAIL": "[E-POST]",
    "ADDRESS": "[ADRESS]",
    "PLATE": "[REGNR]",
    "HANDLE": "[ANVÄNDARNAMN]",
    "BIRTHDATE": "[FÖDELSEDATUM]",
}

# Shown next to a flagged passage in the report form, so staff understand why.
EXPLANATIONS: dict[str, str] = {
    "PERSON": "Ser ut som ett namn på en person.",
    "ID_NUMBER": "Ser ut som ett personnummer eller samordningsnummer.",
    "PHONE": "Ser ut som ett privat telefonnummer.",
    "EMAIL": "Ser ut som en e-postadress.",
    "ADDRESS": "Ser ut som en gatuadress eller postadress.",
    "PLATE": "Ser ut som ett registreringsnummer på ett fordon.",
    "HANDLE": "Ser ut som ett användarnamn eller en profil i sociala medier eller spel.",
    "BIRTHDATE": "Ser ut som ett exakt födelsedatum.",
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One passage of personal data: ``text == source[start:end]``."""

    label: str
    start: int
    end: int
    text: str
    confidence: float
    detector: str

    def as_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "label": self.label}
