package kz.civic.registry.report;

import static kz.civic.registry.service.NgoStatisticsService.percent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Statistics;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * NGO-Database reporting compliance for analysts: per region, the NGOs obliged to report for a
 * year (registered by its end and not liquidated), how many filed and how many filed on time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportingStatisticsService {

    /** Compliance of one region. */
    @Schema(description = "Reporting compliance of one region")
    public record ReportingComplianceGroup(@Schema(description = "ISO 3166-2:KZ region code") String regionCode,
            @Schema(description = "NGOs obliged to report for the year") long obliged,
            @Schema(description = "obliged NGOs that filed the year's report") long filed,
            @Schema(description = "obliged NGOs that filed it by the deadline") long filedOnTime,
            @Schema(description = "filed as a percentage of obliged") BigDecimal filedPercent,
            @Schema(description = "filedOnTime as a percentage of obliged") BigDecimal filedOnTimePercent) {
        static ReportingComplianceGroup of(String regionCode, long obliged, long filed, long filedOnTime) {
            return new ReportingComplianceGroup(regionCode, obliged, filed, filedOnTime, percent(filed, obliged),
                    percent(filedOnTime, obliged));
        }
    }

    /** Compliance of all regions the answer covers. */
    @Schema(description = "Reporting compliance of all the regions of the answer")
    public record ReportingComplianceTotals(@Schema(description = "NGOs obliged to report for the year") long obliged,
            @Schema(description = "obliged NGOs that filed the year's report") long filed,
            @Schema(description = "obliged NGOs that filed it by the deadline") long filedOnTime,
            @Schema(description = "filed as a percentage of obliged") BigDecimal filedPercent,
            @Schema(description = "filedOnTime as a percentage of obliged") BigDecimal filedOnTimePercent) {
        static ReportingComplianceTotals of(long obliged, long filed, long filedOnTime) {
            return new ReportingComplianceTotals(obliged, filed, filedOnTime, percent(filed, obliged),
                    percent(filedOnTime, obliged));
        }
    }

    /** The answer: the year, its deadline, the regions and the totals. */
    @Schema(description = "NGO-Database reporting compliance of a year by region")
    public record ReportingComplianceResponse(@Schema(description = "the reporting year") int year,
            @Schema(description = "the filing deadline of the year: 31 March of the next year") LocalDate deadline,
            List<ReportingComplianceGroup> groups, ReportingComplianceTotals totals)
            implements Statistics<ReportingComplianceGroup, ReportingComplianceTotals> {
    }

    private final NgoReportRepository reports;

    public ReportingStatisticsService(NgoReportRepository reports) {
        this.reports = reports;
    }

    public ReportingComplianceResponse byRegion(Integer year, String region) {
        int y = year == null ? Compliance.currentReportYear() : year;
        if (y < 2000 || y > 2100) {
            throw ApiException.invalidParameter("year", "must be between 2000 and 2100");
        }
        List<ReportingComplianceGroup> groups = new ArrayList<>();
        long obliged = 0;
        long filed = 0;
        long filedOnTime = 0;
        for (Object[] r : reports.complianceByRegion(y, region)) {
            ReportingComplianceGroup group = ReportingComplianceGroup.of((String) r[0], ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(), ((Number) r[3]).longValue());
            groups.add(group);
            obliged += group.obliged();
            filed += group.filed();
            filedOnTime += group.filedOnTime();
        }
        return new ReportingComplianceResponse(y, NgoReport.deadlineOf(y), groups,
                ReportingComplianceTotals.of(obliged, filed, filedOnTime));
    }
}
