"""Pattern detectors: e-mail, vehicle plate, social-media handle, address and date of birth."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import Finding

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]*\w@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}(?![\w-])")

# Swedish plates: three letters (never I, Q, V, nor Å Ä Ö), then two digits and a digit or a
# letter (not O). Diary numbers ("SOF 2024/198") fail on the four digits; known abbreviations
# that can stand before a three-digit number are excluded by name.
_PLATE = re.compile(r"(?<![\w/-])(?P<l>[A-HJ-PR-UW-Z]{3}) ?(?P<d>\d{2}[A-HJ-NPR-UW-Z0-9])(?![\w/:-])")
_NOT_PLATES = frozenset(
    str.split(
        "SOF SOU SFS LSS LVU LVM SOL SOS NMR EKB RPS SKR MSB CVE VBE SIG FRA KSL AFA SKL SCB "
        "BBC CNN DNA EUR SEK USD NOK DKK GBP TNT AKB FHM HVB ISO ICD UNK NRA ABF KFO TCO LRF "
        "SSU MUF KDU CUF LUF SDU AFS BFS PBL KOM DIR PRO UPP KAP ART NOV DEC OKT SEP AUG JUN "
        "JUL MAJ APR MAR FEB JAN AVD TEL FAX NUM REF NYA"
    )
)

_PLATFORMS = (
    r"instagram\.com|tiktok\.com|youtube\.com|youtu\.be|facebook\.com|fb\.com|twitter\.com|"
    r"x\.com|snapchat\.com|twitch\.tv|reddit\.com|t\.me|telegram\.me|github\.com|"
    r"linkedin\.com|discord\.gg|discord\.com|kick\.com|vk\.com|threads\.net|steamcommunity\.com"
)
_PROFILE_URL = re.compile(
    rf"(?:https?://)?(?:www\.|m\.)?(?:{_PLATFORMS})/(?:@?[\w.-]+/?)+(?<![./-])", re.IGNORECASE
)
_AT_HANDLE = re.compile(r"(?<![\w.@/])@[A-Za-z0-9_][\w.]{1,29}(?<!\.)")
_GAMER_TAG = re.compile(r"(?<![\w#])[\w.-]{2,}#\d{3,5}(?!\w)")
# A token with an underscore is almost never ordinary prose: it is a username.
# Not inside a link or a token joined by "-" (a survey link's random token may hold "_").
_UNDERSCORE = re.compile(r"(?<![\w@./-])[A-Za-z0-9][\w.]*_[\w.]*[A-Za-z0-9]|(?<![\w@./-])_\w+_")
_HANDLE_CONTEXT = re.compile(
    r"\b(?:användarnamn(?:et)?|användaren|användare|kontot|konto|profilen|profil|tagg(?:en)?|"
    r"gamertag|nick(?:et|name)?|alias(?:et)?|smeknamnet|kallar sig|kallade sig|heter)"
    r"(?:\s+(?:är|var|på \w+))?\s*:?\s+['\"“”‘’]?(?P<h>[^\s'\"“”‘’,;()]+)",
    re.IGNORECASE,
)
_HANDLE_LIKE = re.compile(r"^(?=.*[A-Za-z])(?:[\w.-]*\d[\w.-]*|[\w-]+\.[\w.-]+|[a-z]+[A-Z]\w*)$")

_SUFFIX = (
    r"gatan|gata|vägen|väg|gränd|gränden|allén|allé|alle|torget|torg|plan|stigen|backen|"
    r"backe|svängen|sväng|kroken|viken|ängen|leden|led|stråket|gången|slingan|ringen|platsen|kajen|kaj|esplanaden|terrassen|"
    r"kullen|liden|hagen|bron|promenaden|höjden|branten|vägen|tået|udden|parkväg|park"
)
_STREET = (
    rf"(?:[A-ZÅÄÖ][\w.-]*\s)?[A-ZÅÄÖ][\w-]*(?:{_SUFFIX})"
    rf"|[A-ZÅÄÖ][\w-]*\s(?:allé|alle|gata|väg|torg|backe|gränd|plan|stig|gång|led|park|strand)"
)
_POSTTOWN = r"[1-9]\d{2}\s?\d{2}\s+[A-ZÅÄÖ][\wåäö-]+(?:\s[A-ZÅÄÖ][\wåäö-]+)?"
_ADDRESS = re.compile(
    rf"\b(?:{_STREET})\s\d{{1,4}}(?:\s?[A-H]|[a-h])?\b"
    rf"(?:,?\s?(?:lgh|lägenhet|lght|nb|tr|uppg|vån)\.?\s?\d{{1,4}})?"
    rf"(?:,?\s+{_POSTTOWN})?"
)
_POSTCODE = re.compile(rf"(?<![\d-]){_POSTTOWN}")

_MONTHS = (
    r"januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec"
)
_DATE = (
    r"(?:19|20)\d\d-[01]\d-[0-3]\d|(?:19|20)\d{6}|[0-3]?\d/[01]?\d[-/ ](?:19|20)?\d\d"
    r"|[0-3]?\d\.[01]?\d\.(?:19|20)?\d\d"
    rf"|[0-3]?\d(?::[ae])?\s(?:{_MONTHS})\.?(?:\s(?:19|20)\d\d)?"
)
_BIRTH = re.compile(
    rf"\b(?:född|födda|föddes|f\.|f|fd\.?|födelsedatum|födelsedag|födelsedagen|fdat\.?|"
    rf"född(?:es)?\s(?:den|d\.))\s*:?\s*(?:den\s|d\.\s?)?(?P<date>{_DATE})(?![\d-])",
    re.IGNORECASE,
)


def find_email(text: str) -> Iterator[Finding]:
    if "@" not in text:
        return
    for m in _EMAIL.finditer(text):
        yield Finding("EMAIL", m.start(), m.end(), m.group(0), 0.99, "email")


def find_plate(text: str) -> Iterator[Finding]:
    for m in _PLATE.finditer(text):
        if m.group("l") in _NOT_PLATES:
            continue
        # "Dnr ABC 123" or "ärende ABC 123" are case numbers, not vehicles.
        before = text[max(0, m.start() - 12) : m.start()].lower()
        if "dnr" in before or "diarie" in before or "ärende" in before:
            continue
        yield Finding("PLATE", m.start(), m.end(), m.group(0), 0.9, "plate")


# Cheap tests that let a detector skip a text that cannot contain what it looks for: the
# regular expressions themselves would be tried at every position.
_URL_HINT = re.compile(r"\.(?:com|tv|me|be|gg|net)/", re.IGNORECASE)
_HANDLE_RULES = (
    (_AT_HANDLE, 0.95, "@"),
    (_GAMER_TAG, 0.9, "#"),
    (_UNDERSCORE, 0.85, "_"),
)


def _profile_urls(text: str) -> Iterator[Finding]:
    # A profile URL is one whitespace-free token around ".com/" and the like: try the full
    # pattern only from the start of such tokens.
    last = -1
    for hint in _URL_HINT.finditer(text):
        start = max(text.rfind(c, 0, hint.start()) for c in " \n\t(<\"'") + 1
        if start <= last:
            continue
        m = _PROFILE_URL.match(text, start)
        if m:
            last = m.end()
            yield Finding("HANDLE", m.start(), m.end(), m.group(0), 0.98, "handle")


def find_handle(text: str) -> Iterator[Finding]:
    yield from _profile_urls(text)
    for rx, conf, hint in _HANDLE_RULES:
        if hint not in text:
            continue
        for m in rx.finditer(text):
            yield Finding("HANDLE", m.start(), m.end(), m.group(0), conf, "handle")
    for m in _HANDLE_CONTEXT.finditer(text):
        h = m.group("h").rstrip(".!?:")
        if len(h) >= 3 and _HANDLE_LIKE.match(h):
            s = m.start("h")
            yield Finding("HANDLE", s, s + len(h), h, 0.8, "handle-context")


def find_address(text: str) -> Iterator[Finding]:
    for rx in (_ADDRESS, _POSTCODE):
        for m in rx.finditer(text):
            yield Finding("ADDRESS", m.start(), m.end(), m.group(0), 0.9, "address")


def find_birthdate(text: str) -> Iterator[Finding]:
    for m in _BIRTH.finditer(text):
        s, e = m.span("date")
        yield Finding("BIRTHDATE", s, e, m.group("date"), 0.9, "birthdate")
