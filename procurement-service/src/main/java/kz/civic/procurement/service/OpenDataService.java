package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.civic.platform.web.Page;
import kz.civic.procurement.Application;
import kz.civic.procurement.Award;
import kz.civic.procurement.Call;
import kz.civic.procurement.CallStatus;
import kz.civic.procurement.CallStatusChange;
import kz.civic.procurement.Contract;
import kz.civic.procurement.ContractHistoryEntry;
import kz.civic.procurement.FundingPlan;
import kz.civic.procurement.GovernmentBodyReplica;
import kz.civic.procurement.Instrument;
import kz.civic.procurement.NgoReplica;
import kz.civic.procurement.Tranche;
import kz.civic.procurement.config.OpenDataConfig;
import kz.civic.procurement.opendata.Ocds;
import kz.civic.procurement.opendata.Parties;
import kz.civic.procurement.opendata.ThreeSixtyGiving;
import kz.civic.procurement.repository.ApplicationRepository;
import kz.civic.procurement.repository.AwardRepository;
import kz.civic.procurement.repository.CallRepository;
import kz.civic.procurement.repository.CallStatusChangeRepository;
import kz.civic.procurement.repository.ContractHistoryRepository;
import kz.civic.procurement.repository.ContractRepository;
import kz.civic.procurement.repository.FundingPlanRepository;
import kz.civic.procurement.repository.GovernmentBodyReplicaRepository;
import kz.civic.procurement.repository.NgoReplicaRepository;
import kz.civic.procurement.repository.OpenDataRepository;
import kz.civic.procurement.repository.OpenDataRepository.Change;
import kz.civic.procurement.repository.TrancheRepository;

/**
 * Open data derived from the stored data and its history (issue 5 item 6), never kept separately:
 * OCDS 1.1 releases (one contracting process, ocid, per call; one release per recorded change, each
 * reflecting the process as of its date: calls, awards, contracts, paid tranches) and 360Giving 1.4 grants
 * (the awards of the grant instruments, with their contract period and disbursements).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OpenDataService {

    static final String OCDS_VERSION = "1.1";
    static final String THREE_SIXTY_GIVING_VERSION = "1.4";

    private final OpenDataRepository openData;
    private final CallStatusChangeRepository history;
    private final CallRepository calls;
    private final FundingPlanRepository plans;
    private final AwardRepository awards;
    private final ApplicationRepository applications;
    private final NgoReplicaRepository ngos;
    private final GovernmentBodyReplicaRepository bodies;
    private final ContractRepository contracts;
    private final ContractHistoryRepository contractHistory;
    private final TrancheRepository tranches;
    private final OpenDataConfig config;

    public OpenDataService(OpenDataRepository openData, CallStatusChangeRepository history, CallRepository calls,
            FundingPlanRepository plans, AwardRepository awards, ApplicationRepository applications,
            NgoReplicaRepository ngos, GovernmentBodyReplicaRepository bodies, ContractRepository contracts,
            ContractHistoryRepository contractHistory, TrancheRepository tranches, OpenDataConfig config) {
        this.openData = openData;
        this.history = history;
        this.calls = calls;
        this.plans = plans;
        this.awards = awards;
        this.applications = applications;
        this.ngos = ngos;
        this.bodies = bodies;
        this.contracts = contracts;
        this.contractHistory = contractHistory;
        this.tranches = tranches;
        this.config = config;
    }

    /** The ocid of a call's contracting process. */
    public String ocid(UUID callId) {
        return config.ocidPrefix() + "-" + callId;
    }

    /** A page of releases dated at or after {@code since} (null: all), by date then release id. */
    public Page<Ocds.Release> releases(OffsetDateTime since, String cursor, int limit) {
        List<Change> changes = openData.changes(since, Pages.afterTime(cursor, s -> s), limit + 1);
        return Pages.timed(changes, limit, Change::at, Change::releaseId).map(this::release);
    }

    /** The release package around a page of releases; {@code next} is the next page's address, if any. */
    public Ocds.ReleasePackage releasePackage(URI uri, Page<Ocds.Release> page, URI next) {
        OffsetDateTime published = page.items().stream().map(Ocds.Release::date).max(Comparator.naturalOrder())
                .orElse(Times.now());
        return new Ocds.ReleasePackage(uri.toString(), OCDS_VERSION, published,
                new Ocds.Publisher(config.publisherName(), config.publisherUri().orElse(null)), config.license(),
                config.publicationPolicy(), page.items(), next == null ? null : new Ocds.Links(next.toString()));
    }

    /** A page of 360Giving grants: the awards of the configured instruments, in decision order. */
    public Page<ThreeSixtyGiving.Grant> grants(URI base, String cursor, int limit) {
        List<Award> fetched = openData.grants(config.threeSixtyGivingInstruments(), Pages.afterTime(cursor, UUID::fromString),
                limit + 1);
        return Pages.timed(fetched, limit, a -> a.decidedAt, a -> a.id).map(a -> grant(base, a));
    }

    /** The 360Giving package around a page of grants. */
    public ThreeSixtyGiving.GrantPackage grantPackage(Page<ThreeSixtyGiving.Grant> page, URI next) {
        OffsetDateTime modified = page.items().stream().map(ThreeSixtyGiving.Grant::dateModified)
                .max(Comparator.naturalOrder()).orElse(Times.now());
        String instruments = config.threeSixtyGivingInstruments().stream().map(OpenDataService::instrument).sorted()
                .collect(Collectors.joining(", "));
        return new ThreeSixtyGiving.GrantPackage(THREE_SIXTY_GIVING_VERSION, "Grants to NGOs in Kazakhstan",
                "Awards of " + instruments + " to non-governmental organisations, from procurement-service", modified,
                new ThreeSixtyGiving.Publisher(config.publisherName(), config.publisherUri().orElse(null)), config.license(),
                page.items(), next == null ? null : new ThreeSixtyGiving.Links(next.toString()));
    }

    // --- OCDS -----------------------------------------------------------------------------------

    private Ocds.Release release(Change change) {
        return switch (change.kind()) {
            case CALL_STATUS -> callRelease(change, history.findById(change.rowId()));
            case AWARD -> awardRelease(change, awards.findById(change.rowId()));
            case CONTRACT_STEP -> contractRelease(change, contractHistory.findById(change.rowId()));
            case TRANCHE_PAID -> trancheRelease(change, tranches.findById(change.rowId()));
        };
    }

    /** A call's status change: planning (created), tender (announced), tenderUpdate (every later step). */
    private Ocds.Release callRelease(Change change, CallStatusChange step) {
        Call call = calls.findById(step.callId);
        FundingPlan plan = plans.findById(call.planId);
        GovernmentBodyReplica body = bodies.findById(plan.customerBodyId);
        Ocds.Organization buyer = buyer(plan, body);
        List<Ocds.Organization> parties = new ArrayList<>(List.of(buyer));
        List<Ocds.OrganizationReference> tenderers = null;
        if (tenderersPublished(step.toStatus)) {
            tenderers = new ArrayList<>();
            for (Application a : applications.list("callId = ?1 and submittedAt <= ?2 order by submittedAt, id", call.id,
                    step.changedAt)) {
                Ocds.Organization tenderer = ngo(a.ngoId, List.of("tenderer"));
                parties.add(tenderer);
                tenderers.add(reference(tenderer));
            }
        }
        String tag = step.fromStatus == null ? "planning" : step.toStatus == CallStatus.ANNOUNCED ? "tender" : "tenderUpdate";
        Ocds.Planning planning = step.fromStatus == null ? planning(call, plan) : null;
        return new Ocds.Release(ocid(call.id), change.releaseId(), step.changedAt, List.of(tag), "tender", language(call),
                distinct(parties), reference(buyer), planning, tender(call, plan, buyer, step, tenderers), null, null);
    }

    /** An award decision: the award, its supplier and the buyer. */
    private Ocds.Release awardRelease(Change change, Award award) {
        Call call = calls.findById(award.callId);
        FundingPlan plan = plans.findById(call.planId);
        Ocds.Organization buyer = buyer(plan, bodies.findById(plan.customerBodyId));
        Ocds.Organization supplier = ngo(award.ngoId, List.of("tenderer", "supplier"));
        Application application = applications.findById(award.applicationId);
        Ocds.Award a = new Ocds.Award(award.id.toString(), application.projectTitle, "active", award.decidedAt,
                Ocds.Value.kzt(award.amountKzt), List.of(reference(supplier)));
        return new Ocds.Release(ocid(call.id), change.releaseId(), award.decidedAt, List.of("award"), "tender",
                language(call), List.of(buyer, supplier), reference(buyer), null, null, List.of(a), null);
    }

    /** A contract signed (tag contract, status active) or ended, completed or terminated (contractTermination, terminated). */
    private Ocds.Release contractRelease(Change change, ContractHistoryEntry step) {
        Contract contract = contracts.findById(step.contractId);
        boolean signed = ContractHistoryEntry.SIGNED.equals(step.action);
        return contractRelease(change, contract, step.changedAt, signed ? "contract" : "contractTermination",
                signed ? "active" : "terminated", null);
    }

    /** A tranche paid: the contract's implementation with the payment as a transaction from the buyer to the supplier. */
    private Ocds.Release trancheRelease(Change change, Tranche tranche) {
        Contract contract = contracts.findById(tranche.contractId);
        return contractRelease(change, contract, tranche.paidAt, "implementation", "active", tranche);
    }

    private Ocds.Release contractRelease(Change change, Contract contract, OffsetDateTime date, String tag, String status,
            Tranche paid) {
        Call call = calls.findById(contract.callId);
        FundingPlan plan = plans.findById(call.planId);
        Ocds.Organization buyer = buyer(plan, bodies.findById(plan.customerBodyId));
        Ocds.Organization supplier = ngo(contract.ngoId, List.of("tenderer", "supplier"));
        Ocds.Implementation implementation = paid == null ? null : new Ocds.Implementation(List.of(new Ocds.Transaction(
                paid.id.toString(), paid.paidAt, Ocds.Value.kzt(paid.amountKzt), reference(buyer), reference(supplier))));
        Ocds.Contract c = new Ocds.Contract(contract.id.toString(), contract.awardId.toString(), status,
                new Ocds.Period(startOf(contract.periodStart), endOf(contract.periodEnd), null),
                Ocds.Value.kzt(contract.amountKzt), contract.signedAt, implementation);
        return new Ocds.Release(ocid(call.id), change.releaseId(), date, List.of(tag), "tender", language(call),
                List.of(buyer, supplier), reference(buyer), null, null, null, List.of(c));
    }

    /** Who applied is published once the application window has closed (the call left OPEN). */
    private static boolean tenderersPublished(CallStatus status) {
        return status == CallStatus.UNDER_REVIEW || status == CallStatus.AWARDED || status == CallStatus.FAILED
                || status == CallStatus.CLOSED;
    }

    private static Ocds.Planning planning(Call call, FundingPlan plan) {
        String rationale = call.recommendationIds.isEmpty() ? null : "Implements forum recommendations "
                + call.recommendationIds.stream().map(UUID::toString).collect(Collectors.joining(", "));
        return new Ocds.Planning(rationale, new Ocds.Budget(plan.id.toString(), plan.year + " funding plan: "
                + instrument(plan.instrument) + ", " + plan.level.name().toLowerCase() + " level"
                + (plan.regionCode == null ? "" : ", " + plan.regionCode), Ocds.Value.kzt(call.amountKzt),
                Parties.name(plan.titleRu, plan.titleKk, plan.titleEn, plan.id.toString()), plan.id.toString()));
    }

    private static Ocds.Tender tender(Call call, FundingPlan plan, Ocds.Organization buyer, CallStatusChange step,
            List<Ocds.OrganizationReference> tenderers) {
        String title = Parties.name(call.titleRu, call.titleKk, call.titleEn, call.id.toString());
        String criteria = call.criteria.stream().map(c -> c.code() + " " + c.weight() + "%")
                .collect(Collectors.joining(", "));
        return new Ocds.Tender(call.id.toString(), title, call.titleRu == null ? null : call.titleKk, call.titleEn,
                tenderStatus(step), reference(buyer), Ocds.Value.kzt(call.amountKzt), "open",
                instrument(plan.instrument), "services", "ratedCriteria",
                "Commission members score each criterion 0-100; weights: " + criteria, eligibility(call),
                new Ocds.Period(startOf(call.windowOpensOn), endOf(call.windowClosesOn), null),
                call.evaluationDueOn == null ? null : new Ocds.Period(null, endOf(call.evaluationDueOn), null), null,
                tenderers == null ? null : tenderers.size(), tenderers);
    }

    private static String tenderStatus(CallStatusChange step) {
        return switch (step.toStatus) {
            case PLANNED -> "planning";
            case ANNOUNCED -> "planned";
            case OPEN, UNDER_REVIEW -> "active";
            case AWARDED -> "complete";
            case FAILED -> "unsuccessful";
            case CLOSED -> step.fromStatus == CallStatus.FAILED ? "unsuccessful" : "complete";
        };
    }

    private static String eligibility(Call call) {
        List<String> rules = new ArrayList<>(List.of("an NGO ACTIVE in the register", "its NGO-Database report for the "
                + "previous year filed", "a legal form eligible for state NGO funding"));
        if (call.regionCode != null) {
            rules.add("registered in " + call.regionCode);
        }
        if (!call.spheres.isEmpty()) {
            rules.add("working in " + String.join(" or ", call.spheres));
        }
        rules.add(call.grantBand == null ? "a request within the call's amount"
                : "a request within the call's amount and the " + call.grantBand + " grant band");
        return "Applicants must be: " + String.join("; ", rules);
    }

    private Ocds.Organization buyer(FundingPlan plan, GovernmentBodyReplica body) {
        String id = Parties.id(body, plan.customerBodyId, config.ocidPrefix());
        String name = Parties.name(body, id);
        return new Ocds.Organization(id, name, body == null || body.bin == null ? null
                : new Ocds.Identifier(Parties.BIN_SCHEME, body.bin, name),
                body == null || body.regionCode == null ? null : new Ocds.Address(body.regionCode, "Kazakhstan"),
                List.of("buyer", "procuringEntity"));
    }

    private Ocds.Organization ngo(UUID ngoId, List<String> roles) {
        NgoReplica ngo = ngos.findById(ngoId);
        String id = Parties.id(ngo, ngoId, config.ocidPrefix());
        String name = Parties.name(ngo, id);
        return new Ocds.Organization(id, name, ngo == null || ngo.bin == null ? null
                : new Ocds.Identifier(Parties.BIN_SCHEME, ngo.bin, name),
                ngo == null || ngo.regionCode == null ? null : new Ocds.Address(ngo.regionCode, "Kazakhstan"), roles);
    }

    /** One entry per party id (two NGOs sharing a BIN are one organisation to the standard). */
    private static List<Ocds.Organization> distinct(List<Ocds.Organization> parties) {
        Map<String, Ocds.Organization> byId = new LinkedHashMap<>();
        parties.forEach(p -> byId.putIfAbsent(p.id(), p));
        return List.copyOf(byId.values());
    }

    private static Ocds.OrganizationReference reference(Ocds.Organization o) {
        return new Ocds.OrganizationReference(o.id(), o.name());
    }

    private static String language(Call call) {
        return call.titleRu != null ? "ru" : "kk";
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Times.ZONE).toOffsetDateTime();
    }

    private static OffsetDateTime endOf(LocalDate day) {
        return day == null ? null : day.atTime(LocalTime.of(23, 59, 59)).atZone(Times.ZONE).toOffsetDateTime();
    }

    static String instrument(Instrument instrument) {
        return switch (instrument) {
            case STATE_SOCIAL_ORDER -> "state social order";
            case STATE_GRANT -> "state grant";
            case NGO_AWARD -> "NGO award";
            case STRATEGIC_PARTNERSHIP -> "state order for strategic partnership";
        };
    }

    // --- 360Giving ------------------------------------------------------------------------------

    private ThreeSixtyGiving.Grant grant(URI base, Award award) {
        Call call = calls.findById(award.callId);
        FundingPlan plan = plans.findById(call.planId);
        GovernmentBodyReplica body = bodies.findById(plan.customerBodyId);
        NgoReplica ngo = ngos.findById(award.ngoId);
        Application application = applications.findById(award.applicationId);
        String prefix = config.threeSixtyGivingPrefix();
        String callTitle = Parties.name(call.titleRu, call.titleKk, call.titleEn, call.id.toString());
        String recipientId = Parties.id(ngo, award.ngoId, prefix);
        String funderId = Parties.id(body, plan.customerBodyId, prefix);
        Contract contract = contracts.find("awardId", award.id).firstResult();
        List<Tranche> paid = contract == null ? List.of()
                : tranches.list("contractId = ?1 and status = ?2 order by sequence", contract.id, Tranche.PAID);
        List<ThreeSixtyGiving.Event> planned = contract != null
                ? List.of(new ThreeSixtyGiving.Event(contract.periodStart.toString(), contract.periodEnd.toString(),
                        call.durationMonths))
                : call.durationMonths == null ? null : List.of(new ThreeSixtyGiving.Event(null, null, call.durationMonths));
        List<ThreeSixtyGiving.Transaction> disbursements = paid.isEmpty() ? null : paid.stream()
                .map(t -> new ThreeSixtyGiving.Transaction(prefix + "-" + t.id, t.paidAt, "KZT", t.amountKzt)).toList();
        BigDecimal disbursed = paid.isEmpty() ? null : paid.stream().map(t -> t.amountKzt).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        return new ThreeSixtyGiving.Grant(prefix + "-" + award.id, application.projectTitle,
                instrument(plan.instrument) + " under the call \"" + callTitle + "\" of the " + plan.year + " funding plan",
                "KZT", award.amountKzt, disbursed, award.decidedAt, planned,
                List.of(new ThreeSixtyGiving.Organization(recipientId, Parties.name(ngo, recipientId), null,
                        ngo == null ? null : ngo.regionCode, "KZ")),
                List.of(new ThreeSixtyGiving.Organization(funderId, Parties.name(body, funderId), null,
                        body == null ? null : body.regionCode, "KZ")),
                List.of(new ThreeSixtyGiving.GrantProgramme(call.id.toString(), callTitle)), "Yes",
                call.regionCode == null ? null : List.of(new ThreeSixtyGiving.Location(call.regionCode, "KZ", call.regionCode)),
                disbursements, award.decidedAt, base.resolve("api/v1/awards/" + award.id).toString());
    }
}
