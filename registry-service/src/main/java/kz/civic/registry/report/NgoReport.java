package kz.civic.registry.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An NGO's annual NGO-Database report for one year (domain-brief §4): one per NGO and year, its
 * content kept per revision in {@link NgoReportRevision}. {@code onTime} is fixed by the first
 * filing; amendments never change it.
 */
@Entity
@Table(name = "ngo_report")
public class NgoReport {

    @Id
    public UUID id;

    @Column(name = "ngo_id")
    public UUID ngoId;

    public int year;

    /** The current revision: 1 for the first filing, +1 for each amendment. */
    public int revision;

    /** 31 March of the following year. */
    public LocalDate deadline;

    @Column(name = "filed_at")
    public OffsetDateTime filedAt;

    @Column(name = "on_time")
    public boolean onTime;

    @Column(name = "amended_at")
    public OffsetDateTime amendedAt;

    /** The filing deadline of a reporting year: 31 March of the following year. */
    public static LocalDate deadlineOf(int year) {
        return LocalDate.of(year + 1, 3, 31);
    }
}
