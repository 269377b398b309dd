"""Train the person-name tagger of ``varna/deid/tagger.py`` and write ``tagger_model.json.gz``.

Reproducible: fixed seed, sorted inputs, no downloads. The corpus is the *train* split of
klintan/swedish-ner-corpus (CC BY 4.0), commit 87950716635b2bc6971717e6c0656c902a3831e2
("Webbnyheter 2012" from Språkbanken, tags PER/ORG/LOC/MISC/0, one token a line, sentences
separated by blank lines). A development split is carved from it; its test split is never read
here except by ``--news-test``, which only converts it to the evaluation format.

    git --git-dir=<mirror> show 8795071:train_corpus.txt > /tmp/train_corpus.txt
    .venv/bin/python varna/deid/data/build_tagger.py /tmp/train_corpus.txt

Name lists come from ``lexicon.txt.gz`` (built by ``build_data.py``); the model must be rebuilt
when that file changes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import sys
import unicodedata
from array import array
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from varna.deid import lexicon  # noqa: E402
from varna.deid import tagger as T  # noqa: E402

SOURCE = "klintan/swedish-ner-corpus@87950716635b2bc6971717e6c0656c902a3831e2"
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
MAP = {"PER": "P", "LOC": "X", "ORG": "X", "MISC": "X", "0": "O", "O": "O"}

Sentence = tuple[list[str], list[int]]  # tokens, tag ids


def read_corpus(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, label) as written in the corpus."""
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        tok, _, lab = line.rpartition("\t") if "\t" in line else line.rpartition(" ")
        cur.append((tok.strip(), lab.strip()))
    if cur:
        sents.append(cur)
    return sents


def to_tags(sent: list[tuple[str, str]]) -> Sentence:
    """Clean tokens the way the engine normalises text, and turn PER runs into B/I."""
    toks, tags = [], []
    prev = "O"
    for tok, lab in sent:
        tok = unicodedata.normalize("NFKC", tok).translate(INVISIBLE) or "-"
        kind = MAP.get(lab, "X")
        if kind == "P":
            tags.append(T.INSIDE if prev == "P" else T.BEGIN)
        else:
            tags.append(T.OTHER if kind == "X" else T.OUT)
        toks.append(tok)
        prev = kind
    return toks, tags


def news_jsonl(sents: list[list[tuple[str, str]]]) -> list[dict]:
    """Evaluation lines: tokens joined by single spaces, each PER run one PERSON entity."""
    out = []
    for n, sent in enumerate(sents, 1):
        text, ents, start = "", [], None
        for i, (tok, lab) in enumerate(sent):
            if i:
                text += " "
            if lab == "PER" and start is None:
                start = len(text)
            text += tok
            nxt = sent[i + 1][1] if i + 1 < len(sent) else ""
            if start is not None and nxt != "PER":
                ents.append({"start": start, "end": len(text), "label": "PERSON"})
                ents[-1]["text"] = text[start : len(text)]
                start = None
        out.append({"id": f"news{n:04d}", "text": text, "entities": ents})
    return out


def nameness_table(lex: lexicon.Lexicon) -> dict[str, float]:
    """Letter-trigram log-odds of the name lists against the dictionary's word stems."""
    known = lex.first | lex.last
    names = sorted(w for w in known if w.isalpha() and w not in lex.namecommon)
    words = sorted(w for w in lex.stems if w.isalpha() and w not in known)
    counts: list[dict[str, int]] = []
    for group in (names, words):
        c: dict[str, int] = {}
        for w in group:
            p = f"^{w}$"
            for i in range(len(p) - 2):
                c[p[i : i + 3]] = c.get(p[i : i + 3], 0) + 1
        counts.append(c)
    grams = sorted(set(counts[0]) | set(counts[1]))
    tot = [sum(c.values()) + 0.5 * len(grams) for c in counts]
    table = {}
    for g in grams:
        lo = math.log((counts[0].get(g, 0) + 0.5) / tot[0]) - math.log((counts[1].get(g, 0) + 0.5) / tot[1])
        if abs(lo) >= 0.25:
            table[g] = round(lo, 2)
    return table


class Names:
    """Name pools for augmentation, from the project's lists (sorted: stable under a seed)."""

    def __init__(self, lex: lexicon.Lexicon) -> None:
        data = Path(__file__).resolve().parent
        extra = set()
        for line in (data / "names_extra.txt").read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                extra.update(line.split())
        bad = lex.stop | lex.place
        ok = lambda w: w.isalpha() and len(w) > 1 and w not in bad  # noqa: E731
        self.first = sorted(w for w in lex.first if ok(w) and w not in lex.namecommon)
        self.local = sorted(w for w in (lex.svfirst | lex.strong | extra) if ok(w))
        # First names that are also Swedish words (Sten, Viola, Dag): context must decide.
        self.wordlike = sorted(w for w in lex.svfirst & lex.namecommon if ok(w))
        self.last = sorted(w for w in lex.last if ok(w) and w not in lex.namecommon)
        self.words = sorted(w for w in lex.stems if w.isalpha() and 3 < len(w) < 9)

    def first_name(self, rng: random.Random, wordlike: bool = True) -> str:
        r = rng.random()
        if not wordlike:
            r = 0.2 + 0.8 * r
        pool = self.wordlike if r < 0.2 else self.local if r < 0.65 else self.first
        return rng.choice(pool).capitalize()

    def surname(self, rng: random.Random) -> str:
        return rng.choice(self.last).capitalize()


def replace_names(sent: Sentence, names: Names, rng: random.Random, wordlike: bool = True) -> Sentence:
    toks, tags = list(sent[0]), sent[1]
    for i, t in enumerate(tags):
        if t == T.BEGIN:
            single = i + 1 >= len(tags) or tags[i + 1] != T.INSIDE
            if single and rng.random() < 0.4:
                toks[i] = names.surname(rng)
            else:
                toks[i] = names.first_name(rng, wordlike)
        elif t == T.INSIDE:
            toks[i] = names.surname(rng)
        if t in (T.BEGIN, T.INSIDE) and sent[0][i].lower().endswith("s") and rng.random() < 0.5:
            toks[i] += "s"  # genitives stay genitives in the copy (roughly)
    return toks, list(tags)


# Report-style sentences, written for this project: role and kin words, reporting verbs,
# nicknames in quotes, initials, lower-case names, and capitalised words that are not people.
# {F} first name, {L} surname, {f} lower-case first name, {I} initials; the rest is O.
TEMPLATES = """
Kuratorn {F} {L} har haft samtal med eleven .
Enligt mentorn {F} har pojken varit borta i tre veckor .
Läraren {F} {L} kontaktade socialtjänsten efter lektionen .
Pappan {F} vill inte att skolan kontaktar polisen .
Hans storebror {F} har delat filmer i en chattgrupp .
Eleven säger att hon heter {F} och går i åttan .
Han kallas {F} av kompisarna i klassen .
Killen som kallas " {F} " syns ofta vid centrum .
Hon skrev till {F} att hon ville träffas .
{F} sa att hon var rädd för sin kusin .
Rektorn {F} {L} och skolsköterskan {F} deltog i mötet .
Mamman {F} {L} ringde till enheten på måndagen .
Vi har pratat med {F} och hans mamma .
{F} {L} , 15 år , har uttryckt stöd för våldsbejakande grupper .
Fältassistenterna träffade {F} och {F} i parken .
Uppgiftslämnaren är {F} {L} på fritidsgården .
{I} har enligt uppgift visat bilder på vapen .
Eleven {I} uppger att hen blivit hotad av {F} .
det var {f} som skickade länken till gruppen .
jag pratade med {f} i går om det som hände .
Socialsekreteraren {F} {L} följer upp ärendet .
Lillasyster {F} har berättat om hemmet .
Pojkvännen {F} {L} har tidigare dömts för misshandel .
Han har kontakt med en man som kallar sig » {F} « på nätet .
Handläggaren har talat med {F} {L} och hennes morbror {F} .
Enligt {F} ska mötet äga rum på lördag .
{F} och {F} {L} har setts tillsammans vid skolan .
Skolan har kallat till möte med {F} {L} .
Kompisen {F} var med när det hände .
Grannen {F} {L} hörde skrik från lägenheten .
Mötet hölls på Stadsbiblioteket med representanter från polisen och skolan .
Socialtjänsten i Järva har tagit emot en orosanmälan från skolan .
Polisen och Fryshuset samverkar kring ungdomar i riskzonen .
Eleven går i klass 8B på Enskedeskolan .
Familjen bor nära Torget och handlar på Coop .
Eleverna läste Röda rummet under våren .
Samverkan sker inom ramen för SSPF och Trygg i Stockholm .
Gruppen träffas på Fritidsgården varje onsdag .
Anmälan gäller en elev på gymnasiet och har skickats till Säkerhetspolisen .
Filmen spreds via Telegram och Discord under helgen .
Han kallas {N} och brukar hänga vid tunnelbanan .
Gruppen leds av en man som kallas {N} .
I chatten skriver hon under namnet ' {N} ' .
De andra kallar honom » {N} « sedan i höstas .
Enligt eleven heter mannen {A} och bor i Rinkeby .
{A} har delat propaganda i flera grupper .
Brodern {A} har rest utomlands .
Vi har fått uppgifter om att {F} {L} och {A} träffas varje fredag .
Samtalet med {I} och hans pappa hölls på skolan .
Fritidsledaren {F} {L} säger att {f} {l} ofta är ensam .
Imamen {F} {L} har kontaktat förvaltningen .
Socialsekreterare {F} {L} handlägger ärendet sedan i maj .
Flickan , {F} , är 14 år och går i sjuan .
Enligt uppgift har {F} och hennes syster {F} slutat komma till skolan .
Han har skickat pengar till {L} , som han känner från Göteborg .
Familjen bor på {F} {L}s väg 12 i Farsta .
Mötet hölls i {F} kyrka efter gudstjänsten .
Eleverna gick till {F} {L}s plats för att demonstrera .
Skolan ligger vid {L}s torg nära centrum .
Han bar en jacka från Alpha Industries och körde en Audi A4 .
""".strip().splitlines()


def from_template(line: str, names: Names, rng: random.Random) -> Sentence:
    toks, tags = [], []
    words = line.split()
    for i, part in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        # A name in a street, square or church name is part of a place, not a person.
        in_place = nxt in PLACE_WORDS or (
            nxt.startswith("{") and " ".join(words[i + 2 : i + 3]) in PLACE_WORDS
        )
        in_place = in_place or (part == "{L}s" and nxt in PLACE_WORDS)
        if part in ("{F}", "{f}"):
            name = names.first_name(rng, part == "{F}")
            toks.append(name.lower() if part == "{f}" else name)
            tags.append(T.BEGIN)
        elif part in ("{L}", "{l}", "{L}s"):
            name = names.surname(rng) + ("s" if part == "{L}s" else "")
            toks.append(name.lower() if part == "{l}" else name)
            tags.append(T.INSIDE if tags and tags[-1] in (T.BEGIN, T.INSIDE) else T.BEGIN)
        elif part == "{I}":
            a, b = names.first_name(rng)[0], names.surname(rng)[0]
            toks.append(rng.choice([a + b, a + "-" + b, a]))
            tags.append(T.BEGIN)
        elif part == "{N}":
            # Nicknames: often an ordinary word or a first name, written as a name.
            word = rng.choice(names.words if rng.random() < 0.6 else names.wordlike)
            toks.append(word.capitalize())
            tags.append(T.BEGIN)
        elif part == "{A}":
            parts = rng.choice(
                [
                    ["Abu", names.first_name(rng)],
                    [names.first_name(rng), "bin", names.first_name(rng)],
                    [names.first_name(rng), "al-" + names.surname(rng)],
                    [names.first_name(rng), "ibn", names.first_name(rng)],
                ]
            )
            toks += parts
            tags += [T.BEGIN] + [T.INSIDE] * (len(parts) - 1)
        else:
            toks.append(part)
            tags.append(T.OTHER if part[:1].isupper() and i else T.OUT)
        if in_place and part.startswith("{"):
            tags[-1] = T.OTHER
    return toks, tags


PLACE_WORDS = frozenset({"väg", "gata", "plats", "torg", "park", "kyrka", "skola", "gränd"})


def augment(
    train: list[Sentence], names: Names, rng: random.Random, reps: int, copies: int = 1
) -> list[Sentence]:
    out = list(train)
    for sent in train:
        has_name = T.BEGIN in sent[1]
        if has_name:
            for _ in range(copies):
                out.append(replace_names(sent, names, rng))
        r = rng.random()
        if r < 0.08:
            out.append(([t.lower() for t in sent[0]], list(sent[1])))
        elif has_name and r < 0.2:
            # Lower-case names, but not those that are also words: "sten" stays a stone.
            toks, tags = replace_names(sent, names, rng, wordlike=False)
            toks = [t.lower() if g in (T.BEGIN, T.INSIDE) else t for t, g in zip(toks, tags, strict=True)]
            out.append((toks, tags))
    for _ in range(reps):
        for line in TEMPLATES:
            out.append(from_template(line, names, rng))
    rng.shuffle(out)
    return out


class Trainer:
    """Averaged structured perceptron; features are interned to integer ids."""

    def __init__(self, gaz: T.Gazetteer) -> None:
        self.gaz = gaz
        self.ids: dict[str, int] = {}
        self.cache: dict = {}

    def encode(self, sent: Sentence, grow: bool) -> list[array]:
        toks = sent[0]
        gaps = [" "] * len(toks)
        out = []
        for fs in T.token_features(toks, gaps, self.gaz, self.cache):
            row = array("i")
            for f in fs:
                k = self.ids.get(f)
                if k is None and grow:
                    k = self.ids[f] = len(self.ids)
                if k is not None:
                    row.append(k)
            out.append(row)
        return out

    def train(self, data, dev, epochs: int, rng: random.Random):
        enc = [(self.encode(s, True), s[1]) for s in data]
        dev_enc = [(self.encode(s, False), s[1]) for s in dev]
        nf = len(self.ids)
        W = [array("d", bytes(8 * nf)) for _ in range(T.NTAGS)]
        U = [array("d", bytes(8 * nf)) for _ in range(T.NTAGS)]
        tr = [[0.0] * T.NTAGS for _ in range(T.NTAGS)]
        trU = [[0.0] * T.NTAGS for _ in range(T.NTAGS)]
        st, stU = [0.0] * T.NTAGS, [0.0] * T.NTAGS
        c = 1
        best = None
        order = list(range(len(enc)))
        for epoch in range(1, epochs + 1):
            rng.shuffle(order)
            for idx in order:
                feats, gold = enc[idx]
                em = [[sum(map(W[k].__getitem__, row)) for k in range(T.NTAGS)] for row in feats]
                tr2, st2 = [list(r) for r in tr], list(st)
                T.allowed_transitions(tr2, st2)
                pred, _ = T.viterbi(em, tr2, st2)
                if pred != gold:
                    for i, (g, p) in enumerate(zip(gold, pred, strict=True)):
                        if g != p:
                            for f in feats[i]:
                                W[g][f] += 1
                                U[g][f] += c
                                W[p][f] -= 1
                                U[p][f] -= c
                        gp = gold[i - 1] if i else None
                        pp = pred[i - 1] if i else None
                        if (gp, g) != (pp, p):
                            if i:
                                tr[gp][g] += 1
                                trU[gp][g] += c
                                tr[pp][p] -= 1
                                trU[pp][p] -= c
                            else:
                                st[g] += 1
                                stU[g] += c
                                st[p] -= 1
                                stU[p] -= c
                c += 1
            avg = (
                [array("d", (w - u / c for w, u in zip(W[k], U[k], strict=True))) for k in range(4)],
                [[w - u / c for w, u in zip(a, b, strict=True)] for a, b in zip(tr, trU, strict=True)],
                [w - u / c for w, u in zip(st, stU, strict=True)],
            )
            if not dev_enc:
                best = ((0.0, 0.0, 0.0), epoch, avg)
                continue
            score = evaluate(avg, emissions(avg, dev_enc))
            print(f"epoch {epoch}: dev PERSON P={score[0]:.3f} R={score[1]:.3f} F1={score[2]:.3f}")
            if best is None or score[2] > best[0][2]:
                best = (score, epoch, avg)
        return best


def spans(tags: list[int]) -> set[tuple[int, int]]:
    out, i = set(), 0
    while i < len(tags):
        if tags[i] == T.BEGIN:
            j = i + 1
            while j < len(tags) and tags[j] == T.INSIDE:
                j += 1
            out.add((i, j))
            i = j
        else:
            i += 1
    return out


def emissions(model, dev_enc) -> list[tuple[list[list[float]], list[int]]]:
    W = model[0]
    return [
        ([[sum(map(W[k].__getitem__, row)) for k in range(T.NTAGS)] for row in feats], gold)
        for feats, gold in dev_enc
    ]


def decode(model, em, bias: float = 0.0):
    _, tr, st = model
    if bias:
        em = [[e[0], e[1] + bias, e[2] + bias, e[3]] for e in em]
    tr2, st2 = [list(r) for r in tr], list(st)
    T.allowed_transitions(tr2, st2)
    return T.viterbi(em, tr2, st2)


def evaluate(model, dev_em, bias: float = 0.0) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for em, gold in dev_em:
        pred, _ = decode(model, em, bias)
        g, p = spans(gold), spans(pred)
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def choose_bias(model, dev_em, min_precision: float) -> float:
    """The shift of PERSON scores with the best dev recall that keeps ``min_precision``.

    A missed name leaks, a false one only hides a word: the guard prefers recall.
    """
    best = (evaluate(model, dev_em)[1], 0.0)
    for b in range(1, 41):
        prec, rec, _ = evaluate(model, dev_em, float(b))
        print(f"bias {b}: dev PERSON P={prec:.3f} R={rec:.3f}")
        if prec < min_precision:
            break
        best = max(best, (rec, float(b)))
    return best[1]


def fit_temperature(model, dev_em, bias: float) -> float:
    """The scale that turns a PERSON margin into a calibrated token probability on dev."""
    pairs = []
    for em, gold in dev_em:
        _, margins = decode(model, em, bias)
        pairs += [(m, g in (T.BEGIN, T.INSIDE)) for m, g in zip(margins, gold, strict=True)]
    best = (math.inf, 1.0)
    for t in (0.25 * 1.4**k for k in range(25)):
        loss = 0.0
        for m, y in pairs:
            p = 1 / (1 + math.exp(-max(min(m / t, 50), -50)))
            p = min(max(p, 1e-9), 1 - 1e-9)
            loss -= math.log(p if y else 1 - p)
        best = min(best, (loss, t))
    return best[1]


def export(trainer: Trainer, model, threshold: float, scale: int) -> dict:
    W, tr, st = model
    names = sorted(trainer.ids, key=trainer.ids.get)
    slot = {name: i for i, (name, _) in enumerate(T.OFFSETS)}
    words: dict[str, list[int]] = {}
    other: dict[str, list[int]] = {}
    for f, k in zip(names, range(len(names)), strict=True):
        w = [W[t][k] for t in range(T.NTAGS)]
        if max(abs(x) for x in w) < threshold:
            continue
        w = [round(x * scale) for x in w]
        prefix = f[:1] if f[0] in "0L" else f[:2]
        if prefix == "L" or f[len(prefix) :] == "edge":
            other[f] = w
        else:
            # One vector per word feature: its weights at the five offsets, side by side.
            vec = words.setdefault(f[len(prefix) :], [0] * (len(T.OFFSETS) * T.NTAGS))
            vec[slot[prefix] * T.NTAGS : (slot[prefix] + 1) * T.NTAGS] = w
    return {
        "scale": scale,
        "words": words,
        "other": other,
        "trans": [[round(x * scale) for x in row] for row in tr],
        "start": [round(x * scale) for x in st],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, help="train_corpus.txt of klintan/swedish-ner-corpus")
    ap.add_argument("--out", type=Path, default=T.MODEL)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--limit", type=int, default=0, help="first N sentences only (smoke runs)")
    ap.add_argument("--templates", type=int, default=40, help="copies of the report templates")
    ap.add_argument("--copies", type=int, default=1, help="copies with other names")
    ap.add_argument("--min-precision", type=float, default=0.86, help="for the recall shift")
    ap.add_argument("--final", action=argparse.BooleanOptionalAction, default=True)
    ap.add_argument("--prune", type=float, default=0.05, help="drop features below this weight")
    ap.add_argument("--news-test", type=Path, help="convert this test_corpus.txt to JSONL, exit")
    ap.add_argument("--news-out", type=Path, default=ROOT / "bench/deid_data/news_test.jsonl")
    args = ap.parse_args(argv)

    if args.news_test:
        lines = news_jsonl(read_corpus(args.news_test))
        args.news_out.parent.mkdir(parents=True, exist_ok=True)
        with args.news_out.open("w", encoding="utf-8") as f:
            for obj in lines:
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")
        print(f"{len(lines)} texts, {sum(len(o['entities']) for o in lines)} PERSON")
        return 0

    rng = random.Random(args.seed)  # noqa: S311 (reproducible augmentation, not secrets)
    sents = [to_tags(s) for s in read_corpus(args.corpus)]
    if args.limit:
        sents = sents[: args.limit]
    rng.shuffle(sents)
    ndev = max(1, len(sents) // 5)
    dev, train = sents[:ndev], sents[ndev:]
    lex = lexicon.load()
    nameness = nameness_table(lex)
    data = augment(train, Names(lex), rng, args.templates, args.copies)
    print(f"{len(train)} train sentences ({len(data)} with augmentation), {len(dev)} dev")
    trainer = Trainer(T.Gazetteer(lex, nameness))
    score, epoch, model = trainer.train(data, dev, args.epochs, rng)
    dev_enc = [(trainer.encode(s, False), s[1]) for s in dev]
    dev_em = emissions(model, dev_enc)
    bias = choose_bias(model, dev_em, args.min_precision)
    temperature = fit_temperature(model, dev_em, bias)
    if args.final:
        # Hyperparameters chosen on dev; the shipped weights also learn from dev.
        print(f"final: all {len(sents)} sentences, {epoch} epochs")
        data = augment(sents, Names(lex), rng, args.templates, args.copies)
        trainer = Trainer(T.Gazetteer(lex, nameness))
        _, _, model = trainer.train(data, [], epoch, rng)
    out = export(trainer, model, args.prune, 100)
    out["temperature"] = round(temperature, 4)
    out["person_bias"] = bias
    out["nameness"] = nameness
    out["meta"] = {
        "source": SOURCE,
        "seed": args.seed,
        "epoch": epoch,
        "limit": args.limit,
        "dev_person": {"precision": round(score[0], 4), "recall": round(score[1], 4)},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(out, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    with args.out.open("wb") as f, gzip.GzipFile(filename="", fileobj=f, mode="wb", mtime=0) as gz:
        gz.write(raw.encode("utf-8"))
    print(f"epoch {epoch}, {len(out['words'])} word features, {args.out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
