package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.platform.event.OutboxWriter;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.security.Caller;
import kz.civic.platform.web.Etags;
import kz.civic.procurement.Contract;
import kz.civic.procurement.ContractHistoryEntry;
import kz.civic.procurement.ContractStatus;
import kz.civic.procurement.ReportKind;
import kz.civic.procurement.Tranche;
import kz.civic.procurement.event.TranchePaidEvent;
import kz.civic.procurement.repository.ApplicationRepository;
import kz.civic.procurement.repository.CallRepository;
import kz.civic.procurement.repository.GranteeReportRepository;
import kz.civic.procurement.repository.NgoReplicaRepository;
import kz.civic.procurement.repository.TrancheRepository;

/**
 * Payment of tranches. The contract's row is locked and If-Match names its version, so of two
 * concurrent payments exactly one succeeds. Tranches are paid in order; tranche k + 1 needs interim
 * report k approved; nothing is paid before the contract's period starts; and the NGO's eligibility is checked again from the replica, with the same
 * rules and inputs as before the award, before every payment.
 */
@ApplicationScoped
@Transactional
public class PaymentService {

    private final ContractService contracts;
    private final TrancheRepository tranches;
    private final GranteeReportRepository reports;
    private final ApplicationRepository applications;
    private final CallRepository calls;
    private final NgoReplicaRepository ngos;
    private final EligibilityService eligibility;
    private final OutboxWriter outbox;
    private final Caller caller;

    public PaymentService(ContractService contracts, TrancheRepository tranches, GranteeReportRepository reports,
            ApplicationRepository applications, CallRepository calls, NgoReplicaRepository ngos,
            EligibilityService eligibility, OutboxWriter outbox, Caller caller) {
        this.contracts = contracts;
        this.tranches = tranches;
        this.reports = reports;
        this.applications = applications;
        this.calls = calls;
        this.ngos = ngos;
        this.eligibility = eligibility;
        this.outbox = outbox;
        this.caller = caller;
    }

    /**
     * @throws ApiException 404 contract / tranche, 428/412 If-Match, 409 contract-not-active / contract-not-started /
     *                      tranche-already-paid / tranche-out-of-order / report-not-approved, 422 ineligible (rules)
     */
    public ContractService.Details pay(UUID contractId, int sequence, String ifMatch) {
        Contract c = contracts.lock(contractId);
        Etags.requireMatch(ifMatch, c.version);
        if (c.status != ContractStatus.SIGNED) {
            throw ApiException.conflict("contract-not-active", "contract " + c.id + " is " + c.status
                    + "; tranches are paid while it is SIGNED").with("contractStatus", c.status.name());
        }
        if (Times.today().isBefore(c.periodStart)) {
            throw ApiException.conflict("contract-not-started", "contract " + c.id + " runs from " + c.periodStart
                    + "; no tranche is paid before its period starts").with("periodStart", c.periodStart.toString());
        }
        List<Tranche> schedule = tranches.ofContract(c.id);
        Tranche tranche = schedule.stream().filter(t -> t.sequence == sequence).findFirst()
                .orElseThrow(() -> ApiException.notFound("tranche", sequence + " of contract " + c.id));
        if (tranche.paid()) {
            throw ApiException.conflict("tranche-already-paid", "tranche " + sequence + " was paid at " + tranche.paidAt);
        }
        schedule.stream().filter(t -> t.sequence < sequence && !t.paid()).findFirst().ifPresent(t -> {
            throw ApiException.conflict("tranche-out-of-order", "tranche " + t.sequence + " is not paid yet")
                    .with("next", t.sequence);
        });
        if (sequence > 1 && !reports.interimApproved(c.id, sequence - 1)) {
            throw ApiException.conflict("report-not-approved", "tranche " + sequence + " is released once interim report "
                    + (sequence - 1) + " is approved").with("requiredReport", Map.of("kind", ReportKind.INTERIM.name(),
                            "tranche", sequence - 1));
        }
        eligibility.requireStillEligible(ngos.findById(c.ngoId), calls.findById(c.callId),
                applications.findById(c.applicationId), "the NGO is no longer eligible, nothing was paid");
        tranche.status = Tranche.PAID;
        tranche.paidBy = caller.id();
        tranche.paidAt = Times.now();
        contracts.touch(c);
        contracts.record(c, ContractHistoryEntry.TRANCHE_PAID, "tranche " + sequence + ": "
                + tranche.amountKzt.toPlainString() + " KZT");
        tranches.flush();
        outbox.append(TranchePaidEvent.TOPIC, TranchePaidEvent.TYPE, c.id.toString(), TranchePaidEvent.of(c, tranche));
        return new ContractService.Details(c, schedule);
    }
}
