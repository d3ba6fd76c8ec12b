package kz.civic.registry.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.registry.Ngo;

/** Payload of {@code kz.civic.registry.ngo.report-filed.v1} (first filing and every amendment). */
public record ReportFiledEvent(UUID ngoId, String bin, UUID reportId, int year, int revision, OffsetDateTime filedAt,
        LocalDate deadline, boolean onTime, boolean inNgoDatabase, Integer lastReportYear, long version) {

    static ReportFiledEvent of(Ngo ngo, NgoReport r) {
        return new ReportFiledEvent(ngo.id, ngo.bin, r.id, r.year, r.revision, r.filedAt, r.deadline, r.onTime,
                ngo.lastReportYear != null, ngo.lastReportYear, ngo.version);
    }
}
