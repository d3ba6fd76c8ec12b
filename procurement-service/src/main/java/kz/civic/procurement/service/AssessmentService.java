package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.security.Caller;
import kz.civic.platform.security.Roles;
import kz.civic.procurement.Assessment;
import kz.civic.procurement.Contract;
import kz.civic.procurement.repository.AssessmentRepository;
import kz.civic.procurement.repository.ContractRepository;
import kz.civic.procurement.repository.GranteeReportRepository;
import kz.civic.procurement.rest.AssessmentRequest;

/**
 * Monitoring and quality assessment by procurement officers. Notes are free text that may name
 * people met on a monitoring visit, so they are read by officers and the grantee NGO only.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final ContractRepository contracts;
    private final GranteeReportRepository reports;
    private final Caller caller;

    public AssessmentService(AssessmentRepository assessments, ContractRepository contracts,
            GranteeReportRepository reports, Caller caller) {
        this.assessments = assessments;
        this.contracts = contracts;
        this.reports = reports;
        this.caller = caller;
    }

    /** @throws ApiException 404 contract, 422 unknown-report (not a report of this contract) */
    public Assessment record(UUID contractId, AssessmentRequest request) {
        Contract c = contracts.findByIdOptional(contractId).orElseThrow(() -> ApiException.notFound("contract", contractId));
        if (request.reportId() != null && reports.findByIdOptional(request.reportId())
                .filter(r -> r.contractId.equals(c.id)).isEmpty()) {
            throw Violations.of("unknown-report", "reportId", "report " + request.reportId() + " is not a report on "
                    + "contract " + c.id);
        }
        Assessment a = new Assessment();
        a.id = UUID.randomUUID();
        a.contractId = c.id;
        a.reportId = request.reportId();
        a.note = request.note();
        a.qualityScore = request.qualityScore();
        a.recordedBy = caller.id();
        a.recordedAt = Times.now();
        assessments.persist(a);
        assessments.flush();
        return a;
    }

    /** @throws ApiException 404, 403 unless a procurement officer / admin or the grantee NGO */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Assessment> page(UUID contractId, String cursor, int limit) {
        Contract c = contracts.findByIdOptional(contractId).orElseThrow(() -> ApiException.notFound("contract", contractId));
        if (!caller.hasAnyRole(Roles.PROCUREMENT_OFFICER, Roles.ADMIN) && !caller.representsNgo(c.ngoId)) {
            throw new ApiException(403, "forbidden", "monitoring notes are read by procurement officers and the "
                    + "grantee NGO");
        }
        return assessments.page(contractId, Pages.after(cursor), limit + 1);
    }
}
