"""Names told by the words around them, and the vetoes that keep look-alikes out.

names.py decides from name lists and the dictionary; this module adds what only context shows:
any word right after a role, kin or naming word is a name ("Kuratorn Sten Holm", "heter Dag",
"kallas Pimpi"), even a Swedish word; a capitalised word before a verb of saying ("Jo sa att");
a single capitalised word in quotation marks ("»Tjabo«"); initials in a person's place ("KL",
"R.", "P-O"); Arabic name particles ("Abu", "bin", "al-"); Chinese names written surname first.
Their look-alikes are removed by vetoes.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import Finding
from .lexicon import Lexicon, load


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# After these a word is a name whatever it looks like: roles, kin, naming verbs.
ROLE_WORDS = words("""
läraren lärarinnan mentorn kuratorn skolkuratorn rektorn biträdande skolsköterskan
sköterskan elevassistenten assistenten fritidsledaren fältassistenten fältarbetaren
socialsekreteraren handläggaren utredaren samordnaren tränaren ledaren pastorn prästen
imamen polismannen kommissarien vaktmästaren specialpedagogen studievägledaren
pappan mamman fadern modern föräldern vårdnadshavaren styvpappan styvmamman bonuspappan
bonusmamman storebror storebrodern lillebror lillebrodern storasyster lillasyster
storasystern lillasystern brodern brorsan systern syrran kusinen farbrorn morbrorn fastern
mostern farmor farfar mormor morfar sonen dottern barnbarnet eleven pojken flickan killen
tjejen grabben kompisen vännen väninnan kamraten klasskamraten klasskompisen grannen
flickvännen pojkvännen sambon maken makan frun hustrun kollegan exet exflickvännen
expojkvännen ungdomen vittnet målsäganden gärningsmannen misstänkte bekanten
""")
NAMING = words("heter hette kallas kallades kallad kallat namnet smeknamnet öknamnet aliaset")
_SKIP_AFTER_NAMING = words("hon han hen de den det för sig bara numera egentligen också även")
# Verbs of saying after a name.
SAYING = words("""
sa säger sade skrev skriver berättade berättar uppgav uppger menade menar svarade svarar
frågade frågar ringde sms:ade smsade mejlade hotade skrek viskade erkände förnekade
""")
# Words that stand where a name could, but are not names.
_NOT_NAMES = words("""
han hon hen den det de dom vi ni jag du man någon ingen alla var vem vilka vilken
denna detta dessa själv själva mamman pappan polisen skolan rektorn läraren mentorn
kuratorn personalen eleven eleverna ungdomarna han/hon hon/han
""")
OPEN_QUOTES = "\"'»«“”‘’„‚"
_ANY_QUOTE = re.compile(f"[{OPEN_QUOTES}]")
_QUOTED = re.compile(
    r"(?<![\w])(?P<q>[\"'»«“”‘’„‚])(?P<w>[A-ZÅÄÖÉ][a-zåäöéüø]+(?:-[A-ZÅÄÖa-zåäö][a-zåäö]+)?)"
    r"(?P<c>[\"'»«“”‘’„‚])(?!\w)"
)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")
# Initials: "KL", "K.L.", "R.", "P-O", "J-P".
_ABBREVIATIONS = words("""
SD KD MP IS ISIS EU FN USA UK NMR AFA VBE SOC BUP LVU LSS SOL HVB SFI SVT TV BBC IT AI PM
OK NN VD SMS PDF CV AB HB ST DJ MC
""")
# Arabic particles: the capitalised word after them is a name, "al-"/"el-" joins it.
_PARTICLE = re.compile(
    r"\b(?:Abu|Abou|Umm|Ibn|ibn|Bin|bin|Bint|bint)\s[A-ZÅÄÖ][\w'-]+(?:\s(?:al|el|Al|El)-[A-Z][\w'-]+"
    r"|\s(?:bin|ibn|Bin|Ibn)\s[A-Z][\w'-]+)*"
    r"|\b(?:[A-ZÅÄÖ][\wåäö]+\s)?(?:al|el|Al|El)-[A-Z][\w'-]+"
)
_NOT_ARABIC_NAMES = re.compile(
    r"(?:al|el)-(?:shabaab|qaida|qaeda|nusra|aqsa|azhar|andalus|jazeera|arabiya|fatah)\b|abu dhabi",
    re.IGNORECASE,
)
_CHINESE_SURNAMES = words("""
wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng liang
xie song tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng wei su
ding ren yao shen zhong cui tan fan jin shi liao qian fang dai xia fu bai zou meng xiong
qin qiu hou jia yin xue yan mo kong gu lai long duan lei hao
""")
_PINYIN = re.compile(
    r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|e|i|o|u)"
    r"(?![aeiou])){1,3}$"
)
_PAIR = re.compile(r"\b([A-Z][a-z]{1,5})\s([A-Z][a-z]{1,11})(?:-([a-z]{1,6}))?\b")


def _cap(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _nameish(word: str, lex: Lexicon) -> bool:
    """Could a lower-case word be a name? Only when the lists say so or it is no word."""
    low = word.lower()
    return low in lex.first or low in lex.last or not (lex.is_word(low) or low in lex.stop)


def _institution(low: str) -> bool:
    return low.endswith(("skolan", "gården", "huset", "kyrkan", "kommun", "centrum", "parken"))


def _after_cue(text: str, words: list[re.Match[str]], lows: list[str], lex: Lexicon) -> Iterator[Finding]:
    n = len(words)
    for i, low in enumerate(lows):
        naming = low in NAMING
        if not (naming or low in ROLE_WORDS) or i + 1 >= n:
            continue
        j = i + 1
        # "heter hon Siv", "kallas för Pimpi".
        while naming and j < n and words[j].group(0).lower() in _SKIP_AFTER_NAMING and j - i < 3:
            j += 1
        if j >= n or text[words[j - 1].end() : words[j].start()].strip(" '\"»«“”‘’:") != "":
            continue
        w = words[j].group(0)
        bare = w.rstrip(".")
        wlow = bare.lower()
        if wlow in _NOT_NAMES or wlow in lex.place or _institution(wlow) or len(bare) < 2:
            continue
        if not (_cap(bare) or (naming and _nameish(bare, lex) and len(bare) >= 3)):
            continue
        if not naming and not _cap(bare):
            continue
        if not naming and wlow in lex.stop and wlow not in lex.first:
            continue
        if not naming and lex.is_word(wlow) and wlow not in lex.first and wlow not in lex.last:
            # "Mentorn Idag", "Pappan Berättade": an ordinary word after a role is a name only
            # when a name list knows it, or a surname follows.
            nxt = words[j + 1] if j + 1 < n else None
            if not (nxt and _cap(nxt.group(0)) and text[words[j].end() : nxt.start()] == " "):
                continue
        start, end = words[j].start(), words[j].start() + len(bare)
        # A capitalised word right after belongs to the name ("Sten Holm").
        k = j + 1
        while (
            k < n
            and k - j < 3
            and _cap(words[k].group(0))
            and text[end : words[k].start()] == " "
            and words[k].group(0).lower().rstrip(".") not in lex.place
            and words[k].group(0).lower() not in _NOT_NAMES
        ):
            end = words[k].start() + len(words[k].group(0).rstrip("."))
            k += 1
        yield Finding("PERSON", start, end, text[start:end], 0.8, "context")


def _before_saying(text: str, words: list[re.Match[str]], lows: list[str], lex: Lexicon) -> Iterator[Finding]:
    for j in range(1, len(words)):
        if lows[j] not in SAYING:
            continue
        i = j - 1
        w = words[i].group(0)
        if text[words[i].end() : words[i + 1].start()] != " ":
            continue
        low = w.lower()
        if not _cap(w) or low in _NOT_NAMES or low in ROLE_WORDS or low in lex.place:
            continue
        tail = text[words[i + 1].end() : words[i + 1].end() + 5]
        # "Jo sa att": an ordinary word before "sa att" is a name; "Då sa han" is not.
        said_that = tail.startswith((" att ", ":", " till ")) and (
            len(low) <= 3 or not low.endswith(("en", "an", "et", "na", "rn", "er", "ar"))
        )
        if lex.is_word(low) and low not in lex.first and low not in lex.last and not said_that:
            continue
        yield Finding("PERSON", words[i].start(), words[i].end(), w, 0.7, "context")


# Quoted words after these are names of things: symbols, channels, songs, groups.
_THING_ENDINGS = (
    "kanalen",
    "gruppen",
    "tatueringen",
    "symbolen",
    "låten",
    "boken",
    "filmen",
    "spelet",
    "märket",
    "flaggan",
    "appen",
    "servern",
    "sajten",
    "forumet",
    "taggen",
    "ordet",
    "uttrycket",
    "begreppet",
    "rörelsen",
    "nätverket",
    "föreningen",
    "tröjan",
    "texten",
    "klottret",
    "budskapet",
    "parollen",
    "runan",
    "memen",
    "podden",
    "videon",
    "klippet",
    "tecknet",
    "loggan",
    "emblemet",
    "chatten",
    "tråden",
    "sidan",
    "bandet",
    "skivan",
    "albumet",
    "organisationen",
    "kampanjen",
    "projektet",
    "programmet",
    "operationen",
)
_THING_WORDS = words("om typ dagen")


def thing_before(before: list[str]) -> bool:
    return any(b.endswith(_THING_ENDINGS) or b in _THING_WORDS for b in before)


_PERSONS = words("kille killen tjej tjejen man mannen kvinna kvinnan pojke pojken flicka flickan person sig")


def _quoted(text: str, lex: Lexicon) -> Iterator[Finding]:
    for m in _QUOTED.finditer(text):
        w = m.group("w")
        if w.lower() in lex.place or _institution(w.lower()):
            continue
        before = [b.strip(",:") for b in text[max(0, m.start() - 40) : m.start()].lower().split()[-3:]]
        if thing_before(before):
            continue
        # Quotation marks also set off labels and words ("Kolumnen ”Datum”", "från ”Ny”"):
        # a quoted word is a nickname only next to a person.
        after = text[m.end() : m.end() + 20].lower().split()[:1]
        near = any(b in ROLE_WORDS or b in NAMING or b in _PERSONS for b in before)
        if not (near or (after and after[0].strip(",.") in SAYING) or w.lower() in lex.first):
            continue
        yield Finding("PERSON", m.start("w"), m.end("w"), w, 0.7, "quoted")


_INITIALS = re.compile(
    r"(?<![\w.-])(?:[A-ZÅÄÖ]\.\s?[A-ZÅÄÖ]\.?|[A-ZÅÄÖ]{2,3}|[A-ZÅÄÖ]-[A-ZÅÄÖ]|[A-ZÅÄÖ]\.)(?![\w-])"
)


def _initials(text: str) -> Iterator[Finding]:
    for m in _INITIALS.finditer(text):
        tok = m.group(0)
        if tok.replace(".", "").replace(" ", "") in _ABBREVIATIONS:
            continue
        before = text[max(0, m.start() - 25) : m.start()].lower().split()
        after = text[m.end() : m.end() + 20].lower().split()
        prev = before[-1].strip(",:") if before else ""
        nxt = after[0].strip(",.:") if after else ""
        if prev in ROLE_WORDS or prev in NAMING or prev == "enligt" or nxt in SAYING:
            yield Finding("PERSON", m.start(), m.end(), tok, 0.65, "initials")


def _particles(text: str) -> Iterator[Finding]:
    for m in _PARTICLE.finditer(text):
        if _NOT_ARABIC_NAMES.search(m.group(0)):
            continue
        yield Finding("PERSON", m.start(), m.end(), m.group(0), 0.75, "particles")


def _chinese(text: str, lex: Lexicon) -> Iterator[Finding]:
    for m in _PAIR.finditer(text):
        sur, given = m.group(1), m.group(2)
        if sur.lower() not in _CHINESE_SURNAMES or not _PINYIN.match(given.lower()):
            continue
        if lex.is_word(given.lower()) and given.lower() not in lex.first:
            continue
        yield Finding("PERSON", m.start(), m.end(), m.group(0), 0.7, "chinese")


# A nickname in brackets inside a full name: "Mohammed (Mo) Ali".
_BRACKET_NICK = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+ \([A-ZÅÄÖ][a-zåäöé]{1,15}\) [A-ZÅÄÖ][a-zåäöé]+\b")
# A signature: "/Kicki", "Mvh Sara", "Hälsningar Ingrid" at the end of a message.
_SIGNATURE = re.compile(
    r"(?:(?<![\w/])/{1,2} ?|\b(?:[Mm]vh|MVH|[Hh]älsningar|[Hh]älsning|[Hh]älsn)[,.]?\s+)"
    r"(?P<n>[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+)?)\b"
)


def _signatures(text: str) -> Iterator[Finding]:
    for m in _BRACKET_NICK.finditer(text):
        yield Finding("PERSON", m.start(), m.end(), m.group(0), 0.75, "context")
    if "/" in text or "vh" in text or "älsn" in text:
        for m in _SIGNATURE.finditer(text):
            s, e = m.span("n")
            yield Finding("PERSON", s, e, m.group("n"), 0.7, "signature")


def find(text: str, *, lex: Lexicon | None = None) -> list[Finding]:
    lex = lex or load()
    out: list[Finding] = []
    words = list(_WORD.finditer(text))
    lows = [m.group(0).lower().rstrip(".") for m in words]
    out.extend(_after_cue(text, words, lows, lex))
    out.extend(_before_saying(text, words, lows, lex))
    if _ANY_QUOTE.search(text):
        out.extend(_quoted(text, lex))
    out.extend(_initials(text))
    if "-" in text or "bu " in text or "bn " in text or "in " in text or "nt " in text or "mm " in text:
        out.extend(_particles(text))
    out.extend(_chinese(text, lex))
    if "(" in text or "/" in text or "vh" in text or "älsn" in text:
        out.extend(_signatures(text))
    return out
