package kz.civic.procurement.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.security.Caller;
import kz.civic.procurement.Application;
import kz.civic.procurement.Call;
import kz.civic.procurement.CallStatus;
import kz.civic.procurement.CommissionMember;
import kz.civic.procurement.Criterion;
import kz.civic.procurement.Recusal;
import kz.civic.procurement.Score;
import kz.civic.procurement.repository.ApplicationRepository;
import kz.civic.procurement.repository.CallRepository;
import kz.civic.procurement.repository.CommissionMemberRepository;
import kz.civic.procurement.repository.RecusalRepository;
import kz.civic.procurement.repository.ScoreRepository;
import kz.civic.procurement.rest.ScoreRequest;
import kz.civic.procurement.rest.ScoreRequest.CriterionScore;
import kz.civic.platform.security.IinHasher;

/**
 * The commission of a call: seating members, their declared recusals, and scoring. A member can
 * score an application only on a call they sit on, while it is UNDER_REVIEW, once, and never when
 * in conflict: a declared recusal, or one detected because the member's salted IIN hash is that of
 * a leader or founder of an applicant NGO as published by the registry. A detected conflict is
 * recorded as a recusal (committed on its own) and answered 409. A conflict with one applicant
 * recuses the member from the whole call (the call is the lot: every applicant competes with every
 * other for its budget), so the member scores none of its applications, and scores given before the
 * recusal do not count in the ranking ({@link RankingService}).
 */
@ApplicationScoped
@Transactional
public class CommissionService {

    private final CommissionMemberRepository members;
    private final RecusalRepository recusals;
    private final ScoreRepository scores;
    private final ApplicationRepository applications;
    private final CallRepository calls;
    private final IinHasher hasher;
    private final Caller caller;

    public CommissionService(CommissionMemberRepository members, RecusalRepository recusals, ScoreRepository scores,
            ApplicationRepository applications, CallRepository calls, IinHasher hasher,
            Caller caller) {
        this.members = members;
        this.recusals = recusals;
        this.scores = scores;
        this.applications = applications;
        this.calls = calls;
        this.hasher = hasher;
        this.caller = caller;
    }

    /** @throws ApiException 404 call, 409 already-a-member, 409 call-finished */
    public CommissionMember seat(UUID callId, String memberId, String iin) {
        Call call = calls.findByIdOptional(callId).orElseThrow(() -> ApiException.notFound("call", callId));
        if (Set.of(CallStatus.AWARDED, CallStatus.FAILED, CallStatus.CLOSED).contains(call.status)) {
            throw ApiException.conflict("call-finished", "call " + callId + " is " + call.status);
        }
        if (members.find(callId, memberId).isPresent()) {
            throw ApiException.conflict("already-a-member", memberId + " already sits on call " + callId);
        }
        CommissionMember m = new CommissionMember();
        m.callId = callId;
        m.memberId = memberId;
        m.iinHash = hasher.hash(iin);
        m.addedBy = caller.id();
        m.addedAt = Times.now();
        members.persist(m);
        return m;
    }

    /** {@code limit + 1} seats of the call's commission after the cursor, in seating order. @throws ApiException 404, 400 cursor */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommissionMember> members(UUID callId, String cursor, int limit) {
        if (calls.findByIdOptional(callId).isEmpty()) {
            throw ApiException.notFound("call", callId);
        }
        return members.page(callId, Pages.afterTime(cursor, s -> s), limit + 1);
    }

    /** The calling member declares a conflict with the application. @throws ApiException 403, 409 already-recused */
    public Recusal declare(UUID applicationId, String reason) {
        Application a = application(applicationId);
        member(a.callId);
        if (recusals.find(applicationId, caller.id()).isPresent()) {
            throw ApiException.conflict("already-recused", caller.id() + " already stepped back from " + applicationId);
        }
        return recusal(applicationId, caller.id(), "DECLARED", reason);
    }

    /**
     * The calling member scores the application.
     *
     * @throws ApiException 403 not a member, 409 call-not-under-review / conflict-of-interest /
     *                      already-scored, 422 criteria-mismatch
     */
    public List<Score> score(UUID applicationId, ScoreRequest request) {
        Application a = application(applicationId);
        CommissionMember m = member(a.callId);
        Call call = calls.findById(a.callId);
        if (call.status != CallStatus.UNDER_REVIEW) {
            throw ApiException.conflict("call-not-under-review", "applications are scored while the call is "
                    + "UNDER_REVIEW; it is " + call.status).with("callStatus", call.status.name());
        }
        // a conflict on one applicant recuses the member from the whole call: its applicants compete for one budget
        Recusal declared = recusals.inCall(a.callId, m.memberId).orElse(null);
        if (declared != null) {
            throw conflict(declared);
        }
        ApplicationRepository.Affiliation tie = applications.affiliatedApplicant(a.callId, m.iinHash).orElse(null);
        if (tie != null) {
            String reason = "the member is a " + tie.role().toLowerCase() + " of the applicant NGO " + tie.ngoId();
            Recusal detected = QuarkusTransaction.requiringNew().call(() -> recusal(tie.applicationId(), m.memberId,
                    "DETECTED", reason));
            throw conflict(detected);
        }
        if (scores.scored(applicationId, m.memberId)) {
            throw ApiException.conflict("already-scored", m.memberId + " already scored application " + applicationId);
        }
        Map<String, Integer> given = checkCriteria(call, request);
        List<Score> saved = given.entrySet().stream().map(e -> {
            Score s = new Score();
            s.applicationId = applicationId;
            s.memberId = m.memberId;
            s.criterion = e.getKey();
            s.value = e.getValue();
            s.scoredAt = Times.now();
            return s;
        }).toList();
        scores.persist(saved);
        return saved;
    }

    private static Map<String, Integer> checkCriteria(Call call, ScoreRequest request) {
        Set<String> expected = call.criteria.stream().map(Criterion::code).collect(Collectors.toSet());
        Map<String, Integer> given = new HashMap<>();
        for (CriterionScore s : request.scores()) {
            if (given.put(s.criterion(), s.value()) != null) {
                throw Violations.of("criteria-mismatch", "scores", "criterion " + s.criterion() + " is scored twice");
            }
        }
        if (!given.keySet().equals(expected)) {
            throw Violations.of("criteria-mismatch", "scores", "score exactly the call's criteria " + expected.stream()
                    .sorted().toList()).with("criteria", expected.stream().sorted().toList());
        }
        return given;
    }

    private Recusal recusal(UUID applicationId, String memberId, String source, String reason) {
        Recusal r = recusals.find(applicationId, memberId).orElse(null);
        if (r == null) {
            r = new Recusal();
            r.applicationId = applicationId;
            r.memberId = memberId;
            r.source = source;
            r.reason = reason;
            r.recordedAt = Times.now();
            recusals.persist(r);
        }
        return r;
    }

    private static ApiException conflict(Recusal r) {
        return ApiException.conflict("conflict-of-interest", "scoring blocked in the whole call (its applicants compete "
                + "for one budget): " + r.reason).with("recusal", Map.of("applicationId", r.applicationId.toString(),
                        "source", r.source, "reason", r.reason, "recordedAt", r.recordedAt.toString()));
    }

    private Application application(UUID id) {
        return applications.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("application", id));
    }

    /** The caller's seat on the call's commission. @throws ApiException 403 when they have none */
    private CommissionMember member(UUID callId) {
        return members.find(callId, caller.id()).orElseThrow(() -> new ApiException(403, "not-a-commission-member",
                caller.id() + " does not sit on the commission of call " + callId));
    }
}
