package kz.civic.forum.demo;

import java.util.List;
import kz.civic.forum.Multilingual;
import kz.civic.forum.ParticipantCategory;

/**
 * The facts the demo XI Civil Forum is built from. Line numbers (L…) refer to the seed text
 * {@code ../shared/seed/000_8bc8cfb40600f372.txt} (domain-brief §2.2–§2.4); everything without one is an
 * assumption made for the demo and says so. Kazakh and Russian texts are our renderings and need review.
 */
final class DemoVocabulary {

    private DemoVocabulary() {
    }

    /** Motto of the XI Civil Forum (L302). */
    static final Multilingual MOTTO = new Multilingual("Кемел азаматтық қоғам – өркендеген Қазақстанның тірегі",
            "Зрелое гражданское общество – опора процветающего Казахстана",
            "Mature civil society is the pillar of a prosperous Kazakhstan");

    /** The republican forum met in Astana (L522) for two days (L416). */
    static final Multilingual REPUBLICAN_VENUE = new Multilingual("Астана қаласы", "город Астана", "Astana");

    /** Title of the plan (L420). */
    static final Multilingual ACTION_PLAN_TITLE = new Multilingual(
            "ХІ Азаматтық форум ұсынымдарын іске асыру жөніндегі 2024-2025 жылдарға арналған іс-қимыл жоспары",
            "План действий по реализации рекомендаций XI Гражданского форума на 2024-2025 годы",
            "Action Plan for implementation of the recommendations of the XI Civil Forum for 2024-2025");

    /**
     * A theme of recommendations: the issues the seed lists (domain-brief §2.4), the spheres (registry codes, §1.5)
     * and SDGs they touch, the central bodies (registry short names, V3) they are usually addressed to, and the
     * action-plan item that implements them with its indicator.
     */
    record Theme(String key, Multilingual text, List<String> spheres, List<Integer> sdgs, List<String> centralBodies,
            Multilingual item, String unit, int baseline, int target) {
    }

    /*
     * Sources of the themes: ngo-law, grants L406; taxation L400, L406; public-expertise L410; ngo-houses,
     * academic-training L408; procurement-transparency, digital L370; concept-2030 L420, L522; public-councils L769;
     * inclusion L372; local-government L366; sdg L374, L767; youth L358; volunteering L394; crime-prevention L296;
     * staffing L400; international L368.
     */
    static final List<Theme> THEMES = List.of(
            new Theme("ngo-law", new Multilingual(
                    "«Қазақстан Республикасындағы үкіметтік емес ұйымдар туралы» жеке заң қабылдау: ҮЕҰ құрудың оңайлатылған тәртібі және мемлекеттік органдармен диалогтағы ерекше құқықтық мәртебе",
                    "Принять отдельный закон «О неправительственных организациях в Республике Казахстан»: упрощённый порядок создания НПО и особый правовой статус в диалоге с государственными органами",
                    "Adopt a separate Law «On non-governmental organizations in the Republic of Kazakhstan»: a simplified procedure for establishing NGOs and an exclusive legal status in dialogue with government bodies"),
                    List.of("OTHER", "PROTECTION_OF_RIGHTS"), List.of(16, 17), List.of("MoJ", "CCSA MCI"),
                    new Multilingual("ҮЕҰ туралы заң жобасын әзірлеу және Мәжіліске енгізу",
                            "Разработать и внести в Мажилис проект закона о НПО",
                            "Draft the NGO law and submit it to the Majilis"), "stages completed", 0, 4),
            new Theme("taxation", new Multilingual(
                    "Әлеуметтік қызмет көрсететін ҮЕҰ үшін жеңілдетілген салық салуды енгізу",
                    "Ввести льготное налогообложение для НПО, оказывающих социальные услуги",
                    "Introduce preferential taxation for NGOs providing social services: the tax system is an administrative barrier to their growth"),
                    List.of("OTHER"), List.of(8, 17), List.of("MNE"),
                    new Multilingual("ҮЕҰ салық жеңілдіктері бойынша Салық кодексіне түзетулер дайындау",
                            "Подготовить поправки в Налоговый кодекс о льготах для НПО",
                            "Prepare amendments to the Tax Code on relief for NGOs"), "amendments drafted", 0, 3),
            new Theme("public-expertise", new Multilingual(
                    "Халықтың мүддесін қозғайтын нормативтік құқықтық актілердің, тұжырымдамалар мен стратегиялардың жобаларына ҮЕҰ-ның қоғамдық сараптамасын міндетті ету",
                    "Законодательно закрепить обязательную общественную экспертизу НПО проектов нормативных правовых актов, концепций и стратегий, затрагивающих интересы населения",
                    "Make public expertise by NGOs of draft regulatory acts, concepts and strategies affecting the population mandatory; no act is adopted without a positive NGO opinion"),
                    List.of("PROTECTION_OF_RIGHTS"), List.of(16), List.of("MoJ", "CCSA MCI"),
                    new Multilingual("ҮЕҰ-ның қоғамдық сараптамасынан өткен НҚА жобаларының үлесі",
                            "Доля проектов НПА, прошедших общественную экспертизу НПО",
                            "Share of draft regulatory acts examined by NGOs"), "percent", 12, 60),
            new Theme("ngo-houses", new Multilingual(
                    "Өңірлерде жергілікті бюджеттің қолдауымен ҮЕҰ үйлерін құру",
                    "Создать в регионах дома НПО при бюджетной поддержке местных органов",
                    "Create NGO houses in the regions with budget support from the local authorities"),
                    List.of("OTHER"), List.of(11, 17), List.of("CCSA MCI"),
                    new Multilingual("Өңірде ҮЕҰ үйін ашу", "Открыть дом НПО в регионе", "Open an NGO house in the region"),
                    "NGO houses opened", 0, 1),
            new Theme("academic-training", new Multilingual(
                    "Мемлекеттік білім грантларымен азаматтық сектор мамандарын даярлаудың академиялық бағдарламаларын құру",
                    "Создать академические программы подготовки специалистов гражданского сектора с выделением государственных грантов",
                    "Create academic programmes training civil-sector specialists, with state educational grants"),
                    List.of("EDUCATION_SCIENCE_INFORMATION_SPORTS"), List.of(4), List.of("MSHE"),
                    new Multilingual("Азаматтық сектор мамандарына арналған білім беру бағдарламаларын ашу",
                            "Открыть образовательные программы для специалистов гражданского сектора",
                            "Open degree programmes for civil-sector specialists"), "programmes", 0, 5),
            new Theme("grants", new Multilingual(
                    "ҮЕҰ-ны тек мемлекеттік гранттар мен сыйлықақылар нысанында ашық конкурстар арқылы қаржыландыру",
                    "Финансировать НПО исключительно в форме государственных грантов и премий через прозрачные конкурсы",
                    "Finance NGOs exclusively through state grants and awards awarded in transparent competitions"),
                    List.of("OTHER"), List.of(16, 17), List.of("CSCI", "MCI"),
                    new Multilingual("Гранттар конкурстарының нәтижелерін ашық деректер ретінде жариялау",
                            "Публиковать итоги грантовых конкурсов как открытые данные",
                            "Publish grant competition results as open data"), "percent of competitions", 20, 100),
            new Theme("procurement-transparency", new Multilingual(
                    "Мемлекеттік әлеуметтік тапсырыстың ашықтығы мен тиімділігін қамтамасыз ету, бюджеттерді ашық жариялау",
                    "Обеспечить прозрачность и эффективность государственного социального заказа и открытость бюджетов",
                    "Ensure transparency and efficiency of the state social order and open budgets, drawing on international experience"),
                    List.of("OTHER"), List.of(16), List.of("MNE", "MCI"),
                    new Multilingual("Мемлекеттік әлеуметтік тапсырыс порталын іске қосу",
                            "Запустить портал государственного социального заказа",
                            "Launch the state social order portal"), "regions connected", 0, 20),
            new Theme("concept-2030", new Multilingual(
                    "2030 жылға дейінгі Азаматтық қоғамды дамыту тұжырымдамасына өзгерістер мен толықтырулар енгізу",
                    "Внести изменения и дополнения в Концепцию развития гражданского общества до 2030 года",
                    "Amend and supplement the Concept of Civil Society Development until 2030, the plan's main priority"),
                    List.of("OTHER", "SOCIAL_HARMONY_NATIONAL_UNITY"), List.of(16, 17), List.of("MCI", "CCSA MCI"),
                    new Multilingual("Азаматтық қоғамды дамыту тұжырымдамасына өзгерістер жобасын дайындау",
                            "Подготовить проект изменений и дополнений в Концепцию развития гражданского общества",
                            "Draft the amendments and additions to the Concept of Civil Society Development"), "stages completed", 0, 3),
            new Theme("public-councils", new Multilingual(
                    "Қоғамдық кеңестердің мемлекеттік органдардың жұмысына мониторингін күшейту, лауазымды тұлғалардың жауап беруін қамтамасыз ету",
                    "Усилить мониторинг общественными советами работы государственных органов с обязательным ответом должностных лиц",
                    "Strengthen public councils' monitoring of the whole work of state bodies, with officials obliged to respond"),
                    List.of("PROTECTION_OF_RIGHTS"), List.of(16), List.of("MCI", "MIA"),
                    new Multilingual("Қоғамдық кеңестердің ұсыныстарына уақтылы жауаптардың үлесі",
                            "Доля своевременных ответов на рекомендации общественных советов",
                            "Share of public-council findings answered on time"), "percent", 40, 90),
            new Theme("inclusion", new Multilingual(
                    "Инклюзивті мемлекеттік саясат: мүгедектігі бар адамдар мен жергілікті қоғамдастықтарды шешім қабылдауға тарту",
                    "Инклюзивная государственная политика: вовлечение людей с инвалидностью и местных сообществ в принятие решений",
                    "Inclusive public policy: involve persons with disabilities and local communities in decisions"),
                    List.of("SUPPORT_FOR_VULNERABLE_GROUPS"), List.of(10), List.of("MoE", "MCI"),
                    new Multilingual("Қолжетімді ортаны қамтамасыз ететін әлеуметтік жобалар",
                            "Социальные проекты по доступной среде", "Social projects on an accessible environment"),
                    "projects", 10, 40),
            new Theme("local-government", new Multilingual(
                    "Жергілікті өзін-өзі басқару органдарын дамыту және ҮЕҰ-ны жергілікті бюджетті талқылауға тарту",
                    "Развивать органы местного самоуправления и вовлекать НПО в обсуждение местных бюджетов",
                    "Develop local self-government bodies and involve NGOs in local budget hearings"),
                    List.of("OTHER"), List.of(11, 16), List.of("MNE"),
                    new Multilingual("ҮЕҰ қатысатын жергілікті бюджеттік тыңдаулар",
                            "Бюджетные слушания с участием НПО", "Local budget hearings with NGOs"), "hearings", 5, 40),
            new Theme("sdg", new Multilingual(
                    "Тұрақты даму мақсаттарын жергілікті деңгейде азаматтық қоғамның қатысуымен іске асыру",
                    "Локализовать реализацию Целей устойчивого развития с участием гражданского общества",
                    "Localise the Sustainable Development Goals with civil society taking part in their implementation"),
                    List.of("ENVIRONMENTAL_PROTECTION", "OTHER"), List.of(17, 11), List.of("MNE"),
                    new Multilingual("ТДМ бойынша ерікті ұлттық шолуға ҮЕҰ баяндамаларын қосу",
                            "Включить доклады НПО в добровольный национальный обзор ЦУР",
                            "Include NGO reports in the voluntary national SDG review"), "reports", 0, 17),
            new Theme("youth", new Multilingual(
                    "Жастар мен балалар бастамаларын, салауатты өмір салтын және осал топтарды қолдайтын бірлескен әлеуметтік жобаларды кеңейту",
                    "Расширить совместные социальные проекты акиматов и НПО в поддержку молодёжи, детских инициатив и здорового образа жизни",
                    "Expand joint social projects of akimats and NGOs for youth, children's initiatives and a healthy lifestyle"),
                    List.of("EDUCATION_SCIENCE_INFORMATION_SPORTS", "HEALTH_AND_HEALTHY_LIFESTYLE"), List.of(3, 4),
                    List.of("MoE"), new Multilingual("Жастарға арналған бірлескен әлеуметтік жобалар",
                            "Совместные социальные проекты для молодёжи", "Joint social projects for youth"),
                    "projects", 55, 80),
            new Theme("volunteering", new Multilingual(
                    "Еріктілер қызметін қолдау және еріктілердің қызметін есепке алу жүйесін құру",
                    "Поддержать волонтёрскую деятельность и создать учёт услуг, оказываемых волонтёрами",
                    "Support volunteer activity and account for the services volunteers provide to citizens"),
                    List.of("SUPPORT_FOR_VULNERABLE_GROUPS"), List.of(17), List.of("MCI"),
                    new Multilingual("Еріктілер платформасында тіркелген еріктілер",
                            "Волонтёры, зарегистрированные на платформе", "Volunteers registered on the platform"),
                    "thousand volunteers", 200, 400),
            new Theme("crime-prevention", new Multilingual(
                    "ҮЕҰ мен жергілікті қоғамдастықтарды құқық бұзушылықтардың алдын алуға және зорлық-зомбылыққа төзбеушілік ахуалын қалыптастыруға тарту",
                    "Вовлечь НПО и местные сообщества в профилактику правонарушений и формирование атмосферы нетерпимости к насилию",
                    "Involve NGOs and local communities in crime prevention and an atmosphere of intolerance to violence"),
                    List.of("PROTECTION_OF_RIGHTS", "FAMILY_DEMOGRAPHY_GENDER"), List.of(16, 5), List.of("MIA"),
                    new Multilingual("ҮЕҰ қатысатын профилактикалық іс-шаралар",
                            "Профилактические мероприятия с участием НПО", "Prevention events with NGOs"), "events", 100, 300),
            new Theme("staffing", new Multilingual(
                    "ҮЕҰ үшін кәсіби кадрлар даярлау және ҮЕҰ көшбасшыларының біліктілігін арттыру",
                    "Готовить профессиональные кадры для НПО и повышать квалификацию лидеров НПО",
                    "Train professional staff for NGOs and raise the skills of NGO leaders: the sector lacks professional personnel"),
                    List.of("EDUCATION_SCIENCE_INFORMATION_SPORTS"), List.of(4, 8), List.of("MCI", "MSHE"),
                    new Multilingual("Біліктілігін арттырудан өткен ҮЕҰ қызметкерлері",
                            "Работники НПО, прошедшие повышение квалификации", "NGO staff trained"), "people", 0, 2000),
            new Theme("digital", new Multilingual(
                    "ҮЕҰ жұмысында нейрондық желілер мен цифрлық құралдарды қолданудың мүмкіндіктері мен тәуекелдерін зерделеу",
                    "Изучить возможности и риски использования нейросетей и цифровых инструментов в работе НПО",
                    "Study the opportunities and risks of neural networks and digital tools in the work of NGOs"),
                    List.of("EDUCATION_SCIENCE_INFORMATION_SPORTS"), List.of(9), List.of("IC MCI", "MCI"),
                    new Multilingual("ҮЕҰ-ға арналған цифрлық сауаттылық курстары",
                            "Курсы цифровой грамотности для НПО", "Digital skills courses for NGOs"), "courses", 0, 20),
            new Theme("international", new Multilingual(
                    "Әлеуметтік мәселелерді шешу үшін халықаралық ынтымақтастықты дамыту және шетел тәжірибесін тарату",
                    "Развивать международное сотрудничество для решения социальных вопросов и распространять зарубежный опыт",
                    "Develop international cooperation for solving social issues and spread the experience of other countries"),
                    List.of("SOCIAL_HARMONY_NATIONAL_UNITY"), List.of(17), List.of("MCI"),
                    new Multilingual("ҮЕҰ-ның халықаралық серіктестік жобалары",
                            "Международные партнёрские проекты НПО", "International partnership projects of NGOs"),
                    "projects", 3, 15));

    static Theme theme(String key) {
        return THEMES.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    /** A dialogue platform: its title and the theme of the recommendations made there. */
    record Platform(Multilingual title, String theme) {
    }

    /**
     * A regional forum of the XI Civil Forum: region, local sequence number, venue, priority issue (the one issue the
     * region submitted to the republican forum, L356), participants, the theme of its priority issue, its
     * dialogue platforms and the categories of participants the seed names. {@code source} says where the facts
     * come from ("assumed" when the seed has no data for the region: 13 of the 20, domain-brief §2.3).
     */
    record RegionalForumSpec(String region, Multilingual regionName, int sequence, Multilingual venue,
            Multilingual priorityIssue, String theme, int participants, List<ParticipantCategory> namedCategories,
            List<Platform> platforms, String source) {
    }

    private static Multilingual m(String kk, String ru, String en) {
        return new Multilingual(kk, ru, en);
    }

    private static RegionalForumSpec assumed(String region, Multilingual name, Multilingual venue, String theme, int participants) {
        Theme t = theme(theme);
        return new RegionalForumSpec(region, name, 11, venue, t.text(), theme, participants, List.of(), List.of(), "assumed");
    }

    /**
     * The 20 regional forums ("it was decided to hold it in all 20 regions", L300; about 5 thousand participants in
     * total at the regional level, L356: the participants below add up to 5,000). Local sequence numbers: Almaty's
     * XIII (L374), 1 for the Abai region (its first forum, L362) and the other regions created in 2022 (assumed),
     * 11 elsewhere (assumed).
     */
    static final List<RegionalForumSpec> REGIONAL_FORUMS = List.of(
            new RegionalForumSpec("KZ-71", m("Астана қаласы", "город Астана", "Astana"), 11,
                    m("«Астана» халықаралық қаржы орталығы", "Международный финансовый центр «Астана»",
                            "Astana International Financial Centre"),
                    m("Әкімдік пен ҮЕҰ-ның 55 бірлескен әлеуметтік жобасы: білім беру, салауатты өмір салты, жастар, балалар бастамалары, осал топтар",
                            "55 совместных социальных проектов акимата и НПО: образование, здоровый образ жизни, молодёжь, детские инициативы, уязвимые группы",
                            "55 joint social projects of the akimat and NGOs: education, healthy lifestyle, youth, children's initiatives, vulnerable groups"),
                    "youth", 400, List.of(ParticipantCategory.NGO, ParticipantCategory.GOVERNMENT),
                    List.of(new Platform(m("Көпфункционалды орталықтар: азаматтық бастамаларды қолдау",
                            "Многофункциональные центры: поддержка гражданских инициатив",
                            "Multifunctional centres: supporting civil initiatives"), "ngo-houses")),
                    "L358–360: AIFC; >1,000 active NGOs; 55 social projects; >15 multifunctional centres"),
            new RegionalForumSpec("KZ-10", m("Абай облысы", "область Абай", "Abai Region"), 1,
                    m("Семей қаласы, Абай атындағы кітапхана", "город Семей, библиотека имени Абая", "Semey, the Abay Library"),
                    m("Өңірдегі азаматтық қоғамды дамыту", "Развитие гражданского общества в регионе",
                            "Development of civil society in the region"),
                    "concept-2030", 230, List.of(ParticipantCategory.NGO),
                    List.of(new Platform(m("Азаматтық қоғамды дамыту", "Развитие гражданского общества",
                            "Development of civil society"), "concept-2030")),
                    "L362–364: the first civil forum in the Abay region; awards in several nominations; dialogue platforms in the Abay Library"),
            new RegionalForumSpec("KZ-33", m("Жетісу облысы", "область Жетісу", "Jetisu Region"), 1,
                    m("Талдықорған қаласы", "город Талдыкорган", "Taldykorgan"),
                    m("Жергілікті басқару органдарын дамытудың мәселелері мен болашағы",
                            "Проблемы и перспективы развития органов местного управления",
                            "Problems and prospects for development of local government bodies"),
                    "local-government", 300, List.of(ParticipantCategory.NGO, ParticipantCategory.POLITICAL_PARTY,
                            ParticipantCategory.RELIGIOUS_ASSOCIATION, ParticipantCategory.BUSINESS, ParticipantCategory.DEPUTY),
                    List.of(), "L366 (\"Zhetysay region\", read as Jetisu, domain-brief §4.3): participants from all 17 regions and the 3 cities"),
            new RegionalForumSpec("KZ-39", m("Қостанай облысы", "Костанайская область", "Kostanay Region"), 11,
                    m("Қостанай қаласы", "город Костанай", "Kostanay"),
                    m("Әлеуметтік мәселелерді шешу үшін халықаралық ынтымақтастықты дамыту",
                            "Развитие международного сотрудничества для решения социальных вопросов",
                            "Development of international cooperation for solving social issues"),
                    "international", 280, List.of(ParticipantCategory.NGO, ParticipantCategory.FOREIGN_PUBLIC,
                            ParticipantCategory.DIPLOMATIC),
                    List.of(new Platform(m("Әлеуметтік мәселелерді шешу үшін халықаралық ынтымақтастықты дамыту",
                                    "Развитие международного сотрудничества для решения социальных вопросов",
                                    "Development of international cooperation for solving social issues"), "international"),
                            new Platform(m("ҮЕҰ жұмысындағы нейрондық желілер", "Нейросети в работе НПО",
                                    "Neural networks in the work of NGOs"), "digital"),
                            new Platform(m("Мемлекеттік сатып алу және бюджет ашықтығы", "Государственные закупки и прозрачность бюджета",
                                    "Public procurement and budget transparency"), "procurement-transparency")),
                    "L368–370: public of 8 countries, diplomats of Belgium, Great Britain and the Netherlands; three topics"),
            new RegionalForumSpec("KZ-27", m("Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan Region"), 11,
                    m("Орал қаласы", "город Уральск", "Uralsk (Oral)"),
                    m("Инклюзивті мемлекеттік саясат: жергілікті қоғамның үлесі",
                            "Инклюзивная государственная политика: вклад местного общества",
                            "Inclusive public policy: the contribution of local society"),
                    "inclusion", 240, List.of(ParticipantCategory.NGO), List.of(), "L372"),
            new RegionalForumSpec("KZ-75", m("Алматы қаласы", "город Алматы", "Almaty"), 13,
                    m("Алматы қаласы", "город Алматы", "Almaty"),
                    m("Тұрақты даму мақсаттарын іске асыру: заманауи сын-қатерлер және оларды азаматтық қоғамның шешу мүмкіндіктері",
                            "Реализация Целей устойчивого развития: современные вызовы и возможности их решения гражданским обществом",
                            "Implementation of Sustainable Development Goals: modern challenges and opportunities for their solution by civil society"),
                    "sdg", 320, List.of(ParticipantCategory.NGO, ParticipantCategory.GOVERNMENT, ParticipantCategory.BUSINESS),
                    List.of(), "L374: the XIII Regional Civil Forum; more than 300 representatives of NGOs, government and business (city or region unclear, §4.3: the city here)"),
            new RegionalForumSpec("KZ-62", m("Ұлытау облысы", "область Улытау", "Ulytau Region"), 1,
                    m("Жезқазған қаласы", "город Жезказган", "Zhezkazgan"),
                    m("«Еститін мемлекет»: азаматтық қоғам – мемлекет пен халық арасындағы көпір",
                            "«Слышащее государство»: гражданское общество – мост между государством и населением",
                            "The \"Listening\" state: civil society as a bridge between the state and the population"),
                    "public-councils", 150, List.of(ParticipantCategory.NGO), List.of(),
                    "L376: Assem Asankhanova, head of the Civil Alliance of Ulytau region (venue and topic wording assumed from her words)"),
            assumed("KZ-11", m("Ақмола облысы", "Акмолинская область", "Akmola Region"), m("Көкшетау қаласы", "город Кокшетау", "Kokshetau"), "ngo-houses", 210),
            assumed("KZ-15", m("Ақтөбе облысы", "Актюбинская область", "Aktobe Region"), m("Ақтөбе қаласы", "город Актобе", "Aktobe"), "grants", 230),
            assumed("KZ-19", m("Алматы облысы", "Алматинская область", "Almaty Region"), m("Қонаев қаласы", "город Конаев", "Konaev"), "volunteering", 250),
            assumed("KZ-23", m("Атырау облысы", "Атырауская область", "Atyrau Region"), m("Атырау қаласы", "город Атырау", "Atyrau"), "sdg", 220),
            assumed("KZ-31", m("Жамбыл облысы", "Жамбылская область", "Jambyl Region"), m("Тараз қаласы", "город Тараз", "Taraz"), "taxation", 230),
            assumed("KZ-35", m("Қарағанды облысы", "Карагандинская область", "Karaganda Region"), m("Қарағанды қаласы", "город Караганда", "Karaganda"), "staffing", 260),
            assumed("KZ-43", m("Қызылорда облысы", "Кызылординская область", "Kyzylorda Region"), m("Қызылорда қаласы", "город Кызылорда", "Kyzylorda"), "youth", 230),
            assumed("KZ-47", m("Маңғыстау облысы", "Мангистауская область", "Mangystau Region"), m("Ақтау қаласы", "город Актау", "Aktau"), "crime-prevention", 220),
            assumed("KZ-55", m("Павлодар облысы", "Павлодарская область", "Pavlodar Region"), m("Павлодар қаласы", "город Павлодар", "Pavlodar"), "public-expertise", 230),
            assumed("KZ-59", m("Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan Region"), m("Петропавл қаласы", "город Петропавловск", "Petropavl"), "academic-training", 200),
            assumed("KZ-61", m("Түркістан облысы", "Туркестанская область", "Turkistan Region"), m("Түркістан қаласы", "город Туркестан", "Turkistan"), "procurement-transparency", 260),
            assumed("KZ-63", m("Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan Region"), m("Өскемен қаласы", "город Усть-Каменогорск", "Oskemen"), "ngo-law", 240),
            assumed("KZ-79", m("Шымкент қаласы", "город Шымкент", "Shymkent"), m("Шымкент қаласы", "город Шымкент", "Shymkent"), "inclusion", 300));

    /**
     * The republican forum's dialogue platforms: the themes the seed says were discussed there (domain-brief §2.2):
     * the SDGs (L767), public councils (L769), the Concept until 2030 (L522), the President's September 2023 Message
     * (L284, L386).
     */
    static final List<Platform> REPUBLICAN_PLATFORMS = List.of(
            new Platform(m("Тұрақты даму мақсаттары", "Цели устойчивого развития", "Sustainable Development Goals"), "sdg"),
            new Platform(m("Қоғамдық кеңестер", "Общественные советы", "Public councils"), "public-councils"),
            new Platform(m("2030 жылға дейінгі Азаматтық қоғамды дамыту тұжырымдамасы",
                    "Концепция развития гражданского общества до 2030 года",
                    "The Concept of Civil Society Development until 2030"), "concept-2030"),
            new Platform(m("«Әділетті Қазақстанның экономикалық бағдары»", "«Экономический курс Справедливого Казахстана»",
                    "«The Economic Course of Just Kazakhstan»"), "taxation"));

    /**
     * The Abay region's nominations: three named in the seed, "and others" (L362; the last two are assumed).
     * Type per nomination: prize or letter of thanks ("prizes and letters of thanks", L362).
     */
    static final List<Multilingual> ABAI_NOMINATIONS = List.of(
            m("Құқық тәртібі саласындағы үздік үкіметтік емес ұйым", "Лучшая неправительственная организация в сфере правопорядка",
                    "The best non-governmental organization in the field of law and order"),
            m("Еріктілер қызметі саласындағы үздік үкіметтік емес ұйым", "Лучшая неправительственная организация в сфере волонтёрской деятельности",
                    "The best non-governmental organization in the field of volunteer activity"),
            m("Зерттеу саласындағы үздік үкіметтік емес ұйым", "Лучшая неправительственная организация в сфере исследований",
                    "The best non-governmental organization in the field of research"),
            m("Осал топтарды қолдау саласындағы үздік үкіметтік емес ұйым", "Лучшая неправительственная организация в сфере поддержки уязвимых групп",
                    "The best non-governmental organization in the field of support for vulnerable groups"),
            m("Жастар саясаты саласындағы үздік үкіметтік емес ұйым", "Лучшая неправительственная организация в сфере молодёжной политики",
                    "The best non-governmental organization in the field of youth policy"));

    /** Awards at other regional forums (assumed: the seed names the Abay region's only). */
    static final Multilingual SOCIAL_PROJECT_NOMINATION = m("Үздік бірлескен әлеуметтік жоба", "Лучший совместный социальный проект",
            "The best joint social project");

    static final List<String> DECLINE_REASONS = List.of(
            "Already provided for by the current legislation; no separate measure is needed",
            "Outside the competence of the addressed body; forwarded to the Civil Alliance for discussion",
            "Requires budget funding not provided for in 2024-2025; to be reconsidered for the next plan",
            "Duplicates a measure of the Concept of Civil Society Development until 2030");

    static final List<Multilingual> RESPONSES_SUPPORTED = List.of(
            m("Ұсыным қолдау тапты және іс-қимыл жоспарына енгізіледі.", "Рекомендация поддержана и будет включена в План действий.",
                    "The recommendation is supported and will be included in the Action Plan."),
            m("Ұсыным қолдау тапты; жауапты бөлімше айқындалды.", "Рекомендация поддержана; определено ответственное подразделение.",
                    "The recommendation is supported; a responsible unit has been appointed."));

    static final List<Multilingual> RESPONSES_PARTIAL = List.of(
            m("Ұсыным ішінара қолдау тапты: бюджеттік мүмкіндіктер шегінде іске асырылады.",
                    "Рекомендация поддержана частично: будет реализована в пределах бюджетных возможностей.",
                    "Partially supported: to be implemented within the available budget."));

    static final List<Multilingual> RESPONSES_NOT_SUPPORTED = List.of(
            m("Ұсыным қолдау таппады: мәселе қолданыстағы заңнамамен реттелген.",
                    "Рекомендация не поддержана: вопрос урегулирован действующим законодательством.",
                    "Not supported: the matter is already regulated by the current legislation."));

    static final List<Multilingual> ASSESSMENT_COMMENTS = List.of(
            m("Азаматтық альянстың мониторингі бойынша бағалау.", "Оценка по итогам мониторинга Гражданского альянса.",
                    "Assessment from the Civil Alliance's monitoring."),
            m("Өңірлік ҮЕҰ-лардың пікірлері негізінде.", "На основе отзывов региональных НПО.", "Based on the feedback of regional NGOs."));
}
