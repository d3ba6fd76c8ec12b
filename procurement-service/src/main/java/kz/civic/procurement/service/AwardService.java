package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.event.OutboxWriter;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.security.Caller;
import kz.civic.procurement.Application;
import kz.civic.procurement.Award;
import kz.civic.procurement.Call;
import kz.civic.procurement.CallStatus;
import kz.civic.procurement.event.AwardDecidedEvent;
import kz.civic.procurement.repository.ApplicationRepository;
import kz.civic.procurement.repository.AwardRepository;
import kz.civic.procurement.repository.CallRepository;
import kz.civic.procurement.repository.CommissionMemberRepository;
import kz.civic.procurement.repository.NgoReplicaRepository;
import kz.civic.procurement.repository.ScoreRepository;
import kz.civic.procurement.rest.AwardRequest;
import kz.civic.procurement.rest.Money;

/**
 * Award decisions. The call's row is locked for the whole decision, so concurrent decisions on one
 * call run one after the other and the sum of its awards can never exceed its budget. An award
 * follows the commission's evaluation: a commission is seated on the call and a member without a
 * conflict in it has scored the application. Eligibility is checked again against the replica
 * before an award.
 */
@ApplicationScoped
@Transactional
public class AwardService {

    private final AwardRepository awards;
    private final CallRepository calls;
    private final ApplicationRepository applications;
    private final NgoReplicaRepository ngos;
    private final CommissionMemberRepository members;
    private final ScoreRepository scores;
    private final EligibilityService eligibility;
    private final OutboxWriter outbox;
    private final Caller caller;

    public AwardService(AwardRepository awards, CallRepository calls, ApplicationRepository applications,
            NgoReplicaRepository ngos, CommissionMemberRepository members, ScoreRepository scores,
            EligibilityService eligibility, OutboxWriter outbox, Caller caller) {
        this.awards = awards;
        this.calls = calls;
        this.applications = applications;
        this.ngos = ngos;
        this.members = members;
        this.scores = scores;
        this.eligibility = eligibility;
        this.outbox = outbox;
        this.caller = caller;
    }

    /**
     * @throws ApiException 404 call, 409 call-not-under-review / already-awarded / commission-not-seated /
     *                      application-not-scored / budget-exceeded,
     *                      422 unknown-application / amount-above-request / ineligible (rules)
     */
    public Award decide(UUID callId, AwardRequest request) {
        if (!calls.lock(callId)) {
            throw ApiException.notFound("call", callId);
        }
        Call call = calls.findById(callId);
        if (call.status != CallStatus.UNDER_REVIEW) {
            throw ApiException.conflict("call-not-under-review", "awards are decided while the call is UNDER_REVIEW; "
                    + "it is " + call.status).with("callStatus", call.status.name());
        }
        Application a = applications.findByIdOptional(request.applicationId()).filter(x -> x.callId.equals(callId))
                .orElseThrow(() -> Violations.of("unknown-application", "applicationId", "application "
                        + request.applicationId() + " is not an application to call " + callId));
        if (awards.existsFor(a.id)) {
            throw ApiException.conflict("already-awarded", "application " + a.id + " already has an award");
        }
        if (!members.seated(callId)) {
            throw ApiException.conflict("commission-not-seated", "no commission sits on call " + callId
                    + "; awards follow its evaluation");
        }
        if (!scores.scoredByUnrecusedMember(a.id, callId)) {
            throw ApiException.conflict("application-not-scored", "no commission member without a conflict in the call "
                    + "has scored application " + a.id + "; awards follow the commission's scores");
        }
        BigDecimal amount = request.amount().amount();
        if (amount.signum() <= 0 || amount.compareTo(a.requestedKzt) > 0) {
            throw Violations.of("amount-above-request", "amount.amount", "an award is more than 0 and at most the "
                    + a.requestedKzt + " KZT requested");
        }
        eligibility.requireStillEligible(ngos.findById(a.ngoId), call, a, "the NGO is no longer eligible");
        BigDecimal awarded = awards.awarded(callId);
        BigDecimal remaining = call.amountKzt.subtract(awarded);
        if (amount.compareTo(remaining) > 0) {
            throw ApiException.conflict("budget-exceeded", amount + " KZT exceeds the " + remaining
                    + " KZT left of the call's budget").with("remaining", Money.kzt(remaining)).with("budget", Money.kzt(call.amountKzt));
        }
        Award award = new Award();
        award.id = UUID.randomUUID();
        award.callId = callId;
        award.applicationId = a.id;
        award.ngoId = a.ngoId;
        award.amountKzt = amount;
        award.decidedBy = caller.id();
        award.decidedAt = Times.now();
        awards.persist(award);
        awards.flush();
        outbox.append(AwardDecidedEvent.TOPIC, AwardDecidedEvent.TYPE, award.id.toString(),
                AwardDecidedEvent.of(award, call.recommendationIds));
        return award;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Award get(UUID id) {
        return awards.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("award", id));
    }

    /** {@code limit + 1} awards of the call after the cursor, in decision order. @throws ApiException 404, 400 cursor */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Award> page(UUID callId, String cursor, int limit) {
        if (calls.findByIdOptional(callId).isEmpty()) {
            throw ApiException.notFound("call", callId);
        }
        return awards.page(callId, Pages.afterTime(cursor, UUID::fromString), limit + 1);
    }
}
