package kz.civic.procurement.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kz.civic.procurement.Contract;
import kz.civic.procurement.GranteeReport;

/**
 * Payload of {@code kz.civic.procurement.report.approved.v1} on {@code procurement.contracts} (key =
 * contract id), with the recommendations the call implements, so that forum-service can attach an
 * approved FINAL report as evidence (golden thread); {@code version} is the contract's.
 * Schema: {@code contracts/events/kz.civic.procurement.report.approved.v1.json}.
 */
public record ReportApprovedEvent(UUID id, UUID contractId, UUID awardId, UUID callId, UUID ngoId, String kind,
        List<UUID> recommendationIds, OffsetDateTime approvedAt, long version) {

    public static final String TOPIC = ContractSignedEvent.TOPIC;
    public static final String TYPE = "kz.civic.procurement.report.approved.v1";

    public static ReportApprovedEvent of(Contract c, GranteeReport r, List<UUID> recommendationIds) {
        return new ReportApprovedEvent(r.id, c.id, c.awardId, c.callId, c.ngoId, r.kind.name(), List.copyOf(recommendationIds),
                r.reviewedAt, c.version);
    }
}
