package kz.civic.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.civic.procurement.GranteeReport;
import kz.civic.procurement.ReportKind;
import kz.civic.procurement.ReportStatus;

@ApplicationScoped
public class GranteeReportRepository implements PanacheRepositoryBase<GranteeReport, UUID> {

    /** Whether a report of this kind (and tranche, for INTERIM) is in review or approved. */
    public boolean live(UUID contractId, ReportKind kind, Integer tranche) {
        List<ReportStatus> live = List.of(ReportStatus.SUBMITTED, ReportStatus.APPROVED);
        return tranche == null
                ? count("contractId = ?1 and kind = ?2 and tranche is null and status in ?3", contractId, kind, live) > 0
                : count("contractId = ?1 and kind = ?2 and tranche = ?3 and status in ?4", contractId, kind, tranche, live) > 0;
    }

    /** Whether interim report {@code tranche} of the contract is approved. */
    public boolean interimApproved(UUID contractId, int tranche) {
        return count("contractId = ?1 and kind = ?2 and tranche = ?3 and status = ?4", contractId, ReportKind.INTERIM,
                tranche, ReportStatus.APPROVED) > 0;
    }

    /** Keyset page of the contract's reports in id order. */
    public List<GranteeReport> page(UUID contractId, UUID after, int limit) {
        return after == null ? find("contractId = ?1 order by id", contractId).page(0, limit).list()
                : find("contractId = ?1 and id > ?2 order by id", contractId, after).page(0, limit).list();
    }
}
