//! Every user-facing text, in plain Dutch (B1) and English.

crate::texts! {
    SiteName { nl: "Hulpwijzer", en: "Hulpwijzer" }
    SiteDescription {
        nl: "Vind de juiste hulp na seksueel geweld of grensoverschrijdend gedrag.",
        en: "Find the right help after sexual violence or unwanted sexual behaviour.",
    }
    HomeLinkLabel { nl: "Hulpwijzer, naar de startpagina", en: "Hulpwijzer, go to the home page" }

    QuickExit { nl: "Snel weg", en: "Exit this page" }
    QuickExitSkip { nl: "Verlaat deze site meteen", en: "Leave this site now" }
    QuickExitPresses2 {
        nl: "Shift: druk nog 2 keer om deze site te verlaten.",
        en: "Shift: press 2 more times to leave this site.",
    }
    QuickExitPresses1 {
        nl: "Shift: druk nog 1 keer om deze site te verlaten.",
        en: "Shift: press 1 more time to leave this site.",
    }
    QuickExitLeaving { nl: "Je verlaat deze site.", en: "Leaving this site." }
    QuickExitCancelled { nl: "Snel weg is gestopt.", en: "Exit this page was cancelled." }
    SkipToContent { nl: "Naar de inhoud", en: "Skip to content" }

    EmergencyLabel { nl: "Noodnummer", en: "Emergency number" }
    EmergencyQuestion { nl: "In direct gevaar?", en: "In immediate danger?" }
    EmergencyCall { nl: "Bel", en: "Call" }
    EmergencyCallIslands { nl: "Op Bonaire, Sint Eustatius of Saba: bel 911", en: "On Bonaire, Sint Eustatius or Saba: call 911" }
    EmergencyNumberAnywhere { nl: "112 (op Bonaire, Sint Eustatius en Saba: 911)", en: "112 (on Bonaire, Sint Eustatius and Saba: 911)" }

    LanguageNav { nl: "Taal", en: "Language" }
    LanguageName { nl: "Nederlands", en: "English" }
    LanguageSwitchHint { nl: "Lees deze pagina in het Nederlands", en: "Read this page in English" }

    FooterNav { nl: "Over deze site", en: "About this site" }
    SafetyLink { nl: "Veilig gebruiken", en: "Using this site safely" }
    AboutLink { nl: "Over Hulpwijzer", en: "About Hulpwijzer" }
    GeoAttribution {
        nl: "Gebiedsindelingen en postcodegebieden: © CBS / PDOK, CC-BY 4.0",
        en: "Area divisions and postcode areas: © CBS / PDOK, CC-BY 4.0",
    }

    HomeHeading {
        nl: "Hulp na seksueel geweld of grensoverschrijdend gedrag",
        en: "Help after sexual violence or unwanted sexual behaviour",
    }
    HomeIntro {
        nl: "Is jou of iemand in je omgeving iets overkomen? Heb je iets gezien? Hulpwijzer helpt je de juiste hulp te vinden, zodat je je verhaal maar één keer hoeft te vertellen.",
        en: "Did something happen to you or to someone close to you? Did you see something? Hulpwijzer helps you find the right help, so you only have to tell your story once.",
    }
    HomePrivacy {
        nl: "Deze site zet geen cookies en bewaart niets van wat je invult.",
        en: "This site sets no cookies and keeps nothing you enter.",
    }
    DoorsHeading { nl: "Wat wil je doen?", en: "What would you like to do?" }
    DoorFindTitle { nl: "Help mij hulp vinden", en: "Help me find help" }
    DoorFindText {
        nl: "Beantwoord een paar korte vragen. Je krijgt de beste eerste stap en andere mogelijkheden, steeds met de reden erbij.",
        en: "Answer a few short questions. You get the best first step and other options, each with the reason why.",
    }
    DoorSearchTitle { nl: "Zoek zelf in de wegwijzer", en: "Search the directory yourself" }
    DoorSearchText {
        nl: "Zoek op onderwerp en plaats naar hulp-, steun- en meldpunten.",
        en: "Search for help, support and places to report, by subject and place.",
    }
    DoorSearchLink { nl: "Naar de wegwijzer", en: "Go to the directory" }

    DirectoryTitle { nl: "Zoek in de wegwijzer", en: "Search the directory" }
    DirectoryIntro {
        nl: "Zoek hulp-, steun- en meldpunten op onderwerp en plaats. Wat je invult, komt niet in de adresbalk en wordt niet bewaard.",
        en: "Search for help, support and places to report, by subject and place. What you enter does not go into the address bar and is not kept.",
    }
    SearchWordsLabel { nl: "Waar zoek je hulp bij?", en: "What do you need help with?" }
    SearchWordsHint { nl: "Bijvoorbeeld: verkrachting, naaktfoto, loverboy", en: "For example: rape, nude photo, loverboy" }
    SearchPlaceLabel { nl: "Plaats (mag leeg blijven)", en: "Place (you may leave this empty)" }
    SearchPlaceHint { nl: "Postcode, gemeente of eiland", en: "Postcode, municipality or island" }
    SearchNeedLabel { nl: "Wat heb je nodig? (mag leeg blijven)", en: "What do you need? (you may leave this empty)" }
    SearchAudienceLabel { nl: "Voor wie zoek je? (mag leeg blijven)", en: "Who is the help for? (you may leave this empty)" }
    AnyOption { nl: "Maakt niet uit", en: "Any" }
    NeedMedical { nl: "Medische zorg", en: "Medical care" }
    NeedTalk { nl: "Praten met iemand", en: "Talking to someone" }
    NeedAdvice { nl: "Advies", en: "Advice" }
    NeedReportPolice { nl: "Melding of aangifte bij de politie", en: "Reporting to the police" }
    NeedReportOther { nl: "Ergens anders melden", en: "Reporting somewhere else" }
    NeedLegal { nl: "Juridische hulp", en: "Legal help" }
    NeedLongTermCare { nl: "Langere behandeling", en: "Longer-term treatment" }
    NeedStopBehaviour { nl: "Stoppen met mijn eigen gedrag", en: "Stopping my own behaviour" }
    NeedRemoveImages { nl: "Beelden offline laten halen", en: "Getting images taken offline" }
    NeedSafePlace { nl: "Een veilige plek", en: "A safe place" }
    NeedSuicidalThoughts { nl: "Gedachten aan zelfdoding", en: "Suicidal thoughts" }
    RoleVictim { nl: "Het is mij overkomen", en: "It happened to me" }
    RoleRelative { nl: "Het is iemand in mijn omgeving overkomen", en: "It happened to someone close to me" }
    RoleBystander { nl: "Ik heb iets gezien of gehoord", en: "I saw or heard something" }
    RoleOwnBehaviour { nl: "Ik maak me zorgen over mijn eigen gedrag", en: "I worry about my own behaviour" }
    RoleProfessional { nl: "Ik zoek hulp voor een cliënt", en: "I am looking for help for a client" }
    SearchButton { nl: "Zoeken", en: "Search" }
    ResultsHeading { nl: "Gevonden", en: "Results" }
    ResultsNone { nl: "Niets gevonden. Probeer andere of minder woorden.", en: "Nothing found. Try other or fewer words." }
    SearchedNear { nl: "Gezocht bij", en: "Searched near" }
    PlaceNotFound {
        nl: "Deze plaats kennen we niet. Je ziet nu landelijke hulp.",
        en: "We could not find this place. You are now seeing national help.",
    }
    ReasonsLabel { nl: "Waarom je dit ziet", en: "Why you are seeing this" }
    ReasonsLabelFormal { nl: "Waarom u dit ziet", en: "Why you are seeing this" }
    ReasonWords { nl: "Past bij je woorden", en: "Matches your words" }
    ReasonRegion { nl: "Werkt in", en: "Works in" }
    ReasonNational { nl: "Werkt in heel Nederland", en: "Works all over the Netherlands" }
    ReasonAlwaysOpen { nl: "Dag en nacht bereikbaar", en: "Available day and night" }
    ReasonAnonymous { nl: "Anoniem mogelijk", en: "You can stay anonymous" }
    ReasonAge { nl: "Voor jouw leeftijd", en: "For your age" }
    MoreAbout { nl: "Alles over", en: "Everything about" }

    OrgServices { nl: "Hulp die ze bieden", en: "Help they offer" }
    OrgNotFound { nl: "Deze organisatie staat niet in de wegwijzer.", en: "This organisation is not in the directory." }
    Website { nl: "Website", en: "Website" }
    NoContacts { nl: "We hebben geen bevestigde contactgegevens.", en: "We have no confirmed contact details." }
    ChannelPhone { nl: "Bellen", en: "Call" }
    ChannelChat { nl: "Chatten", en: "Chat" }
    ChannelWhatsapp { nl: "WhatsApp", en: "WhatsApp" }
    ChannelEmail { nl: "Mailen", en: "E-mail" }
    ChannelWalkIn { nl: "Langsgaan", en: "Walk in" }
    ChannelOnlineForm { nl: "Online formulier", en: "Online form" }
    ChannelWebsite { nl: "Informatie", en: "Information" }
    OpenNow { nl: "Nu open", en: "Open now" }
    ClosedNow { nl: "Nu gesloten", en: "Closed now" }
    HolidayMaybeClosed { nl: "Vandaag mogelijk gesloten (feestdag)", en: "Possibly closed today (public holiday)" }
    HoursAlways { nl: "Dag en nacht, elke dag", en: "Day and night, every day" }
    HoursUnknown { nl: "Openingstijden niet bekend", en: "Opening hours not known" }
    DayMon { nl: "ma", en: "Mon" }
    DayTue { nl: "di", en: "Tue" }
    DayWed { nl: "wo", en: "Wed" }
    DayThu { nl: "do", en: "Thu" }
    DayFri { nl: "vr", en: "Fri" }
    DaySat { nl: "za", en: "Sat" }
    DaySun { nl: "zo", en: "Sun" }
    CostFree { nl: "Gratis", en: "Free" }
    CostLocalRate { nl: "De hulp is gratis; bellen kost het gewone tarief.", en: "The help is free; the call costs the normal rate." }
    CostPaid { nl: "Kost geld", en: "Costs money" }
    CostUnknown { nl: "Kosten niet bekend", en: "Cost not known" }
    NotAnonymous { nl: "Niet anoniem", en: "You give your name" }
    AgeLabel { nl: "Leeftijd", en: "Age" }
    AgeYears { nl: "jaar", en: "years" }
    AgeUpTo { nl: "tot en met", en: "up to" }
    AgeFrom { nl: "vanaf", en: "from" }
    Unconfirmed {
        nl: "Niet bevestigd: controleer dit bij de organisatie zelf.",
        en: "Not confirmed: check this with the organisation itself.",
    }
    LastChecked { nl: "Laatst gecontroleerd", en: "Last checked" }
    SourceAndCheck { nl: "Bron en controle", en: "Source and last check" }
    StepMore { nl: "Meer over deze hulp", en: "More about this help" }
    StepWhyAndMore { nl: "Waarom, en andere manieren", en: "Why, and other ways to get in touch" }
    UnconfirmedNumber { nl: "nummer niet bevestigd", en: "number not confirmed" }
    UnconfirmedContact { nl: "niet bevestigd", en: "not confirmed" }
    CheckedInDossier {
        nl: "in ons onderzoeksdossier, niet live op de site van de organisatie",
        en: "in our own research notes, not on the organisation's current website",
    }
    Source { nl: "Bron", en: "Source" }

    SafetyTitle { nl: "Veilig gebruiken", en: "Using this site safely" }
    SafetyIntro {
        nl: "Misschien wil je niet dat iemand ziet dat je deze site bekijkt. Hier lees je wat je kunt doen.",
        en: "You may not want anyone to see that you visit this site. Here is what you can do.",
    }
    SafetyExitHeading { nl: "De knop Snel weg", en: "The Exit this page button" }
    SafetyExitText {
        nl: "Met de knop Snel weg bovenaan elke pagina verlaat je deze site meteen. Je komt dan op een weersite. Je kunt ook 3 keer snel op de Shift-toets drukken.",
        en: "The Exit this page button at the top of every page takes you off this site at once, to a weather site. You can also press the Shift key 3 times quickly.",
    }
    SafetyExitDoes {
        nl: "De pagina wordt meteen leeg gemaakt. In de geschiedenis van je browser komt de weersite in de plaats van de pagina die je bekeek. Ga je daarna terug, dan stuurt de site je weer naar de weersite.",
        en: "The page goes blank at once. In your browser history, the weather site takes the place of the page you were reading. If you go back, this site sends you to the weather site again.",
    }
    SafetyExitNotHeading { nl: "Wat Snel weg niet doet", en: "What Exit this page does not do" }
    SafetyExitNotHistory {
        nl: "Snel weg wist je geschiedenis niet. Andere pagina's van deze site die je eerder bekeek, blijven erin staan.",
        en: "It does not clear your history. Other pages of this site that you visited before stay in it.",
    }
    SafetyExitNotScript {
        nl: "Staat JavaScript uit in je browser? Dan werkt alleen de knop. De Shift-toets werkt dan niet, en met Terug zie je de pagina weer.",
        en: "Is JavaScript switched off in your browser? Then only the button works. The Shift key does not, and pressing Back shows the page again.",
    }
    SafetyPrivateHeading { nl: "Privé browsen", en: "Private browsing" }
    SafetyPrivateText {
        nl: "Open deze site in een privévenster. In Chrome heet dat een incognitovenster. Als je het venster sluit, bewaart de browser geen geschiedenis van deze site.",
        en: "Open this site in a private window. In Chrome this is called an incognito window. When you close the window, the browser keeps no history of this site.",
    }
    SafetySharedHeading { nl: "Een gedeelde telefoon of computer", en: "A shared phone or computer" }
    SafetySharedText {
        nl: "Gebruikt iemand anders ook je telefoon of computer? Wis dan na je bezoek de geschiedenis van je browser. Dat kan meestal bij Instellingen, onder Privacy of Geschiedenis. Let op: als je een hulplijn belt, staat het nummer daarna in je lijst met gesprekken.",
        en: "Does someone else use your phone or computer too? Then clear your browser history after your visit. You can usually do that in Settings, under Privacy or History. Note: if you call a helpline, the number will be in your call list afterwards.",
    }
    SafetySummaryHeading { nl: "Je samenvatting bewaren of printen", en: "Saving or printing your summary" }
    SafetySummaryText {
        nl: "Je samenvatting staat alleen op je eigen telefoon of computer. Bewaar je hem als bestand of print je hem? Dan kan iemand anders hem vinden, bijvoorbeeld in je downloads of bij de printer. Kopieer je hem, dan staat hij op je klembord tot je iets anders kopieert.",
        en: "Your summary is only on your own phone or computer. If you save it as a file or print it, someone else can find it, for example in your downloads or at the printer. If you copy it, it stays on your clipboard until you copy something else.",
    }
    SafetyDataHeading { nl: "Wat wij bewaren", en: "What we keep" }
    SafetyDataText {
        nl: "Niets. Deze site zet geen cookies, telt geen bezoekers en laadt niets van andere sites. Wat je invult, komt niet in de adresbalk en wordt niet bewaard.",
        en: "Nothing. This site sets no cookies, does not track visitors and loads nothing from other sites. What you enter does not go into the address bar and is not kept.",
    }

    AboutTitle { nl: "Over Hulpwijzer", en: "About Hulpwijzer" }
    AboutIntro {
        nl: "Hulpwijzer helpt mensen in Nederland, ook op Bonaire, Sint Eustatius en Saba, de juiste hulp te vinden na seksueel geweld of grensoverschrijdend gedrag. De site is er voor slachtoffers, hun naasten, omstanders, mensen die zich zorgen maken over hun eigen gedrag en professionals.",
        en: "Hulpwijzer helps people in the Netherlands, including Bonaire, Sint Eustatius and Saba, find the right help after sexual violence or unwanted sexual behaviour. It is for victims, the people close to them, bystanders, people who worry about their own behaviour, and professionals.",
    }
    AboutStatus {
        nl: "Hulpwijzer is nog in aanbouw. De gegevens van de hulppunten zijn nog niet live bij de organisaties zelf gecontroleerd.",
        en: "Hulpwijzer is still being built. The details of the help points have not yet been checked directly with the organisations themselves.",
    }
    AboutSourcesHeading { nl: "Bronnen", en: "Sources" }
    AboutSourcesData {
        nl: "Bij elk hulppunt komt te staan waar de gegevens vandaan komen en wanneer ze voor het laatst zijn gecontroleerd.",
        en: "Every help point will show where its details come from and when they were last checked.",
    }
    AboutSourcesGeo {
        nl: "Gemeenten, veiligheidsregio's, GGD-regio's en postcodegebieden komen van het Centraal Bureau voor de Statistiek (CBS) en PDOK.",
        en: "Municipalities, safety regions, GGD regions and postcode areas come from Statistics Netherlands (CBS) and PDOK.",
    }

    NeedEmergency { nl: "Direct gevaar", en: "Immediate danger" }

    TriageTitle { nl: "Help mij hulp vinden", en: "Help me find help" }
    TriageIntro {
        nl: "Een paar korte vragen. Elke vraag mag je overslaan. Wat je kiest, wordt niet bewaard en komt niet in de adresbalk.",
        en: "A few short questions. You can skip any of them. What you choose is not kept and does not go into the address bar.",
    }
    TriageStart { nl: "Begin met de vragen", en: "Start the questions" }
    TriageProgress { nl: "Vraag {at} van {of}", en: "Question {at} of {of}" }
    TriageNext { nl: "Volgende", en: "Next" }
    TriageBack { nl: "Terug", en: "Back" }
    TriageSkip { nl: "Zeg ik liever niet", en: "I'd rather not say" }
    TriageShowPlan { nl: "Laat mijn hulpplan zien", en: "Show my help plan" }
    TriageShowPlanClient { nl: "Laat het hulpplan zien", en: "Show the help plan" }
    TriageDangerButton { nl: "Iemand is nu in gevaar", en: "Someone is in danger now" }
    TriageRestart { nl: "Opnieuw beginnen", en: "Start again" }
    OverviewBackToPlan { nl: "Terug naar het hulpplan", en: "Back to the help plan" }
    FirstStepTitle { nl: "Dit is nu het belangrijkste", en: "This matters most now" }
    FirstStepIntro {
        nl: "Je hoeft niet eerst alle vragen te beantwoorden. Met wat je vertelde, is dit de beste eerste stap.",
        en: "You do not have to answer all the questions first. From what you told us, this is the best first step.",
    }
    FirstStepIntroClient {
        nl: "U hoeft niet eerst alle vragen te beantwoorden. Met wat u vertelde, is dit de beste eerste stap voor uw cliënt.",
        en: "You do not have to answer all the questions first. From what you told us, this is the best first step for your client.",
    }
    FirstStepOn { nl: "Verder naar het hele hulpplan", en: "Go on to the whole help plan" }
    FirstStepIslands {
        nl: "Op Bonaire, Sint Eustatius of Saba? Kies het eiland, dan zie je de hulp daar.",
        en: "On Bonaire, Sint Eustatius or Saba? Choose the island to see the help there.",
    }
    FirstStepIslandsClient {
        nl: "Is uw cliënt op Bonaire, Sint Eustatius of Saba? Kies het eiland, dan ziet u de hulp daar.",
        en: "Is your client on Bonaire, Sint Eustatius or Saba? Choose the island to see the help there.",
    }
    TriageWorking { nl: "Even geduld, je hulpplan wordt gemaakt.", en: "One moment, your help plan is being made." }
    TriagePlanFailed {
        nl: "Het hulpplan kon niet worden gemaakt. Probeer het opnieuw. In direct gevaar? Bel 112 (op Bonaire, Sint Eustatius en Saba: 911).",
        en: "The help plan could not be made. Please try again. In immediate danger? Call 112 (on Bonaire, Sint Eustatius and Saba: 911).",
    }
    QRole { nl: "Voor wie zoek je hulp?", en: "Who are you looking for help for?" }
    QConsent { nl: "Heeft uw cliënt toestemming gegeven?", en: "Has your client given consent?" }
    HintConsent {
        nl: "Toestemming om samen hulp te zoeken en gegevens te delen met de hulp die u kiest.",
        en: "Consent to look for help together and to share details with the help you choose.",
    }
    ConsentYes { nl: "Ja, mijn cliënt geeft toestemming", en: "Yes, my client consents" }
    ConsentNo { nl: "Nee, nog niet", en: "No, not yet" }
    NoConsentTitle { nl: "Zonder toestemming van uw cliënt", en: "Without your client's consent" }
    NoConsentText {
        nl: "Zonder toestemming verwijst u niet door en deelt u geen gegevens. Wat u wel kunt doen: bespreek met uw cliënt waarom hulp kan helpen en wat er met de gegevens gebeurt. Vraag zelf advies zonder namen te noemen, bijvoorbeeld bij Veilig Thuis, of op Bonaire, Sint Eustatius en Saba bij het advies- en meldpunt van het eiland (op Bonaire: Guiami). Volg bij zorgen over huiselijk geweld of kindermishandeling de meldcode of de afspraken van uw organisatie. Is iemand in direct gevaar? Bel 112 (op Bonaire, Sint Eustatius en Saba: 911).",
        en: "Without consent, do not refer your client or share their details. What you can do: talk with your client about how support could help them and what would happen to their details. Ask for advice yourself without giving names, for example at Veilig Thuis, or on Bonaire, Sint Eustatius and Saba at the island's advice and reporting point (on Bonaire: Guiami). If you are worried about domestic violence or child abuse, follow your organisation's reporting code or procedures. Is someone in immediate danger? Call 112 (on Bonaire, Sint Eustatius and Saba: 911).",
    }
    NoConsentAdvice { nl: "Advies vragen bij Veilig Thuis", en: "Ask Veilig Thuis for advice" }
    QWhat { nl: "Wat is er gebeurd?", en: "What happened?" }
    QWhatOwn { nl: "Waar maak je je zorgen over?", en: "What are you worried about?" }
    QSetting { nl: "Waar is het gebeurd?", en: "Where did it happen?" }
    QWhen { nl: "Wanneer is het gebeurd?", en: "When did it happen?" }
    QAge { nl: "Hoe oud ben je?", en: "How old are you?" }
    QAgeOther { nl: "Hoe oud is de persoon die het is overkomen?", en: "How old is the person it happened to?" }
    QPlace { nl: "Waar woon of ben je?", en: "Where do you live or where are you?" }
    QPlaceClient { nl: "Waar woont of verblijft uw cliënt?", en: "Where does your client live or stay?" }
    QNeeds { nl: "Wat heb je nu het meest nodig?", en: "What do you need most now?" }
    QNeedsClient { nl: "Wat heeft uw cliënt nu het meest nodig?", en: "What does your client need most now?" }
    QContact { nl: "Hoe wil je contact?", en: "How would you like to get in touch?" }
    QContactClient { nl: "Hoe wil uw cliënt contact?", en: "How would your client like to get in touch?" }
    HintRole { nl: "Kies wat het best past.", en: "Choose what fits best." }
    HintMany { nl: "Je mag meer dan één kiezen.", en: "You may choose more than one." }
    HintManyFormal { nl: "U mag meer dan één kiezen.", en: "You may choose more than one." }
    HintWhen { nl: "Dit is belangrijk voor medische hulp en sporenonderzoek.", en: "This matters for medical help and a forensic examination." }
    HintAge { nl: "Sommige hulp is er voor een bepaalde leeftijd.", en: "Some help is for a certain age." }
    HintPlace {
        nl: "Dan zoeken we hulp in de buurt. Zonder plaats krijg je landelijke hulp.",
        en: "We use this to find help near you. Without a place, you get national help.",
    }
    HintPlaceClient {
        nl: "Dan zoeken we hulp in de buurt van uw cliënt. Zonder plaats krijgt u landelijke hulp.",
        en: "We use this to find help near your client. Without a place, you get national help.",
    }
    PlaceTextLabel { nl: "Postcode of gemeente", en: "Postcode or municipality" }
    PlaceTextHint { nl: "Bijvoorbeeld 3511 AB of Utrecht", en: "For example 3511 AB or Utrecht" }
    PlaceIslandLegend { nl: "Of kies een eiland", en: "Or choose an island" }
    PlaceNoIsland { nl: "Geen eiland", en: "No island" }
    PlaceUseLocation { nl: "Gebruik mijn locatie", en: "Use my location" }
    PlaceLocationFound { nl: "Je locatie is gevonden.", en: "Your location was found." }
    PlaceLocationFailed {
        nl: "Je locatie kon niet worden gevonden. Typ een postcode of gemeente, of sla deze vraag over.",
        en: "Your location could not be found. Type a postcode or municipality, or skip this question.",
    }
    PlaceUnknown {
        nl: "Deze plaats kennen we niet. Typ een postcode (zoals 3511 AB) of de naam van je gemeente. Of sla deze vraag over: dan krijg je landelijke hulp.",
        en: "We could not find this place. Type a postcode (like 3511 AB) or the name of your municipality. Or skip this question: then you get national help.",
    }
    PlaceDidYouMeanOne {
        nl: "Deze plaats kennen we niet. Bedoel je {name}? Of typ je postcode.",
        en: "We could not find this place. Did you mean {name}? Or type your postcode.",
    }
    PlaceDidYouMean {
        nl: "Deze plaats kennen we niet. Bedoel je een van deze? Of typ je postcode.",
        en: "We could not find this place. Did you mean one of these? Or type your postcode.",
    }
    PlaceAmbiguous {
        nl: "Er zijn meer gemeenten met deze naam. Typ je postcode, of kies een van deze:",
        en: "More than one municipality has this name. Type your postcode, or choose one of these:",
    }
    BonaireName { nl: "Bonaire", en: "Bonaire" }
    SintEustatiusName { nl: "Sint Eustatius", en: "Sint Eustatius" }
    SabaName { nl: "Saba", en: "Saba" }
    WhatRape { nl: "Verkrachting of aanranding", en: "Rape or sexual assault" }
    WhatHarassment { nl: "Seksuele intimidatie: opmerkingen, aanrakingen, achtervolgen", en: "Sexual harassment: remarks, touching, following" }
    WhatOnline { nl: "Naaktbeelden gedeeld of gedreigd daarmee, of ongewenste seksuele berichten", en: "Nude images shared, or threats to share them, or unwanted sexual messages" }
    WhatChildAbuse { nl: "Seksueel misbruik van een kind, nu of lang geleden", en: "Sexual abuse of a child, now or long ago" }
    WhatDomestic { nl: "Geweld in het gezin of in een relatie", en: "Violence in the family or in a relationship" }
    WhatForcedMarriage { nl: "Gedwongen huwelijk, of achtergelaten in het buitenland", en: "Forced marriage, or being left behind abroad" }
    WhatExploitation { nl: "Gedwongen seks voor geld of uitbuiting (loverboy, mensenhandel)", en: "Forced sex for money or exploitation (loverboy, human trafficking)" }
    OwnThoughtsOnly { nl: "Alleen gedachten of gevoelens: er is niets gebeurd", en: "Only thoughts or feelings: nothing has happened" }
    OwnChildren { nl: "Seksuele gevoelens of gedachten over kinderen", en: "Sexual feelings or thoughts about children" }
    OwnOnline { nl: "Wat ik online kijk, stuur of deel", en: "What I watch, send or share online" }
    OwnBoundaries { nl: "Ik ging misschien over iemands grens", en: "I may have crossed someone's boundary" }
    OwnDomestic { nl: "Hoe ik thuis of in mijn relatie met anderen omga", en: "How I treat others at home or in my relationship" }
    WhatUnsure { nl: "Ik weet het niet zeker", en: "I am not sure" }
    SettingHome { nl: "Thuis of in de familie", en: "At home or in the family" }
    SettingRelationship { nl: "In een relatie", en: "In a relationship" }
    SettingWork { nl: "Op het werk", en: "At work" }
    SettingSchool { nl: "Op school", en: "At school" }
    SettingStudentLife { nl: "In het studentenleven", en: "In student life" }
    SettingSport { nl: "Bij sport", en: "In sport" }
    SettingChurch { nl: "In een kerk of geloofsgemeenschap", en: "In a church or faith community" }
    SettingCare { nl: "In de zorg", en: "In health or social care" }
    SettingOnline { nl: "Online", en: "Online" }
    SettingPublicSpace { nl: "Op straat of in het openbaar", en: "In the street or in public" }
    SettingNightlife { nl: "Bij uitgaan", en: "On a night out" }
    WhenNow { nl: "Het gebeurt nu, op dit moment", en: "It is happening right now" }
    PlanDoNow { nl: "Wat je nu kunt doen", en: "What you can do now" }
    DangerCheck { nl: "Is iemand nu in gevaar?", en: "Is someone in danger right now?" }
    DangerCheckCall { nl: "Bel", en: "Call" }
    OnTheIslands { nl: "op Bonaire, Sint Eustatius en Saba", en: "on Bonaire, Sint Eustatius and Saba" }
    WhenOngoing { nl: "Het is gebeurd en het blijft gebeuren", en: "It has happened and is still happening" }
    When72h { nl: "In de afgelopen 3 dagen (72 uur)", en: "In the last 3 days (72 hours)" }
    When7d { nl: "In de afgelopen 7 dagen", en: "In the last 7 days" }
    WhenLonger { nl: "Langer dan 7 dagen geleden", en: "More than 7 days ago" }
    WhenUnsure { nl: "Weet ik niet zeker", en: "I am not sure" }
    AgeUnder12 { nl: "Jonger dan 12", en: "Under 12" }
    Age12To17 { nl: "12 tot 18 jaar", en: "12 to 17" }
    Age18To24 { nl: "18 tot 25 jaar", en: "18 to 24" }
    Age25Plus { nl: "25 jaar of ouder", en: "25 or older" }
    ContactPhone { nl: "Bellen", en: "Phone" }
    ContactChat { nl: "Chatten", en: "Chat" }
    ContactInPerson { nl: "Een gesprek in het echt", en: "Meeting in person" }
    ContactEmail { nl: "Mailen", en: "E-mail" }
    ContactAnonymous { nl: "Anoniem (zonder mijn naam)", en: "Anonymously (without my name)" }

    SummaryIntro {
        nl: "Neem dit mee of laat het zien. Dan hoef je je verhaal maar één keer te vertellen. Wij bewaren het niet.",
        en: "Take this with you or show it. Then you only have to tell your story once. We do not keep it.",
    }
    SummaryTextLabel { nl: "Je samenvatting (je kunt de tekst selecteren en kopiëren)", en: "Your summary (you can select and copy the text)" }
    SummaryTextLabelFormal { nl: "De samenvatting (u kunt de tekst selecteren en kopiëren)", en: "The summary (you can select and copy the text)" }
    SummaryCopy { nl: "Kopieer", en: "Copy" }
    SummaryCopied { nl: "De samenvatting is gekopieerd.", en: "The summary was copied." }
    SummaryCopyFailed { nl: "Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.", en: "Copying did not work. Select the text and copy it yourself." }
    SummaryPrint { nl: "Print", en: "Print" }
    SummaryFullScreen { nl: "Toon groot op het scherm", en: "Show it large on the screen" }
    SummaryShare { nl: "Deel", en: "Share" }
    SummarySave { nl: "Bewaar als bestand", en: "Save as a file" }
    SummaryClose { nl: "Sluiten", en: "Close" }
    SummaryWarning {
        nl: "Let op: een bewaard of geprint overzicht kan door anderen gevonden worden.",
        en: "Note: a saved or printed summary can be found by others.",
    }
    OwnWordsLabel { nl: "In je eigen woorden (mag leeg blijven)", en: "In your own words (you may leave this empty)" }
    OwnWordsHint {
        nl: "Een paar zinnen over wat er gebeurde, als je dat wilt. Hoogstens 2000 tekens. Het komt alleen in je samenvatting.",
        en: "A few sentences about what happened, if you want. At most 2,000 characters. It only goes into your summary.",
    }
    OwnWordsAdd { nl: "Zet in mijn samenvatting", en: "Put it in my summary" }
    ReferralSummaryIntro {
        nl: "Gebruik dit bij de verwijzing of geef het mee aan uw cliënt. Dan hoeft uw cliënt het verhaal maar één keer te vertellen. Wij bewaren het niet.",
        en: "Use this when you refer, or give it to your client. Then your client only has to tell their story once. We do not keep it.",
    }
    OwnWordsLabelClient { nl: "Toelichting in uw eigen woorden (mag leeg blijven)", en: "Notes in your own words (you may leave this empty)" }
    OwnWordsHintClient {
        nl: "Een paar zinnen, alleen wat uw cliënt goed vindt. Hoogstens 2000 tekens. Het komt alleen in de samenvatting.",
        en: "A few sentences, only what your client agrees to. At most 2,000 characters. It only goes into the summary.",
    }
    OwnWordsAddClient { nl: "Zet in de samenvatting", en: "Put it in the summary" }
    SumDanger { nl: "Iemand is nu in gevaar.", en: "Someone is in danger now." }
    SummaryTitle { nl: "Mijn situatie in het kort", en: "My situation in brief" }
    SumWho { nl: "Over wie", en: "Who it is about" }
    SumOwnWords { nl: "In mijn eigen woorden", en: "In my own words" }
    SumNotes { nl: "Toelichting", en: "Notes" }
    SumHelpPoint { nl: "Gekozen hulp", en: "Chosen help" }
    SumWhat { nl: "Wat er gebeurde", en: "What happened" }
    SumWhere { nl: "Waar het gebeurde", en: "Where it happened" }
    SumWhen { nl: "Wanneer", en: "When" }
    SumAge { nl: "Leeftijd", en: "Age" }
    SumPlace { nl: "Plaats", en: "Place" }
    SumNeeds { nl: "Wat nodig is", en: "What is needed" }
    SumContact { nl: "Contact", en: "Contact" }
    SumContactClient { nl: "Contactwensen van mijn cliënt", en: "How my client would like contact" }
    SumConsent {
        nl: "Mijn cliënt geeft toestemming om samen hulp te zoeken en gegevens te delen met de gekozen hulp.",
        en: "My client consents to looking for help together and to sharing details with the chosen help.",
    }
    SumReferral { nl: "Verwijsroute", en: "Referral route" }
    ReferralSummaryTitle { nl: "Verwijzing: de situatie van mijn cliënt in het kort", en: "Referral: my client's situation in brief" }
    ReferralHeading { nl: "Zo verwijst u", en: "How to refer" }
    OrgReferralHeading { nl: "Voor professionals: zo verwijst u", en: "For professionals: how to refer" }
    ReferralUnknown {
        nl: "De bronnen noemen geen aparte route voor professionals. Uw cliënt kan zelf contact opnemen, of samen met u, via de gegevens hierboven.",
        en: "Our sources do not mention a separate route for professionals. Your client can get in touch, alone or together with you, using the details above.",
    }
    ReferralConsentReminder {
        nl: "Deel gegevens van uw cliënt alleen met de hulp die uw cliënt kiest.",
        en: "Share your client's details only with the help your client chooses.",
    }
    ClientContactHeading { nl: "Contactwensen van uw cliënt", en: "How your client would like to be contacted" }
    ClientContactNone { nl: "Uw cliënt gaf geen contactwensen op.", en: "Your client did not say how they would like to be contacted." }
    ChooseHelpLegend { nl: "Welke hulp komt in de samenvatting?", en: "Which help goes into the summary?" }
    ChooseHelpButton { nl: "Zet deze hulp in de samenvatting", en: "Put this help in the summary" }
    ChosenHelpPoint { nl: "Deze hulp staat in de samenvatting.", en: "This help is in the summary." }
    Sources { nl: "Bronnen", en: "Sources" }
    ActionCall { nl: "Bel", en: "Call" }
    ActionChat { nl: "Open de chat", en: "Open the chat" }
    OverviewTitle { nl: "Alle hulp voor", en: "All help for" }
    OverviewHeading { nl: "Overzicht van hulp", en: "Overview of help" }
    OverviewIntro {
        nl: "Alle hulp-, steun- en meldpunten uit de wegwijzer die deze gemeente bedienen, per soort hulp, de hulp in de regio eerst. Print deze pagina met de knop hieronder of met uw browser.",
        en: "All help, support and reporting services in the directory for this municipality, grouped by type of help, with help in the region first. Print this page with the button below or with your browser.",
    }
    OverviewPrint { nl: "Print dit overzicht", en: "Print this overview" }
    OverviewRegional { nl: "in deze regio", en: "in this region" }
    OverviewOther { nl: "Andere hulp", en: "Other help" }
    OverviewSources { nl: "Bronnen, controledata en meer", en: "Sources, check dates and more" }
    OverviewNoPlace {
        nl: "Kies eerst een gemeente in de vragenlijst. Dan ziet u hier alle hulp voor die gemeente.",
        en: "First choose a municipality in the questionnaire. Then you see all help for that municipality here.",
    }
    OverviewButton { nl: "Overzicht van alle hulp voor deze plaats, om te printen", en: "Printable overview of all help for this place" }
    PlanTitle { nl: "Jouw hulpplan", en: "Your help plan" }
    PlanTitleClient { nl: "Hulpplan voor uw cliënt", en: "Help plan for your client" }
    PlanUrgentHeading { nl: "Bel nu", en: "Call now" }
    PlanFirstStep { nl: "Beste eerste stap", en: "Best first step" }
    PlanOtherOptions { nl: "Andere mogelijkheden", en: "Other options" }
    PlanGuidanceHeading { nl: "Goed om te weten", en: "Good to know" }
    PlanRegionHeading { nl: "Hulp in jouw regio", en: "Help in your region" }
    PlanRegionHeadingClient { nl: "Hulp in de regio van uw cliënt", en: "Help in your client's region" }
    PlanRegionPlace { nl: "Jouw plaats", en: "Your place" }
    PlanRegionPlaceClient { nl: "Plaats van uw cliënt", en: "Your client's place" }
    PlanNotesHeading { nl: "Let op", en: "Please note" }
    PlanWholeDirectory { nl: "Bekijk alle hulp in de wegwijzer", en: "See all help in the directory" }
    PlanChangeAnswers { nl: "Antwoorden aanpassen", en: "Change answers" }
    PlanNoSteps {
        nl: "We vonden geen hulp die precies past. Bel het Centrum Seksueel Geweld (0800-0188) of kijk in de wegwijzer.",
        en: "We found no help that fits exactly. Call the Centrum Seksueel Geweld (0800-0188) or look in the directory.",
    }
    HoursFrom { nl: "Openingstijden uit", en: "Opening hours from" }
    HoursMayHaveChanged { nl: "mogelijk veranderd", en: "may have changed" }
    SourceFrom { nl: "bron uit", en: "source from" }
    OpenUnknown { nl: "Openingstijden niet bekend", en: "Opening hours not known" }
    AnonymousPossible { nl: "Anoniem mogelijk", en: "You can stay anonymous" }

    NotFoundTitle { nl: "Deze pagina bestaat niet", en: "This page does not exist" }
    NotFoundText {
        nl: "Misschien is de link oud, of zit er een typfout in het adres.",
        en: "The link may be out of date, or the address may have a typo.",
    }
    NotFoundHome { nl: "Naar de startpagina", en: "Go to the home page" }

    ErrorCrossSiteTitle { nl: "Dit formulier kwam niet van Hulpwijzer", en: "This form did not come from Hulpwijzer" }
    ErrorCrossSiteText {
        nl: "Een andere website probeerde iets naar Hulpwijzer te sturen. Dat laten we niet toe, zodat niemand deze site iets kan laten zeggen dat niet klopt. Er is niets bewaard.",
        en: "Another website tried to send something to Hulpwijzer. We do not allow that, so that nobody can make this site say something that is not true. Nothing was kept.",
    }
    ErrorTooLargeTitle { nl: "Dit is te veel tekst", en: "This is too much text" }
    ErrorTooLargeText {
        nl: "Wat je stuurde is langer dan deze site aankan. Er is niets bewaard. Ga terug met de terugknop van je browser: je tekst staat daar meestal nog. Maak hem korter en probeer het opnieuw.",
        en: "What you sent is longer than this site can take. Nothing was kept. Go back with your browser's back button: your text is usually still there. Make it shorter and try again.",
    }
    ErrorBadRequestTitle { nl: "Dit konden we niet lezen", en: "We could not read this" }
    ErrorBadRequestText {
        nl: "Er ging iets mis met wat je stuurde. Er is niets bewaard. Ga terug met de terugknop van je browser en probeer het opnieuw, of begin opnieuw.",
        en: "Something went wrong with what you sent. Nothing was kept. Go back with your browser's back button and try again, or start again.",
    }
    ErrorTimeoutTitle { nl: "Dit duurde te lang", en: "This took too long" }
    ErrorTimeoutText {
        nl: "Wat je stuurde kwam niet op tijd aan. Er is niets bewaard. Ga terug met de terugknop van je browser en probeer het opnieuw.",
        en: "What you sent did not arrive in time. Nothing was kept. Go back with your browser's back button and try again.",
    }
    ErrorServerTitle { nl: "Er ging bij ons iets mis", en: "Something went wrong on our side" }
    ErrorServerText {
        nl: "Het ligt niet aan jou. Probeer het over een paar minuten opnieuw.",
        en: "It is not your fault. Please try again in a few minutes.",
    }
    ErrorStartAgain { nl: "Begin opnieuw met de vragen", en: "Start the questions again" }

    ReportSummary { nl: "Klopt er iets niet?", en: "Is something wrong?" }
    ReportIntro {
        nl: "Zie je een fout in deze gegevens? Laat het ons weten. Wij zoeken het uit.",
        en: "Do you see a mistake in these details? Let us know. We will look into it.",
    }
    ReportIntroFormal {
        nl: "Ziet u een fout in deze gegevens? Laat het ons weten. Wij zoeken het uit.",
        en: "Do you see a mistake in these details? Let us know. We will look into it.",
    }
    ReportKindLegend { nl: "Wat klopt er niet?", en: "What is wrong?" }
    ProblemPhone { nl: "Het telefoonnummer", en: "The phone number" }
    ProblemHours { nl: "De openingstijden", en: "The opening hours" }
    ProblemWebsite { nl: "De website", en: "The website" }
    ProblemAddress { nl: "Het adres", en: "The address" }
    ProblemOther { nl: "Iets anders", en: "Something else" }
    ReportWarning {
        nl: "Schrijf hier niets over jezelf of over wat er is gebeurd.",
        en: "Do not write anything about yourself or about what happened.",
    }
    ReportWarningClient {
        nl: "Schrijf hier niets over uw cliënt of over wat er is gebeurd.",
        en: "Do not write anything about your client or about what happened.",
    }
    ReportWarningMore {
        nl: "Dit formulier is alleen voor fouten in de gegevens, en we lezen het niet meteen. Het is geen manier om hulp te vragen. Ben je in direct gevaar? Bel dan het nummer bovenaan deze pagina.",
        en: "This form is only for mistakes in the details, and we do not read it straight away. It is not a way to ask for help. Are you in immediate danger? Then call the number at the top of this page.",
    }
    ReportWarningMoreFormal {
        nl: "Dit formulier is alleen voor fouten in de gegevens, en we lezen het niet meteen. Het is geen manier om hulp te vragen. Bij direct gevaar: bel het nummer bovenaan deze pagina.",
        en: "This form is only for mistakes in the details, and we do not read it straight away. It is not a way to ask for help. In immediate danger: call the number at the top of this page.",
    }
    ReportTextLabel {
        nl: "Wat is er fout? (mag leeg blijven, hooguit 1000 tekens)",
        en: "What is wrong? (you may leave this empty; at most 1000 characters)",
    }
    ReportEmailLabel {
        nl: "Je e-mailadres, als je een antwoord wilt (mag leeg blijven)",
        en: "Your email address, if you would like a reply (you may leave this empty)",
    }
    ReportEmailLabelFormal {
        nl: "Uw e-mailadres, als u een antwoord wilt (mag leeg blijven)",
        en: "Your email address, if you would like a reply (you may leave this empty)",
    }
    ReportEmailHint {
        nl: "We gebruiken het alleen om je over deze melding te antwoorden. Kies geen adres dat iemand anders kan lezen.",
        en: "We only use it to reply to you about this note. Do not use an address someone else can read.",
    }
    ReportEmailHintFormal {
        nl: "We gebruiken het alleen om u over deze melding te antwoorden.",
        en: "We only use it to reply to you about this note.",
    }
    ReportSend { nl: "Verstuur", en: "Send" }
    ReportAbout { nl: "Over", en: "About" }
    ReportThanksTitle { nl: "Dank je", en: "Thank you" }
    ReportThanksTitleFormal { nl: "Dank u", en: "Thank you" }
    ReportThanks {
        nl: "We hebben je melding gekregen. We kijken of de gegevens kloppen en passen ze aan als dat nodig is.",
        en: "We have received your note. We will check the details and correct them if needed.",
    }
    ReportThanksFormal {
        nl: "We hebben uw melding gekregen. We kijken of de gegevens kloppen en passen ze aan als dat nodig is.",
        en: "We have received your note. We will check the details and correct them if needed.",
    }
    ReportBackToPlan { nl: "Terug naar je plan", en: "Back to your plan" }
    ReportBackToPlanFormal { nl: "Terug naar het plan", en: "Back to the plan" }
    ReportBackTo { nl: "Terug naar", en: "Back to" }
    ReportMistakes {
        nl: "Je melding is nog niet verstuurd. Kijk naar wat hieronder staat. Je tekst staat er nog.",
        en: "Your note has not been sent yet. Please look at what is below. Your text is still there.",
    }
    ReportMistakesFormal {
        nl: "Uw melding is nog niet verstuurd. Kijk naar wat hieronder staat. Uw tekst staat er nog.",
        en: "Your note has not been sent yet. Please look at what is below. Your text is still there.",
    }
    ReportErrNoKind { nl: "Kies wat er niet klopt.", en: "Choose what is wrong." }
    ReportErrTooLong {
        nl: "De uitleg is te lang. Gebruik hooguit 1000 tekens.",
        en: "The explanation is too long. Use at most 1000 characters.",
    }
    ReportErrEmail {
        nl: "Dit lijkt geen e-mailadres. Kijk het na, of laat het leeg.",
        en: "This does not look like an email address. Check it, or leave it empty.",
    }
    ReportTooMany {
        nl: "Er zijn net veel meldingen verstuurd vanaf jouw verbinding. Probeer het later opnieuw. Je tekst staat hieronder nog.",
        en: "Many notes were just sent from your connection. Please try again later. Your text is still below.",
    }
    ReportTooManyFormal {
        nl: "Er zijn net veel meldingen verstuurd vanaf uw verbinding. Probeer het later opnieuw. Uw tekst staat hieronder nog.",
        en: "Many notes were just sent from your connection. Please try again later. Your text is still below.",
    }
    ReportNotSaved {
        nl: "Je melding kon nu niet worden bewaard. Het ligt niet aan jou. Probeer het later opnieuw. Je tekst staat hieronder nog.",
        en: "Your note could not be saved just now. It is not your fault. Please try again later. Your text is still below.",
    }
    ReportNotSavedFormal {
        nl: "Uw melding kon nu niet worden bewaard. Het ligt niet aan u. Probeer het later opnieuw. Uw tekst staat hieronder nog.",
        en: "Your note could not be saved just now. It is not your fault. Please try again later. Your text is still below.",
    }
    ReportNoSubject {
        nl: "Een melding gaat altijd over een hulppunt. Zoek het hulppunt in de wegwijzer en kies daar \"Klopt er iets niet?\".",
        en: "A note is always about a help point. Find the help point in the directory and choose \"Is something wrong?\" there.",
    }
}
