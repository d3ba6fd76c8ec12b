package kz.civic.procurement.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.web.LocalizedText;
import kz.civic.procurement.CallStatus;
import kz.civic.procurement.Instrument;
import kz.civic.procurement.PlanLevel;

/**
 * What the demo funds, fixed in code (no clock, no randomness): for 2024 and 2025 five approved plans
 * (state social order of the Committee on Civil Society Affairs, state grants of the grant operator, the NGO
 * award of the Ministry of Culture and Information, regional state social order of Almaty's and Karaganda
 * region's internal-policy departments) and seven calls per year. Customers are the registry's seeded
 * government bodies (fixed ids of its V3 migration); a body missing from the replica is replaced by the
 * first body of the same level and region. Amounts are in KZT; grant amounts are chosen in MCI of the year.
 */
final class DemoScript {

    static final List<Integer> YEARS = List.of(2024, 2025);
    /** MCI in KZT per year (the procurement reference data, V3). */
    static final int MCI_2024 = 3_692;
    static final int MCI_2025 = 3_932;

    static final UUID CIVIL_SOCIETY_COMMITTEE = UUID.fromString("23fe81b5-7eb6-507c-ab06-26ea4ec31ab6");
    static final UUID GRANT_OPERATOR = UUID.fromString("fdd5de77-7325-540d-9ab7-f01ee377bb4d");
    static final UUID MINISTRY_OF_CULTURE_AND_INFORMATION = UUID.fromString("b50310c4-84e2-544e-947c-466cce71ce54");
    static final UUID ALMATY_INTERNAL_POLICY = UUID.fromString("fd32363b-45d2-591f-8043-c6840518be67");
    static final UUID KARAGANDA_INTERNAL_POLICY = UUID.fromString("a2e22544-3195-5c50-a3d8-fa68c7c93ed4");

    /** Why a demo applicant is expected to be refused; the eligibility code says so itself. */
    enum Misfit {
        /** a SUSPENDED NGO (NGO_ACTIVE) */
        SUSPENDED,
        /** an NGO that has not filed its NGO-Database report (REPORT_FILED) */
        NO_REPORT,
        /** a religious association (LEGAL_FORM_ELIGIBLE) */
        INELIGIBLE_FORM,
        /** an NGO registered in another region (REGION_MATCH; regional calls) */
        OTHER_REGION,
        /** an NGO working in none of the call's spheres (SPHERE_MATCH) */
        OTHER_SPHERE,
        /** a request above the call's budget or band (AMOUNT_IN_BAND) */
        OVER_AMOUNT,
        /** an institutional-development share above 10% (INSTITUTIONAL_SHARE; grants) */
        INSTITUTIONAL_SHARE
    }

    record Plan(String key, int year, Instrument instrument, PlanLevel level, UUID customer, String regionCode,
            long budgetKzt, LocalizedText title) {
    }

    record Criterion(String code, LocalizedText name, int weight) {
    }

    /**
     * A call: {@code eligible} applicants that pass every rule (fewer when the replica has fewer), {@code misfits}
     * that the rules refuse (each skipped when the replica has no such NGO),
     * requests between {@code minRequest} and {@code maxRequest} KZT, and the status the demo leaves it in.
     */
    record Call(String key, Plan plan, LocalizedText title, List<String> spheres, long amountKzt, String grantBand,
            Integer durationMonths, LocalDate opensOn, LocalDate closesOn, List<Criterion> criteria, int eligible,
            List<Misfit> misfits, long minRequest, long maxRequest, CallStatus target) {
    }

    private static final List<Criterion> SERVICE_CRITERIA = List.of(
            new Criterion("RELEVANCE", text("Жобаның өзектілігі", "Актуальность проекта", "Relevance"), 40),
            new Criterion("EXPERIENCE", text("Ұйымның тәжірибесі", "Опыт организации", "Experience"), 30),
            new Criterion("BUDGET", text("Бюджеттің негізділігі", "Обоснованность бюджета", "Budget"), 30));
    private static final List<Criterion> GRANT_CRITERIA = List.of(
            new Criterion("RELEVANCE", text("Жобаның өзектілігі", "Актуальность проекта", "Relevance"), 30),
            new Criterion("RESULTS", text("Күтілетін нәтижелер", "Ожидаемые результаты", "Expected results"), 30),
            new Criterion("CAPACITY", text("Ұйымның әлеуеті", "Потенциал организации", "Capacity"), 20),
            new Criterion("BUDGET", text("Бюджеттің негізділігі", "Обоснованность бюджета", "Budget"), 20));
    private static final List<Criterion> AWARD_CRITERIA = List.of(
            new Criterion("IMPACT", text("Қоғамға ықпалы", "Вклад в развитие общества", "Social impact"), 60),
            new Criterion("RECOGNITION", text("Қоғамдық мойындау", "Общественное признание", "Recognition"), 40));

    private DemoScript() {
    }

    static List<Plan> plans() {
        List<Plan> plans = new ArrayList<>();
        for (int year : YEARS) {
            boolean first = year == 2024;
            plans.add(new Plan("sso-central-" + year, year, Instrument.STATE_SOCIAL_ORDER, PlanLevel.CENTRAL,
                    CIVIL_SOCIETY_COMMITTEE, null, first ? 300_000_000L : 320_000_000L,
                    text(year + " жылғы мемлекеттік әлеуметтік тапсырыс", "Государственный социальный заказ на " + year
                            + " год", "State social order " + year)));
            plans.add(new Plan("grants-central-" + year, year, Instrument.STATE_GRANT, PlanLevel.CENTRAL, GRANT_OPERATOR,
                    null, first ? 400_000_000L : 450_000_000L, text(year + " жылғы мемлекеттік гранттар",
                            "Государственные гранты на " + year + " год", "State grants " + year)));
            plans.add(new Plan("award-central-" + year, year, Instrument.NGO_AWARD, PlanLevel.CENTRAL,
                    MINISTRY_OF_CULTURE_AND_INFORMATION, null, 20_000L * mci(year), text(year + " жылғы ҮЕҰ сыйлығы",
                            "Премия для НПО " + year + " года", "NGO award " + year)));
            plans.add(new Plan("sso-almaty-" + year, year, Instrument.STATE_SOCIAL_ORDER, PlanLevel.REGIONAL,
                    ALMATY_INTERNAL_POLICY, "KZ-75", first ? 120_000_000L : 130_000_000L,
                    text("Алматы қаласы: " + year + " жылғы әлеуметтік тапсырыс", "г. Алматы: социальный заказ на " + year
                            + " год", "Almaty: state social order " + year)));
            plans.add(new Plan("sso-karaganda-" + year, year, Instrument.STATE_SOCIAL_ORDER, PlanLevel.REGIONAL,
                    KARAGANDA_INTERNAL_POLICY, "KZ-35", first ? 60_000_000L : 65_000_000L,
                    text("Қарағанды облысы: " + year + " жылғы әлеуметтік тапсырыс", "Карагандинская область: социальный "
                            + "заказ на " + year + " год", "Karaganda region: state social order " + year)));
        }
        return plans;
    }

    /** The calls of every plan, in the order they are created. */
    static List<Call> calls(List<Plan> plans) {
        List<Call> calls = new ArrayList<>();
        for (Plan p : plans) {
            int y = p.year();
            boolean first = y == 2024;
            long mci = mci(y);
            CallStatus done = first ? CallStatus.CLOSED : CallStatus.AWARDED;
            switch (p.key().substring(0, p.key().lastIndexOf('-'))) {
                case "sso-central" -> {
                    calls.add(new Call("vulnerable-" + y, p, text("Әлеуметтік осал топтарды қолдау", "Поддержка социально "
                            + "уязвимых групп населения", "Support for vulnerable groups"), List.of("SUPPORT_FOR_VULNERABLE_GROUPS"),
                            150_000_000L, null, null, LocalDate.of(y, 2, 1), LocalDate.of(y, 2, 29 - (first ? 0 : 1)),
                            SERVICE_CRITERIA, 6, List.of(Misfit.SUSPENDED, Misfit.NO_REPORT, Misfit.OVER_AMOUNT),
                            20_000_000L, 40_000_000L, done));
                    calls.add(new Call("families-" + y, p, text("Отбасы және балалар", "Семья и дети", "Families and children"),
                            List.of("FAMILY_DEMOGRAPHY_GENDER", "ORPHANS_AND_FAMILIES_WITH_CHILDREN"), 120_000_000L, null, null,
                            LocalDate.of(y, 3, 1), LocalDate.of(y, 3, 25), SERVICE_CRITERIA, 5,
                            List.of(Misfit.NO_REPORT, Misfit.OTHER_SPHERE), 20_000_000L, 35_000_000L,
                            first ? CallStatus.CLOSED : CallStatus.OPEN));
                }
                case "grants-central" -> {
                    calls.add(new Call("youth-grants-" + y, p, text("Жастар бастамалары", "Молодёжные инициативы",
                            "Youth initiatives"), List.of("EDUCATION_SCIENCE_INFORMATION_SPORTS"), 60_000_000L, "SHORT_TERM", 9,
                            LocalDate.of(y, 4, 1), LocalDate.of(y, 4, 25), GRANT_CRITERIA, 8,
                            List.of(Misfit.INSTITUTIONAL_SHARE, Misfit.OVER_AMOUNT, Misfit.NO_REPORT),
                            1_500L * mci, 3_000L * mci, done));
                    calls.add(new Call("rights-grants-" + y, p, text("Азаматтардың құқықтарын қорғау", "Защита прав граждан",
                            "Protection of citizens' rights"), List.of("PROTECTION_OF_RIGHTS"), 150_000_000L, "MEDIUM_TERM", 18,
                            LocalDate.of(y, 5, 2), LocalDate.of(y, 5, 31), GRANT_CRITERIA, 6,
                            List.of(Misfit.SUSPENDED, Misfit.OTHER_SPHERE), 4_000L * mci, 10_000L * mci, done));
                }
                case "award-central" -> calls.add(new Call("ngo-award-" + y, p, text("ҮЕҰ сыйлығы " + y, "Премия для НПО "
                        + y, "NGO award " + y), List.of(), 20_000L * mci, null, null, LocalDate.of(y, 6, 3),
                        LocalDate.of(y, 7, 3), AWARD_CRITERIA, 12, List.of(Misfit.INELIGIBLE_FORM, Misfit.SUSPENDED),
                        2_000L * mci, 2_000L * mci, done));
                case "sso-almaty" -> calls.add(new Call("almaty-health-" + y, p, text("Алматы: салауатты өмір салты",
                        "Алматы: здоровый образ жизни", "Almaty: healthy lifestyle"),
                        List.of("HEALTH_AND_HEALTHY_LIFESTYLE", "SUPPORT_FOR_VULNERABLE_GROUPS"), 100_000_000L, null, null,
                        LocalDate.of(y, 2, 15), LocalDate.of(y, 3, 15), SERVICE_CRITERIA, 5,
                        List.of(Misfit.OTHER_REGION, Misfit.NO_REPORT), 15_000_000L, 30_000_000L,
                        first ? CallStatus.CLOSED : CallStatus.UNDER_REVIEW));
                case "sso-karaganda" -> calls.add(new Call("karaganda-ecology-" + y, p, text("Қарағанды: экология",
                        "Караганда: экология", "Karaganda: ecology"), List.of("ENVIRONMENTAL_PROTECTION"), 50_000_000L, null,
                        null, LocalDate.of(y, 3, 1), LocalDate.of(y, 3, 31), SERVICE_CRITERIA, first ? 0 : 3,
                        List.of(Misfit.OTHER_REGION, Misfit.OTHER_SPHERE), 10_000_000L, 20_000_000L,
                        first ? CallStatus.FAILED : CallStatus.AWARDED));
                default -> throw new IllegalStateException(p.key());
            }
        }
        return calls;
    }

    static long mci(int year) {
        return year == 2024 ? MCI_2024 : MCI_2025;
    }

    static LocalizedText text(String kk, String ru, String en) {
        return new LocalizedText(kk, ru, en);
    }
}
