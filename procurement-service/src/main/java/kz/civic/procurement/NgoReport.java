package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An NGO-Database report the NGO filed for one reporting year (from registry ngo.report-filed events). */
@Embeddable
public record NgoReport(int year, @Column(name = "report_id") UUID reportId,
        @Column(name = "filed_at") OffsetDateTime filedAt, @Column(name = "on_time") boolean onTime) {
}
