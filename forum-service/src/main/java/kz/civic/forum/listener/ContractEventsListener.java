package kz.civic.forum.listener;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import kz.civic.forum.service.ProcurementEvidenceService;
import kz.civic.platform.event.CloudEvent;
import kz.civic.platform.event.EventHandler;
import kz.civic.platform.event.PoisonEventException;

/**
 * Attaches the approval of an award's FINAL report as AWARD_REPORT evidence to the recommendations the call
 * implements ({@code procurement.contracts}). An INTERIM report proves no implementation yet: recorded in the inbox,
 * no effect. Contract signing and tranches on the same topic are not consumed. Runs inside the inbox transaction.
 */
@ApplicationScoped
public class ContractEventsListener implements EventHandler {

    static final String TOPIC = "procurement.contracts";
    static final String REPORT_APPROVED = "kz.civic.procurement.report.approved.v1";

    private final ProcurementEvidenceService evidence;

    public ContractEventsListener(ProcurementEvidenceService evidence) {
        this.evidence = evidence;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Set<String> types() {
        return Set.of(REPORT_APPROVED);
    }

    @Override
    public void handle(CloudEvent event) {
        EventData data = new EventData(event.data());
        UUID reportId = data.requiredUuid("id");
        UUID awardId = data.requiredUuid("awardId");
        Set<UUID> recommendationIds = data.requiredUuids("recommendationIds");
        String kind = data.requiredText("kind");
        switch (kind) {
            case "FINAL" -> evidence.finalReportApproved(awardId, reportId, recommendationIds);
            case "INTERIM" -> {
                // progress, not implementation: nothing to attach
            }
            default -> throw new PoisonEventException("data.kind must be INTERIM or FINAL, not " + kind);
        }
    }
}
