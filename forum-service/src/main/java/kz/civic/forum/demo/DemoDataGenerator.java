package kz.civic.forum.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import kz.civic.forum.ActionPlan;
import kz.civic.forum.ActionPlanItem;
import kz.civic.forum.ActionPlanItemStatus;
import kz.civic.forum.ActionPlanItemStatusChange;
import kz.civic.forum.Addressee;
import kz.civic.forum.AddresseeType;
import kz.civic.forum.CivilSocietyAssessment;
import kz.civic.forum.DialoguePlatform;
import kz.civic.forum.Evidence;
import kz.civic.forum.EvidenceKind;
import kz.civic.forum.Forum;
import kz.civic.forum.ForumAward;
import kz.civic.forum.GovernmentResponse;
import kz.civic.forum.ImplementationRating;
import kz.civic.forum.IndicatorMeasurement;
import kz.civic.forum.Multilingual;
import kz.civic.forum.ParticipantCategory;
import kz.civic.forum.Priority;
import kz.civic.forum.Recommendation;
import kz.civic.forum.RecommendationStatus;
import kz.civic.forum.RecommendationStatusChange;
import kz.civic.forum.RegionalForum;
import kz.civic.forum.ResponsePosition;
import kz.civic.forum.SourceType;
import kz.civic.forum.demo.DemoVocabulary.Platform;
import kz.civic.forum.demo.DemoVocabulary.RegionalForumSpec;
import kz.civic.forum.demo.DemoVocabulary.Theme;
import kz.civic.forum.event.ActionPlanItemCreatedEvent;
import kz.civic.forum.event.ActionPlanItemStatusChangedEvent;
import kz.civic.forum.event.ForumAwardGrantedEvent;
import kz.civic.forum.event.RecommendationResponseRecordedEvent;
import kz.civic.forum.event.RecommendationStatusChangedEvent;
import kz.civic.forum.event.RecommendationSubmittedEvent;
import kz.civic.forum.service.Timestamps;

/**
 * Builds the demo XI Civil Forum (2023) on the registry data in forum's replicas. Pure: a fixed seed, no clock, no
 * I/O; the same replicas and response deadline give the same data (ids are name-based UUIDs). Authors are NGOs of the
 * replica not being wound up, addressed bodies come from the government-body replica (CENTRAL for central agencies,
 * the region's LOCAL bodies for local ones), both picked from lists ordered by id. Every recommendation goes through
 * the lifecycle the service enforces (DRAFT → SUBMITTED → ACCEPTED | DECLINED with a reason | MERGED into a live one
 * → IN_PROGRESS → an outcome; IMPLEMENTED and PARTIALLY_IMPLEMENTED with a document as evidence), with versions,
 * history and the events in the order the service would have produced them. The follow-up is described as of
 * {@link #AS_OF}.
 */
public final class DemoDataGenerator {

    /** The demo edition's id; its presence means the demo data is loaded. */
    public static final UUID FORUM_ID = uuid("forum/XI");
    public static final int EDITION = 11;
    public static final int YEAR = 2023;
    /** Nothing in the demo happens after this date. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 10, 31);
    /** Recommendations of the republican forum and its dialogue platforms (DRAFTS of them never submitted). */
    public static final int REPUBLICAN_RECOMMENDATIONS = 120;
    public static final int DRAFTS = 8;
    /** Recommendations of all regional forums together (split by participants). */
    public static final int REGIONAL_RECOMMENDATIONS = 920;
    /** The actor recorded on every history entry, answer, evidence and assessment. */
    public static final String ACTOR = "demo-data";

    static final LocalDate FIRST_REGIONAL_FORUM = LocalDate.of(2023, 5, 16);
    /** The republican forum: two days (L416) in October (the President's greeting is dated "../10/2023", L169; day assumed). */
    static final LocalDate REPUBLICAN_START = LocalDate.of(2023, 10, 26);
    static final LocalDate REPUBLICAN_END = REPUBLICAN_START.plusDays(1);
    private static final LocalDate DECISIONS_FROM = LocalDate.of(2023, 12, 15);
    private static final LocalDate PLAN_ADOPTED = LocalDate.of(2024, 2, 1);
    private static final long SEED = 20231026L;

    private final Random rnd = new Random(SEED);
    private final Duration responseDeadline;
    private final List<DemoReplicas.Ngo> authors;
    private final List<DemoReplicas.Body> central;
    private final Map<String, List<DemoReplicas.Body>> localByRegion = new HashMap<>();
    private final Map<UUID, Double> diligence = new HashMap<>();
    private final UUID organizer;

    private final List<RegionalForum> regionalForums = new ArrayList<>();
    private final List<DialoguePlatform> platforms = new ArrayList<>();
    private final Map<UUID, Theme> platformThemes = new HashMap<>();
    private final List<Draft> drafts = new ArrayList<>();
    private final List<RecommendationStatusChange> changes = new ArrayList<>();
    private final List<GovernmentResponse> responses = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<CivilSocietyAssessment> assessments = new ArrayList<>();
    private final List<ActionPlanItem> items = new ArrayList<>();
    private final List<ActionPlanItemStatusChange> itemChanges = new ArrayList<>();
    private final List<IndicatorMeasurement> measurements = new ArrayList<>();
    private final List<ForumAward> awards = new ArrayList<>();
    private final List<DemoData.Event> events = new ArrayList<>();

    private DemoDataGenerator(DemoReplicas replicas, Duration responseDeadline) {
        this.responseDeadline = responseDeadline;
        this.authors = replicas.ngos().stream().filter(DemoReplicas.Ngo::canAuthor).toList();
        this.central = replicas.governmentBodies().stream().filter(b -> "CENTRAL".equals(b.level())).toList();
        for (DemoReplicas.Body b : replicas.governmentBodies()) {
            if ("LOCAL".equals(b.level()) && b.regionCode() != null) {
                localByRegion.computeIfAbsent(b.regionCode(), k -> new ArrayList<>()).add(b);
            }
            diligence.put(b.id(), rnd.nextDouble());
        }
        this.organizer = authors.stream()
                .filter(n -> n.nameEn() != null && n.nameEn().contains("Civil Alliance of Kazakhstan"))
                .map(DemoReplicas.Ngo::id).findFirst().orElse(null);
    }

    /**
     * The demo forum on these replicas.
     *
     * @param responseDeadline {@code forum.response-deadline}: submission to {@code responseDueDate}
     * @throws IllegalArgumentException when the replicas hold no NGO that can author or no central or local body
     */
    public static DemoData generate(DemoReplicas replicas, Duration responseDeadline) {
        return new DemoDataGenerator(replicas, responseDeadline).run();
    }

    /** A name-based id in the demo's namespace. */
    static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(("kz.civic.forum.demo/" + name).getBytes(StandardCharsets.UTF_8));
    }

    private DemoData run() {
        if (authors.isEmpty() || central.isEmpty() || localByRegion.isEmpty()) {
            throw new IllegalArgumentException("the replicas hold " + authors.size() + " NGOs that can author, "
                    + central.size() + " central and " + localByRegion.size() + " regions' local bodies; need at least one of each");
        }
        Forum forum = forum();
        regionalForums();
        forum.regionalStart = FIRST_REGIONAL_FORUM;
        forum.regionalEnd = regionalForums.stream().map(f -> f.endDate).max(Comparator.naturalOrder()).orElseThrow();
        republicanPlatforms();
        recommendations();
        merges();
        for (Draft d : drafts) {
            plan(d);
        }
        for (Draft d : drafts) {
            replay(d);
        }
        implementation();
        ActionPlan plan = actionPlan();
        awards();
        events.sort(Comparator.comparing(DemoData.Event::at));
        return new DemoData(forum, List.copyOf(regionalForums), List.copyOf(platforms),
                drafts.stream().map(d -> d.r).toList(), List.copyOf(changes), List.copyOf(responses), List.copyOf(evidence),
                List.copyOf(assessments), plan, List.copyOf(items), List.copyOf(itemChanges), List.copyOf(measurements),
                List.copyOf(awards), List.copyOf(events));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The edition, its regional forums and dialogue platforms

    private Forum forum() {
        Forum f = new Forum();
        f.id = FORUM_ID;
        f.editionNumber = EDITION;
        f.year = YEAR;
        f.mottoKk = DemoVocabulary.MOTTO.kk();
        f.mottoRu = DemoVocabulary.MOTTO.ru();
        f.mottoEn = DemoVocabulary.MOTTO.en();
        f.organizerNgoId = organizer;
        f.republicanStart = REPUBLICAN_START;
        f.republicanEnd = REPUBLICAN_END;
        f.republicanVenue = DemoVocabulary.REPUBLICAN_VENUE;
        f.createdAt = at(LocalDate.of(2023, 4, 20), 10);
        return f;
    }

    private void regionalForums() {
        List<RegionalForumSpec> specs = DemoVocabulary.REGIONAL_FORUMS;
        for (int i = 0; i < specs.size(); i++) {
            RegionalForumSpec s = specs.get(i);
            RegionalForum f = new RegionalForum();
            f.id = uuid("regional-forum/" + s.region());
            f.forumId = FORUM_ID;
            f.regionCode = s.region();
            f.localSequenceNumber = s.sequence();
            f.venue = s.venue();
            // one a week from mid-May: the regional stage ran from May to October (L304)
            f.startDate = FIRST_REGIONAL_FORUM.plusWeeks(i);
            f.endDate = f.startDate.plusDays(rnd.nextInt(2));
            f.priorityIssue = s.priorityIssue();
            f.participantsTotal = s.participants();
            f.participantsByCategory = participants(s);
            f.createdAt = at(f.startDate.minusDays(14), 10);
            regionalForums.add(f);
            for (int p = 0; p < s.platforms().size(); p++) {
                platform(uuid("dialogue-platform/" + s.region() + "/" + (p + 1)), f.id, s.platforms().get(p), f.createdAt);
            }
        }
    }

    /** Half NGOs, 40% split over the other named categories (or a usual mix), the rest not categorised. */
    private static Map<ParticipantCategory, Integer> participants(RegionalForumSpec s) {
        List<ParticipantCategory> others = s.namedCategories().stream().filter(c -> c != ParticipantCategory.NGO).toList();
        if (others.isEmpty()) {
            others = List.of(ParticipantCategory.GOVERNMENT, ParticipantCategory.BUSINESS, ParticipantCategory.EXPERT,
                    ParticipantCategory.MEDIA);
        }
        Map<ParticipantCategory, Integer> byCategory = new EnumMap<>(ParticipantCategory.class);
        byCategory.put(ParticipantCategory.NGO, s.participants() / 2);
        for (ParticipantCategory c : others) {
            byCategory.put(c, s.participants() * 2 / 5 / others.size());
        }
        return byCategory;
    }

    private void platform(UUID id, UUID regionalForumId, Platform spec, OffsetDateTime createdAt) {
        DialoguePlatform p = new DialoguePlatform();
        p.id = id;
        p.forumId = FORUM_ID;
        p.regionalForumId = regionalForumId;
        p.title = spec.title();
        p.topic = DemoVocabulary.theme(spec.theme()).text();
        p.createdAt = createdAt.plusMinutes(platforms.size() + 1);
        platforms.add(p);
        platformThemes.put(id, DemoVocabulary.theme(spec.theme()));
    }

    private void republicanPlatforms() {
        List<Platform> specs = DemoVocabulary.REPUBLICAN_PLATFORMS;
        for (int p = 0; p < specs.size(); p++) {
            platform(uuid("dialogue-platform/republican/" + (p + 1)), null, specs.get(p), at(REPUBLICAN_START.minusDays(30), 11));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Recommendations: content

    /** One recommendation while it is generated: the entity, its theme, its planned fate and the steps of its life. */
    private static final class Draft {
        Recommendation r;
        int number;
        Theme theme;
        LocalDate sourceEnd;
        RecommendationStatus fate;
        Draft mergedInto;
        OffsetDateTime submitted;
        OffsetDateTime merged;
        OffsetDateTime decided;
        OffsetDateTime started;
        OffsetDateTime outcome;
        final List<Step> steps = new ArrayList<>();
    }

    private enum StepKind { SUBMIT, ANSWER, TRANSITION, ABSORB }

    private record Step(OffsetDateTime at, StepKind kind, RecommendationStatus to, String reason, GovernmentResponse answer) {
    }

    private void recommendations() {
        int total = DemoVocabulary.REGIONAL_FORUMS.stream().mapToInt(RegionalForumSpec::participants).sum();
        for (int i = 0; i < regionalForums.size(); i++) {
            RegionalForum f = regionalForums.get(i);
            RegionalForumSpec spec = DemoVocabulary.REGIONAL_FORUMS.get(i);
            int count = Math.round((float) REGIONAL_RECOMMENDATIONS * spec.participants() / total);
            List<DialoguePlatform> own = platforms.stream().filter(p -> f.id.equals(p.regionalForumId)).toList();
            Theme priority = DemoVocabulary.theme(spec.theme());
            for (int k = 0; k < count; k++) {
                SourceType type = SourceType.REGIONAL_FORUM;
                UUID source = f.id;
                Theme theme = rnd.nextBoolean() ? priority : randomTheme();
                if (!own.isEmpty() && rnd.nextDouble() < 0.4) {
                    DialoguePlatform p = own.get(rnd.nextInt(own.size()));
                    type = SourceType.DIALOGUE_PLATFORM;
                    source = p.id;
                    theme = platformThemes.get(p.id);
                }
                Multilingual suffix = new Multilingual(" (" + spec.regionName().kk() + ", өңірлік азаматтық форум)",
                        " (региональный гражданский форум, " + spec.regionName().ru() + ")",
                        " (regional civil forum, " + spec.regionName().en() + ")");
                recommendation(type, source, f.regionCode, theme, theme == priority, f.endDate, suffix, true);
            }
        }
        List<DialoguePlatform> republican = platforms.stream().filter(p -> p.regionalForumId == null).toList();
        Multilingual suffix = new Multilingual(" (республикалық азаматтық форум)", " (республиканский гражданский форум)",
                " (republican civil forum)");
        int onPlatforms = REPUBLICAN_RECOMMENDATIONS * 2 / 3;
        for (int k = 0; k < onPlatforms; k++) {
            DialoguePlatform p = republican.get(k % republican.size());
            recommendation(SourceType.DIALOGUE_PLATFORM, p.id, null, platformThemes.get(p.id), false, REPUBLICAN_END, suffix, true);
        }
        for (int k = onPlatforms; k < REPUBLICAN_RECOMMENDATIONS; k++) {
            boolean draft = k >= REPUBLICAN_RECOMMENDATIONS - DRAFTS;
            recommendation(SourceType.REPUBLICAN_FORUM, FORUM_ID, null, randomTheme(), false, REPUBLICAN_END, suffix, !draft);
        }
    }

    private Theme randomTheme() {
        return DemoVocabulary.THEMES.get(rnd.nextInt(DemoVocabulary.THEMES.size()));
    }

    private void recommendation(SourceType type, UUID source, String region, Theme theme, boolean regionsPriority,
            LocalDate sourceEnd, Multilingual suffix, boolean submit) {
        Draft d = new Draft();
        d.number = drafts.size() + 1;
        d.theme = theme;
        d.sourceEnd = sourceEnd;
        Recommendation r = new Recommendation();
        d.r = r;
        r.id = uuid("recommendation/" + d.number);
        r.text = new Multilingual(theme.text().kk() + suffix.kk(), theme.text().ru() + suffix.ru(), theme.text().en() + suffix.en());
        r.sourceType = type;
        r.sourceId = source;
        r.forumId = FORUM_ID;
        r.regionCode = region;
        r.spheres = new ArrayList<>(theme.spheres());
        r.sdgGoals = new ArrayList<>(theme.sdgs());
        r.priority = regionsPriority || theme.key().equals("concept-2030") ? Priority.HIGH
                : rnd.nextDouble() < 0.6 ? Priority.MEDIUM : Priority.LOW;
        int authorCount = 1 + (rnd.nextDouble() < 0.4 ? 1 : 0) + (rnd.nextDouble() < 0.1 ? 1 : 0);
        for (int a = 0; a < authorCount; a++) {
            UUID ngo = authors.get(rnd.nextInt(authors.size())).id();
            if (!r.authorNgoIds.contains(ngo)) {
                r.authorNgoIds.add(ngo);
            }
        }
        int addresseeCount = rnd.nextDouble() < 0.35 ? 2 : 1;
        while (r.addressees.size() < addresseeCount) {
            Addressee a = addressee(region, theme);
            if (r.addressees.stream().noneMatch(x -> x.type() == a.type())) {
                r.addressees.add(a);
            }
        }
        if (submit) {
            d.submitted = at(sourceEnd.plusDays(3 + rnd.nextInt(18)), 10 + rnd.nextInt(8));
            r.createdAt = d.submitted.minusHours(2 + rnd.nextInt(70));
            d.fate = fate();
        } else {
            r.createdAt = at(sourceEnd.plusDays(20 + rnd.nextInt(20)), 10 + rnd.nextInt(8));
            d.fate = RecommendationStatus.DRAFT;
        }
        if (r.createdAt.isBefore(at(sourceEnd, 18))) {
            r.createdAt = at(sourceEnd, 18);
        }
        drafts.add(d);
    }

    /** Regional: central 30, local 35, Civil Alliance 15, business 10, experts 10; republican: no local agencies. */
    private Addressee addressee(String region, Theme theme) {
        double x = rnd.nextDouble();
        AddresseeType type;
        if (region == null) {
            type = x < 0.6 ? AddresseeType.CENTRAL_AGENCY : x < 0.8 ? AddresseeType.CIVIL_ALLIANCE
                    : x < 0.9 ? AddresseeType.BUSINESS : AddresseeType.EXPERTS;
        } else {
            type = x < 0.3 ? AddresseeType.CENTRAL_AGENCY : x < 0.65 ? AddresseeType.LOCAL_AGENCY
                    : x < 0.8 ? AddresseeType.CIVIL_ALLIANCE : x < 0.9 ? AddresseeType.BUSINESS : AddresseeType.EXPERTS;
        }
        if (type == AddresseeType.LOCAL_AGENCY) {
            List<DemoReplicas.Body> local = localByRegion.get(region);
            if (local == null) {
                type = AddresseeType.CENTRAL_AGENCY;
            } else {
                return new Addressee(type, local.get(rnd.nextInt(local.size())).id());
            }
        }
        if (type == AddresseeType.CENTRAL_AGENCY) {
            return new Addressee(type, centralBody(theme));
        }
        return new Addressee(type, null);
    }

    /** The theme's usual addressee when the replica has it (mostly the first one), else any central body. */
    private UUID centralBody(Theme theme) {
        List<String> names = theme.centralBodies();
        String wanted = names.get(rnd.nextDouble() < 0.7 ? 0 : rnd.nextInt(names.size()));
        return central.stream().filter(b -> wanted.equals(b.shortName())).map(DemoReplicas.Body::id).findFirst()
                .orElseGet(() -> central.get(rnd.nextInt(central.size())).id());
    }

    /** Undecided 6%, declined 12%, accepted 8%, in progress 37%, implemented 17%, partially 12%, not implemented 8%. */
    private RecommendationStatus fate() {
        double x = rnd.nextDouble();
        return x < 0.06 ? RecommendationStatus.SUBMITTED : x < 0.18 ? RecommendationStatus.DECLINED
                : x < 0.26 ? RecommendationStatus.ACCEPTED : x < 0.63 ? RecommendationStatus.IN_PROGRESS
                : x < 0.80 ? RecommendationStatus.IMPLEMENTED : x < 0.92 ? RecommendationStatus.PARTIALLY_IMPLEMENTED
                : RecommendationStatus.NOT_IMPLEMENTED;
    }

    private static boolean accepted(RecommendationStatus fate) {
        return fate == RecommendationStatus.ACCEPTED || fate == RecommendationStatus.IN_PROGRESS || fate.isOutcome();
    }

    /** About 5% are merged into an earlier one of the same source and theme that is accepted later (it is live then). */
    private void merges() {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.fate == RecommendationStatus.DRAFT || rnd.nextDouble() >= 0.05) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Draft t = drafts.get(j);
                if (t.r.sourceId.equals(d.r.sourceId) && t.theme == d.theme && accepted(t.fate) && t.mergedInto == null) {
                    d.fate = RecommendationStatus.MERGED;
                    d.mergedInto = t;
                    break;
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Recommendations: their life

    private void plan(Draft d) {
        if (d.fate == RecommendationStatus.DRAFT) {
            return;
        }
        d.steps.add(new Step(d.submitted, StepKind.SUBMIT, RecommendationStatus.SUBMITTED, null, null));
        if (d.fate == RecommendationStatus.MERGED) {
            OffsetDateTime later = d.submitted.isAfter(d.mergedInto.submitted) ? d.submitted : d.mergedInto.submitted;
            d.merged = later.plusDays(2 + rnd.nextInt(7));
            d.steps.add(new Step(d.merged, StepKind.TRANSITION, RecommendationStatus.MERGED, null, null));
            d.mergedInto.steps.add(new Step(d.merged, StepKind.ABSORB, null, null, null));
            return;
        }
        answers(d);
        if (d.fate == RecommendationStatus.SUBMITTED) {
            return;
        }
        d.decided = at(DECISIONS_FROM.plusDays(rnd.nextInt(48)), 10 + rnd.nextInt(8));
        if (d.fate == RecommendationStatus.DECLINED) {
            String reason = DemoVocabulary.DECLINE_REASONS.get(rnd.nextInt(DemoVocabulary.DECLINE_REASONS.size()));
            d.steps.add(new Step(d.decided, StepKind.TRANSITION, RecommendationStatus.DECLINED, reason, null));
            return;
        }
        d.steps.add(new Step(d.decided, StepKind.TRANSITION, RecommendationStatus.ACCEPTED, null, null));
        if (d.fate == RecommendationStatus.ACCEPTED) {
            return;
        }
        d.started = d.decided.plusDays(20 + rnd.nextInt(180));
        d.steps.add(new Step(d.started, StepKind.TRANSITION, RecommendationStatus.IN_PROGRESS, null, null));
        if (d.fate == RecommendationStatus.IN_PROGRESS) {
            return;
        }
        d.outcome = d.started.plusDays(120 + rnd.nextInt(360));
        if (d.outcome.toLocalDate().isAfter(AS_OF)) {
            d.outcome = at(AS_OF.minusDays(rnd.nextInt(30)), 10 + rnd.nextInt(8));
        }
        d.steps.add(new Step(d.outcome, StepKind.TRANSITION, d.fate, null, null));
    }

    /**
     * Each addressed body answers on time, late or never, depending on its diligence; a few answer again later with
     * another position. The answer's position fits the recommendation's fate.
     */
    private void answers(Draft d) {
        LocalDate submittedOn = d.submitted.atZoneSameInstant(Timestamps.ALMATY).toLocalDate();
        LocalDate due = dueDate(d.submitted);
        int dueDays = (int) Math.max(1, ChronoUnit.DAYS.between(submittedOn, due));
        for (Addressee a : d.r.addressees) {
            if (!a.type().isAgency()) {
                continue;
            }
            double onTime = 0.3 + 0.55 * diligence.get(a.governmentBodyId());
            double x = rnd.nextDouble();
            LocalDate day;
            if (x < onTime) {
                day = submittedOn.plusDays(Math.min(dueDays, 2 + rnd.nextInt(dueDays)));
            } else if (x < onTime + (1 - onTime) / 2) {
                day = due.plusDays(1 + rnd.nextInt(75));
            } else {
                continue;
            }
            ResponsePosition position = position(d.fate);
            d.steps.add(new Step(at(day, 9 + rnd.nextInt(9)), StepKind.ANSWER, null, null, answer(d, a, position, 1, day, due)));
            if (rnd.nextDouble() < 0.05) {
                LocalDate again = day.plusDays(20 + rnd.nextInt(70));
                ResponsePosition other = position == ResponsePosition.SUPPORTED ? ResponsePosition.PARTIALLY_SUPPORTED
                        : ResponsePosition.SUPPORTED;
                d.steps.add(new Step(at(again, 9 + rnd.nextInt(9)), StepKind.ANSWER, null, null, answer(d, a, other, 2, again, due)));
            }
        }
    }

    private ResponsePosition position(RecommendationStatus fate) {
        if (fate == RecommendationStatus.DECLINED) {
            return ResponsePosition.NOT_SUPPORTED;
        }
        if (fate == RecommendationStatus.SUBMITTED) {
            return ResponsePosition.values()[rnd.nextInt(3)];
        }
        return rnd.nextDouble() < 0.75 ? ResponsePosition.SUPPORTED : ResponsePosition.PARTIALLY_SUPPORTED;
    }

    private GovernmentResponse answer(Draft d, Addressee a, ResponsePosition position, int n, LocalDate day, LocalDate due) {
        GovernmentResponse g = new GovernmentResponse();
        g.id = uuid("recommendation/" + d.number + "/response/" + a.governmentBodyId() + "/" + n);
        g.recommendationId = d.r.id;
        g.governmentBodyId = a.governmentBodyId();
        g.position = position;
        List<Multilingual> texts = switch (position) {
            case SUPPORTED -> DemoVocabulary.RESPONSES_SUPPORTED;
            case PARTIALLY_SUPPORTED -> DemoVocabulary.RESPONSES_PARTIAL;
            case NOT_SUPPORTED -> DemoVocabulary.RESPONSES_NOT_SUPPORTED;
        };
        g.text = texts.get(rnd.nextInt(texts.size()));
        g.responseDueDate = due;
        g.onTime = !day.isAfter(due);
        g.firstFromBody = n == 1;
        g.actor = ACTOR;
        return g;
    }

    private LocalDate dueDate(OffsetDateTime submitted) {
        return submitted.atZoneSameInstant(Timestamps.ALMATY).plus(responseDeadline).toLocalDate();
    }

    /** Runs the steps in time order: versions, history, answers and events as the service records them. */
    private void replay(Draft d) {
        Recommendation r = d.r;
        r.status = RecommendationStatus.DRAFT;
        r.version = 0;
        r.updatedAt = r.createdAt;
        history(d, null, null, r.createdAt);
        d.steps.sort(Comparator.comparing(Step::at));
        for (Step s : d.steps) {
            r.version++;
            r.updatedAt = s.at();
            switch (s.kind()) {
                case SUBMIT -> {
                    r.status = RecommendationStatus.SUBMITTED;
                    r.submittedAt = s.at();
                    r.responseDueDate = dueDate(s.at());
                    history(d, RecommendationStatus.DRAFT, null, s.at());
                    events.add(new DemoData.Event(s.at(), RecommendationSubmittedEvent.TOPIC, RecommendationSubmittedEvent.TYPE,
                            r.id.toString(), RecommendationSubmittedEvent.of(r)));
                }
                case ANSWER -> {
                    GovernmentResponse g = s.answer();
                    g.respondedAt = s.at();
                    g.recommendationVersion = r.version;
                    responses.add(g);
                    events.add(new DemoData.Event(s.at(), RecommendationSubmittedEvent.TOPIC,
                            RecommendationResponseRecordedEvent.TYPE, r.id.toString(), RecommendationResponseRecordedEvent.of(g)));
                }
                case TRANSITION -> {
                    RecommendationStatus from = r.status;
                    r.status = s.to();
                    if (s.to() == RecommendationStatus.MERGED) {
                        r.mergedIntoId = d.mergedInto.r.id;
                    }
                    RecommendationStatusChange c = history(d, from, s.reason(), s.at());
                    events.add(new DemoData.Event(s.at(), RecommendationSubmittedEvent.TOPIC, RecommendationStatusChangedEvent.TYPE,
                            r.id.toString(), RecommendationStatusChangedEvent.of(c)));
                }
                case ABSORB -> {
                    // another recommendation was merged into this one: its representation (mergedFrom) changed
                }
            }
        }
    }

    private RecommendationStatusChange history(Draft d, RecommendationStatus from, String reason, OffsetDateTime at) {
        RecommendationStatusChange c = new RecommendationStatusChange();
        c.id = uuid("recommendation/" + d.number + "/change/" + d.r.version);
        c.recommendationId = d.r.id;
        c.from = from;
        c.to = d.r.status;
        c.reason = reason;
        c.mergedIntoId = d.r.mergedIntoId;
        c.actor = ACTOR;
        c.changedAt = at;
        c.recommendationVersion = d.r.version;
        changes.add(c);
        return c;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Evidence and civil society's assessments

    private void implementation() {
        for (Draft d : drafts) {
            RecommendationStatus fate = d.fate;
            if (fate.needsEvidence()) {
                Evidence e = new Evidence();
                e.id = uuid("recommendation/" + d.number + "/evidence/1");
                e.recommendationId = d.r.id;
                e.kind = EvidenceKind.DOCUMENT;
                e.url = "https://demo.civic.kz/forum-xi/evidence/" + d.number + ".pdf";
                e.description = new Multilingual("Ұсынымның орындалуы туралы есеп", "Отчёт об исполнении рекомендации",
                        "Report on the implementation of the recommendation");
                e.governmentBodyId = d.r.addressees.stream().filter(a -> a.type().isAgency()).map(Addressee::governmentBodyId)
                        .findFirst().orElse(null);
                e.actor = ACTOR;
                e.addedAt = d.outcome.minusDays(1 + rnd.nextInt(10));
                evidence.add(e);
            }
            OffsetDateTime since = fate.isOutcome() ? d.outcome : fate == RecommendationStatus.IN_PROGRESS ? d.started : null;
            if (since == null || rnd.nextDouble() >= 0.45) {
                continue;
            }
            ImplementationRating rating;
            ImplementationRating government = ImplementationRating.of(fate);
            if (government == null) {
                rating = rnd.nextBoolean() ? ImplementationRating.NOT_IMPLEMENTED : ImplementationRating.PARTIALLY_IMPLEMENTED;
            } else {
                double x = rnd.nextDouble();
                int level = government.level() + (x < 0.6 ? 0 : x < 0.9 ? -1 : 1);
                rating = ImplementationRating.values()[Math.max(0, Math.min(2, level))];
            }
            assessment(d, 1, CivilSocietyAssessment.Assessor.CIVIL_ALLIANCE, null, rating, since);
            if (fate.isOutcome() && rnd.nextDouble() < 0.25) {
                assessment(d, 2, CivilSocietyAssessment.Assessor.AUTHOR_NGO, d.r.authorNgoIds.get(0),
                        ImplementationRating.values()[rnd.nextInt(3)], since);
            }
        }
    }

    private void assessment(Draft d, int n, CivilSocietyAssessment.Assessor assessor, UUID ngo, ImplementationRating rating,
            OffsetDateTime since) {
        CivilSocietyAssessment a = new CivilSocietyAssessment();
        a.id = uuid("recommendation/" + d.number + "/assessment/" + n);
        a.recommendationId = d.r.id;
        a.assessor = assessor;
        a.ngoId = ngo;
        a.rating = rating;
        a.comment = DemoVocabulary.ASSESSMENT_COMMENTS.get(rnd.nextInt(DemoVocabulary.ASSESSMENT_COMMENTS.size()));
        a.actor = ACTOR;
        OffsetDateTime at = since.plusDays(10 + rnd.nextInt(50));
        OffsetDateTime last = at(AS_OF, 18);
        a.assessedAt = at.isAfter(last) ? last.minusMinutes(n) : at;
        assessments.add(a);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The action plan 2024-2025

    private ActionPlan actionPlan() {
        ActionPlan plan = new ActionPlan();
        plan.id = uuid("action-plan/2024-2025");
        plan.forumId = FORUM_ID;
        plan.title = DemoVocabulary.ACTION_PLAN_TITLE;
        plan.periodStart = 2024;
        plan.periodEnd = 2025;
        plan.createdAt = at(PLAN_ADOPTED, 10);
        Map<String, UUID> byShortName = new LinkedHashMap<>();
        central.forEach(b -> byShortName.putIfAbsent(b.shortName(), b.id()));
        int n = 0;
        for (Theme t : DemoVocabulary.THEMES) {
            UUID body = t.centralBodies().stream().map(byShortName::get).filter(Objects::nonNull).findFirst()
                    .orElse(central.get(0).id());
            List<UUID> recommendations = drafts.stream().filter(d -> d.theme == t && accepted(d.fate))
                    .limit(12).map(d -> d.r.id).toList();
            boolean concept = t.key().equals("concept-2030");
            item(plan, ++n, t.item(), body, t, recommendations, concept ? 3 : 1 + rnd.nextInt(2),
                    concept ? LocalDate.of(2025, 12, 31) : null, t.target());
        }
        Theme houses = DemoVocabulary.theme("ngo-houses");
        for (String region : List.of("KZ-10", "KZ-11", "KZ-33", "KZ-55", "KZ-61", "KZ-62", "KZ-63", "KZ-71")) {
            List<DemoReplicas.Body> local = localByRegion.get(region);
            if (local == null) {
                continue;
            }
            UUID akimat = local.stream().filter(b -> "AKIMAT".equals(b.kind())).map(DemoReplicas.Body::id).findFirst()
                    .orElse(local.get(0).id());
            List<UUID> recommendations = drafts.stream()
                    .filter(d -> d.theme == houses && accepted(d.fate) && region.equals(d.r.regionCode)).map(d -> d.r.id).toList();
            RegionalForumSpec spec = DemoVocabulary.REGIONAL_FORUMS.stream().filter(s -> s.region().equals(region)).findFirst()
                    .orElseThrow();
            Multilingual title = new Multilingual(houses.item().kk() + ": " + spec.regionName().kk(),
                    houses.item().ru() + ": " + spec.regionName().ru(), houses.item().en() + ": " + spec.regionName().en());
            item(plan, ++n, title, akimat, houses, recommendations, 1, null, houses.target());
        }
        return plan;
    }

    private static final List<LocalDate> DEADLINES = List.of(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31),
            LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31));

    private record ItemStep(OffsetDateTime at, ActionPlanItemStatus to, String reason, IndicatorMeasurement measurement) {
    }

    private void item(ActionPlan plan, int n, Multilingual title, UUID body, Theme theme, List<UUID> recommendations,
            int weight, LocalDate deadline, int target) {
        ActionPlanItem i = new ActionPlanItem();
        i.id = uuid("action-plan/2024-2025/item/" + n);
        i.planId = plan.id;
        i.title = title;
        i.responsibleBodyId = body;
        i.deadline = deadline != null ? deadline : DEADLINES.get(rnd.nextInt(DEADLINES.size()));
        i.weight = BigDecimal.valueOf(weight);
        i.indicatorUnit = theme.unit();
        i.indicatorBaseline = BigDecimal.valueOf(theme.baseline());
        i.indicatorTarget = BigDecimal.valueOf(target);
        i.recommendationIds = new ArrayList<>(recommendations);
        i.createdAt = at(PLAN_ADOPTED.plusDays(rnd.nextInt(28)), 10 + rnd.nextInt(8));
        i.status = ActionPlanItemStatus.PLANNED;
        i.version = 0;
        i.updatedAt = i.createdAt;
        items.add(i);
        itemHistory(i, null, null, i.createdAt);
        ActionPlanItem created = new ActionPlanItem();
        created.id = i.id;
        created.planId = i.planId;
        created.title = i.title;
        created.responsibleBodyId = i.responsibleBodyId;
        created.deadline = i.deadline;
        created.weight = i.weight;
        created.indicatorUnit = i.indicatorUnit;
        created.indicatorBaseline = i.indicatorBaseline;
        created.indicatorTarget = i.indicatorTarget;
        created.recommendationIds = List.copyOf(i.recommendationIds);
        created.status = ActionPlanItemStatus.PLANNED;
        events.add(new DemoData.Event(i.createdAt, ActionPlanItemCreatedEvent.TOPIC, ActionPlanItemCreatedEvent.TYPE,
                i.id.toString(), ActionPlanItemCreatedEvent.of(created, FORUM_ID)));

        ActionPlanItemStatus fate = itemFate(i.deadline);
        OffsetDateTime asOf = at(AS_OF, 18);
        List<ItemStep> steps = new ArrayList<>();
        OffsetDateTime started = null;
        OffsetDateTime end = asOf;
        if (fate != ActionPlanItemStatus.PLANNED && !(fate == ActionPlanItemStatus.CANCELLED && rnd.nextBoolean())) {
            started = i.createdAt.plusDays(15 + rnd.nextInt(75));
            steps.add(new ItemStep(started, ActionPlanItemStatus.IN_PROGRESS, null, null));
        }
        OffsetDateTime from = started != null ? started : i.createdAt;
        if (fate == ActionPlanItemStatus.DONE) {
            end = min(at(i.deadline.minusDays(rnd.nextInt(60)), 11), asOf.minusDays(1 + rnd.nextInt(20)));
            if (!end.isAfter(from)) {
                end = from.plusDays(10);
            }
            steps.add(new ItemStep(end, ActionPlanItemStatus.DONE, null, null));
        } else if (fate == ActionPlanItemStatus.CANCELLED) {
            end = min(from.plusDays(30 + rnd.nextInt(170)), asOf);
            steps.add(new ItemStep(end, ActionPlanItemStatus.CANCELLED,
                    "Superseded by the amended Concept of Civil Society Development", null));
        }
        if (started != null) {
            // quarterly measurements while the item is open; the last before DONE reaches the target
            LocalDate quarter = quarterEnd(started.toLocalDate());
            int k = 0;
            while (at(quarter.plusDays(5), 11).isBefore(end)) {
                k++;
                double share = Math.min(0.95, k * (0.1 + 0.15 * rnd.nextDouble()));
                steps.add(new ItemStep(at(quarter.plusDays(5), 11), null, null, measurement(i, k, quarter, share)));
                quarter = quarterEnd(quarter.plusDays(1));
            }
            if (fate == ActionPlanItemStatus.DONE) {
                LocalDate last = end.toLocalDate().minusDays(1);
                steps.add(new ItemStep(end.minusHours(1), null, null, measurement(i, k + 1, last, 1.0)));
            }
        }
        steps.sort(Comparator.comparing(ItemStep::at));
        for (ItemStep s : steps) {
            i.version++;
            i.updatedAt = s.at();
            if (s.measurement() != null) {
                IndicatorMeasurement m = s.measurement();
                m.recordedAt = s.at();
                measurements.add(m);
                if (i.currentMeasuredOn == null || !m.measuredOn.isBefore(i.currentMeasuredOn)) {
                    i.currentValue = m.value;
                    i.currentMeasuredOn = m.measuredOn;
                }
            } else {
                ActionPlanItemStatus previous = i.status;
                i.status = s.to();
                ActionPlanItemStatusChange c = itemHistory(i, previous, s.reason(), s.at());
                events.add(new DemoData.Event(s.at(), ActionPlanItemCreatedEvent.TOPIC, ActionPlanItemStatusChangedEvent.TYPE,
                        i.id.toString(), ActionPlanItemStatusChangedEvent.of(i, c)));
            }
        }
    }

    /** Past deadline: done 60%, still in progress 25%, cancelled 10%, never started 5%; later: mostly in progress. */
    private ActionPlanItemStatus itemFate(LocalDate deadline) {
        double x = rnd.nextDouble();
        if (deadline.isBefore(AS_OF)) {
            return x < 0.6 ? ActionPlanItemStatus.DONE : x < 0.85 ? ActionPlanItemStatus.IN_PROGRESS
                    : x < 0.95 ? ActionPlanItemStatus.CANCELLED : ActionPlanItemStatus.PLANNED;
        }
        return x < 0.7 ? ActionPlanItemStatus.IN_PROGRESS : x < 0.85 ? ActionPlanItemStatus.PLANNED : ActionPlanItemStatus.DONE;
    }

    private IndicatorMeasurement measurement(ActionPlanItem i, int k, LocalDate on, double share) {
        IndicatorMeasurement m = new IndicatorMeasurement();
        m.id = uuid("action-plan/2024-2025/item/" + i.id + "/measurement/" + k);
        m.itemId = i.id;
        BigDecimal span = i.indicatorTarget.subtract(i.indicatorBaseline);
        m.value = i.indicatorBaseline.add(span.multiply(BigDecimal.valueOf(share))).setScale(0, RoundingMode.HALF_UP);
        m.measuredOn = on;
        m.actor = ACTOR;
        return m;
    }

    private ActionPlanItemStatusChange itemHistory(ActionPlanItem i, ActionPlanItemStatus from, String reason, OffsetDateTime at) {
        ActionPlanItemStatusChange c = new ActionPlanItemStatusChange();
        c.id = uuid("action-plan/2024-2025/item/" + i.id + "/change/" + i.version);
        c.itemId = i.id;
        c.from = from;
        c.to = i.status;
        c.reason = reason;
        c.actor = ACTOR;
        c.changedAt = at;
        c.itemVersion = i.version;
        itemChanges.add(c);
        return c;
    }

    private static LocalDate quarterEnd(LocalDate day) {
        LocalDate firstOfQuarter = day.withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
        return firstOfQuarter.plusMonths(3).minusDays(1);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Awards

    private void awards() {
        RegionalForum abai = regional("KZ-10");
        for (int k = 0; k < DemoVocabulary.ABAI_NOMINATIONS.size(); k++) {
            award(abai, k + 1, DemoVocabulary.ABAI_NOMINATIONS.get(k), k < 3 ? ForumAward.Type.PRIZE : ForumAward.Type.LETTER_OF_THANKS);
        }
        award(regional("KZ-71"), 1, DemoVocabulary.SOCIAL_PROJECT_NOMINATION, ForumAward.Type.PRIZE);
        award(regional("KZ-71"), 2, DemoVocabulary.SOCIAL_PROJECT_NOMINATION, ForumAward.Type.LETTER_OF_THANKS);
        award(regional("KZ-39"), 1, DemoVocabulary.SOCIAL_PROJECT_NOMINATION, ForumAward.Type.LETTER_OF_THANKS);
        award(regional("KZ-62"), 1, DemoVocabulary.SOCIAL_PROJECT_NOMINATION, ForumAward.Type.LETTER_OF_THANKS);
    }

    private RegionalForum regional(String region) {
        return regionalForums.stream().filter(f -> f.regionCode.equals(region)).findFirst().orElseThrow();
    }

    private void award(RegionalForum f, int n, Multilingual nomination, ForumAward.Type type) {
        ForumAward a = new ForumAward();
        a.id = uuid("award/" + f.regionCode + "/" + n);
        a.regionalForumId = f.id;
        a.forumId = FORUM_ID;
        a.nomination = nomination;
        a.ngoId = authors.get(rnd.nextInt(authors.size())).id();
        a.type = type;
        a.createdAt = at(f.endDate, 17).plusMinutes(n);
        awards.add(a);
        events.add(new DemoData.Event(a.createdAt, ForumAwardGrantedEvent.TOPIC, ForumAwardGrantedEvent.TYPE, a.id.toString(),
                ForumAwardGrantedEvent.of(a, f.regionCode)));
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** {@code day} at {@code hour} (and a random minute) in Kazakhstan. */
    private OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, rnd.nextInt(60))).atZone(Timestamps.ALMATY).toOffsetDateTime();
    }

    private static OffsetDateTime min(OffsetDateTime a, OffsetDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
