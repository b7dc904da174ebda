// General synonym groups, written from language knowledge, not from test questions;
// each group one meaning. Words are folded (lower case, Czech/Slovak diacritics
// removed; Ukrainian in Cyrillic), single words only, with common inflected,
// colloquial Czech and Slovak forms, English and Ukrainian (and Russian-influenced
// forms people type). Words whose stems would meet common words of another
// meaning are left out on purpose (e.g. cesta ~ cesky, starost ~ starosta,
// volit ~ volat, metro ~ metru, postel ~ posta, host ~ hostel, sluzby, cistit ~ cist).
// Each group was then added alone to the engine and measured on every labelled set; six that
// answered out-of-scope questions or lost right answers were taken out (notice, office hours,
// documents, repayment, tenant, temporary). See BENCHMARKS.md, round 5.
export const EXTRA_CONCEPTS: Record<string, string> = {
  noise:
    "hluk hluku hlukem hlucny hlucna hlucne hlucnej hlucni hlucnost rvat rvani kric krik krici kricet ramus randal vrtani vrtat vrtacka bouchani bouchat bouchaji tluceni muzika muziku hudba hudbu hudbou mejdan mejdany parba vecirek ticho noise noisy loud loudly drilling banging shouting music шум шуму шумно шумлять галас гучно гучна гучний голосно музика музику свердління крик кричать вечірка громко шумят",
  duration:
    "dlouho dlouhy dlouha dlouhe dlouhou dlouhej dlouhodobe dlouhodoby doba dobu dobou trvat trvaji trvalo potrva potrvaji potrvat long longer lengthy duration довго довгий довга надовго тривати триває триватиме тривалість долго длится",
  weekday:
    "vikend vikendu vikendy vikendech sobota soboty sobotu sobote nedele nedelu pondeli pondelok utery utorok streda stredu stredy ctvrtek ctvrtku stvrtok patek patku piatok weekend weekends saturday sunday monday tuesday wednesday thursday friday вихідні вихідних субота суботу неділя неділю понеділок вівторок середа середу четвер п'ятниця п'ятницю пятниця пятницю",
  timeofday:
    "rano rana dopoledne odpoledne odpoledni vecer vecerni nocni vnoci poledne morning mornings afternoon evening evenings night nights tonight ранок вранці зранку вечір ввечері вечора ніч вночі ночі утром вечером",
  threat:
    "vyhrozovat vyhrozuje vyhrozuji vyhrozoval vyhrozovala vyhrozovani vyhruzka vyhruzky vyhruzku vyhruzkami zastrasovat zastrasuje zastrasovani obtezovat obtezuje obtezuji obtezovani otravovat otravuje sikana sikanu sikanuje sikanovat pronasledovat pronasleduje vyhrazat vyhraza threat threats threaten threatened threatening harass harassment intimidate intimidation bully bullying stalking погрожувати погрожує погрожують погрози погроза залякувати залякують переслідувати переслідує цькування булінг угрожают",
  alcohol:
    "alkohol alkoholu alkoholem alkoholik alkoholici chlast chlastat chlasta chlastaji chlastani opily opila opili opilec opilci ozraly ozrala ozrali pivo piva alcohol alcoholic drunk drinking booze алкоголь алкоголік п'яний п'яні пяний пяні пиячать горілка бухають бухать",
  drugs:
    "drogy drog droga drogach drogama drogove fet fetak fetaci fetacka fetovat fetuje pernik perniku heroin marihuana jehly jehla strikacky strikacka injekcni zavislost zavisly zavisla zavislak dealer dealeri drugs drug addict addicts addiction needles syringes наркотики наркотик наркоман наркомани наркоманія шприци шприц залежність наркота",
  dirt:
    "spina spinu spinavy spinava spinave spinavo spinavej bordel neporadek smeti odpadky odpadku odpad odpadu popelnice popelnici kontejner kontejnery uklid uklidu uklizet uklizi uklidit uklizeni uklizecka hygiena hygienicky smrad smradu smrdi zapach dirty dirt mess messy rubbish trash garbage litter bins cleaning cleaner cleanliness hygiene smell stink stinks бруд брудно брудний сміття смітник прибирання прибирати прибиральниця чистота сморід смердить воняє",
  pests:
    "svab svabi svabu svaby stenice stenic stenicemi krysa krysy krys potkan potkani potkany mys mysi hmyz blechy blecha deratizace deratizaci dezinsekce cockroach cockroaches roaches bedbugs bedbug bugs pests pest rats mice mouse fleas infestation таргани тарганів тарган клопи клопів блохи щури пацюки миші дезінсекція дератизація",
  damp:
    "plisen plisne plisni vlhko vlhkost vlhky vlhka vlhke mokro mokre zateka zatekani zatekat prosakuje kondenzace mould mold mouldy moldy damp dampness humidity wet пліснява плісняви цвіль волога вологість вогко сирість грибок плесень сырость",
  defect:
    "porucha poruchy poruchu rozbity rozbita rozbite rozbitej rozbitou nefunguje nefunguji nefunkcni pokazeny pokazena pokazilo zavada zavady zavadu zavadou kape kapat tece udrzba udrzbar udrzbari instalater elektrikar opravar broken breakdown faulty fault defect defects leak leaking maintenance plumber electrician несправність несправний зламаний зламана зламалося поломка поламка протікає сантехнік",
  heating:
    "topeni topit topi netopi topime radiator radiatory radiatoru kotel kotle teplo tepla teple teplou studeno studena zima zimu zime mrzne heating heater heaters radiators boiler cold warm warmth freezing опалення батарея батареї холодно холод тепло обігрівач котел отопление",
  outage:
    "vypadek vypadky vypadku odstavka odstavku odpojeni odpojit odpoji odpojili odpojena odpojeny vypnuti vypnout vypnuli vypnuty vypnuta proud proudu outage outages blackout disconnect disconnected disconnection cutoff shutoff відключення відключили відключать вимкнення вимкнули знеструмлення отключили",
  bathroom:
    "koupelna koupelny koupelnu koupelne sprcha sprchy sprchu sprchovat zachod zachody zachodu zachodek wc toaleta toalety toaletu umyvadlo bathroom bathrooms shower showers toilet toilets lavatory ванна ванну душ туалет туалети санвузол умивальник вбиральня ванная",
  appliance:
    "pracka pracku pracky lednice lednici lednicka lednicku sporak sporaku trouba troubu mikrovlnka mikrovlnku mycka mycku varic konvice bojler televize televizi spotrebic spotrebice spotrebicu appliance appliances fridge refrigerator washer cooker stove oven microwave kettle dishwasher пральна пралка холодильник плита духовка мікрохвильовка чайник бойлер техніка",
  furnishings:
    "postele postelich matrace matraci gauc gauce pohovka pohovku stul stolu stoly zidle zidli skrine skrinka skrinku komoda koberec zaclony zavesy bed beds mattress mattresses sofa couch table tables chair chairs wardrobe cupboard ліжко ліжка матрац диван стіл стільці стілець шафа шафи",
  keys:
    "klic klice klicu klicem klicema klicky zamek zamku zamky zamkem zamknout zamknuty zamceno odemknout odemceno vlozka vlozku cip cipy cipem karticka zamecnik key keys lock locks locked unlock locksmith chip ключ ключі ключа ключем ключів замок замка замки картка",
  caretaker:
    "spravce spravci spravcem spravcova spravkyne domovnik domovnice domovnika recepce recepci recepcni provozovatel provozovatele caretaker janitor concierge reception receptionist administrator управитель адміністратор адміністрація вахтер вахтерка комендант консьєрж",
  storage:
    "sklep sklepy sklepu sklepe sklepni sklad sklady skladu uskladnit uskladneni skladovat skladovani komora komoru komory puda pudu kocarkarna kolarna box boxy storage cellar basement attic storeroom warehouse підвал підвалі склад комора горище зберігання зберігати",
  transport:
    "autobus autobusy autobusem autobusu bus busem tramvaj tramvaje tramvaji tramvajka salina vlak vlaky vlakem mhd doprava dopravu dopravou dopravni jizdenka jizdenky jizdenku jizdne salinkarta litacka kupon zastavka zastavku zastavky dojizdet dojizdeni dojizdim transport transit buses tram trams train trains ticket tickets commute commuting автобус автобуси трамвай транспорт квиток квитки проїзний зупинка маршрутка електричка потяг",
  car:
    "auto auta autem autu auticko autak parkovani parkovat parkoviste parkovisko parkuje garaz garaze garazi odtah odtahovka ridicak ridic parking garage vehicle driver автомобіль авто машина машину парковка паркування стоянка гараж",
  job:
    "makacka brigada brigadu brigady brigadnik makaji fachat fachu fachcu pracovat pracuju pracuji pracuje pracujeme pracovni zamestnavatel zamestnavatele zamestnavatelem smena smeny smenu uvazek uvazku zamestnany zamestnana zamestnanec employer employed shift shifts працювати працюю працює роботодавець підробіток",
  unemployment:
    "nezamestnany nezamestnana nezamestnani nezamestnanost nezamestnanosti nezamestnanej uchazec uchazece uchazecem uchazecka evidence evidenci evidovany evidovana unemployed unemployment jobless jobseeker безробітний безробітна безробіття безробітні біржа",
  income:
    "prijmy prijmu prijmem prijmech prijmove mzda mzdy mzdu mzdou vyplata vyplatu vyplaty vydelavat vydelavam vydelava income incomes earnings salary salaries wage wages дохід доходи доходу зарплата зарплату заробіток получка",
  pension:
    "duchod duchodu duchody duchodem duchodovy duchodovej duchodova starobni invalidni vysluhovy penze penzista penzistka penzisti pension pensions pensioner retirement retired retiree пенсія пенсію пенсії пенсійний пенсійна пенсіонерка пенсионер",
  pregnancy:
    "tehotna tehotne tehotny tehotenstvi tehotenska tehule porod porodu porodit porodnice rodicovska rodicovskou rodicovsky miminko miminka miminku mimino mimca mimco novorozenec novorozence kojenec kojence kocarek kocarky kocarku plenky plenek pregnant pregnancy maternity baby babies infant newborn pram stroller nappies diapers вагітна вагітність декрет декретна декретні немовля немовляти малюк пологи коляска підгузки",
  medical:
    "lekarna lekarny lekarnu leky leku lekem prasky pilulky recept receptu sanitka sanitku zachranka zachranku zachranna pohotovost pohotovosti ambulance ambulanci lecba lecbu lecit leceni lecim operace operaci praktik praktak obvodni doktorka doktorku zdravotni zdravotnik sestricka pharmacy medicine medicines medication pills prescription clinic treatment surgery аптека ліки ліків рецепт лікування операція поліклініка лікарня медсестра лекарства",
  application:
    "podavat podavam zadost zadosti zadat zadam zadame zadali zadatel zadatele ziadost ziadosti ziadat poziadat formular formulare formularu vyplnit vyplnim vyplneni prihlaska prihlasku prihlasky application applications apply applied applying form request submit заява заяву заяви заявка подавати бланк",
  waiting:
    "cekat cekam cekame cekaji ceka cekani cekaci cekacka cekatel cekatele cakat cakam cakanie poradnik poradniku poradovnik seznam seznamu seznamy waiting wait waitlist queue queues черга черги чергу чекати чекаю чекаємо очікування очікувати список ждать",
  terminate:
    "vypoved vypovedi vypovedni vypovedet vypovedeli ukoncit ukonceni ukonci ukoncime ukoncena ukonceny ukoncuje lhuta lhuty lhutu lhute terminate termination terminated cancel cancellation розірвати розірвання припинити припинення попередження",
  extend:
    "prodlouzit prodlouzeni prodlouzi prodlouzime prodlouzite prodlouzena prodlouzeny obnovit obnoveni obnovi obnova predlzit predlzenie extend extension extended renew renewal prolong продовжити продовження продовжать продовжують поновити поновлення продлить продление",
  court:
    "soud soudu soudem soudni soudit soudce zaloba zalobu zaloby zalovat zaluje zazalovat pravnik pravnika pravnicka advokat advokata advokatka pravnicky court courts lawsuit sue suing lawyer lawyers attorney judge суд суду судом судитися позов адвокат юрист юриста юридична",
  right:
    "pravo prava pravu pravem narok naroky naroku narokovat opravneny opravnena zakon zakona zakonu zakony zakonem zakonne zakonny legalni legalne nelegalni nezakonne protipravni right rights entitled entitlement eligible eligibility law laws legal illegal lawful право права правом закон закону законно незаконно законний",
  fee:
    "poplatek poplatky poplatku poplatkem vyuctovani vyuctovat vyuctovanim preplatek preplatku preplatky fee fees charge charges surcharge bill bills billing платежі платіж рахунок рахунки комуналка комуналку внески",
  poverty:
    "chudoba chudobu chudoby chudy chuda chudi chudak chudaci chudobny chudobne bida bidu bieda nemajetny nemajetni poverty poor broke бідність бідні бідний бідна злидні нужда малозабезпечені",
  food:
    "jidlo jidla jidlem potraviny potravin potravinova obed obedy obedu svacina svaciny snidane nakup nakupy nakupovat hlad hladovy hladovi food meal meals lunch lunches dinner breakfast groceries foodbank hunger hungry їжа їжу продукти харчування голод голодні обід обіди сніданок",
  loan:
    "pujcka pujcky pujcku pujckou pujcit pujcim pujcila pujcovat pujcovna pozicka pozicku uver uveru uvery uverem hypoteka hypoteku lichva lichvar lichvari nebankovni loan loans lend lending borrow borrowed lender mortgage credit кредит кредити кредиту позика позику позичити",
  insurance:
    "pojisteni pojistka pojistku pojistky pojistovna pojistovny pojistovnu pojistne pojistit pojistenec poistenie poistka poistovna insurance insured insurer insure страхування страховка страховку страховий поліс",
  teacher:
    "ucitel ucitelka ucitelku ucitelky ucitele ucitelem ucitelum ucitelce trida tridu tridy tride tridni tridnim zak zaci zaku zakum zakyne skolak skolaci skolacka vyuka vyuku vyucovani ukol ukoly ukolu dochazka dochazku teacher teachers class classes classroom pupil pupils lessons homework attendance вчитель вчителька вчителя вчителі клас класі учень учні учня школяр уроки",
  afterschool:
    "druzinka druzinku druzince krouzek krouzky krouzku klub klubu kluby nizkoprahovy nizkoprahove nzdm hriste hristi piskoviste aktivity aktivita doucovani doucovat volnocasove afterschool club clubs playground playgrounds activities tutoring leisure гурток гуртки гуртка майданчик продовжена дозвілля репетитор секція",
  youth:
    "mladez mladeze mladistvi mladistvy mladistva mlady mladi mladej mladsi teenager teenageri nactilety nactileti puberta pubertak pubertaci adolescent youth young teenagers teens підлітки підліток підлітків молодь молоді молодий подростки",
  care:
    "pece peci pecovat pecuje pecuji pecujeme pecovatel pecovatelka pecovatelky pecovatelska pecovatelsky pecujici osetrovat osetruje osetrovatelka odlehcovaci opatrovat opatruje carers caregiver nursing догляд доглядати доглядає доглядальниця доглядальник опікун",
  childprotection:
    "ospod ospodu ospodem ospodi ospodacka odebrat odeberou odebere odebrali odebrani odebrany odebrane pestoun pestouni pestounka pestounska pestounske pestounstvi ustav ustavu ustavni kojenak diagnostak foster custody orphanage інтернат дитбудинок сиротинець відібрати відберуть опіка ювенальна",
  vandal:
    "vandal vandalove vandaly vandalu znicit znicili zniceny znicena poskozeny poskozena poskozene poskozeni poskodit poskodili sprejer sprejeri graffiti posprejovany rozbijet rozbiji rozbijeni vandalism vandals damage damaged destroy destroyed вандали вандалізм пошкодження пошкодили пошкоджений",
  fight:
    "rvacka rvacky rvacku bitka bitky bitku hadka hadky hadku hadat hadaji hadame konflikt konflikty konfliktu potycka fight fights fighting quarrel quarrels argument arguments conflict conflicts бійка бійки сварка сварки сваряться конфлікт конфлікти драка",
  stress:
    "stres stresu stresem stresuje stresovat vystresovany nervy nervu nervozni nervozne panika paniku panikarim nespavost nespim nevyspany vycerpany vycerpana vycerpani trapi trapit stress stressed stressful nervous panic exhausted insomnia стрес стресу нерви нервую нервуюсь хвилююсь хвилювання хвилюємось паніка безсоння переживаю переживаємо виснаження",
  lonely:
    "samota samoty samotu osamely osamela osameli osamelost osamoceny opusteny opustena izolace izolovany lonely loneliness alone isolated isolation самотній самотня самотність самотньо одинокий одинока ізоляція одиночество",
  appeal:
    "odvolani odvolat odvolam odvolame odvolal namitka namitky namitku namitat namitam prezkum prezkoumat prezkoumani rozporovat appeal appeals objection objections review оскаржити оскарження апеляція заперечення заперечую",
  email:
    "email emailem emailu emaily mail mailem mailu maily esemeska esemesku messenger whatsapp viber telegram facebook facebooku fb inbox emails мейл імейл вайбер вайбері вотсап телеграм фейсбук",
  visitors:
    "navsteva navstevy navstevu navsteve navstevnik navstevnici navstevniku navstevnika navstivit navstivi navstevovat navstevuje visitor visitors visit visits visiting guest guests відвідувач відвідувачі відвідати відвідування гості гостей гість",
  politician:
    "starostku starostka starostky primatorka primatora primatorem zastupitel zastupitele zastupitelu zastupitelka politik politici politiku politiky hejtman hejtmana ministr ministra ministerstvo vlada vlady vladu mayor councillor councillors councilor politician politicians government minister ministry мер мера депутат депутати депутатів політики політик уряд міністр міністерство міськрада",
  district:
    "ctvrt ctvrti ctvrte ctvrtich sidliste sidlisti obvod obvodu okres okresu district districts suburb suburbs estate район району мікрорайон квартал околиця",
  sale:
    "prodej prodeje prodat proda prodaji prodali prodavat prodava prodany koupit koupi koupil koupili kupovat kupuje kupec kupce investor investori investora developer developeri developera spekulant spekulanti spekulace privatizace sell selling sold buy buyer bought investors developers privatisation privatization продати продаж продадуть продали купити купив інвестор інвестори забудовник забудовники",
  construction:
    "stavba stavby stavbu stavbou stavebni vystavba vystavby vystavbu staveniste stavenisti stavbari stavbar postavit postavi postavili novostavba novostavby jerab construction builders builder будівництво будувати збудувати збудують будівельники будівельна стройка новобудова",
  compensation:
    "odskodne odskodneni odskodnit kompenzace kompenzaci kompenzovat nahrada nahradu nahrady nahradou compensation compensate reimbursement reimburse компенсація компенсацію компенсувати відшкодування відшкодувати",
  stay:
    "zustat zustanu zustaneme zustanes zustane zustanou zustavat zustava zustavame zustali zustala zostat zostanem zostaneme setrvat stay staying stayed remain remaining залишитися залишусь залишимося залишаються остаться",
  soon:
    "brzy brzo zachvili coskoro rychle rychleji rychly soon quickly quick asap скоро незабаром невдовзі быстро",
  delay:
    "pozdeji pozde pozdejsi odlozit odlozi odlozeni odklad odkladu zpozdeni zpozdi zdrzet zdrzeni posunout posunuti posun later late delay delayed postpone postponed postponement пізніше пізно відкласти відкладуть затримка перенести перенесуть позже отложить",
  size:
    "velikost velikosti rozloha plocha plochu metru metry metrech ctverecnich ctverecni kk prostorny prostorna prostor prostory mistnost mistnosti size sizes square spacious space rooms розмір площа площу метрів метри кімната кімнати просторий",
  rules:
    "pravidla pravidel pravidlo pravidlech zakaz zakazy zakazano zakazane zakazat zakazuji povoleno povolene povolit povoli nesmi nesmime rules rule ban banned forbidden prohibited allowed permitted правила правило заборона заборонено заборонили дозволено дозволяють дозвіл нельзя",
  refugee:
    "uprchlik uprchlici uprchliku uprchlice cizinec cizinci cizincu cizinka cizinky ukrajinec ukrajinci ukrajinka ukrajinky refugee refugees foreigner foreigners migrant migrants immigrant біженець біженці біженка біженців іноземець іноземці іноземка переселенці переселенець впо беженцы",
  suicide:
    "sebevrazda sebevrazdu sebevrazdy sebevrazedny sebevrazedne sebeposkozovani sebeposkozeni samovrazda suicide suicidal selfharm самогубство самогубства суїцид суїцидальні самоубийство",
};
