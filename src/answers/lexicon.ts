// General language knowledge for the answer engine: function words, words that
// say little about the topic, greetings, colloquial and Slovak forms, and
// concepts that join synonyms across Czech, Slovak, English and Ukrainian
// (barák = dům, flat = byt = квартира). Facts about one place belong in content/, not here.

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
   чи не так ні вже ще тільки лише будь ласка`.split(/\s+/).filter(Boolean),
);

/** Words that carry little topical meaning: they count, but for little. */
export const GENERIC = new Set(
  `mit mam mame mate maji muset musim musime musi musite moct muzu muzem muzeme muze muzou mohu chtit chci chceme chce
   potrebovat potrebuju potrebuji potrebujeme vedet vim vime rict rekne udelat delat dat dostat dostanu dostaneme dostane
   jit jdu pujdu pujdeme bude budu budeme budem budou bud stat stane nejaky nejaka nejake vsechno vsichni vsechny cely cela
   kazdy porad furt hodne moc trochu vubec opravdu pravda jak kdy kde co kdo proc kolik jaky jaka jake ktery ktera ktere
   want need know tell give make go going get getting what when where who why how which any all some much many
   хочу треба знати коли де що хто чому як який яка яке скільки все всі`.split(/\s+/).filter(Boolean),
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
};

/**
 * Concepts: each line is one meaning, words in any of the four languages.
 * A word may appear under several concepts. Forms are listed where the
 * stemmers would not bring them together.
 */
const CONCEPTS: Record<string, string> = {
  flat: "byt bytu byty bytem flat flats apartment apartments квартира квартиру квартири житло",
  live: "bydlet bydleni bydlime bydlim bydlet bydliste zit zijeme live living housing accommodation жити житло проживати проживання живемо",
  house: "dum domy barak budova budovy building house дім будинок будівля",
  hostel: "ubytovna ubytovne ubytovnu ubytovny hostel hostels dormitory гуртожиток гуртожитку",
  move: "stehovat stehovani prestehovat stehujeme stehuji vystehovat move moving moved relocation relocate переїзд переїхати переїжджати переселення переселити",
  when: "kdy when коли",
  where: "kde kam where куди де",
  who: "kdo who хто",
  why: "proc why чому навіщо",
  howmany: "kolik pocet count number скільки кількість",
  rent: "najem najemne cinze rent rental оренда орендна",
  pay: "platit zaplatit platba platim pay paying payment платити оплата заплатити",
  money: "penize prachy money cash гроші коштів",
  cost: "cena naklady stoji stat financovat financuje cost costs price fund funding funded вартість коштує фінансує фінансування",
  benefit: "prispevek prispevky davka davky doplatek benefit benefits allowance welfare допомога виплата виплати субсидія",
  debt: "dluh dluhy dluhu exekuce exekuci exekutor insolvence debt debts distraint bailiff борг борги боргів",
  child: "dite deti ditete syn dcera decka child children kid kids son daughter дитина діти дітей син донька",
  school: "skola skoly skolu skolka skolky skolni school schools kindergarten школа школу школи садок садочок",
  work: "prace zamestnani job work employment робота роботу працювати",
  police: "policie policajti policajt strazniky straznik police поліція поліцію",
  crime: "kriminalita zlocin zlocinnost kradez kradeze kradou crime crimes theft criminal злочинність злочини крадіжки",
  safe: "bezpecnost bezpeci bezpecny bezpecne strach bojim obavy safety safe afraid fear scared безпека безпечно страх боюся",
  neighbour: "soused sousede sousedu sousedstvi neighbour neighbours neighbor neighbors neighbourhood сусід сусіди сусідів",
  worker: "pracovnik pracovnice socialka worker caseworker працівник працівниця",
  help: "pomoc pomoct pomoci pomuze pomahat help helping assist assistance допомога допомогти",
  contract: "smlouva smlouvy smlouvu contract agreement lease договір договору",
  deposit: "kauce kauci jistina deposit застава депозит",
  pet: "pes kocka kocku zvire zvirata mazlicek pet pets dog dogs cat cats тварина тварини собака пес кіт",
  data: "udaje udaju data informace soukromi gdpr privacy personal дані конфіденційність",
  anonymous: "anonymni anonymne anonym jmeno anonymous anonymously name анонімно анонімний імя",
  meeting: "schuze schuzka schuzku setkani sraz meeting meetings gathering зустріч збори",
  close: "zavrit zavreni zavrena zavre zrusit zruseni rusi uzavreni konec konci skonci koncit close closing closed closure shut закрити закриття закриють закінчиться",
  date: "termin terminu datum date deadline дата термін",
  evict: "vyhodit vyhodi vyhozeni vystehuji vyhazov evict eviction evicted kicked виселити виселення виженуть",
  street: "ulice ulici street homeless bezdomovec вулиця вулиці",
  demolish: "zbourat zbouraji bourat demolice demolish demolished знести знесуть",
  free: "zadarmo zdarma free gratis безкоштовно",
  disability: "vozicek bezbarierovy bezbarierovy postizeni handicap disability disabled wheelchair barrier інвалідність візок",
  senior: "senior seniori duchodce duchodkyne stary elderly pensioner senior пенсіонер літні",
  health: "zdravi nemoc nemocny doktor lekar health doctor sick ill здоровя лікар хворий",
  mental: "psychicky psychika psychicke deprese dusevni psychiatr mental psychological depression психічний психологічна депресія",
  crisis: "krize krizovy nouze nouzi akutni crisis emergency urgent криза кризовий невідкладна",
  sleep: "prespat spat prespani noc sleep overnight shelter ночувати ночівля притулок",
  language: "jazyk jazyce jazyky romsky romstina ukrajinsky anglicky language languages romani ukrainian english мова мовою",
  phone: "telefon telefonu cislo volat zavolat phone call number телефон номер дзвонити",
  contact: "kontakt kontakty kontaktovat obratit contact contacts reach контакт контакти звернутися",
  concern: "stiznost stiznosti obava obavy stezovat problem concern concerns complaint worry worried скарга побоювання проблема",
  question: "otazka otazku dotaz dotazy zeptat ptat question questions ask asking питання запитати",
  news: "novinky novinka zpravy upozorneni aktuality odber odebirat news updates update subscribe notifications alerts новини підписатися сповіщення",
  media: "novinar novinari media tisk tiskovy press media journalist journalists журналіст медіа преса",
  volunteer: "dobrovolnik dobrovolnice dobrovolne volunteer volunteering волонтер волонтерство",
  landlord: "pronajimatel majitel majitele vlastnik landlord owner owners орендодавець власник",
  residence: "trvaly pobyt pobytu adresa bydliste residence registration address прописка реєстрація адреса",
  furniture: "nabytek veci nabytku furniture belongings stuff меблі речі",
  decide: "rozhodnout rozhoduje rozhoduji ridit ridi vedeni decide decides decision manage manages вирішує вирішувати керує",
  city: "mesto mesta magistrat radnice urad uradu city municipality council місто міста мерія",
  ngo: "neziskovka neziskovky neziskova organizace ngo ngos charity nonprofit неприбуткова організація",
  ghetto: "ghetto geto vyloucena lokalita segregace ghetto segregation гетто сегрегація",
  family: "rodina rodiny rodinu family families сімя родина",
  refuse: "odmitnout odmitnu odmitam nechci refuse reject decline відмовитися",
  return: "vratit vratime navrat zpatky return back повернутися назад",
  people: "lide lidi obyvatele obyvatel people residents tenants люди мешканці",
  energy: "elektrina energie plyn voda zalohy electricity energy utilities gas електрика комунальні",
  survey: "mapovani dotaznik zjistovani mapping survey questionnaire опитування анкета",
  phase: "faze etapa etapy krok kroky harmonogram postup phase phases stage stages timeline steps етап етапи графік",
  support: "podpora podporu support підтримка",
  violence: "nasili biti bije nasilne violence abuse насильство",
  town: "mimo mesto jinde venkov vesnice okoli out town elsewhere village за містом",
  end: "konec skoncit end finish кінець",
};

export interface ConceptWord { lang: "cs" | "en" | "uk"; word: string; concept: string }

const CYRILLIC = /[\u0400-\u04ff]/;
const ENGLISH = new Set(
  "flat flats apartment apartments building house live living housing accommodation hostel hostels dormitory move moving moved relocation relocate when where who why count number rent rental pay paying payment money cash cost costs price fund funding funded benefit benefits allowance welfare debt debts distraint bailiff child children kid kids son daughter school schools kindergarten job work employment police crime crimes theft criminal safety safe afraid fear scared neighbour neighbours neighbor neighbors neighbourhood worker caseworker help helping assist assistance contract agreement lease deposit pet pets dog dogs cat cats data privacy personal anonymous anonymously name meeting meetings gathering close closing closed closure shut date deadline evict eviction evicted kicked street homeless demolish demolished free gratis disability disabled wheelchair barrier elderly pensioner senior health doctor sick ill mental psychological depression crisis emergency urgent sleep overnight shelter language languages romani ukrainian english phone call contact contacts reach concern concerns complaint worry worried problem question questions ask asking news updates update subscribe notifications alerts press media journalist journalists volunteer volunteering landlord owner owners residence registration address furniture belongings stuff decide decides decision manage manages city municipality council ngo ngos charity nonprofit segregation family families refuse reject decline return back people residents tenants electricity energy utilities gas mapping survey questionnaire phase phases stage stages timeline steps support violence abuse out town elsewhere village end finish ghetto".split(" "),
);

/** Every concept word with the language whose stemmer should read it. */
export function conceptWords(): ConceptWord[] {
  const out: ConceptWord[] = [];
  for (const [concept, words] of Object.entries(CONCEPTS)) {
    for (const word of words.split(/\s+/).filter(Boolean)) {
      const lang = CYRILLIC.test(word) ? "uk" : ENGLISH.has(word) ? "en" : "cs";
      out.push({ lang, word, concept });
      // Words spelt the same in Czech and English (problem, senior, data) are read both ways.
      if (lang === "en") out.push({ lang: "cs", word, concept });
    }
  }
  return out;
}
