"""Builds the compact word and name lists the de-identification engine reads at run time.

Run once, from the repository root, on a machine that has the Swedish Hunspell dictionary
(Debian: ``apt-get install hunspell-sv-se``) and Faker installed:

    .venv/bin/python varna/deid/data/build_data.py [--dic /usr/share/hunspell/sv_SE.dic]

It writes ``lexicon.txt.gz`` beside this file. The engine never needs Hunspell or Faker's
person providers at run time, so a fresh machine without apt packages works from the
committed file. Sources and licences: LICENSES.md.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Faker locales whose person names are written in Latin script: Swedish and Nordic
# neighbours, the languages of Sweden's largest immigrant groups where Faker has them
# (Finnish, Polish, Bosnian/Croatian/Serbian via hr/sl, Turkish, Arabic names as written in
# Latin script in Algeria, Pakistan, Nigeria's Hausa and Azerbaijan), and the languages of
# names common in news text.
LOCALES = (
    "sv_SE",
    "fi_FI",
    "da_DK",
    "no_NO",
    "is_IS",
    "de_DE",
    "de_AT",
    "de_CH",
    "nl_NL",
    "en_US",
    "en_GB",
    "en_IE",
    "en_PK",
    "en_KE",
    "en_NG",
    "ha_NG",
    "yo_NG",
    "ig_NG",
    "sw",
    "tr_TR",
    "az_AZ",
    "uz_UZ",
    "fr_DZ",
    "pl_PL",
    "hr_HR",
    "sl_SI",
    "cs_CZ",
    "sk_SK",
    "hu_HU",
    "ro_RO",
    "lt_LT",
    "lv_LV",
    "et_EE",
    "es_ES",
    "es_CL",
    "es_MX",
    "es_CO",
    "pt_BR",
    "pt_PT",
    "fr_FR",
    "it_IT",
    "id_ID",
    "ga_IE",
)
FIRST_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
LAST_ATTRS = ("last_names", "last_names_male", "last_names_female")
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ'’-]+$")


def _values(obj: object) -> list[str]:
    if isinstance(obj, dict):
        return list(obj)
    if isinstance(obj, (list, tuple)):
        return [v for v in obj if isinstance(v, str)]
    return []


def faker_names() -> tuple[set[str], set[str], set[str]]:
    """Returns (Swedish first names, all first names, all surnames), lowercased tokens."""
    sv_first: set[str] = set()
    first: set[str] = set()
    last: set[str] = set()
    for loc in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ImportError:
            continue
        minlen = 2 if loc == "sv_SE" else 3
        for attrs, target in ((FIRST_ATTRS, first), (LAST_ATTRS, last)):
            for attr in attrs:
                for name in _values(getattr(provider, attr, ())):
                    # Double names ("Anna-Karin", "Karl Johan") are matched token by token.
                    for tok in re.split(r"[\s-]+", name.strip()):
                        if len(tok) >= minlen and LATIN.match(tok):
                            target.add(tok.lower())
                            if loc == "sv_SE" and target is first:
                                sv_first.add(tok.lower())
    return sv_first, first, last


def read_list(name: str) -> set[str]:
    out: set[str] = set()
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        out.update(t.lower() for t in line.split())
    return out


def stopwords() -> set[str]:
    """Lower-case words never taken for a name alone: the project's list plus the English
    words of Faker's lorem provider (a lower-case English word in a report is not a name)."""
    words = read_list("stopwords.txt")
    lorem = importlib.import_module("faker.providers.lorem.en_US").Provider
    words.update(w.lower() for w in lorem.word_list)
    return words


def parse_aff(path: Path) -> dict[str, list[tuple[str, str, re.Pattern[str]]]]:
    rules: dict[str, list[tuple[str, str, re.Pattern[str]]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 5 and parts[0] == "SFX":
            flag, strip, add, cond = parts[1], parts[2], parts[3], parts[4]
            strip = "" if strip == "0" else strip
            add = "" if add == "0" else add.split("/", 1)[0]
            rules.setdefault(flag, []).append((strip, add, re.compile(f"(?:{cond})$")))
    return rules


def expand_dic(dic: Path, aff: Path) -> tuple[set[str], set[str], set[str], set[str]]:
    """Returns (common word forms, common stems, suffix rules as "add:strip", proper nouns),
    lowercased, from a Hunspell dictionary."""
    rules = parse_aff(aff)
    common: set[str] = set()
    stems: set[str] = set()
    suffixes = {f"{add}:{strip}" for rs in rules.values() for strip, add, _ in rs if add}
    proper: set[str] = set()
    for line in dic.read_text(encoding="utf-8").splitlines()[1:]:
        word, _, flags = line.partition("/")
        word = word.strip()
        if not word or not word[0].isalpha():
            continue
        forms = {word}
        for flag in flags:
            for strip, add, cond in rules.get(flag, ()):
                if cond.search(word) and word.endswith(strip):
                    forms.add(word[: len(word) - len(strip)] + add)
        if word[0].isupper():
            proper.update(f.lower() for f in forms if f)
        else:
            common.update(f.lower() for f in forms if f)
            stems.add(word.lower())
    return common, stems, suffixes, proper


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dic", default="/usr/share/hunspell/sv_SE.dic")
    a = ap.parse_args()
    dic = Path(a.dic)
    common, stems, suffixes, proper = expand_dic(dic, dic.with_suffix(".aff"))
    sv_first, first, last = faker_names()
    extra = read_list("names_extra.txt")
    first |= extra
    last |= read_list("surnames_extra.txt")
    # A proper noun in the dictionary that is not a known name is most likely a place,
    # an organisation or a brand: it is kept as a "not a person" hint. The project's own list
    # of places wins over foreign first-name lists, but not over Swedish first names.
    places = read_list("places_extra.txt") - sv_first
    # Surname lists from many countries include place names ("Stockholm"): a surname that is
    # also a proper noun of the Swedish dictionary stays in both lists and needs context.
    proper = {p for p in proper if p not in places}
    # The full set of inflected forms is too large to load quickly, so the engine gets the
    # stems and the suffix rules, plus the exact answer for every known name and place.
    sections = {
        "stems": stems,
        "suffixes": suffixes,
        "first": first,
        "last": last,
        "svfirst": sv_first,
        "strong": sv_first | extra,
        "place": places,
        "proper": proper,
        "stop": stopwords(),
        "namecommon": (first | last | places | proper) & common,
    }
    out = HERE / "lexicon.txt.gz"
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        for name, words in sections.items():
            f.write(f"#{name}\n")
            f.write("\n".join(sorted(words)))
            f.write("\n")
    print(out, {k: len(v) for k, v in sections.items()}, out.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
