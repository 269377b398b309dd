"""The four action plans of the seed documents as structured data, for the demo and for tests.

Transcribed by hand from the text extracted from PDF in shared/seeds/ (tables rebuilt row by row,
hyphenation repaired, footnote numbers, page headers and personal data left out):

- Socialnämnden 2024 (Socialförvaltningen): 000_f7626849db89c157.txt
- Socialnämnden 2020 (Socialförvaltningen): 004_ada4bad51082de5c.txt
- Bromma 2020: 003_7785f614a5075ad5.txt
- Hägersten-Liljeholmen 2018: 002_7fa06384b63ec346.txt

``HAGERSTEN_2018_EVENTS`` holds the five events of the local situation picture in 002 and
``ROUTINE_FACTS`` the numbers and contacts the seeds give for the routine on concern or incident
(organisation numbers, not personal ones). Where the document's own wording has typos they are kept.
"""

SEED_PLANS: list[dict] = [
    {
        "administration": "Socialförvaltningen",
        "year": 2024,
        "title": ("Socialnämndens handlingsplan mot våldsbejakande extremism 2024"),
        "registration_number": "",
        "status": "adopted",
        "adopted_on": None,
        "decision_reference": "",
        "sections": [
            {
                "kind": "introduction",
                "heading": "Inledning",
                "text": (
                    "Stockholm stads riktlinjer i arbetet mot våldsbejakande extremism är "
                    "utgångspunkt för arbetet i denna handlingsplan. Denna handlingsplan omfattar "
                    "socialnämndens verksamheter och ligger till grund för prioriteringar av "
                    "insatser framåt.\n\n"
                    "Våldsbejakande extremistmiljöer utgör ett hot mot samhällets grundläggande "
                    "struktur, dess styrelseskick eller de politiska företrädarna på olika nivåer. "
                    "På så sätt kan våldsbejakande extremistmiljöer utgöra ett hot mot hela "
                    "demokratin och dessutom ett allvarligt hot mot medborgares möjligheter att "
                    "utöva sina demokratiska rättigheter.\n\n"
                    "Stadens arbete riktas huvudsakligen mot tre extremistmiljöer; den "
                    "våldsbejakande högerextremistiska, den våldsbejakande vänsterextremistiska, "
                    "och den våldsbejakande islamistiska miljön. Att stadens arbete fokuserar på "
                    "dessa miljöer beror på att Säkerhetspolisen bedömer att det inom dessa finns "
                    "individer och grupper som anser det som legitimt att begå brott med målet att "
                    "förändra rådande samhällsordning i Sverige. De utgör ett hot mot demokratin "
                    "och individers möjligheter att utöva sina demokratiska fri- och rättigheter.\n\n"
                    "Stadens insatser innefattar även ett förebyggande arbete mot ensamagerande "
                    "gärningspersoner. Dessa personer är inte med i en grupp/organisation, utan "
                    "agerar istället på egen hand utifrån en extremistmiljös ideologi. "
                    "Säkerhetspolisen gör bedömningen att ensamagerande gärningspersoner som "
                    "motiveras av våldsbejakande islamistisk extremism eller våldsbejakande "
                    "högerextremism utgör ett av de främsta attentatshoten. Enligt "
                    "Säkerhetspolisen är dessa individers syn på samhällsutvecklingen inte sällan "
                    "influerade av konspirationsteorier. Många av dem är unga och lider ofta av "
                    "psykisk ohälsa. Digitaliseringen har inneburit att dessa individer – men även "
                    "de organiserade våldsbejakande extremistiska miljöerna – har en tydlig "
                    "närvaro på nätet.\n\n"
                    "Läs mer om stadens arbete på intranätet under ’Våldsbejakande extremism’. Här "
                    "finns också stöd och utbildningar för stadens medarbetare samlat."
                ),
            },
            {
                "kind": "responsibility",
                "heading": ("Socialnämndens verksamhet i arbetet mot våldsbejakande extremism"),
                "text": (
                    "För att säkerställa Stockholms stads förmåga att förebygga och förhindra "
                    "våldsbejakande extremism i staden har kommunfullmäktige beslutat om "
                    "stadsövergripande riktlinjer mot våldsbejakande extremism (VBE). Dessa har "
                    "tagits fram av stadsledningskontoret och följer Säkerhetspolisens "
                    "övergripande avgränsning och definitioner av målgrupper och åtgärdsområden.\n\n"
                    "Socialnämnden har en viktig roll i stadens arbete mot våldsbejakande "
                    "extremism. Nämnden ska enligt budget 2024 fortsätta att inom socialtjänstens "
                    "område samordna och stödja stadsdelsnämndernas insatser i arbetet mot "
                    "våldsbejakande extremism samt samla och sprida kunskaper om effektiva och "
                    "evidensbaserade metoder.\n\n"
                    "Socialnämnden ansvarar för stadsövergripande verksamheter inom socialtjänst- "
                    "och funktionshinderområdet. Nämnden ska medverka till att invånarna får "
                    "likvärdiga och lika tillgängliga insatser oavsett var de bor i staden och "
                    "oavsett utförare av insats. Vidare bereder nämnden ärenden om övergripande "
                    "frågor som rör socialtjänsten till kommunstyrelsen, exempelvis riktlinjer och "
                    "program som efter beslut i kommunfullmäktige blir styrande dokument för "
                    "stadens socialtjänst. Nämnden erbjuder även tjänster i form av exempelvis "
                    "boendeplatser för olika målgrupper som ett komplement till "
                    "stadsdelsnämndernas egna verksamheter och insatser. Inom några av nämndens "
                    "egna verksamheter finns möjlighet att speciellt uppmärksamma frågan. Nämnden "
                    "är angelägen om att upprätthålla aktuell och god kunskap inom området med "
                    "fokus speciellt på dessa verksamheter. Förebyggande och tidig upptäckt är i "
                    "fokus för Ungdomsjouren som arbetar med ungdomar i det offentliga rummet, "
                    "Framtid Stockholm med Ungdomstjänst, stödcentrum för unga brottsoffer och "
                    "SKKP (särskild kvalificerad kontaktperson) i sina möten med ungdomar och "
                    "föräldrar, Origo och Kriscentrum/Kruton med sitt arbete med hedersrelaterat "
                    "våld och förtryck. Socialjouren har kunskap och kapacitet för ett "
                    "förhindrande arbete i akuta situationer.\n\n"
                    "Förebyggande arbete generellt bedrivs sedan lång tid inom socialnämndens "
                    "verksamheter, på universell, selektiv och indikerad preventionsnivå. "
                    "Förvaltningen bedömer att arbetet mot våldsbejakande extremism, som ska "
                    "omfatta samtliga extremistmiljöer, delvis inkluderas i befintligt arbete, men "
                    "att specialistkunskap kring VBE bör fortsätta spridas inom nämndens "
                    "verksamheter."
                ),
            },
            {
                "kind": "responsibility",
                "heading": "Samordning och annat stöd",
                "text": (
                    "Socialnämndens VBE-samordnare har ett särskilt ansvar för att på en "
                    "stadsövergripande nivå samordna socialtjänstens frågor kring våldsbejakande "
                    "extremism. Samordnaren har sin organisatoriska tillhörighet på "
                    "kompetenscenter barn och unga vid avdelningen för strategi och utveckling, "
                    "men arbetet riktar sig till samtliga verksamhetsområden inom stadens "
                    "socialtjänst.\n\n"
                    "God samverkan mellan stadens verksamheter är grundläggande för att främja och "
                    "förebygga våldsbejakande extremism, exempelvis mellan skola och socialtjänst. "
                    "Utbildningsinsatser har under 2023 erbjudits till kommunala grundskolor och "
                    "Jobbtorg i samarbete med utbildningsförvaltningen och "
                    "arbetsmarknadsförvaltningen, i syfte att höja kompetensen kring VBE samt för "
                    "att informera om vikten av anmälningsplikten kring barn som far illa utifrån "
                    "ett VBE-perspektiv, exempelvis växer upp i en extremistisk miljö eller själv "
                    "är på väg att bli radikaliserad. Förvaltningens VBE-samordnare har även varit "
                    "stöd till stadsdelsförvaltningarna i individärenden där det har kommit in "
                    "orosanmälningar från skolan och Säkerhetspolisen till socialtjänsten. "
                    "Samverkan och samarbete kring avidentifierade individärenden ska fortgå, "
                    "liksom vid genomförande av kunskapshöjande insatser. VBE-samordnaren driver "
                    "även förvaltningens interna arbete mot våldsbejakande extremism och ansvarar "
                    "för att samordna och säkerställa att de aktiviteter som ingår i "
                    "socialnämndens handlingsplan mot våldsbejakande extremism genomförs. "
                    "VBE-samordnaren representerar socialtjänsten i Stockholms stad i olika "
                    "sammanhang och på olika nivåer där erfarenhetsutbyte och kompetensutveckling "
                    "erbjuds med koppling till VBE. Arbetet sker i samverkan med "
                    "stadsledningskontoret samt med övriga förvaltningars VBE-samordnare."
                ),
            },
            {
                "kind": "prevents_acts",
                "heading": ("Stadens centrala avhopparverksamhet och sociala insatsgrupper"),
                "text": (
                    "I Stockholms stad ska socialtjänsten ha förmåga och förutsättning att "
                    "underlätta för dem som vill lämna en våldsbejakande miljö och vid behov kunna "
                    "vidta behövliga åtgärder. Insatser som utgör stöd till individer som är "
                    "motiverade att lämna extremistiska miljöer bedöms utifrån motsvarande "
                    "kriterier som idag används för att ge stöd till individer som vill lämna en "
                    "kriminell livsstil. Detta stöd kan erbjudas inom ramen för "
                    "socialförvaltningens centrala avhopparverksamhet (vuxna individer) eller från "
                    "de sociala insatsgrupper (SIG) som finns i ytterstaden samt är under "
                    "uppbyggnad i Hägersten-Älvsjö stadsdelsförvaltning (barn, unga och vuxna). I "
                    "innerstad och närförort kan stöd erbjudas inom ordinarie "
                    "socialtjänstverksamhet för barn och unga eller vuxna. Tillsammans med polisen "
                    "och kriminalvården samarbetar socialtjänsten gemensamt med att identifiera "
                    "och löpande följa vuxna individer som är i riskzon, för att snabbt kunna möta "
                    "individerna med åtgärder, dels för att avhjälpa den akuta situationen, dels "
                    "för att ge individen stöd och verktyg att lämna den kriminella miljön.\n\n"
                    "Den centrala avhopparverksamheten vid socialförvaltningen är tillgänglig för "
                    "vuxna individer med hög hotbild som har ett särskilt skyddsbehov, vilket "
                    "bedöms av polisens centrala Brottsoffer- och personsäkerhetssektion (BOPS). "
                    "För att få stöd från stadens centrala avhopparverksamhet krävs att individen "
                    "samtycker till att sekretessen bryts mellan socialtjänst och BOPS.\n\n"
                    "SIG vuxna riktar sig till kvinnor och män från 18 år som har behov av stöd "
                    "för att bryta en kriminell livsstil och är motiverade att delta i de insatser "
                    "som föreslås. SIG unga riktar sig till flickor och pojkar under 21 år. Inom "
                    "SIG kan en person länkas till relevanta insatser inom socialtjänsten och till "
                    "insatser som tillhandahålls av andra myndigheter och aktörer. En "
                    "förutsättning är att individen samtycker till att sekretessen bryts enligt 10 "
                    "kap. 1 § offentlighets- och sekretesslagen (2009:400), OSL. Detta för att "
                    "aktuella myndigheter och andra aktörer ska kunna skapa en gemensam bild av "
                    "individens situation och behov, och därmed ha bättre förutsättningar för att "
                    "samordna och genomföra insatser på ett tryggt och säkert sätt.\n\n"
                    "Ansvaret för stöd och skydd för barn och unga upp till och med 20 års ålder "
                    "som begår brott och/eller misstänks ha kopplingar till VBE ligger hos "
                    "stadsdelsnämndernas barn- och unga enheter inom IFO. Arbetet styrs av "
                    "socialtjänstlagen (2001:453) och lagen (1990:52) med särskilda bestämmelser "
                    "om vård av unga, LVU. Vad gäller barn och unga som återvänder från "
                    "krigsdrabbade områden har socialnämnden tagit fram en särskild vägledning "
                    "till socialtjänsten. Socialtjänsten har också särskilda uppgifter gällande "
                    "unga lagöverträdare som framgår av lagen (1964:167) med särskilda "
                    "bestämmelser om unga lagöverträdare, LUL. Alla insatser genomförs med hänsyn "
                    "till individuella behov och de förutsättningar som råder i det enskilda "
                    "fallet."
                ),
            },
            {
                "kind": "prevents_acts",
                "heading": "Stöd till anhöriga",
                "text": (
                    "Ett liv kopplat till våldsbejakande extremism sker ofta i en social kontext "
                    "som involverar människor i personens närhet. Anhöriga till personer som är "
                    "inblandade i våldsbejakande extremism kan inte sällan behöva stöd också för "
                    "egen del. Att det personliga sociala nätverket kan ge ett uthålligt stöd har "
                    "visat sig ha en positiv påverkan på människors motivation att söka hjälp för "
                    "att lämna en extremistmiljö. Anhöriga kan även spela en viktig roll för att "
                    "personer med koppling till våldsbejakande extremism ska fullfölja sina stöd- "
                    "och behandlingskontakter över tid. Därför är det av vikt att socialtjänsten "
                    "vid behov erbjuder stöd till anhöriga till personer med koppling till "
                    "våldsbejakande extremism. Insatserna ska anpassas utifrån individuella behov "
                    "och förutsättningar samt med hänsyn till att olika former av våldsbejakande "
                    "extremism tar sig olika uttryck.\n\n"
                    "Socialtjänstens ansvar att erbjuda stöd för att underlätta för vissa grupper "
                    "av anhöriga regleras i 5 kap. 10 § socialtjänstlagen. Anhöriga till personer "
                    "med koppling till VBE omfattas inte av bestämmelsen i lagen, men av "
                    "Stockholms stads program för stöd till anhöriga 2021-2024 framgår att denna "
                    "målgrupp inkluderas i socialtjänstens ansvar att erbjuda stöd. "
                    "Socialtjänstens ordinarie verksamheter har således ett ansvar för att stödja "
                    "anhöriga inom ramen för socialtjänstens uppdrag att tillhandahålla service, "
                    "råd och stöd. Socialförvaltningens behandlingsenhet utgör ett komplement till "
                    "stadsdelsförvaltningarnas anhörigstöd och kan erbjuda stödsamtal med anhöriga "
                    "till personer med koppling till VBE."
                ),
            },
            {
                "kind": "preventive",
                "heading": "Förebyggande arbete",
                "text": (
                    "Ett effektivt förebyggande arbete bör innehålla en kombination av insatser på "
                    "olika preventionsnivåer. Universella insatser riktas till en bred målgrupp "
                    "utan hänsyn till riskfaktorer och fokuserar på att förhindra att något "
                    "oönskat händer. Selektiva insatser riktas till grupper i riskzon för en "
                    "ogynnsam utveckling och målet är att tidiga insatser ska eliminera risken för "
                    "en negativ trend. Indikerade insatser riktas till specifika individer som har "
                    "utvecklat eller är på god väg att utveckla en problematik.\n\n"
                    "Stadens förebyggande arbete ska fokusera på att motverka utanförskap och "
                    "förhindra att enskilda individer attraheras av våldsbejakande miljöer. Ett "
                    "sammanhållet stöd från socialnämnden till stadsdelsförvaltningarna innebär "
                    "vinster i form av bland annat resursoptimering och ökad samverkan och kan på "
                    "så sätt bidra till en ökad likställighet i stadens förebyggande arbete. Inom "
                    "ramen för arbetet mot våldsbejakande extremism är det viktigt att upptäcka "
                    "extremistiska miljöer och personer som riskerar att radikaliseras i ett "
                    "tidigt skede. Medarbetare behöver känna till den lokala lägesbilden, ha "
                    "kunskap om olika gruppers symboler och andra kännetecken, liksom kunskap om "
                    "vart medarbetare och invånare ska vända sig när det finns misstanke om att en "
                    "person håller på att radikaliseras eller på annat sätt stödjer eller "
                    "förespråkar våldsbejakande extremism. Socialnämnden ska aktivt arbeta för att "
                    "sprida denna kunskap och utgöra ett stöd för stadsdelsförvaltningarna för att "
                    "förebygga utanförskap och förhindra att enskilda individer attraheras av "
                    "våldsbejakande miljöer."
                ),
            },
            {
                "kind": "prevents_acts",
                "heading": "Förhindrande verksamhet",
                "text": (
                    "Socialtjänsten har enligt lagstiftningen det yttersta ansvaret för att "
                    "enskilda får det stöd och skydd de behöver. Detta innebär dock ingen "
                    "inskränkning i det ansvar som andra huvudmän har. Det finns inga lagar som "
                    "stödjer socialtjänsten att kunna sätta in tvångsåtgärder mot vuxna individer "
                    "som exempelvis återvänt från terrorism, krig eller som rör sig i miljöer med "
                    "våldsbejakande extremism alternativt misstänks vara ensamagerande "
                    "gärningspersoner. Det som socialtjänsten kan och ska göra i dessa fall är att "
                    "erbjuda stöd till individen att skifta fokus och lämna våldsbejakande "
                    "extremism. När det gäller barn och unga (0-20 år) har socialtjänsten däremot "
                    "ett särskilt utpekat ansvar i socialtjänstlagen. Socialtjänsten ska sörja för "
                    "att barn och unga som riskerar att utvecklas ogynnsamt får det skydd och stöd "
                    "som de behöver och, om barnets eller den unges bästa motiverar det, besluta "
                    "om vård och fostran utanför det egna hemmet med stöd av socialtjänstlagen "
                    "eller LVU. Vid behov erbjuder socialnämndens VBE-samordnare konsultativt stöd "
                    "till lokal socialtjänst i hanteringen av ärenden med barn som växer upp i "
                    "extremistiska miljöer, är på väg att radikaliseras eller som har återvänt "
                    "från krigsdrabbade områden.\n\n"
                    "Alla ärenden inom socialtjänsten ska utgå från den enskilda individens behov. "
                    "Om individen samtycker till att information delas mellan myndigheter och "
                    "andra aktörer kan stödet erbjudas inom ramen för t.ex. sociala insatsgrupper "
                    "(barn, unga och vuxna) eller stadens avhopparverksamhet (vuxna).\n\n"
                    "I stadens verksamheter möter medarbetare individer i riskzon för destruktiva "
                    "livsmiljöer och utanförskap. Särskilt viktigt för att motverka kriminalitet "
                    "och radikalisering är nära samverkan mellan framför allt förskola, skola, "
                    "socialtjänst, jobbtorg, polis, kriminalvård, frivård, habilitering och "
                    "psykiatri. Samverkan möjliggör en gemensam ansträngning för att förhindra "
                    "denna typ av brottslighet som innebär ett hot mot demokrati och människors "
                    "liv och hälsa, samt för att motivera den som befinner sig i en kriminell "
                    "eller våldsbejakande miljö att ta emot adekvata insatser för att bli "
                    "självständig och en del av samhället."
                ),
            },
            {
                "kind": "associations",
                "heading": "Föreningsbidrag och upplåtande av lokaler",
                "text": (
                    "Riktlinjerna för Stockholms stads arbete mot våldsbejakande extremism anger "
                    "tydligt att stöd i form av ekonomiska bidrag från staden inte ska ges till "
                    "någon ideell förening som inte står bakom den demokratiska rättsstatens "
                    "principer, de mänskliga rättigheterna och jämställdhet mellan kvinnor och "
                    "män. Föreningar som uppmuntrar till, eller stödjer, våldsbejakande extremism "
                    "ska fråntas all typ av stöd i den mån de har sådant. Stadsövergripande "
                    "riktlinjer för stadens arbete med föreningsbidrag och upplåtande av lokaler "
                    "beslutades av kommunfullmäktige under 2021 och har sedan dess implementerats "
                    "på socialnämndens enhet för juridik, upphandling och föreningsstöd.\n\n"
                    "Av socialnämndens riktlinjer för bidrag till ideella föreningar framgår vilka "
                    "krav som ställs på föreningar för att de ska kunna beviljas bidrag genom "
                    "socialnämndens organisations- och föreningsutskott. Sedan maj 2017 framgår av "
                    "riktlinjerna att föreningen ska ta avstånd från våldsbejakande uttryck och "
                    "åsikter. Vidare framgår att föreningen inte heller får samverka med, eller "
                    "anlita, organisationer eller personer som uttrycker åsikter i strid mot "
                    "detta. Om föreningen inte lever upp till eller bryter mot kraven i "
                    "riktlinjerna beviljas inte bidrag och beslutade bidrag kan stoppas från att "
                    "betalas ut."
                ),
            },
            {
                "kind": "situation",
                "heading": "Lokal lägesbild",
                "text": (
                    "I förvaltningens lägesbild görs en analys av VBE i relation till "
                    "socialnämndens verksamheter, problemens karaktär och under vilka förhållanden "
                    "de uppstår. Lägesbilden utgör ett underlag för att välja och planera åtgärder "
                    "samt visa på vilka problemområden som kräver insatser utöver linjeverksamhet.\n\n"
                    "Förvaltningens lokala lägesbild har hittills baserats på information som "
                    "inhämtats via en enkät som skickats ut vartannat år till samtliga enheter "
                    "inom socialnämnden. Enkäten har bestått av två delar. Den ena delen handlar "
                    "om händelser och iakttagelser kopplat till våldsbejakande extremism och den "
                    "andra syftar till att undersöka kunskapsnivån och utbildningsbehovet hos "
                    "chefer och medarbetare på respektive enhet.\n\n"
                    "Enkäten har inte skickats ut under 2023 då Stockholms stads riktlinjer mot "
                    "våldsbejakande extremism har varit under revidering och stadens VBE-arbete "
                    "har inkorporerats i Stockholms stads Trygghetsprogram samt i "
                    "Samverkansöverenskommelsen med Polisregion Stockholm.\n\n"
                    "I stället har den lokala lägesbilden baserats på information från "
                    "stadsdelsförvaltningarnas lägesbild och behov, samt information från "
                    "blanketter med avidentifierad information som inkommit till socialnämnden "
                    "under perioden augusti 2023 – februari 2024 från Intro Stockholm, Bromma "
                    "stadsdelsförvaltning, Norra Innerstadens stadsdelsförvaltning, Farsta "
                    "stadsdelsförvaltning, Enskede-Årsta-Vantörs stadsdelsförvaltning, "
                    "Hässelby-Vällingby stadsdelsförvaltning och Södermalms stadsdelsförvaltning.\n\n"
                    "Under perioden har två händelser med kopplingar till våldsbejakande extremism "
                    "uppmärksammats i socialförvaltningens verksamheter samt sex stycken händelser "
                    "ute på stadsdelsförvaltningarna. Händelserna har handlat om oro för individer "
                    "som genom otillåten påverkan har försökt påverka beslut och insatser genom "
                    "antidemokratiskt agerande, islamistisk extremism, högerextremism, samt oro "
                    "för skolskjutningar.\n\n"
                    "Händelserna har i första hand handlat om oro för minderåriga med ett "
                    "allvarligt normbrytande beteende samt skydd och stöd i samverkan med "
                    "polismyndigheten utifrån risk för attentat kopplat till skolmiljö.\n\n"
                    "Socialnämnden ser att inrapportering av samtliga händelser har inkommit i ett "
                    "sent skede och det finns därför ett stort behov av att fortsätta sprida och "
                    "implementera de rutiner som finns i staden för att upptäcka oro/händelser "
                    "kopplat till VBE för att säkerställa att alla chefer och medarbetare vet vad "
                    "de ska göra vid oro för en händelse kopplat till VBE samt hur socialtjänsten "
                    "ska kunna upptäcka och förebygga VBE i ett så tidigt skede som möjligt. Det "
                    "framkommer även att samverkan med lokal polis behöver ske i högre "
                    "utsträckning och tidigare i VBE-relaterade händelser."
                ),
            },
            {
                "kind": "situation",
                "heading": "Källor",
                "text": (
                    "Stockholms stads blankett för avidentifierad information kring våldsbejakande "
                    "extremism, och stadsdelsförvaltningarnas lokala lägesbilder inom ramen för "
                    "samverkansöverenskommelsen med polisen."
                ),
            },
            {
                "kind": "analysis",
                "heading": "Analys",
                "text": (
                    "Utifrån inrapporterade händelser gör socialnämnden bedömningen att det finns "
                    "ett fortsatt behov av kompetenshöjande åtgärder om våldsbejakande extremism i "
                    "staden med fokus på ensamagerande våldsverkare oavsett ålder, otillåten "
                    "påverkan, och skolattacker.\n\n"
                    "Socialnämnden ser också ett fortsatt behov av att sprida information om hur "
                    "staden kan arbeta förebyggande mot våldsbejakande extremism och tidigt "
                    "upptäcka radikalisering och/eller insocialisering för att kunna erbjuda "
                    "adekvata insatser till enskilda och familjer i tid.\n\n"
                    "Aktiviteterna för 2024 och framåt riktar sig därmed främst till att sprida "
                    "och implementera Stockholms stads rutin vid oro och händelser kopplat till "
                    "våldsbejakande extremism, sprida och implementera rutin för samverkan med "
                    "Polismyndigheten vid oro och händelser kopplat till våldsbejakande extremism "
                    "samt fortsatt stötta stadsdelsförvaltningarna i att hantera ärenden med "
                    "kopplingar till VBE.\n\n"
                    "Åtgärderna kommer även att handla om att implementera och sprida Rutin 24 "
                    "timmar för individer som vill lämna en kriminell livsstil eller "
                    "våldsbejakande extremism miljö samt erbjuda deras anhöriga stöd.\n\n"
                    "Under året kommer stadsledningskontoret tillsammans med socialnämnden, "
                    "utbildningsförvaltningen och arbetsmarknadsförvaltningen ta fram ett "
                    "utbildningsmaterial bestående av olika moduler inom området våldsbejakande "
                    "extremism för stadsdelsförvaltningarna att själva kunna använda lokalt inom "
                    "respektive verksamhetsområde. Modulerna kommer att ha ett innehåll som "
                    "motsvarar socialtjänstens behov av kompetenshöjande åtgärder kopplat till "
                    "hanteringen av inkomna avidentifierade blanketter. Socialnämnden ser även ett "
                    "behov av att fortsätta samordna och stötta stadsdelsförvaltningarna med "
                    "nyheter och omvärldsbevakning inom området samt delta i relevanta VBE-nätverk "
                    "både internt och externt."
                ),
            },
            {
                "kind": "other",
                "heading": ("Socialnämndens aktiviteter kopplat till våldsbejakande extremism"),
                "text": (
                    "Med utgångspunkt i den lokala lägesbilden kommer följande insatser och "
                    "aktiviteter genomföras. Aktiviteterna som listas är både sådana som genomförs "
                    "internt och externt i samverkan med andra aktörer."
                ),
            },
            {
                "kind": "training",
                "heading": "Kompetenshöjande insatser",
                "text": (
                    "Behovet av kunskapshöjande åtgärder om VBE i staden bedöms vara fortsatt "
                    "stort då VBE är ett förhållandevis nytt område för socialtjänsten och "
                    "personalomsättningen kräver att staden löpande tillhandahåller utbildning om "
                    "VBE till nya medarbetare. En webbaserad grundutbildning avseende "
                    "våldsbejakande extremism finns i alla anställdas utbildningsportal framtagen "
                    "av stadsledningskontoret. Under 2022 togs en webbaserad "
                    "fördjupningsutbildning om högerextremism fram och respektive förvaltning ska "
                    "också säkerställer att all relevant personal genomför den under 2024."
                ),
            },
            {
                "kind": "follow_up",
                "heading": "Uppföljning",
                "text": (
                    "Enligt stadens riktlinjer mot VBE ska lokala handlingsplaner om arbete mot "
                    "VBE behandlas årligen av ansvarig nämnd och därefter godkännas av "
                    "kommunstyrelsen. Direktiven från stadsledningskontoret 2024 är att de lokala "
                    "handlingsplanerna ska biläggas i T1. Handlingsplanerna ska följas upp inom "
                    "ramen för stadens ordinarie styrning under mål 3.6 Tryggheten ska öka genom "
                    "förebyggande insatser."
                ),
            },
        ],
        "activities": [
            {
                "group": "coordination",
                "description": (
                    "Socialnämndens VBE-samordnare deltar i stadsledningskontorets VBE-nätverk för "
                    "fackförvaltningarna."
                ),
                "responsible": "Enhetschef KC barn och unga",
                "schedule": {"start": "2024-01-01", "end": "2024-12-31"},
                "follow_up": ["T1", "T2", "VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "coordination",
                "description": (
                    "Socialnämndens VBE-samordnare deltar i stadsledningskontorets Trygghets- och "
                    "säkerhetsnätverk."
                ),
                "responsible": "Enhetschef KC barn och unga",
                "schedule": {"start": "2024-01-01", "end": "2024-12-31"},
                "follow_up": ["T1", "T2", "VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "coordination",
                "description": (
                    "Socialnämndens VBE-samordnare deltar i Center mot våldsbejakande extremism "
                    "(CVE:s) storstadsnätverk och socialtjänstnätverk."
                ),
                "responsible": "Enhetschef KC barn och unga",
                "schedule": {"start": "2024-01-01", "end": "2024-12-31"},
                "follow_up": ["T1", "T2", "VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "coordination",
                "description": (
                    "Staden är medlem i Nordic Safe Cities och socialnämndens VBE-samordnare "
                    "deltar i dessa möten samt i erfarenhetsutbyten med de nordiska ländernas "
                    "huvudstäder i syfte att stärka arbetet mot våldsbejakande extremism."
                ),
                "responsible": "Enhetschef KC barn och unga",
                "schedule": {"start": "2024-01-01", "end": "2024-12-31"},
                "follow_up": ["T1", "T2", "VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "preventive_universal",
                "description": (
                    "Socialnämndens ska efterleva stadens riktlinjer och vägledning mot VBE samt "
                    "använda blanketten för avidentifierad information i samtliga verksamheter "
                    "inom förvaltningen."
                ),
                "responsible": "Respektive enhetschef på samtliga enheter",
                "schedule": {"start": "2024-01-01", "end": "2024-12-31"},
                "follow_up": ["VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "coordination",
                "description": (
                    "Socialnämndens VBE-samordnare ska erbjuda stöd och samordning till "
                    "stadsdelsförvaltningarna i frågor som rör VBE, både kopplat till arbetssätt "
                    "och metoder samt vid behov i avidentifierade individärenden."
                ),
                "responsible": "Enhetschef KC barn och unga",
                "schedule": {"start": "2024-01-01", "end": "2024-12-31"},
                "follow_up": ["VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "coordination",
                "description": (
                    "Socialnämndens VBE-samordnare ska stödja stadsdelsförvaltningarna i arbetet "
                    "med att integrera VBE-frågan i socialtjänstens ordinarie uppdrag."
                ),
                "responsible": "Enhetschef KC barn och unga",
                "schedule": {"start": "2024-01-01", "end": "2024-12-31"},
                "follow_up": ["VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "preventive_universal",
                "description": (
                    "Socialnämndens VBE-samordnare ska fortsatt undersöka likheter och skillnader "
                    "i våldsmekanismer samt behov av stödinsatser, mellan VBE och andra målgrupper "
                    "såsom offer för människohandel, personer i gängkriminalitet och organiserad "
                    "brottslighet och personer utsatta för hedersrelaterat våld och förtryck och "
                    "våld i nära relationer, i syfte att hitta synergieffekter och gemensamma "
                    "prioriteringar i det förebyggande arbetet."
                ),
                "responsible": "Enhetschef KC barn och unga",
                "schedule": {"start": "2023-01-01", "end": "2024-12-31"},
                "follow_up": ["VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "preventive_indicated",
                "description": (
                    "Socialnämnden ska samverka med Region Stockholm i syfte att bryta allvarligt "
                    "normbrytande beteende hos barn och unga och erbjuda lämpliga samordnade och "
                    "tidiga insatser."
                ),
                "responsible": "Enhetschef KC barn och unga",
                "schedule": {"start": "2024-01-01", "end": "2024-12-31"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "prevents_acts",
                "description": (
                    "Socialnämnden ska revidera Stockholm stads program för stöd till anhöriga 2021-2024."
                ),
                "responsible": "Enhetschef KC barn och unga",
                "schedule": {"start": "2024-01-01", "end": "2024-12-31"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "coordination",
                "description": ("Socialnämnden ska fortsätta att implementera Sekretesshandboken."),
                "responsible": "Enhetschef KC barn och unga",
                "schedule": {"start": "2024-01-01", "end": "2024-12-31"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "coordination",
                "description": ("Användningen av den framtagna sekretesshandboken ska följas upp."),
                "responsible": "Enhetschef KC barn och unga",
                "schedule": {"start": "2024-01-01", "end": "2024-06-08"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "coordination",
                "description": (
                    "Sekretesshandboken ska revideras för att inkludera flera verksamheter och "
                    "områden som till exempel skola och psykiatrin. Arbetet ska ske i samverkan "
                    "med berörda nämnder, polisen och Region Stockholm."
                ),
                "responsible": "Enhetschef KC barn och unga",
                "schedule": {"text": "2024-2026"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "prevents_acts",
                "description": (
                    "Socialnämnden ska implementera och sprida Rutin för att etablera en första "
                    "kontakt med staden inom 24 timmar för personer som vill lämna en kriminell "
                    "livsstil."
                ),
                "responsible": "Enhetschef KC barn och unga",
                "schedule": {"start": "2024-01-01", "end": "2024-12-31"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "prevents_acts",
                "description": (
                    "Förvaltningens VBE-samordnar ska sprida kunskap inom stadens socialtjänst om "
                    "samverkan med Säkerhetspolisen och Polismyndigheten vid händelser kopplat "
                    "till VBE."
                ),
                "responsible": "Enhetschef KC barn och unga",
                "schedule": {"start": "2024-01-01", "end": "2024-12-31"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "coordination",
                "description": (
                    "Förvaltningens VBE-samordnare ska tillsammans med ansvarig utredare för SIG "
                    "sammanställa nyhetsbrev om VBE och kriminalitet och sprida till stadens "
                    "socialtjänst berörda facknämnder."
                ),
                "responsible": "Enhetschef KC barn och unga",
                "schedule": {"recurrence": "4 ggr/år"},
                "follow_up": ["VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "associations",
                "description": (
                    "Socialnämnden ska i 2024 års uppföljning av föreningar med fokus på "
                    "välfärdsbrott inkludera kontrollåtgärd för våldsbejakande extremism."
                ),
                "responsible": ("Enhetschef Enheten för juridik, upphandling och föreningsstöd"),
                "schedule": {"start": "2024-01-01", "end": "2024-12-31"},
                "follow_up": ["VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "training",
                "description": (
                    "Socialnämnden ska säkerställa att alla medarbetare genomgått den webbaserade "
                    "grundutbildningen om våldsbejakande extremism."
                ),
                "responsible": "Respektive enhetschef på samtliga enheter inom socialnämnden",
                "schedule": {"start": "2024-01-01", "end": "2024-12-31"},
                "follow_up": ["VB"],
                "indicator": ("Antal medarbetare som genomgått utbildningen vid årets slut (VB)."),
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "training",
                "description": (
                    "Socialnämnden ska säkerställa att berörd personal genomgår stadens "
                    "webbaserade fördjupningsutbildning om vitmaktmiljö."
                ),
                "responsible": "Respektive enhetschef inom socialnämndens samtliga enheter",
                "schedule": {"start": "2024-01-01", "end": "2024-12-31"},
                "follow_up": ["VB"],
                "indicator": ("Antal medarbetare som genomgått utbildningen vid årets slut (VB)."),
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "training",
                "description": (
                    "Socialnämnden ska under ledning av Stadsledningskontoret, och tillsammans med "
                    "Arbetsmarknadförvaltningen och utbildningsförvaltningen planera för "
                    "kompetenshöjande insatser för stadens medarbetare om ensamagerande "
                    "våldsverkare och skolattacker."
                ),
                "responsible": "Enhetschef KC barn och unga för socialnämndens del.",
                "schedule": {"start": "2024-01-01", "end": "2024-12-31"},
                "follow_up": ["VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
        ],
    },
    {
        "administration": "Socialförvaltningen",
        "year": 2020,
        "title": ("Socialnämndens handlingsplan mot våldsbejakande extremism 2020"),
        "registration_number": "3.1.1-212/2020",
        "status": "adopted",
        "adopted_on": None,
        "decision_reference": "",
        "sections": [
            {
                "kind": "introduction",
                "heading": "Inledning och syfte",
                "text": (
                    "Våldsbejakande extremism är ett samlingsbegrepp för rörelser, ideologier "
                    "eller miljöer som inte accepterar en demokratisk samhällsordning och som "
                    "främjar våld för att uppnå ett ideologiskt mål. Med våldsbejakande menas "
                    "handlingar såsom att stödja, uppmana till eller delta i ideologiskt "
                    "motiverade handlingar för att främja en sak. Våldsbejakande extremistmiljöer "
                    "kan utgöra ett hot till exempel mot samhällets grundläggande struktur, dess "
                    "styrelseskick eller de politiska företrädarna på olika nivåer. På så sätt kan "
                    "våldsbejakande extremistmiljöer utgöra ett hot mot hela demokratin och "
                    "dessutom ett allvarligt hot mot medborgares möjligheter att utöva sina "
                    "demokratiska rättigheter. Den demokratiska processen underkänns av "
                    "extremisterna och de ser det därför som motiverat att ta till odemokratiska "
                    "metoder i kampen för att uppnå det de uppfattar vara det ideala samhället.\n\n"
                    "För att säkerställa Stockholms stads förmåga att förebygga och förhindra "
                    "våldsbejakande extremism i staden beslutade kommunfullmäktige i maj 2016 "
                    "stadsövergripande riktlinjer mot våldsbejakande extremism. I riktlinjerna "
                    "framgår att stadsdelsnämnderna och berörda facknämnder ska utarbeta lokala "
                    "handlingsplaner. Syftet med handlingsplanen är att säkerställa en tydlig "
                    "ansvarsfördelning och struktur för arbetet med att förebygga och motverka "
                    "våldsbejakande extremism på lokal nivå. Handlingsplanerna ska innehålla en "
                    "lokal lägesbild och därtill lämpliga lokala aktiviteter. Handlingsplanerna "
                    "revideras årligen. I kommunfullmäktiges budget 2020 framgår att staden ska "
                    "fortsatt arbeta strukturerat och målmedvetet mot våldsbejakande extremism och "
                    "för att stärka demokratin och de mänskliga rättigheterna i hela staden.\n\n"
                    "Stadens arbete mot våldsbejakande extremism är riktat mot tre "
                    "extremistmiljöer; den autonoma vänstermiljön, vit makt-miljön och den "
                    "våldsbejakande islamistiska miljön. En miljö i det här sammanhanget är en "
                    "samling grupper som delar en ideologisk grund. Att arbetet fokuserar på dessa "
                    "beror på att Säkerhetspolisen bedömer att dessa grupper är de främsta hoten "
                    "mot vår demokrati och också mest benägna att använda våld för sin sak. Läs "
                    "mer om stadens arbete på "
                    "https://intranat.stockholm.se/Sidor/2017/1/Valdsbejakande-extremism/"
                ),
            },
            {
                "kind": "responsibility",
                "heading": "Ansvar",
                "text": (
                    "I Stockholms stad verkar och vistas i olika utsträckning personer och "
                    "grupperingar från olika våldsbejakande extremistiska miljöer. Var de finns "
                    "och hur aktiva dessa olika grupper är skiftar över tid och dessa förändringar "
                    "kan ske snabbt. Att dessa miljöer ständigt förändras är därför en viktig "
                    "utgångspunkt att ta hänsyn till för de nämnder i staden som arbetar med dessa "
                    "frågor. Staden ska aktivt motverka våldsbejakande extremism i de stadsdelar "
                    "där sådana rörelser har fått fäste. Åtgärder ska vidtas skyndsamt när det "
                    "finns kunskap om etablerade extremistgrupperingar i ett område, kunskap om "
                    "individer som rekryterar till extremistgrupper eller där individer uppvisar "
                    "riskbeteenden för radikaliserings. Det ska finnas tydliga rutiner för att på "
                    "individnivå kunna hantera avhoppare och drabbade. Stadsdelsnämnderna och "
                    "berörda facknämnder ska utarbeta lokala handlingsplaner med "
                    "verksamhetsspecifika analyser av nuläget och med riktade insatser i arbetet "
                    "mot våldsbejakande extremism. Samtliga nämnder ska genom kontroll och "
                    "uppföljning säkerställa att ekonomiska bidrag eller tillgång till lokaler "
                    "inte går till någon aktör som inte står bakom den demokratiska rättsstatens "
                    "principer, de mänskliga rättigheterna och jämställdhet mellan kvinnor och "
                    "män, eller som uppmuntrar eller möjliggör våldsbejakande extremism.\n\n"
                    "Stadens verksamheter har ett uppdrag att arbeta mot våldsbejakande extremism "
                    "och berörda nämnder ansvarar för att aktiviteter som är lämpliga i "
                    "förhållande till lägesbilden genomförs. Behovet av aktiviteter och "
                    "aktiviteternas innehåll kan variera mellan olika delar av staden beroende på "
                    "hur lägesbilden ser ut och vilka extremistiska grupper som finns lokalt. "
                    "Berörda nämnder ansvarar vidare för att anställda inom de egna "
                    "verksamhetsområdena har kunskap om området och känner till innehållet i "
                    "nämndens handlingsplan. Nämnderna ska ha en lokal samordnare för detta "
                    "arbete. Den lokala samordnaren ansvarar för att:\n\n"
                    "- Delta i stadens nätverk för samordnare mot våldsbejakande extremism och ha "
                    "en nära samverkan med stadens centrala samordnare.\n\n"
                    "- I sin förvaltning aktivt arbeta för att implementera rutiner, mallar och "
                    "dylikt kopplat till VBE.\n\n"
                    "- Löpande samverka med polisen och andra berörda aktörer lokalt för att ha en "
                    "aktuell lägesbild.\n\n"
                    "- Den lokala lägesbilden uppdateras årligen och att medarbetarnas "
                    "erfarenheter då inhämtas genom fastställd enkät.\n\n"
                    "- Vara kontaktpunkt från förvaltningen gentemot polisen och andra berörda "
                    "aktörer i frågor som rör våldsbejakande extremism.\n\n"
                    "- Säkerställa informationsdelning till berörda aktörer inom förvaltningens "
                    "verksamheter.\n\n"
                    "- Stödja förvaltningens verksamheter som berörs av frågan i sitt arbete.\n\n"
                    "- Bevaka och följa frågan lokalt, regionalt och nationellt."
                ),
            },
            {
                "kind": "responsibility",
                "heading": "Samverkan",
                "text": (
                    "Stadens verksamheter ska ha en nära samverkan med polisen. Det lokala "
                    "brottsförebyggande arbetet regleras i en stadsövergripande "
                    "samverkansöverenskommelse mellan staden och polisregion Stockholm. I den "
                    "framgår fackförvaltningarnas ansvar i samverkan. Lokala "
                    "samverkansöverenskommelser har tagits fram i alla stadsdelsförvaltningar"
                ),
            },
            {
                "kind": "responsibility",
                "heading": "Samverkan kring individer i risk att radikaliserar",
                "text": (
                    "I stadens verksamheter möter medarbetare individer i riskzon för destruktiva "
                    "livsmiljöer och utanförskap, exempelvis kriminalitet och radikalisering. Det "
                    "finns ett behov av att utveckla arbetssätt och metoder för att fånga upp och "
                    "motverka att individer radikaliserar.\n\n"
                    "Individer ska tillfrågas om samtycke till att dela relevant information med "
                    "berörda aktörer rutinmässigt av stadens verksamheter så att samverkan kan ske "
                    "på individnivå i så stor omfattning som möjligt."
                ),
            },
            {
                "kind": "other",
                "heading": "Rutin vid oro/händelse rörande våldsbejakande extremism",
                "text": (
                    "För att tydliggöra rutiner för gemensam hantering kring radikaliserade "
                    "individer har en rutin tagits fram. Där beskrivs hur medarbetare i staden ska "
                    "agera när de känner oro för en individ eller det har inträffat en händelse "
                    "som kan vara kopplat till våldsbejakande extremism."
                ),
            },
            {
                "kind": "other",
                "heading": "Blankett för aidentifierad information",
                "text": (
                    "Det finns en blankett för aidentifierad information som ska användas vid "
                    "oro/händelser kopplat till VBE. Den finns på intranätet och ska fyllas i och "
                    "skickas till förvaltningens samordnare. Blanketten är en del i arbetet med "
                    "att kartlägga förekomsten av VBE lokalt."
                ),
            },
            {
                "kind": "situation",
                "heading": "Lokal lägesbild",
                "text": (
                    "Flera händelser med koppling till vitmakt-miljön har uppmärksammats i "
                    "förvaltningens enheter som har verksamheter utspridda inom flera "
                    "stadsdelsförvaltningar. Händelser som har rapporterats in är bland annat i "
                    "form av skadegörelser som har ägt rum, bärande av symboler, hot och "
                    "kränkningar, våld, försök till rekrytering och uttryck av våldsbejakande "
                    "åsikter. Inom den islamistiska våldsbejakande miljön har uppmärksammats att "
                    "en person har burit på symboler och en annan har uttryckt våldsbejakande "
                    "åsikter."
                ),
            },
            {
                "kind": "situation",
                "heading": "Kartläggning",
                "text": (
                    "Förvaltningens lokala lägesbild baseras på information från "
                    "socialförvaltningens avdelning för stadsövergripande sociala frågor och "
                    "förvaltningens egna verksamheter. Informationen har inhämtats genom en enkät "
                    "framtagen av stadsledningskontoret som skickades ut till samtliga "
                    "enhetschefer och biträdande chefer inom förvaltningen. Totalt har 51 "
                    "enhetschefer inom både avdelningen för stadsövergripande sociala frågor, "
                    "administrativa avdelningen, avdelningen för mottagande av nyanlända samt "
                    "socialtjänstavdelningen haft möjlighet att besvara lägesbildsenkäten mot "
                    "våldsbejakande extremism. Enkäten besvarades av 46 enhetschefer inom samtliga "
                    "avdelningar.\n\n"
                    "Av svaren från enkätundersökningen framkommer att flera händelser med "
                    "koppling till vitmakt-miljön uppmärksammats i förvaltningens enheter som har "
                    "verksamheter utspridda inom flera stadsdelsförvaltningar."
                ),
            },
            {
                "kind": "situation",
                "heading": "Resultat från förvaltningens enkät:",
                "text": (
                    "- Förvaltningens enheter anser att det är viktigt att samverka främst med "
                    "stadsdelsförvaltningarnas socialtjänster polis och psykiatri, såsom "
                    "BUP/vuxenpsykiatri. Därefter finns önskemål att samverka även med "
                    "kriminalvården, föreningar, trossamfund, anhöriga och skola.\n\n"
                    "- Förvaltningens lokala handlingsplan kring våldsbejakande extremism har god "
                    "spridning och den har uppmärksammats i olika sammanhang såsom på "
                    "arbetsplatsträffar, föreläsningar/utbildningar samt har använts som "
                    "diskussionsunderlag under enhets/arbetsplatsträffar.\n\n"
                    "- Stadens grundläggande webbutbildning har haft en god spridning bland "
                    "förvaltningens chefer och medarbetare. 725 av totalt 955 anställda inom "
                    "förvaltningen har genomgått utbildningen. Målet är att samtliga medarbetare "
                    "och chefer inom förvaltningen ska genomgå och ha grundläggande kunskap kring "
                    "VBE frågan vid årsskiftet 2020/2021.\n\n"
                    "- Chefer inom förvaltningen har god kännedom om att förvaltningen har en "
                    "särskild utredare som samordnar arbetet mot våldsbejakande extremism. Däremot "
                    "behöver kännedomen om denna funktion höjas bland medarbetarna inom "
                    "förvaltningen. Även kunskapen om blanketten för oidentifierad information som "
                    "ska användas om man har upplevt oro eller en händelse med kopplingar till "
                    "våldsbejakande extremism behöver höjas. Endast några få av enheterna har "
                    "använt sig av blanketten. De flesta som har svarat på enkäten har emellertid "
                    "inte haft anledning att fylla i blanketten.\n\n"
                    "- Chefer och medarbetare inom förvaltningen har deltagit i de utbildningar "
                    "som förvaltningens VBE-samordnare har erbjudit och även i de utbildningar som "
                    "förvaltningen tillsammans med stadsledningskontoret har arrangerat. Det finns "
                    "en god grundläggande kunskapsnivå om VBE bland medarbetarna inom "
                    "förvaltningen. Behov finns dock av ytterligare utbildning för att höja "
                    "kompetensnivån ytterligare kring frågan."
                ),
            },
            {
                "kind": "analysis",
                "heading": "Analys",
                "text": (
                    "Antalet inrapporterade händelser med kopplingar till våldsbejakande extremism "
                    "är låg. Den samlade bedömningen är likväl att det finns en ökad kunskap om "
                    "VBE som har lett till att medarbetarna har uppmärksammat tecken som kan tyda "
                    "på uttryck för våldbejakande extremistiska åsikter. Utifrån den lokala "
                    "lägesbilden kan förvaltningen konstatera att vitmaktmiljön fortfarande är "
                    "vanligast förekommande. Både den islamistiska och den autonoma miljön finns "
                    "representerade, men i mindre omfattning. Detta ligger i linje med tidigare "
                    "års lägesbild.\n\n"
                    "Förebyggande arbete bedrivs sedan lång tid och på olika nivåer inom "
                    "förvaltningens verksamheter: universell, selektiv och indikerad prevention. "
                    "Förvaltningen bedömer att arbetet mot våldsbejakande extremism, som ska "
                    "omfatta samtliga extremistmiljöer, är inkluderat i befintligt arbete.\n\n"
                    "Under 2019-2020 har förvaltningen arbetat riktat med återvänderfrågan då "
                    "några av stadens stadsdelsförvaltningar har fått in orosanmälningar rörande "
                    "både barn och vuxna med koppling till individer som befinner sig i "
                    "krigsdrabbade områden och kan komma att återvända till staden. Detta är en ny "
                    "företeelse för förvaltningen vilket har föranlett upprättandet av en "
                    "Vägledning till socialtjänstens arbete kring barn och unga återvändare från "
                    "krigsdrabbade områden (se bilaga 1). VBE-teamets arbete, som påbörjades i "
                    "Järvaområdet, har pågått under 2019 där kontakt med vuxna individer har "
                    "initierats i syfte att erbjuda hjälp och stödinsatser från socialtjänsten. "
                    "Detta arbete fortgår även under 2020. Förvaltningens VBE-samordnare "
                    "tillhandahåller stöd i enskilda ärenden med kopplingar till orosanmälningar "
                    "för barn och unga både gällande återvänderfrågan och i övriga ärenden med "
                    "kopplingar till våldsbejakande extremism. Socialförvaltningen har tillsammans "
                    "med stadsledningskontoret även erbjudit flertalet riktade utbildningsinsatser "
                    "kring återvänderfrågan till samtliga stadsdelsförvaltningar och andra aktörer "
                    "såsom skola, polis och hälso-sjukvård med fokus på hantering och beredskap "
                    "för målgrupperna barn och unga, unga vuxna, vuxna och anhörigstöd. Flertalet "
                    "av socialförvaltningens verksamheter har också fått beredskap att hantera "
                    "återvänderfrågan vid behov och om det skulle bli aktuellt. De verksamheter "
                    "som berörs av detta arbete är bland annat behandlingsenheten, enheten för "
                    "stöd och skydd, VBE-teamet och socialjouren. Socialförvaltningen har även "
                    "erbjudit flertalet utbildningstillfällen och workshops i syfte att "
                    "medvetandegöra frågan med fokus på att belysa hur frågan om skydd, stöd och "
                    "hjälp till enskilda med koppling till VBE ska tillämpas inom socialtjänstens "
                    "ansvar och uppdrag.\n\n"
                    "Trots att förvaltningen redan genomfört kompetenshöjande insatser kopplat "
                    "till våldsbejakande extremism finns behov av ytterligare utbildningsinsatser. "
                    "Förvaltningen ser behov av att alla chefer och medarbetare ska ha en "
                    "grundläggande kunskap om dessa frågor för att på så sätt tidigt kunna "
                    "uppmärksamma tecken. Förvaltningen kommer därför att arbeta för att samtliga "
                    "chefer och medarbetare inom förvaltningen ska ha genomgått den webbaserade "
                    "utbildningen senast vid årsskiftet 2020. Förvaltningens VBE-samordnare kommer "
                    "under året att följa upp och säkerställa att detta fullgörs.\n\n"
                    "Förvaltningen kan konstatera att spridningen av den lokala handlingsplanen "
                    "behöver förbättras, för att säkerställa att all personal har kännedom om "
                    "denna. Detta kommer att prioriteras under 2020 och förvaltningens "
                    "VBE-samordnare kommer att fortsätta att besöka förvaltningens "
                    "arbetsplatsträffar i syfte att uppmärksamma arbetet mot VBE frågan i hela "
                    "förvaltningen."
                ),
            },
            {
                "kind": "responsibility",
                "heading": "Samordnare",
                "text": (
                    "Socialförvaltningens VBE-samordnare finns på kompetenscenter barn och unga "
                    "vid avdelningen för stadsövergripande sociala frågor med särskilt ansvar för "
                    "att på en stadsövergripande nivå samordna socialtjänstens frågor kring "
                    "våldsbejakande extremism både inom BoU- och vuxenområdet. Avdelningen har "
                    "bland annat i uppdrag att stödja stadsdelsförvaltningarnas preventiva "
                    "insatser samt sprida och samla kunskaper och effektiva och evidensbaserade "
                    "metoder. Avdelningen har fungerande strukturer och nätverk för informations- "
                    "och kunskapsutbyte med stadsdelsförvaltningarna. VBE-samordnaren driver också "
                    "socialförvaltningens interna arbete mot våldsbejakande extremism och är ett "
                    "kunskapsstöd gentemot stadsdelsförvaltningarnas socialtjänster genom att "
                    "tillhandahålla information, utbildning och andra relevanta kompetenshöjande "
                    "åtgärder. Socialförvaltningens VBE-samordnare representerar förvaltningen i "
                    "olika sammanhang och på olika nivåer där erfarenhetsutbyte och "
                    "kompetensutveckling erbjuds. Arbetet sker i nära samverkan med den centrala "
                    "samordnaren vid SLK.\n\n"
                    "Socialförvaltningens VBE-samordnare ansvarar också för att förvaltningen "
                    "genomför nödvändiga aktiviteter i förhållande till handlingsplanen för "
                    "arbetet mot våldsbejakande extremism. Detta arbete fortsätter även under "
                    "2020. Kompetenscenter barn och unga ansvarar för ett stadsövergripande "
                    "socialtjänstnätverk mot våldsbejakande extremism med representanter från "
                    "socialtjänstens olika områden som träffas fyra gånger per år. Syftet med "
                    "gruppen är att få ökad samsyn inom området, vara ett forum för diskussioner "
                    "om hur socialtjänstens kan förebygga, utreda och ge insatser till personer "
                    "som är involverade eller riskerar att involveras i våldsbejakande extremism "
                    "samt erfarenhetsutbyte."
                ),
            },
            {
                "kind": "prevents_acts",
                "heading": "VBE - team",
                "text": (
                    "Socialförvaltningen har inrättat ett VBE-team vars uppdrag är att i samverkan "
                    "med polis ta en första kontakt med personer som polisen eller "
                    "säkerhetspolisen bedömer har en koppling till våldsbejakande extremistiska "
                    "miljöer. Teamets målgrupp är vuxna individer utan barn och målsättningen är "
                    "att vid ett möte tillsammans med polis erbjuda hjälp och stöd. Om individen "
                    "vill så länkar teamet till ansvarig stadsdelsförvaltning som tillsammans med "
                    "den enskilde kan komma överens om hur ett stöd skulle kunna byggas upp. När "
                    "det gäller personer ur nämnda målgrupp som har minderåriga barn och där det "
                    "finns en oro kring barnen gör polisen en orosanmälan till ansvarig "
                    "stadsdelsförvaltning. Utöver den kontaktskapande verksamheten ska VBE-teamet "
                    "också bidra till att utveckla arbetssätt och metoder för att arbeta med "
                    "målgruppen och med samverkande myndigheter."
                ),
            },
            {
                "kind": "prevents_acts",
                "heading": "Avhopparverksamhet",
                "text": (
                    "I Stockholms stad ska socialtjänsten ha förmåga och förutsättning att "
                    "underlätta för dem som vill lämna en våldsbejakande miljö och vid behov kunna "
                    "vidta behövliga åtgärder. Insatser som utgör stöd till individer som är "
                    "motiverade att lämna extremistiska miljöer bedöms utifrån motsvarande "
                    "kriterier som idag används för att ge stöd till individer som vill lämna grov "
                    "brottslig verksamhet.\n\n"
                    "Avhopparverksamhet kan erbjudas inom ramen för den stadsövergripande "
                    "avhopparverksamheten vid socialförvaltningen eller i sociala insatsgrupper, "
                    "SIG, lokalt på stadsdel. Vid socialförvaltningen finns den stadsövergripande "
                    "avhopparverksamheten. Verksamheten är tillgänglig för de individer som har "
                    "ett särskilt skyddsbehov, vilket bedöms av polisens Brottsoffer-och "
                    "personsäkerhetsverksamhet (Bops). SIG riktar sig till kvinnor och män i "
                    "åldern 19 – 29 år, som behöver och vill ha stöd för att lämna en kriminell "
                    "livsstil. SIG finns i de sju ytterstadsdelsförvaltningarna. Inom ramen för "
                    "detta arbete finns även möjlighet att ta emot personer som vill lämna "
                    "extremist-miljöer. För att ingå i en social insatsgrupp måste individen lämna "
                    "sitt samtycke till att relevant information kan delas mellan berörda "
                    "myndigheter. Det finns inga särskilda insatser kopplade till "
                    "avhopparverksamheten utan utbudet av insatser består av socialtjänstens "
                    "ordinarie verksamhet såsom behovsprövade öppna insatser och placering. "
                    "Ansvaret för stöd och skydd för barn och unga upp till och med 20 års ålder, "
                    "som begår brott och/eller misstänks ha kopplingar till VBE, ligger på "
                    "stadsdelsförvaltningarnas barn- och unga enheter inom individ- och "
                    "familjeomsorgen. Arbetet styrs till stor del av samma bestämmelser i "
                    "socialtjänstlagen (2001:453) och lagen (1990:52) med särskilda bestämmelser "
                    "om vård av unga, LVU som socialtjänstens arbete med barn och unga generellt. "
                    "Socialtjänsten har också särskilda uppgifter gällande unga lagöverträdare som "
                    "framgår av lagen (1964:167) med särskilda bestämmelser om unga "
                    "lagöverträdare, LUL. Alla insatser som beviljas ges med stöd av "
                    "socialtjänstlagen utifrån de individuella behov och förutsättningar som råder "
                    "i det enskilda fallet."
                ),
            },
            {
                "kind": "prevents_acts",
                "heading": "Stöd till anhöriga",
                "text": (
                    "Anhöriga till personer som är inblandade i våldsbejakande extremism kan också "
                    "behöva stöd. Anhöriga kan vara viktiga i arbetet mot VBE. Det kan gälla "
                    "föräldrar eller partners men också syskon, vänner eller vuxna barn. "
                    "Insatserna anpassas utifrån individuella förutsättningar och att olika former "
                    "av våldsbejakande extremism tar sig olika uttryck. Socialtjänstens ordinarie "
                    "verksamheter har ett ansvar för att kunna stödja anhöriga inom ramen för "
                    "socialtjänstens uppdrag att tillhandahålla service, råd och stöd. "
                    "Socialförvaltningens behandlingsenhet har i uppdrag att vara ett komplement "
                    "till stadsdelarnas anhörigstöd och kunna erbjuda stödsamtal med anhöriga."
                ),
            },
            {
                "kind": "preventive",
                "heading": "Förebyggande arbete",
                "text": (
                    "För att bidra till ett kunskapsbaserat förebyggande arbete i staden bör "
                    "socialförvaltningens stöd utgå från risk- och skyddsfaktorer (kring främst "
                    "barn och unga och eventuella stödinsatser för vuxna) samt lokala lägesbilder, "
                    "och innehålla en kombination av stöd kring både universella/generella "
                    "insatser som riktas till alla och specifika insatser inom olika sakområden "
                    "såsom ANDTS, spel om pengar, våld i nära relationer, utanförskap, "
                    "kriminalitet, psykisk ohälsa och våldsbejakande extremism. Detta kan "
                    "illustreras via preventionstjärnan nedan.\n\n"
                    "Ett mer sammanhållet stöd från socialförvaltningen skulle sannolikt innebära "
                    "vinster för alla parter i form av bland annat resursoptimering och ökad "
                    "samverkan, samtidigt som det ökar möjligheten att rikta insatser till där de "
                    "behövs bäst och på så sätt bidra till en ökad likställighet i stadens "
                    "förebyggande arbete. Inom ramen för arbetet mot våldsbejakande extremism är "
                    "det viktigt att upptäcka extremistiska miljöer och personer i riskzon att "
                    "radikaliserar i ett tidigt skede. Medarbetarna som jobbar med frågan behöver "
                    "känna till den lokala lägesbilden, ha kunskap om olika grupperns symboler och "
                    "andra kännetecken liksom kunskap om vart medarbetare och medborgare ska vända "
                    "sig när det finns misstanke att en person håller på att radikaliseras eller "
                    "på annat sätt stödjer, rekryterar eller förespråkar våldsbejakande extremism."
                ),
            },
            {
                "kind": "prevents_acts",
                "heading": "Förhindrande verksamhet",
                "text": (
                    "I stadens verksamheter möter medarbetare individer i riskzon för destruktiva "
                    "livsmiljöer och utanförskap, exempelvis kriminalitet och radikalisering. Det "
                    "finns ett behov av att utveckla arbetsätt och metoder för att fånga upp och "
                    "motverka att individer radikaliserar. Särskilt viktigt i detta arbete är "
                    "samverkan mellan skola, socialtjänst, polis och även Jobbtorg och "
                    "Kriminalvården/ Frivården. Socialtjänsten har enligt lagstiftning det "
                    "yttersta ansvaret för att enskilda får det stöd och den hjälp de behöver. Det "
                    "finns dock inga lagar som stödjer kommuner i att sätta in tvångsåtgärder mot "
                    "personer som exempelvis återvänt från krig eller rör sig i miljöer med "
                    "våldsbejakande extremism.\n\n"
                    "Om en person vill ha stöd kan socialtjänsten erbjuda insatser. Alla ärenden "
                    "utgår ifrån individens behov, vilket säkerställer att rätt stöd ges utifrån "
                    "varje enskild individs förutsättningar. Om individen samtycker till att "
                    "information delas mellan myndigheter och aktörer kan stödet erbjudas inom "
                    "ramen för t.ex. sociala insatsgrupper eller stadens avhopparverksamhet."
                ),
            },
            {
                "kind": "associations",
                "heading": "Föreningsbidrag och upplåtande av lokaler",
                "text": (
                    "Riktlinjerna för Stockholms stads arbete mot våldsbejakande extremism anger "
                    "tydligt att stöd i form av ekonomiska bidrag från staden inte ska ges till "
                    "någon aktör som inte står bakom den demokratiska rättsstatens principer, de "
                    "mänskliga rättigheterna och jämställdhet mellan kvinnor och män. Föreningar "
                    "som uppmuntrar till, eller stödjer, våldsbejakande extremism ska fråntas all "
                    "typ av stöd i den mån de har sådant. Under 2020 planeras stadsövergripande "
                    "riktlinjer för stadens arbete med föreningsbidrag och upplåtande av lokaler "
                    "beslutas av kommunfullmäktige.\n\n"
                    "I socialnämndens riktlinjer för bidrag till ideella föreningar framgår vilka "
                    "krav som ställs på föreningar för att de ska kunna beviljas bidrag genom "
                    "socialnämndens organisations och föreningsutskott. Sedan maj 2017 framgår av "
                    "riktlinjerna att föreningen ska ta avstånd från våldsbejakande uttryck och "
                    "åsikter. Vidare framgår att föreningen inte heller får samverka med, eller "
                    "anlita, organisationer eller personer som uttrycker åsikter i strid mot "
                    "detta. Om föreningen inte lever upp till eller bryter mot kraven i "
                    "riktlinjerna beviljas inte bidrag och beslutade bidrag kan stoppas från att "
                    "betalas ut."
                ),
            },
            {
                "kind": "training",
                "heading": "Kompetenshöjande insatser inom förvaltningen",
                "text": (
                    "Behovet av kunskapshöjande åtgärder i staden är fortsatt stort. En webbaserad "
                    "grundutbildning avseende våldsbejakande extremism har tagits fram och finns i "
                    "alla anställdas utbildningsportal. Förvaltningarna säkerställer att relevant "
                    "personal genomgår grundutbildningen samt deltar i andra stadsövergripande "
                    "utbildningar som anordnas.\n\n"
                    "Som ytterligare stöd för stadens medarbetare finns stadens kunskapsunderlag "
                    "om arbetet mot våldsbejakande extremism samlat på en intranätssida samt på "
                    "Plattform socialtjänst.\n\n"
                    "https://intranat.stockholm.se/Sidor/2017/1/Valdsbejakande-extremism-/ och "
                    "https://samarbete.stockholm.se/sites/plattformsocialtjanst/SitePages/Overgripa"
                    "nde_Trygghet-o-Sakerhet.aspx\n\n"
                    "På sidan finns en vägledning för arbetet mot våldsbejakande extremism, "
                    "kontaktuppgifter till alla samordnare, handlingsplaner, "
                    "symbolsammanställning, rapporter, boktips, poddar filmade föreläsningar m.m."
                ),
            },
            {
                "kind": "follow_up",
                "heading": "Uppföljning",
                "text": (
                    "Enligt stadens riktlinjer ska handlingsplanen behandlas av ansvarig nämnd och "
                    "godkännas av kommunstyrelsen. Handlingsplanen ska följas upp årligen inom "
                    "ramen för ordinarie styrning under mål 1.2 Stockholm är en trygg säker och "
                    "välskött stad att bo och vistas i. Handlingsplanen revideras årligen utifrån "
                    "aktuell lägesbild. Lägesbilden tas fram tillsammans med andra berörda nämnder "
                    "samt i samarbete med polisen. Nästa revidering sker i samband med "
                    "tertialrapport 1 2021."
                ),
            },
        ],
        "activities": [
            {
                "group": "coordination",
                "description": (
                    "VBE-samordnaren deltar i det stadsövergripande nätverk där stadens lokala "
                    "VBE-samordnare träffas regelbundet för att diskutera aktuella frågor och "
                    "utbyta kunskaper och erfarenheter. VBE-samordnaren deltar även i Center mot "
                    "våldsbejakande extremism (CVE:s) storstadsnätverk, CVE:s socialtjänstnätverk "
                    "och i arbetet inom Nordic Safe Cities (Capitol Room)"
                ),
                "responsible": (
                    "Nätverksträffar leds av stadens centrala VBE-samordnare. I de externa "
                    "nätverken deltar den lokala VBE-samordnaren tillsammans med centrala "
                    "VBE-samordnaren på SLK."
                ),
                "schedule": {
                    "recurrence": (
                        "En gång i månaden för stadsövergripande nätverket. 9 tillfällen per år för "
                        "externa samverkansmöten."
                    )
                },
                "follow_up": [],
                "indicator": "Löpande",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "coordination",
                "description": (
                    "Socialförvaltningens VBE-samordnare håller i det stadsövergripande "
                    "socialtjänstnätverket mot VBE. Nätverkets syfte är att få samsyn, ha forum "
                    "att utbyta erfarenheter och diskutera aktuella händelser med kopplingar till "
                    "VBE området inom socialtjänsten"
                ),
                "responsible": "Den lokala VBE-samordnaren.",
                "schedule": {"recurrence": "Fyra gånger per år."},
                "follow_up": [],
                "indicator": "Uppföljning vid årsskiftet.",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "prevents_acts",
                "description": (
                    "Följa upp hur stadsdelsförvaltningarna har implementerat och följt upp "
                    "framtagen Vägledning för socialtjänstens arbete med barn och unga återvändare "
                    "från krigsdrabbade områden."
                ),
                "responsible": "Den lokala VBE-samordnaren.",
                "schedule": {"text": "Under våren 2020"},
                "follow_up": ["T1", "T2", "VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "prevents_acts",
                "description": (
                    "Ta fram en fortsatt vägledning, stödmaterial för att tillgodose behov av stöd "
                    "och hjälp för barn och unga som återvänder från krigsdrabbade områden."
                ),
                "responsible": "Den lokala VBE-samordnaren.",
                "schedule": {"text": "Under våren 2020"},
                "follow_up": ["T1", "T2", "VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "training",
                "description": (
                    "Medverka vid utbildningar som syftar till att erbjuda råd och stöd till dem "
                    "som arbetar inom socialtjänstområden."
                ),
                "responsible": "Den lokala VBE-samordnaren.",
                "schedule": {"text": "Under 2020"},
                "follow_up": ["T1", "T2", "VB"],
                "indicator": "Utvärdering, uppföljning, VP, VB, T1 och T2.",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "preventive_indicated",
                "description": (
                    "Socialförvaltningens VBE-samordnare ska starta och hålla i en arbetsgrupp som "
                    "ska fokusera på att ta fram bedömningsinstrument inom socialtjänsten för barn "
                    "och unga och vuxna."
                ),
                "responsible": (
                    "Den lokala VBE-samordnaren tillsammans med centrala samordnaren mot VBE på "
                    "SLK och berörda deltagare inom arbetsgruppen som kommer från olika sdf och "
                    "representerar socialtjänsten olika verksamhetsområden."
                ),
                "schedule": {"text": "Under 2020"},
                "follow_up": [],
                "indicator": "Löpande",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "preventive_universal",
                "description": (
                    "Fortsätta efterleva stadens riktlinjer, vägledning samt blankett för "
                    "oidentifierad information i samtliga verksamheter inom Socialförvaltningen"
                ),
                "responsible": "Den lokala VBE-samordnaren.",
                "schedule": {"text": "Under 2020"},
                "follow_up": [],
                "indicator": "Löpande",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "preventive_universal",
                "description": (
                    "Medverka i förvaltningens arbetsplatsträffar (för samtliga enheter) för att "
                    "informera om hur staden och förvaltningen arbetar mot VBE frågan."
                ),
                "responsible": "Den lokala VBE-samordnaren.",
                "schedule": {"text": "Under 2020"},
                "follow_up": ["T1", "T2", "VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "prevents_acts",
                "description": (
                    "Samverka med polis och stadsdelsförvaltningarna kring individer som polisen "
                    "identifierat som återvändare från krigshärjade områden VBE teamet ska utgöra "
                    "en första kontakt för stadens socialtjänst och andra verksamheter i staden "
                    "för att lotsa individer kopplade till vbe till rätt socialtjänstinstans"
                ),
                "responsible": "Socialtjänstavdelningen och SLK",
                "schedule": {"text": "Under 2020"},
                "follow_up": ["T1", "T2", "VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "prevents_acts",
                "description": (
                    "Fortsätta erbjuda stöd till individer som uttrycker att de vill lämna "
                    "extremistmiljöer genom att lotsas till socialtjänsten i rätt "
                    "stadsdelsförvaltning. Även anhöriga till individer som befinner sig i "
                    "extremistmiljöer kan få stöd"
                ),
                "responsible": ("Enheten för hemlösa, VBE teamet och förvaltningens VBE-samordnare."),
                "schedule": {"text": "Under 2020"},
                "follow_up": ["T1", "T2", "VB"],
                "indicator": "VP, VB, T1 och T2",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "prevents_acts",
                "description": (
                    "Ta emot vuxna personer för rådgivning och stöd och fungera som en länk vid "
                    "behov av mer omfattande stöd."
                ),
                "responsible": "Socialtjänstavdelningens behandlingsenhet",
                "schedule": {"text": "Under 2020"},
                "follow_up": ["T1", "T2", "VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "preventive_indicated",
                "description": (
                    "Förvaltningen erbjuder stadsdelsförvaltningarna stöd genom "
                    "Förstärkningsteamet, särskilt erfarna socialsekreterare i arbetet med att "
                    "utreda barn och ungdomar."
                ),
                "responsible": "Socialtjänstavdelningens behandlingsenhet",
                "schedule": {"text": "Under 2020"},
                "follow_up": ["T1", "T2", "VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "preventive_indicated",
                "description": ("Vid behov bistå med att kunna ta emot barnfamiljer för utredningsplacering"),
                "responsible": "Socialtjänstavdelningen.",
                "schedule": {"text": "Under 2020"},
                "follow_up": ["T1", "T2", "VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "associations",
                "description": "Granska nya föreningar som söker bidrag",
                "responsible": "Utredare OF",
                "schedule": {"text": "Löpande"},
                "follow_up": [],
                "indicator": "Löpande",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "associations",
                "description": "Följa upp föreningar som beviljats bidrag",
                "responsible": "Utredare OF",
                "schedule": {"text": "Löpande"},
                "follow_up": [],
                "indicator": "Löpande",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "associations",
                "description": (
                    "Efterleva stadsövergripande riktlinjer avseende föreningsbidrag och "
                    "lokaluthyrning i förvaltningen"
                ),
                "responsible": "EC för enheten för juridik, upphandling och föreningsstöd",
                "schedule": {"text": "Löpande"},
                "follow_up": ["VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "training",
                "description": (
                    "Medarbetare inom socialförvaltningen ska ha grundläggande kunskaper i VBE "
                    "utifrån förvaltningens handlingsplan, stadens riktlinjer och vägledning."
                ),
                "responsible": (
                    "Socialförvaltningens VBE-samordnare i samverkan med stadens centrala VBE-samordnare."
                ),
                "schedule": {"text": "Löpande under 2020"},
                "follow_up": ["T1", "T2", "VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "training",
                "description": (
                    "Relevant personal ska ha kunskap om stadsövergripande rutiner till exempel "
                    "hur man ska agera vid händelse/oro kopplad till VBE, användande av blanketten "
                    "för avidentifierad information och sekretessbrytande regel om man får "
                    "kännedom om att någon kan misstänkas ha begått grovt krigsbrott, folkmord "
                    "eller brott mot mänskligheten."
                ),
                "responsible": (
                    "Socialförvaltningens VBE-samordnare i samverkan med stadens centrala VBE-samordnare."
                ),
                "schedule": {"text": "Löpande under 2020"},
                "follow_up": ["T1", "T2", "VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "training",
                "description": (
                    "Stödja stadsdelsförvaltningarna i arbetet med att implementera VBE arbetet i "
                    "socialtjänsten."
                ),
                "responsible": (
                    "Socialförvaltningens VBE-samordnare i samarbete med stadens centrala "
                    "VBE-samordnare och stadsdelsförvaltningarnas lokala VBE-samordnare"
                ),
                "schedule": {"text": "Löpande under 2020"},
                "follow_up": ["T1", "T2", "VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "training",
                "description": (
                    "Alla medarbetare och chefer inom socialförvaltningen ska genomgå stadens "
                    "webbaserade grundutbildning om VBE för att få grundläggande kunskap i frågan"
                ),
                "responsible": "Socialförvaltningens VBE-samordnare.",
                "schedule": {"text": "Under hela 2020"},
                "follow_up": [],
                "indicator": "Slut årsskifte.",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "training",
                "description": (
                    "Anordna workshops för Jobbtorg Hässelby och ekonomiskt bistånd i Bromma sdf i "
                    "syfte att tydliggöra rutiner och ansvar vid händelser med kopplingar till "
                    "våldsbejakande extremism. Anordna workshop för Jobbtorg Skärholmen och "
                    "ekonomiskt bistånd Skärholmen samt för Jobbtorg Globen och ekonomiskt bistånd "
                    "i EÅV i syfte att tydliggöra rutiner och ansvar vid händelser med kopplingar "
                    "till våldsbejakande extremism."
                ),
                "responsible": (
                    "Workshop anordnas i samverkan med arbetsmarknadsförvaltningens lokala VBE-samordnare."
                ),
                "schedule": {"text": ("Ett tillfälle under våren 2020 och två tillfällen under hösten 2020")},
                "follow_up": [],
                "indicator": "Utbildningen utvärderas efter genomförd workshop.",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "training",
                "description": (
                    "Stötta stadsdelarna med kunskapshöjning samt metodutveckling inom ramen för "
                    "stadens avhopparverksamhet/SIG, anhörigstöd och behandlingsenheten."
                ),
                "responsible": (
                    "Socialförvaltningens VBE-samordnare i samverkan med stadens centrala "
                    "VBE-samordnare på SLK"
                ),
                "schedule": {"text": "Löpande under 2020"},
                "follow_up": ["T1", "T2", "VB"],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "training",
                "description": (
                    "Anordna föreläsningar för ledning och kuratorer i Stockholms stads skolor med "
                    "fokus på anmälningsskyldigheten som är kopplad till VBE"
                ),
                "responsible": (
                    "Föreläsningen genomförs tillsammans med utredare vid kompetenscenter barn och "
                    "unga med ansvar för unga och unga lagöverträdare och VBE-samordnaren på "
                    "utbildningsförvaltningen"
                ),
                "schedule": {"text": "Under två tillfällen våren 2020"},
                "follow_up": [],
                "indicator": (
                    "Utbildningen utvärderas efter genomförd föreläsning. Vid behov anordnas flera "
                    "tillfällen av föreläsningen under hösten 2020"
                ),
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
        ],
    },
    {
        "administration": "Bromma",
        "year": 2020,
        "title": ("Bromma stadsdelsnämnds handlingsplan mot våldsbejakande extremism 2020"),
        "registration_number": "",
        "status": "adopted",
        "adopted_on": None,
        "decision_reference": "",
        "sections": [
            {
                "kind": "introduction",
                "heading": "Inledning och syfte",
                "text": (
                    "Våldsbejakande extremism är ett samlingsbegrepp för rörelser, ideologier "
                    "eller miljöer som inte accepterar en demokratisk samhällsordning och som "
                    "främjar våld för att uppnå ett ideologiskt mål. Med våldsbejakande menas "
                    "handlingar såsom att stödja, uppmana till eller delta i ideologiskt "
                    "motiverade handlingar för att främja en sak. Våldsbejakande extremistmiljöer "
                    "kan utgöra ett hot till exempel mot samhällets grundläggande struktur, dess "
                    "styrelseskick eller de politiska företrädarna på olika nivåer. På så sätt kan "
                    "våldsbejakande extremistmiljöer utgöra ett hot mot hela demokratin och "
                    "dessutom ett allvarligt hot mot medborgares möjligheter att utöva sina "
                    "demokratiska rättigheter. Den demokratiska processen underkänns av "
                    "extremisterna och de ser det därför som motiverat att ta till odemokratiska "
                    "metoder i kampen för att uppnå det de uppfattar vara det ideala samhället.\n\n"
                    "För att säkerställa Stockholms stads förmåga att förebygga och förhindra "
                    "våldsbejakande extremism i staden beslutade kommunfullmäktige i maj 2016 "
                    "stadsövergripande riktlinjer mot våldsbejakande extremism. I riktlinjerna "
                    "framgår att stadsdelsnämnderna och berörda facknämnder ska utarbeta lokala "
                    "handlingsplaner. Syftet med handlingsplanen är att säkerställa en tydlig "
                    "ansvarsfördelning och struktur för arbetet med att förebygga och motverka "
                    "våldsbejakande extremism på lokal nivå. Handlingsplanerna ska innehålla en "
                    "lokal lägesbild och därtill lämpliga lokala aktiviteter. Handlingsplanerna "
                    "revideras årligen. I kommunfullmäktiges budget 2020 framgår att staden ska "
                    "fortsatt arbeta strukturerat och målmedvetet mot våldsbejakande extremism och "
                    "för att stärka demokratin och de mänskliga rättigheterna i hela staden.\n\n"
                    "Stadens arbete mot våldsbejakande extremism är riktat mot tre "
                    "extremistmiljöer; den autonoma miljön, vit makt-miljön och den islamistiska "
                    "extremistiska miljön. En miljö i det här sammanhanget är en samling grupper "
                    "som delar en ideologisk grund. Att arbetet fokuserar på dessa beror på att "
                    "Säkerhetspolisen bedömer att dessa grupper är de främsta hoten mot vår "
                    "demokrati och också mest benägna att använda våld för sin sak. Läs mer om "
                    "stadens arbete på "
                    "https://intranat.stockholm.se/Sidor/2017/1/Valdsbejakande-extremism-/"
                ),
            },
            {
                "kind": "responsibility",
                "heading": "Ansvar",
                "text": (
                    "I Stockholms stad verkar och vistas i olika utsträckning personer och "
                    "grupperingar från olika våldsbejakande extremistiska miljöer. Var de finns "
                    "och hur aktiva dessa olika grupper är skiftar över tid och dessa förändringar "
                    "kan ske snabbt. Att dessa miljöer ständigt förändras är därför en viktig "
                    "utgångspunkt att ta hänsyn till för de nämnder i staden som arbetar med dessa "
                    "frågor. Staden ska aktivt motverka våldsbejakande extremism i de stadsdelar "
                    "där sådana rörelser har fått fäste. Åtgärder ska vidtas skyndsamt när det "
                    "finns kunskap om etablerade extremistgrupperingar i ett område, kunskap om "
                    "individer som rekryterar till extremistgrupper eller där individer uppvisar "
                    "riskbeteenden för radikalisering. Det ska finnas tydliga rutiner för att på "
                    "individnivå kunna hantera avhoppare och drabbade. Stadsdelsnämnderna och "
                    "berörda facknämnder ska utarbeta lokala handlingsplaner med "
                    "verksamhetsspecifika analyser av nuläget och med riktade insatser i arbetet "
                    "mot våldsbejakande extremism. Samtliga nämnder ska genom kontroll och "
                    "uppföljning säkerställa att ekonomiska bidrag eller tillgång till lokaler "
                    "inte går till någon aktör som inte står bakom den demokratiska rättsstatens "
                    "principer, de mänskliga rättigheterna och jämställdhet mellan kvinnor och "
                    "män, eller som uppmuntrar eller möjliggör våldsbejakande extremism.\n\n"
                    "Stadens verksamheter har ett uppdrag att arbeta mot våldsbejakande extremism "
                    "och berörda nämnder ansvarar för att aktiviteter som är lämpliga i "
                    "förhållande till lägesbilden genomförs. Behovet av aktiviteter och "
                    "aktiviteternas innehåll kan variera mellan olika delar av staden beroende på "
                    "hur lägesbilden ser ut och vilka extremistiska grupper som finns lokalt. "
                    "Berörda nämnder ansvarar vidare för att anställda inom de egna "
                    "verksamhetsområdena har kunskap om området och känner till innehållet i "
                    "nämndens handlingsplan. Nämnderna ska ha en lokal samordnare för detta "
                    "arbete. Den lokala samordnaren ansvarar för att:\n\n"
                    "- Delta i stadens nätverk för samordnare mot våldsbejakande extremism och ha "
                    "en nära samverkan med stadens centrala samordnare.\n\n"
                    "- I sin förvaltning aktivt arbeta för att implementera rutiner, mallar och "
                    "dylikt kopplat till VBE.\n\n"
                    "- Löpande samverka med polisen och andra berörda aktörer lokalt för att ha en "
                    "aktuell lägesbild.\n\n"
                    "- Den lokala lägesbilden uppdateras årligen och att medarbetarnas "
                    "erfarenheter då inhämtas genom fastställd enkät.\n\n"
                    "- Vara kontaktpunkt från förvaltningen gentemot Polismyndigheten och andra "
                    "berörda aktörer i frågor som rör våldsbejakande extremism.\n\n"
                    "- Säkerställa informationsdelning till berörda aktörer inom förvaltningens "
                    "verksamheter.\n\n"
                    "- Stödja förvaltningens verksamheter som berörs av frågan i sitt arbete.\n\n"
                    "- Bevaka och följa frågan lokalt, regionalt och nationellt."
                ),
            },
            {
                "kind": "responsibility",
                "heading": "Samverkan",
                "text": (
                    "Stadens verksamheter ska ha en nära samverkan med polisen. Det lokala "
                    "brottsförebyggande arbetet regleras i en stadsövergripande "
                    "samverkansöverenskommelse mellan staden och polisregion Stockholm. Lokala "
                    "samverkansöverenskommelser har tagits fram för alla stadsdelsförvaltningar "
                    "och berört lokalpolisområde. I frågor avseende våldsbejakande extremism ska "
                    "lägesbild och handlingsplanens aktiviteter tas fram i samråd mellan "
                    "förvaltning och relevant polisfunktion.\n\n"
                    "Samverkan avseende våldsbejakande extremism ska infogas i den befintliga "
                    "samverkan och de samverkansorgan som finns idag med polis, skola, "
                    "socialtjänst, förskola och civilsamhället med flera. Det är den som är "
                    "ansvarig för samverkansforumet som är ansvarig för att våldsbejakande "
                    "extremism tas upp med regelbundenhet vid möten."
                ),
            },
            {
                "kind": "responsibility",
                "heading": "Samverkan kring individer i risk att radikaliseras",
                "text": (
                    "I stadens verksamheter möter medarbetare individer i riskzon för destruktiva "
                    "livsmiljöer och utanförskap, exempelvis kriminalitet och radikalisering. Det "
                    "finns ett behov av att utveckla arbetssätt och metoder för att fånga upp och "
                    "motverka att individer radikaliseras. Särskilt viktig i detta arbete är "
                    "samverkan mellan skola, socialtjänst och polis och forum för sådan samverkan "
                    "ska säkerställas.\n\n"
                    "Individer ska tillfrågas om samtycke till att dela relevant information med "
                    "berörda aktörer rutinmässigt av stadens verksamheter så att samverkan kan ske "
                    "på individnivå i så stor omfattning som möjligt."
                ),
            },
            {
                "kind": "other",
                "heading": "Rutin vid oro/händelse rörande våldsbejakande extremism",
                "text": (
                    "För att tydliggöra rutiner för gemensam hantering kring radikaliserade "
                    "individer har en rutin tagits fram. Där beskrivs hur medarbetare i staden ska "
                    "agera när de känner oro för en individ eller det har inträffat en händelse "
                    "som kan vara kopplat till våldsbejakande extremism."
                ),
            },
            {
                "kind": "other",
                "heading": "Blankett för avidentifierad information",
                "text": (
                    "Det finns en blankett för avidentifierad information som ska användas vid "
                    "oro/händelser kopplat till VBE. Den finns på intranätet och ska fyllas i och "
                    "skickas till förvaltningens samordnare. Blanketten är en del i arbetet med "
                    "att kartlägga förekomsten av VBE lokalt."
                ),
            },
            {
                "kind": "situation",
                "heading": "Lokal lägesbild",
                "text": (
                    "Inom Bromma är det, i likhet med vad som framkommit i tidigare års lägesbild, "
                    "uttryck för vit makt-miljön som synts. Det rör sig främst om klotter och det "
                    "är framförallt inom området Blackeberg som klotter kopplat till vit "
                    "makt-miljön har observerats och anmälts. Sammantaget finns det i dagsläget "
                    "inget som tyder på att våldsbejakande extremism skulle vara förekommande i "
                    "någon högre utsträckning inom Bromma."
                ),
            },
            {
                "kind": "situation",
                "heading": "Kartläggning",
                "text": (
                    "Underlag för den lokala lägesbilden har inhämtats via en enkät som skickats "
                    "ut inom stadsdelsförvaltningen och via de olika fackförvaltningarna "
                    "(utbildnings-, kultur- och fritids-, idrotts-, arbetsmarknads- samt "
                    "socialförvaltningen) inom staden. Information har även inhämtats från "
                    "klotterstatistik från trafikkontoret, avvikelserapportering via IA, blankett "
                    "för avidentifierad information, lokalpolisområdet samt polisens övergripande "
                    "lägesbild.\n\n"
                    "Inom ramarna för ett operativt BRÅ samlar Bromma stadsdelsförvaltning "
                    "varannan vecka in aktuell information som rör upplevd trygghet och säkerhet "
                    "från interna och externa verksamheter i Bromma för att ständigt ha en aktuell "
                    "lägesbild av situationen i stadsdelsområdet. En del av frågorna till "
                    "underlaget som samlas in är, sedan hösten 2019, om tecken på våldsbejakande "
                    "extremism har uppmärksammats."
                ),
            },
            {
                "kind": "analysis",
                "heading": "Analys",
                "text": (
                    "Bromma utmärker sig, i förhållande till majoriteten av de övriga "
                    "stadsdelarna, avseende inrapporterat klotter kopplat till våldsbejakande "
                    "extremism. Ingen närmare analys av orsaken till det är gjord men det är "
                    "troligt att det både handlar om att det under året funnits klotter med "
                    "koppling till våldsbejakande extremism att rapportera in inom stadsdelen och "
                    "att det finns kunskap bland medborgare och förbipasserande inom stadsdelen om "
                    "hur inrapportering ska ske. Bromma utmärker sig även i relation till resten "
                    "av staden avseende antalet IA-rapporter, genom en förhållandevis hög "
                    "inrapportering av incidenter med koppling till våldsbejakande extremism. Vid "
                    "genomgång av samtliga IA-rapporter som uppgetts ha koppling till "
                    "våldsbejakande extremism i Bromma framkom dock att ingen av de inrapporterade "
                    "incidenterna hade koppling till våldsbejakande extremism, men däremot till "
                    "våld i andra former.\n\n"
                    "Det har inte inkommit någon blankett för avidentifierad information under år "
                    "2019, vilket tyder på att den rutinen behöver ytterligare förankring inom "
                    "organisationen.\n\n"
                    "Antalet svarande på enkäten i år var färre än föregående år för skolorna inom "
                    "stadsdelen samt enheterna inom stadsdelsförvaltningen. Båda förvaltningarna "
                    "är viktiga informationskällor och antalet svarande kan påverka underlaget för "
                    "lägesbilden.\n\n"
                    "Sammantaget visar underlaget att det finns behov av att fokusera på att "
                    "kontinuerlig kompetensutveckling säkerställs, implementering av centrala "
                    "rutiner och riktlinjer genomförs inom organisationen samt att upprättande av "
                    "lokala rutiner för handläggning av samt intern och extern samverkan i "
                    "individärenden kopplade till våldsbejakande extremism sker."
                ),
            },
            {
                "kind": "preventive",
                "heading": "Förebyggande arbete",
                "text": (
                    "Förebyggande arbete handlar bland annat om att öka medvetenheten i "
                    "demokratifrågor, samt att bedriva ett förebyggande arbete mot utanförskap, "
                    "våld och annan kriminalitet. Hur normer kring kriminalitet och en "
                    "våldsbejakande mansroll skapas och kan förändras är viktigt i detta. "
                    "Insatserna handlar inte specifikt om radikalisering och extremism, utan är "
                    "generellt förebyggande och arbete bedrivs redan i staden – i förskolor och "
                    "skolor, på mötesplatser för unga, inom socialtjänsten, genom det arbete "
                    "ideella organisationer utför.\n\n"
                    "Frågan om vad det är som gör att våldsbejakande extremistiska grupper växer "
                    "fram i ett samhälle är mycket komplex. Generellt rör det sig alltid om "
                    "samverkande faktorer. Inget enskilt förhållande kan tillskrivas skulden för "
                    "att extremistmiljöer växer fram. En grundförutsättning för att enskilda "
                    "personer inte ska dras till våldsbejakande extremistmiljöer är att barn och "
                    "unga får en bra uppväxt, ges goda förutsättningar till bra resultat i skolan, "
                    "en rik och meningsfull fritid och arbete eller sysselsättning. Förebyggande "
                    "arbete mot våldsbejakande extremism ska vila på att det finns god tillit, "
                    "jämlikhet och delaktighet."
                ),
            },
            {
                "kind": "preventive",
                "heading": "Tidig upptäckt",
                "text": (
                    "Inom ramen för arbetet mot våldsbejakande extremism är det viktigt att "
                    "upptäcka extremistiska miljöer och personer i riskzon att radikaliseras i ett "
                    "tidigt skede. Medarbetare som jobbar med frågan behöver känna till den lokala "
                    "lägesbilden. Kunskap om olika gruppers symboler och andra kännetecken är "
                    "också betydelsefull liksom kunskap om vart medarbetare och medborgare ska "
                    "vända sig när det finns misstanke att en person håller på att radikaliseras "
                    "eller på annat sätt stödjer, rekryterar eller förespråkar våldsbejakande "
                    "extremism.\n\n"
                    "Stadens arbete ska fokusera på att motverka utanförskap och förebygga att "
                    "enskilda individer attraheras av våldsbejakande miljöer. Arbetet mot "
                    "våldsbejakande extremism ska inkluderas i det befintliga främjande och "
                    "förebyggande arbetet och kombineras med demokratistärkande insatser och "
                    "aktiviteter för att skapa ett motståndskraftigt samhälle. Insatserna är "
                    "beroende på vilken typ av extremism det handlar om och ska ske utifrån "
                    "individuella förutsättningar."
                ),
            },
            {
                "kind": "prevents_acts",
                "heading": "Förhindrande arbete",
                "text": (
                    "Det förhindrande arbetet är de insatser och åtgärder som riktas mot personer "
                    "som befinner sig i våldsbejakande extremistmiljöer. Stadens verksamheter har "
                    "till uppgift att, inom ramen för sina respektive uppdrag, förebygga att "
                    "individer dras in i våldsbejakande extremism och stödja dem som är "
                    "involverade att lämna dessa miljöer. Det är behoven som följer av de "
                    "våldsamma handlingarna eller risken för sådana handlingar, inte åsikterna, "
                    "som ska leda till eventuella insatser och åtgärder. Insatserna är beroende på "
                    "vilken typ av extremism det handlar om och ska ske utifrån individuella "
                    "förutsättningar."
                ),
            },
            {
                "kind": "prevents_acts",
                "heading": "Allmänt om socialtjänstens arbete",
                "text": (
                    "Socialtjänsten har enligt lagstiftning det yttersta ansvaret för att enskilda "
                    "får det stöd och den hjälp de behöver. Det finns dock inga lagar som stödjer "
                    "kommuner i att sätta in tvångsåtgärder mot personer som exempelvis återvänt "
                    "från krigsdrabbade områden eller rör sig i miljöer med våldsbejakande "
                    "extremism.\n\n"
                    "Om en person vill ha stöd kan socialtjänsten erbjuda insatser. Alla ärenden "
                    "utgår ifrån individens behov, vilket säkerställer att rätt stöd ges utifrån "
                    "varje enskild individs förutsättningar. Om individen samtycker till att "
                    "information delas mellan myndigheter och aktörer kan stödet erbjudas inom "
                    "ramen för till exempel sociala insatsgrupper."
                ),
            },
            {
                "kind": "prevents_acts",
                "heading": "Avhopparverksamhet",
                "text": (
                    "I Stockholms stad ska socialtjänsten ha förmåga och förutsättning att "
                    "underlätta för dem som vill lämna en våldsbejakande miljö och åtgärder ska "
                    "kunna vidtas. Insatser som utgör stöd till individer som är motiverade att "
                    "lämna extremistiska miljöer bedöms utifrån motsvarande kriterier som idag "
                    "används för att ge stöd till individer som vill lämna grov brottslig "
                    "verksamhet.\n\n"
                    "Avhopparverksamhet kan erbjudas inom ramen för den stadsövergripande "
                    "avhopparverksamheten eller i sociala insatsgrupper, SIG. Vid "
                    "socialförvaltningen finns den stadsövergripande avhopparverksamheten. "
                    "Verksamhet är tillgänglig för de individer som har ett särskilt skyddsbehov, "
                    "vilket bedöms av Polismyndighetens personsäkerhetsverksamhet. SIG riktar sig "
                    "till kvinnor och män, som behöver stöd för att lämna en kriminell livsstil. "
                    "Inom ramen för detta arbete finns även möjlighet att ta emot personer som "
                    "vill lämna extremist-miljöer. En förutsättning för att ge stöd till personer "
                    "som fyllt 18 år är att de har en egen vilja till förändring. För att ingå i "
                    "en social insatsgrupp måste individen lämna sitt samtycke till att relevant "
                    "information kan delas mellan berörda myndigheter. Det finns inga insatser som "
                    "bara är tillgängliga vid avhopparverksamhet utan den består av "
                    "socialtjänstens ordinarie verksamhet såsom behovsprövade insatser i såväl "
                    "öppna former som i form av placering utanför hemmet, både enligt "
                    "socialtjänstlagen och, för individer som inte fyllt 20 år, lagen (1990:52) "
                    "med särskilda bestämmelser om vård av unga (LVU) samt råd och stöd. Alla "
                    "insatser som beviljas ges utifrån från de individuella behov och "
                    "förutsättningar som råder i det enskilda fallet."
                ),
            },
            {
                "kind": "prevents_acts",
                "heading": "Stöd till anhöriga",
                "text": (
                    "Stadens program för stöd till anhöriga kommer att uppdateras så att anhöriga "
                    "till individer kopplade till våldsbejakande extremism omfattas av det. Tills "
                    "vidare utgår stöd till anhörig utifrån de stadsövergripande riktlinjerna för "
                    "stadens arbete mot våldsbejakande extremism som säger att personer som "
                    "drabbas av våldsbejakande extremism ska få stöd och trygghet. I akuta "
                    "situationer kan stöd ges enligt samma principer som för andra brottsoffer. I "
                    "denna grupp inkluderas anhöriga. Insatserna anpassas utifrån att olika former "
                    "av våldsbejakande extremism tar sig olika uttryck. Socialtjänstens ordinarie "
                    "verksamheter har ett ansvar för att kunna stödja anhöriga inom ramen för "
                    "socialtjänstens uppdrag att tillhandahålla service, råd och stöd."
                ),
            },
            {
                "kind": "prevents_acts",
                "heading": "Socialförvaltningens VBE-team",
                "text": (
                    "VBE-teamets uppgift är att ta en första kontakt med personer som polisen "
                    "bedömer har en koppling till våldsbejakande extremistiska miljöer. Kontakten "
                    "tas efter en polisiär bedömning kring lämplighet och mötet sker tillsammans "
                    "med polisen. Teamet lotsar vidare till den stadsdelsförvaltning individen "
                    "tillhör. Målsättningen är att socialtjänsten ska få möjlighet att sätta in "
                    "åtgärder för att bryta den destruktiva livsstilen. Insatserna anpassas efter "
                    "de individuella behoven och ska i den mån det är möjligt göras i samverkan "
                    "med polisen. Det finns ingen lagstiftning som stödjer kommuner i att sätta in "
                    "tvångsåtgärder mot personer som återvänt från krigsdrabbade områden eller rör "
                    "sig i våldsbejakande miljöer. Socialtjänstens verksamhet är frivillig. Teamet "
                    "kan också stötta stadsdelsförvaltningarna i barnavårdsutredningar med "
                    "koppling till återvändare samt träffa individer kopplade till våldsbejakande "
                    "extremism som har behov av stöd från socialtjänsten där det inte tydligt "
                    "framgår i vilken stadsdelsförvaltning eller verksamhetsgren.\n\n"
                    "Utöver den kontaktskapande verksamheten ska VBE-teamet också bidra till att "
                    "utveckla arbetssätt och metoder för att arbeta med målgruppen och med "
                    "samverkande myndigheter."
                ),
            },
            {
                "kind": "associations",
                "heading": "Föreningsbidrag och upplåtande av lokaler",
                "text": (
                    "Riktlinjerna för Stockholms stads arbete mot våldsbejakande extremism anger "
                    "tydligt att stöd i form av ekonomiska bidrag från staden inte ska ges till "
                    "någon aktör som inte står bakom den demokratiska rättsstatens principer, de "
                    "mänskliga rättigheterna och jämställdhet mellan kvinnor och män. Föreningar "
                    "som uppmuntrar till, eller stödjer, våldsbejakande extremism ska fråntas all "
                    "typ av stöd i den mån de har sådant. Under 2020 planeras stadsövergripande "
                    "riktlinjer för stadens arbete med föreningsbidrag och upplåtande av lokaler "
                    "beslutas av kommunfullmäktige."
                ),
            },
            {
                "kind": "training",
                "heading": "Kompetenshöjande insatser inom förvaltningen",
                "text": (
                    "Behovet av kunskapshöjande åtgärder i staden är fortsatt stort. En webbaserad "
                    "grundutbildning avseende våldsbejakande extremism har tagits fram och finns i "
                    "alla anställdas utbildningsportal. Förvaltningarna säkerställer att relevant "
                    "personal genomgår grundutbildningen samt deltar i andra stadsövergripande "
                    "utbildningar som anordnas.\n\n"
                    "Som ytterligare stöd för stadens medarbetare finns stadens kunskapsunderlag "
                    "om arbetet mot våldsbejakande extremism samlat på en intranätssida "
                    "https://intranat.stockholm.se/Sidor/2017/1/Valdsbejakande-extremism-/\n\n"
                    "På sidan finns en vägledning för arbetet mot våldsbejakande extremism, "
                    "kontaktuppgifter till samtliga samordnare inom arbetet mot våldsbejakande "
                    "extremism, handlingsplaner, symbolsammanställning, rapporter, boktips, poddar "
                    "filmade föreläsningar m.m."
                ),
            },
            {
                "kind": "follow_up",
                "heading": "Uppföljning",
                "text": (
                    "Enligt stadens riktlinjer ska handlingsplanen behandlas av ansvarig nämnd och "
                    "godkännas av kommunstyrelsen. Handlingsplanen ska följas upp årligen inom "
                    "ramen för ordinarie styrning under mål 1.2 Stockholm är en trygg säker och "
                    "välskött stad att bo och vistas i. Handlingsplanen revideras årligen utifrån "
                    "aktuell lägesbild. Lägesbilden tas fram tillsammans med andra berörda nämnder "
                    "samt i samarbete med polisen. Nästa revidering sker i samband med "
                    "tertialrapport 1 2021."
                ),
            },
        ],
        "activities": [
            {
                "group": "preventive_universal",
                "description": (
                    "Analys av hur förskolorna i Bromma, utifrån mål i läroplanen, kan utveckla "
                    "aktiviteter för det våldspreventiva arbetet i förskolan med jämställdhet som "
                    "grund."
                ),
                "responsible": "Strateg Avdelning förskola",
                "schedule": {"text": "2020"},
                "follow_up": ["VB"],
                "indicator": "I ordinarie verksamhetsuppföljning i VB.",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "preventive_universal",
                "description": (
                    "Fältassistenter samverkar med Brommas skolor kring Mentors in Violence Prevention (MVP)."
                ),
                "responsible": "Fältassistenter, i samhandling med stadsdelens grundskolor.",
                "schedule": {"text": "2020"},
                "follow_up": ["VB"],
                "indicator": "I ordinarie verksamhetsuppföljning i VB.",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "preventive_selective",
                "description": (
                    "En lokal strategi/handlingsplan för ett långsiktigt genomförande av generellt "
                    "och riktat föräldraskapsstöd (genom programmen ABC och KOMET) ska göras, med "
                    "syftet att fler föräldrar i Bromma ska kunna erbjudas tidigt stöd."
                ),
                "responsible": (
                    "Preventionssamordnare, i samhandling mellan avdelningarna administration, "
                    "socialtjänst och fritid och förskola."
                ),
                "schedule": {"text": "2020"},
                "follow_up": ["VB"],
                "indicator": "I ordinarie verksamhetsuppföljning i VB.",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "coordination",
                "description": (
                    "Arbetet mot våldsbejakande extremism är stående punkt på styrgruppsmöten "
                    "Trygghetsrådet - Brommas lokala BRÅ."
                ),
                "responsible": "Styrgruppens ordförande Trygghetsrådet – Brommas lokala BRÅ",
                "schedule": {"text": "2020"},
                "follow_up": [],
                "indicator": "Löpande",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "prevents_acts",
                "description": (
                    "Skapa lokal rutin för handläggning samt intern och extern samverkan gällande "
                    "aktualiserade ärenden med VBE-koppling inom socialtjänsten."
                ),
                "responsible": (
                    "Avdelningschef Avdelning socialtjänst och fritid i samråd med berörda enhetschefer"
                ),
                "schedule": {"text": "2020"},
                "follow_up": ["VB"],
                "indicator": "I ordinarie verksamhetsuppföljning i VB.",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "prevents_acts",
                "description": (
                    "Se över hur stöd till anhöriga till individer kopplade till våldsbejakande "
                    "extremism ska organiseras inom förvaltningen, både avseende myndig och "
                    "omyndig person."
                ),
                "responsible": "Berörda avdelningschefer i samråd med berörda enhetschefer",
                "schedule": {"text": "2020"},
                "follow_up": ["VB"],
                "indicator": "I ordinarie verksamhetsuppföljning i VB.",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "prevents_acts",
                "description": (
                    "Berörda verksamheter ska samverka med stadens VBE-team om detta blir aktuellt."
                ),
                "responsible": "Avdelningschef Avdelning socialtjänst och fritid",
                "schedule": {"text": "2020"},
                "follow_up": ["VB"],
                "indicator": "I ordinarie verksamhetsuppföljning i VB.",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "associations",
                "description": (
                    "Föreningar som får bidrag ska, i avvaktan stadsövergripande riktlinjer, följa "
                    "förvaltningens regler för fördelning av föreningsbidrag."
                ),
                "responsible": "Verksamhetscontroller inom förvaltningen samt nämnd",
                "schedule": {"text": "2020"},
                "follow_up": [],
                "indicator": "Bedöms vid bidragsgivningen samt vid uppföljning av bidrag.",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "associations",
                "description": (
                    "Vid utlåning/uthyrning av lokaler ska det, i avvaktan stadsövergripande "
                    "riktlinjer, säkerställas att föreningens verksamhet vilar på demokratisk "
                    "grund och att även arrangemanget i lokalen gör det."
                ),
                "responsible": "Enhetschef/rektor för den verksamhet som lånar/hyr ut lokal.",
                "schedule": {"text": "2020"},
                "follow_up": [],
                "indicator": "I ordinarie verksamhetsuppföljning.",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "associations",
                "description": (
                    "Se över om befintliga lokala regler och rutiner för föreningsbidrag och "
                    "utlåning/uthyrning av lokaler behöver revideras, i avvaktan stadsövergripande "
                    "riktlinjer."
                ),
                "responsible": "Förvaltningsledning",
                "schedule": {"text": "2020"},
                "follow_up": [],
                "indicator": "I ordinarie verksamhetsuppföljning.",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "training",
                "description": ("Relevant personal ska genomföra den webbaserade grundutbildningen om VBE."),
                "responsible": "Förvaltningsledning",
                "schedule": {"text": "2020"},
                "follow_up": ["VB"],
                "indicator": ("Genom utbildningsportalen och i ordinarie verksamhetsuppföljning i VB."),
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "training",
                "description": (
                    "Relevant personal inom förvaltningen deltar i stadsövergripande utbildningar "
                    "i kompetenshöjande syfte."
                ),
                "responsible": "Avdelningschef berörd avdelning",
                "schedule": {"text": "2020"},
                "follow_up": ["VB"],
                "indicator": "I ordinarie verksamhetsuppföljning i VB.",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "training",
                "description": (
                    "Relevant personal ska ha kunskap om stadsövergripande rutiner till exempel "
                    "hur man ska agera vid händelse/oro kopplad till VBE, användande av blanketten "
                    "för avidentifierad information och sekretessbrytande regel om man får "
                    "kännedom om att någon kan misstänkas ha begått grovt krigsbrott, folkmord "
                    "eller brott mot mänskligheten."
                ),
                "responsible": "Förvaltningsledning",
                "schedule": {"text": "2020"},
                "follow_up": ["VB"],
                "indicator": "I ordinarie verksamhetsuppföljning i VB.",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
            {
                "group": "training",
                "description": (
                    "Den lokala samordnaren mot våldsbejakande extremism ska besöka de "
                    "verksamheter som önskar mer information kring förvaltningens arbete mot "
                    "våldsbejakande extremism."
                ),
                "responsible": (
                    "Avdelningschef, enhetschef eller biträdande enhetschef som identifierar behov av stöd"
                ),
                "schedule": {"text": "2020"},
                "follow_up": ["VB"],
                "indicator": "I ordinarie verksamhetsuppföljning i VB.",
                "target": "",
                "other_actors": "",
                "status_note": "",
            },
        ],
    },
    {
        "administration": "Hägersten-Liljeholmen",
        "year": 2018,
        "title": (
            "Hägersten-Liljeholmens lokala handlingsplan mot våldsbejakande extremism (reviderad april 2018)"
        ),
        "registration_number": "",
        "status": "adopted",
        "adopted_on": None,
        "decision_reference": "",
        "sections": [
            {
                "kind": "introduction",
                "heading": "Sammanfattning",
                "text": (
                    "Stockholms stad beslutade i maj 2016 om stadsövergripande riktlinjer mot "
                    "våldsbejakande extremism. En av flera åtgärder i riktlinjerna är att "
                    "stadsdelsnämnderna och berörda facknämnder ska utarbeta lokala "
                    "handlingsplaner. I Hägersten-Liljeholmen ingår arbete mot våldsbejakande "
                    "extremism som ett prioriterat område i den samverkansöverenskommelse som "
                    "slutits med lokalpolisområde Skärholmen. Arbetet mot våldsbejakande extremism "
                    "är även integrerat i förvaltningens trygg- och säkerhetsarbete som utgår från "
                    "Stockholms stads trygghets- och säkerhetsprogram 2018–2021\n\n"
                    "I Hägersten-Liljeholmens lokala handlingsplan ringas problemområdet "
                    "våldsbejakande extremism in och förvaltningens beredskap att arbeta mot det "
                    "beskrivs. Arbetet mot våldsbejakande extremism delas in i förebyggande och "
                    "förhindrande arbete och följer de anvisningar som finns, såväl inom staden "
                    "som nationellt. Vår lokala struktur för samverkan redovisas samt "
                    "organisationens behov av utbildning/kompetensutveckling, och samarbete för "
                    "ett effektivt resursutnyttjande.\n\n"
                    "Personal från stadsdelsförvaltningen har deltagit i Stockholms stads "
                    "utbildning och följer den stadsövergripande utbildningsplan som finns mot "
                    "våldsbejakande extremism.\n\n"
                    "En arbetsgrupp i stadsdelsområdet är tillsatt för att följa upp och "
                    "implementera centralt framtagna rutiner mot våldsbejakande extremism och "
                    "förvaltningens handlingsplan.\n\n"
                    "I slutet av handlingsplanen återfinns en sammanställning av angivna "
                    "befintliga aktiviteter/åtgärder.\n\n"
                    "Handlingsplanen har reviderats i april 2018 och följs upp inom ramen för "
                    "ordinarie budgetarbete och samverkansöverenskommelsen med lokalpolisen."
                ),
            },
            {
                "kind": "introduction",
                "heading": "Inledning",
                "text": (
                    "I en demokrati har alla rätt att uttrycka sina politiska åsikter, även sådana "
                    "som kan uppfattas som obekväma. Politiska handlingar som står i strid med "
                    "demokratins grundläggande spelregler kan dock aldrig accepteras. Det är "
                    "därför viktigt att värna demokratin mot våldsbejakande extremism. Utövande av "
                    "våldsbejakande extremism är en form av kriminalitet som utöver lidandet för "
                    "de direkt drabbade, skapar rädsla och otrygghet i samhället i stort. I det "
                    "brottsförebyggande arbetet är motverkandet av våldsbejakande extremism högt "
                    "prioriterat.\n\n"
                    "För att säkerställa Stockholms stads förmåga att förebygga och försvåra "
                    "våldsbejakande extremism i staden beslutade kommunfullmäktige i maj 2016 om "
                    "stadsövergripande riktlinjer mot våldsbejakande extremism. I enlighet med "
                    "dessa inrättades en central samordnare för att koordinera stadens arbete. Den "
                    "centrala samordnaren är placerad på stadsledningskontoret, avdelningen för "
                    "välfärdsutveckling. Utöver den centrala samordnaren finns även samordnare i "
                    "alla stadsdelsförvaltningar samt i social-, utbildnings-, idrotts-, kultur- "
                    "och arbetsmarknadsförvaltningen. En av flera åtgärder som beskrivs i "
                    "riktlinjerna är att stadsdelsnämnderna och berörda facknämnder ska utarbeta "
                    "lokala handlingsplaner.\n\n"
                    "I Hägersten-Liljeholmen ingår uppdraget att skriva och revidera en "
                    "handlingsplan mot våldsbejakande extremism i åtgärdsplanen som är knuten till "
                    "den samverkansöverenskommelse som slöts med lokalpolisområde Skärholmen 2017."
                ),
            },
            {
                "kind": "introduction",
                "heading": "Definitioner",
                "text": (
                    "Våldsbejakande extremism definieras som ideologier, rörelser och miljöer som "
                    "bejakar och legitimerar våld som medel för att förverkliga extrema "
                    "ideologiska åsikter och idéer. Dessa rörelser accepterar inte en demokratisk "
                    "samhällsordning. Våldsbejakande extremism kan ta sig skilda uttryck, från att "
                    "trakassera, hota eller skada andra människor till att på olika sätt stödja, "
                    "planera eller uppmana andra att utföra ideologiskt motiverade våldshandlingar "
                    "och terrorism.\n\n"
                    "Begrepp som används kring våldsbejakande extremism presenteras nedan.\n\n"
                    "Våldsbejakande – handlingar såsom att stödja, uppmana till eller delta i "
                    "ideologiskt motiverade våldshandlingar för att främja en sak.\n\n"
                    "Extremism – rörelser, ideologier eller individer som inte accepterar en "
                    "demokratisk samhällsordning. Den grundläggande politiska normen, där "
                    "politiska mål och samhällsförändringar kan påverkas genom politiken och "
                    "uppnås genom demokratiska processer, accepteras inte. Extremism används också "
                    "för att beskriva företeelser där individer använder extrema metoder för att "
                    "förändra samhället i önskad riktning.\n\n"
                    "Radikalisering – Den process som leder till att en person eller en grupp "
                    "stödjer eller utövar ideologiskt motiverat våld för att främja en sak. De "
                    "individer som anslutit sig till våldsbejakande extremistmiljöer har nästan "
                    "alltid genomgått en radikaliseringsprocess där det går att identifiera "
                    "betydande likheter i radikaliseringsprocessen oavsett till vilken ideologi en "
                    "person radikaliserats."
                ),
            },
            {
                "kind": "introduction",
                "heading": "Olika våldsbejakande extremistmiljöer i Sverige",
                "text": (
                    "För närvarande finns, i enlighet med Säkerhetspolisens definition, i huvudsak "
                    "tre våldsbejakande extremistiska miljöer i Sverige: den våldsbejakande "
                    "högerextremistiska vit makt-miljön, den våldsbejakande vänsterextremistiska "
                    "autonoma miljön och den våldsbejakande religiösa extremistmiljön. Därutöver "
                    "finns ensamagerande extremister som motiveras till våldshandlingar av olika "
                    "ideologier, men som inte tillhör nämnda grupper eller nätverk."
                ),
            },
            {
                "kind": "introduction",
                "heading": "Autonoma miljön",
                "text": (
                    "Den autonoma miljön strävar efter ett klasslöst samhälle utan styre från "
                    "någon auktoritet. Uppfattningen inom miljön är att dagens demokrati inte är "
                    "tillfredsställande. Den enda styrelseformen som kan accepteras är ett "
                    "självstyre från folket. Inom miljön hävdas att kapitalistiska drivkrafter har "
                    "greppet om dagens samhälle och att detta utgör ett hinder för att uppnå "
                    "idealsamhället – ett samhälle som är jämställt och klasslöst och där "
                    "människor med olika ursprung och sexuell läggning ska kunna leva på lika "
                    "villkor. Vissa sammanslutningar inom den autonoma miljön menar att ett nytt "
                    "styrelseskick endast kan uppnås genom revolution.\n\n"
                    "Enligt Säkerhetspolisens bedömning har den autonoma miljöns förmåga minskat "
                    "de senaste åren. Detta till trots bildades under 2017 ett nytt nordiskt "
                    "autonomt nätverk. Detta nätverk kan i förlängningen lägga grunden för "
                    "ytterligare organisering. Utöver opinionsbildande yttringar och aktiviteter "
                    "använder individer med koppling till den autonoma miljön också systematiskt "
                    "och regelbundet våld, hot och trakasserier för att hindra människor från att "
                    "mötas, utföra sina uppdrag eller sitt arbete och uttrycka sina åsikter."
                ),
            },
            {
                "kind": "introduction",
                "heading": "Vit makt-miljön",
                "text": (
                    "Vit makt-miljön ser framför sig ett etniskt homogent samhälle där det inte "
                    "förekommer inslag av andra kulturer. De menar att människosläktet kan delas "
                    "in i raser och de ser negativt på invandring av människor som de inte räknar "
                    "till den vita rasen. Synen på människosläktet som indelad i raser finns inom "
                    "hela vit makt-miljön även om det varierar hur starkt detta lyfts fram. "
                    "Uppfattningarna kan variera från föreställningen om ett raskrig där "
                    "extremisterna är soldater, till en uppfattning om att olika raser ska få "
                    "tillåtas existera i världen vid sidan av varandra så länge de olika raserna "
                    "inte blandas. Omvärlden förknippar ofta vit makt-miljön med den "
                    "nationalsocialistiska ideologin och flera aktörer inom miljön har anammat "
                    "denna (även om det inte gäller för samtliga i miljön).\n\n"
                    "Inom vit makt-miljön är en del av målet ett auktoritärt styre och det verkar "
                    "finnas drivkrafter för tydlig struktur, ordning och totala lösningar. Sedan "
                    "en tid präglas delar av vit makt-miljön av en utveckling där man oftare talar "
                    "om kultur istället för ras. De använder benämningar som patriotism eller "
                    "”nationella rörelsen” för att beskriva sig själva.\n\n"
                    "Enligt Säkerhetspolisen har aktiviteten i vit makt-miljön ökat gradvis i "
                    "Sverige under flera år. Aktiviteterna är främst av opinionsbildande karaktär "
                    "på offentlig plats. Vid sidan om de opinionsbildande aktiviteterna använder "
                    "individer inom vit makt-miljön regelbundet och systematiskt våld, hot och "
                    "trakasserier för att hindra människor från att mötas, utföra sina uppdrag, "
                    "sitt arbete och uttrycka sina åsikter."
                ),
            },
            {
                "kind": "introduction",
                "heading": "Våldsbejakande islamistisk extremism",
                "text": (
                    "Den svenska våldsbejakande islamistiska miljön inspireras övergripande av en "
                    "salafistisk-jihadisk ideologi. Detta ideologiska paraply förenar både "
                    "al-Qaida och Islamiska Staten (IS). IS är en utbrytarorganisation från "
                    "al-Qaida och skillnaden dem emellan ligger närmast i att IS har en mer extrem "
                    "syn på vilka de uppfattar som fienden. Enligt IS är alla som inte delar deras "
                    "ideologi att betrakta som motståndare, vilket innebär att även muslimer som "
                    "inte överensstämmer med gruppens övertygelser utmålas som fiender och utgör "
                    "legitima måltavlor.\n\n"
                    "Gemensamt för dem båda är dock att ideologin motiverar attentat mot civila, "
                    "dels enligt deras egen logik som svar på ockupation av muslimska länder och "
                    "våld mot muslimer, dels som ett svar på upplevda kränkningar av islam. Målet "
                    "som beskrivs är att genom våld införa ett islamiskt styre (sharia) inom ramen "
                    "för en domedagsprofetia. De västerländska demokratiska styrelseidealen, "
                    "kolonialismen och förhållanden som tillskrivs västvärlden anses ha fördärvat "
                    "islam. Västvärldens sekularisering och sätt att leva görs då även till mål "
                    "för angrepp från miljöns extremister.\n\n"
                    "I samband med inbördeskriget i Syrien och de spridningseffekter som följde i "
                    "närliggande länder har IS skickligt profiterat på det maktvakuum som uppstod. "
                    "Genom propaganda i social medier attraherade gruppen många anhängare, och när "
                    "de utropade sitt kalifat i juni 2014 ökade tillströmningen till en nivå som "
                    "saknar historisk jämförelse. Idag beräknar säkerhetstjänster att drygt 5000 "
                    "individer rest från Europa för att ansluta sig till gruppen.\n\n"
                    "IS har även uppmuntrat till att anhängare bör utföra attentat i sina "
                    "hemländer – med de vapen de har att tillgå. Många av de terrorattentat som "
                    "drabbat Europa sedan 2014 kan härledas till IS - antingen genom "
                    "attentatspersoner som har haft direkt kontakt med terrororganisationen, eller "
                    "som på något sett inspirerats av dess upprop och ideologi.\n\n"
                    "Säkerhetspolisen bedömer att ensamagerande gärningsmän med våldsbejakande "
                    "islamistiska ideologier i dagsläget utgör det största hotet. Antalet personer "
                    "som attraheras av det ideologiska budskapet bedöms ha ökat under de senaste "
                    "åren och Sverige anses vara ett legitimt men inte prioriterat mål för "
                    "internationella terrororganisationer."
                ),
            },
            {
                "kind": "responsibility",
                "heading": "Handlingsplan",
                "text": (
                    "Stockholms stad har tagit fram riktlinjer och rutiner i arbetet mot "
                    "våldsbejakande extremism som finns att läsa på Stockholms stads hemsida. För "
                    "medarbetare i staden så finns utförlig information på intranätet. I arbetet "
                    "mot våldsbejakande extremism har Stockholms stad tagit fram rutiner vid "
                    "oro/händelse rörande våldsbejakande extremism.\n\n"
                    "Där framgår att den övergripande inriktning som ska känneteckna stadens "
                    "agerande för att motverka våldsbejakande extremism är:\n\n"
                    "- Det demokratiska samhället ska värnas\n\n"
                    "- Arbetet ska vila på vetenskaplig grund och beprövad erfarenhet\n\n"
                    "- En stad som håller samman ska minska extremismens grogrund\n\n"
                    "- Kunskapen om våldsbejakande extremism ska öka i staden\n\n"
                    "- Stärkt central samordning och ökad lokal samverkan\n\n"
                    "- Samverkan med civilsamhället ska utvecklas\n\n"
                    "Samtidigt är det nödvändigt med förebyggande åtgärder på lokal nivå eftersom "
                    "det är där som olika våldsbejakande extremistgrupper verkar. I den kommunala "
                    "verksamheten behöver kunskapen öka i dessa frågor för att kunna möta de "
                    "problem och utmaningar som skapas av våldsbejakande extremistiska grupper och "
                    "för att aktivt verka för demokratiska värderingar och alla människors lika "
                    "värde och rättigheter.\n\n"
                    "Arbetet mot våldsbejakande extremism i Hägersten-Liljeholmen löper parallellt "
                    "och integreras i delar av förvaltningens arbete med Stockholms stads trygg- "
                    "och säkerhetsprogram 2018-2021.\n\n"
                    "För att det brottsförebyggande arbetet ska vara effektivt och framgångsrikt "
                    "krävs att samtliga relevanta aktörer på lokal nivå samverkar i och bidrar "
                    "till framtagande av problembilder och genomförande av åtgärder. På så sätt "
                    "skapas förutsättningar för att arbeta tillsammans målinriktat och utifrån ett "
                    "helhetsperspektiv. Den lokala handlingsplanen syftar till att säkerställa en "
                    "tydlig ansvarsfördelning och struktur för arbetet med att förebygga och "
                    "motverka våldsbejakande extremism på lokal nivå.\n\n"
                    "Handlingsplaner mot våldsbejakande extremism tas, utöver stadsdelsnämnderna, "
                    "även fram av vissa av stadens facknämnder så som arbetsmarknads-, idrotts-, "
                    "kultur-, social- och utbildningsnämnden.\n\n"
                    "Stadsdelsförvaltningen har idag i sitt ordinarie arbete en struktur för "
                    "samverkan som fungerar bra att tillämpa också på våldsbejakande extremism. En "
                    "arbetsgrupp med nyckelpersoner från olika verksamhetsområden har tillsatts. "
                    "Gruppen leds av stadsdelsförvaltningens preventionssamordnare och arbetet "
                    "kopplas till stadens program mot våld i nära relationer och hedersrelaterat "
                    "våld och förtryck. Arbetsgruppen verkar för att följa upp och implementera "
                    "både centralt framtagna rutiner och den lokala handlingsplanen. En "
                    "åtgärdsplan som beskriver vilka insatser som ska göras sak tas fram. Där "
                    "ingår även en plan för insatser på individnivå, som ska utformas utifrån "
                    "kunskap om den enskildes situation och problematik."
                ),
            },
            {
                "kind": "situation",
                "heading": "Lokal lägesbild",
                "text": (
                    "Hägersten-Liljeholmens stadsdelsnämnd tar fram en lokal lägesbild kring "
                    "våldsbejakande extremism tillsammans med Skärholmens lokalpolis. Lägesbilden "
                    "tas fram och uppdateras genom samverkan med lokala aktörer och inhämtning av "
                    "uppgifter om olika incidenter som är värda att uppmärksamma. Det kan röra sig "
                    "om klotter eller personer som uttrycker sig på ett utmärkande sätt. "
                    "Informationen hämtas från MTR, Sisab, trafikkontoret, grundskolor och "
                    "gymnasieskolor samt ett antal chefer och nyckelpersoner på enhetsnivå inom "
                    "social omsorg, förskola, samhällsplanering, äldreomsorg och församlingar i "
                    "stadsdelsområdet.\n\n"
                    "Inga orosanmälningar har inkommit till förvaltningen och den lokala polisen "
                    "har ingen kännedom om brott eller individer med koppling till våldsbejakande "
                    "extremism i stadsdelsområdet. Sammanlagt fem händelser som är förknippade med "
                    "våldsbejakande extremism har rapporterats in till stadsdelsförvaltningen. "
                    "Fyra händelser är förknippade med högextremism, två fall i form av klotter "
                    "och två fall där peson uttryckt högerextrema åsikter. Den femte händelsen som "
                    "rapporterats är en person som uttryckt religiöst våldsbejakande extremistiska "
                    "åsikter.\n\n"
                    "Två skolor rapporterar enstaka händelser av våldsbejakande högerextremistiskt "
                    "klotter och personer som utryckt sådana åsikter.\n\n"
                    "MTR, Sisab och trafikkontoret har rapporterat in den del klotter som nästan "
                    "uteslutande är högerextremt. I övrigt har inga incidenter förekommit.\n\n"
                    "Förvaltningens handlingsplan, när det gäller förebyggande och förhindrande "
                    "aktiviteter, ligger i linje med den problembild som den lokala lägesbilden "
                    "uppvisar. Däremot är kännedomen om stadens riktlinjer och den lokala "
                    "handlingsplanen mot våldsbejakande extremism låg och behöver ökas. Det är "
                    "vidare viktigt att löpande informera och påminna om vikten av att alla "
                    "verksamheter rapporterar in skadegörelse såsom klotter och klistermärken med "
                    "extremistiska budskap i incidentrapporteringssystemet. För att öka kännedomen "
                    "och sprida information om riktlinjer och lokal handlingsplan ska en plan för "
                    "implementering tas fram av förvaltningens samordnare.\n\n"
                    "Hägersten-Liljeholmen ska följa den stadsövergripande utbildningsplanen mot "
                    "våldsbejakande extremism och aktiviteterna i den lokala handlingsplanen "
                    "syftar till att öka kunskap och kännedomen hos medarbetarna i "
                    "stadsdelsområdet om våldsbejakande extremism."
                ),
            },
            {
                "kind": "preventive",
                "heading": "Förebyggande arbete",
                "text": (
                    "Förebyggande arbete handlar bland annat om att öka medvetenheten i "
                    "demokratifrågor, samt att bedriva ett förebyggande arbete mot utanförskap, "
                    "våld och annan kriminalitet. Hur normer kring kriminalitet och en "
                    "våldsbejakande mansroll skapas och kan förändras är viktigt i detta. "
                    "Insatserna handlar inte specifikt om radikalisering och extremism, utan är "
                    "generellt förebyggande och bedrivs redan i stadsdelarna – i förskolor och "
                    "skolor, på mötesplatser för unga, inom socialtjänsten samt genom det arbete "
                    "ideella organisationer utför.\n\n"
                    "Frågan om vad det är som gör att våldsbejakande extremistiska grupper växer "
                    "fram i ett samhälle är mycket komplex. Generellt rör det sig alltid om "
                    "samverkande faktorer. Inget enskilt förhållande kan tillskrivas skulden för "
                    "att extremistmiljöer växer fram. En grundförutsättning för att enskilda "
                    "personer inte ska dras till våldsbejakande extremistmiljöer är att barn och "
                    "unga får en bra uppväxt, ges goda förutsättningar till bra resultat i skolan, "
                    "en rik och meningsfull fritid och arbete eller sysselsättning. Förebyggande "
                    "arbete mot våldsbejakande extremism ska vila på att det finns god tillit, "
                    "jämlikhet och delaktighet.\n\n"
                    "Att främja demokratin innebär t.ex. att verka för ett inkluderande samhälle "
                    "där ingen känner sig utanför. Det kan handla om att motverka korruption och "
                    "jäv eller att säkerställa den offentliga verksamhetens opartiskhet för att "
                    "skapa tillit i samhället. Det kan också handla om undervisning i medie- och "
                    "informationskunskap riktad mot barn och unga eller förebygga diskriminering "
                    "och rasism.\n\n"
                    "Exempel på förebyggande arbete som finns inom stadsdelsförvaltningen i "
                    "dagsläget;"
                ),
            },
            {
                "kind": "preventive",
                "heading": "Universellt förebyggande arbete",
                "text": (
                    "Insatser som inte tar hänsyn till skillnader mellan hög- och lågriskgrupper "
                    "utan riktas till alla."
                ),
            },
            {
                "kind": "preventive",
                "heading": "Demokratifrämjande arbete",
                "text": (
                    "- Jämställdhet och mänskliga rättigheter, barnperspektiv, genomsyrar alla "
                    "verksamheter i stadsdelsförvaltningen.\n\n"
                    "- Arbete med jämställdhet och normkritik i förskolan\n\n"
                    "- Förskolans arbete med likabehandlingsplaner och värdegrund\n\n"
                    "- Föräldrastöd i form av föräldrarådgivare och föräldrastödskurser (ABC och "
                    "Komet).\n\n"
                    "- Erbjuda feriearbete till ungdomar\n\n"
                    "- Arbetet som genomförs av förskolor, fritidsverksamheter, fältassistenter, "
                    "ungdomsmottagning m.fl. för ökad delaktighet, inkludering och "
                    "empowerment/egen kraft\n\n"
                    "- Fortsatt satsning på lokalt demokratiarbete och ungas möjlighet till "
                    "inflytande\n\n"
                    "- Fortsatt arbete för högt valdeltagande\n\n"
                    "- Utnyttja preventionspotentialen i all linjeverksamhet så att riskfaktorer "
                    "minskas och skyddsfaktorer stärks.\n\n"
                    "- Stärka invånarnas kontakt med lokala politiker"
                ),
            },
            {
                "kind": "preventive",
                "heading": "Selektivt förebyggande arbete",
                "text": (
                    "Insatser riktade till grupper som är särskilt utsatta för en eller flera "
                    "riskfaktorer. Det är gruppen som identifieras som utsatt.\n\n"
                    "- Utbilda personal i relationsvåld och hedersrelaterat våld\n\n"
                    "- Motverka inträde i extremistiska miljöer via att föra diskussioner om "
                    "demokrati m.m. när extrema åsikter framförs.\n\n"
                    "- Stödja ungdomar att klara av grundskolan med fullständiga betyg\n\n"
                    "- Gruppverksamhet med unga på deras fritid\n\n"
                    "- Grupp med vårdnadshavare till unga i riskzon för antisocialt beteende"
                ),
            },
            {
                "kind": "preventive",
                "heading": "Indikerat förebyggande arbete",
                "text": (
                    "Insatser riktade till individer i riskzon. Motverka inträde i extremistiska "
                    "miljöer genom\n\n"
                    "- Individuellt stöd\n\n"
                    "- Stödja ungdomar att klara av grundskolan med fullständiga betyg\n\n"
                    "- Anhörigstöd\n\n"
                    "- Försörjningsstöd\n\n"
                    "- Ungdomsmottagning\n\n"
                    "- Vuxenenhet\n\n"
                    "Det finns även material som verksamheterna kan använda inom detta område från "
                    "nationella samordnaren kring våldsbejakande extremism.\n\n"
                    "Metodmaterial och stöd: "
                    "http://www.samordnarenmotextremism.se/kunskap/metodmaterial-och-stod/\n\n"
                    "Samtalskompassen: "
                    "http://www.samordnarenmotextremism.se/kunskap/samtalskompassen-2/"
                ),
            },
            {
                "kind": "prevents_acts",
                "heading": "Förhindrande arbete",
                "text": (
                    "En grund i stadsdelsnämnden är att demokratiska principer råder i nämndens "
                    "verksamheter eller det nämnden finansierar.\n\n"
                    "Det förhindrande arbetet är de insatser och åtgärder som riktas mot personer "
                    "eller grupper som håller på att hamna i, eller befinner sig i våldsbejakande "
                    "extremistmiljöer."
                ),
            },
            {
                "kind": "associations",
                "heading": "Uthyrning av stadsdelsförvaltningens lokaler",
                "text": (
                    "Förvaltningen samverkar med övriga förvaltningar i Stockholms stad och följer "
                    "givna riktlinjer. För att beviljas hyra av lokal ska förvaltningen försäkra "
                    "sig om att föreningar och/eller enskild inte har några kopplingar till "
                    "extrema miljöer. Förvaltningen begär in stadgar, verksamhetsplan, uppgifter "
                    "om ekonomi och uppgifter från skattemyndigheten samt eventuellt program. "
                    "Förvaltningen kommer att fortsätta att se över hanteringen av uthyrning av "
                    "lokaler för att ytterligare skärpa säkerheten."
                ),
            },
            {
                "kind": "associations",
                "heading": "Föreningsbidrag/arrangörsstöd",
                "text": (
                    "Vid beviljande av föreningsbidrag/arrangörsstöd ska förvaltningen försäkra "
                    "sig om att föreningen är uppbyggd och fungera enligt demokratiska principer. "
                    "I stadgarna ska det framgå att alla som instämmer i föreningens målsättningar "
                    "äger rätt till medlemskap. Ingen diskriminering på grund av kön, religiösa, "
                    "politiska, etniska eller sexuella skäl får förekomma i föreningens "
                    "verksamhet. Ingen får nekas inträde i föreningen på grund av ovanstående "
                    "skäl. Föreningar som uppmuntrar till, eller stöder, våldsbejakande extremism "
                    "ska tas ifrån allt stöd i den mån de har sådant."
                ),
            },
            {
                "kind": "preventive",
                "heading": "Situationell prevention",
                "text": (
                    "Klotter som observeras i området ska anmälas via tyck till appen eller "
                    "felanmälan. Trafikkontoret har en 24 timmarsregel när det gäller skadegörelse "
                    "med extremistiskt budskap.\n\n"
                    "Stadsdelsförvaltningen ska bidra till att sprida information om Tyck "
                    "till-appen för att öka möjligheten att anmäla klotter och skadegörelse. Andra "
                    "vägar att göra felanmälan till synpunktsportalen är via telefon eller via "
                    "hemsidan "
                    "http://www.stockholm.se/TrafikStadsplanering/Felanmalan-och-synpunkter/\n\n"
                    "Tyck till-appen hittas på: http://www.stockholm.se/tycktillapp"
                ),
            },
            {
                "kind": "prevents_acts",
                "heading": "Insatser inom socialtjänsten",
                "text": (
                    "Det finns idag inga specifika stödinsatser för individer som befinner sig i "
                    "riskzon för att utöva våldsbejakande extremism eller för deras "
                    "familjemedlemmar. Socialtjänsten ansvarar för skydd och stöd enligt "
                    "socialtjänstlagen och beviljar insatser enligt lagen och utifrån en "
                    "individuell bedömning. Information om stöd till socialtjänsten finns på "
                    "socialstyrelsens hemsida."
                ),
            },
            {
                "kind": "prevents_acts",
                "heading": (
                    "Uppmärksamma och anmäla försök till otillåten påverkan av politiker och tjänstemän"
                ),
                "text": (
                    "Att uppmärksamma och anmäla försök till otillåten påverkan av politiker och "
                    "tjänstemän är ett viktigt uppdrag som stadsdelsförvaltningen behöver arbeta "
                    "vidare med under 2018."
                ),
            },
            {
                "kind": "other",
                "heading": "Vid oro",
                "text": (
                    "Vid oro för att person dras till en våldsam, extrem rörelse eller ideologi "
                    "kontakta Hägersten-Liljeholmens stadsdelsförvaltning enheten för "
                    "försörjningsstöd, Mottagningsgruppens beredskapstelefon."
                ),
            },
            {
                "kind": "other",
                "heading": "Stöd och råd till yrkesverksamma",
                "text": (
                    "Center mot våldsbejakande extremism (CVE) erbjuder per telefon stöd till "
                    "yrkesverksamma, främst i kommuner och myndigheter på lokal nivå, som behöver "
                    "stöd i det förebyggande arbetet mot våldsbejakande extremism."
                ),
            },
            {
                "kind": "prevents_acts",
                "heading": "Avhopparverksamhet",
                "text": (
                    "I Stockholms stad ska socialtjänsten ha förmåga och förutsättning att "
                    "underlätta för dem som vill lämna en våldsbejakande miljö och åtgärder ska "
                    "kunna vidtas skyndsamt. Insatser som utgör stöd till individer som är "
                    "motiverade att lämna extremistiska miljöer, bedöms utifrån motsvarande "
                    "kriterier som idag används för att ge stöd till individer som vill lämna grov "
                    "brottslig verksamhet.\n\n"
                    "Förvaltningens socialtjänst ger behovsprövade insatser i såväl öppna former "
                    "som i form av placering utanför hemmet, både enligt socialtjänstlagen och "
                    "lagen om vård av unga (LVU) och erbjuda råd och stöd.\n\n"
                    "Genom samarbete med andra stadsdelsförvaltningar finns även tillgång sociala "
                    "insatsgrupper för 18-29 år. Dessa riktar sig till flickor och pojkar, kvinnor "
                    "och män, som behöver stöd för att lämna en kriminell livsstil. Inom ramen för "
                    "detta arbete finns även möjlighet att ta emot personer som vill lämna "
                    "extremistmiljöer. En förutsättning för att ge stöd till personer som fyllt 18 "
                    "år är att de har en egen vilja till förändring.\n\n"
                    "Avhoppare som är i behov av skydd för att de är utsatta för alvarligt hot kan "
                    "få hjälp av Socialförvaltningen, enheten för hemlösa."
                ),
            },
            {
                "kind": "prevents_acts",
                "heading": "Anhörigstöd",
                "text": (
                    "Om socialtjänsten får kunskap om anhöriga eller närstående till personer som "
                    "är involverade i våldsbejakande extremism ska anhörigstöd erbjudas. Det "
                    "anhörigstöd som för närvarande finns inom förvaltningens verksamheter är inte "
                    "anpassat för målgruppen. Det befintliga stödet riktar sig till anhöriga till "
                    "barn och unga, personer med funktionsvariationer, med alkohol- eller "
                    "narkotikamissbruk.\n\n"
                    "Under 2018 behöver förvaltningen även fortsättningsvis undersöka hur ett stöd "
                    "till anhöriga utifrån våldsbejakande extremism-perspektiv på bästa sätt kan "
                    "organiseras och att personal som ska stötta anhöriga får relevant "
                    "kompetensutveckling för uppdraget."
                ),
            },
            {
                "kind": "training",
                "heading": "Kompetenshöjande åtgärder/insatser",
                "text": (
                    "Behovet av kunskapshöjande åtgärder är fortsatt stort. Som ett led i det "
                    "stadsövergripande stödet beslutade juridiska avdelningen, i slutet av januari "
                    "2018, en rättspromemoria som belyser juridiska förutsättningar för delar av "
                    "kommunens arbete och stadens vägledning för arbetet mot våldsbejakande "
                    "extremism kommer att lanseras under våren 2018.\n\n"
                    "Det finns en stadsövergripande utbildningsplan för området våldsbejakande "
                    "extremism. Under hösten 2017 genomfördes en grundläggande utbildning där ca "
                    "1700 medarbetare i Stockholms stad deltog. Grundutbildning kommer genomföras "
                    "igen under hösten 2018. Med början i april 2018 kommer "
                    "fördjupningsutbildningar genomföras riktade till prioriterade verksamheter "
                    "såsom socialtjänstens mottagningsenheter, arbetsmarknadsförvaltningens "
                    "uppsökare, utbildningsförvaltningens rektorer, lärare m.fl. "
                    "Fördjupningsutbildningarna planeras i samverkan mellan den centrala "
                    "samordnaren och respektive förvaltning. Förvaltningarna säkerställer att "
                    "relevant personal deltar i de stadsövergripande utbildningar som anordnas.\n\n"
                    "Som ytterligare stöd för stadens medarbetare finns stadens kunskapsunderlag "
                    "om arbetet mot våldsbejakande extremism samlat på en intranätssida. På sidan "
                    "finns en presentation som innehåller grundläggande information om "
                    "våldsbejakande extremism, symboler, lokalt och nationellt stödmaterial, "
                    "rapporter, boktips och poddar för ytterligare kunskapsinhämtning, filmade "
                    "föreläsningar m.m. Därutöver anordnas, med början 2018, kunskapshöjande "
                    "föreläsningar på området. Dessa är öppna för stadens alla medarbetare. I "
                    "februari föreläste Försvarshögskolan och i maj föreläser FOI, Totalförsvarets "
                    "forskningsinstitut. Föreläsare för hösten är ännu inte bestämt. Dessa "
                    "föreläsningar filmas och läggs på intranätssidan för att tillgängliggöras för "
                    "så stor del av stadens medarbetare som möjligt."
                ),
            },
            {
                "kind": "follow_up",
                "heading": "Uppföljning",
                "text": (
                    "Enligt stadens riktlinjer ska handlingsplanen behandlas av ansvarig nämnd och "
                    "godkännas av kommunstyrelsen. Handlingsplanen ska följas upp årligen inom "
                    "ramen för ordinarie styrning under målet om att Stockholm är en stad med "
                    "levande och trygga stadsdelar. En första uppföljning av vidtagna åtgärder "
                    "görs i samband med årets verksamhetsberättelse. Uppföljning sker även löpande "
                    "i olika forum, exempelvis inom ramen för samverkan med lokalpolisen. "
                    "Handlingsplanen revideras årligen utifrån aktuell lägesbild. Lägesbilden tas "
                    "fram tillsammans med andra berörda nämnder samt i samarbete med polisen. "
                    "Nästa revidering sker i samband med tertialrapport 1 2019. I revideringen ska "
                    "status på föregående års vidtagna åtgärder framgå. För att tydliggöra "
                    "uppföljningsbara mål kopplat till riktlinjerna och för att på ett bättre sätt "
                    "kunna stödja nämnderna i uppföljning och utvärdering av insatsernas effekt "
                    "bedrivs ett utvecklingsarbete stadsövergripande i samverkan med "
                    "Försvarshögskolan."
                ),
            },
            {
                "kind": "responsibility",
                "heading": "Samverkan kring individer i risk att radikalisering",
                "text": (
                    "I stadens verksamheter möter medarbetare individer i riskzon för destruktiva "
                    "livsmiljöer och utanförskap, exempelvis kriminalitet och radikalisering. Det "
                    "finns ett behov av att utveckla arbetssätt och metoder för att fånga upp och "
                    "motverka att individer radikaliseras. Särskilt viktig i detta arbete är "
                    "samverkan mellan skola, socialtjänst och polis. För att tydliggöra rutiner "
                    "för gemensam hantering kring radikaliserade individer har ett flödesschema "
                    "tagits fram. Där beskrivs hur medarbetare i staden ska agera när de känner "
                    "oro för en individ eller det har inträffat något som kan vara kopplat till "
                    "våldsbejakande extremism.\n\n"
                    "Socialtjänsten har enligt lagstiftning det yttersta ansvaret för att enskilda "
                    "får det stöd och den hjälp de behöver. Det finns dock inga lagar som stödjer "
                    "kommuner i att sätta in tvångsåtgärder mot personer som exempelvis återvänt "
                    "från krig eller rör sig i miljöer med våldsbejakande extremism.\n\n"
                    "Om en person vill ha stöd kan socialtjänsten erbjuda insatser. Alla ärenden "
                    "utgår ifrån individens behov, vilket säkerställer att rätt stöd ges utifrån "
                    "varje enskild individs förutsättningar. Om individen samtycker till att "
                    "information delas mellan myndigheter och aktörer kan stödet erbjudas inom "
                    "ramen för t.ex. sociala insatsgrupper. I en social insatsgrupp ingår "
                    "representanter från olika myndigheter och aktörer. Här kan också företrädare "
                    "för trossamfund, idrottstränare och andra representanter från civilsamhället "
                    "ingå, allt utifrån den enskildes behov. Socialtjänst och polis ingår alltid.\n\n"
                    "I Hägersten-Liljeholmen är samverkan mot våldsbejakande extremism inkluderad "
                    "som en stående punkt i den befintlig lokala samverkansstrukturen med lokala "
                    "brottsförebyggande rådet och dess undergrupper, som de kring barn och "
                    "ungdomar mellan skola, socialtjänst, polis, fritid, fält och förskola. "
                    "Stadsdelsförvaltningen deltar även i stadens lokala nätverk och i ett "
                    "regionalt nätverk för Stockholms län.\n\n"
                    "Förvaltningen ser ett behov att utveckla samverkan kring vuxna personer på "
                    "individnivå. För att upprätthålla en kompetens runt ett troligen sällsynt "
                    "förekommande problemområde kan samverkan med fördel ske mellan olika "
                    "förvaltningar."
                ),
            },
            {
                "kind": "follow_up",
                "heading": "Genomförda aktiviteter",
                "text": (
                    "- Bildat arbetsgrupp mot våldsbejakande extremism som har två samverkansmöten "
                    "per termin.\n\n"
                    "- Information om arbetet mot våldsbejakande extremism och uppdaterad "
                    "lägesbild som stående punkt på alla samverkansmöten.\n\n"
                    "- Medarbetare från stadsdelsområdet har deltagit i grundutbildning mot "
                    "våldsbejakande extremism, socialförvaltningens utbildning om socialtjänstens "
                    "arbete mot våldsbejakande extremism samt närvarat vid föreläsningen Svenska "
                    "terrorister.\n\n"
                    "- Kopplat handlingsplanen mot våldsbejakande extremism till förvaltningens "
                    "arbete med Stockholms stads trygg- och säkerhetsprogram 2018-2021.\n\n"
                    "- Stärkt kontrollen av uthyrning av lokaler och "
                    "föreningsbidrag/aktivitetsstöd.\n\n"
                    "Nedan följer en sammanställning av ovan angivna befintliga "
                    "aktiviteter/åtgärder."
                ),
            },
            {
                "kind": "responsibility",
                "heading": "Samordnare",
                "text": (
                    "Samordnare för förvaltningens arbete mot våldsbejakande extremism är "
                    "preventionssamordnaren. Dennes roll är att:\n\n"
                    "- formulera en plan för implementeringen av rutiner och lokal handlingsplan i "
                    "arbetet mot våldsbejakande extremism\n\n"
                    "- leda arbetsgrupp som följer upp och implementerar centralt framtagna "
                    "rutiner och lokal handlingsplan mot våldsbejakande extremism\n\n"
                    "- delta i möten med polisen för att ta fram en gemensam aktuell lägesbild\n\n"
                    "- följa upp lägesbild i lokala samverkansgrupper\n\n"
                    "- säkerställa informationsdelning till berörda aktörer inom kommunen\n\n"
                    "- stödja de verksamheter som berörs av frågan i sitt arbete\n\n"
                    "- utbilda medarbetare, chefer och förtroendevalda\n\n"
                    "- följa upp arbetet"
                ),
            },
            {
                "kind": "other",
                "heading": "Konkreta hot",
                "text": "Konkreta hot ska omgående polisanmälas på 112.",
            },
            {
                "kind": "other",
                "heading": "När en person visar tecken på att radikaliseras",
                "text": (
                    "Tecken på våldsbejakande extremism ska alltid rapporteras av den som sett "
                    "tecken. Denna ska direkt kontakta sin närmsta chef. Är det en person under 18 "
                    "år bör en orosanmälan till socialtjänsten upprättas omgående."
                ),
            },
            {
                "kind": "other",
                "heading": ("Klotter/klistermärken med våldsbejakande extremistiskt innehåll"),
                "text": ("Anmäl till tyck till-appen, synpunktsportalen via stockholm.se eller per telefon."),
            },
            {
                "kind": "other",
                "heading": "Orostelefonen",
                "text": (
                    "Lokal kontaktperson i Hägersten-Liljeholmens stadsdelsförvaltning nås på "
                    "enheten för försörjningsstöd, Mottagningsgruppens beredskapstelefon."
                ),
            },
            {
                "kind": "prevents_acts",
                "heading": "Avhopparverksamhet",
                "text": (
                    "Socialtjänst ger behovsprövade insatser i såväl öppna former som i form av "
                    "placering utanför hemmet, både enligt socialtjänstlagen och lagen om vård av "
                    "unga (LVU) och erbjuda råd och stöd.\n\n"
                    "Genom samarbete med andra stadsdelsförvaltningar finns även tillgång sociala "
                    "insatsgrupper för 18-29 år. Vid alvarligt hot mot avhoppare kan "
                    "socialförvaltningen, enheten för hemlösa anlitas."
                ),
            },
        ],
        "activities": [
            {
                "group": "coordination",
                "description": "Samordning av involverade aktörer.",
                "responsible": "Preventionssamordnaren",
                "schedule": {"text": "Pågående"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": (
                    "Stadsdelsförvaltning, Berörda fackförvaltningar, Polis, Övriga berörda aktörer"
                ),
                "status_note": "Pågående",
            },
            {
                "group": "coordination",
                "description": "Formulera plan för implementering.",
                "responsible": "Preventionssamordnaren",
                "schedule": {"text": "juni 2018"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": (
                    "Stadsdelsförvaltning, Berörda fackförvaltningar, Polis, Övriga berörda aktörer"
                ),
                "status_note": "juni 2018",
            },
            {
                "group": "coordination",
                "description": (
                    "Implementering av lokal handlingsplan och Stockholms stads riktlinjer och rutiner."
                ),
                "responsible": "Preventionssamordnaren",
                "schedule": {"text": "Pågående under 2018"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": (
                    "Stadsdelsförvaltning, Berörda fackförvaltningar, Polis, Övriga berörda aktörer"
                ),
                "status_note": "Pågående under 2018",
            },
            {
                "group": "coordination",
                "description": (
                    "Arbetsgrupp som följer upp och implementerar centralt framtagna rutiner och "
                    "lokal handlingsplan mot våldsbejakande extremism."
                ),
                "responsible": "Preventionssamordnaren",
                "schedule": {"text": "Pågående under 2018"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": (
                    "Stadsdelsförvaltning, Berörda fackförvaltningar, Polis, Övriga berörda aktörer"
                ),
                "status_note": "Pågående under 2018",
            },
            {
                "group": "coordination",
                "description": (
                    "Samverka handlingsplanen mot våldsbejakande extremism med arbetet med "
                    "Stockholms stads trygg- och säkerhetsprogram."
                ),
                "responsible": "Preventionssamordnaren",
                "schedule": {"text": "Pågående under 2018"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": (
                    "Stadsdelsförvaltning, Berörda fackförvaltningar, Polis, Övriga berörda aktörer"
                ),
                "status_note": "Pågående under 2018",
            },
            {
                "group": "coordination",
                "description": (
                    "Uppdatering enligt samverkansöverenskommelse mellan stadsdelsförvaltning och "
                    "lokalpolisområde Skärholmen två gånger i månaden."
                ),
                "responsible": "Preventionssamordnaren",
                "schedule": {"text": "Pågående under 2018-2019"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "Stadsdelsförvaltning, Polis, Övriga berörda aktörer",
                "status_note": "Pågående under 2018-2019",
            },
            {
                "group": "coordination",
                "description": "Uppdatering i lokala samverkansgrupper.",
                "responsible": "Polis",
                "schedule": {"text": "Pågående under 2018-2019"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "Stadsdelsförvaltning, Polis, Övriga berörda aktörer",
                "status_note": "Pågående under 2018-2019",
            },
            {
                "group": "preventive_universal",
                "description": (
                    "Arbeta kunskapsbaserat, minska betydelsen av riskfaktorer genom att stärka "
                    "och tillföra skyddsfaktorer"
                ),
                "responsible": "Verksamhetsansvariga",
                "schedule": {"text": "Pågående"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "Medarbetare inom stadsdelsnämndens verksamhet",
                "status_note": "Pågående",
            },
            {
                "group": "preventive_selective",
                "description": (
                    "Identifiera riskgrupper genom analys utifrån riskfaktorer och genom att "
                    "stärka och tillför skyddsfaktorer"
                ),
                "responsible": "Verksamhetsansvariga",
                "schedule": {"text": "Pågående"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "Medarbetare inom stadsdelsnämndens verksamhet",
                "status_note": "Pågående",
            },
            {
                "group": "preventive_indicated",
                "description": "Orosanmälan unga >18 år",
                "responsible": "Barn och ungdomsenhetens mottagningsgrupp",
                "schedule": {"text": "Pågående"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "Medarbetare inom stadsdelsnämndens verksamhet",
                "status_note": "Pågående",
            },
            {
                "group": "prevents_acts",
                "description": "Konkreta hot polisanmäls på 112",
                "responsible": "Polisen",
                "schedule": {"text": "Pågående"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "Pågående",
            },
            {
                "group": "prevents_acts",
                "description": "Tips lämnas på 114 14.",
                "responsible": "Polisen",
                "schedule": {"text": "Pågående"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "Pågående",
            },
            {
                "group": "prevents_acts",
                "description": "Kontaktperson för orostelefon",
                "responsible": "Försörjningsstöds mottagningsgrupp",
                "schedule": {"text": "Pågående"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "Pågående",
            },
            {
                "group": "prevents_acts",
                "description": "Orosanmälan unga >18 år",
                "responsible": "Barn och ungdoms mottagningsgrupp",
                "schedule": {"text": "Pågående"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "Pågående",
            },
            {
                "group": "prevents_acts",
                "description": "Avhopparverksamhet",
                "responsible": "Avdelningen för social omsorg",
                "schedule": {"text": "Under utveckling klart hösten 2018"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": ("Samarbete med andra SDF; Socialförvaltningen, Enheten för hemlösa"),
                "status_note": "Under utveckling klart hösten 2018",
            },
            {
                "group": "prevents_acts",
                "description": "Anhörigstöd",
                "responsible": "Avdelningen för social omsorg",
                "schedule": {"text": "Under utveckling klart hösten 2018"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "Samarbete med andra SDF",
                "status_note": "Under utveckling klart hösten 2018",
            },
            {
                "group": "prevents_acts",
                "description": "Stöd och råd till yrkesverksamma",
                "responsible": "Center mot våldsbejakande extremism (CVE)",
                "schedule": {"text": "Pågående"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "",
                "status_note": "Pågående",
            },
            {
                "group": "training",
                "description": "Utbildning av breda grupper av berörd personal",
                "responsible": "Stockholms stad",
                "schedule": {"text": "Pågående under 2018"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "Stadsdelsförvaltningen, Berörda fackförvaltningar",
                "status_note": "Pågående under 2018",
            },
            {
                "group": "training",
                "description": "Fördjupningsutbildning",
                "responsible": "Stockholms stad",
                "schedule": {"text": "Pågående under 2018"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "Stadsdelsförvaltningen, Berörda fackförvaltningar",
                "status_note": "Pågående under 2018",
            },
            {
                "group": "training",
                "description": "Intern information/utbildning",
                "responsible": "Preventionssamordnare och arbetsgrupp",
                "schedule": {"text": "Pågående under 2018"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": ("Medarbetare i förvaltningen och övriga aktörer i stadsdelsområdet"),
                "status_note": "Pågående under 2018",
            },
            {
                "group": "coordination",
                "description": (
                    "Årligen inom ramen för ordinarie styrning samt i enlighet med "
                    "samverkansöverenskommelse mellan stadsdelsförvaltning och lokalpolisområde "
                    "Skärholmen två gånger i månaden."
                ),
                "responsible": "Preventionssamordnaren",
                "schedule": {"text": "Pågående 2018-2019"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "Socialförvaltning, Polis, Övriga berörda aktörer",
                "status_note": "Pågående 2018-2019",
            },
            {
                "group": "coordination",
                "description": "Uppdatering i lokala samverkansgrupper.",
                "responsible": "Polisen",
                "schedule": {"text": "Pågående"},
                "follow_up": [],
                "indicator": "",
                "target": "",
                "other_actors": "Socialförvaltning, Polis, Övriga berörda aktörer",
                "status_note": "Pågående",
            },
        ],
    },
]

# The five events reported to Hägersten-Liljeholmen in 2018 (002, "Lokal lägesbild").
HAGERSTEN_2018_EVENTS: list[dict] = [
    {"environment": "right_wing", "event_type": "graffiti", "note": "Klotter förknippat med högerextremism."},
    {"environment": "right_wing", "event_type": "graffiti", "note": "Klotter förknippat med högerextremism."},
    {"environment": "right_wing", "event_type": "expressed_views", "note": "Uttryckte högerextrema åsikter."},
    {"environment": "right_wing", "event_type": "expressed_views", "note": "Uttryckte högerextrema åsikter."},
    {
        "environment": "islamist",
        "event_type": "expressed_views",
        "note": "Uttryckte religiöst våldsbejakande extremistiska åsikter.",
    },
]

# Numbers and contacts for the routine on concern or incident, with the seed file they come from.
ROUTINE_FACTS: dict = {
    "emergency": {
        "number": "112",
        "text": "Konkreta hot ska omgående polisanmälas på 112.",
        "source": "002_7fa06384b63ec346.txt",
    },
    "police_tips": {
        "number": "114 14",
        "text": "Tips lämnas på 114 14",
        "source": "002_7fa06384b63ec346.txt",
    },
    "cve": {
        "name": "Center mot våldsbejakande extremism (CVE)",
        "number": "08-527 44 290",
        "text": (
            "Center mot våldsbejakande extremism (CVE) erbjuder på telefonnummer "
            "08 527 44 290 stöd till yrkesverksamma, främst i kommuner och myndigheter på "
            "lokal nivå, som behöver stöd i det förebyggande arbetet mot våldsbejakande "
            "extremism."
        ),
        "source": "002_7fa06384b63ec346.txt",
    },
    "first_contact_24h": {
        "name": "Rutin 24 timmar",
        "hours": 24,
        "text": (
            "Rutin för att etablera en första kontakt med staden inom 24 timmar för "
            "personer som vill lämna en kriminell livsstil."
        ),
        "source": "000_f7626849db89c157.txt",
    },
    "tell_manager": {
        "text": (
            "Tecken på våldsbejakande extremism ska alltid rapporteras av den som sett "
            "tecken. Denna ska direkt kontakta sin närmsta chef."
        ),
        "source": "002_7fa06384b63ec346.txt",
    },
    "report_of_concern": {
        "text": ("Är det en person under 18 år bör en orosanmälan till socialtjänsten upprättas omgående."),
        "source": "002_7fa06384b63ec346.txt",
    },
    "deidentified_form": {
        "text": (
            "Det finns en blankett för avidentifierad information som ska användas vid "
            "oro/händelser kopplat till VBE. Den finns på intranätet och ska fyllas i och "
            "skickas till förvaltningens samordnare."
        ),
        "sources": ["003_7785f614a5075ad5.txt", "004_ada4bad51082de5c.txt"],
    },
    "worry_line": {"name": "Orostelefonen", "number": "020 100 200", "source": "002_7fa06384b63ec346.txt"},
    "graffiti": {
        "text": (
            "Klotter som observeras i området ska anmälas via tyck till appen eller "
            "felanmälan. Trafikkontoret har en 24 timmarsregel när det gäller skadegörelse "
            "med extremistiskt budskap."
        ),
        "number": "08 651 00 00",
        "removal_hours": 24,
        "app_url": "http://www.stockholm.se/tycktillapp",
        "web_url": ("http://www.stockholm.se/TrafikStadsplanering/Felanmalan-och-synpunkter/"),
        "source": "002_7fa06384b63ec346.txt",
    },
    "intake": [
        {
            "administration": "Hägersten-Liljeholmen",
            "unit": ("Enheten för försörjningsstöd, Mottagningsgruppens beredskapstelefon"),
            "number": "08-508 22 605",
            "purpose": (
                "Vid oro för att person dras till en våldsam, extrem rörelse eller ideologi; "
                "lokal kontaktperson för orostelefon."
            ),
            "source": "002_7fa06384b63ec346.txt",
        },
        {
            "administration": "Hägersten-Liljeholmen",
            "unit": "Barn- och ungdomsenhetens mottagningsgrupp",
            "number": "08-508 22 300",
            "purpose": "Orosanmälan unga.",
            "source": "002_7fa06384b63ec346.txt",
        },
    ],
}
