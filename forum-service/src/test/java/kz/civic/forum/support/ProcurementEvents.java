package kz.civic.forum.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import kz.civic.infra.testing.EventContracts;

/**
 * Procurement events as procurement-service publishes them: each checked against its contract in contracts/events
 * before a test sends it ({@link #violating} for the broken ones a DLQ test needs).
 */
public final class ProcurementEvents {

    public static final String AWARDS = "procurement.awards";
    public static final String CONTRACTS = "procurement.contracts";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProcurementEvents() {
    }

    /** kz.civic.procurement.award.decided.v1 for award {@code awardId} of a call implementing {@code recommendationIds}. */
    public static ObjectNode awardDecided(String eventId, UUID awardId, Collection<?> recommendationIds) {
        ObjectNode e = envelope(eventId, "kz.civic.procurement.award.decided.v1", awardId);
        ObjectNode d = e.putObject("data");
        d.put("id", awardId.toString()).put("callId", UUID.randomUUID().toString())
                .put("applicationId", UUID.randomUUID().toString()).put("ngoId", UUID.randomUUID().toString());
        d.putObject("amount").put("amount", 12_500_000).put("currency", "KZT");
        recommendationIds.forEach(id -> d.withArray("recommendationIds").add(id.toString()));
        d.withArray("recommendationIds");
        d.put("decidedAt", "2026-11-25T05:00:00.000000Z").put("version", 0);
        return e;
    }

    /**
     * kz.civic.procurement.report.approved.v1: report {@code reportId} ({@code kind} INTERIM or FINAL) of the award's
     * contract (one per award, so all reports of an award share the record key and keep their order).
     */
    public static ObjectNode reportApproved(String eventId, UUID reportId, UUID awardId, String kind,
            Collection<?> recommendationIds) {
        UUID contractId = UUID.nameUUIDFromBytes(("contract of " + awardId).getBytes(StandardCharsets.UTF_8));
        ObjectNode e = envelope(eventId, "kz.civic.procurement.report.approved.v1", contractId);
        ObjectNode d = e.putObject("data");
        d.put("id", reportId.toString()).put("contractId", contractId.toString()).put("awardId", awardId.toString())
                .put("callId", UUID.randomUUID().toString()).put("ngoId", UUID.randomUUID().toString()).put("kind", kind);
        recommendationIds.forEach(id -> d.withArray("recommendationIds").add(id.toString()));
        d.withArray("recommendationIds");
        d.put("approvedAt", "2026-11-26T05:00:00.000000Z").put("version", 3);
        return e;
    }

    /** The event as JSON, failing the test if it breaks its contract. */
    public static String checked(ObjectNode event) {
        Set<?> violations = EventContracts.violations(event.get("type").asText(), event);
        assertTrue(violations.isEmpty(), "test event breaks its contract: " + violations);
        return event.toString();
    }

    /** The event as JSON, asserting that it breaks its contract (what a consumer sends to the DLQ). */
    public static String violating(ObjectNode event) {
        Set<?> violations = EventContracts.violations(event.get("type").asText(), event);
        assertTrue(!violations.isEmpty(), "test event was meant to break its contract");
        return event.toString();
    }

    private static ObjectNode envelope(String eventId, String type, UUID subject) {
        ObjectNode e = MAPPER.createObjectNode();
        e.put("specversion", "1.0").put("id", eventId).put("source", "/procurement-service").put("type", type)
                .put("subject", subject.toString()).put("time", "2026-11-25T05:00:00.000000Z")
                .put("datacontenttype", "application/json");
        return e;
    }
}
