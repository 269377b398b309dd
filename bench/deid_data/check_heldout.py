"""Validates the frozen held-out set and prints what it contains.

    python bench/deid_data/check_heldout.py [heldout.jsonl]

Errors (exit status 1): bad offsets, overlapping spans, unknown labels or classes, duplicate
ids, an ID_NUMBER that is not a checksum-valid personnummer/samordningsnummer, a PHONE that could
be read as one, a checksum-valid personnummer left unannotated, a negative text with entities.
Warnings: a name annotated in one place but not in another of the same text, and names that
recur across texts (the set is meant to use each name once). It never runs the engine.
"""

from __future__ import annotations

import collections
import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "heldout.jsonl"
README = HERE / "README.md"

LABELS = {"PERSON", "ID_NUMBER", "PHONE", "EMAIL", "ADDRESS", "PLATE", "HANDLE", "BIRTHDATE"}
CLASSES = {
    "names-origin",
    "names-wordlike",
    "names-title",
    "nickname-initials",
    "names-lowercase",
    "invisible",
    "pnr-shapes",
    "phone",
    "email-written",
    "address",
    "plate",
    "handle-date",
    "plain",
    "negative-places",
    "negative-codes",
    "negative-numbers",
    "negative-titles",
    "negative-figures",
    "negative-plain",
}
# Name particles recur by nature; they are not a reused name.
PARTICLES = {"abu", "bin", "ibn", "al", "el", "thị", "văn", "van", "von", "de", "del", "la"}
INVISIBLE = {"\u200b", "\u00ad", "\u00a0", "\u2060"}
# A personnummer-like run of digits: 6 or 8 digits, an optional separator, 4 digits.
PNR_LIKE = re.compile(r"(?<!\d)(\d{2})?(\d{6})[-+ ]?(\d{4})(?!\d)")


def load(path: Path = DATA) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def sha256(path: Path = DATA) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def readme_sha256(path: Path = README) -> str | None:
    m = re.search(r"sha256[^\n]*?\b([0-9a-f]{64})\b", path.read_text(encoding="utf-8"))
    return m.group(1) if m else None


def luhn_ok(ten: str) -> bool:
    total = 0
    for i, ch in enumerate(ten):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return total % 10 == 0


def date_ok(six: str) -> bool:
    month, day = int(six[2:4]), int(six[4:6])
    if day > 60:  # samordningsnummer: the day plus 60
        day -= 60
    return 1 <= month <= 12 and 1 <= day <= 31


def digits(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", s) if ch.isdigit())


def is_pnr(ds: str) -> bool:
    """True when a digit string is a checksum-valid personnummer or samordningsnummer."""
    if len(ds) == 12:
        if ds[:2] not in {"18", "19", "20"}:
            return False
        ds = ds[2:]
    return len(ds) == 10 and date_ok(ds[:6]) and luhn_ok(ds)


def validate(rows: list[dict]) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for r in rows:
        rid = str(r.get("id"))
        if rid in seen:
            errors.append(f"{rid}: duplicate id")
        seen.add(rid)
        text, ents = r.get("text"), r.get("entities")
        if not isinstance(text, str) or not isinstance(ents, list):
            errors.append(f"{rid}: needs a text and a list of entities")
            continue
        if r.get("class") not in CLASSES:
            errors.append(f"{rid}: unknown class {r.get('class')!r}")
        if str(r.get("class")).startswith("negative-") and ents:
            errors.append(f"{rid}: a negative text has entities")
        last_end = 0
        for e in ents:
            s, t, lab = e.get("start"), e.get("end"), e.get("label")
            if lab not in LABELS:
                errors.append(f"{rid}: unknown label {lab!r}")
            if not (isinstance(s, int) and isinstance(t, int) and 0 <= s < t <= len(text)):
                errors.append(f"{rid}: bad offsets {s}-{t}")
                continue
            if text[s:t] != e.get("text"):
                errors.append(f"{rid}: text[{s}:{t}] is {text[s:t]!r}, not {e.get('text')!r}")
            if s < last_end:
                errors.append(f"{rid}: spans overlap or are out of order at {s}")
            last_end = t
            if text[s:t] != text[s:t].strip():
                errors.append(f"{rid}: span {text[s:t]!r} starts or ends with white space")
            if lab == "ID_NUMBER" and not is_pnr(digits(text[s:t])):
                errors.append(f"{rid}: ID_NUMBER {text[s:t]!r} is not a checksum-valid personnummer")
            if lab == "PHONE" and is_pnr(digits(text[s:t])):
                errors.append(f"{rid}: PHONE {text[s:t]!r} is also a valid personnummer")
        # Nothing that is a valid personnummer may stand outside an annotation.
        masked = list(text)
        for e in ents:
            masked[e["start"] : e["end"]] = ["#"] * (e["end"] - e["start"])
        plain = unicodedata.normalize("NFKC", "".join(masked))
        plain = "".join(ch for ch in plain if ch not in INVISIBLE)
        for m in PNR_LIKE.finditer(plain):
            if is_pnr((m.group(1) or "") + m.group(2) + m.group(3)):
                errors.append(f"{rid}: unannotated valid personnummer {m.group(0)!r}")
        # A name annotated once should be annotated wherever it recurs in the same text.
        names = {e["text"] for e in ents if e["label"] == "PERSON" and len(e["text"]) > 2}
        for name in names:
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", "".join(masked)):
                warnings.append(f"{rid}: {name!r} also at {m.start()} without annotation")
    return errors, warnings


def name_reuse(rows: list[dict]) -> dict[str, list[str]]:
    """Name tokens (case-folded, without odd characters) that occur in more than one text."""
    where: dict[str, set[str]] = collections.defaultdict(set)
    for r in rows:
        for e in r["entities"]:
            if e["label"] != "PERSON":
                continue
            clean = "".join(ch for ch in unicodedata.normalize("NFKC", e["text"]) if ch not in INVISIBLE)
            for token in re.split(r"[\s.]+", clean):
                token = token.casefold()
                if len(token) > 2 and token not in PARTICLES:
                    where[token.removesuffix("s")].add(r["id"])
    return {t: sorted(ids) for t, ids in where.items() if len(ids) > 1}


def odd(s: str) -> bool:
    return any(
        ch in INVISIBLE
        or "\uff00" <= ch <= "\uffef"
        or "\u0400" <= ch <= "\u04ff"
        or unicodedata.combining(ch)
        for ch in s
    )


def counts(rows: list[dict]) -> dict:
    labels = collections.Counter(e["label"] for r in rows for e in r["entities"])
    classes = collections.Counter(r["class"] for r in rows)
    return {
        "texts": len(rows),
        "texts_without_entities": sum(1 for r in rows if not r["entities"]),
        "entities": sum(labels.values()),
        "labels": dict(sorted(labels.items())),
        "classes": dict(sorted(classes.items())),
        "entities_with_odd_characters": sum(1 for r in rows for e in r["entities"] if odd(e["text"])),
        "characters": sum(len(r["text"]) for r in rows),
    }


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DATA
    rows = load(path)
    errors, warnings = validate(rows)
    c = counts(rows)
    print(json.dumps(c, ensure_ascii=False, indent=2))
    print(f"sha256 {sha256(path)}")
    for w in warnings:
        print(f"warning: {w}")
    for token, ids in sorted(name_reuse(rows).items()):
        print(f"warning: name {token!r} in {len(ids)} texts: {' '.join(ids)}")
    for e in errors:
        print(f"ERROR: {e}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
