// Constant word lists for the name detector (lemmas; lexicon.ts derives the
// inflected forms). Space-separated so the file stays readable and small.
// Sources: the most common given names and surnames in Czechia, Slovakia,
// Ukraine and English-speaking countries, plus names common among Roma
// families in western Bohemia; nicknames as people sign messages.

export const FIRST_NAMES_CS = `
Adam Adéla Adriana Agáta Agneša Aleš Alena Alexandr Alexandra Alexej Alois Alena Alice Alžběta Amálie Anastázie Andrea Andrej Aneta Anežka Angelika Anna Antonie Antonín Arnošt Artur
Barbora Bartoloměj Beáta Bedřich Benedikt Berta Blanka Blažena Bohdan Bohdana Bohumil Bohumila Bohuslav Bohuslava Boleslav Bořivoj Božena Branislav Břetislav Bronislav Bronislava
Cecílie Ctibor Čeněk Dagmar Dalibor Daniel Daniela Darina David Denis Denisa Diana Dita Dobroslav Dominik Dominika Dorota Drahoslav Drahoslava Dušan Dana Dan
Edita Eduard Ela Elena Eliáš Eliška Ema Emil Emilie Erik Erika Ernest Ervín Ester Eva Evelína Evžen Filip František Františka Gabriel Gabriela Gejza Gizela Gustav
Hana Hedvika Helena Heřman Hubert Hugo Hynek Ignác Igor Ilona Irena Iva Ivan Ivana Iveta Ivo Ivona Izabela Jakub Jan Jana Jarmila Jaromír Jaroslav Jaroslava Jindřich Jindřiška Jiří Jiřina Jitka Johana Jolana Josef Julie Julius Justýna
Kamil Kamila Karel Karla Karolína Kateřina Kristián Kristina Kristýna Kryštof Květa Květoslava Kvido Ladislav Ladislava Lenka Leona Leoš Libor Libuše Lubomír Lubomíra Lubor Lucie Luděk Ludmila Ludvík Lukáš Luboš Lýdie
Magdaléna Magda Magdalena Marcel Marcela Margita Marie Marián Mariana Marek Marika Markéta Marta Martin Martina Matěj Matouš Matyáš Maxmilián Michael Michaela Michal Milada Milan Milena Miloslav Miloslava Miloš Miluše Miroslav Miroslava Monika Mojmír
Natálie Naděžda Nela Nikol Nikola Nikolas Norbert Oldřich Olga Oliver Ondřej Oskar Otakar Otto Patrik Patricie Pavel Pavla Pavlína Petr Petra Přemysl Radek Radim Radka Radmila Radomír Radoslav Radovan Regína Renata Renáta René Richard Robert Robin Roman Romana Rostislav Rudolf Růžena
Sabina Samuel Sandra Sebastián Serena Silvie Simona Soňa Stanislav Stanislava Svatopluk Světlana Sofie Sára Šárka Šimon Štefan Štěpán Štěpánka Taťána Tadeáš Tamara Tereza Tomáš Tobiáš Václav Valerie Vanda Vanesa Vasil Vavřinec Vendelín Věra Veronika Viktor Viktorie Vilém Vilma Vincent Vít Vítězslav Vladimír Vladimíra Vladislav Vlastimil Vojtěch Vratislav
Zbyněk Zdena Zdeněk Zdeňka Zdenka Zikmund Zuzana Žaneta Žofie Denisa Koloman Ilonka Etela Terézia Mário Kevin Marcel Nikoleta Vendula Rudolf Rostislav Oto Ota Jindra Vítek Bořek Lumír Miriam Ruth Bianka Klaudie Klaudia Klára Karin Kateřina Natálie Lea Lada Luisa Linda Emma Ella Alex Alexandr Marko Nina Dagmara Ladislava Dalibora Ernestína Irma Vlasta Zora Zlata Sláva Ruda Míra Věroslava Julián Rafael Marián Marián Leonard Artem
Juraj Ondrej Jozef Ľubomír Lubomir Ľudovít Ľuboš Ľudmila Mária Katarína Alžbeta Zuzana Dávid Matej Michal Peter Pavol Martin Tomáš Miroslav Jaroslav Ján Jana Lucia Veronika Dominika Andrea Ivana Kristína Petronela Dušan Marián Štefan Róbert Rastislav Radovan Vladimír Milan Branislav Igor Viera Anna Helena Eva Elena Agnesa Anka Jarmila Ľubica Lubica Anežka
`;

// How people sign and call each other; declined like other names.
export const NICKNAMES_CS = `
Honza Honzík Jenda Jeník Jirka Jiřík Pepa Pepík Franta Fanda Tonda Tonik Venca Vašek Vašík Kuba Kubík Kája Mára Marťa Péťa Peťa Petrík Míša Michalka Terka Terezka Verča Verca Verunka Bára Barča Bětka Káťa Katka Kačka Lenička Anička Andulka Maruška Majka Mařka Jarka Zdena Zdeňka Ruda Láďa Laďa Míra Mirek Standa Slávek Tomík Tomášek Pavlík Pavla Zuzka Zuzi Lucka Lucinka Evička Evča Janička Jája Ivča Ivka Adélka Áďa Eliška Elča Nikolka Deniska Denisek Kristýnka Kiki Dája Dášenka Dáša Dana Danka Danek Radka Ráďa Soňa Hanka Hanička Kamča Kačenka Klárka Nelinka Pája Pavlínka Šimonek Vojta Vojtík Filípek Lukášek Matějík Kubíček Ondra Ondrášek Olda Ota Otík Jindra Jarda Jaroušek Luboš Ludva Miloš Milda Mirka Mirča Vlasta Zdenda Zbyňa Zbyněček Štěpa Šárka Helča Gábina Gabča Máňa Manča Marta Majda Dušánek Patrik Patrička Renča Romča Verunka Vanesska Žanda Žanetka Kristián Kikina Sisa Bibi
`;

// Ukrainian and Russian given names, Cyrillic.
export const FIRST_NAMES_UK = `
Олександр Олександра Олексій Олена Ольга Оксана Іван Іванна Петро Павло Микола Михайло Андрій Сергій Дмитро Володимир Юрій Віктор Віталій Василь Богдан Богдана Тарас Остап Максим Денис Артем Артемій Владислав Ярослав Ярослава Олег Ігор Роман Вадим Євген Євгенія Григорій Степан Анатолій Валерій Костянтин Руслан Назар Ілля Тимофій Кирило Марко Матвій Данило Данило Антон Олесь Орест Любомир Мирослав Мирослава Станіслав Святослав Всеволод Леонід Едуард Геннадій Федір Яків Захар Семен Борис Вʼячеслав Вячеслав
Наталія Наталя Тетяна Ірина Марія Ганна Анна Юлія Світлана Людмила Галина Катерина Вікторія Дарина Дарія Софія Соломія Анастасія Валентина Лариса Інна Христина Аліна Алла Зоя Поліна Уляна Мар'яна Мирослава Діана Карина Вероніка Яна Олеся Лілія Леся Надія Віра Любов Раїса Зінаїда Ніна Тамара Єлизавета Елизавета Злата Кіра Ангеліна Маргарита Валерія Ксенія Антоніна Жанна
Ярина Мілана Емілія Аліса Єва Стефанія Василина Орися Оксанка Ліза Ева Милана Ира Іра Аня Ганя Ганна Марійка Софійка Оля Сашко Саша Женя Вова Діма Дима Коля Петя Міша Миша Сергійко Андрійко Таня Наташа Люда Галя Катя Юля Настя Віка Вика Даша Соня Маша Свєта Света Оленка Ірочка Надя Валя Люба
Сергей Алексей Андрей Дмитрий Николай Александр Владимир Евгений Юрий Игорь Виктор Михаил Павел Иван Максим Артем Денис Олег Роман Антон Илья Кирилл Никита Егор Наталья Татьяна Ирина Елена Ольга Светлана Екатерина Анна Мария Юлия Людмила Галина Анастасия Дарья Ксения Валентина Надежда Вера Любовь Оксана Марина Кристина Алина Полина Виктория Евгения
`;

// Ukrainian names in Latin letters: national, Czech and Russian-style transliterations.
export const FIRST_NAMES_UK_LATIN = `
Oleksandr Oleksandra Oleksii Oleksij Oleksiy Olena Olga Olha Oksana Ivan Ivanna Petro Pavlo Mykola Mychajlo Mykhailo Mykhaylo Andrii Andrij Andriy Andrej Andrey Serhii Serhij Serhiy Sergii Sergij Sergej Sergey Dmytro Dmitro Dmitrij Dmitriy Volodymyr Volodymir Vladimir Yurii Yuriy Jurij Jurii Viktor Vitalii Vitalij Vitaliy Vasyl Vasil Bohdan Taras Ostap Maksym Maksim Artem Artur Vladyslav Yaroslav Jaroslav Oleh Oleg Ihor Igor Vadym Vadim Yevhen Jevhen Evgen Evgenij Yevheniia Hryhorii Stepan Anatolii Anatolij Valerii Kostiantyn Kostjantyn Ruslan Nazar Illia Illja Ilya Tymofii Kyrylo Kyryl Matvii Danylo Danilo Orest Liubomyr Myroslav Myroslava Stanislav Sviatoslav Leonid Fedir Yakiv Zakhar Semen Borys
Nataliia Natalija Natalia Natalya Nataliya Natasha Tetiana Tetjana Tatiana Tatjana Tatyana Iryna Irina Maria Mariia Marija Hanna Ganna Anna Yuliia Yulia Julija Julia Yuliya Svitlana Svetlana Liudmyla Ludmila Lyudmila Halyna Galina Halyna Kateryna Katerina Viktoriia Viktorija Viktoria Daryna Dariia Daria Sofiia Sofia Solomiia Anastasiia Anastasija Anastasia Valentyna Valentina Larysa Larisa Inna Khrystyna Chrystyna Alina Alla Zoia Polina Uliana Ulyana Mariana Marjana Diana Karyna Veronika Yana Jana Olesia Olesja Liliia Lilija Lesia Lesja Nadiia Nadija Nadia Vira Liubov Lyubov Raisa Nina Tamara Yelyzaveta Jelyzaveta Zlata Kira Anhelina Marharyta Valeriia Kseniia Ksenija Zhanna
Yaryna Jaryna Milana Emiliia Alisa Yeva Stefaniia Vasylyna Sasha Sashko Zhenia Zhenya Vova Dima Kolia Kolya Misha Tania Tanya Natasha Liuda Halia Katia Katya Yulia Nastia Nastya Vika Dasha Sonia Sonya Masha Sveta Olenka Nadia Valia Liuba Ira
`;

export const FIRST_NAMES_EN = `
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Liam Oliver Harry Charlie Oscar Leo Archie Alfie Freddie Luke Callum Connor Declan Seamus Sean Tom Tommy Danny Jimmy Johnny Mike Mick Dave Steve Chris Matt Nick Ben Sam Tony Andy Rob Bob Jim Joe Ted Tim
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Amelia Isla Ava Mia Ella Lily Sophie Chloe Jessica Lucy Ellie Freya Holly Molly Erin Niamh Siobhan Aoife Kate Katie Jenny Jen Liz Beth Becky Kim Sue Pat Mandy Sally Jane
`;

/** Given names that are also ordinary words; they count only after a cue or next to another name. */
export const AMBIGUOUS_FIRST = `
will may june april august grace sam jordan austin christian victoria virginia charlotte dean mason chase hunter dan hope faith joy rose jack bill art sky dawn summer autumn pat sue guy max ray frank rich pearl ruby iris lily daisy holly ivy penny angel king prince mark bob jean chance honey
vlasta sláva slava lada zora zlata ruda míra mira věra vera naděžda luna albert mikuláš
надія віра любов слава роман лев мир злата nadiia nadija vira liubov lyubov roman
`;

export const SURNAMES = `
Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Marek Pospíšil Hájek Jelínek Král Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Vaněk Urban Blažek Kříž Kovář Bartoš Vlček Polák Musil Kopecký Šimek Konečný Malý Holub Čech Štěpánek Staněk Kadlec Dostál Soukup Šťastný Mareš Moravec Sýkora Tichý Valenta Vávra Matoušek Bláha Říha Ševčík Bureš Hruška Mašek Pavlík Dušek Janda Hrubý Mach Havlíček Kratochvíl Slabý Havel Lukeš Kubíček Kolařík Kopecký Brabec Jeřábek Vacek Hanák Toman Paur Kaiser Richter Wagner Weiss Müller Schwarz Fischer Bauer Hofmann Kocourek Mišek Nechvátal Vondra Wagnerová Kalina Pešek Šustr Klíma Machala Koubek Dušek Vojtek Kubát Hora Tůma Kazda Šebesta Petrák Kučerka Matějka Kovařík Vrba Zelenka Hlaváček Bednář Krejčí Dolejší Skála Sládek Jireš Kotek Tesař Vondráček Holý Pešta Kubeš Kubín Šindelář Vlk Zajíc Liška Vrána Sokol Orel Čížek Kos Strnad Mráz Sníh Hanzlík Vít Šafránek Šimánek Hadraba Rybář Rybáček Kopřiva Stejskal Hrdina Novotna Havlík Chalupa Kos Musilová Kolman Jakeš Tomek Šulc Hron Mikeš Trnka Vlach Barták Kořínek Franěk Hrabě Šíma Hejda Marek Čapek Neruda Kafka Havel Masaryk
Horváth Horvát Lakatoš Kaleja Demeter Bihári Oláh Daniel Gábor Sivák Dužda Kotlár Balog Balogh Rusnák Ferko Giňa Mirga Žiga Gunár Pompa Tancoš Gaži Gazi Cína Dunka Fečo Kandráč Čonka Bandy Berki Kiss Šarközi Kudráč Mižigár Pokuta Tokár Jano Miko Bunda Goral Lacko Lukáč Čureja Šándor Rigo Ferenc Kolompár Tomeš Stojka Sztojka Ščuka Badži Dudi Kurej Baláž Bažo Grundza Husár Kováč Tóth Varga Szabó Nagy Farkaš Molnár Rafael Ištok Kroščen Červeňák Bartoš Suchý Gorol Dano Pecha Bagár Kanaloš Jurko Klempár Polhoš Červeňák Mikuláš Holub Herák Ferenčík Makula Šivák Vidomus Gombár Kompuš Daňo Bodnár Pastor Kalaj Dudy Tulej Poláček Hudák Galbavý Hriňák Čičák Rác
Kováčová Baloghová Tóthová Nagyová Szabóová Vargová Horváthová Kováč Hudák Kollár Krajčír Lukáč Gajdoš Kuruc Baláž Oravec Slovák Šimko Jurík Mráz Hrnčiar Bielik Hudec Kráľ Ďurica Polák Švec
Kovalenko Bondarenko Tkachenko Kravchenko Shevchenko Boyko Boiko Kovalchuk Koval Oliinyk Shevchuk Polishchuk Tkachuk Savchenko Rudenko Marchenko Melnyk Moroz Lysenko Petrenko Ponomarenko Klymenko Pavlenko Kravets Kuzmenko Levchenko Kozak Hrytsenko Sydorenko Ivanenko Karpenko Vasylenko Yurchenko Zinchenko Kharchenko Tymoshenko Yatsenko Hnatiuk Romaniuk Kostiuk Ostapchuk Kushnir Savchuk Martyniuk Ivanov Petrov Smirnov Popov Sokolov Kuznetsov Volkov Morozov Pavlov Novikov Fedorov Melnik Kovalev
Коваленко Бондаренко Ткаченко Кравченко Шевченко Бойко Ковальчук Коваль Олійник Шевчук Поліщук Ткачук Савченко Руденко Марченко Мельник Мороз Лисенко Петренко Пономаренко Клименко Павленко Кравець Кузьменко Левченко Козак Гриценко Сидоренко Іваненко Карпенко Василенко Юрченко Зінченко Харченко Тимошенко Яценко Гнатюк Романюк Костюк Остапчук Кушнір Савчук Мартинюк Іванов Петров Смирнов Попов Кузнецов Волков Морозов Павлов Новиков Федоров Коваленко Олійник
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Murphy Kelly O'Connor O'Brien Evans Edwards Collins Stewart Morris Rogers Reed Cook Morgan Bell Cooper Richardson Cox Howard Ward Peterson Gray Watson Brooks Bennett Wood Barnes Ross Henderson Coleman Jenkins Perry Powell Long Patterson Hughes Price Butler Simmons Foster
`;

/** Surnames that are also ordinary words or places; they count only after a cue or next to another name. */
export const AMBIGUOUS_SURNAMES = `
černý černá malý malá holý holá tichý tichá veselý veselá hrubý hrubá slabý slabá suchý suchá král králová vlk zajíc liška vrána sokol orel kos mráz sníh hora skála vrba holub urban čech němec slovák polák hrdina daniel marek mikuláš rafael pastor long young king green white hill hall baker wood cook bell price brooks
kozak мороз козак коваль moroz koval rybář
`;

/** Places, organisations and brands: folded prefixes (four letters or more, chosen not to start a name). */
export const PLACE_PREFIXES = `
drahomir karlovy karlovych karlovym karlovar ostrov sokolov chodov chebu chebsk nejdek nejdk kadan loket lokte jachymov marianske frantiskovy lazne lazni lazen lazen rybari rybarich rybare tuhnic doubi dalovic drahovic bohatic tasovic otovic brezov kamenic ohre ohri kraslic slavkov ostrav plzen plzn liberec olomouc kladno teplic decin chomutov karlin zizkov smichov
cesko ceska ceske cesky ceskou morav slovensk ukrajin ukrain polsk nemeck rakousk madarsk rumunsk evrop europ kyjev kyiv kiev kyjiv charkov kharkiv kharkov charkiv lviv lvov odes dnipr zapor uzhorod uzhhorod mariupol donec luhansk lugansk poltav chernihiv lutsk rivne ternopil kherson cherson mykolaiv vinnyts zhytomyr czechia ukraine europe germany poland slovakia
армад людин україн украин чехі чехия польщ польш німеч герман словаччин угорщин росі европ європ київ києв киев харк львів львов одес дніпр запоріж ужгород маріуп донец луган полтав черніг луцьк рівн терноп херсон миколаїв вінниц житомир карлов драгомир острів острова прага праз праги
armad clovek cloveka clovekem charit diakoni nadej romodrom magistrat urad uradu policie policii mestsk krajsk socialn kontaktn agentur ministerstv senat parlament nemocnic polikli skol tesco kaufland lidl penny billa globus facebook instagram whatsapp telegram viber signal tiktok google seznam youtube messenger salvation labour office council hostel unhcr caritas
`;

/** Places and organisations too short or too name-like for a prefix: exact folded forms. */
export const PLACE_WORDS = `
praha prahy praze prahu prahou brno brna brne brnem most mostu cheb aš as teplá tepla horni dolni nova nove novou stara stare starou role roli rolich vary varech varu varum kraj kraje kraji cech cechy cechach albert cez vzp ozp drom drome people need army red cross city vlada vlady vlade vladou sumy sumech
вари варах варів суми
`;

/** Ordinary words that never count as names, even after a cue. Folded. */
export const COMMON_WORDS = `
a i o u v ve z ze k ke s se si na do od po pro pri za pred nad pod mezi bez pres kolem proti ze aby ze nez nebo ani ale jak kdyz kdy kde kam proc co kdo ktery ktera ktere jaky jaka jake tak take taky jen uz jeste jiz tedy proto protoze asi mozna prece vsak
ja ty on ona ono my vy oni ony me mne mi mu ji je jsou jsem jsi jsme jste byl byla bylo byli budu bude budeme budou mam mame ma mate maji mel mela chci chceme chce muzu muze muzeme nemam nemame neni nejsem nevim vim vime
to ten ta ty tu tom tomu tim tech temto tady tam zde ted dnes zitra vcera porad vzdy nikdy stale hned brzo brzy pak potom uz
ano ne jo jasne dobre dobry dobra dobrou dobrej den vecer rano noc ahoj cau zdravim zdravi dekuji dekuju diky dik dakujem dakujeme prosim prosime pozdravem pozdravom vazeni vazena vazeny mily mila mili hezky krasny
pan pani pane panu panem pana panove slecna slecno tati mami mamo babi dedo teto stryc
vse vsechno vsichni nic nikdo nekdo neco nejak nekde kazdy kazda vsude
moje muj moji nase nas vase vas jeho jeji jejich svuj sve svoje
hlavne marne nevim nemam nechci nemuzu rychle pomalu dobre spatne víte daně jaře věru boze buh bohu boha bozi rada radu rady rade radou rad vite mate tomu dane dani nine sama sami samo samu same hotova hotova zdrava nemocna moc mockrat predem
rodina rodiny deti dite syn dcera manzel manzelka muz zena mama maminka tata tatinek brat bratr sestra babicka deda soused sousedka kamarad kamaradka teta
otazka dotaz odpoved informace info pomoc byt byty pokoj pokoje ubytovna stehovani najem kauce davky urad prace skola
romka rom romove romka romky ukrajinka ukrajinec ukrajinci cech cesi cizinec slovak slovacka
i im me my the a an and or of to in on at for from with by is are was were be been am do does did not no yes hi hello hey dear thanks thank regards best kind please sorry ok okay we you he she they it this that there here
я ти він вона ми ви вони це той та ті тут там так ні і й та але або що хто де коли чому як мене мені нам вам дякую привіт добрий день будь ласка з повагою пан пані
`;

/** Month and weekday names with their case endings (folded); never names. */
export const CALENDAR_RE =
  /^(?:leden|ledn\p{L}{1,2}|unor\p{L}{0,2}|brezen|brezn\p{L}{1,2}|duben|dubn\p{L}{1,2}|kveten|kvetn\p{L}{1,2}|cerven|cervn\p{L}{1,2}|cervenc\p{L}{1,2}|srpen|srpn\p{L}{1,2}|zari|rijen|rijn\p{L}{1,2}|listopad\p{L}{0,2}|prosin\p{L}{1,3}|pondel\p{L}{1,3}|uter\p{L}{1,3}|stred\p{L}{1,3}|ctvrt\p{L}{1,4}|patek|patk\p{L}{1,3}|sobot\p{L}{1,3}|nedel\p{L}{1,3}|januar\p{L}{0,2}|februar\p{L}{0,2}|marec|marc\p{L}{1,2}|april\p{L}{0,2}|maj\p{L}?|jun\p{L}?|jul\p{L}?|august\p{L}{0,2}|september|septembr\p{L}|oktob\p{L}{1,3}|novemb\p{L}{1,3}|decemb\p{L}{1,3}|january|february|march|june|july|monday|tuesday|wednesday|thursday|friday|saturday|sunday|vanoc\p{L}*|velikonoc\p{L}*|silvestr\p{L}*|січ\p{L}{1,3}|лют\p{L}{1,3}|берез\p{L}{1,3}|квіт\p{L}{1,3}|трав\p{L}{1,3}|черв\p{L}{1,3}|лип\p{L}{1,3}|серп\p{L}{1,3}|верес\p{L}{1,3}|жовт\p{L}{1,3}|листопад\p{L}{0,2}|груд\p{L}{1,3}|понеділ\p{L}{1,3}|вівтор\p{L}{1,3}|серед\p{L}{1,3}|четвер\p{L}{0,3}|п.ятниц\p{L}{1,2}|субот\p{L}{1,2}|неділ\p{L}{1,2})$/u;
