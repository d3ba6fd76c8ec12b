package kz.civic.procurement.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.civic.platform.security.IinHasher;
import kz.civic.procurement.Application;
import kz.civic.procurement.Award;
import kz.civic.procurement.Call;
import kz.civic.procurement.CallStatus;
import kz.civic.procurement.FundingPlan;
import kz.civic.procurement.GranteeReport;
import kz.civic.procurement.Instrument;
import kz.civic.procurement.NgoPerson;
import kz.civic.procurement.NgoReplica;
import kz.civic.procurement.NgoReport;
import kz.civic.procurement.ReportKind;
import kz.civic.procurement.ReportStatus;
import kz.civic.procurement.eligibility.Eligibility;
import kz.civic.procurement.eligibility.RuleResult;
import kz.civic.procurement.repository.NgoReplicaRepository;
import kz.civic.procurement.rest.ApplicationRequest;
import kz.civic.procurement.rest.AssessmentRequest;
import kz.civic.procurement.rest.AwardRequest;
import kz.civic.procurement.rest.CallRequest;
import kz.civic.procurement.rest.ContractRequest;
import kz.civic.procurement.rest.FundingPlanRequest;
import kz.civic.procurement.rest.Money;
import kz.civic.procurement.rest.ReportRequest;
import kz.civic.procurement.rest.ScoreRequest;
import kz.civic.procurement.service.ApplicationService;
import kz.civic.procurement.service.AssessmentService;
import kz.civic.procurement.service.AwardService;
import kz.civic.procurement.service.CallLifecycleService;
import kz.civic.procurement.service.CallService;
import kz.civic.procurement.service.CommissionService;
import kz.civic.procurement.service.ContractService;
import kz.civic.procurement.service.EligibilityService;
import kz.civic.procurement.service.FundingPlanService;
import kz.civic.procurement.service.GranteeReportService;
import kz.civic.procurement.service.PaymentService;
import kz.civic.procurement.service.RankingService;
import kz.civic.procurement.service.ReferenceDataService;
import kz.civic.procurement.service.Times;

/**
 * Writes the demo of {@link DemoScript} through the real services, in one transaction, acting as the
 * officer, each applicant NGO and each commission member in turn ({@link DemoActors}): plans drafted and
 * approved, calls created and moved along their lifecycle, applications submitted, commission seated,
 * applications scored (members in conflict declare it instead), awards decided from the ranking within the
 * budget, contracts signed with their tranches, tranches paid after the grantee's reports are approved. The
 * services check their rules and append their events to the outbox exactly as for requests.
 *
 * <p>Applicants are picked from the NGO replica deterministically (ordered by a hash of the NGO id and the
 * call), so the same register gives the same demo. A refused application is only computed with the
 * eligibility rules the service applies ({@link EligibilityService}): submitting it would answer 422 and
 * roll the whole load back.
 */
@ApplicationScoped
public class DemoDataWriter {

    /** Advisory lock key of the load ("pdemo"). */
    private static final long LOCK = 0x7064656d6fL;
    private static final int TIMEOUT_SECONDS = 600;
    private static final long SEED = 20_240_101L;
    /** The demo's commission: members (token {@code sub}) and their IINs (invented; only their hashes are kept). */
    private static final List<String> MEMBERS = List.of("demo-commission-member-1", "demo-commission-member-2",
            "demo-commission-member-3", "demo-commission-member-4", "demo-commission-member-5");
    private static final List<String> MEMBER_IINS = List.of("710315400017", "680822300029", "820101450032",
            "750607300045", "900212400057");

    private final EntityManager em;
    private final DemoActors actors;
    private final FundingPlanService plans;
    private final CallService calls;
    private final CallLifecycleService lifecycle;
    private final ApplicationService applications;
    private final EligibilityService eligibility;
    private final CommissionService commission;
    private final RankingService ranking;
    private final AwardService awards;
    private final ContractService contracts;
    private final PaymentService payments;
    private final GranteeReportService reports;
    private final AssessmentService assessments;
    private final ReferenceDataService reference;
    private final NgoReplicaRepository ngos;
    private final IinHasher hasher;

    public DemoDataWriter(EntityManager em, DemoActors actors, FundingPlanService plans, CallService calls,
            CallLifecycleService lifecycle, ApplicationService applications, EligibilityService eligibility,
            CommissionService commission, RankingService ranking, AwardService awards, ContractService contracts,
            PaymentService payments, GranteeReportService reports, AssessmentService assessments,
            ReferenceDataService reference, NgoReplicaRepository ngos, IinHasher hasher) {
        this.em = em;
        this.actors = actors;
        this.plans = plans;
        this.calls = calls;
        this.lifecycle = lifecycle;
        this.applications = applications;
        this.eligibility = eligibility;
        this.commission = commission;
        this.ranking = ranking;
        this.awards = awards;
        this.contracts = contracts;
        this.payments = payments;
        this.reports = reports;
        this.assessments = assessments;
        this.reference = reference;
        this.ngos = ngos;
        this.hasher = hasher;
    }

    /** Whether the demo's officer has created plans (the demo is there). */
    boolean exists() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM funding_plan WHERE created_by = :officer")
                .setParameter("officer", DemoActors.OFFICER).getSingleResult()).longValue() > 0;
    }

    /** Loads the demo unless it is there (then an empty result). */
    @ActivateRequestContext
    public DemoResult write() {
        return QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> {
            em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:k)) l").setParameter("k", LOCK)
                    .getSingleResult();
            if (exists()) {
                return new DemoResult(Map.of(), List.of());
            }
            try {
                return new Run().all();
            } finally {
                Times.backToPresent();
            }
        });
    }

    /** One load: its counters, refusals and random numbers. */
    private final class Run {

        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final List<DemoResult.Refusal> refusals = new ArrayList<>();
        private final Random random = new Random(SEED);
        private final Map<String, UUID> planIds = new HashMap<>();
        private final String forms = reference.eligibleLegalForms().stream().filter(f -> f.matches("[A-Z_]+"))
                .map(f -> "'" + f + "'").collect(Collectors.joining(","));
        private final int reportYear = Eligibility.requiredReportYear(Times.today());
        /** The story's moment of the last step: steps of one thread of the story (a call, a contract) follow it. */
        private LocalDateTime last;

        DemoResult all() {
            for (String k : List.of("plans", "calls", "applications", "refused", "commissionSeats", "recusals",
                    "scores", "awards", "contracts", "tranchesPaid", "granteeReports", "granteeReportsApproved", "contractsCompleted",
                    "assessments", "recommendationLinks", "reportsOnRecord", "misfitsWithoutCandidate")) {
                counts.put(k, 0L);
            }
            List<DemoScript.Plan> planList = DemoScript.plans();
            for (DemoScript.Plan p : planList) {
                plan(p);
            }
            List<DemoScript.Call> callList = DemoScript.calls(planList);
            for (int i = 0; i < callList.size(); i++) {
                call(i, callList.get(i));
            }
            return new DemoResult(counts, List.copyOf(refusals));
        }

        /**
         * The story's clock: the next steps happen on {@code day} (10:00 Asia/Almaty), or just after the previous
         * step when that was later, so what the services record is dated on the story's timeline.
         */
        private void on(LocalDate day) {
            LocalDateTime moment = day.atTime(10, 0);
            if (last != null && !moment.isAfter(last)) {
                moment = last.plusMinutes(1);
            }
            last = moment;
            Times.travelTo(moment);
        }

        /** A new thread of the story (a plan, a call, a contract) starts from its own dates. */
        private void from(LocalDate day) {
            last = null;
            on(day);
        }

        private void count(String what, long n) {
            counts.merge(what, n, Long::sum);
        }

        /** Plans are drafted and approved in the first half of January of their year. */
        private void plan(DemoScript.Plan p) {
            from(LocalDate.of(p.year(), 1, 10));
            actors.officer();
            UUID customer = customer(p);
            FundingPlan plan = plans.create(new FundingPlanRequest(p.year(), p.instrument(), p.level(), customer,
                    p.regionCode(), Money.kzt(BigDecimal.valueOf(p.budgetKzt())), p.title()));
            on(LocalDate.of(p.year(), 1, 15));
            plans.approve(plan.id, "*");
            planIds.put(p.key(), plan.id);
            count("plans", 1);
        }

        /** The script's body when the replica has it, else the first body of the level (and region) by id. */
        private UUID customer(DemoScript.Plan p) {
            List<?> preferred = em.createNativeQuery("SELECT id FROM government_body_replica WHERE id = :id")
                    .setParameter("id", p.customer()).getResultList();
            if (!preferred.isEmpty()) {
                return p.customer();
            }
            String sql = p.regionCode() == null ? "SELECT id FROM government_body_replica WHERE level = 'CENTRAL' ORDER BY id"
                    : "SELECT id FROM government_body_replica WHERE level = 'LOCAL' AND region_code = '" + p.regionCode()
                            + "' ORDER BY id";
            List<?> any = em.createNativeQuery(sql).setMaxResults(1).getResultList();
            if (any.isEmpty()) {
                throw new IllegalStateException("no government body for plan " + p.key() + " in the replica");
            }
            return (UUID) any.get(0);
        }

        /**
         * A call on its story's dates: created with its commission three weeks before the window opens, announced
         * two weeks before, OPEN on the first day, applications during the window, UNDER_REVIEW the day after it
         * closes, scored after the compliance check, awards decided on the evaluation's due date, contracts and
         * their course after that, CLOSED a month after the last contract event.
         */
        private void call(int index, DemoScript.Call s) {
            from(s.opensOn().minusDays(21));
            actors.officer();
            List<UUID> links = recommendations(s);
            Call call = calls.create(new CallRequest(planIds.get(s.plan().key()), s.title(), s.spheres(), null,
                    Money.kzt(BigDecimal.valueOf(s.amountKzt())), s.grantBand(), s.durationMonths(),
                    new CallRequest.Window(s.opensOn(), s.closesOn()), s.criteria().stream()
                            .map(c -> new CallRequest.CriterionRequest(c.code(), c.name(), c.weight())).toList(), links,
                    List.of()));
            count("calls", 1);
            count("recommendationLinks", links.size());
            List<String> seated = new ArrayList<>();
            for (int m = 0; m < 3; m++) {
                int k = (index + m) % MEMBERS.size();
                commission.seat(call.id, MEMBERS.get(k), MEMBER_IINS.get(k));
                seated.add(MEMBERS.get(k));
            }
            count("commissionSeats", seated.size());
            if (s.target() == CallStatus.PLANNED) {
                return;
            }
            on(s.opensOn().minusDays(14));
            move(call, CallStatus.ANNOUNCED, "announced in the official publication");
            if (s.target() == CallStatus.ANNOUNCED) {
                return;
            }
            on(s.opensOn());
            move(call, CallStatus.OPEN, "application window opened on " + s.opensOn());
            List<Application> submitted = apply(s, call);
            if (s.target() == CallStatus.OPEN) {
                return;
            }
            on(s.closesOn().plusDays(1));
            move(call, CallStatus.UNDER_REVIEW, "application window closed on " + s.closesOn());
            on(call.complianceDueOn.plusDays(1));
            score(s, call, submitted, seated);
            if (s.target() == CallStatus.UNDER_REVIEW) {
                return;
            }
            on(call.evaluationDueOn);
            actors.officer();
            LocalDate lastEvent = call.evaluationDueOn;
            if (submitted.isEmpty()) {
                move(call, CallStatus.FAILED, "no eligible application");
            } else {
                List<Award> decided = award(call);
                move(call, CallStatus.AWARDED, "awards decided from the commission's ranking");
                lastEvent = contracts(s, call, decided, s.target() == CallStatus.CLOSED);
            }
            if (s.target() == CallStatus.CLOSED) {
                from(lastEvent.plusMonths(1));
                move(call, CallStatus.CLOSED, "contracts concluded; call closed");
            }
        }

        private void move(Call call, CallStatus to, String reason) {
            actors.officer();
            lifecycle.change(call.id, "*", to, reason);
        }

        /**
         * Recommendations still open (accepted, in progress or partially implemented: a call may not implement one
         * that is IMPLEMENTED, DECLINED or MERGED) of the call's spheres (and region) known from forum events, first
         * two in a fixed order per call.
         */
        private List<UUID> recommendations(DemoScript.Call s) {
            String region = s.plan().regionCode();
            String sql = "SELECT id FROM recommendation_replica WHERE status IN ('ACCEPTED', 'IN_PROGRESS', "
                    + "'PARTIALLY_IMPLEMENTED')"
                    + (s.spheres().isEmpty() ? "" : " AND spheres && " + array(s.spheres()))
                    + (region == null ? "" : " AND (region_code IS NULL OR region_code = '" + region + "')")
                    + " ORDER BY md5(id::text || '" + s.key() + "')";
            return em.createNativeQuery(sql).setMaxResults(2).getResultList().stream().map(UUID.class::cast).toList();
        }

        private List<Application> apply(DemoScript.Call s, Call call) {
            List<UUID> chosen = new ArrayList<>();
            List<Application> submitted = new ArrayList<>();
            for (UUID ngoId : pick(s, Fit.ELIGIBLE, chosen, s.eligible())) {
                onWindowDay(s, submitted.size());
                NgoReplica ngo = ngos.findById(ngoId);
                keepReporting(ngo);
                BigDecimal requested = requestedAmount(s);
                BigDecimal institutional = s.grantBand() == null ? null
                        : requested.multiply(new BigDecimal("0.05")).setScale(0, RoundingMode.DOWN);
                actors.ngo(ngoId);
                submitted.add(applications.submit(request(s, call, ngo, requested, institutional)));
                count("applications", 1);
            }
            for (int k = 0; k < s.misfits().size(); k++) {
                DemoScript.Misfit misfit = s.misfits().get(k);
                onWindowDay(s, submitted.size() + k);
                List<UUID> found = pick(s, Fit.of(misfit), chosen, 1);
                if (found.isEmpty()) {
                    count("misfitsWithoutCandidate", 1);
                    continue;
                }
                NgoReplica ngo = ngos.findById(found.get(0));
                if (misfit != DemoScript.Misfit.NO_REPORT) {
                    keepReporting(ngo);
                }
                BigDecimal requested = switch (misfit) {
                    case OVER_AMOUNT -> s.grantBand() == null ? BigDecimal.valueOf(s.amountKzt() + 1_000_000L)
                            : BigDecimal.valueOf(s.maxRequest() + 500L * DemoScript.mci(s.plan().year()));
                    case INSTITUTIONAL_SHARE -> BigDecimal.valueOf(s.minRequest());
                    default -> requestedAmount(s);
                };
                BigDecimal institutional = misfit == DemoScript.Misfit.INSTITUTIONAL_SHARE
                        ? requested.multiply(new BigDecimal("0.20")).setScale(0, RoundingMode.DOWN) : BigDecimal.ZERO;
                List<RuleResult> rules = eligibility.check(ngo, call, requested, institutional, Times.today());
                List<RuleResult> failed = rules.stream().filter(r -> !r.passed()).toList();
                if (failed.isEmpty()) {
                    throw new IllegalStateException("demo misfit " + misfit + " passes every rule of call " + s.key());
                }
                refusals.add(new DemoResult.Refusal(s.key(), call.id, ngo.ngoId, ngo.bin, failed));
                count("refused", 1);
            }
            return submitted;
        }

        /** The n-th application of a call is sent on the window's (n + 1)-th day after it opens, the last day at most. */
        private void onWindowDay(DemoScript.Call s, int n) {
            LocalDate day = s.opensOn().plusDays(1 + n);
            on(day.isAfter(s.closesOn()) ? s.closesOn() : day);
        }

        private ApplicationRequest request(DemoScript.Call s, Call call, NgoReplica ngo, BigDecimal requested,
                BigDecimal institutional) {
            boolean kazakh = random.nextInt(3) == 0;
            String name = kazakh && ngo.nameKk != null ? ngo.nameKk : ngo.nameRu != null ? ngo.nameRu : ngo.nameKk;
            String topic = kazakh ? s.title().kk() : s.title().ru();
            String title = truncate(topic + ": " + (kazakh ? "жоба" : "проект") + " " + (name == null ? ngo.bin : name), 500);
            String description = kazakh
                    ? "«" + topic + "» конкурсына жоба: " + name + " ұйымы " + s.plan().year() + " жылы " + s.closesOn()
                            .plusMonths(1).getMonthValue() + "-айдан бастап іс-шаралар өткізеді; мақсатты топтар, "
                            + "күтілетін нәтижелер мен бюджет қоса беріледі."
                    : "Проект на конкурс «" + topic + "»: организация " + name + " проводит мероприятия с "
                            + s.closesOn().plusMonths(1).getMonthValue() + "-го месяца " + s.plan().year() + " года; "
                            + "целевые группы, ожидаемые результаты и смета прилагаются.";
            return new ApplicationRequest(call.id, ngo.ngoId, title, description, kazakh ? "kk" : "ru", Money.kzt(requested),
                    Money.kzt(institutional));
        }

        /** A request between the call's bounds, in whole 100,000 KZT above the lower one. */
        private BigDecimal requestedAmount(DemoScript.Call s) {
            long span = s.maxRequest() - s.minRequest();
            long value = s.minRequest() + (span == 0 ? 0 : Math.floorMod(random.nextLong(), span + 1) / 100_000L * 100_000L);
            return BigDecimal.valueOf(value);
        }

        /**
         * The registry's demo register reports up to 2022 (it describes April 2023), so no demo NGO would pass
         * REPORT_FILED today. The demo's applicants are taken to have kept filing: their replica records a report
         * for each year since their last one (and from the year the rule requires on the story's current date) up to
         * the year the rule requires today, so they stay eligible on every later date of the story (report ids
         * name-based, "demo-report:").
         */
        private void keepReporting(NgoReplica ngo) {
            int storyYear = Eligibility.requiredReportYear(Times.today());
            int from = Math.min(ngo.lastReportYear == null ? reportYear : Math.min(ngo.lastReportYear + 1, reportYear),
                    storyYear);
            for (int year = from; year <= reportYear; year++) {
                if (!ngo.hasReportFor(year)) {
                    ngo.reportFiled(new NgoReport(year, UUID.nameUUIDFromBytes(("demo-report:" + ngo.ngoId + ":" + year)
                            .getBytes(StandardCharsets.UTF_8)), OffsetDateTime.of(year + 1, 3, 15, 10, 0, 0, 0,
                            ZoneOffset.ofHours(5)), true));
                    count("reportsOnRecord", 1);
                }
            }
            if (ngo.lastReportYear == null || ngo.lastReportYear < reportYear) {
                ngo.lastReportYear = reportYear;
            }
            ngo.inNgoDatabase = true;
        }

        /**
         * The commission scores every application; a member in conflict with an applicant (a leader or founder of it,
         * or the third member with the first applicant, who worked for it) declares it and, recused from the whole
         * call, scores none of its applications.
         */
        private void score(DemoScript.Call s, Call call, List<Application> submitted, List<String> seated) {
            Set<String> recused = new HashSet<>();
            for (int m = 0; m < seated.size(); m++) {
                String member = seated.get(m);
                String hash = hasher.hash(MEMBER_IINS.get(MEMBERS.indexOf(member)));
                for (int i = 0; i < submitted.size(); i++) {
                    Application a = submitted.get(i);
                    boolean affiliated = ngos.findById(a.ngoId).persons.stream().map(NgoPerson::iinHash)
                            .anyMatch(hash::equals);
                    if (affiliated || (i == 0 && m == 2)) {
                        actors.member(member);
                        commission.declare(a.id, affiliated ? "the member is a leader or founder of the applicant NGO"
                                : "the member worked for the applicant NGO until last year");
                        count("recusals", 1);
                        recused.add(member);
                    }
                }
            }
            for (int i = 0; i < submitted.size(); i++) {
                Application a = submitted.get(i);
                int quality = 45 + random.nextInt(46);
                for (int m = 0; m < seated.size(); m++) {
                    String member = seated.get(m);
                    if (recused.contains(member)) {
                        continue;
                    }
                    actors.member(member);
                    boolean severe = i == 1 && m == 1;
                    List<ScoreRequest.CriterionScore> given = new ArrayList<>();
                    for (DemoScript.Criterion c : s.criteria()) {
                        int value = severe ? quality - 35 : quality + random.nextInt(17) - 8;
                        given.add(new ScoreRequest.CriterionScore(c.code(), Math.max(0, Math.min(100, value))));
                    }
                    commission.score(a.id, new ScoreRequest(given));
                    count("scores", given.size());
                }
            }
        }

        /** Awards down the ranking, each the amount requested, while the call's budget allows. */
        private List<Award> award(Call call) {
            actors.officer();
            List<Award> decided = new ArrayList<>();
            BigDecimal remaining = call.amountKzt;
            for (RankingService.Row row : ranking.ranking(call.id)) {
                BigDecimal amount = row.application().requestedKzt;
                if (amount.compareTo(remaining) <= 0) {
                    decided.add(awards.decide(call.id, new AwardRequest(row.application().id, Money.kzt(amount))));
                    remaining = remaining.subtract(amount);
                    count("awards", 1);
                }
            }
            return decided;
        }

        /**
         * A contract per award for the awarded amount, signed five days after the awards, running from the first
         * day of the next month: NGO awards paid in one tranche, services and grants in two (60% at the start, 40%
         * halfway). A finished call's contracts run their whole course (tranche, interim report approved, tranche,
         * final report ten days after the period, approved, assessed); a running call's have tranche 1 paid and
         * interim report 1 approved, every other one also tranche 2 paid and its final report (a month later, or
         * ten days after the period if sooner) awaiting review. Each step is dated on that timeline; returns the
         * day of the last one.
         */
        private LocalDate contracts(DemoScript.Call s, Call call, List<Award> decided, boolean finished) {
            boolean prize = s.plan().instrument() == Instrument.NGO_AWARD;
            int months = s.durationMonths() != null ? s.durationMonths() : prize ? 1 : 10;
            LocalDate signed = call.evaluationDueOn.plusDays(5);
            LocalDate start = signed.plusMonths(1).withDayOfMonth(1);
            LocalDate end = start.plusMonths(months).minusDays(1);
            LocalDate lastEvent = signed;
            for (int n = 0; n < decided.size(); n++) {
                Award a = decided.get(n);
                List<ContractRequest.TrancheRequest> schedule = new ArrayList<>();
                LocalDate second = start.plusMonths(months / 2);
                if (prize) {
                    schedule.add(new ContractRequest.TrancheRequest(1, Money.kzt(a.amountKzt), start));
                } else {
                    BigDecimal first = a.amountKzt.multiply(new BigDecimal("0.6")).setScale(0, RoundingMode.DOWN);
                    schedule.add(new ContractRequest.TrancheRequest(1, Money.kzt(first), start));
                    schedule.add(new ContractRequest.TrancheRequest(2, Money.kzt(a.amountKzt.subtract(first)), second));
                }
                from(signed);
                actors.officer();
                UUID contract = contracts.sign(new ContractRequest(a.id, Money.kzt(a.amountKzt), start, end, schedule))
                        .contract().id;
                count("contracts", 1);
                on(start);
                pay(contract, 1);
                LocalDate paid = start;
                boolean throughEnd = finished || n % 2 == 0;
                if (schedule.size() == 2) {
                    on(second.minusDays(20));
                    UUID interim = report(contract, a, s, ReportKind.INTERIM, 1);
                    on(second.minusDays(10));
                    approve(contract, interim);
                    if (!throughEnd) {
                        lastEvent = max(lastEvent, second.minusDays(10));
                        continue;
                    }
                    on(second);
                    pay(contract, 2);
                    paid = second;
                } else if (!throughEnd) {
                    lastEvent = max(lastEvent, start);
                    continue;
                }
                LocalDate reported = finished ? end.plusDays(10) : min(end.plusDays(10), paid.plusMonths(1));
                on(reported);
                UUID last = report(contract, a, s, ReportKind.FINAL, null);
                lastEvent = max(lastEvent, reported);
                if (finished) {
                    on(reported.plusDays(10));
                    approve(contract, last);
                    count("contractsCompleted", 1);
                    on(reported.plusDays(14));
                    actors.officer();
                    assessments.record(contract, new AssessmentRequest(last, "Monitoring visit and final report review: "
                            + "activities held as planned, results documented.", 3 + random.nextInt(3)));
                    count("assessments", 1);
                    lastEvent = max(lastEvent, reported.plusDays(14));
                }
            }
            return lastEvent;
        }

        private void pay(UUID contract, int sequence) {
            actors.officer();
            payments.pay(contract, sequence, "*");
            count("tranchesPaid", 1);
        }

        private UUID report(UUID contract, Award a, DemoScript.Call s, ReportKind kind, Integer tranche) {
            int people = 50 * (2 + random.nextInt(9));
            int events = 4 + random.nextInt(9);
            List<ReportRequest.IndicatorRequest> indicators = List.of(
                    new ReportRequest.IndicatorRequest("Участники мероприятий / Participants", "persons",
                            BigDecimal.valueOf(people), BigDecimal.valueOf(people * (85 + random.nextInt(31)) / 100)),
                    new ReportRequest.IndicatorRequest("Проведённые мероприятия / Events held", "events",
                            BigDecimal.valueOf(events), BigDecimal.valueOf(events - random.nextInt(2))));
            String narrative = (kind == ReportKind.FINAL ? "Итоговый отчёт" : "Промежуточный отчёт по траншу " + tranche)
                    + " по проекту «" + s.title().ru() + "»: мероприятия проведены по плану, материалы и фотоотчёт "
                    + "приложены.";
            actors.ngo(a.ngoId);
            GranteeReport r = reports.submit(contract, new ReportRequest(kind, tranche, narrative, indicators));
            count("granteeReports", 1);
            return r.id;
        }

        private void approve(UUID contract, UUID report) {
            actors.officer();
            reports.review(contract, report, "*", ReportStatus.APPROVED, "indicators checked against the documents");
            count("granteeReportsApproved", 1);
        }

        /** NGOs of the given fit for the call, not yet chosen for it, in a fixed order per call. */
        private List<UUID> pick(DemoScript.Call s, Fit fit, List<UUID> chosen, int limit) {
            if (limit <= 0) {
                return List.of();
            }
            String region = s.plan().regionCode();
            String spheres = s.spheres().isEmpty() ? "TRUE" : "spheres && " + array(s.spheres());
            String inRegion = region == null ? "TRUE" : "region_code = '" + region + "'";
            String where = switch (fit) {
                case ELIGIBLE, OVER_AMOUNT, INSTITUTIONAL -> "status = 'ACTIVE' AND legal_form IN (" + forms + ") AND "
                        + inRegion + " AND " + spheres + " AND last_report_year IS NOT NULL";
                case NO_REPORT -> "status = 'ACTIVE' AND legal_form IN (" + forms + ") AND " + inRegion + " AND " + spheres
                        + " AND last_report_year IS NULL AND (registration_date IS NULL OR registration_date <= '"
                        + LocalDate.of(Eligibility.requiredReportYear(Times.today()), 1, 1) + "')";
                case SUSPENDED -> "status = 'SUSPENDED' AND legal_form IN (" + forms + ") AND " + inRegion + " AND " + spheres;
                case INELIGIBLE_FORM -> "status = 'ACTIVE' AND legal_form NOT IN (" + forms + ") AND " + inRegion + " AND "
                        + spheres;
                case OTHER_REGION -> "status = 'ACTIVE' AND legal_form IN (" + forms + ") AND region_code <> '" + region
                        + "' AND " + spheres;
                case OTHER_SPHERE -> "status = 'ACTIVE' AND legal_form IN (" + forms + ") AND " + inRegion + " AND NOT ("
                        + spheres + ")";
            };
            String exclude = chosen.isEmpty() ? "" : " AND ngo_id NOT IN (" + chosen.stream().map(id -> "'" + id + "'")
                    .collect(Collectors.joining(",")) + ")";
            List<UUID> found = em.createNativeQuery("SELECT ngo_id FROM ngo_replica WHERE bin IS NOT NULL AND " + where
                    + exclude + " ORDER BY md5(ngo_id::text || '" + s.key() + "')").setMaxResults(limit).getResultList()
                    .stream().map(UUID.class::cast).toList();
            chosen.addAll(found);
            return found;
        }
    }

    /** Which NGOs an applicant is picked from. */
    private enum Fit {
        ELIGIBLE, NO_REPORT, SUSPENDED, INELIGIBLE_FORM, OTHER_REGION, OTHER_SPHERE, OVER_AMOUNT, INSTITUTIONAL;

        static Fit of(DemoScript.Misfit m) {
            return switch (m) {
                case SUSPENDED -> SUSPENDED;
                case NO_REPORT -> NO_REPORT;
                case INELIGIBLE_FORM -> INELIGIBLE_FORM;
                case OTHER_REGION -> OTHER_REGION;
                case OTHER_SPHERE -> OTHER_SPHERE;
                case OVER_AMOUNT -> OVER_AMOUNT;
                case INSTITUTIONAL_SHARE -> INSTITUTIONAL;
            };
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String array(List<String> codes) {
        return "ARRAY[" + codes.stream().filter(c -> c.matches("[A-Z_]+")).map(c -> "'" + c + "'")
                .collect(Collectors.joining(",")) + "]::text[]";
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
