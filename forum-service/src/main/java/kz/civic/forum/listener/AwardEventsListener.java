package kz.civic.forum.listener;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import kz.civic.forum.service.ProcurementEvidenceService;
import kz.civic.platform.event.CloudEvent;
import kz.civic.platform.event.EventHandler;

/**
 * Attaches procurement's decided awards as AWARD evidence to the recommendations their call implements
 * ({@code procurement.awards}). Runs inside the inbox transaction, so a redelivered event has no second effect.
 */
@ApplicationScoped
public class AwardEventsListener implements EventHandler {

    static final String TOPIC = "procurement.awards";
    static final String DECIDED = "kz.civic.procurement.award.decided.v1";

    private final ProcurementEvidenceService evidence;

    public AwardEventsListener(ProcurementEvidenceService evidence) {
        this.evidence = evidence;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Set<String> types() {
        return Set.of(DECIDED);
    }

    @Override
    public void handle(CloudEvent event) {
        EventData data = new EventData(event.data());
        evidence.awardDecided(data.requiredUuid("id"), data.requiredUuids("recommendationIds"));
    }
}
