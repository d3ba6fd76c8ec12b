package kz.civic.registry.demo;

import java.time.LocalDate;
import java.util.List;
import kz.civic.registry.LegalForm;

/**
 * The organisations the seed names (domain-brief §1.11), with their real names and the spellings
 * the text uses as aliases. Where the seed gives no legal form, region or date, the value here is an
 * assumption of the demo (marked "assumed"); people are never the real ones (demo persons are
 * generated), and contacts are only given where the seed prints them (the Civil Alliance, L40–48).
 */
final class NamedOrganisations {

    private NamedOrganisations() {
    }

    /** One named organisation. {@code key} identifies it in tests; {@code legacy} records have no BIN. */
    record Named(String key, String ru, String kk, String en, String shortName, List<String> aliases, LegalForm form,
            String region, String settlement, LocalDate registered, List<String> spheres, boolean legacy) {
    }

    static final String CIVIL_ALLIANCE = "civil-alliance";
    static final String BUREAU = "kibhr";

    static final List<Named> ALL = List.of(
            new Named(CIVIL_ALLIANCE, "Объединение юридических лиц в форме ассоциации «Гражданский альянс Казахстана»",
                    "«Қазақстанның Азаматтық Альянсы» қауымдастық нысанындағы заңды тұлғалар бірлестігі",
                    "Association of Legal Entities «Civil Alliance of Kazakhstan»", "ГАК",
                    List.of("Civil Alliance of Kazakhstan", "CAK", "Civic Alliance", "Republican Civic Alliance",
                            "Гражданский альянс Казахстана"),
                    LegalForm.ASSOCIATION_OF_LEGAL_ENTITIES, "KZ-71", "Астана", LocalDate.of(2005, 7, 29),
                    List.of("OTHER", "SOCIAL_HARMONY_NATIONAL_UNITY"), false),
            new Named("civil-alliance-mangystau", "Объединение юридических лиц «Гражданский альянс Мангистауской области»",
                    "«Маңғыстау облысының Азаматтық Альянсы» заңды тұлғалар бірлестігі",
                    "ALE «Civil Alliance of the Mangystau region»", null, List.of("Civil Alliance of Mangystau"),
                    LegalForm.ASSOCIATION_OF_LEGAL_ENTITIES, "KZ-47", "Актау", LocalDate.of(2005, 9, 14), List.of("OTHER"), false),
            // form and date assumed: the region exists from 2022-06-08
            new Named("civil-alliance-ulytau", "Объединение юридических лиц «Гражданский альянс области Улытау»",
                    "«Ұлытау облысының Азаматтық Альянсы» заңды тұлғалар бірлестігі", "Civil Alliance of Ulytau region", null,
                    List.of("Civil Alliance of Ulytau"), LegalForm.ASSOCIATION_OF_LEGAL_ENTITIES, "KZ-62", "Жезказган",
                    LocalDate.of(2022, 9, 20), List.of("OTHER"), false),
            // date assumed
            new Named("aeok", "Объединение юридических лиц «Ассоциация экологических организаций Казахстана»",
                    "«Қазақстанның экологиялық ұйымдары қауымдастығы» заңды тұлғалар бірлестігі",
                    "ALE «Association of Environmental Organizations of Kazakhstan»", "АЭОК", List.of("AEOK"),
                    LegalForm.ASSOCIATION_OF_LEGAL_ENTITIES, "KZ-71", "Астана", LocalDate.of(2004, 3, 15),
                    List.of("ENVIRONMENTAL_PROTECTION"), false),
            // form assumed (public association); 30th anniversary in 2023
            new Named(BUREAU, "Общественное объединение «Казахстанское международное бюро по правам человека и соблюдению законности»",
                    "«Адам құқықтары және заңдылықты сақтау жөніндегі Қазақстан халықаралық бюросы» қоғамдық бірлестігі",
                    "Kazakhstan International Bureau for Human Rights and Rule of Law", "КМБПЧиСЗ",
                    List.of("KIBHR", "Kazakhstan Bureau for Human Rights", "Казахстанское бюро по правам человека"),
                    LegalForm.PUBLIC_ASSOCIATION, "KZ-75", "Алматы", LocalDate.of(1993, 7, 20), List.of("PROTECTION_OF_RIGHTS"),
                    false),
            // region assumed
            new Named("charter", "Общественный фонд «Хартия за права человека»", "«Адам құқықтары хартиясы» қоғамдық қоры",
                    "Charter for Human Rights Public Foundation", null, List.of("Charter for Human Rights"),
                    LegalForm.PUBLIC_FOUNDATION, "KZ-71", "Астана", LocalDate.of(2006, 1, 1),
                    List.of("PROTECTION_OF_RIGHTS", "SUPPORT_FOR_VULNERABLE_GROUPS"), false),
            // region and date assumed
            new Named("kadir-kasiyet", "Общественное объединение «Кадир-касиет»", "«Қадір-қасиет» қоғамдық бірлестігі",
                    "Public Association «Kadir-kasiyet»", null, List.of("Kadir-kasiet"), LegalForm.PUBLIC_ASSOCIATION, "KZ-75",
                    "Алматы", LocalDate.of(1999, 5, 12), List.of("PROTECTION_OF_RIGHTS"), false),
            // form, region and date assumed
            new Named("aman-sauilyk", "Общественный фонд «Аман-саулык»", "«Аман-саулық» қоғамдық қоры",
                    "Public Foundation «Aman-sauilyk»", null, List.of("Aman-saulyk"), LegalForm.PUBLIC_FOUNDATION, "KZ-75",
                    "Алматы", LocalDate.of(1996, 11, 5), List.of("PROTECTION_OF_RIGHTS", "HEALTH_AND_HEALTHY_LIFESTYLE"), false),
            // an informal association in the 1980s: a legacy record without BIN here (date assumed)
            new Named("helsinki", "Алматинская Хельсинкская группа", "Алматы Хельсинки тобы", "Almaty Helsinki Group", null,
                    List.of("Алма-Атинская Хельсинкская группа"), LegalForm.OTHER, "KZ-75", "Алматы", LocalDate.of(1989, 10, 2),
                    List.of("PROTECTION_OF_RIGHTS"), true),
            // form, region and date assumed (founded after a 2000 trip)
            new Named("shyrak", "Ассоциация женщин-инвалидов «Шырак»", "«Шырақ» мүгедек әйелдер қауымдастығы",
                    "'Shyrak' Association of Women with Disabilities", null, List.of("Shyraq"), LegalForm.PUBLIC_ASSOCIATION,
                    "KZ-75", "Алматы", LocalDate.of(2001, 3, 15),
                    List.of("SUPPORT_FOR_VULNERABLE_GROUPS", "FAMILY_DEMOGRAPHY_GENDER"), false),
            // independent since 2011; Shelek, Yenbekshikazakh district
            new Named("flc", "Общественный фонд «Фонд местных сообществ»", "«Жергілікті қауымдастықтар қоры» қоғамдық қоры",
                    "Public Foundation «Foundation of Local Communities»", "FLC",
                    List.of("Fund of Local Communities", "Foundation of Local Communities"), LegalForm.PUBLIC_FOUNDATION, "KZ-19",
                    "Шелек", LocalDate.of(2011, 2, 14),
                    List.of("OTHER", "SUPPORT_FOR_VULNERABLE_GROUPS", "EDUCATION_SCIENCE_INFORMATION_SPORTS"), false),
            // revived about 2021-22 (date assumed)
            new Named("ccim", "Общественный фонд «Центр гражданских инициатив Мангистау»",
                    "«Маңғыстау азаматтық бастамалар орталығы» қоғамдық қоры",
                    "Public Foundation «Center for Civil Initiatives of Mangystau»", null,
                    List.of("Center for Civil Initiatives of Mangystau"), LegalForm.PUBLIC_FOUNDATION, "KZ-47", "Актау",
                    LocalDate.of(2021, 11, 10), List.of("OTHER"), false),
            // the seed's spelling "Zhastar zhetikteri" kept as an alias (date assumed: before 1997)
            new Named("zhastar", "Общественный фонд «Жастар жетістіктері»", "«Жастар жетістіктері» қоғамдық қоры",
                    "Public Foundation «Zhastar zhetikteri» (Achievements of the youth)", null,
                    List.of("Zhastar zhetikteri", "Achievements of the youth"), LegalForm.PUBLIC_FOUNDATION, "KZ-75", "Алматы",
                    LocalDate.of(1995, 9, 18), List.of("EDUCATION_SCIENCE_INFORMATION_SPORTS"), false),
            new Named("ant", "Общественное объединение «Ант»", "«Ант» қоғамдық бірлестігі", "Public Association «Ant» (Oath)",
                    null, List.of("Oath"), LegalForm.PUBLIC_ASSOCIATION, "KZ-75", "Алматы", LocalDate.of(1993, 4, 12),
                    List.of("EDUCATION_SCIENCE_INFORMATION_SPORTS", "HISTORICAL_CULTURAL_HERITAGE"), false),
            new Named("uwil", "Общественное объединение «Союз женщин интеллектуального труда»",
                    "«Зияткерлік еңбек әйелдерінің одағы» қоғамдық бірлестігі", "Union of Women of Intellectual Labor", null,
                    List.of(), LegalForm.PUBLIC_ASSOCIATION, "KZ-75", "Алматы", LocalDate.of(1996, 3, 6),
                    List.of("FAMILY_DEMOGRAPHY_GENDER"), false),
            new Named("yerazamat", "Общественное объединение «Еразамат»", "«Еразамат» қоғамдық бірлестігі",
                    "Public Association «Yerazamat»", null, List.of("Erazamat"), LegalForm.PUBLIC_ASSOCIATION, "KZ-75", "Алматы",
                    LocalDate.of(2003, 5, 20), List.of("OTHER"), false),
            new Named("ariptes", "Объединение юридических лиц «Алматинская конфедерация неправительственных организаций «Әріптес»»",
                    "«Әріптес» Алматы үкіметтік емес ұйымдар конфедерациясы",
                    "Almaty Confederation of Non-Governmental Organizations «Ariptes»", "АКНПО «Әріптес»",
                    List.of("ACNGO Ariptes", "Ариптес"), LegalForm.ASSOCIATION_OF_LEGAL_ENTITIES, "KZ-75", "Алматы",
                    LocalDate.of(2004, 4, 8), List.of("OTHER"), false),
            // form, region and date assumed
            new Named("abwk", "Общественное объединение «Ассоциация деловых женщин Казахстана»",
                    "«Қазақстанның іскер әйелдер қауымдастығы» қоғамдық бірлестігі", "Association of Business Women of Kazakhstan",
                    "АДЖК", List.of(), LegalForm.PUBLIC_ASSOCIATION, "KZ-75", "Алматы", LocalDate.of(1995, 5, 12),
                    List.of("FAMILY_DEMOGRAPHY_GENDER", "OTHER"), false),
            new Named("aea", "Общественное объединение «Ассоциация предпринимателей Астаны»",
                    "«Астана кәсіпкерлер қауымдастығы» қоғамдық бірлестігі", "Association of Entrepreneurs of Astana", null,
                    List.of(), LegalForm.PUBLIC_ASSOCIATION, "KZ-71", "Астана", LocalDate.of(2003, 2, 17),
                    List.of("PROTECTION_OF_RIGHTS", "OTHER"), false),
            // form, region and date assumed
            new Named("dentists", "Общественное объединение «Экспертное сообщество стоматологов»",
                    "«Стоматологтардың сараптамалық қоғамдастығы» қоғамдық бірлестігі", "Expert Community of Dentists", null,
                    List.of(), LegalForm.PUBLIC_ASSOCIATION, "KZ-71", "Астана", LocalDate.of(2015, 4, 6),
                    List.of("HEALTH_AND_HEALTHY_LIFESTYLE", "EDUCATION_SCIENCE_INFORMATION_SPORTS"), false),
            // form and date assumed
            new Named("keleshek", "Частное учреждение «Психологический центр «Келешек»»",
                    "«Келешек» психологиялық орталығы жеке мекемесі", "Keleshek Psychological Center", null, List.of(),
                    LegalForm.INSTITUTION, "KZ-71", "Астана", LocalDate.of(2012, 9, 3),
                    List.of("FAMILY_DEMOGRAPHY_GENDER", "HEALTH_AND_HEALTHY_LIFESTYLE"), false),
            // a social movement (a kind of public association); legacy record without BIN (date assumed)
            new Named("nevada", "Международное антиядерное движение «Невада-Семипалатинск»",
                    "«Невада-Семей» халықаралық ядролық қаруға қарсы қозғалысы",
                    "«Nevada-Semipalatinsk» International Antinuclear Movement", null, List.of("Nevada-Semey", "Невада-Семей"),
                    LegalForm.PUBLIC_ASSOCIATION, "KZ-75", "Алматы", LocalDate.of(1990, 3, 1),
                    List.of("ENVIRONMENTAL_PROTECTION", "HEALTH_AND_HEALTHY_LIFESTYLE"), true));

    /** The regions with a branch of the Bureau ("branches in 12 regions", L680; which 12 is assumed). */
    static final List<String> BUREAU_BRANCH_REGIONS = List.of("KZ-71", "KZ-79", "KZ-35", "KZ-43", "KZ-47", "KZ-23",
            "KZ-27", "KZ-15", "KZ-39", "KZ-55", "KZ-63", "KZ-31");
}
