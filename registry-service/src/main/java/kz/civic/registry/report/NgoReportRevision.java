package kz.civic.registry.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One filed version of a report's content; never changed once written. */
@Entity
@Table(name = "ngo_report_revision")
public class NgoReportRevision {

    /** Report id and revision number. */
    @Embeddable
    public record Key(@Column(name = "report_id") UUID reportId, int revision) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "filed_at")
    public OffsetDateTime filedAt;

    public String actor;

    @JdbcTypeCode(SqlTypes.JSON)
    public ReportContent content;
}
