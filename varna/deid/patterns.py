"""Pattern detectors: e-mail, vehicle plate, social-media handle, address and date of birth."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import Finding

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]*\w ?@ ?[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}(?![\w-])")
# Written out to get past filters: "sara[at]hotmail.se", "omar at live dot se",
# "lina snabel-a gmail punkt com". The top-level domain must be a real one.
_AT_WORD = r"\s?[\[({<]\s?(?:at|@|snabel-?a)\s?[\])}>]\s?|\s(?:at|snabel-?a|snabela)\s"
_DOT_WORD = r"\.|\s?[\[({<]\s?(?:dot|punkt)\s?[\])}>]\s?|\s(?:dot|punkt)\s"
_TLD = r"se|com|nu|net|org|io|eu|fi|no|dk|de|uk|info|me|biz|co"
_EMAIL_WORDS = re.compile(
    rf"(?<![\w.+-])[\w.+-]*\w(?:{_AT_WORD})[\w-]+(?:(?:{_DOT_WORD})[\w-]+)*?(?:{_DOT_WORD})(?:{_TLD})\b",
    re.IGNORECASE,
)
_EMAIL_HINT = re.compile(r"\bat\b|snabel|\[|\(", re.IGNORECASE)

# Swedish plates: three letters (never I, Q, V, nor Å Ä Ö), then two digits and a digit or a
# letter (not O). Diary numbers ("SOF 2024/198") fail on the four digits; known abbreviations
# that can stand before a three-digit number are excluded by name.
_PLATE = re.compile(
    r"(?<![\w/.-])(?P<l>[A-HJ-PR-UW-Z]{3})[ -]?(?P<d>\d{2}[A-HJ-NPR-UW-Z0-9])(?![\w/:-]|\.\d)",
    re.IGNORECASE,
)
# Words that put a vehicle nearby: a lower-case plate needs one of them, a class code
# ("SAM22A") or course code is ruled out by its own.
_VEHICLE = re.compile(
    r"\b(?:bil\w*|regnr|reg\.?\s?nr|registrerings\w*|skylt\w*|plåt\w*|fordon\w*|moped\w*|"
    r"motorcykel\w*|mc|epa\w*|a-traktor\w*|lastbil\w*|skåpbil\w*|volvo|saab|audi|bmw|"
    r"toyota|golf|passat|taxi|körde|kör|parkerad\w*)\b",
    re.IGNORECASE,
)
_NOT_VEHICLE = re.compile(r"\b(?:klass\w*|kurs\w*|program\w*|grupp\w*|sal|rum|artikel\w*)\s*$", re.IGNORECASE)
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
# A camera's or a program's file name ("DSC_0042.JPG", "IMG_2231.heic") is not a username.
_FILE_NAME = re.compile(
    r"(?:.*\.(?:jpe?g|png|gif|heic|mov|mp4|pdf|docx?|xlsx?|txt|zip|webp|mp3|wav)|"
    r"(?:dsc|img|vid|pxl|dcim|screenshot|scan|skärmbild)_.*)$",
    re.IGNORECASE,
)
_HANDLE_CONTEXT = re.compile(
    r"\b(?:användarnamn(?:et)?|användaren|användare|kontot|konto|profilen|profil|tagg(?:en)?|"
    r"gamertag|nick(?:et|name)?|alias(?:et)?|smeknamnet|kallar sig|kallade sig|heter)"
    r"(?:\s+(?:är|var|på \w+))?\s*:?\s+['\"“”‘’]?(?P<h>[^\s'\"“”‘’,;()]+)",
    re.IGNORECASE,
)
# A name on a platform: "Telegram-namnet är sarafjaril", "på Snapchat heter hon lillis.k",
# "användarnamn: mörkermannen". What follows is a handle whatever it looks like.
_PLATFORM_NAMES = (
    r"telegram|snapchat|snap|instagram|insta|tiktok|discord|twitch|steam|xbox|playstation|psn|"
    r"kick|reddit|youtube|facebook|twitter|x|signal|whatsapp|kik|roblox|fortnite|minecraft|"
    r"spel|gamer|chatt"
)
_PLATFORM_HANDLE = re.compile(
    rf"(?:\b(?:{_PLATFORM_NAMES})-?(?:namnet|namn|kontot|profilen|nicket|aliaset|tagg(?:en)?|"
    rf"användarnamnet|användarnamn)"
    rf"|\b(?:på|i) (?:{_PLATFORM_NAMES}) (?:heter|kallar sig) (?:hon|han|hen|de|den|kontot|profilen)"
    rf"|\bheter (?:hon|han|hen|kontot|profilen) (?:på|i) (?:{_PLATFORM_NAMES}))"
    r"(?:\s+(?:är|var|blev))?\s*:?\s+['\"“”‘’»«]?(?P<h>[\w.@-]{3,32})",
    re.IGNORECASE,
)
_NOT_HANDLES = frozenset(str.split("är var och som det den en ett inte hemligt okänt oklart samma"))
_HANDLE_LIKE = re.compile(r"^(?=.*[A-Za-z])(?:[\w.-]*\d[\w.-]*|[\w-]+\.[\w.-]+|[a-z]+[A-Z]\w*)$")

# Street words: the end of a one-word street name ("Stupvägen", "ekslingan") ...
_SUFFIX = (
    r"gatan|gata|vägen|väg|gränden|gränd|allén|allé|alle|torget|torg|planen|plan|stigen|stig|"
    r"backen|backe|backarna|svängen|sväng|kroken|viken|ängen|leden|led|stråket|gången|slingan|"
    r"ringen|platsen|plats|kajen|kaj|esplanaden|terrassen|kullen|liden|hagen|bron|promenaden|"
    r"höjden|branten|tået|udden|parkväg|stupet|bågen|lunden|raden|länken|brinken|passagen|"
    r"trappan|vången|gärdet|stranden|strand|boulevarden|boulevard|kvarnen|hamnen|malmen"
)
# ... or the second word of a two-word one ("Selma Lagerlöfs väg", "Gustav III:s boulevard").
_SECOND = (
    r"allé|alle|gata|väg|torg|backe|gränd|plan|plats|stig|gång|led|park|strand|boulevard|"
    r"esplanad|kaj|bro|promenad|terrass|trappa|ring|sväng|hage|udde"
)
_PREFIX = r"(?:(?:S:t|St\.|Sankt|Lilla|Stora|Norra|Södra|Östra|Västra|Gamla|Nya|Övre|Nedre)\s)?"
_WORD = r"[A-ZÅÄÖÉa-zåäöéüø][\wåäöéü:-]*"
_STREET = (
    rf"{_PREFIX}(?:[A-ZÅÄÖ][\w.-]*\s)?[A-ZÅÄÖa-zåäöé][\w-]*?(?:{_SUFFIX})"
    rf"|{_PREFIX}(?:[A-ZÅÄÖ][\wåäöé]*\s){{0,2}}(?:[A-ZÅÄÖ][\wåäöé-]*|[IVXL]+:s|[IVXL]+)\s(?:{_SECOND})"
)
# A count after a bare street word reads as a count, not a house number ("vägen 12 ungdomar").
_NOT_HOUSE = (
    r"(?!\s(?:personer|ungdomar|elever|st|stycken|år|minuter|min|timmar|gånger|killar|tjejer|"
    r"pojkar|flickor|barn|meter|m|km|kr|procent|%))"
)
_POSTTOWN = r"(?:SE-?\s?)?[1-9]\d{2}\s?\d{2}\s+[A-ZÅÄÖ][\wåäö-]+(?:\s[A-ZÅÄÖ][\wåäö-]+)?"
_ADDRESS = re.compile(
    rf"(?<![\w:])(?:{_STREET})\s\d{{1,4}}(?:\s?[A-H]|[a-h])?\b{_NOT_HOUSE}"
    rf"(?:,?\s?(?:lgh|lägenhet|lght|nb|tr|uppg|vån)\.?\s?\d{{1,4}}|,?\s\d{{1,2}}\s?(?:tr|trappor)\b)?"
    rf"(?:,?\s+{_POSTTOWN})?"
)
# Streets are looked for only right before a house number: the street pattern would otherwise
# be tried at every word of every text.
_HOUSE_NUMBER = re.compile(r"(?<=[^\W\d_]) \d{1,4}\b")
_STREET_BEFORE = re.compile(rf"(?<![\w:])(?:{_STREET})$")
_BOX = re.compile(rf"\b(?:Box|box|Postbox|Pl)\s\d{{1,5}}\b(?:,?\s+{_POSTTOWN})?")
_POSTCODE = re.compile(rf"(?<![\d-]){_POSTTOWN}")

_MONTHS = (
    r"januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec"
)
_ORDINALS = (
    r"(?:tjugo|trettio)?(?:första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde)|"
    r"tionde|elfte|tolfte|trettonde|fjortonde|femtonde|sextonde|sjuttonde|artonde|nittonde|"
    r"tjugonde|trettionde"
)
_DATE = (
    r"(?:19|20)\d\d-[01]\d-[0-3]\d|(?:19|20)\d{6}|[0-3]?\d/[01]?\d(?:[-/ ](?:19|20)?\d\d)?"
    r"|[0-3]?\d\.[01]?\d\.(?:19|20)?\d\d|\d{6}"
    rf"|(?:[0-3]?\d(?::[ae])?|{_ORDINALS})\s(?:{_MONTHS})\.?(?:\s(?:19|20)\d\d)?"
)
_BIRTH = re.compile(
    rf"\b(?:född|födda|föddes|f\.|f|fd\.?|födelsedatum|födelsedag|födelsedagen|fdat\.?|"
    rf"född(?:es)?\s(?:den|d\.)|fyller\s(?:\d{{1,3}}|år)(?:\sår)?)\s*:?\s*(?:(?:är|var|infaller)\s)?"
    rf"(?:(?:i|på)\s[A-ZÅÄÖ]\w+\s)?(?:den\s|d\.\s?|på\s)?(?P<date>{_DATE})(?![\d-])",
    re.IGNORECASE,
)


def _real_yymmdd(date: str) -> bool:
    # "fd 100311" is a date only if the six digits are one.
    if not date.isdigit() or len(date) != 6:
        return True
    month, day = int(date[2:4]), int(date[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31


def find_email(text: str) -> Iterator[Finding]:
    if "@" in text:
        for m in _EMAIL.finditer(text):
            yield Finding("EMAIL", m.start(), m.end(), m.group(0), 0.99, "email")
    if _EMAIL_HINT.search(text):
        for m in _EMAIL_WORDS.finditer(text):
            yield Finding("EMAIL", m.start(), m.end(), m.group(0), 0.95, "email-words")


def find_plate(text: str) -> Iterator[Finding]:
    for m in _PLATE.finditer(text):
        letters = m.group("l")
        if letters.upper() in _NOT_PLATES:
            continue
        # "Dnr ABC 123" or "ärende ABC 123" are case numbers, not vehicles.
        before = text[max(0, m.start() - 12) : m.start()].lower()
        if "dnr" in before or "diarie" in before or "ärende" in before:
            continue
        if _NOT_VEHICLE.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        near = text[max(0, m.start() - 60) : m.end() + 40]
        upper = letters.isupper() and m.group("d")[-1:].upper() == m.group("d")[-1:]
        # Lower case ("kdf 318") is also how ordinary words before a number look.
        if not upper and not _VEHICLE.search(near):
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
            if hint == "_" and _FILE_NAME.match(m.group(0)):
                continue
            yield Finding("HANDLE", m.start(), m.end(), m.group(0), conf, "handle")
    for m in _PLATFORM_HANDLE.finditer(text):
        h = m.group("h").rstrip(".-")
        if h.lower() not in _NOT_HANDLES:
            s = m.start("h")
            yield Finding("HANDLE", s, s + len(h), h, 0.85, "handle-platform")
    for m in _HANDLE_CONTEXT.finditer(text):
        h = m.group("h").rstrip(".!?:")
        if len(h) >= 3 and _HANDLE_LIKE.match(h):
            s = m.start("h")
            yield Finding("HANDLE", s, s + len(h), h, 0.8, "handle-context")


def find_address(text: str) -> Iterator[Finding]:
    last = 0
    for num in _HOUSE_NUMBER.finditer(text):
        if num.start() < last:
            continue
        street = _STREET_BEFORE.search(text, max(last, num.start() - 80), num.start())
        m = _ADDRESS.match(text, street.start()) if street else None
        if m:
            last = m.end()
            yield Finding("ADDRESS", m.start(), m.end(), m.group(0), 0.9, "address")
    for rx in (_BOX, _POSTCODE):
        for m in rx.finditer(text):
            yield Finding("ADDRESS", m.start(), m.end(), m.group(0), 0.9, "address")


def find_birthdate(text: str) -> Iterator[Finding]:
    for m in _BIRTH.finditer(text):
        if not _real_yymmdd(m.group("date")):
            continue
        s, e = m.span("date")
        yield Finding("BIRTHDATE", s, e, m.group("date"), 0.9, "birthdate")
