package kz.civic.registry.report;

import static kz.civic.registry.service.NgoStatisticsService.percent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.civic.platform.problem.ApiException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * NGO-Database reporting compliance for analysts: per region, the NGOs obliged to report for a
 * year (registered by its end and not liquidated), how many filed and how many filed on time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportingStatisticsService {

    /** Compliance of one region, or of all of them. */
    @Schema(name = "ReportingComplianceRow", description = "Reporting compliance of one region, or of all of them")
    public record Row(@Schema(nullable = true, description = "absent in the total") String regionCode, long obliged, long filed, long onTime, BigDecimal filedPercent,
            BigDecimal onTimePercent) {
        static Row of(String regionCode, long obliged, long filed, long onTime) {
            return new Row(regionCode, obliged, filed, onTime, percent(filed, obliged), percent(onTime, obliged));
        }
    }

    /** The answer: the year, its deadline, the total and the regions. */
    @Schema(name = "ReportingCompliance", description = "NGO-Database reporting compliance of a year by region")
    public record ReportingCompliance(int year, LocalDate deadline, Row total, List<Row> regions) {
    }

    private final NgoReportRepository reports;

    public ReportingStatisticsService(NgoReportRepository reports) {
        this.reports = reports;
    }

    public ReportingCompliance byRegion(Integer year, String region) {
        int y = year == null ? Compliance.currentReportYear() : year;
        if (y < 2000 || y > 2100) {
            throw ApiException.invalidParameter("year", "must be between 2000 and 2100");
        }
        List<Row> rows = new ArrayList<>();
        long obliged = 0;
        long filed = 0;
        long onTime = 0;
        for (Object[] r : reports.complianceByRegion(y, region)) {
            Row row = Row.of((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue());
            rows.add(row);
            obliged += row.obliged();
            filed += row.filed();
            onTime += row.onTime();
        }
        return new ReportingCompliance(y, NgoReport.deadlineOf(y), Row.of(null, obliged, filed, onTime), rows);
    }
}
