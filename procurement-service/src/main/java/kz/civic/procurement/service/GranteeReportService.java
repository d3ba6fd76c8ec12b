package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.event.OutboxWriter;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.security.Caller;
import kz.civic.platform.web.Etags;
import kz.civic.procurement.Call;
import kz.civic.procurement.Contract;
import kz.civic.procurement.ContractHistoryEntry;
import kz.civic.procurement.ContractStatus;
import kz.civic.procurement.GranteeReport;
import kz.civic.procurement.ReportKind;
import kz.civic.procurement.ReportStatus;
import kz.civic.procurement.Tranche;
import kz.civic.procurement.event.ReportApprovedEvent;
import kz.civic.procurement.repository.CallRepository;
import kz.civic.procurement.repository.ContractRepository;
import kz.civic.procurement.repository.GranteeReportRepository;
import kz.civic.procurement.repository.TrancheRepository;
import kz.civic.procurement.rest.ReportRequest;

/**
 * Grantee reports. Interim report k covers tranche k and may be submitted once it is paid; with n
 * tranches there are interim reports 1..n-1 (report k releases tranche k + 1) and a FINAL report once
 * every tranche is paid, whose approval completes the contract. Only the grantee NGO submits; a
 * procurement officer approves or rejects (with a reason), and a rejected report is submitted anew.
 */
@ApplicationScoped
@Transactional
public class GranteeReportService {

    private final ContractService contracts;
    private final ContractRepository contractRows;
    private final GranteeReportRepository reports;
    private final TrancheRepository tranches;
    private final CallRepository calls;
    private final OutboxWriter outbox;
    private final Caller caller;

    public GranteeReportService(ContractService contracts, ContractRepository contractRows,
            GranteeReportRepository reports, TrancheRepository tranches, CallRepository calls, OutboxWriter outbox,
            Caller caller) {
        this.contracts = contracts;
        this.contractRows = contractRows;
        this.reports = reports;
        this.tranches = tranches;
        this.calls = calls;
        this.outbox = outbox;
        this.caller = caller;
    }

    /**
     * @throws ApiException 404, 403 unless the grantee NGO, 409 contract-not-active / tranche-not-paid /
     *                      tranches-outstanding / duplicate-report, 422 tranche-required / tranche-not-expected /
     *                      unknown-tranche
     */
    public GranteeReport submit(UUID contractId, ReportRequest request) {
        Contract c = contracts.lock(contractId);
        if (!caller.representsNgo(c.ngoId)) {
            throw new ApiException(403, "forbidden", "only the grantee NGO reports on its contract: the token is not "
                    + "bound to NGO " + c.ngoId);
        }
        if (c.status != ContractStatus.SIGNED) {
            throw ApiException.conflict("contract-not-active", "contract " + c.id + " is " + c.status
                    + "; reports are submitted while it is SIGNED").with("contractStatus", c.status.name());
        }
        List<Tranche> schedule = tranches.ofContract(c.id);
        Integer tranche = request.tranche();
        if (request.kind() == ReportKind.INTERIM) {
            if (tranche == null) {
                throw Violations.of("tranche-required", "tranche", "an interim report names the tranche it covers");
            }
            if (tranche >= schedule.size()) {
                throw Violations.of("unknown-tranche", "tranche", "interim reports cover tranches 1.."
                        + (schedule.size() - 1) + "; the last tranche is covered by the final report");
            }
            if (!schedule.get(tranche - 1).paid()) {
                throw ApiException.conflict("tranche-not-paid", "tranche " + tranche + " is not paid yet");
            }
        } else {
            if (tranche != null) {
                throw Violations.of("tranche-not-expected", "tranche", "the final report covers the whole contract");
            }
            if (!schedule.stream().allMatch(Tranche::paid)) {
                throw ApiException.conflict("tranches-outstanding", "the final report is submitted once every tranche "
                        + "is paid");
            }
        }
        if (reports.live(c.id, request.kind(), tranche)) {
            throw ApiException.conflict("duplicate-report", "a " + request.kind() + " report"
                    + (tranche == null ? "" : " on tranche " + tranche) + " is already in review or approved");
        }
        GranteeReport r = new GranteeReport();
        r.id = UUID.randomUUID();
        r.contractId = c.id;
        r.kind = request.kind();
        r.tranche = tranche;
        r.narrative = request.narrative();
        r.indicators = request.indicators().stream().map(ReportRequest.IndicatorRequest::toIndicator).toList();
        r.status = ReportStatus.SUBMITTED;
        r.submittedBy = caller.id();
        r.submittedAt = Times.now();
        reports.persist(r);
        contracts.record(c, ContractHistoryEntry.REPORT_SUBMITTED, describe(r));
        reports.flush();
        return r;
    }

    /**
     * Approves or rejects a SUBMITTED report; approving the FINAL report completes the contract.
     *
     * @throws ApiException 404, 428/412 If-Match (the report's version), 409 illegal-transition (allowed) /
     *                      contract-not-active, 422 reason-required
     */
    public GranteeReport review(UUID contractId, UUID reportId, String ifMatch, ReportStatus to, String reason) {
        Contract c = contracts.lock(contractId);
        GranteeReport r = find(contractId, reportId);
        Etags.requireMatch(ifMatch, r.version);
        if (!r.status.next().contains(to)) {
            throw ApiException.conflict("illegal-transition", r.status.next().isEmpty() ? r.status + " is final"
                    : r.status + " cannot move to " + to).with("allowed", r.status.next().stream().map(Enum::name)
                            .sorted().toList());
        }
        if (to == ReportStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw Violations.of("reason-required", "reason", "a rejection states its reason");
        }
        if (c.status != ContractStatus.SIGNED) {
            throw ApiException.conflict("contract-not-active", "contract " + c.id + " is " + c.status)
                    .with("contractStatus", c.status.name());
        }
        r.status = to;
        r.reviewReason = reason;
        r.reviewedBy = caller.id();
        r.reviewedAt = Times.now();
        if (to == ReportStatus.REJECTED) {
            contracts.record(c, ContractHistoryEntry.REPORT_REJECTED, describe(r) + ": " + reason);
            reports.flush();
            return r;
        }
        contracts.touch(c);
        contracts.record(c, ContractHistoryEntry.REPORT_APPROVED, describe(r));
        if (r.kind == ReportKind.FINAL) {
            c.status = ContractStatus.COMPLETED;
            contracts.record(c, ContractHistoryEntry.COMPLETED, "final report " + r.id + " approved");
        }
        reports.flush();
        Call call = calls.findById(c.callId);
        outbox.append(ReportApprovedEvent.TOPIC, ReportApprovedEvent.TYPE, c.id.toString(),
                ReportApprovedEvent.of(c, r, call.recommendationIds));
        return r;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GranteeReport get(UUID contractId, UUID reportId) {
        return find(contractId, reportId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GranteeReport> page(UUID contractId, String cursor, int limit) {
        if (contractRows.findByIdOptional(contractId).isEmpty()) {
            throw ApiException.notFound("contract", contractId);
        }
        return reports.page(contractId, Pages.after(cursor), limit + 1);
    }

    private GranteeReport find(UUID contractId, UUID reportId) {
        return reports.findByIdOptional(reportId).filter(r -> r.contractId.equals(contractId))
                .orElseThrow(() -> ApiException.notFound("report", reportId));
    }

    private static String describe(GranteeReport r) {
        return r.kind + " report " + r.id + (r.tranche == null ? "" : " on tranche " + r.tranche);
    }
}
