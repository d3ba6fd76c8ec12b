package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.event.OutboxWriter;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.security.Caller;
import kz.civic.platform.security.Roles;
import kz.civic.procurement.Application;
import kz.civic.procurement.Call;
import kz.civic.procurement.CallStatus;
import kz.civic.procurement.NgoReplica;
import kz.civic.procurement.eligibility.Eligibility;
import kz.civic.procurement.eligibility.RuleResult;
import kz.civic.procurement.event.ApplicationSubmittedEvent;
import kz.civic.procurement.repository.ApplicationRepository;
import kz.civic.procurement.repository.CallRepository;
import kz.civic.procurement.repository.CommissionMemberRepository;
import kz.civic.procurement.repository.NgoReplicaRepository;
import kz.civic.procurement.rest.ApplicationRequest;

/**
 * Submission of applications by NGOs, with eligibility checked from the local replica. An
 * ineligible application is refused (422 listing every rule) and nothing is stored: the NGO sees
 * at once what to fix, and no ineligible bid ever reaches the commission.
 */
@ApplicationScoped
@Transactional
public class ApplicationService {

    private final ApplicationRepository applications;
    private final CommissionMemberRepository members;
    private final CallRepository calls;
    private final NgoReplicaRepository ngos;
    private final EligibilityService eligibility;
    private final OutboxWriter outbox;
    private final Caller caller;

    public ApplicationService(ApplicationRepository applications, CommissionMemberRepository members,
            CallRepository calls, NgoReplicaRepository ngos, EligibilityService eligibility, OutboxWriter outbox,
            Caller caller) {
        this.applications = applications;
        this.members = members;
        this.calls = calls;
        this.ngos = ngos;
        this.eligibility = eligibility;
        this.outbox = outbox;
        this.caller = caller;
    }

    /**
     * @throws ApiException 403 for another NGO, 422 unknown-call / unknown-ngo / ineligible (with
     *                      {@code rules}), 409 call-not-open / duplicate-application
     */
    public Application submit(ApplicationRequest request) {
        if (!caller.representsNgo(request.ngoId())) {
            throw new ApiException(403, "forbidden", "an NGO applies only for itself: the token is not bound to NGO "
                    + request.ngoId());
        }
        Call call = calls.findByIdOptional(request.callId()).orElseThrow(() -> Violations.of("unknown-call", "callId",
                "call " + request.callId() + " does not exist"));
        if (call.status != CallStatus.OPEN) {
            throw ApiException.conflict("call-not-open", "call " + call.id + " is " + call.status
                    + "; applications are accepted while it is OPEN").with("callStatus", call.status.name());
        }
        NgoReplica ngo = ngos.findByIdOptional(request.ngoId()).orElseThrow(() -> Violations.of("unknown-ngo", "ngoId",
                "NGO " + request.ngoId() + " is not (yet) known from the register"));
        if (applications.exists(call.id, ngo.ngoId)) {
            throw ApiException.conflict("duplicate-application", "NGO " + ngo.ngoId + " already applied to call " + call.id);
        }
        List<RuleResult> rules = eligibility.check(ngo, call, request.requestedAmount().amount(),
                request.institutionalKzt(), Times.today());
        if (!Eligibility.allPassed(rules)) {
            long failed = rules.stream().filter(r -> !r.passed()).count();
            throw ApiException.unprocessable("ineligible", failed + " eligibility rule(s) failed; see rules")
                    .with("rules", rules);
        }
        Application a = new Application();
        a.id = UUID.randomUUID();
        a.callId = call.id;
        a.ngoId = ngo.ngoId;
        a.projectTitle = request.projectTitle();
        a.projectDescription = request.projectDescription();
        a.language = request.language();
        a.requestedKzt = request.requestedAmount().amount();
        a.institutionalKzt = request.institutionalKzt();
        a.status = Application.SUBMITTED;
        a.eligibility = rules;
        a.submittedBy = caller.id();
        a.submittedAt = Times.now();
        applications.persist(a);
        applications.flush();
        outbox.append(ApplicationSubmittedEvent.TOPIC, ApplicationSubmittedEvent.TYPE, a.id.toString(),
                ApplicationSubmittedEvent.of(a));
        return a;
    }

    /**
     * @throws ApiException 404, 403 unless the caller is the applicant NGO, a procurement officer /
     *                      admin, or a commission member seated on the call
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Application get(UUID id) {
        Application a = applications.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("application", id));
        if (!caller.representsNgo(a.ngoId) && !mayReadApplicationsOf(a.callId)) {
            throw new ApiException(403, "forbidden", "only the applicant NGO, procurement officers and the call's "
                    + "commission see an application");
        }
        return a;
    }

    /** @throws ApiException 404, 403 unless a procurement officer / admin or a commission member seated on the call */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Application> page(UUID callId, String cursor, int limit) {
        if (calls.findByIdOptional(callId).isEmpty()) {
            throw ApiException.notFound("call", callId);
        }
        if (!mayReadApplicationsOf(callId)) {
            throw new ApiException(403, "forbidden", "only procurement officers and the call's commission list its "
                    + "applications");
        }
        return applications.page(callId, Pages.after(cursor), limit + 1);
    }

    /**
     * {@code limit + 1} applications after the cursor, in id order: procurement officers, admins and analysts see
     * every application (filtered by call, status and NGO), an NGO only its own (its {@code ngoId} claim).
     *
     * @throws ApiException 403 for an NGO asking for another NGO's applications or a token bound to no NGO
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Application> list(UUID callId, String status, UUID ngoId, String cursor, int limit) {
        UUID only = ngoId;
        if (!caller.hasAnyRole(Roles.PROCUREMENT_OFFICER, Roles.ADMIN, Roles.ANALYST)) {
            UUID own = caller.claim(Roles.NGO_ID_CLAIM).filter(caller::representsNgo).map(ApplicationService::uuidOrNull)
                    .orElseThrow(() -> new ApiException(403, "forbidden", "the token is bound to no NGO (claim "
                            + Roles.NGO_ID_CLAIM + ")"));
            if (ngoId != null && !ngoId.equals(own)) {
                throw new ApiException(403, "forbidden", "an NGO lists only its own applications: the token is not "
                        + "bound to NGO " + ngoId);
            }
            only = own;
        }
        return applications.page(callId, status, only, Pages.after(cursor), limit + 1);
    }

    private static UUID uuidOrNull(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private boolean mayReadApplicationsOf(UUID callId) {
        return caller.hasAnyRole(Roles.PROCUREMENT_OFFICER, Roles.ADMIN)
                || (caller.hasAnyRole(Roles.COMMISSION_MEMBER) && members.find(callId, caller.id()).isPresent());
    }

    /**
     * Checks the NGO's applications to calls still deciding again, after a registry event changed
     * it; an application is flagged while a rule fails (and unflagged when all pass again).
     * Joins the event's inbox transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recheck(NgoReplica ngo) {
        for (Application a : applications.openOf(ngo.ngoId)) {
            Call call = calls.findById(a.callId);
            List<RuleResult> rules = eligibility.check(ngo, call, a.requestedKzt, a.institutionalKzt, Times.today());
            boolean failing = !Eligibility.allPassed(rules);
            if (failing && !a.flagged) {
                a.flaggedAt = Times.now();
            }
            a.flagged = failing;
            a.recheck = rules;
            a.recheckedAt = Times.now();
        }
    }
}
