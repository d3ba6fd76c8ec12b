package kz.civic.registry.demo;

import java.util.List;
import kz.civic.registry.LegalForm;

/**
 * Word lists the demo generator draws names, places and people from. Everything here is invented
 * for demonstration (kk/ru/en renderings of common Kazakh and Russian NGO naming patterns), except
 * the region codes (V2 reference data).
 */
final class DemoVocabulary {

    private DemoVocabulary() {
    }

    /** A region of V2 with the forms the names need and its settlements (ru). */
    record RegionInfo(String code, String ruGenitive, String ruDative, String kkGenitive, String en, List<String> settlements,
            List<String> settlementsBefore2022) {
    }

    /**
     * The 20 current regions. Abai, Jetisu and Ulytau exist from 2022-06-08: NGOs registered before
     * are in their predecessor regions, which therefore also list the new regions' towns.
     */
    static final List<RegionInfo> REGIONS = List.of(
            new RegionInfo("KZ-10", "области Абай", "области Абай", "Абай облысының", "Abai Region",
                    List.of("Семей", "Аягоз", "Курчатов"), List.of()),
            new RegionInfo("KZ-11", "Акмолинской области", "Акмолинской области", "Ақмола облысының", "Akmola Region",
                    List.of("Кокшетау", "Степногорск", "Щучинск", "Атбасар"), List.of()),
            new RegionInfo("KZ-15", "Актюбинской области", "Актюбинской области", "Ақтөбе облысының", "Aktobe Region",
                    List.of("Актобе", "Хромтау", "Кандыагаш"), List.of()),
            new RegionInfo("KZ-19", "Алматинской области", "Алматинской области", "Алматы облысының", "Almaty Region",
                    List.of("Конаев", "Талгар", "Каскелен", "Есик", "Шелек"), List.of("Талдыкорган", "Жаркент")),
            new RegionInfo("KZ-23", "Атырауской области", "Атырауской области", "Атырау облысының", "Atyrau Region",
                    List.of("Атырау", "Кульсары"), List.of()),
            new RegionInfo("KZ-27", "Западно-Казахстанской области", "Западно-Казахстанской области",
                    "Батыс Қазақстан облысының", "West Kazakhstan Region", List.of("Уральск", "Аксай"), List.of()),
            new RegionInfo("KZ-31", "Жамбылской области", "Жамбылской области", "Жамбыл облысының", "Jambyl Region",
                    List.of("Тараз", "Шу", "Жанатас"), List.of()),
            new RegionInfo("KZ-33", "области Жетісу", "области Жетісу", "Жетісу облысының", "Jetisu Region",
                    List.of("Талдыкорган", "Жаркент", "Текели"), List.of()),
            new RegionInfo("KZ-35", "Карагандинской области", "Карагандинской области", "Қарағанды облысының",
                    "Karaganda Region", List.of("Караганда", "Темиртау", "Балхаш", "Шахтинск"), List.of("Жезказган", "Сатпаев")),
            new RegionInfo("KZ-39", "Костанайской области", "Костанайской области", "Қостанай облысының", "Kostanay Region",
                    List.of("Костанай", "Рудный", "Лисаковск"), List.of()),
            new RegionInfo("KZ-43", "Кызылординской области", "Кызылординской области", "Қызылорда облысының",
                    "Kyzylorda Region", List.of("Кызылорда", "Байконур", "Аральск"), List.of()),
            new RegionInfo("KZ-47", "Мангистауской области", "Мангистауской области", "Маңғыстау облысының",
                    "Mangystau Region", List.of("Актау", "Жанаозен"), List.of()),
            new RegionInfo("KZ-55", "Павлодарской области", "Павлодарской области", "Павлодар облысының", "Pavlodar Region",
                    List.of("Павлодар", "Экибастуз", "Аксу"), List.of()),
            new RegionInfo("KZ-59", "Северо-Казахстанской области", "Северо-Казахстанской области",
                    "Солтүстік Қазақстан облысының", "North Kazakhstan Region", List.of("Петропавловск", "Булаево"), List.of()),
            new RegionInfo("KZ-61", "Туркестанской области", "Туркестанской области", "Түркістан облысының",
                    "Turkistan Region", List.of("Туркестан", "Кентау", "Сарыагаш", "Жетысай"), List.of()),
            new RegionInfo("KZ-62", "области Улытау", "области Улытау", "Ұлытау облысының", "Ulytau Region",
                    List.of("Жезказган", "Сатпаев", "Каражал"), List.of()),
            new RegionInfo("KZ-63", "Восточно-Казахстанской области", "Восточно-Казахстанской области",
                    "Шығыс Қазақстан облысының", "East Kazakhstan Region", List.of("Усть-Каменогорск", "Риддер", "Алтай"),
                    List.of("Семей", "Аягоз")),
            new RegionInfo("KZ-71", "города Астаны", "городу Астане", "Астана қаласының", "Astana", List.of("Астана"), List.of()),
            new RegionInfo("KZ-75", "города Алматы", "городу Алматы", "Алматы қаласының", "Almaty", List.of("Алматы"), List.of()),
            new RegionInfo("KZ-79", "города Шымкента", "городу Шымкенту", "Шымкент қаласының", "Shymkent", List.of("Шымкент"),
                    List.of()));

    static RegionInfo region(String code) {
        return REGIONS.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    /** How a legal form appears in names: ru prefix (and its genitive), kk suffix, en prefix, ru abbreviation. */
    record FormWords(LegalForm form, String ru, String ruGenitive, String kk, String en, String abbreviation) {
    }

    static final List<FormWords> FORMS = List.of(
            new FormWords(LegalForm.PUBLIC_ASSOCIATION, "Общественное объединение", "Общественного объединения",
                    "қоғамдық бірлестігі", "Public Association", "ОО"),
            new FormWords(LegalForm.PUBLIC_FOUNDATION, "Общественный фонд", "Общественного фонда", "қоғамдық қоры",
                    "Public Foundation", "ОФ"),
            new FormWords(LegalForm.CORPORATE_FOUNDATION, "Корпоративный фонд", "Корпоративного фонда", "корпоративтік қоры",
                    "Corporate Foundation", "КФ"),
            new FormWords(LegalForm.ASSOCIATION_OF_LEGAL_ENTITIES, "Объединение юридических лиц",
                    "Объединения юридических лиц", "заңды тұлғалар бірлестігі", "Association of Legal Entities", "ОЮЛ"),
            new FormWords(LegalForm.INSTITUTION, "Частное учреждение", "Частного учреждения", "жеке мекемесі",
                    "Private Institution", "ЧУ"),
            new FormWords(LegalForm.NON_PROFIT_JSC, "Некоммерческое акционерное общество",
                    "Некоммерческого акционерного общества", "коммерциялық емес акционерлік қоғамы", "Non-profit JSC", "НАО"),
            new FormWords(LegalForm.CONSUMER_COOPERATIVE, "Потребительский кооператив", "Потребительского кооператива",
                    "тұтыну кооперативі", "Consumer Cooperative", "ПК"),
            new FormWords(LegalForm.RELIGIOUS_ASSOCIATION, "Религиозное объединение", "Религиозного объединения",
                    "діни бірлестігі", "Religious Association", "РО"),
            new FormWords(LegalForm.POLITICAL_PARTY, "Политическая партия", "Политической партии", "саяси партиясы",
                    "Political Party", "ПП"),
            new FormWords(LegalForm.TRADE_UNION, "Профессиональный союз", "Профессионального союза", "кәсіподағы",
                    "Trade Union", "ПС"),
            new FormWords(LegalForm.PROPERTY_OWNERS_ASSOCIATION, "Объединение собственников имущества",
                    "Объединения собственников имущества", "мүлік иелерінің бірлестігі", "Property Owners Association", "ОСИ"),
            new FormWords(LegalForm.OTHER, "Некоммерческая организация", "Некоммерческой организации",
                    "коммерциялық емес ұйымы", "Non-profit Organisation", "НО"));

    static FormWords form(LegalForm form) {
        return FORMS.stream().filter(f -> f.form() == form).findFirst().orElseThrow();
    }

    /**
     * Head-organisation legal forms and their weights (per mille). Branches take their parent's form.
     * Foreign NPO branches and representative offices are not generated: their head organisation is
     * abroad, and the register requires a parent in the register for BIN digit 6 = 1 or 2.
     */
    static final List<Weighted<LegalForm>> FORM_WEIGHTS = List.of(
            new Weighted<>(LegalForm.PUBLIC_ASSOCIATION, 420), new Weighted<>(LegalForm.PUBLIC_FOUNDATION, 265),
            new Weighted<>(LegalForm.ASSOCIATION_OF_LEGAL_ENTITIES, 85), new Weighted<>(LegalForm.INSTITUTION, 75),
            new Weighted<>(LegalForm.PROPERTY_OWNERS_ASSOCIATION, 45), new Weighted<>(LegalForm.RELIGIOUS_ASSOCIATION, 38),
            new Weighted<>(LegalForm.TRADE_UNION, 30), new Weighted<>(LegalForm.CORPORATE_FOUNDATION, 18),
            new Weighted<>(LegalForm.CONSUMER_COOPERATIVE, 9), new Weighted<>(LegalForm.NON_PROFIT_JSC, 3),
            new Weighted<>(LegalForm.OTHER, 12));

    record Weighted<T>(T value, int weight) {
    }

    /** A name word: kk, ru (Cyrillic without Kazakh letters), Latin. */
    record Word(String kk, String ru, String latin) {
    }

    static final List<Word> WORDS = words("""
            Болашақ Болашак Bolashak; Үміт Умит Umit; Мейірім Мейирим Meirim; Шапағат Шапагат Shapagat;
            Қамқор Камкор Kamkor; Жарқын Жаркын Zharkyn; Сенім Сеним Senim; Ақ ниет Ак ниет Ak Niet;
            Жұлдыз Жулдыз Zhuldyz; Арман Арман Arman; Талап Талап Talap; Бірлік Бирлик Birlik; Достық Достык Dostyk;
            Ынтымақ Ынтымак Yntymak; Шұғыла Шугыла Shugyla; Нұр Нур Nur; Жанұя Жануя Zhanuya; Ардагер Ардагер Ardager;
            Жасыл ел Жасыл ел Zhasyl El; Таза әлем Таза алем Taza Alem; Өркен Оркен Orken; Өрлеу Орлеу Orleu;
            Серпін Серпин Serpin; Қадам Кадам Kadam; Ақ жол Ак жол Ak Zhol; Мұра Мура Mura; Тұмар Тумар Tumar;
            Аққу Акку Akku; Бәйтерек Байтерек Baiterek; Алтын бесік Алтын бесик Altyn Besik; Шаңырақ Шанырак Shanyrak;
            Тірек Тирек Tirek; Көмек Комек Komek; Демеу Демеу Demeu; Жігер Жигер Zhiger; Сана Сана Sana;
            Білім Билим Bilim; Өнер Онер Oner; Саулық Саулык Saulyk; Береке Береке Bereke; Тұлпар Тулпар Tulpar;
            Қыран Кыран Kyran; Ақбота Акбота Akbota; Балапан Балапан Balapan; Бөбек Бобек Bobek; Намыс Намыс Namys;
            Әділет Адилет Adilet; Азамат Азамат Azamat; Ұрпақ Урпак Urpak; Ұлан Улан Ulan; Аялы алақан Аялы алакан Ayaly Alakan;
            Жүрек Журек Zhurek; Мирас Мирас Miras; Асыл Асыл Asyl; Інжу Инжу Inzhu; Маржан Маржан Marzhan;
            Шолпан Шолпан Sholpan; Айгөлек Айголек Aigolek; Алатау Алатау Alatau; Сарыарқа Сарыарка Saryarka;
            Ақниет Акниет Akniet; Жаңа толқын Жана толкын Zhana Tolkyn; Дара жол Дара жол Dara Zhol; Кемел Кемел Kemel;
            Мөлдір Молдир Moldir; Нұрлы болашақ Нурлы болашак Nurly Bolashak; Үкілі үміт Укили умит Ukili Umit;
            Сырдария Сырдария Syrdaria; Ертіс Ертис Ertis; Есіл Есиль Esil; Жайық Жайык Zhaiyk; Кербез Кербез Kerbez;
            Тамыр Тамыр Tamyr; Бастау Бастау Bastau; Өмір Омир Omir; Қуаныш Куаныш Kuanysh; Ақжайық Акжайык Akzhaiyk;
            Надежда Надежда Nadezhda; Милосердие Милосердие Miloserdie; Радуга Радуга Raduga; Гармония Гармония Garmonia;
            Доверие Доверие Doverie; Поколение Поколение Pokolenie; Феникс Феникс Feniks; Открытый мир Открытый мир Otkrytyi Mir;
            Содействие Содействие Sodeistvie; Диалог Диалог Dialog; Перспектива Перспектива Perspektiva; Шанс Шанс Shans;
            Импульс Импульс Impuls; Вектор Вектор Vektor; Истоки Истоки Istoki; Ориентир Ориентир Orientir;
            Луч надежды Луч надежды Luch Nadezhdy; Живая вода Живая вода Zhivaia Voda; Добрые руки Добрые руки Dobrye Ruki;
            Свет Свет Svet; Лидер Лидер Lider; Эко-Сфера Эко-Сфера Eko-Sfera; Зелёный дом Зелёный дом Zelenyi Dom
            """);

    /** A theme: what the organisation does, in three languages, with its primary sphere (V2 code). */
    record Theme(String ru, String kk, String en, String sphere) {
    }

    static final List<Theme> THEMES = List.of(
            new Theme("Центр поддержки семьи", "Отбасын қолдау орталығы", "Family Support Centre", "FAMILY_DEMOGRAPHY_GENDER"),
            new Theme("Кризисный центр для женщин", "Әйелдерге арналған дағдарыс орталығы", "Women's Crisis Centre",
                    "FAMILY_DEMOGRAPHY_GENDER"),
            new Theme("Союз многодетных матерей", "Көп балалы аналар одағы", "Union of Mothers of Large Families",
                    "FAMILY_DEMOGRAPHY_GENDER"),
            new Theme("Центр социальной адаптации", "Әлеуметтік бейімдеу орталығы", "Social Adaptation Centre",
                    "SUPPORT_FOR_VULNERABLE_GROUPS"),
            new Theme("Ассоциация родителей детей с инвалидностью", "Мүгедектігі бар балалардың ата-аналары қауымдастығы",
                    "Association of Parents of Children with Disabilities", "SUPPORT_FOR_VULNERABLE_GROUPS"),
            new Theme("Общество помощи пожилым людям", "Қарттарға көмек қоғамы", "Society for the Elderly",
                    "SUPPORT_FOR_VULNERABLE_GROUPS"),
            new Theme("Волонтёрский центр", "Еріктілер орталығы", "Volunteer Centre", "SUPPORT_FOR_VULNERABLE_GROUPS"),
            new Theme("Молодёжный центр", "Жастар орталығы", "Youth Centre", "EDUCATION_SCIENCE_INFORMATION_SPORTS"),
            new Theme("Спортивный клуб", "Спорт клубы", "Sports Club", "EDUCATION_SCIENCE_INFORMATION_SPORTS"),
            new Theme("Центр инклюзивного образования", "Инклюзивті білім беру орталығы", "Inclusive Education Centre",
                    "EDUCATION_SCIENCE_INFORMATION_SPORTS"),
            new Theme("Клуб молодых учёных", "Жас ғалымдар клубы", "Young Scientists' Club", "EDUCATION_SCIENCE_INFORMATION_SPORTS"),
            new Theme("Медиацентр", "Медиа орталығы", "Media Centre", "EDUCATION_SCIENCE_INFORMATION_SPORTS"),
            new Theme("Центр правовой помощи", "Құқықтық көмек орталығы", "Legal Aid Centre", "PROTECTION_OF_RIGHTS"),
            new Theme("Общество защиты прав потребителей", "Тұтынушылардың құқықтарын қорғау қоғамы",
                    "Consumer Rights Society", "PROTECTION_OF_RIGHTS"),
            new Theme("Центр общественного мониторинга", "Қоғамдық мониторинг орталығы", "Public Monitoring Centre",
                    "PROTECTION_OF_RIGHTS"),
            new Theme("Ассоциация предпринимателей", "Кәсіпкерлер қауымдастығы", "Entrepreneurs' Association",
                    "PROTECTION_OF_RIGHTS"),
            new Theme("Центр здорового образа жизни", "Салауатты өмір салты орталығы", "Healthy Lifestyle Centre",
                    "HEALTH_AND_HEALTHY_LIFESTYLE"),
            new Theme("Центр профилактики зависимостей", "Тәуелділіктің алдын алу орталығы", "Addiction Prevention Centre",
                    "HEALTH_AND_HEALTHY_LIFESTYLE"),
            new Theme("Общество помощи людям, живущим с ВИЧ", "АИТВ-мен өмір сүретін адамдарға көмек қоғамы",
                    "Society for People Living with HIV", "HEALTH_AND_HEALTHY_LIFESTYLE"),
            new Theme("Театральная студия", "Театр студиясы", "Theatre Studio", "CULTURE_AND_ART"),
            new Theme("Союз народных мастеров", "Халық шеберлері одағы", "Union of Folk Craftsmen", "CULTURE_AND_ART"),
            new Theme("Этнокультурное объединение", "Этномәдени бірлестік", "Ethnocultural Association",
                    "SOCIAL_HARMONY_NATIONAL_UNITY"),
            new Theme("Дом дружбы", "Достық үйі", "House of Friendship", "SOCIAL_HARMONY_NATIONAL_UNITY"),
            new Theme("Центр помощи детям-сиротам", "Жетім балаларға көмек орталығы", "Centre for Orphans",
                    "ORPHANS_AND_FAMILIES_WITH_CHILDREN"),
            new Theme("Детский клуб", "Балалар клубы", "Children's Club", "ORPHANS_AND_FAMILIES_WITH_CHILDREN"),
            new Theme("Краеведческое общество", "Өлкетану қоғамы", "Local History Society", "HISTORICAL_CULTURAL_HERITAGE"),
            new Theme("Экологический клуб", "Экологиялық клуб", "Ecological Club", "ENVIRONMENTAL_PROTECTION"),
            new Theme("Центр развития гражданских инициатив", "Азаматтық бастамаларды дамыту орталығы",
                    "Civic Initiatives Development Centre", "OTHER"),
            new Theme("Центр сельского развития", "Ауылды дамыту орталығы", "Rural Development Centre", "OTHER"));

    /**
     * Weights of the primary sphere: the MCI shares of active NGOs (domain-brief §1.5, gov.kz, April
     * 2023, per ten thousand), normalised by the generator; the published excerpt sums to 73.8%.
     */
    static final List<Weighted<String>> SPHERE_WEIGHTS = List.of(
            new Weighted<>("SUPPORT_FOR_VULNERABLE_GROUPS", 778), new Weighted<>("EDUCATION_SCIENCE_INFORMATION_SPORTS", 1568),
            new Weighted<>("PROTECTION_OF_RIGHTS", 2005), new Weighted<>("HEALTH_AND_HEALTHY_LIFESTYLE", 930),
            new Weighted<>("FAMILY_DEMOGRAPHY_GENDER", 393), new Weighted<>("CULTURE_AND_ART", 179),
            new Weighted<>("SOCIAL_HARMONY_NATIONAL_UNITY", 360), new Weighted<>("ORPHANS_AND_FAMILIES_WITH_CHILDREN", 484),
            new Weighted<>("HISTORICAL_CULTURAL_HERITAGE", 168), new Weighted<>("ENVIRONMENTAL_PROTECTION", 177),
            new Weighted<>("OTHER", 341));

    /** Trade unions: the sector in ru genitive, kk, en. */
    static final List<String[]> UNION_SECTORS = List.of(
            new String[] { "работников образования", "білім беру қызметкерлерінің", "Education Workers'" },
            new String[] { "работников здравоохранения", "денсаулық сақтау қызметкерлерінің", "Health Workers'" },
            new String[] { "работников культуры", "мәдениет қызметкерлерінің", "Culture Workers'" },
            new String[] { "работников транспорта", "көлік қызметкерлерінің", "Transport Workers'" },
            new String[] { "горняков и металлургов", "кеншілер мен металлургтердің", "Miners' and Metalworkers'" },
            new String[] { "работников агропромышленного комплекса", "агроөнеркәсіп кешені қызметкерлерінің",
                    "Agro-industrial Workers'" },
            new String[] { "строителей", "құрылысшылардың", "Builders'" });

    static final List<String> STREETS = List.of("ул. Абая", "ул. Толе би", "ул. Кунаева", "ул. Желтоксан", "ул. Сейфуллина",
            "ул. Пушкина", "ул. Ауэзова", "ул. Байтурсынова", "ул. Жамбыла", "ул. Богенбай батыра", "ул. Гоголя",
            "ул. Назарбаева", "пр. Республики", "пр. Независимости", "ул. Ломоносова", "ул. Шевченко", "ул. Сатпаева",
            "ул. Казыбек би", "мкр. Самал", "мкр. Восток", "ул. Достык", "ул. Мира", "ул. Победы", "ул. Ленина");

    static final List<String> MALE_KZ = List.of("Айдар", "Ерлан", "Нурлан", "Бауыржан", "Асхат", "Данияр", "Ержан", "Марат",
            "Серик", "Талгат", "Арман", "Болат", "Канат", "Нуржан", "Руслан", "Ермек", "Дастан", "Алмас", "Азамат", "Жандос");
    static final List<String> FEMALE_KZ = List.of("Айгуль", "Гульнара", "Салтанат", "Жанар", "Динара", "Асель", "Алия",
            "Мадина", "Айжан", "Гаухар", "Сауле", "Лаура", "Камила", "Меруерт", "Дана", "Бану", "Асем", "Жанна", "Ботагоз", "Роза");
    static final List<String> MALE_RU = List.of("Александр", "Сергей", "Андрей", "Дмитрий", "Владимир", "Игорь", "Виктор",
            "Николай");
    static final List<String> FEMALE_RU = List.of("Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Людмила",
            "Галина");
    /** Surnames in the masculine form; the feminine adds "а" to -ов/-ев/-ин. */
    static final List<String> SURNAMES_KZ = List.of("Ахметов", "Жумабаев", "Нургалиев", "Сейткалиев", "Абдрахманов",
            "Касымов", "Искаков", "Бекмуратов", "Тулегенов", "Сулейменов", "Омаров", "Кенжебаев", "Мусин", "Ибраев", "Калиев",
            "Утепов", "Садыков", "Байжанов", "Ермеков", "Оспанов", "Жакупов", "Смагулов", "Есенов", "Турсунов", "Аубакиров");
    static final List<String> SURNAMES_RU = List.of("Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев",
            "Новиков", "Морозов", "Волков", "Ким", "Пак", "Шевченко", "Бондаренко");
    /** Patronymics: masculine, feminine. */
    static final List<String[]> PATRONYMICS = List.of(new String[] { "Ерланович", "Ерлановна" },
            new String[] { "Маратович", "Маратовна" }, new String[] { "Серикович", "Сериковна" },
            new String[] { "Болатович", "Болатовна" }, new String[] { "Нурланович", "Нурлановна" },
            new String[] { "Канатович", "Канатовна" }, new String[] { "Амангельдыевич", "Амангельдыевна" },
            new String[] { "Сергеевич", "Сергеевна" }, new String[] { "Александрович", "Александровна" },
            new String[] { "Владимирович", "Владимировна" }, new String[] { "Игоревич", "Игоревна" },
            new String[] { "Викторович", "Викторовна" });

    static final List<String> SPENDING = List.of("Реализация социальных проектов", "Оплата труда сотрудников",
            "Аренда и коммунальные услуги", "Проведение мероприятий", "Материальная помощь нуждающимся",
            "Обучение и семинары", "Административные расходы", "Издательская деятельность");

    private static List<Word> words(String text) {
        return java.util.Arrays.stream(text.split(";")).map(String::strip).map(entry -> {
            // kk and ru may contain spaces: the Latin part is the trailing words starting with an ASCII letter
            String[] tokens = entry.split(" ");
            int n = tokens.length / 3;
            return new Word(String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, n)),
                    String.join(" ", java.util.Arrays.copyOfRange(tokens, n, 2 * n)),
                    String.join(" ", java.util.Arrays.copyOfRange(tokens, 2 * n, 3 * n)));
        }).toList();
    }
}
