// More general synonym groups (round 2), written from language knowledge, not from test
// questions; each group one meaning. The rules are those of concepts-extra.ts: words are
// folded (lower case, Czech/Slovak diacritics removed; Ukrainian in Cyrillic, apostrophes
// dropped: "подвіря", "звязок"), single words only, with common inflected, colloquial
// Czech and Slovak forms, English and Ukrainian (and Russian-influenced forms people type).
// Words whose stems would meet everyday words of another meaning are left out on purpose,
// for example: mama ~ mám, мати (mother) ~ мати (to have), ніж (knife) ~ ніж (than),
// patro ~ patří, poradna ~ pořádný, poradce ~ pořádek, porada ~ pořadí, problémový ~
// problém, obecní ~ obecně, vlastnit ~ vlastní, dodávka (van) ~ dodávka vody, čeština ~
// cesta, ruština ~ růst, prázdný ~ prázdniny, budově ~ bude, sníží ~ sníh, urovnání ~
// úroveň, stanovisko ~ stanoviště, hlásit ~ hlas, lež ~ ležet, přidělí ~ přidat, rozdělí ~
// rozdíl, dospěli (adults) ~ dospěli (reached), fire ~ firem, hotline ~ hotel, bot ~ boty,
// wife ~ wifi, relatives ~ relatively, course ~ of course, hazard ~ a hazard, robot ~
// robota (Slovak: work), předání ~ předem, nože ~ nohy, oddělení (split) ~ oddělení (a
// ward), studie (a study) ~ studium, občanský (průkaz) ~ občanský zákoník, vedení ~ vědět,
// starší (older) ~ starší děti, městský ~ městská policie, долг ~ долго, розділити ~
// розділ (a section), підписати ~ підписатися (subscribe), сходи (stairs) ~ сходи
// (gatherings), стаття (an article) ~ стаття закону, імені ~ від імені, брак (lack) ~
// брак (Russian: marriage), охорона ~ охорона здоровя, жалоба (Russian: complaint) ~
// жалоба (mourning). One overlap is knowingly kept: romové, romy, roma stem like
// "romani" of the language group (the people and their language share the root).
// Each group and each addition was then added alone and measured on every labelled set
// (BENCHMARKS.md, round 6): the additions to "free", "phone" and "reconstruct" each lost a
// right answer and were taken out; no group or addition left here added a wrong answer.
// "euro" left the money additions: "jaký je kurz eura" (an exchange rate) was then offered
// the entries about costs instead of being forwarded.

/** New meanings that no group of lexicon.ts or concepts-extra.ts covers. */
export const EXTRA_CONCEPTS_2: Record<string, string> = {
  boss:
    "sef sefa sefem sefovi sefove sefova sefovou sefka sefku sefik sefika vedouci vedouciho vedoucimu vedoucim vedouca reditel reditele reditelem reditelka reditelku reditelstvi nadrizeny nadrizena nadrizeneho nadrizenemu boss bosses manager managers supervisor director chief керівник керівника керівнику керівництво начальник начальника начальство директор директора шеф шефа",
  paperwork:
    "papir papiry papiru papirech papirama papirovani lejstro lejstra lejster lejstrama byrokracie byrokracii byrokrat byrokrati byrokraticky byrokraticke razitko razitka razitkem paperwork bureaucracy bureaucratic papers папери паперів паперами папірці бюрократія бюрократії бумаги печатка",
  falsehood:
    "lzi lzou lhat lhou lhal lhala lhali lhar lhari lhare zalhal zalhali kecy kecu kecas kecate kecaji nesmysl nesmysly nesmyslu nesmyslem blbost blbosti hoax hoaxy hoaxu dezinformace dezinformaci lie lies lying liar liars nonsense hoaxes misinformation disinformation брехня брехню брехні брешуть брешете неправда фейк фейки фейкові вигадки вигадка дезінформація вранье",
  scam:
    "podvod podvody podvodu podvodem podvodnik podvodnici podvodnika podvodniku podvodny podvodne podvest podvedl podvedli napalit napalili scam scams scammer scammers fraud frauds fraudster fraudsters шахрайство шахраї шахрай шахраїв шахраям обман обманули ошуканство мошенники",
  report:
    "nahlasit nahlasim nahlasime nahlasite nahlasi nahlasil nahlasila nahlasili nahlaseni nahlasovat nahlasuje nahlasuji podnet podnetu podnety podnetem report reporting reported reports",
  roma:
    "romove romu romum romy romka romky romku romak romaci romaku cikan cikani cikanu cikanum cikany cikanka cikanky cikansky cikanske cigan cigani cigana roma romas gypsy gypsies gipsy роми ромів ромам ромами ромка ромки цигани циган циганів цигана цыгане",
  website:
    "web webu webem weby webovky webovka webovce webovou webove webovych stranky stranka stranku strance strankach website websites webpage webpages сайт сайту сайті сайта сайтом вебсайт сторінка сторінку сторінці",
  internet:
    "internet internetu internetem internetovy internetove internetova wifi wifina wifinu wifiny wifinou wireless broadband інтернет інтернету інтернетом вайфай",
  idcard:
    "obcanka obcanky obcanku obcankou obcance prukaz prukazu prukazy prukazem prukazku passport passports паспорт паспорта паспорту паспорти посвідчення",
  kitchen:
    "kuchyn kuchyne kuchyni kuchynka kuchynku kuchynky kuchynce kuchynska kuchynsky kuchynske kitchen kitchens kitchenette кухня кухні кухню кухнею",
  door:
    "dvere dveri dverich dvermi dverma dverni door doors doorway двері дверей дверима",
  furnished:
    "vybaveny vybavena vybavene vybavenej vybavenou zarizeny zarizena zarizene zarizenej nezarizeny nezarizena furnished unfurnished equipped мебльована мебльований мебльовану умебльована обладнана обладнаний",
  yard:
    "dvur dvora dvoru dvore dvorem dvorek dvorku dvorecek zahrada zahrady zahradu zahrade zahradou zahradka zahradku zahradky zahradni garden gardens yard yards courtyard backyard двір двору подвіря дворі",
  discrimination:
    "diskriminace diskriminaci diskriminovat diskriminuje diskriminuji diskriminovani diskriminacni rasismus rasismu rasista rasiste rasisti rasisticky rasisticke predsudky predsudek predsudku xenofobie nenavist nenavisti discrimination discriminate discriminated racism racist racists prejudice prejudices дискримінація дискримінації дискримінують расизм расист расисти упередження ненависть",
  integration:
    "integrace integraci integrovat integruje integrovany integrovana zacleneni zaclenit zaclenime zacleni zaclenovani adaptace adaptaci adaptovat integration integrate integrated inclusion inclusive інтеграція інтеграції інтегруватися адаптація адаптації",
  separate:
    "rozdelit rozdelime rozdeleni rozdeleny rozdelena rozdelene rozdelia rozdeluji rozdelujou roztrhat roztrhnout separate separated separating separation розлучити розлучать",
  allocate:
    "pridelit pridelime pridelili pridelil prideleni prideleny pridelena pridelene pridelovat prideluje pridelovani priradit prirazeni prirazeny allocate allocated allocation allocations assign assigned виділити виділять виділили виділення розподіл розподілу розподіляти",
  conditions:
    "podminka podminky podminek podminkou podminkach podminkama podmineny kriterium kriteria kriterii kriteriu pozadavek pozadavky pozadavku splnit splnim splnime splnuji splnovat splneni condition conditions criteria criterion requirement requirements qualify qualifies умова умови умов умовах критерії критерій вимоги вимога",
  sign:
    "podepsat podepsal podepsala podepsali podepiseme podepisu podepise podepisovat podepisuje podpis podpisu podpisy podpisem podpisat podpisal sign signing signed signature signatures розписатися розписатись",
  inspection:
    "kontrola kontroly kontrolu kontrole kontrolou kontrolovat kontroluje kontroluji kontrolujou kontrolovani kontrolor kontrolori inspekce inspekci inspection inspections inspect inspector inspectors перевірка перевірки перевірку перевіряти перевіряють контроль контролю інспекція",
  viewing:
    "prohlidka prohlidku prohlidky prohlidce prohlidnout prohlednout prohlidneme obhlidka obhlidku перегляд перегляду оглянути огляд огляду",
  photo:
    "fotka fotku fotky fotkou fotek fotografie fotografii fotit fotil fotili fotografovat fotograf fotografove foto fotak photo photos photograph photographs photographer picture pictures фото фотографія фотографії фотки фотографувати фотограф",
  camera:
    "kamera kamery kameru kamerou kamer kamerovy kamerovej kamerove kamerovym cctv camera cameras surveillance камера камери камеру камер відеоспостереження",
  guard:
    "ostraha ostrahy ostrahu ostrahou hlidac hlidaci hlidace hlidka hlidky hlidku ochranka ochranku ochranky ochrankar sekuritak sekuritaci guard guards watchman bouncer охоронець охоронці",
  fire:
    "pozar pozaru pozary pozarem hasici hasicu hasice hasicak hasicaky firefighter firefighters пожежа пожежі пожежу пожежники пожежна вогонь",
  protest:
    "petice petici peticni protest protesty protestu protestovat protestuji protestujou demonstrace demonstraci demonstrovat demonstranti petition petitions protests protesting demonstration demonstrations rally петиція петицію петиції протест протести протестувати мітинг мітингу демонстрація",
  opinion:
    "nazor nazory nazoru nazorem pripominka pripominky pripominku pripominek pripominkovat opinion opinions feedback думка думку думки відгук відгуки",
  promise:
    "slib sliby slibu slibem slibit slibili slibil slibila slibuji slibujou slibuje slibovat zaruka zaruku zaruky zarucit zaruci zaruceny zarucene garance garanci garantovat garantuje promise promises promised guarantee guaranteed guarantees обіцянка обіцянки обіцяли обіцяють обіцяв гарантія гарантії гарантують гарантовано",
  secrecy:
    "tajne tajny tajna tajnej tajit taji tajemstvi zatajit zatajuji zatajuje zamlcet zamlcuji transparentni transparentne transparentnost netransparentni secret secretly secrecy hide hiding hidden transparency transparent таємно таємниця приховують приховати приховує прозорість прозоро",
  responsible:
    "zodpovedny zodpovedna zodpovedni zodpovedne zodpovednost zodpovednosti odpovedny odpovedna odpovednost odpovednosti responsible responsibility responsibilities accountable accountability blame відповідальний відповідальна відповідальність відповідальності винен",
  fairness:
    "spravedlive spravedlivy spravedliva spravedlnost spravedlnosti nespravedlive nespravedlivy nespravedliva nespravedlnost nefer neferove neferovy fair unfair unfairly unjust injustice fairness справедливо справедливість несправедливо несправедливість несправедливий нечесно",
  adult:
    "dospely dospelych dospelym dospelej dospelou plnolety plnoleta plnoleti plnoletost zletily zletila adult adults grownup grownups дорослий доросла дорослі дорослих повнолітній повнолітня повноліття",
  savings:
    "uspory uspor usporu usporit usporim usetrit usetrim usetrime nasetrit nasetrim nasporit nasporeno savings заощадження заощаджень заощадити економити",
  plan:
    "plan planu plany planem planech planuje planujete planujou planuji planovat planovani planovane plans planned planning план плани плану планують планується планування",
  future:
    "budoucnost budoucnosti budoucnu budoucna budouci budoucim future майбутнє майбутньому майбутнього майбутній надалі",
  smoking:
    "koureni kourit kouri kourime kourej kuraci kurak kuraky nekuraci nekurak cigareta cigarety cigaret cigaretu vajgl vajgly nedopalky smoking smoke smokers smoker cigarette cigarettes курити курять куріння курці сигарети сигарета цигарки",
  vacant:
    "neobsazeny neobsazene neobydleny neobydlene vacant vacancy vacancies empty unoccupied порожні порожній порожня порожню пустує пустують незаселені незайняті",
  shortage:
    "nedostatek nedostatku nedostatkem nedostatecny nedostatecne shortage shortages lack lacking scarce нестача нестачі дефіцит бракує",
  advice:
    "poradenstvi poradenske poradensky poradkyne poradkyni konzultace konzultaci konzultovat konzultuje advice advise adviser advisor counselling counseling consultation консультація консультацію консультації консультант порада поради порадити",
  certificate:
    "potvrzeni potvrzenku potvrzenka potvrzenky vypis vypisu vypisem osvedceni certificate certificates confirmation довідка довідку довідки довідок свідоцтво справка",
  bank:
    "banka banky banku bance bankou bankovni bankovnim bankomat bankomatu bank banks banking atm банк банку банком банківський банківська банкомат",
  sublet:
    "podnajem podnajmu podnajmem podnajemnik podnajemnika podnajemnici podnajemni podnajimat podnajima sublet sublease subletting subtenant lodger lodgers піднайм піднаймач суборенда",
  flatmate:
    "spolubydlici spolubydliciho spolubydlicim spolubydlicimi spolubydlet spolubydleni flatmate flatmates roommate roommates housemate housemates співмешканець співмешканці співмешканка",
  spouse:
    "manzel manzela manzelem manzelovi manzele manzelka manzelku manzelky manzelce manzelkou manzelstvi druzka druzku druzkou husband husbands wives spouse spouses дружина дружину дружини",
  parents:
    "rodic rodice rodicu rodicum rodici rodicema rodicovi matka matky matku matce matkou maminka maminky maminku mamka mamky otec otce otcem otci otcove tata tatu taty tatinek tatka parent parents mother mothers father fathers mum mom dad батьки батьків батькам матір матері мама мамі батько батька тато",
  relatives:
    "pribuzny pribuzna pribuzni pribuznych pribuznym pribuznymi pribuzenstvo pribuzensky родичі родичів родичам родич родичка",
  largefamily:
    "pocetna pocetne pocetnou pocetnych vicedetna vicedetne vicedetnou vicedetnych mnohodetna mnohodetne mnohodetnych багатодітна багатодітні багатодітних багатодітній",
  trust:
    "duvera duveru duvery duverou duverovat duveruji neduvera neduveru neduveruji duveryhodny trust trusted trustworthy distrust mistrust довіра довіру довіряти довіряю довіряємо недовіра",
  anger:
    "nastvany nastvana nastvani nastvane nastvanej nasrany nasrani nasrana vztek vzteku vztekly rozcileny rozcilena rozciluje rozhorceni rozhorceny pobureni pobureny angry anger furious outraged outrage злий злі злість обурені обурений обурення обурює сердиті",
  mediation:
    "mediace mediaci mediator mediatora mediatorka mediatorku mediatorem smireni usmireni mediation mediators reconcile reconciliation медіація медіації медіатор примирення",
  troublemakers:
    "neprizpusobivi neprizpusobivy neprizpusobiva neprizpusobive neprizpusobivych neprizpusobivymi neprizpusobivejch asocial asocialove asocialni asocialu troublemakers troublemaker antisocial проблемні проблемних неблагополучні неблагополучних асоціальні",
  decrease:
    "klesnout klesne klesnou klesaji klesa klesat pokles poklesu snizit snizime snizeni snizeny snizena snizuje snizuji snizovat znehodnoceni znehodnoti znehodnotit decrease decreased decreases reduce reduced reduction знизити знизять зниження знизиться зменшення зменшити знецінення",
  increase:
    "zvysit zvysi zvysime zvyseni zvyseny zvysena zvysuje zvysuji zvysovat narust narustu increase increased increases rise hike подорожчання подорожчає подорожчають підвищення підвищать підвищити зростання зросте",
  statement:
    "vyjadreni vyjadrit vyjadri vyjadrila prohlaseni komentar komentare komentovat komentuje statement statements позиція коментар коментарі коментувати",
  outcome:
    "vysledek vysledky vysledku vysledkem uspech uspechu uspesny uspesne uspesnost vyhodnoceni vyhodnotit evaluace evaluaci results result outcome outcomes success successful evaluation результат результати успіх успішний",
  failure:
    "selhani selhat selze selzou selhal neuspech neuspechu neuspesny neuspesne nezdar krach fiasko fail fails failed failure failures провал провалу невдача невдачі",
  alternative:
    "alternativa alternativu alternativy alternativni alternativne nahradni nahradniho nahradnim alternative alternatives replacement альтернатива альтернативу альтернативи",
  weapon:
    "zbran zbrane zbrani zbranemi nuz pistole pistoli pistolku strelba strelbu strelby weapon weapons knife knives gun guns firearm зброя зброю зброї ножем ножі ножа пістолет пістолета",
  bot:
    "chatbot chatbota chatbotem chatbotu chatbotovi chatbots bots бот бота ботом чатбот",
  corruption:
    "korupce korupci korupcni uplatek uplatky uplatku uplatkem uplaceni uplatit corruption corrupt bribe bribes bribery корупція корупції хабар хабарі хабарництво",
};

/**
 * Words missing from existing groups (exact group names of lexicon.ts CONCEPTS and
 * CURATED and of concepts-extra.ts), to be appended to them: inflected and colloquial
 * Czech, Slovak, English and Ukrainian forms whose stems the stemmers do not bring
 * together with the forms already listed.
 */
export const ADDITIONS: Record<string, string> = {
  flat:
    "bytecek bytecku bytik bytiku byticek garsoniera garsonieru bytovy bytova bytovych квартирка квартирку",
  live:
    "byvam byvame byvaju мешкаю мешкаємо мешкають проживаю lived",
  house:
    "domek domku domecek cinzak cinzaku cinzovni buildings дом",
  hostel:
    "хостел хостелі",
  move:
    "stehujem odvezt odvezou prevezt prevezou prevoz prevozu nakladak nakladaku movers removals relocated relocating переїдемо переїдуть переїду переезд переехать переселение",
  rent:
    "najom najomneho renting rented аренда аренду",
  pay:
    "uhradit uhrada uhradu uhrady uhradim paid payments сплатити сплачувати оплачувати",
  money:
    "penez penezi penezum penezma peniaze penazi hotovost hotovosti kacky грошима деньги денег",
  cost:
    "vydaje vydaju vydaji costly pricey ціна ціни ціну ціною вартості цена стоимость",
  benefit:
    "davkar davkari pridavky pridavek pridavku пособие пособия",
  debt:
    "dluznik dluznici dluzniky dluzna dluzny exekucni insolvencni dlhu dlzim dlzime owed owing indebted debtor заборгованості заборгували",
  child:
    "kluk kluci holka holky holcicka chlapec chlapci divka divky детей дочка хлопчик дівчинка",
  school:
    "skolsky skolske preschool шкіл дитсадок дитсадка ясла ясел детсад",
  work:
    "zamestnanie zamestnaji jobs working worked работа работу",
  police:
    "policista policisti policistu policistka policiste fizl fizlove fizly benga mestaci cops поліцейський поліцейські поліцейських поліціянт поліцай полиция полицейский",
  crime:
    "kradl kradli kradene ukradnout ukradli ukradl ukradeno vloupani vloupat zlocinec zlocinci kriminalnik kriminalnici kriminalka stolen thief thieves robbery robbed criminals крадуть вкрали злодій злодії кража",
  safe:
    "vystraseny vystrasena bojis strachem боїмося боїться бояться боятися страшно",
  neighbour:
    "sousedni sousedske susedka neighbouring сусідка сусідки сусідство соседи сосед",
  worker:
    "asistentka asistentku koordinatorka соцпрацівник соцпрацівниця соцпрацівника соцпрацівники",
  help:
    "pomozte pomohou pomohli pomohl pomahaji helps helped допомагати допомагають помощь помогите",
  contract:
    "smluv smluvni zmluvu zmluvy угода контракт",
  deposit:
    "залог deposits",
  pet:
    "pejskar kocicka kocicku kocicky morce morcata krecek kralik kraliky papousek animal animals puppy kitten кота коти кошеня цуценя песик кошка",
  data:
    "personalni персональні персональних конфіденційності",
  anonymous:
    "anonymita anonymitu prozrazeni incognito anonymity анонімність",
  meeting:
    "zasedani meetup assembly нарада собрание встреча",
  close:
    "zavirat zaviraji zavira zruseno zrusena likvidace likvidaci закрыть закроют ліквідація ліквідують",
  date:
    "строк срок",
  evict:
    "vyhazuji vyhazujou vyhazovat vyhozeny vyhozena padaka vyklizeni evictions evicting вигнати виганяють выселят выселение",
  street:
    "bezdomovkyne bezdak bezdaci безхатько безхатьки безпритульний безпритульні бомж бомжі",
  demolish:
    "demolicni zbourany zbourana zbourano demolishing зносити зносять снести снос",
  disability:
    "vozickar vozickari invalida ztp handicapovany hendikep hendikepovany schody schodech schodu rampa wheelchairs accessible accessibility elevator stairs ramp інвалід інваліди пандус",
  senior:
    "seniorka seniorku deda seniors grandma grandmother grandfather grandpa бабуся бабусі дідусь дідуся похилого похилий",
  health:
    "lekarka lekarku zubar zubare zubarka pediatr pediatra gynekolog dentist illness disease хвороба хвороби хворіє врач больница",
  mental:
    "psycholozka psychoterapie terapie terapeut terapeutka depka depresivni mentally therapist therapy psychiatrist psychologist depressed anxious психотерапевт психіатр тривожність психіка",
  crisis:
    "nalehave nalehavy urgentni urgently emergencies екстрено екстрена срочно",
  sleep:
    "spim spime spani prespavat nocleharna sleeping спати сплю нічліжка ночлежка",
  language:
    "slovensky rusky prelozit preklad prekladat prekladatel prekladatelka translate translation translator russian slovak чеська чеською переклад перекласти перекладати язык переводчик",
  contact:
    "kontaktujte obratte звязатися звязок",
  concern:
    "complain complained complaints worries скаржитися поскаржитися",
  question:
    "ptam спитати вопрос вопросы",
  news:
    "aktualizace newsletter розсилка оновлення",
  media:
    "novinarka reporter reporteri reporterka redaktor redaktorka reportaz newspaper newspapers газета",
  volunteer:
    "dobrovolnictvi volunteers donations добровольці",
  landlord:
    "majitelka majitelku pronajimatele pronajimatelka bytny bytna landlady landlords хазяїн хазяйка хозяин",
  residence:
    "trvalak",
  furniture:
    "мебель вещи",
  decide:
    "rozhodnuti rozhodnuto approve approved approval рішення решение",
  city:
    "obce obci municipal townhall cityhall міська міської міський муніципалітет мэрия",
  ngo:
    "nadace nadaci diakonie благодійна благодійний",
  ghetto:
    "slums segregated",
  family:
    "rodinny rodinne семья семьи",
  refuse:
    "odmitnuti odmitli refused отказ",
  return:
    "vracet vraceni zpet вернуться",
  people:
    "obyvatelstvo жильці жителі",
  energy:
    "water газ вода світло",
  survey:
    "anketa",
  phase:
    "postupne",
  support:
    "podporovat podporuje підтримувати поддержка",
  violence:
    "tyrani tyrat zbil знущання побиття",
  order:
    "prednostne prednostni prioritize першочергово пріоритет черговість",
  choice:
    "vybirat vybirame nabizi nabizet options варіанти варіант вибрати",
  noise:
    "hlasita hlasity hlucnejsi hulakani hulakat",
  pregnancy:
    "kojit kojeni otehotnet немовлята",
  refugee:
    "uprchlictvi українці українців",
};
