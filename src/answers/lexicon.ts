// General language knowledge for the answer engine: function words, words that
// say little about the topic, greetings, colloquial and Slovak forms, and
// concepts that join synonyms across Czech, Slovak, English and Ukrainian
// (barák = dům, flat = byt = квартира). Facts about one place belong in content/, not here.
import { EXTRA_CONCEPTS } from "./concepts-extra.js";
import { ADDITIONS, EXTRA_CONCEPTS_2 } from "./concepts-extra2.js";
import { ADDITIONS_3 } from "./concepts-extra3.js";
import { ADDITIONS_4 } from "./concepts-extra4.js";
import { isCyrillic } from "./normalize.js";

/** Function words, ignored (folded forms; Czech, Slovak, English, Ukrainian). */
export const STOPWORDS = new Set(
  `a i o u v ve k ke s se si z ze na do po od pro pri za pred pod nad bez mezi u o aby ale ani nebo anebo ci ze zda jestli kdyz
   je jsem jsi jsme jste jsou byl byla bylo byli bych by bys bychom byste bejt sem ses sme ste
   to ten ta ty tu tim tom toho tomu tech ti tohle tenhle tahle tyhle ono on ona oni ony my vy ja ty
   me mi mne mnou mu mi jim jemu jeho jeji jejich ho ji je nas nam nami vas vam vami jich jim
   muj moje moji mych mym svuj sve svoje svych nas nase nasi nasich vas vase vasi
   uz jeste taky tak jen pouze prave asi mozna vlastne proste treba tady tam sem tu teda tedy no jo ano ne nie
   prosim prosimvas dekuji dekuju diky dobry den dobre pane pani vazeni
   ked ked tak aj sa som si je su bol bola
   the a an of to in on at for with by from is are am was were be been being do does did i you he she we they it
   me my mine our your their his her its this that these those there here and or but if so not no yes please
   will would shall should can could may might must have has had get got
   і й та а в у на до з із зі за по про під над при для від чи що це той та ті я ти він вона ми ви вони мене мені
   нас нам вас вам їх його її мій моя моє мої наш наша наше наші ваш ваша є був була було були буде будуть бути
   чи не так ні вже ще тільки лише будь ласка
   abych abys abysme abychom abyste kdybych kdyby kdybysme kdybychom nej nich nim nimi jim ni nej jeho nemu
   tem temi tema techto tito tyto tento tato toto tamto tamten tamta tahle tenhleten tudle todle tohle tyhle
   vsem vsemu vsech vseho vsim vsichni vsechno vsechny vse vsak zadny zadna zadne zadnej nic nikdo nikde nikam nikdy
   neco nekdo nekde nekam nekdy nejak nejaky nejaka nejake nejakej nejakou nejakem
   snad pry hele vzdyt totiz takze protoze proto potom pak pote potom zase znovu jinak stejne hlavne docela celkem dost
   kdyz az jak jako nez nez ze tak takhle takovy takova takove takovej ktery ktera ktere kterej ktery
   samo samotny samotna sebe sobe sebou svym svou svuj svoji svoje
   mojima mojema mejma tvojima tvejma nasima vasima svejma svyma
   nama vama nima jima zas
   don doesn didn isn aren wasn weren won wouldn couldn shouldn haven hasn hadn cannot out
   ja mne me mi my nas nam vy vas vam on ona ono oni ony jeho jeji jim je ji
   cely cela cele celej celou dal dale dalsi jeste uz furt porad vcetne behem kolem okolo mezi pres
   jo jj ok okay hm hmm fakt fakticky vubec treba proste asi spis skoro
   aby ako aj ani alebo ale ak ked ze sa si som sme ste su bol bola bolo boli by mi ma mne nas vas ich jej jeho
   ten ta to tie ti tento tato toto tam tu tak uz este len iba ked preto pretoze potom ktory ktora ktore co kto
   about above after again against all also although any anything because before below between both during each either
   else even ever every everything few for from further here however into just like more most much never nothing
   now off once only other own same some something still such than that then there therefore though through too under
   until very whatever whether while whom within without yet ll ve re d m t s says said
   буду будемо будете будуть якщо якби коли тоді теж також всі все всього усі якесь якийсь якась щось хтось десь
   мені мене нам нас вам вас йому їй їм тому бо адже ось от ну
   після перед через біля між коло навіть дуже тут там зараз потім тепер тоді знову разом
   воно мого моєї моїй мою моїх мною твій нашого нашої нашій наших ваше ваші вашого вашої свій своя своє свої свого
   своєї своїй свою своїх їхній їхня цей ця ці цього цьому цю цих цим те того ту тих тим але о об тебе себе собі ним
   нею ними нього неї них весь вся всіх кожен кожна тобто поки щоб аби ніж хоча такий така таке такі`.split(/\s+/).filter(Boolean),
);

/** Words that carry little topical meaning: they count, but for little. */
export const GENERIC = new Set(
  `mit mam mame mate maji muset musim musime musi musite moct muzu muzem muzeme muze muzou mohu chtit chci chceme chce
   potrebovat potrebuju potrebuji potrebujeme vedet vim vime rict rekne udelat delat dat dostat dostanu dostaneme dostane
   jit jdu pujdu pujdeme bude budu budeme budem budou bud stat stane nejaky nejaka nejake vsechno vsichni vsechny cely cela
   kazdy porad furt hodne moc trochu vubec opravdu pravda jak kdy kde co kdo proc kolik jaky jaka jake ktery ktera ktere
   komu koho kym cem cemu
   want need know tell give make go going get getting what when where who why how which any all some much many
   хочу треба знати коли де що хто чому як який яка яке скільки все всі
   rikat rika rikala rikal rikali rikaji rekli rekla slyset slysim slysela slysel slyseli psat pisu psala psal
   chtel chtela chteli chcete chces jde jdes nejde jit jdeme prijit prijde prijdou odejit delat dela delaji
   vedet vedi vedel vedela nevim nevime nevi nevedi nevedel nevedela mit ma mas mate nemam nema nemame nemaji clovek
   normalni dobry spatny spatne velky maly novy nova nove novej stary
   rict rikam myslet myslim mysli videt vidim vidi dat dam dej davat
   say says told hear heard think know want wants get gets got make thing things people someone anyone everyone new keep
   казати кажуть чула чув думаю знаю хочемо
   можу можемо може можете можуть можна мушу мусимо мусить мусять потрібно хочуть маю маємо має мають знаємо
   робити зробити буває станеться
   які яку якого якому якої якій яких яким якими кого кому чого куди чий чия інший інша інші`.split(/\s+/).filter(Boolean),
);

/**
 * Question words that say what kind of answer is wanted (a date, a reason, a
 * place, a person, a number): generic, but "Proč se zavírá?" and "Kdy se
 * zavře?" ask different things, so they weigh more than other generic words.
 */
export const INTERROGATIVES = new Set(
  `kdy proc kolik kde kam kdo odkud when why where who коли чому навіщо скільки де куди хто звідки`.split(/\s+/).filter(Boolean),
);

/** Messages made only of these are greetings, thanks or small talk, not questions. */
export const GREETINGS = new Set(
  `dobry den dobre rano dobry vecer ahoj ahojky cau cus nazdar zdravim zdravime zdar hello hi hey good morning evening
   afternoon dobre rano привіт вітаю добрий день ранок вечір здрастуйте здравствуйте dobry den ahoj`.split(/\s+/).filter(Boolean),
);
export const THANKS = new Set(
  `dekuji dekuju diky dik moc mockrat dekujeme dekujem dakujem dakujeme thanks thank thx you very much cheers
   дякую спасибі дуже ok okay super fajn dobre jasne`.split(/\s+/).filter(Boolean),
);

/**
 * Words that mark hearsay ("prý", "slyšela jsem", "je pravda, že", "is it
 * true", "кажуть"): a question carrying one is more likely about a rumour than
 * a plain FAQ. Folded forms; Czech, Slovak, English, Ukrainian.
 */
export const HEARSAY = new Set(
  `pry prej udajne povida povidaji povidalo povidat rika rikaji rikali rikala rikal rikat rikaj slysel slysela slyseli slysim
   slyset pravda pravdu fama famy drb drby vraj pocul pocula poculi hovoria hovori
   rumour rumours rumor rumors heard hearing true myth gossip
   кажуть казали чув чула чули правда плітки чутки говорять`.split(/\s+/).filter(Boolean),
);

/** Colloquial and Slovak word forms -> standard Czech (all folded). */
export const WORD_FORMS: Record<string, string> = {
  muzem: "muzeme", budem: "budeme", mame: "mame", sme: "jsme", vo: "o", von: "on", vona: "ona", voni: "oni", vono: "ono",
  vod: "od", vokno: "okno", vobec: "vubec", vopravdu: "opravdu", furt: "porad", jo: "ano", neni: "neni",
  kedy: "kdy", kto: "kdo", preco: "proc", ako: "jak", kolko: "kolik", ktory: "ktery", ktora: "ktera",
  byvanie: "bydleni", byvat: "bydlet", najomne: "najemne", dlh: "dluh", dlhy: "dluhy", dlhov: "dluhu",
  skolka: "skolka", stahovanie: "stehovani", stahovat: "stehovat", prestahovat: "prestehovat", stahujeme: "stehujeme",
  mozem: "muzu", mozeme: "muzeme", dostanem: "dostanu", zburat: "zbourat", susedia: "sousede", sused: "soused",
  susedov: "sousedu", policia: "policie", prispevok: "prispevek", chcem: "chci", potrebujem: "potrebuji",
  este: "jeste", nie: "ne", dakujem: "dekuji", zmluva: "smlouva", byt: "byt", pes: "pes", psa: "pes", psem: "pes",
  psovi: "pes", psi: "pes", psy: "pes", najmu: "najem", najmem: "najem", najmy: "najem", domu: "dum", doma: "dum",
  dne: "den", dni: "den", lidi: "lide", lidma: "lide", detma: "deti", detmi: "deti", ditete: "dite",
  kriminalite: "kriminalita", dekovat: "dekovat",
  // "najít" (to find) would share the stem of "nájem" (rent).
  najit: "najdu", najiti: "najdu",
  // "starosta" (a mayor) would share the stem of "starost" (care: "má to na starosti").
  starosta: "starostka", starostu: "starostka", starostou: "starostka", starostovi: "starostka", starosty: "starostka",
};

/**
 * Concepts: each line is one meaning, words in any of the four languages.
 * A word may appear under several concepts. Forms are listed where the
 * stemmers would not bring them together.
 */
const CONCEPTS: Record<string, string> = {
  flat: "byt bytu byty bytem flat flats apartment apartments квартира квартиру квартири житло garsonka garsonku garsonky panelak bytovka bytovky pokoj pokoje apartman home",
  live: "bydlet bydleni bydlime bydlim bydlet bydliste zit zijeme live living housing accommodation жити житло проживати проживання живемо bydlis bydli nastehovat zustat zustanu zustaneme domov lives reside home живу оселитися",
  house: "dum domy barak budova budovy building дім будинок будівля domu baraku budovu objekt panelak vchod block budinok будинку",
  hostel: "ubytovna ubytovne ubytovnu ubytovny hostel hostels dormitory гуртожиток гуртожитку drahomira ubytovnou ubytovňa ubytovni hostelu общежитие",
  move: "stehovat stehovani prestehovat stehujeme stehuji vystehovat move moving moved relocation relocate переїзд переїхати переїжджати переселення переселити stehovak stehovaci odstehovat nastehovat prestehovani presun presunout premistit stahovat переїзду перевезти переселять",
  when: "kdy when коли",
  where: "kde kam where куди де",
  who: "kdo who хто",
  why: "proc why чому навіщо duvod duvody zac reason reasons причина",
  howmany: "kolik pocet count number скільки кількість celkem pocty many",
  rent: "najem najemne cinze rent rental оренда орендна najmu najemny cinzi platit mesicne rents оренди квартплата",
  pay: "platit zaplatit platba platim pay paying payment платити оплата заплатити",
  money: "penize prachy money cash гроші коштів korun kc financni peniz грошей",
  cost: "cena naklady stoji stat financovat financuje cost costs price fund funding funded вартість коштує фінансує фінансування stoj zaplati dane dani financovani rozpocet evropske fondy dotace pay taxes tax budget кошти податки",
  benefit: "prispevek prispevky davka davky doplatek benefit benefits allowance welfare допомога виплата виплати субсидія prispevku davek doplatku podpora socialni hmotne nouze допомогу соцвиплати субсидію",
  debt: "dluh dluhy dluhu exekuce exekuci exekutor insolvence debt debts distraint bailiff борг борги боргів dluzim dluzi dluzime exekutora oddluzeni pokuty pokuta nedoplatek owe заборгованість",
  child: "dite deti ditete syn dcera decka child children kid kids son daughter дитина діти дітей син донька detma decko vnuk дитину",
  school: "skola skoly skolu skolka skolky skolni school schools kindergarten школа школу школи садок садочок skolce ucitel zakladka nursery",
  work: "prace zamestnani job work employment робота роботу працювати",
  police: "policie policajti policajt strazniky straznik police поліція поліцію policajty policii straznici mestska policemen поліції",
  crime: "kriminalita zlocin zlocinnost kradez kradeze kradou crime crimes theft criminal злочинність злочини крадіжки krast vykradat vykradou zlodej zlodeji vandalismus steal burglary красти",
  safe: "bezpecnost bezpeci bezpecny bezpecne strach bojim obavy safety safe afraid fear scared безпека безпечно страх боюся boji obava nebezpeci nebezpecny nebezpecna nebezpecne nebezpecnejsi klid danger dangerous unsafe небезпека небезпечно небезпечний",
  neighbour: "soused sousede sousedu sousedstvi neighbour neighbours neighbor neighbors neighbourhood сусід сусіди сусідів sousedi sousedy sousedama sousedka sousedku okoli obyvatele ulice",
  worker: "pracovnik pracovnice socialka worker caseworker працівник працівниця pracovnika socialni terenni terenak terenaci asistent koordinator",
  help: "pomoc pomoct pomoci pomuze pomahat help helping assist assistance допомога допомогти pomuzete podpora support допоможе",
  contract: "smlouva smlouvy smlouvu contract agreement lease договір договору smlouve vypoved vypovedet najemni notice",
  deposit: "kauce kauci jistina deposit застава депозит jistota jistotu zaloha security завдаток",
  pet: "pes kocka kocku zvire zvirata mazlicek pet pets dog dogs cat cats тварина тварини собака пес кіт psa psem pejsek pejska kocour kocoura zviratko кішка",
  data: "udaje udaju data informace soukromi gdpr privacy personal дані конфіденційність udajum info osobni інформація",
  anonymous: "anonymni anonymne anonym jmeno anonymous anonymously name анонімно анонімний імя jmenuju jmenovat prozradit ім'я",
  meeting: "schuze schuzka schuzku setkani sraz meeting meetings gathering зустріч збори schuzce beseda shromazdeni",
  close: "zavrit zavreni zavrena zavre zrusit zruseni rusi uzavreni konec konci skonci koncit close closing closed closure shut закрити закриття закриють закінчиться zavrou rusit uzavrit skoncit",
  date: "termin terminu datum date deadline дата термін kdy mesic rok when",
  evict: "vyhodit vyhodi vyhozeni vystehuji vyhazov evict eviction evicted kicked виселити виселення виженуть vyhodej vystehujou vyhnat vyhanet vyklidit",
  street: "ulice ulici street homeless bezdomovec вулиця вулиці ulicich most mostem bezdomovci bezdomovectvi homelessness бездомні",
  demolish: "zbourat zbouraji bourat demolice demolish demolished знести знесуть zbourani bourani strhnout strhnou odstrelit demolition",
  free: "zadarmo zdarma free gratis безкоштовно zadara",
  disability: "vozicek bezbarierovy bezbarierovy postizeni handicap disability disabled wheelchair barrier інвалідність візок voziku bezbarierove postizeny berle vytah prizemi lift ліфт",
  senior: "senior seniori duchodce duchodkyne elderly pensioner senior пенсіонер літні duchod babicka dedecek old",
  health: "zdravi nemoc nemocny doktor lekar health doctor sick ill здоровя лікар хворий nemocnice hospital здоров'я",
  mental: "psychicky psychika psychicke deprese dusevni psychiatr mental psychological depression психічний психологічна депресія psycholog uzkost schizofrenie anxiety психолог",
  crisis: "krize krizovy nouze nouzi akutni crisis emergency urgent криза кризовий невідкладна krizova hned okamzite терміново",
  sleep: "prespat spat prespani noc sleep overnight shelter ночувати ночівля притулок nocleh azylovy azylak venku",
  language: "jazyk jazyce jazyky romsky romstina ukrajinsky anglicky language languages romani ukrainian english мова мовою tlumocnik tlumoceni cesky interpreter перекладач українською",
  phone: "telefon telefonu cislo volat zavolat phone call number телефон номер дзвонити mobil",
  contact: "kontakt kontakty kontaktovat obratit contact contacts reach контакт контакти звернутися napsat adresa kancelar address",
  concern: "stiznost stiznosti obava obavy stezovat problem concern concerns complaint worry worried скарга побоювання проблема nesouhlas vadi disagree",
  question: "otazka otazku dotaz dotazy zeptat ptat question questions ask asking питання запитати otazky ptal",
  news: "novinky novinka zpravy upozorneni aktuality odber odebirat updates update subscribe notifications alerts новини підписатися сповіщення zprava informovat sms notifikace",
  media: "novinar novinari media tisk tiskovy press media journalist journalists журналіст медіа преса tiskova mluvci clanek denik redakce spokesperson article речник",
  volunteer: "dobrovolnik dobrovolnice dobrovolne volunteer volunteering волонтер волонтерство pomoct darovat dar obleceni sbirka donate donation пожертвувати",
  landlord: "pronajimatel majitel majitele vlastnik landlord owner owners орендодавець власник pronajmout pronajem nemovitost najemnik",
  residence: "trvaly pobyt pobytu adresa bydliste residence registration address прописка реєстрація адреса prihlasit prehlasit",
  furniture: "nabytek veci nabytku furniture belongings stuff меблі речі skrin pracka lednice gauc",
  decide: "rozhodnout rozhoduje rozhoduji ridit ridi decide decides decision manage manages вирішує вирішувати керує rozhodl rozhod koordinator zastupitelstvo schvalit primator council mayor",
  city: "mesto mesta magistrat radnice urad uradu city municipality council місто міста мерія obec town",
  ngo: "neziskovka neziskovky neziskova organizace ngo ngos charity nonprofit неприбуткова організація spolek charita",
  ghetto: "ghetto geto vyloucena lokalita segregace ghetto segregation гетто сегрегація koncentrace",
  family: "rodina rodiny rodinu family families сімя родина rodin domacnost domacnosti household сім'я",
  refuse: "odmitnout odmitnu odmitam nechci refuse reject decline відмовитися nevzit",
  return: "vratit vratime navrat zpatky return back повернутися назад",
  people: "lide lidi obyvatele obyvatel people residents tenants люди мешканці rodiny",
  energy: "elektrina energie plyn voda zalohy electricity energy utilities gas електрика комунальні elektriku",
  survey: "mapovani dotaznik zjistovani mapping survey questionnaire опитування анкета mapuje formular zjistit pruzkum form",
  phase: "faze etapa etapy krok kroky harmonogram postup phase phases stage stages timeline steps етап етапи графік prubeh probihat parovani stabilizace",
  support: "podpora podporu support підтримка",
  violence: "nasilim nasilnik biti bije nasilne violence abuse насильство mlati domaci beats б'є",
  town: "mimo mesto jinde venkov vesnice okoli elsewhere village за містом vesnici jine",
  end: "konec skoncit end finish кінець",
  reconstruct: "oprava opravit opravi opravena opraveny rekonstrukce rekonstruovat renovace repair renovation reconstruction ремонт реконструкція",
  profit: "vydelat vydelek zisk tunel kseft namastit kapsy profit money-making business прибуток наживаються",
  order: "poradi prednost driv drive nejdriv kdo prvni order priority first черга першим",
  choice: "vyber vybrat moznost nabidka nabidnout nabidli choose choice offer option вибір пропозиція",
};

/**
 * Curated general colloquial words, added a few at a time and kept only when
 * the labelled sets improved (test/bench/tune-all.ts). Each word is checked in
 * test/answers/lexicon.test.ts: its stem must reach its concept and no other.
 */
export const CURATED: Record<string, string> = {
  demolish: "bagr bagry odstreli",
  child: "decak decaku",
  cost: "drahy draha drahe drahej drazsi levny levne levnejsi expensive cheap дорогий дорого дешево",
  move: "balit zabalit krabice stehovaky",
};

export interface ConceptWord { lang: "cs" | "en" | "uk"; word: string; concept: string }

/** Every concept word with the language whose stemmer should read it. */
export function conceptWords(): ConceptWord[] {
  const out: ConceptWord[] = [];
  // ADDITIONS, ADDITIONS_3 and ADDITIONS_4 hold more words of existing groups: under the same concept name, they join them.
  const groups = [CONCEPTS, CURATED, EXTRA_CONCEPTS, EXTRA_CONCEPTS_2, ADDITIONS, ADDITIONS_3, ADDITIONS_4].flatMap((g) => Object.entries(g));
  for (const [concept, words] of groups) {
    for (const word of words.split(/\s+/).filter(Boolean)) {
      if (isCyrillic(word)) out.push({ lang: "uk", word, concept });
      else {
        // A Latin word is read both as Czech and as English: questions mix them, and the
        // lists need not say which is which (problem, senior, data are both).
        out.push({ lang: "cs", word, concept });
        out.push({ lang: "en", word, concept });
      }
    }
  }
  return out;
}
