"""Writes heldout.jsonl: the frozen held-out set for the de-identification engine (issue 18).

Every text is hand-written here with its personal data marked inline as ⟦LABEL|text⟧; the
markup is removed and the offsets are computed, never typed. Identity numbers are drawn from a
seeded generator so that every one is Luhn-valid, and the output is byte-for-byte reproducible:

    python bench/deid_data/make_heldout.py          # rewrites heldout.jsonl
    python bench/deid_data/make_heldout.py --stdout # prints it instead

The set was written without reading the engine (varna/deid) or the development texts. It is
frozen (see README.md): do not edit a text to make a figure better.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout.jsonl"
RNG = random.Random(20261203)

ZW = "\u200b"  # zero-width space
SHY = "\u00ad"  # soft hyphen
NB = "\u00a0"  # no-break space
WJ = "\u2060"  # word joiner

LABELS = {
    "P": "PERSON",
    "ID": "ID_NUMBER",
    "TEL": "PHONE",
    "MAIL": "EMAIL",
    "ADR": "ADDRESS",
    "REG": "PLATE",
    "H": "HANDLE",
    "BD": "BIRTHDATE",
}
MARK = re.compile(r"⟦([A-Z]+)\|(.*?)⟧", re.S)


def nfd(s: str) -> str:
    """Decomposed å/ä/ö/é, as some phones and PDF copies produce them."""
    return unicodedata.normalize("NFD", s)


def fw(s: str) -> str:
    """Full-width digits and @, as typed with an East Asian keyboard layout."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() or c == "@" else c for c in s)


def luhn(nine: str) -> int:
    total = 0
    for i, ch in enumerate(nine):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return (10 - total % 10) % 10


def pnr(date: str, shape: str = "short", *, coord: bool = False) -> str:
    """A checksum-valid personnummer (or samordningsnummer: day + 60) in one written shape."""
    y, m, d = date.split("-")
    day = f"{int(d) + (60 if coord else 0):02d}"
    serial = f"{RNG.randint(0, 999):03d}"
    six = f"{y[2:]}{m}{day}"
    last = serial + str(luhn(six + serial))
    ten = six + last
    shapes = {
        "short": f"{six}-{last}",
        "plus": f"{six}+{last}",
        "long": f"{y}{m}{day}{last}",
        "longdash": f"{y}{m}{day}-{last}",
        "bare": ten,
        "space": f"{six} {last}",
        "longspace": f"{y}{m}{day} {last}",
        "pairs": " ".join(ten[i : i + 2] for i in range(0, 10, 2)),
        "iso": f"{y}-{m}-{day}-{last}",
        "dots": f"{y[2:]}.{m}.{day}-{last}",
        "dots2": f"{six}.{last}",
        "slash": f"{y[2:]}/{m}/{day}-{last}",
        "slash2": f"{six}/{last}",
    }
    return shapes[shape]


def bad10(first: str = "") -> str:
    """Ten digits whose last one is NOT the Luhn check digit (an invoice or order number)."""
    nine = first + "".join(str(RNG.randint(0, 9)) for _ in range(9 - len(first)))
    return nine + str((luhn(nine) + RNG.randint(1, 9)) % 10)


def orgnr(first: str = "556") -> str:
    """An organisation number: Luhn-valid, but the 'month' is 20 or more, so never a person's."""
    nine = first + "".join(str(RNG.randint(0, 9)) for _ in range(9 - len(first)))
    ten = nine + str(luhn(nine))
    return f"{ten[:6]}-{ten[6:]}"


def parse(marked: str) -> tuple[str, list[dict]]:
    text, entities, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        text.append(before)
        length += len(before)
        label, value = LABELS[m.group(1)], m.group(2)
        entities.append({"start": length, "end": length + len(value), "label": label, "text": value})
        text.append(value)
        length += len(value)
        pos = m.end()
    text.append(marked[pos:])
    out = "".join(text)
    if "⟦" in out or "⟧" in out:
        raise ValueError(f"unbalanced markup in: {marked[:60]}")
    return out, entities


TEXTS: list[tuple[str, str]] = []


def add(cls: str, *texts: str) -> None:
    for t in texts:
        TEXTS.append((cls, t))


# --- names of many origins -------------------------------------------------------------------
add(
    "names-origin",
    "Eleven ⟦P|Abdirahman Yusuf Warsame⟧ i 8B har i flera veckor visat klipp från al-Shabaab på "
    'rasterna. Kompisen ⟦P|Hodan⟧ sa till mig att han "vill åka ner och hjälpa till". Har pratat '
    "med mentorn, vi tar det på EHT på torsdag.",
    "Anmälan gäller ⟦P|Abu Bakr al-Nuaimi⟧ (ca 19 år) som delat ut flygblad utanför biblioteket i "
    "Rinkeby. I lokalen presenterar han sig som ⟦P|Abu Yahya⟧ enligt ⟦P|Samira Haddad⟧ som jobbar i "
    "receptionen.",
    "⟦P|Khalid bin Saeed⟧ och hans kusin ⟦P|Tariq bin Faisal al-Harbi⟧ har enligt fritidsledarna "
    'försökt värva yngre killar till en "studiecirkel" i en källarlokal. Killarna som blivit '
    "tillfrågade är 13-14 år.",
    "Ringde från fritids. ⟦P|Aino Heikkilä⟧ (åk 9) berättar att storebror ⟦P|Juha-Pekka⟧ börjat gå "
    "på möten med Nordfront. Hon vill inte att ⟦P|Juha-Pekkas⟧ kompisar får veta att hon pratat med oss.",
    "Mamman ⟦P|Faadumo Cabdi Xasan⟧ kom till öppna förskolan och berättade att äldsta sonen "
    "⟦P|Mukhtaar⟧ inte varit hemma på tre nätter. Hon tror att han bor hos ⟦P|Ilyaas Guuleed⟧ som "
    '"pratar om jihad hela tiden".',
    "Till socialtjänsten: ⟦P|Dariush Rahimi⟧, 16 år, har skickat hotfulla meddelanden till en av "
    "våra lärare, ⟦P|Shirin Mohammadzadeh⟧. Skärmdumpar finns hos rektor.",
    "⟦P|Rojda Berwari⟧ och ⟦P|Hêvîn Dosky⟧ i SFI-gruppen har fått hot i en chatt efter att de lagt "
    "upp en bild från en demonstration. Den som skrev var enligt dem ⟦P|Serkan⟧ från parallellklassen.",
    "I korridoren visade ⟦P|Emre Yıldırım⟧ vargtecknet mot ⟦P|Baran Aydın⟧ och skrek att kurder "
    'ska "tillbaka till bergen". Flera elever filmade. Ingen skadad men ⟦P|Baran⟧ var väldigt ledsen.',
    "Under bildlektionen ritade ⟦P|Adnan Hadžić⟧ en symbol på bänken som jag inte kände igen. "
    '⟦P|Mirza Begović⟧ sa att det var "något från kriget" och skrattade.',
    "⟦P|Nemanja Stojanović⟧ har bytt profilbild till en bild på en man i uniform med texten "
    '"Nož, žica, Srebrenica". Flera bosniska elever har reagerat. Vi behöver råd om hur vi ska hantera det.',
    "Samtal med ⟦P|Katarzyna Wiśniewska⟧, mamma till ⟦P|Bartosz⟧ i 7A. Hon har hittat "
    "hakkorsflaggor och en machete under sängen. Pappan ⟦P|Grzegorz Wiśniewski⟧ vet inte om det än.",
    "⟦P|Oleksandr Bondarenko⟧ (ukrainsk elev, kom 2022) blir kallad nazist av ⟦P|Dmitrij Volkov⟧ och "
    "två till. Det har gått över i knuffar vid skåpen. ⟦P|Oleksandr⟧ vill inte gå till skolan.",
    "Föräldramöte: ⟦P|Jekaterina Smirnova⟧ säger att hennes son ⟦P|Artjom⟧ tittar på videor från "
    'Wagner-gruppen varje kväll och pratar om att "bli soldat".',
    "eleven ⟦P|Liu Yuhan⟧ har flera gånger blivit kallad smittbärare av ⟦P|Sebastian Holmqvist⟧ och "
    "hans gäng. idag tog de hennes mobil och la upp en bild med en nedsättande text.",
    "Anmälan från bibliotekarie. ⟦P|Chen Jiahao⟧ och ⟦P|Huang Mei⟧ (båda ca 17) har upprepade gånger "
    'skrivit ut material från en sajt som förnekar förintelsen. De säger att det är "för ett skolarbete".',
    "⟦P|Nguyễn Thị Hoa⟧ som driver nagelsalongen vid torget har fått en lapp i dörren med texten "
    '"Sverige åt svenskarna". Hennes systerson ⟦P|Trần Minh Khoa⟧ tog en bild och visade mig.',
    "⟦P|Yonas Tesfamariam⟧ och ⟦P|Senait Gebremedhin⟧ har fått stenar kastade mot fönstret. Grannen "
    "⟦P|Tekle⟧ har sett samma grupp killar flera kvällar i rad.",
    "⟦P|Alejandro Gutiérrez Morales⟧, utbytesstudent, har blivit filmad när han blev kallad "
    '"blatte" på bussen. Filmen sprids på skolan. Vi har pratat med ⟦P|Alejandros⟧ värdfamilj.',
    "⟦P|Liam O'Connor⟧? nej förlåt, det var ⟦P|Declan Fitzgerald⟧ i 9D som delade memes om "
    '"the great replacement" i klassens gruppchatt.',
    "Hej! Vill tipsa om att ⟦P|Maja Lindqvist⟧ och ⟦P|Ebba Sandström⟧ har skapat ett konto som "
    "hänger ut muslimska tjejer på skolan. Jag vet inte vad jag ska göra, det är min kompis.",
    "Pappan ⟦P|Mustafa Al-Jaberi⟧ ringde upprörd. Sonen ⟦P|Hussein⟧ har blivit kontaktad via "
    'Telegram av någon som erbjuder pengar för att "hämta ett paket". Han vill träffa kurator.',
    "⟦P|Ahmad Shah Noori⟧ (afghansk, 17) har berättat för sin gode man ⟦P|Gunilla Berglöf⟧ att han "
    "blivit hotad av landsmän för att han slutat be.",
    'Elevhälsan: ⟦P|Mehmet Ali Kaya⟧ har skrivit i en uppsats att "förrädare ska straffas" och '
    "nämner sin kusin ⟦P|Burak⟧ som förebild. Uppsatsen sparad hos mentor.",
    "⟦P|Fatima Zahra Benali⟧ kom in på fritidsgården gråtande. Hennes ex ⟦P|Yassine El Idrissi⟧ har "
    "hotat att sprida bilder om hon inte börjar bära slöja.",
    "Oro för ⟦P|Leon Björklund⟧ 15 år. Han har börjat gå med ⟦P|Viktor Ekdahl⟧ som är känd hos "
    "polisen för kopplingar till Aktivklubb. ⟦P|Leon⟧ har rakat huvudet och har ny jacka med symboler.",
    "⟦P|Amina Osman Jama⟧ säger att brodern ⟦P|Abdiwali⟧ har fått en ny vän, ⟦P|Abu Musab⟧, som "
    "hämtar honom med bil efter fredagsbönen. Hon vet inte vad han egentligen heter.",
    "Kollegan ⟦P|Pirjo Mäkinen⟧ berättade att hennes elev ⟦P|Tapio Laaksonen⟧ har en ljudfil med "
    "ett uppläst terroristmanifest på mobilen och spelar den för yngre elever.",
    "⟦P|Reza Tavakoli⟧ och ⟦P|Parisa⟧ (syskon) har fått hotbrev hemskickade efter att deras pappa "
    "uttalat sig om regimen i Iran i en lokaltidning.",
    "⟦P|Zeynep Demirtaş⟧ i åk 2 på gymnasiet berättar att någon kallad ⟦P|Kemal⟧ från en förening "
    'ringt hennes pappa och sagt att familjen "ska hålla sig borta från politiken".',
    "⟦P|Tomasz Kowalczyk⟧ har klistrat upp dekaler från Nordiska motståndsrörelsen på "
    "pendeltågsstationen. Hans flickvän ⟦P|Weronika⟧ var med och filmade.",
    "⟦P|Ivana Petrović⟧ berättade under lektionen att hennes farbror ⟦P|Dragan Petrović⟧ har "
    'vapen hemma och pratar om att "rensa". Hon var rädd att säga det.',
    "Anmälan rör ⟦P|Sergej Kuznetsov⟧, förälder på förskolan, som vid hämtning sagt till personalen "
    '⟦P|Hanna Öberg⟧ att "snart kommer det att bli annorlunda här". ⟦P|Hanna⟧ upplevde det som ett hot.',
    "Elev ⟦P|Pham Quoc Bao⟧ har blivit slagen på väg hem. De som slog honom ropade kinesiska "
    "skällsord trots att han är från Vietnam. Mamman ⟦P|Lê Thị Thu⟧ har polisanmält.",
    "⟦P|Samuel Kidane⟧ och ⟦P|Ruth Haile⟧ från Eritrea har fått hot efter en konflikt mellan "
    "grupper på festivalen i somras. Någon som kallas ⟦P|Wedi Asmara⟧ har hotat i chatten.",
    "⟦P|Valentina Rojas⟧ säger att hennes bror ⟦P|Matías Rojas Herrera⟧ sitter med vänsterextrema "
    'grupper på Discord och pratar om att "slå tillbaka" mot SD-möten.',
    'Från kuratorn: ⟦P|Jayden Clarke⟧ har skrivit en lista med namn på lärare han "inte gillar". '
    "Överst står ⟦P|Marianne Sjögren⟧. Han säger att det är ett skämt.",
)


# --- first names that are Swedish words ------------------------------------------------------
add(
    "names-wordlike",
    '⟦P|Sten⟧ i 9A har börjat prata om att "Sverige håller på att dö". Han lyssnar på en podd som '
    "heter Det fria Sverige och citerar den på lektionerna.",
    "⟦P|Viola⟧ och jag pratade efter lektionen. Jag menar eleven ⟦P|Viola Strand⟧, inte blomman haha. "
    'Hon berättade att hennes pojkvän har en bunker i skogen med "förråd".',
    '⟦P|Siv Rask⟧, dagbarnvårdare, har fått ett anonymt brev om att hon "ska få betala" för att '
    "hon tar emot barn från asylboendet.",
    "⟦P|Ros⟧ (hon heter så, ⟦P|Ros Hedlund⟧) kom till fritidsgården med en kompis som visade en kniv "
    'och sa att den var till "förrädarna".',
    "Dag 3 av lägret: ⟦P|Dag⟧ från gruppen i Bergsjön sa till ledarna att han inte vill vara med på "
    'diskussionen om demokrati för att "demokrati är för svaga".',
    '⟦P|Tove⟧ och ⟦P|Björn⟧ i 8C har tillsammans gjort ett skolarbete om ett "raskrig" som de menar '
    "kommer. Läraren blev orolig över källorna de använt.",
    "Sol skiner in i klassrummet och ⟦P|Sol Lindberg⟧ sitter längst bak och ritar sig-runor i marginalen. "
    "Det har pågått sedan jullovet.",
    "Hej, jag är lärare. Min elev ⟦P|Malva⟧ har blivit hotad av sin äldre bror ⟦P|Ask⟧ som säger att "
    'hon är en "förrädare mot rasen" för att hon har en pojkvän från Syrien.',
    "⟦P|Lo Engström⟧ har skickat bilder på sig själv med en luftpistol i gruppchatten och skrivit "
    '"snart". Kompisarna har skärmdumpat.',
    "⟦P|Iris⟧ och ⟦P|Vide⟧ (tvillingar, 13) berättar att deras pappa tar med dem på möten där vuxna "
    'pratar om att "ta tillbaka landet".',
    "Kollegan ⟦P|Stig⟧ på verkstaden säger att en elev, ⟦P|Bo Ekman⟧, har visat honom hur man gör "
    "en rörbomb på Youtube.",
    '⟦P|Saga⟧ i 6B har berättat en saga på svenskalektionen om en hjälte som "dödar alla muslimer". '
    "Klasskamraterna skrattade. Jag tror hon har fått det hemifrån.",
    "⟦P|Vilja Nord⟧ säger att hon inte har någon vilja att gå till skolan längre eftersom ⟦P|Tuva⟧ "
    'och hennes kompisar kallar henne "zigenare" varje dag.',
    "⟦P|Klara⟧ klarar inte av att vara i samma rum som ⟦P|Bror⟧ (ja, han heter så) efter att han "
    'hotat att "skjuta henne som i Christchurch".',
    "Varg i sikte?? ⟦P|Varg Ljungberg⟧ har tatuerat en varg och en totenkopf på armen och säger att "
    'han gått med i en "brödraskapsgrupp".',
    "Eleven ⟦P|Örn⟧ (ovanligt namn, mamman är konstnär) har sagt till ⟦P|Björk Falk⟧ att han ska "
    '"spränga skolan" om han inte får godkänt.',
    "⟦P|Lilja⟧ har blivit fotograferad i omklädningsrummet av ⟦P|Liv Sjöberg⟧. Bilderna har spridits "
    'i en grupp som heter "vita systrar".',
    "Tisdag: ⟦P|Alm⟧ (efternamn, eleven heter ⟦P|Kasper Alm⟧) har varit borta i två veckor. Enligt "
    "kompisar sitter han hemma och spelar spel där man skjuter på moskéer.",
    'Rektorn fick ett mejl från en förälder, ⟦P|Sixten Blom⟧, där det står att "ni kommer få se vad '
    'som händer" om skolan inte slutar med modersmålsundervisning.',
    "⟦P|Frost⟧? Ja, han kallar sig ⟦P|Frost⟧ men heter ⟦P|Albin Frost⟧. Han sitter i en chatt med "
    "accelerationister. Jag har sparat skärmdumpar.",
    '⟦P|Storm Hägg⟧ har på rasten sagt att han "ska göra en storm" på fredag och att ingen ska '
    "komma till skolan. Vi har tagit det på allvar och kontaktat polisen.",
    'Elev ⟦P|Vega Dahl⟧ berättar att ⟦P|Svea⟧ i 9B delar klistermärken med texten "Vi är '
    'överallt" och en runa. ⟦P|Svea⟧ har ett stort nätverk på Instagram.',
    '⟦P|Linn Kvist⟧ har hört ⟦P|Rut⟧ (anställd i köket) prata om att invandrare ska "sorteras ut". '
    "⟦P|Rut⟧ ska ha sagt det till flera elever.",
    "Jag vill anmäla oro för ⟦P|Märta Fors⟧, 14. Hon har fått en ny kompis på nätet, ⟦P|Glad⟧ (han "
    "kallar sig så), som skickar henne hatpropaganda.",
    "⟦P|Hedda Frisk⟧ och ⟦P|Stark⟧ (⟦P|Elias Stark⟧) har ritat en galge med en bild på en lärare. "
    "Teckningen hittades i ett klassrum på måndagsmorgonen.",
    "⟦P|Maj⟧ i maj?? nej — jag menar att ⟦P|Maj Lundin⟧ ska ha slutat i maj och sedan dess umgås med "
    "en grupp som kallar sig Aktivklubb.",
)

# --- names after a title, role or kin word ---------------------------------------------------
add(
    "names-title",
    "Kuratorn ⟦P|Agnes Wallin⟧ och rektorn ⟦P|Peter Hammar⟧ har träffat familjen. Pappan ⟦P|Jonny "
    "Tallqvist⟧ förnekar att sonen har kontakt med gruppen.",
    "Mentorn ⟦P|Åsa Melin⟧ tog emot uppgiften om att eleven hotat att ta med ett vapen. Vi har "
    "kontaktat polisens kontaktperson.",
    "storebror ⟦P|Nabil⟧ hämtar ⟦P|Rania⟧ varje dag och säger till henne att hon inte får prata med "
    "killar. ⟦P|Rania⟧ har sagt till läraren ⟦P|Josefin Ek⟧ att hon är rädd.",
    'Läraren ⟦P|Gustav Nyberg⟧ har fått en lapp på katedern med texten "vi vet var du bor". '
    "Handstilen liknar en elevs.",
    "Pappan ⟦P|Rolf Sundqvist⟧ har vid två tillfällen kommit berusad till skolan och skrikit att "
    '"landsförrädare" undervisar hans barn.',
    "Fritidsledaren ⟦P|Kenneth Åberg⟧ berättar att lillasyster ⟦P|Elvira⟧ har börjat dela ut "
    "flygblad från en grupp som kallar sig Det fria Sverige.",
    "Kontaktpolisen ⟦P|Jenny Rehn⟧ meddelar att en elev på skolan, ⟦P|Filip Waltersson⟧, är känd "
    "sedan tidigare för hot mot lärare.",
    "Skolsköterskan ⟦P|Lena Grip⟧ har sett skador på ⟦P|Emilias⟧ armar som hon säger kommer från en "
    '"invigning" i en grupp.',
    "Mamman ⟦P|Nadia Karimi⟧ och morbror ⟦P|Farhad⟧ var med på mötet. Morbrodern ville prata om "
    'moskén där sonen har blivit "hjärntvättad".',
    "Bibliotekarien ⟦P|Ingrid Holmström⟧ har upprepade gånger sett samma person, ⟦P|Oskar Vik⟧, "
    "skriva ut instruktioner för att tillverka vapen.",
    "Rektor ⟦P|Anneli Ström⟧ fick ett samtal från en kvinna som sa att hon var ⟦P|Adams⟧ moster och "
    "att ⟦P|Adam⟧ planerar något.",
    'Studie- och yrkesvägledaren ⟦P|Mikael Norén⟧ fick höra av eleven ⟦P|Theo⟧ att han vill "bli '
    'soldat för en riktig sak" och inte söka gymnasiet.',
    "farmor ⟦P|Birgitta Lundh⟧ ringde. Barnbarnet ⟦P|Elliot⟧ har satt upp affischer med "
    "hakkors i sitt rum. Hon vågar inte prata med sin son om det.",
    "Specialpedagogen ⟦P|Carina Lövgren⟧ har noterat att ⟦P|Isak⟧ ritar samma symboler (svarta solen) "
    'på alla papper. Han säger att det är "bara en design".',
    "Kusinen ⟦P|Hamid⟧ och farbror ⟦P|Sayed Hashimi⟧ har enligt eleven tagit hans pass och sagt att "
    "han ska resa på sommaren.",
    "Vårdnadshavaren ⟦P|Tommy Lindgren⟧ har i mejl till läraren ⟦P|Paula Forsberg⟧ skrivit att hon är "
    '"en kulturmarxist som borde hängas".',
)


# --- nicknames, initials, genitives ----------------------------------------------------------
add(
    "nickname-initials",
    "Han kallas ⟦P|Pimpi⟧ av alla på gården, riktiga namnet vet jag inte. ⟦P|Pimpi⟧ har visat upp "
    'en pistol som han säger är "äkta".',
    "Den som leder gruppen kallas '⟦P|Snorken⟧'. '⟦P|Snorken⟧' är ca 25 år och rekryterar på skolgården.",
    "Enligt eleverna är det »⟦P|Tjabo⟧« som säljer och sprider bilderna. »⟦P|Tjabo⟧« ska vara "
    "äldre bror till någon i 8:an.",
    '⟦P|KL⟧ (elevens initialer) har vid flera tillfällen sagt att han vill "göra som i Trollhättan". '
    "Mentorn känner till det.",
    "Har pratat med ⟦P|R.⟧ om det som hände i fredags. ⟦P|R.⟧ vill inte bli nämnd i anmälan men "
    "bekräftar hotet.",
    "⟦P|P-O⟧ på fritidsgården har sett att två killar, ⟦P|Danne⟧ och ⟦P|Kevve⟧, har målat "
    "hakkors på baksidan av gymnastiksalen.",
    '⟦P|Jo⟧ sa att han har hört ⟦P|Mackan⟧ prata om att "ta ut" en lärare. Jag vet inte om det är '
    "snack eller allvar.",
    "Eleven ⟦P|J.S.⟧ (9B) har lagt upp en video där hon bränner en koran. ⟦P|J.S.⟧ säger att det är "
    "yttrandefrihet.",
    'Killen som kallas "⟦P|Zorro⟧" har enligt kompisarna kontakter i ett gäng i Göteborg och har '
    'skrutit om att han fått ett "uppdrag".',
    "⟦P|Johans⟧ mamma ringde och sa att ⟦P|Johan⟧ inte vågar gå till skolan efter hotet från "
    "⟦P|Lindas⟧ storebror.",
    "Enligt ⟦P|AB⟧ och ⟦P|MK⟧ (initialer, de vill vara anonyma) delar en kille som kallas ⟦P|Lillen⟧ "
    "propaganda på Snapchat.",
    "⟦P|Nisse⟧ (⟦P|Nils-Erik⟧ egentligen) har börjat bära en keps med 88 på. ⟦P|Nisses⟧ pappa "
    "tycker inte att det är något konstigt.",
    "Samtal med ⟦P|A.⟧ och ⟦P|F.⟧ om bilden som spridits. ⟦P|F.⟧ säger att hon tog bilden men att "
    "hon inte skickade den.",
    '"⟦P|Tigern⟧" kallar han sig. Ca 14 år, går på annan skola. Sprider en lista med namn på '
    '"förrädare" bland eleverna.',
    "Kompisarna kallar henne ⟦P|Bibbi⟧. ⟦P|Bibbis⟧ storasyster ska ha åkt till Syrien 2015 enligt "
    "vad ⟦P|Bibbi⟧ själv berättat.",
    "⟦P|G-A⟧ (vaktmästaren) hittade en påse med brandbomber i cykelförrådet. Han ringde 112 direkt.",
    "Enligt Kalle Anka-tröjan-killen, alltså ⟦P|Melker⟧, är det ⟦P|Chrille⟧ som skrev hotet på toaletten.",
    '⟦P|TJ⟧ och ⟦P|Dogge⟧ har skickat ett röstmeddelande till en tjej i klassen: "du är nästa". '
    "Hennes föräldrar är informerade.",
    "⟦P|M.⟧ i åk 8 har berättat för mig att hon får pengar av en vuxen man som kallas ⟦P|Sultan⟧ "
    "för att sprida flygblad.",
    "Hej! Det gäller eleven jag kallar ⟦P|E⟧ i tidigare anmälan. ⟦P|E⟧ har nu börjat prata om att "
    'hon vill "offra sig".',
    "⟦P|Lasse-Bengt⟧ från hyresgästföreningen ringde och sa att ⟦P|Sigges⟧ son har satt upp "
    "nazistiska affischer i tvättstugan.",
    "Ledaren för gruppen kallas ⟦P|Kungen⟧ av de yngre. ⟦P|Kungens⟧ riktiga namn är ⟦P|Rasmus "
    "Öhman⟧ enligt en tidigare medlem.",
)

# --- names written in lower case -------------------------------------------------------------
add(
    "names-lowercase",
    "pratade med ⟦P|ahmed⟧ och ⟦P|omid⟧ idag om videon. ⟦P|ahmed⟧ sa att han bara delat den en gång.",
    '⟦P|lisa eriksson⟧ i 7b har blivit hotad av ⟦P|noah⟧ i 9a, han skrev att han ska "göra en '
    'skolattack" med henne',
    "snabb anteckning: ⟦P|wilma⟧ har visat upp skärmdumpar från en chatt där ⟦P|hugo andersson⟧ "
    "skriver om att bränna moskén. ska prata med rektor imorgon",
    "mamman till ⟦P|milad sohrabi⟧ ringde. han har inte varit hemma sedan fredag och hon tror han är hos "
    "⟦P|jamal⟧ i lägenheten ovanför",
    'obs!! ⟦P|minna⟧ i 8c säger att ⟦P|felix lund⟧ har en lista med namn på "svikare" i mobilen',
    "⟦P|abdullahi⟧ och ⟦P|sahra⟧ har fått stenar kastade mot sig vid busshållplatsen. de som kastade "
    'ropade "åk hem". ⟦P|sahra⟧ har ont i axeln',
    "hej. jag är ungdomsledare. en kille som heter ⟦P|leo⟧ (15) säger att han har träffat ⟦P|kim "
    "nordin⟧ som erbjudit honom pengar för att sätta upp klistermärken",
    '⟦P|tilde⟧ ville inte säga mer än att ⟦P|edvin⟧ har "grejer" hemma. hon var rädd.',
    "skrev till ⟦P|moa⟧ på teams om incidenten men hon har inte svarat. ⟦P|moas⟧ mamma har mejlat "
    "mentorn istället",
    "vet inte om detta är något men ⟦P|ines⟧ berättade att ⟦P|bilal⟧ i hennes klass sagt att "
    '"alla shia är kafirer" och att han vill åka till sin farbror',
)


def ins(s: str, i: int, ch: str) -> str:
    return s[:i] + ch + s[i:]


# --- invisible and look-alike characters -----------------------------------------------------
add(
    "invisible",
    f"Eleven ⟦P|Moh{ZW}ammed Sharif⟧ har skickat hotfulla röstmeddelanden till ⟦P|Kri{SHY}stoffer "
    f"Dahlin⟧. Kopior finns hos mentorn.",
    f"Personnummer ⟦ID|{ins(pnr('2008-04-17'), 4, ZW)}⟧, eleven har visat upp en kniv i matsalen och "
    f'sagt att den är till "blattarna".',
    f"Anmälan gäller ⟦P|Sara{NB}Lindholm⟧ (⟦ID|{pnr('2007-09-02').replace('-', NB)}⟧) som delat "
    f"hatpropaganda i klassens chatt.",
    f"Hon heter ⟦P|Ve{WJ}ronica Storm{WJ}berg⟧ och bor i samma trappuppgång som familjen som fått hotbrev.",
    "Kontaktuppgifter till pappan: ⟦P|M\u0430rkus Oj\u0430l\u0430⟧, han har själv ringt och sagt att "
    'sonen "snart kommer göra något".',
    "⟦P|S\u0430ndr\u0430 P\u0435ttersson⟧ i 9E har blivit uthängd på ett konto som heter "
    "förrädarlistan. Hon mår väldigt dåligt.",
    f"⟦P|{nfd('Göran Åkerlund')}⟧ har klistrat upp dekaler med en runa på busskuren vid skolan. "
    f"Vaktmästaren har tagit bort dem.",
    f"Elev ⟦P|{nfd('Jönsi')}⟧ (⟦P|{nfd('Jöns Wäppling')}⟧) har sagt att han ska ta med pappas "
    f"jaktgevär till skolavslutningen.",
    f"Skicka gärna mer info till mamman på ⟦MAIL|nora.h{fw('@')}gmail.com⟧ — hon vill veta vad som "
    f"hänt med sonen ⟦P|Ludvig⟧.",
    f"pnr ⟦ID|{fw(pnr('2009-12-01'))}⟧ (inskrivet så i blanketten) — eleven hotade vikarien med en sax.",
    f"Ring ⟦P|Lina⟧ på ⟦TEL|{fw('073-551 22 80')}⟧ om det händer något mer i kväll.",
    f"Kontakta pappan på ⟦TEL|070{NB}412{NB}33{NB}21⟧, han vill ha ett möte om sonens kontakter med "
    f"Nordiska motståndsrörelsen.",
    f"Numret som skickade hoten var ⟦TEL|+46{ZW} 76 218 90 44⟧ enligt skärmdumpen.",
    f"⟦P|Ha{SHY}na{SHY}ne Moradi⟧ och ⟦P|Yas{ZW}min Qasemi⟧ har fått samma hotbrev i brevlådan, "
    f"skrivet för hand.",
    f"Mejlet kom från ⟦MAIL|vit.{ZW}kraft88@protonmail.com⟧ och var adresserat till rektorn.",
    "⟦P|\u0421\u0435cilia Nor\u0441rantz⟧ berättar att hennes lillebror blivit kontaktad av en "
    "rekryterare på Roblox.",
    f"⟦P|{nfd('Åke Sjöström')}⟧, granne, säger att en tonåring i huset filmat honom och lagt ut "
    f'filmen med texten "gammal förrädare".',
    f"samordningsnummer ⟦ID|{ins(pnr('2006-03-12', coord=True), 7, SHY)}⟧ — ensamkommande, 17 år, "
    f"säger att han tvingats betala pengar till en grupp.",
    f"⟦P|Olek{ZW}sandra{NB}Hrytsenko⟧ kom till biblioteket och ville prata. Hon har fått hotfulla "
    f"mejl på ryska.",
    "Eleven heter ⟦P|\u0420\u0430trik Br\u043em\u0430n⟧ i systemet och har anmälts två gånger tidigare "
    "för liknande.",
    f"personnr till eleven: ⟦ID|{pnr('2010-06-23', 'long').replace('2010', '2010' + WJ)}⟧. hen har "
    f"ritat en skolskjutning och satt upp teckningen i korridoren",
    f"Tel till mamman ⟦TEL|{ins('0739-88 41 07', 4, ZW)}⟧, hon vill bli uppringd efter kl 16.",
    f"⟦P|{nfd('Zoë Ekström')}⟧ och ⟦P|{nfd('Amélie Bergé')}⟧ har båda fått ett meddelande med en bild "
    f'på en pistol och texten "imorgon".',
    f"Kontakt: ⟦MAIL|{fw('malte.gronlund2009@hotmail.com')}⟧. Han har själv hört av sig och sagt att "
    f"han vill lämna gruppen men är rädd.",
)


# --- personnummer and samordningsnummer in every written shape -------------------------------
add(
    "pnr-shapes",
    f"Eleven ⟦P|Noel Berggren⟧, ⟦ID|{pnr('2009-02-14')}⟧, har vid upprepade tillfällen visat "
    f"nazistisk propaganda för yngre elever.",
    f'Personnummer: ⟦ID|{pnr("2008-11-30", "long")}⟧. Hotade en lärare med att "spränga" hennes bil.',
    f"pnr ⟦ID|{pnr('2010-07-08', 'pairs')}⟧ (skrev av från blanketten med mellanslag) — vet inte "
    f"namnet men det är killen med den svarta jackan.",
    f"Födelsedata och fyra sista enligt skolans system: ⟦ID|{pnr('2009-11-03', 'iso')}⟧.",
    f"Elevens personnummer är ⟦ID|{pnr('2007-01-19', 'dots')}⟧ och vårdnadshavare är informerade.",
    f"Uppgiven identitet: ⟦ID|{pnr('2006-08-25', 'slash')}⟧ — uppgiften kommer från polisen.",
    f"⟦P|Gösta Hellman⟧, ⟦ID|{pnr('1921-05-09', 'plus')}⟧, boende på äldreboendet, har fått "
    f"hotbrev riktade mot hans invandrade vårdare.",
    f"Samordningsnummer ⟦ID|{pnr('2005-10-04', coord=True)}⟧. Personen har ingen folkbokföring men "
    f"vistas på fritidsgården dagligen.",
    f"Tillfälligt nummer enligt Migrationsverket: ⟦ID|{pnr('2007-03-28', 'long', coord=True)}⟧ "
    f"(samordningsnr). Han säger att han blivit rekryterad i förorten.",
    f"ring mig om ⟦ID|{pnr('2008-06-11', 'bare')}⟧, det är hans personnummer inte telefon",
    f"Uppgift från elevregistret: ⟦ID|{pnr('2008-02-27', 'short')}⟧ (ja, det börjar på 08 men det "
    f"är ett personnummer).",
    f"hennes nr är ⟦ID|{pnr('2008-09-16', 'pairs')}⟧ om ni behöver slå upp henne i systemet",
    f"⟦ID|{pnr('2011-12-24', 'longdash')}⟧ — flickan har ritat flaggor från IS i sin skrivbok.",
    f"Tidigare anmäld under ⟦ID|{pnr('2006-04-02', 'space')}⟧, nu ny händelse: hot mot kamrat via Snapchat.",
    f"Pnr: ⟦ID|{pnr('1998-10-10', 'longspace')}⟧ (vuxen, 26). Arbetar som timvikarie och har "
    f"visat runor på kläderna.",
    f"ID ⟦ID|{pnr('2009-05-31', 'dots2')}⟧. Pojken sägs ha tagit emot pengar från en extremistisk grupp.",
    f"Födelsenummer ⟦ID|{pnr('2010-01-15', 'slash2')}⟧ — eleven har blivit mobbad av en grupp som "
    f'kallar honom "terrorist".',
    f"Uppgifter om båda: ⟦P|Hilmer Åström⟧ ⟦ID|{pnr('2007-06-06')}⟧ och ⟦P|Ville Nykvist⟧ "
    f"⟦ID|{pnr('2007-12-12', 'long')}⟧. De har hotat en kurator på väg hem.",
    f"Elevens samordningsnummer ⟦ID|{pnr('2008-01-03', 'iso', coord=True)}⟧ finns i ansökan.",
    f"Mammans personnummer ⟦ID|{pnr('1979-04-21')}⟧, pappans ⟦ID|{pnr('1975-08-30')}⟧. Båda vill "
    f"ha stöd efter att sonen åkt utomlands.",
    f"nr ⟦ID|{pnr('2008-10-20', 'space')}⟧ står på passet som hon visade "
    f"mig, hon är rädd att det ska tas ifrån henne",
    f"⟦P|Olle Strömbäck⟧ (⟦ID|{pnr('1924-02-29', 'plus')}⟧) ringde själv och sa att hans barnbarn "
    f'hotat honom för att han "röstat fel".',
    f"Personuppgift från anmälaren: ⟦ID|{pnr('2009-09-09', 'pairs')}⟧. Anmälaren vill vara anonym.",
    f"Avser elev ⟦ID|{pnr('2012-03-05', 'short', coord=True)}⟧ (samordn.nr, ny i landet). Har "
    f"blivit hotad av äldre elever med kniv.",
    f"⟦ID|{pnr('2008-07-01', 'long')}⟧ ⟦P|Wiktor Rahm⟧ 9b hotade att skjuta läraren på bild",
    f"Datum för händelsen 2024-09-12. Elevens personnummer ⟦ID|{pnr('2010-10-01', 'iso')}⟧. "
    f"Rapporterat av mentor.",
)


# --- phone numbers -------------------------------------------------------------------------
add(
    "phone",
    "Mamman nås på ⟦TEL|070-318 42 96⟧ efter kl 15. Hon vill att vi ringer innan vi pratar med sonen.",
    "Hotet kom från ⟦TEL|+46 73 902 15 48⟧ (dolt namn i Whatsapp). Eleven har sparat meddelandet.",
    "nr till pappan: ⟦TEL|0046 72 511 83 09⟧ (han bor i Tyskland just nu)",
    "Ring gärna ⟦P|Gunvor⟧ på ⟦TEL|08-16 27 39⟧, hon är farmor och har vårdnaden.",
    "Kontaktperson på boendet: ⟦P|Roger Malm⟧ ⟦TEL|0768-23 41 90⟧. Vid akut fara ring 112.",
    "Han hade skrivit sitt nummer ⟦TEL|0722334519⟧ på lappen som hittades i biblioteket, tillsammans "
    'med texten "ring om du vill vara med".',
    "Eleven fick sms från ⟦TEL|+46(0)70-664 20 13⟧ med en länk till en grupp som heter Vit ungdom.",
    "mobil ⟦TEL|076 581 30 72⟧ — det är numret som står under affischerna vid skolan!",
    "Polisens kontaktperson har vi numret till, men tips kan också lämnas på 114 14. Mammans "
    "nummer är ⟦TEL|031-704 28 55⟧.",
    "Vittnet (granne) vill bli kontaktad på ⟦TEL|+4670 225 9183⟧ men inte före 18.",
    "Två nummer har ringt eleven i natt: ⟦TEL|073-644 01 97⟧ och ⟦TEL|079-034 58 12⟧. Hon svarade inte.",
    "Om ni behöver nå mig direkt: ⟦TEL|0470-125 88⟧ (fritidsgården), annars ⟦TEL|072-870 35 61⟧.",
    "Pappan har bytt nummer, nytt är ⟦TEL|+46 76-402 93 18⟧. Det gamla fungerar inte.",
    "Vårdnadshavare ⟦P|Marwa Jabbar⟧, tel. ⟦TEL|0737 21 09 84⟧. Hon pratar arabiska, tolk behövs. "
    "Hänvisade även till 1177 för samtalsstöd.",
)

# --- e-mail, also written out ----------------------------------------------------------------
add(
    "email-written",
    "Hon skrev att man kan kontakta henne på ⟦MAIL|sara[at]hotmail.se⟧ om man vill veta mer om gruppen.",
    "Mejlen är ⟦MAIL|omar at live dot se⟧ enligt killen själv, han skrev det så för att inte bli spärrad.",
    "flygbladet hade adressen ⟦MAIL|nordiskungdom snabel-a gmail punkt com⟧ längst ner",
    "Mejla mamman på ⟦MAIL|zeinab.h(at)outlook.com⟧, hon läser inte sms.",
    "Rekryteraren skrev sin mejl som ⟦MAIL|frihet_2024 [at] proton [dot] me⟧ i kommentarsfältet.",
    "Eleven ⟦P|Anton Reuterskiöld⟧ har mejlat hotet från ⟦MAIL|anton.r.2008@gmail.com⟧ till "
    "⟦MAIL|ida.kjellberg@gmail.com⟧.",
    "Adressen på affischen: ⟦MAIL|kontakt (snabel-a) vitaeuropa punkt org⟧. Jag tog ner affischen.",
    "Han bad om att få svar på ⟦MAIL|k.wallgren at gmail.com⟧ istället för skolans mejl.",
    "Kontakt från mamman via ⟦MAIL|amira.saleh@telia.com⟧. Hon vill inte att pappan får veta att "
    "hon hört av sig.",
    'i chatten skrev han "maila ⟦MAIL|helgekrigare AT yandex DOT ru⟧ om du vill ha manualen"',
    "Avsändare: ⟦MAIL|brorskapet@tutanota.com⟧. Mottagare: hela personalgruppen på skolan.",
    "Eleven har fått mejl från ⟦MAIL|ahlam.q punkt 07 snabel-a yahoo punkt se⟧ med hotfulla bilder.",
    "Pappans jobbmejl är ⟦MAIL|goran.pettersen@bygg-ab.se⟧ om han inte svarar på telefon.",
    "skicka allt till ⟦MAIL|jocke.lindh[a]hotmail.com⟧ skrev han på flygbladet",
)


# --- addresses -------------------------------------------------------------------------------
add(
    "address",
    "Familjen bor på ⟦ADR|lövängsvägen 14⟧ och har fått en död råtta i brevlådan med en lapp.",
    "Adress: ⟦ADR|Kvarnbacksstupet 3⟧, ⟦ADR|653 41 Karlstad⟧. Pappan vill inte att skolan kontaktar "
    "honom där.",
    "Flygbladen delades ut i trapphuset på ⟦ADR|Ekslingan 22 B⟧. Boende har ringt hyresvärden.",
    "Eleven bor hos mormor på ⟦ADR|S:t Eriksgatan 12⟧, 3 tr. Mormor vet inte om hoten.",
    "Post till pappan går till ⟦ADR|Box 512⟧, ⟦ADR|831 21 Östersund⟧ eftersom han har skyddad adress "
    "på annan ort.",
    "Lägenheten på ⟦ADR|Gustav III:s boulevard 12⟧ används enligt grannar som samlingsplats för "
    "gruppen på helgerna.",
    "⟦P|Ylva Hermansson⟧ bor på ⟦ADR|Smedjegränd 5⟧ och har fått sin dörr nedklottrad med hakkors.",
    "Ny adress för familjen: ⟦ADR|björkbacke 9⟧, ⟦ADR|891 33 örnsköldsvik⟧.",
    "Han sa att de träffas hemma hos ⟦P|Ruben Dalén⟧ på ⟦ADR|Lindallén 41 lgh 1203⟧ varje torsdag.",
    "⟦ADR|Stortorget 7⟧ — där bor eleven med sin pappa, ovanför pizzerian.",
    "Skickat brev till vårdnadshavare, ⟦ADR|Västra Hamngatan 18⟧, ⟦ADR|411 17 Göteborg⟧.",
    'Klottret ("förrädare bor här") står på huset ⟦ADR|Tallstigen 2⟧ där en av lärarna bor.',
    "adressen han uppgav: ⟦ADR|solrosvägen 33a⟧ i Tensta. vet inte om den stämmer",
    "Paketet med vapendelar ska ha skickats till ⟦ADR|Rosenlundsgatan 40⟧, 2 tr, ⟦ADR|118 53 Stockholm⟧.",
    "Eleven har skrivit upp kuratorns hemadress, ⟦ADR|Hagaberget 11⟧, i en chatt. Kuratorn har informerats.",
    "Mamman har flyttat till skyddat boende. Tidigare adress ⟦ADR|Sjöviksvägen 101⟧, ⟦ADR|117 60 Stockholm⟧ "
    "(enligt gamla blanketten).",
    "Mötet hölls i en källare på ⟦ADR|Selma Lagerlöfs väg 28⟧ enligt en deltagare.",
    "Bor på ⟦ADR|Fabriksgatan 7 C⟧ i Majorna. Storebror har setts bära vapen i området.",
)

# --- licence plates --------------------------------------------------------------------------
add(
    "plate",
    "En vit skåpbil med reg ⟦REG|ABC 123⟧ har stått utanför skolan tre dagar i rad.",
    "Bilen som hämtade killarna hade registreringsnummer ⟦REG|KLM45D⟧ enligt en förälder.",
    "grannen såg bilen, en svart golf, ⟦REG|kdf 318⟧, köra förbi flera gånger",
    "Regnummer ⟦REG|PLX-44K⟧ — samma bil som enligt polisen setts vid moskén i helgen.",
    "Flygbladen låg under vindrutetorkarna på alla bilar utom ⟦REG|GRT 551⟧ som tillhör en i gruppen.",
    "Han kör en röd Volvo V70, reg. ⟦REG|HUB 09A⟧, och har en flagga i bakrutan.",
    "Misstänkt fordon: ⟦REG|NPZ 772⟧ och ⟦REG|SWE34X⟧. Båda sågs vid fritidsgården i fredags.",
    "Plåten var ⟦REG|mxa 27c⟧ tror jag, det var mörkt och jag såg inte så bra.",
    "Pappan hämtar med bil ⟦REG|TYR-208⟧ och har vid hämtning hotat personalen.",
    "Bil med regnr ⟦REG|CUL 61F⟧ parkerad vid skolan med klistermärken från Nordfront på bakluckan.",
    "Körde om cykeln och skrek, bilen hade nummer ⟦REG|DJE 490⟧.",
    "⟦P|Tobias Ahlgren⟧ (vuxen ledare) kör en grå Audi A4 med reg ⟦REG|ERS88L⟧ och plockar upp elever "
    "efter skolan.",
)


# --- social-media handles and dates of birth -------------------------------------------------
add(
    "handle-date",
    'Kontot ⟦H|@nordisk_ulv88⟧ på Instagram har lagt upp bilder på skolans elever med texten "förrädare".',
    "Hon heter ⟦H|lilla.moln⟧ på TikTok och har lagt upp videor där hon hyllar skolattacker.",
    "Telegram-namnet ⟦H|vargbroder_14⟧ dyker upp i alla skärmdumpar som eleverna visat.",
    "Killen kallar sig ⟦H|xXStormfrontXx⟧ på Discord. Han är med i en server där de delar manualer.",
    "⟦P|Elin Haraldsson⟧ är född ⟦BD|elfte mars 2010⟧ och har varit utsatt för hot sedan i våras.",
    "Elev, fd ⟦BD|100311⟧, har enligt mentorn börjat umgås med äldre killar som har kopplingar till "
    "Aktivklubb.",
    'Han fyller 16 den ⟦BD|3 april⟧ och säger att han då ska "gå med på riktigt".',
    "Profilen ⟦H|tiktok.com/@sannings.soker⟧ sprider videor om att förintelsen är en lögn. Det är "
    "en elev i 9:an.",
    "Född ⟦BD|2009-06-14⟧. Händelsen inträffade 2024-10-02 på skolgården. 15-årig pojke.",
    "hennes snap är ⟦H|moa.xo.07⟧ och hon har fått hotbilder där från en okänd",
    "Han spelar under namnet ⟦H|SlaktarN_SE⟧ i Fortnite och har skrivit hot till flera i klassen i "
    "röstchatten.",
    "⟦P|Douglas Wendt⟧, född den ⟦BD|22 augusti 2008⟧, har sagt till flera att han har en lista.",
    "YouTube-kanalen ⟦H|youtube.com/@NordiskSanningTV⟧ drivs enligt eleverna av en förälder på skolan.",
    "Eleven (f. ⟦BD|7/2 2011⟧) säger att en vuxen man via ⟦H|@snusmumriken_1488⟧ på X bett henne om bilder.",
    "Gamertaggen är ⟦H|Kr1gare_Odin⟧ på Xbox. Han har bjudit in yngre elever till en klan.",
    "födelsedag den ⟦BD|30 september 2007⟧, fyller alltså 17 nu",
    "Vi vet bara att hon heter ⟦H|s0fia.h⟧ på Snapchat och är ungefär 14. Hon har fått erbjudande "
    "om pengar för att sprida flygblad.",
    "Födelsedatum: ⟦BD|tjugonde december 2009⟧. Ensamkommande, har berättat om hot från en "
    "grupp i hemlandet.",
)


# --- ordinary reports mixing several kinds -------------------------------------------------
add(
    "plain",
    f"Orosanmälan\n\nBerörd elev: ⟦P|Melvin Karlström⟧, ⟦ID|{pnr('2009-08-19')}⟧, klass 9C\n"
    f"Vårdnadshavare: ⟦P|Therese Karlström⟧, ⟦TEL|070-551 03 62⟧\nAdress: ⟦ADR|Granvägen 4⟧, "
    f"⟦ADR|352 36 Växjö⟧\n\nBeskrivning: Eleven har under hösten delat material från Nordiska "
    f'motståndsrörelsen och vid ett tillfälle sagt till en klasskamrat, ⟦P|Idris⟧, att "du kommer '
    f'inte att finnas kvar här". Mentor ⟦P|Sanna Bäckström⟧ har pratat med eleven.',
    "Citat från chatten (skärmdump från ⟦P|Alicia⟧):\n"
    "> ⟦H|@v1tkraft⟧: ses vid ⟦ADR|Parkvägen 19⟧ kl 20, ta med grejerna\n"
    "> ⟦H|@sagan_om_nord⟧: ok, ⟦P|Jesper⟧ kör, han har bilen\n"
    "> ⟦H|@v1tkraft⟧: inga telefoner\n"
    "⟦P|Alicia⟧ tror att ⟦H|@v1tkraft⟧ är ⟦P|Jespers⟧ kusin men vet inte.",
    "Svar i enkäten (fritext): Vi har märkt att yngre ungdomar rekryteras via spelplattformar. "
    "En förälder, ⟦P|Monika Ahl⟧, kontaktade oss efter att hennes son fått meddelanden från "
    "⟦H|NordicWolf_88⟧. Vi har också fått in klistermärken från Aktivklubb vid idrottsplatsen.",
    "Händelser denna vecka:\n- mån: ⟦P|Kevin Roos⟧ ritade hakkors på tavlan\n- tis: ⟦P|Kevin Roos⟧ "
    "och ⟦P|Wille⟧ hotade ⟦P|Fadi Nasser⟧ i omklädningsrummet\n- ons: mamman till ⟦P|Fadi⟧ ringde "
    "(⟦TEL|073-219 84 06⟧)\n- tor: möte med rektor, polis kontaktad\n- fre: lugnt",
    f"Hej,\njag jobbar på biblioteket och vill anmäla en händelse. En man i 30-årsåldern, han "
    f"sa att han heter ⟦P|Patrik Holmberg⟧, bad att få låna en dator och skrev sedan ut material "
    f"med instruktioner för sprängmedel. Han lämnade sitt lånekort med personnummer ⟦ID|"
    f"{pnr('1993-02-11')}⟧ och mejl ⟦MAIL|patrik.h93@gmail.com⟧. Jag har sparat utskrifterna.\n"
    f"Mvh\nbibliotekarie",
    "Sammanfattning av samtal med ⟦P|Nour Al-Sayed⟧ (mamma):\nSonen ⟦P|Karim⟧ har slutat gå till "
    "skolan. Han sitter uppe på nätterna och pratar med någon som kallas ⟦P|Abu Ibrahim⟧ på "
    "Telegram. Mamman har sett att ⟦P|Karim⟧ fått pengar swishade från ⟦TEL|+46 72 418 30 95⟧. "
    "Hon är rädd att han ska resa.",
    "Till VBE-samordnaren\nÄrende: elev med oroande uttalanden\nNamn: ⟦P|Linnéa Brandt⟧\nFödd: "
    "⟦BD|4 maj 2008⟧\nMejl: ⟦MAIL|linnea.brandt08@icloud.com⟧\nMentor: ⟦P|Joakim Thelin⟧\n"
    'Beskrivning: eleven har skrivit i en uppsats att "vissa raser förtjänar att dö".',
    "polisen (kontaktpolis ⟦P|Erik Hallberg⟧) har bekräftat att bilen ⟦REG|BNO 339⟧ tillhör en "
    "person som är känd sedan tidigare. bilen har setts utanför ⟦ADR|Ängsgatan 8⟧ där eleven bor.",
    'Skärmdump från ⟦P|Tindras⟧ telefon: "⟦P|Tindra⟧ du är en hora som ligger med blattar, vi vet '
    'var du bor". Avsändaren är ⟦H|@skuggan.sthlm⟧. ⟦P|Tindra⟧ har inte vågat berätta för sina '
    "föräldrar.",
    "Vid hembesök hos familjen ⟦P|Hussaini⟧ (⟦ADR|Fältspatsvägen 27⟧) berättade pappan ⟦P|Ghulam "
    "Hussaini⟧ att äldsta dottern ⟦P|Maryam⟧ blivit hotad av släktingar för sitt val av pojkvän.",
    "Fritidsgården Tornet, anteckningar:\n18.30 ⟦P|Alvin⟧ och ⟦P|Charlie Gren⟧ kommer in med "
    'kepsar med "WPWW".\n19.10 ⟦P|Charlie Gren⟧ säger till personal ⟦P|Amra Selimović⟧ att hon '
    '"ska tillbaka till Bosnien".\n19.40 de går. Personal pratade med föreståndaren.',
    'Från enkäten, fritextsvar: "På vår enhet arbetar vi förebyggande genom samtal. Vi har haft '
    "ett ärende där en elev, ⟦P|Hampus⟧, blev kontaktad av en vuxen via ⟦H|@heimdalls_horn⟧ som "
    "erbjöd honom jobb som 'budbärare'.\"",
    f"OBS: uppgifterna är känsliga.\nPerson 1: ⟦P|Dennis Strömgren⟧ ⟦ID|{pnr('2004-05-05')}⟧\n"
    f"Person 2: ⟦P|Jimmy Lantz⟧ ⟦ID|{pnr('2003-11-21', 'long')}⟧\nBåda har enligt polisen deltagit i "
    f"träningar med en aktivklubb i skogen utanför staden.",
    "⟦P|Zakaria Hassan⟧ ringde från ⟦TEL|0760-41 52 97⟧ och sa att hans lillebror ⟦P|Abdulkadir⟧ "
    'blivit slagen av en grupp som skrek "Sverige åt svenskarna". Han vill att skolan gör något.',
)


# === hard negatives: no personal data at all ==================================================
add(
    "negative-places",
    "Klotter med en keltiskt kors hittades på Selma Lagerlöfs väg, vid cykelbanan bakom skolan.",
    "Flygblad från Nordiska motståndsrörelsen har delats ut på Dag Hammarskjölds plats under helgen.",
    "Ungdomarna samlas ofta utanför Maria kyrka på fredagskvällar. Fältassistenterna har sett "
    "personer i gruppen bära symboler.",
    "Demonstrationen gick från Olof Palmes gata till Sergels torg. Inga incidenter rapporterades.",
    'Affischer med texten "Sverige för svenskarna" har satts upp längs Birger Jarlsgatan och på '
    "Gustav Adolfs torg.",
    "Eleverna berättar att det har varit bråk vid Raoul Wallenbergs torg efter skolan, mellan två "
    "grupper från olika skolor.",
    "På Sankt Görans gymnasium har man hittat klistermärken med runor på toaletterna. Skolan har "
    "kontaktat fastighetsskötaren.",
    "Fritidsgården i Skärholmen rapporterar att det har blivit lugnare sedan i våras. I Rinkeby och "
    "Tensta ser det ut som förut.",
    "Incidenten inträffade på Drottninggatan, nära Åhléns. Polisen var på plats inom tio minuter.",
    "Sofia kyrka och Katarina kyrka har båda fått hot mot sina öppna verksamheter för ungdomar.",
    "Gruppen har synts i Hammarkullen, Angered centrum och vid Frölunda torg under hösten.",
    "Vi har fått rapporter om klotter vid Engelbrektskyrkan och längs Karlavägen.",
    "Under Almedalsveckan i Visby delade gruppen ut material vid Donners plats.",
    "Eleverna från Astrid Lindgrens skola åkte på studiebesök till Forum för levande historia.",
    "Kartläggningen visar att incidenterna främst skett runt Rosengård, Möllevångstorget och "
    "Gustav Adolfs torg i Malmö.",
    "Klistermärken har hittats vid Karl Johans torg och på Järntorget. Inget hot mot enskild.",
)
add(
    "negative-codes",
    "Klass EK22B har haft en temadag om demokrati och källkritik. Eleverna var engagerade.",
    "Bråket började i 9C:s klassrum och fortsatte ut i korridoren vid sal B214.",
    "Eleverna i NA21a och TE23 har fått en föreläsning om näthat. Utvärdering bifogas.",
    "Bilden (DSC_0042.JPG) visar klottret på väggen. Filen IMG_2231.HEIC är tagen samma dag.",
    "Bifogar Screenshot_20240912-141502.png och skärmdump_2024-03-01.png från gruppchatten.",
    "Bilen var en mörk Audi A4, möjligen en Volvo V70. Ingen såg registreringsnumret.",
    "En silverfärgad Saab 9-3 och en svart BMW X5 stod parkerade vid lokalen under mötet.",
    "Kursen SVESVE01 och HISHIS01a tar upp propaganda och historiska exempel.",
    "Utbildningen hölls i rum 4.112, plan 3. Nästa tillfälle är i sal A1-07.",
    "Gruppen SAM22B har haft diskussioner om konspirationsteorier efter ett avsnitt av en podd.",
    "Ungdomarna spelar Call of Duty och Hearts of Iron IV på fritidsgården. Personalen har sett "
    "chattar med rasistiska namn på servrarna.",
    "Filen rapport_v2_FINAL(1).docx innehåller enkätsvaren. Spara inte på USB-minne.",
    "Incidenten fångades på kamera 3B vid entré C. Videon (clip_0007.mp4) finns hos vaktmästeriet.",
    "Eleverna i 7A, 7B och 8D har haft värdegrundslektioner enligt plan V-24.",
    "Modellen var en Volkswagen Golf GTI, vit, med en flagga i bakrutan. Inget registreringsnummer noterat.",
    "Dokumentet PM_2024_03.pdf beskriver rutinen. Bilaga 2 är blanketten.",
    "Wi-Fi-nätet Skola_Gäst_5G användes för att ladda ner materialet enligt IT-avdelningen.",
    "Grupp FA22 och BF23 hade friluftsdag. Inga incidenter.",
)
add(
    "negative-numbers",
    "Ärendet har diarienummer Dnr SOF 2024/198 och ska följas upp i samverkansgruppen.",
    f"Faktura {bad10('24')} avser föreläsningen om radikalisering. Betalas senast 30 dagar.",
    f"Kommunens organisationsnummer är {orgnr('212')}. Föreningen har organisationsnummer {orgnr('802')}.",
    "Vid akut fara ring alltid 112. Tips till polisen kan lämnas på 114 14.",
    "Hänvisade eleven till 1177 Vårdguiden och till Stödlinjen.",
    "Oroliga anhöriga kan ringa Stockholms stads stödtelefon 08-508 22 605 eller nationella "
    "stödtelefonen 020 100 200.",
    "Kontaktcenter når ni på 08-527 44 290 vardagar 8-17.",
    f"Ordernummer {bad10('08')} gäller beställningen av utbildningsmaterialet.",
    f"Referensnummer hos leverantören: {bad10('07')}. Avser kameraövervakningen vid entrén.",
    "Händelsen inträffade 2024-03-11 kl. 14.35 och rapporterades 2024-03-12.",
    "En 15-årig pojke och två 16-åriga flickor var inblandade. Samtliga är elever på skolan.",
    f"Företaget ({orgnr('559')}) har anlitats för att sanera klottret vid idrottshallen.",
    "Ärende KS 2023/1145 och SDN-ärende 2024:77 rör samma fråga.",
    f"OCR-nummer {bad10('10')} ska anges vid betalning av deltagaravgiften.",
    "Statistik: 34 anmälningar 2023, varav 12 rörde högerextremism och 5 islamism. 17 övriga.",
    f"Inventarienummer {bad10('05')} gäller datorn som materialet skrevs ut från.",
)
add(
    "negative-titles",
    "I elevens skåp hittades The Turner Diaries och en jacka från Alpha Industries.",
    "Flera elever bär kläder från Lonsdale och Thor Steinar. Personalen har fått information om märkena.",
    "Utbildning inom Mentors in Violence Prevention genomförs för all personal under våren.",
    "Kommunen är medlem i Nordic Safe Cities och deltar i nätverksträffen i Oslo.",
    "Polisen och Socialtjänsten har haft ett gemensamt möte om läget i området.",
    "Säpo har informerats. Exit Fryshuset har kontaktats för stöd till den unge.",
    "Vi har fått material från Stiftelsen Expo och Center mot våldsbejakande extremism (CVE).",
    "Han har en Fred Perry-tröja och Ben Sherman-skjorta, vilket inte i sig är ett tecken på något.",
    "Eleverna har läst Mein Kampf i utdrag under historielektionen, med lärarens kommentarer.",
    "På skolbiblioteket har någon klottrat hakkors i böckerna om Harry Potter, Bamse och Pippi Långstrump.",
    "Symboler från Soldiers of Odin, Atomwaffen Division och The Base har setts på skolans toaletter.",
    "Blood & Honour och Combat 18 nämns i elevens anteckningsbok tillsammans med siffran 88.",
    "Eleven har en tröja från Hugo Boss och en keps från Tommy Hilfiger. Inget avvikande.",
    "Generation Identitet och Nordiska motståndsrörelsen har båda delat ut flygblad i kommunen.",
    "Segerstedtinstitutet och Forum för levande historia har erbjudit skolan en föreläsning.",
    "Läs gärna rapporten från Brottsförebyggande rådet (Brå) och Myndigheten för psykologiskt försvar.",
)
add(
    "negative-figures",
    'Eleven har ritat Adolf Hitler på omslaget till sitt skrivhäfte och skrivit "hjälte" bredvid.',
    'Under lektionen om mordet på Olof Palme sa en elev att det var "rätt gjort".',
    "Gruppen hyllar Abu Bakr al-Baghdadi och delar videor från Islamiska staten.",
    "I klassen har vi pratat om Anne Frank och Raoul Wallenberg inför förintelsens minnesdag.",
    "Eleven citerade Benito Mussolini och Vidkun Quisling i sin uppsats om ledarskap.",
    'Affischen visar Karl XII och Gustav Vasa med texten "Sveriges sanna kungar".',
    'Han jämförde sig själv med Osama bin Ladin och sa att han "också kommer att bli känd".',
    "Vi läste Selma Lagerlöf och August Strindberg i svenskan, och en elev skrev en text om "
    "Strindbergs syn på kvinnor.",
    "Eleverna diskuterade Martin Luther King och Nelson Mandela som exempel på icke-våld.",
    'Någon har skrivit "Joseph Goebbels hade rätt" på whiteboarden i sal 12.',
)
add(
    "negative-plain",
    "Flera elever har vittnat om att stämningen i korridoren blivit hårdare. Ingen enskild elev pekas ut.",
    "Igår kväll kastades en sten genom fönstret till bönelokalen. Ingen skadades.",
    'Under rasten hördes rop om "vit makt" från skolgården. Personalen kunde inte se vem som ropade.',
    "Enligt kuratorn mår eleven bättre nu. Pappan och storebror har varit med på samtalen.",
    "Ros till personalen på fritidsgården som hanterade situationen lugnt och tryggt.",
    "En björn sågs vid lägerskolan, så utflykten flyttades. Inget med ärendet att göra.",
    "Vi bor i ett område där många känner sig otrygga. Flera föräldrar har hört av sig till skolan.",
    "Svar i enkäten: Vi har inte märkt något under året. Personalen har gått utbildningen.",
    'Dag för dag blir det värre, säger läraren. Eleverna pratar öppet om att de vill "rensa".',
    "Sol och värme på skolavslutningen, men en grupp killar bar likadana masker och höll en banderoll.",
    "Mentorn har haft samtal med eleven och med vårdnadshavare. Ärendet följs upp efter jullovet.",
    "Stig inte in i lokalen utan att ha pratat med fältassistenterna först, de känner gruppen.",
)


# --- a second, hurried batch: typos, lists, more numbers ------------------------------------
add(
    "pnr-shapes",
    f"elevn ⟦P|dino mehmedović⟧ ⟦ID|{pnr('2009-03-17')}⟧ hotde en tjej i klassn",
    f"Uppgifter enl. socialsekreterare: pers.nr ⟦ID|{pnr('1987-12-03', 'longdash')}⟧ (pappan), "
    f"⟦ID|{pnr('2013-05-22', 'longdash')}⟧ (dottern).",
    f"Personnummret står fel i systemet, rätt är ⟦ID|{pnr('2008-12-08', 'bare')}⟧. Rapporten gäller "
    f"hot på bussen.",
    f'pnr ⟦ID|{pnr("2011-04-30", "short", coord=True)}⟧ samord.nr. pojken säger att "farbror" tar '
    f"hans pengar",
    f"Födelsenr ⟦ID|{pnr('1919-07-14', 'plus')}⟧ — den äldre mannen har fått hotbrev för att han "
    f"hyr ut till en förening.",
)
add(
    "phone",
    "ring pappan ⟦TEL|0702-58 13 46⟧ inte mamman!! hon vet inget",
    "Numret i Snapchat-profilen: ⟦TEL|+46 (0)73 108 66 29⟧. Skickar inbjudningar till en grupp.",
    "Kontaktuppgifter, moster: ⟦TEL|08-711 23 54⟧ (hem), ⟦TEL|070 993 18 07⟧ (mobil).",
    "Mannen lämnade sitt nummer ⟦TEL|+358 40 712 3390⟧ (finskt) och bad eleverna höra av sig.",
)
add(
    "email-written",
    "mejlen var typ ⟦MAIL|johanna punkt ekvall snabel-a live punkt se⟧ om jag minns rätt",
    "Flygbladet uppmanade läsaren att skriva till ⟦MAIL|info@svenskmotstand.nu⟧ eller "
    "⟦MAIL|rekrytering (at) svenskmotstand (dot) nu⟧.",
    "Eleven gav mig sin privata adress ⟦MAIL|wilhelm.t@outlook.se⟧ för att han inte vill att "
    "föräldrarna ska se skolans mejl.",
)
add(
    "plate",
    "bilen var en blå passat, reg ⟦REG|LFN 47B⟧, stod vid moskén hela kvällen",
    "Tre bilar: ⟦REG|OHJ 215⟧, ⟦REG|RWS 88U⟧ och en tredje som ingen hann se. Samma personer varje gång.",
    "Fordonet ⟦REG|ZAK-903⟧ har enligt vakterna synts vid skolan flera nätter.",
    "reg ⟦REG|tpe61n⟧ (skrev av snabbt från mobilbilden)",
)
add(
    "plain",
    "Punkter från mötet:\n1. ⟦P|Greta Sahlin⟧ (mentor) rapporterar att eleven blivit lugnare\n"
    "2. ⟦P|Abshir Dirie⟧ (fältassistent) har sett eleven med ⟦P|Mohamud Ige⟧ vid centrum\n"
    "3. Nytt möte om två veckor. Kontakt med mamman via ⟦TEL|072-640 81 53⟧.",
    "Pratde med ⟦P|vincent⟧ imrogon, han säger att ⟦P|Ludde⟧ och ⟦P|Arvid Brink⟧ har byggt en "
    '"grej" av fyrverkerier som de ska testa vid skolan. Vet inte om det är skämt.',
    'Skärmdump från gruppen "Nordens söner":\n[⟦H|Ragnar_1905⟧] vi måste agera innan valet\n'
    "[⟦H|tyr.krigaren⟧] jag har adressen till läraren: ⟦ADR|Lärkvägen 6⟧\n"
    "[⟦H|Ragnar_1905⟧] bra, lördag",
    'Enkätsvar: "Det var en elev (⟦P|Tyra⟧) som berättade att hennes kusin ⟦P|Emanuel Kron⟧ har '
    'skrivit om att skjuta muslimer på Flashback. Vi gjorde en orosanmälan."',
)


add(
    "negative-plain",
    "Björn- och vargjakten i området gör att många har vapen hemma, men inget tyder på koppling till "
    "gruppen.",
    "Iris och pupill reagerade normalt enligt skolsköterskan efter att eleven slagit huvudet. Ingen "
    "polisanmälan.",
    "Vide och al växer längs ån där gruppen brukar hålla till. Kommunen ska röja under våren.",
    'Malva och viola planterades av eleverna i projektet "Vår gård". Någon har förstört rabatten.',
    "Svar på fråga 7: Nej. Svar på fråga 8: Vet ej. Svar på fråga 9: Vi behöver mer utbildning om "
    "nätrekrytering.",
    "HEJ!!! vill bara säga att det har varit jättelugnt på fritids sen ni kom hit och pratade. TACK",
)
add(
    "negative-numbers",
    "Ring 112 vid fara för liv. Polisen nås på 114 14, sjukvårdsrådgivning 1177.",
    f"Bankgiro 5050-1055 och plusgiro 90 01 22-3. Kundnummer {bad10('19')} hos tryckeriet.",
)


def rows() -> list[dict]:
    out = []
    for n, (cls, marked) in enumerate(TEXTS, start=1):
        text, entities = parse(marked)
        out.append({"id": f"h{n:03d}", "class": cls, "text": text, "entities": entities})
    return out


def dump(data: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data)


def main() -> None:
    content = dump(rows())
    if "--stdout" in sys.argv[1:]:
        sys.stdout.write(content)
        return
    OUT.write_text(content, encoding="utf-8", newline="\n")
    print(f"wrote {OUT} ({len(TEXTS)} texts)")


if __name__ == "__main__":
    main()
