package kz.civic.registry.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import kz.civic.platform.identity.CheckDigit;
import kz.civic.registry.LegalForm;
import kz.civic.registry.Ngo;
import kz.civic.registry.NgoPerson;
import kz.civic.registry.NgoStatus;
import kz.civic.registry.NgoStatusChange;
import kz.civic.platform.search.SearchKey;
import kz.civic.registry.demo.DemoVocabulary.FormWords;
import kz.civic.registry.demo.DemoVocabulary.RegionInfo;
import kz.civic.registry.demo.DemoVocabulary.Theme;
import kz.civic.registry.demo.DemoVocabulary.Weighted;
import kz.civic.registry.demo.DemoVocabulary.Word;
import kz.civic.registry.demo.NamedOrganisations.Named;
import kz.civic.registry.reference.service.RegionService;
import kz.civic.registry.report.NgoReport;
import kz.civic.registry.report.ReportContent;
import kz.civic.platform.security.IinHasher;

/**
 * Generates the demo register: the NGO sector of Kazakhstan "as of April 2023" (gov.kz figures in
 * domain-brief §1.1, §1.2, §1.6), with the organisations the seed names (§1.11). Pure and
 * deterministic: a fixed seed, no clock, no I/O; the same {@link IinHasher} salt gives the same
 * output byte for byte.
 *
 * <p>What it reproduces exactly: 23,335 NGOs; by status ACTIVE 18,204, INACTIVE 2,217, SUSPENDED
 * 1,103, LIQUIDATING 68 and REGISTERED 1,743 = the 1,742 legacy records without BIN (flagged
 * {@code legacy}) plus one registration of April 2023; by region Almaty 5,017, Astana 3,554, Shymkent
 * 1,512, Karaganda region 1,237, Kyzylorda region 1,217 (the other regions invented plausibly);
 * 5,191 reports for 2022 filed on time. Registrations follow the seed's series (about 100 by 1991,
 * 1,500 by 1997, 3,500 by 2003) with +8.6% in 2022 and 23,335 by {@link #AS_OF}.
 */
public final class DemoDataGenerator {

    /** The snapshot date: the gov.kz breakdown is "as of April 2023". */
    public static final LocalDate AS_OF = LocalDate.of(2023, 4, 28);
    public static final long SEED = 20_230_428L;
    public static final int TOTAL = 23_335;
    public static final int LEGACY = 1_742;
    public static final int ON_TIME_2022 = 5_191;
    /** Actor of the demo's history entries and report revisions. */
    public static final String ACTOR = "demo-data";
    /** The id of the first demo NGO (the Civil Alliance of Kazakhstan): its presence means the data is loaded. */
    public static final UUID MARKER_ID = ngoId(0);

    public static final Map<NgoStatus, Integer> STATUS_COUNTS = orderedMap(NgoStatus.ACTIVE, 18_204, NgoStatus.INACTIVE,
            2_217, NgoStatus.SUSPENDED, 1_103, NgoStatus.LIQUIDATING, 68, NgoStatus.REGISTERED, 1_743);

    /** NGOs per region: the five the seed gives, the rest invented. Abai, Jetisu and Ulytau only since 2022-06-08. */
    public static final Map<String, Integer> REGION_COUNTS = orderedMap("KZ-75", 5_017, "KZ-71", 3_554, "KZ-79", 1_512,
            "KZ-35", 1_237, "KZ-43", 1_217, "KZ-19", 1_400, "KZ-61", 1_150, "KZ-63", 1_100, "KZ-55", 880, "KZ-15", 850,
            "KZ-31", 850, "KZ-39", 810, "KZ-27", 760, "KZ-11", 755, "KZ-47", 718, "KZ-59", 640, "KZ-23", 620, "KZ-10", 120,
            "KZ-33", 100, "KZ-62", 45);

    /** Regions formed on 2022-06-08 (V2): no NGO registered there earlier. */
    static final LocalDate NEW_REGIONS_FROM = LocalDate.of(2022, 6, 8);
    static final Set<String> NEW_REGIONS = Set.of("KZ-10", "KZ-33", "KZ-62");

    /** Cumulative registrations at the end of each anchor year (the last anchor is {@link #AS_OF}). */
    private static final int[][] ANCHORS = { { 1988, 10 }, { 1989, 30 }, { 1990, 60 }, { 1991, 100 }, { 1997, 1_500 },
            { 2003, 3_500 }, { 2021, 20_935 }, { 2022, 22_735 }, { 2023, TOTAL } };

    /** Reports filed per year (all, on time); 2022 on time is the gov.kz figure. */
    private static final int[][] REPORTS = { { 2016, 3_300, 2_450 }, { 2017, 3_800, 2_950 }, { 2018, 4_700, 3_900 },
            { 2019, 5_100, 4_350 }, { 2020, 5_150, 4_250 }, { 2021, 5_600, 4_800 }, { 2022, 5_470, ON_TIME_2022 } };

    private static final int BRANCHES = 330;
    private static final int PARTIES = 7;
    private static final int DIRECT_ALLIANCE_MEMBERS = 180;
    private static final int REGIONAL_ALLIANCE_MEMBERS = 20;

    private final Random rnd = new Random(SEED);
    private final IinHasher iins;
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, Integer> binSerials = new LinkedHashMap<>();
    private final List<NgoPerson> people = new ArrayList<>();
    private final Set<String> usedIins = new HashSet<>();
    private final Map<String, UUID> named = new LinkedHashMap<>();
    private final List<NgoStatusChange> statusChanges = new ArrayList<>();
    private final List<DemoData.Report> reports = new ArrayList<>();
    private final List<DemoData.Revision> revisions = new ArrayList<>();
    private final List<DemoData.Membership> memberships = new ArrayList<>();

    private DemoDataGenerator(IinHasher iins) {
        this.iins = iins;
    }

    /** The demo register; persons' IIN hashes use {@code iins} (the deployment's salt). */
    public static DemoData generate(IinHasher iins) {
        return new DemoDataGenerator(iins).run();
    }

    /** The id of the demo NGO with this index (stable across runs). */
    public static UUID ngoId(int index) {
        return uuid("ngo/" + index);
    }

    // --------------------------------------------------------------------------------------------
    // Working state of one NGO
    // --------------------------------------------------------------------------------------------

    private static final class Draft {
        int index;
        LocalDate registered;
        String region;
        boolean legacy;
        NgoStatus status = NgoStatus.ACTIVE;
        LegalForm form;
        Named namedSpec;
        String key;
        Draft parent;
        char attribute = '0';
        /** Name without the legal form, per language (null when the language is absent). */
        String coreRu;
        String coreKk;
        String coreEn;
        Ngo ngo;
        /** Last day the NGO was active with no lasting change after it (null: active now). */
        LocalDate activeUntil;
        double diligence;
        double punctuality;
        final List<Event> events = new ArrayList<>();

        boolean generic() {
            return namedSpec == null && key == null;
        }
    }

    /** A change of the NGO at a moment: a status change, or a report revision (change == null). */
    private record Event(OffsetDateTime at, NgoStatusChange change) {
    }

    // --------------------------------------------------------------------------------------------

    private DemoData run() {
        fixedOrganisations();
        genericOrganisations();
        assignLegacyAndNewRegistration();
        assignRegions();
        assignStatuses();
        assignLegalFormsAndBranches();
        drafts.sort(Comparator.comparingInt(d -> d.index));
        for (Draft d : drafts) {
            buildNgo(d);
        }
        for (Draft d : drafts) {
            statusTimeline(d);
        }
        fileReports();
        for (Draft d : drafts) {
            applyVersions(d);
        }
        memberships();
        List<Ngo> ngos = drafts.stream().map(d -> d.ngo).toList();
        return new DemoData(ngos, statusChanges, reports, revisions, memberships, Collections.unmodifiableMap(named));
    }

    /** The named organisations, the regional Civil Alliances and the Bureau's 12 branches. */
    private void fixedOrganisations() {
        for (Named n : NamedOrganisations.ALL) {
            Draft d = newDraft(n.registered());
            d.namedSpec = n;
            d.key = n.key();
            d.region = n.region();
            d.legacy = n.legacy();
            d.status = n.legacy() ? NgoStatus.REGISTERED : NgoStatus.ACTIVE;
            d.form = n.form();
        }
        for (RegionInfo r : DemoVocabulary.REGIONS) {
            if (r.code().equals("KZ-47") || r.code().equals("KZ-62")) {
                continue; // named ones
            }
            LocalDate registered = switch (r.code()) {
                case "KZ-79" -> between(LocalDate.of(2018, 9, 1), LocalDate.of(2018, 12, 20));
                case "KZ-10", "KZ-33" -> between(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 10, 31));
                default -> between(LocalDate.of(2005, 8, 15), LocalDate.of(2005, 12, 20));
            };
            Draft d = newDraft(registered);
            d.key = "civil-alliance-" + r.code();
            d.region = r.code();
            d.form = LegalForm.ASSOCIATION_OF_LEGAL_ENTITIES;
            d.coreRu = "Гражданский альянс " + r.ruGenitive();
            d.coreKk = r.kkGenitive() + " Азаматтық Альянсы";
            d.coreEn = "Civil Alliance of " + r.en();
        }
        Draft bureau = drafts.stream().filter(d -> NamedOrganisations.BUREAU.equals(d.key)).findFirst().orElseThrow();
        for (String region : NamedOrganisations.BUREAU_BRANCH_REGIONS) {
            Draft d = newDraft(between(LocalDate.of(1996, 1, 15), LocalDate.of(2010, 12, 20)));
            d.key = "kibhr-branch-" + region;
            d.region = region;
            d.form = bureau.form;
            d.parent = bureau;
            d.attribute = '1';
        }
        for (int i = 0; i < drafts.size(); i++) {
            drafts.get(i).index = i;
        }
    }

    private Draft newDraft(LocalDate registered) {
        Draft d = new Draft();
        d.registered = registered;
        d.diligence = rnd.nextDouble();
        d.punctuality = rnd.nextDouble();
        drafts.add(d);
        return d;
    }

    /** The other NGOs: registration dates per year following the cumulative anchors, on working days. */
    private void genericOrganisations() {
        Map<Integer, Integer> fixedPerYear = new LinkedHashMap<>();
        drafts.forEach(d -> fixedPerYear.merge(d.registered.getYear(), 1, Integer::sum));
        List<Draft> generic = new ArrayList<>();
        int previous = 0;
        for (int year = ANCHORS[0][0]; year <= AS_OF.getYear(); year++) {
            int cumulative = cumulative(year);
            int count = cumulative - previous - fixedPerYear.getOrDefault(year, 0);
            previous = cumulative;
            LocalDate from = LocalDate.of(year, 1, 3);
            LocalDate to = year == AS_OF.getYear() ? AS_OF : LocalDate.of(year, 12, 29);
            for (int i = 0; i < count; i++) {
                LocalDate day = between(from, to);
                while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    day = day.minusDays(1);
                }
                generic.add(newDraft(day));
            }
        }
        generic.sort(Comparator.comparing((Draft d) -> d.registered));
        int index = drafts.size() - generic.size();
        for (Draft d : generic) {
            d.index = index++;
        }
        drafts.sort(Comparator.comparingInt(d -> d.index));
        if (drafts.size() != TOTAL) {
            throw new IllegalStateException("generated " + drafts.size() + " NGOs");
        }
    }

    /** Cumulative registrations by the end of {@code year}: geometric between the anchors. */
    private static int cumulative(int year) {
        for (int i = 0; i < ANCHORS.length; i++) {
            if (ANCHORS[i][0] == year) {
                return ANCHORS[i][1];
            }
            if (ANCHORS[i][0] > year) {
                int[] a = ANCHORS[i - 1];
                int[] b = ANCHORS[i];
                double t = (double) (year - a[0]) / (b[0] - a[0]);
                return (int) Math.round(a[1] * Math.pow((double) b[1] / a[1], t));
            }
        }
        throw new IllegalArgumentException(Integer.toString(year));
    }

    /** 1,742 legacy records without BIN (mostly the oldest) and the one new registration of April 2023. */
    private void assignLegacyAndNewRegistration() {
        int fixedLegacy = (int) drafts.stream().filter(d -> d.legacy).count();
        for (Draft d : pick(LEGACY - fixedLegacy, d -> d.generic() && d.registered.getYear() < 2008,
                d -> Math.pow(2009 - d.registered.getYear(), 1.5))) {
            d.legacy = true;
            d.status = NgoStatus.REGISTERED;
        }
        Draft newest = drafts.get(drafts.size() - 1);
        newest.status = NgoStatus.REGISTERED;
    }

    /** Exact counts per region; Abai, Jetisu and Ulytau only for NGOs registered since they exist. */
    private void assignRegions() {
        Map<String, Integer> left = new LinkedHashMap<>(REGION_COUNTS);
        drafts.stream().filter(d -> d.region != null).forEach(d -> left.merge(d.region, -1, Integer::sum));
        for (String region : List.of("KZ-10", "KZ-33", "KZ-62")) {
            for (Draft d : pick(left.get(region), d -> d.region == null && !d.registered.isBefore(NEW_REGIONS_FROM), d -> 1)) {
                d.region = region;
            }
            left.put(region, 0);
        }
        List<String> slots = new ArrayList<>();
        left.forEach((region, count) -> slots.addAll(Collections.nCopies(count, region)));
        Collections.shuffle(slots, rnd);
        List<Draft> open = drafts.stream().filter(d -> d.region == null).toList();
        if (open.size() != slots.size()) {
            throw new IllegalStateException(open.size() + " NGOs for " + slots.size() + " region slots");
        }
        for (int i = 0; i < open.size(); i++) {
            open.get(i).region = slots.get(i);
        }
    }

    /** INACTIVE, SUSPENDED and LIQUIDATING among NGOs old enough; every other NGO with a BIN is ACTIVE. */
    private void assignStatuses() {
        Predicate<Draft> candidate = d -> d.generic() && d.status == NgoStatus.ACTIVE;
        for (Draft d : pick(STATUS_COUNTS.get(NgoStatus.INACTIVE), candidate.and(d -> d.registered.getYear() <= 2021),
                d -> 1 + (2021 - d.registered.getYear()) / 5.0)) {
            d.status = NgoStatus.INACTIVE;
        }
        for (Draft d : pick(STATUS_COUNTS.get(NgoStatus.SUSPENDED), candidate.and(d -> d.registered.getYear() <= 2021),
                d -> 1)) {
            d.status = NgoStatus.SUSPENDED;
        }
        for (Draft d : pick(STATUS_COUNTS.get(NgoStatus.LIQUIDATING), candidate.and(d -> d.registered.getYear() <= 2020),
                d -> 1)) {
            d.status = NgoStatus.LIQUIDATING;
        }
    }

    /** Legal forms of head organisations by weight; 330 branches or representative offices of earlier NGOs. */
    private void assignLegalFormsAndBranches() {
        List<Draft> generic = drafts.stream().filter(Draft::generic).toList();
        for (Draft d : generic) {
            d.form = weighted(DemoVocabulary.FORM_WEIGHTS);
        }
        for (Draft d : pick(PARTIES, d -> d.generic() && !d.legacy && d.status == NgoStatus.ACTIVE
                && d.registered.getYear() >= 1999 && d.registered.getYear() <= 2015, d -> 1)) {
            d.form = LegalForm.POLITICAL_PARTY;
        }
        Set<LegalForm> noBranches = Set.of(LegalForm.PROPERTY_OWNERS_ASSOCIATION, LegalForm.CONSUMER_COOPERATIVE,
                LegalForm.POLITICAL_PARTY);
        List<Draft> heads = new ArrayList<>();
        Set<Draft> branches = new HashSet<>(pick(BRANCHES, d -> d.generic() && !d.legacy && d.registered.getYear() >= 1998
                && d.form != LegalForm.POLITICAL_PARTY, d -> 1));
        for (Draft d : drafts) {
            if (branches.contains(d)) {
                Draft parent = null;
                for (int attempt = 0; attempt < 200 && parent == null; attempt++) {
                    Draft p = heads.get(rnd.nextInt(heads.size()));
                    if (p.generic() && !p.legacy && !noBranches.contains(p.form) && !p.region.equals(d.region)
                            && p.registered.plusDays(60).isBefore(d.registered)) {
                        parent = p;
                    }
                }
                if (parent == null) {
                    throw new IllegalStateException("no parent for NGO " + d.index);
                }
                d.parent = parent;
                d.form = parent.form;
                d.attribute = rnd.nextInt(100) < 85 ? '1' : '2';
            } else if (d.parent == null) {
                heads.add(d);
            }
        }
    }

    // --------------------------------------------------------------------------------------------
    // The NGO itself
    // --------------------------------------------------------------------------------------------

    private void buildNgo(Draft d) {
        Ngo n = new Ngo();
        d.ngo = n;
        n.id = ngoId(d.index);
        n.legacy = d.legacy;
        n.bin = d.legacy ? null : bin(d.registered, d.attribute);
        n.legalForm = d.form;
        n.regionCode = d.region;
        n.registrationDate = d.registered;
        n.status = d.status;
        n.parentNgoId = d.parent == null ? null : d.parent.ngo.id;
        RegionInfo region = DemoVocabulary.region(d.region);
        List<String> towns = new ArrayList<>(region.settlements());
        if (d.registered.isBefore(NEW_REGIONS_FROM)) {
            towns.addAll(region.settlementsBefore2022());
        }
        n.settlement = towns.get(rnd.nextInt(towns.size()));
        n.address = DemoVocabulary.STREETS.get(rnd.nextInt(DemoVocabulary.STREETS.size())) + ", " + (1 + rnd.nextInt(150))
                + (rnd.nextInt(10) < 3 ? ", оф. " + (1 + rnd.nextInt(60)) : "");
        Word word = DemoVocabulary.WORDS.get(rnd.nextInt(DemoVocabulary.WORDS.size()));
        List<String> aliases = new ArrayList<>();
        String primarySphere;
        if (d.namedSpec != null) {
            Named s = d.namedSpec;
            n.nameRu = s.ru();
            n.nameKk = s.kk();
            n.nameEn = s.en();
            n.shortName = s.shortName();
            aliases.addAll(s.aliases());
            n.settlement = s.settlement();
            n.spheres.addAll(s.spheres());
            d.coreRu = inside(s.ru());
            d.coreKk = inside(s.kk());
            d.coreEn = s.en();
            primarySphere = s.spheres().get(0);
            named.put(s.key(), n.id);
        } else if (d.parent != null) {
            branchNames(d, region);
            n.spheres.addAll(d.parent.ngo.spheres);
            primarySphere = null;
            if (d.key != null) {
                named.put(d.key, n.id);
            }
        } else if (d.key != null) { // a regional Civil Alliance
            FormWords f = DemoVocabulary.form(d.form);
            n.nameRu = f.ru() + " «" + d.coreRu + "»";
            n.nameKk = "«" + d.coreKk + "» " + f.kk();
            n.nameEn = d.coreEn;
            n.settlement = region.settlements().get(0);
            n.spheres.add("OTHER");
            primarySphere = "OTHER";
            named.put(d.key, n.id);
        } else {
            primarySphere = genericNames(d, word, region, aliases);
        }
        if (primarySphere != null && n.spheres.isEmpty()) {
            n.spheres.add(primarySphere);
            int extra = rnd.nextInt(100) < 50 ? 0 : rnd.nextInt(100) < 70 ? 1 : 2;
            for (int i = 0; i < extra; i++) {
                n.spheres.add(weighted(DemoVocabulary.SPHERE_WEIGHTS));
            }
        }
        n.aliases = aliases.toArray(String[]::new);
        contacts(d, word);
        if (rnd.nextInt(100) < 55) {
            n.volunteersCount = rnd.nextInt(5) == 0 ? rnd.nextInt(500) : rnd.nextInt(40);
            n.beneficiariesCount = rnd.nextInt(5) == 0 ? rnd.nextInt(8000) : rnd.nextInt(600);
        }
        persons(d);
        searchFields(n);
    }

    /**
     * search_key and sort_name as {@code NgoProfileWriter.apply} computes them: aliases, then the
     * kk, ru, en and short names through {@link SearchKey#stored}; the sort key is the Russian name,
     * else the Kazakh one, lower-cased. (DemoDataTest checks the result against NgoProfileWriter.)
     */
    static void searchFields(Ngo n) {
        List<String> searchable = new ArrayList<>(List.of(n.aliases));
        searchable.addAll(Arrays.asList(n.nameKk, n.nameRu, n.nameEn, n.shortName));
        n.searchKey = SearchKey.stored(searchable);
        String sortName = n.nameRu != null && !n.nameRu.isBlank() ? n.nameRu : n.nameKk;
        n.sortName = sortName.toLowerCase(Locale.ROOT);
    }

    private String genericNames(Draft d, Word word, RegionInfo region, List<String> aliases) {
        Ngo n = d.ngo;
        FormWords f = DemoVocabulary.form(d.form);
        String sphere;
        switch (d.form) {
            case PROPERTY_OWNERS_ASSOCIATION -> {
                String street = DemoVocabulary.STREETS.get(rnd.nextInt(DemoVocabulary.STREETS.size())).substring(4).strip();
                d.coreRu = street + " " + (1 + rnd.nextInt(200));
                d.coreKk = d.coreRu;
                sphere = "OTHER";
            }
            case TRADE_UNION -> {
                String[] sector = DemoVocabulary.UNION_SECTORS.get(rnd.nextInt(DemoVocabulary.UNION_SECTORS.size()));
                n.nameRu = f.ru() + " " + sector[0] + " " + region.ruGenitive();
                n.nameKk = region.kkGenitive() + " " + sector[1] + " " + f.kk();
                n.nameEn = region.en() + " " + sector[2] + " " + f.en();
                d.coreRu = n.nameRu;
                d.coreKk = n.nameKk;
                d.coreEn = n.nameEn;
                return "PROTECTION_OF_RIGHTS";
            }
            case RELIGIOUS_ASSOCIATION, POLITICAL_PARTY -> {
                d.coreRu = word.ru();
                d.coreKk = word.kk();
                d.coreEn = word.latin();
                sphere = d.form == LegalForm.POLITICAL_PARTY ? "OTHER" : "SOCIAL_HARMONY_NATIONAL_UNITY";
            }
            default -> {
                sphere = weighted(DemoVocabulary.SPHERE_WEIGHTS);
                String s = sphere;
                List<Theme> themes = DemoVocabulary.THEMES.stream().filter(t -> t.sphere().equals(s)).toList();
                if (rnd.nextBoolean() && !themes.isEmpty()) {
                    Theme t = themes.get(rnd.nextInt(themes.size()));
                    d.coreRu = t.ru() + " «" + word.ru() + "»";
                    d.coreKk = t.kk() + " «" + word.kk() + "»";
                    d.coreEn = t.en() + " «" + word.latin() + "»";
                } else {
                    d.coreRu = word.ru();
                    d.coreKk = word.kk();
                    d.coreEn = word.latin();
                }
            }
        }
        boolean hasRu = rnd.nextInt(100) >= 5;
        boolean hasKk = !hasRu || rnd.nextInt(100) < 85;
        n.nameRu = hasRu ? f.ru() + " «" + d.coreRu + "»" : null;
        n.nameKk = hasKk ? "«" + d.coreKk + "» " + f.kk() : null;
        n.nameEn = d.coreEn != null && rnd.nextInt(100) < 65 ? f.en() + " «" + d.coreEn + "»" : null;
        if (rnd.nextInt(100) < 35) {
            n.shortName = f.abbreviation() + " «" + (d.form == LegalForm.PROPERTY_OWNERS_ASSOCIATION ? d.coreRu : word.ru()) + "»";
        }
        if (d.form != LegalForm.PROPERTY_OWNERS_ASSOCIATION && rnd.nextInt(100) < 15) {
            aliases.add(word.latin());
        }
        return sphere;
    }

    private void branchNames(Draft d, RegionInfo region) {
        Ngo n = d.ngo;
        Draft p = d.parent;
        FormWords f = DemoVocabulary.form(p.form);
        boolean office = d.attribute == '2';
        if (p.ngo.nameRu != null) {
            n.nameRu = (office ? "Представительство " : "Филиал ") + f.ruGenitive() + " «" + p.coreRu + "» по "
                    + region.ruDative();
        }
        if (p.ngo.nameKk != null || n.nameRu == null) {
            String where = region.kkGenitive().replace("облысының", "облысындағы").replace("қаласының", "қаласындағы");
            n.nameKk = "«" + p.coreKk + "» " + f.kk().replaceFirst("(і|ы)$", "$1нің").replace("ынің", "ының") + " " + where
                    + (office ? " өкілдігі" : " филиалы");
        }
        if (p.ngo.nameEn != null) {
            n.nameEn = office ? "Representative office of " + p.ngo.nameEn + " in " + region.en()
                    : region.en() + " branch of " + p.ngo.nameEn;
        }
        d.coreRu = p.coreRu;
        d.coreKk = p.coreKk;
        d.coreEn = p.coreEn;
    }

    /** The text between the first « and the last », or the whole name. */
    private static String inside(String name) {
        int open = name.indexOf('«');
        int close = name.lastIndexOf('»');
        return open >= 0 && close > open ? name.substring(open + 1, close) : name;
    }

    private void contacts(Draft d, Word word) {
        Ngo n = d.ngo;
        if ("civil-alliance".equals(d.key)) { // printed in the seed, L40-48
            n.address = "ул. Кунаева, 12/1";
            n.contactPhone = "+7 775 274 22 69";
            n.contactEmail = "civilalliance20@gmail.com";
            n.website = "http://www.civilalliance.kz";
            return;
        }
        String slug = word.latin().toLowerCase(Locale.ROOT).replace(' ', '-').replace("'", "");
        if (rnd.nextInt(100) < 70) {
            String[] domains = { "mail.kz", "gmail.com", "inbox.kz", "mail.ru" };
            n.contactEmail = slug + (10 + rnd.nextInt(90)) + "@" + domains[rnd.nextInt(domains.length)];
        }
        if (rnd.nextInt(100) < 85) {
            String[] operators = { "701", "702", "705", "707", "747", "771", "775", "777", "778" };
            n.contactPhone = String.format("+7 %s %03d %02d %02d", operators[rnd.nextInt(operators.length)],
                    rnd.nextInt(1000), rnd.nextInt(100), rnd.nextInt(100));
        }
        if (rnd.nextInt(100) < 20) {
            n.website = "https://" + slug + "-" + d.region.substring(3).toLowerCase(Locale.ROOT) + ".kz";
        }
    }

    /** A unique BIN registered in the month of {@code date}: YYMM, 4 (resident legal entity), the attribute, serial, check. */
    private String bin(LocalDate date, char attribute) {
        String month = String.format("%02d%02d", date.getYear() % 100, date.getMonthValue());
        while (true) {
            int serial = binSerials.merge(month, 1 + rnd.nextInt(7), Integer::sum);
            String first11 = month + "4" + attribute + String.format("%05d", serial);
            int check = CheckDigit.of(first11);
            if (check >= 0) {
                return first11 + check;
            }
        }
    }

    /** The leader and one to three founders; a few people lead or found more than one NGO. */
    private void persons(Draft d) {
        Ngo n = d.ngo;
        NgoPerson leader = rnd.nextInt(100) < 3 && !people.isEmpty() ? people.get(rnd.nextInt(people.size()))
                : person(d.registered);
        n.persons.add(new NgoPerson(NgoPerson.Role.LEADER, leader.fullName, leader.iin, leader.iinHash));
        int founders = rnd.nextInt(100) < 50 ? 1 : rnd.nextInt(100) < 60 ? 2 : 3;
        for (int i = 0; i < founders; i++) {
            NgoPerson p = i == 0 && rnd.nextInt(100) < 40 ? leader
                    : rnd.nextInt(100) < 3 && !people.isEmpty() ? people.get(rnd.nextInt(people.size())) : person(d.registered);
            n.persons.add(new NgoPerson(NgoPerson.Role.FOUNDER, p.fullName, p.iin, p.iinHash));
        }
    }

    private NgoPerson person(LocalDate registered) {
        boolean female = rnd.nextInt(100) < 55;
        boolean kazakh = rnd.nextInt(100) < 75;
        List<String> firstNames = kazakh ? (female ? DemoVocabulary.FEMALE_KZ : DemoVocabulary.MALE_KZ)
                : (female ? DemoVocabulary.FEMALE_RU : DemoVocabulary.MALE_RU);
        List<String> surnames = kazakh ? DemoVocabulary.SURNAMES_KZ : DemoVocabulary.SURNAMES_RU;
        String surname = surnames.get(rnd.nextInt(surnames.size()));
        if (female && surname.matches(".*(ов|ев|ин)")) {
            surname = surname + "а";
        }
        String[] patronymic = DemoVocabulary.PATRONYMICS.get(rnd.nextInt(DemoVocabulary.PATRONYMICS.size()));
        String name = surname + " " + firstNames.get(rnd.nextInt(firstNames.size()))
                + (kazakh && rnd.nextInt(10) == 0 ? "" : " " + patronymic[female ? 1 : 0]);
        LocalDate latest = registered.minusYears(20);
        LocalDate born = between(latest.minusYears(45), latest);
        int century = born.getYear() >= 2000 ? (female ? 6 : 5) : (female ? 4 : 3);
        String iin;
        do {
            iin = String.format("%02d%02d%02d%d%04d", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(),
                    century, rnd.nextInt(10_000));
            int check = CheckDigit.of(iin);
            iin = check < 0 ? null : iin + check;
        } while (iin == null || !usedIins.add(iin));
        NgoPerson p = new NgoPerson(NgoPerson.Role.FOUNDER, name, iin, iins.hash(iin));
        people.add(p);
        return p;
    }

    // --------------------------------------------------------------------------------------------
    // History: status changes, reports, versions
    // --------------------------------------------------------------------------------------------

    private void statusTimeline(Draft d) {
        LocalDate reg = d.registered;
        OffsetDateTime registeredAt = at(reg, 10 + rnd.nextInt(2));
        change(d, registeredAt, null, NgoStatus.REGISTERED, "registered", null);
        d.ngo.createdAt = registeredAt;
        if (d.status == NgoStatus.REGISTERED) {
            return;
        }
        LocalDate active = min(reg.plusDays(3 + rnd.nextInt(18)), AS_OF);
        OffsetDateTime activatedAt = at(active, 15);
        change(d, activatedAt, NgoStatus.REGISTERED, NgoStatus.ACTIVE, "Организация приступила к деятельности", null);
        LocalDate earliest = active.plusDays(200);
        switch (d.status) {
            case ACTIVE -> {
                if (reg.getYear() <= 2018 && rnd.nextInt(100) < 11) {
                    boolean suspended = rnd.nextInt(11) < 3;
                    LocalDate from = between(max(earliest, LocalDate.of(2012, 1, 1)), LocalDate.of(2021, 6, 30));
                    LocalDate back = min(from.plusDays(90 + rnd.nextInt(400)), AS_OF.minusDays(10));
                    NgoStatus episode = suspended ? NgoStatus.SUSPENDED : NgoStatus.INACTIVE;
                    change(d, at(from, 12), NgoStatus.ACTIVE, episode, reason(episode), basis(episode));
                    change(d, at(back, 12), episode, NgoStatus.ACTIVE,
                            suspended ? "Срок приостановления деятельности истёк" : "Деятельность возобновлена", null);
                }
            }
            case INACTIVE -> {
                LocalDate from = between(max(earliest, LocalDate.of(2016, 6, 1)), AS_OF.minusDays(1));
                change(d, at(from, 12), NgoStatus.ACTIVE, NgoStatus.INACTIVE, reason(NgoStatus.INACTIVE),
                        basis(NgoStatus.INACTIVE));
                d.activeUntil = from;
            }
            case SUSPENDED -> {
                LocalDate from = between(max(earliest, LocalDate.of(2022, 10, 1)), AS_OF.minusDays(1));
                change(d, at(from, 12), NgoStatus.ACTIVE, NgoStatus.SUSPENDED, reason(NgoStatus.SUSPENDED),
                        basis(NgoStatus.SUSPENDED));
                d.activeUntil = from;
            }
            case LIQUIDATING -> {
                NgoStatus before = NgoStatus.ACTIVE;
                LocalDate start = max(earliest, LocalDate.of(2022, 5, 1));
                if (rnd.nextInt(100) < 35) {
                    LocalDate inactive = between(earliest, LocalDate.of(2021, 12, 31));
                    change(d, at(inactive, 12), NgoStatus.ACTIVE, NgoStatus.INACTIVE, reason(NgoStatus.INACTIVE),
                            basis(NgoStatus.INACTIVE));
                    d.activeUntil = inactive;
                    before = NgoStatus.INACTIVE;
                }
                LocalDate from = between(start, AS_OF.minusDays(1));
                change(d, at(from, 12), before, NgoStatus.LIQUIDATING, reason(NgoStatus.LIQUIDATING),
                        basis(NgoStatus.LIQUIDATING));
                if (d.activeUntil == null) {
                    d.activeUntil = from;
                }
            }
            default -> throw new IllegalStateException(d.status.name());
        }
    }

    private static String reason(NgoStatus to) {
        return switch (to) {
            case INACTIVE -> "Признана бездействующей: нет сведений о деятельности, отчёты в базу данных НПО не представлялись";
            case SUSPENDED -> "Деятельность приостановлена по решению суда";
            case LIQUIDATING -> "Решение учредителей о добровольной ликвидации";
            default -> throw new IllegalArgumentException(to.name());
        };
    }

    private static String basis(NgoStatus to) {
        return switch (to) {
            case INACTIVE -> "Закон РК «О некоммерческих организациях»";
            case SUSPENDED -> "Кодекс РК об административных правонарушениях";
            case LIQUIDATING -> "Гражданский кодекс РК";
            default -> throw new IllegalArgumentException(to.name());
        };
    }

    private void change(Draft d, OffsetDateTime at, NgoStatus from, NgoStatus to, String reason, String legalBasis) {
        NgoStatusChange c = new NgoStatusChange();
        c.id = uuid("status/" + d.index + "/" + d.events.size());
        c.ngoId = d.ngo.id;
        c.from = from;
        c.to = to;
        c.reason = reason;
        c.legalBasis = legalBasis;
        c.actor = ACTOR;
        c.changedAt = at;
        d.events.add(new Event(at, c));
        statusChanges.add(c);
    }

    /** Reports for 2016-2022: the most diligent eligible NGOs file, the most punctual on time. */
    private void fileReports() {
        for (int[] year : REPORTS) {
            int y = year[0];
            LocalDate windowEnd = LocalDate.of(y + 1, 5, 1);
            List<Draft> eligible = drafts.stream().filter(d -> !d.legacy && d.status != NgoStatus.REGISTERED
                    && !d.registered.isAfter(LocalDate.of(y, 12, 31)) && (d.activeUntil == null || d.activeUntil.isAfter(windowEnd)))
                    .toList();
            List<Draft> filing = top(eligible, year[1], d -> d.diligence * 0.8 + rnd.nextDouble() * 0.4);
            Set<Draft> onTime = new HashSet<>(top(filing, year[2], d -> d.punctuality * 0.7 + rnd.nextDouble() * 0.3));
            filing = new ArrayList<>(filing);
            filing.sort(Comparator.comparingInt(d -> d.index));
            for (Draft d : filing) {
                file(d, y, onTime.contains(d));
            }
        }
    }

    private void file(Draft d, int year, boolean onTime) {
        LocalDate deadline = NgoReport.deadlineOf(year);
        LocalDate filedOn = onTime ? between(LocalDate.of(year + 1, 1, 9), deadline)
                : between(deadline.plusDays(1), min(LocalDate.of(year + 1, 12, 20), AS_OF));
        UUID id = uuid("report/" + d.index + "/" + year);
        OffsetDateTime filedAt = at(filedOn, 9 + rnd.nextInt(9));
        revision(d, id, 1, filedAt, content(d, year));
        LocalDate amendedOn = filedOn.plusDays(3 + rnd.nextInt(60));
        OffsetDateTime amendedAt = null;
        if (rnd.nextInt(100) < 4 && !amendedOn.isAfter(AS_OF)) {
            amendedAt = at(amendedOn, 9 + rnd.nextInt(9));
            revision(d, id, 2, amendedAt, content(d, year));
        }
        boolean filedOnTime = !filedOn.isAfter(deadline);
        reports.add(new DemoData.Report(id, d.ngo.id, year, amendedAt == null ? 1 : 2, deadline, filedAt, filedOnTime,
                amendedAt));
        Ngo n = d.ngo;
        if (n.lastReportYear == null || year >= n.lastReportYear) {
            n.lastReportYear = year;
            n.lastReportOnTime = filedOnTime;
        }
    }

    private void revision(Draft d, UUID reportId, int number, OffsetDateTime at, ReportContent content) {
        revisions.add(new DemoData.Revision(reportId, number, at, ACTOR, content));
        d.events.add(new Event(at, null));
    }

    /** Plausible report content: amounts in KZT rounded to thousands; no state money for ineligible forms. */
    private ReportContent content(Draft d, int year) {
        int size = Math.floorMod(d.index * 31 + 7, 10);
        double base = size < 6 ? 500_000 + d.diligence * 7_500_000 : size < 9 ? 8e6 + d.diligence * 52e6 : 60e6 + d.diligence * 540e6;
        double total = base * (0.7 + rnd.nextDouble() * 0.7) * Math.pow(1.05, year - 2016);
        boolean state = d.form.eligibleForStateNgoFunding();
        double[] share = { state && rnd.nextInt(100) < 45 ? rnd.nextDouble() * 0.7 : 0,
                state && rnd.nextInt(100) < 30 ? rnd.nextDouble() * 0.5 : 0, rnd.nextInt(100) < 12 ? rnd.nextDouble() * 0.6 : 0,
                rnd.nextInt(100) < 35 ? rnd.nextDouble() * 0.4 : 0, rnd.nextInt(100) < 60 ? rnd.nextDouble() * 0.5 : 0,
                0.02 + rnd.nextDouble() * 0.3 };
        double sum = Arrays.stream(share).sum();
        BigDecimal[] funds = new BigDecimal[6];
        long fundsTotal = 0;
        for (int i = 0; i < 6; i++) {
            long amount = Math.round(total * share[i] / sum / 1000) * 1000;
            funds[i] = BigDecimal.valueOf(amount);
            fundsTotal += amount;
        }
        List<String> directions = new ArrayList<>(DemoVocabulary.SPENDING);
        Collections.shuffle(directions, rnd);
        int count = 1 + rnd.nextInt(4);
        double spent = fundsTotal * (0.7 + rnd.nextDouble() * 0.3);
        List<ReportContent.Spending> spending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double part = i == count - 1 ? spent : spent * (0.3 + rnd.nextDouble() * 0.4);
            spent -= part;
            spending.add(new ReportContent.Spending(directions.get(i), BigDecimal.valueOf(Math.round(part / 1000) * 1000)));
        }
        int founders = (int) d.ngo.persons.stream().filter(p -> p.role == NgoPerson.Role.FOUNDER).count();
        int members = switch (d.form) {
            case PUBLIC_ASSOCIATION, TRADE_UNION, POLITICAL_PARTY, RELIGIOUS_ASSOCIATION -> 3 + rnd.nextInt(800);
            case ASSOCIATION_OF_LEGAL_ENTITIES -> 3 + rnd.nextInt(60);
            default -> 0;
        };
        String[] property = { null, null, "Оргтехника и мебель", "Транспортное средство", "Нежилое помещение" };
        int staff = size < 6 ? rnd.nextInt(6) : size < 9 ? 3 + rnd.nextInt(23) : 15 + rnd.nextInt(106);
        return new ReportContent(founders, members,
                new ReportContent.Funds(funds[0], funds[1], funds[2], funds[3], funds[4], funds[5]), spending,
                BigDecimal.valueOf(Math.round(total * rnd.nextDouble() * 1.5 / 1000) * 1000),
                property[rnd.nextInt(property.length)], staff, rnd.nextInt(101));
    }

    /**
     * Versions as the service counts them: 0 at registration, +1 for every later status change and
     * every report filing or amendment, in time order; history rows carry the version after the change.
     */
    private void applyVersions(Draft d) {
        d.events.sort(Comparator.comparing(Event::at));
        long version = 0;
        for (Event e : d.events) {
            if (e.change() != null) {
                e.change().ngoVersion = version;
            }
            version++;
        }
        d.ngo.version = version - 1;
        d.ngo.updatedAt = d.events.get(d.events.size() - 1).at();
    }

    // --------------------------------------------------------------------------------------------
    // Memberships in the Civil Alliance and its regional branches
    // --------------------------------------------------------------------------------------------

    private void memberships() {
        Draft alliance = drafts.get(0);
        List<Draft> regional = drafts.stream().filter(d -> d.key != null && d.key.startsWith("civil-alliance-")).toList();
        for (Draft r : regional) {
            member(r, alliance, false);
        }
        Set<LegalForm> forms = Set.of(LegalForm.PUBLIC_ASSOCIATION, LegalForm.PUBLIC_FOUNDATION,
                LegalForm.ASSOCIATION_OF_LEGAL_ENTITIES, LegalForm.INSTITUTION, LegalForm.CORPORATE_FOUNDATION);
        Predicate<Draft> member = d -> d.generic() && d.status != NgoStatus.REGISTERED && d.parent == null
                && forms.contains(d.form);
        for (Draft d : pick(DIRECT_ALLIANCE_MEMBERS, member, d -> d.status == NgoStatus.ACTIVE ? 3 : 1)) {
            member(d, alliance, rnd.nextInt(100) < 4);
        }
        for (Draft r : regional) {
            List<Draft> local = drafts.stream().filter(member.and(d -> d.region.equals(r.region))).toList();
            int wanted = Math.min(REGIONAL_ALLIANCE_MEMBERS, local.size() / 3);
            for (Draft d : pick(wanted, member.and(d -> d.region.equals(r.region)), d -> d.status == NgoStatus.ACTIVE ? 3 : 1)) {
                member(d, r, rnd.nextInt(100) < 4);
            }
        }
    }

    private void member(Draft d, Draft of, boolean ended) {
        LocalDate start = max(d.registered, of.registered);
        LocalDate since = min(start.plusDays(rnd.nextInt(1 + 3 * 365)), AS_OF);
        LocalDate until = null;
        if (ended && since.plusDays(400).isBefore(AS_OF)) {
            until = between(since.plusDays(365), AS_OF.minusDays(1));
        }
        memberships.add(new DemoData.Membership(uuid("membership/" + d.index + "/" + of.index), d.ngo.id, of.ngo.id, since,
                until, at(since, 12), until == null ? null : at(until, 12)));
    }

    // --------------------------------------------------------------------------------------------
    // Helpers
    // --------------------------------------------------------------------------------------------

    /** {@code count} distinct drafts matching {@code filter}, weighted (Efraimidis-Spirakis), in index order. */
    private List<Draft> pick(int count, Predicate<Draft> filter, ToDoubleFunction<Draft> weight) {
        List<Draft> candidates = drafts.stream().filter(filter).toList();
        if (candidates.size() < count) {
            throw new IllegalStateException("need " + count + " of " + candidates.size() + " candidates");
        }
        return top(candidates, count, d -> Math.log(rnd.nextDouble()) / weight.applyAsDouble(d));
    }

    /** The {@code count} drafts with the highest score (scores drawn once per draft, in list order). */
    private static List<Draft> top(List<Draft> candidates, int count, ToDoubleFunction<Draft> score) {
        double[] scores = new double[candidates.size()];
        Integer[] order = new Integer[candidates.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = score.applyAsDouble(candidates.get(i));
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        List<Draft> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(candidates.get(order[i]));
        }
        chosen.sort(Comparator.comparingInt(d -> d.index));
        return chosen;
    }

    private <T> T weighted(List<Weighted<T>> options) {
        int total = options.stream().mapToInt(Weighted::weight).sum();
        int r = rnd.nextInt(total);
        for (Weighted<T> o : options) {
            r -= o.weight();
            if (r < 0) {
                return o.value();
            }
        }
        throw new IllegalStateException();
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(Math.floorMod(rnd.nextLong(), days + 1));
    }

    private OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, rnd.nextInt(60), rnd.nextInt(60))).atZone(RegionService.ALMATY).toOffsetDateTime();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(("kz.civic.registry.demo/" + name).getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Map<K, V> orderedMap(Object... keysAndValues) {
        Map<K, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((K) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    static Set<String> sphereCodes() {
        Set<String> codes = new TreeSet<>();
        DemoVocabulary.SPHERE_WEIGHTS.forEach(w -> codes.add(w.value()));
        return codes;
    }
}
