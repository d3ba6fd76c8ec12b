package kz.civic.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.civic.procurement.eligibility.RuleResult;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An NGO's application to a call, with its eligibility as checked at submission and since. */
@Entity
@Table(name = "application")
public class Application {

    /** SUBMITTED until evaluation (later slices add evaluation, award and rejection). */
    public static final String SUBMITTED = "SUBMITTED";

    @Id
    public UUID id;

    @Column(name = "call_id")
    public UUID callId;

    @Column(name = "ngo_id")
    public UUID ngoId;

    @Column(name = "project_title")
    public String projectTitle;

    @Column(name = "project_description")
    public String projectDescription;

    /** kk or ru. */
    public String language;

    @Column(name = "requested_kzt")
    public BigDecimal requestedKzt;

    @Column(name = "institutional_kzt")
    public BigDecimal institutionalKzt;

    public String status;

    /** Every rule with pass/fail and reason at submission (all passed, or the application was refused). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<RuleResult> eligibility = new ArrayList<>();

    /** True while the latest re-check fails a rule. */
    public boolean flagged;

    @Column(name = "flagged_at")
    public OffsetDateTime flaggedAt;

    /** The latest re-check, after an event changed the NGO. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<RuleResult> recheck;

    @Column(name = "rechecked_at")
    public OffsetDateTime recheckedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Version
    public long version;
}
