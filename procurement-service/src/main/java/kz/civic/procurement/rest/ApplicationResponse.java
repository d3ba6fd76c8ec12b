package kz.civic.procurement.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kz.civic.procurement.Application;
import kz.civic.procurement.eligibility.RuleResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An application as its NGO and the procurement officers see it: {@code eligibility} as checked at
 * submission; {@code flagged} with {@code recheck} when a later registry event made a rule fail.
 */
public record ApplicationResponse(UUID id, UUID callId, UUID ngoId, String projectTitle, String projectDescription,
        @Schema(enumeration = { "kk", "ru" }) String language, Money requestedAmount, Money institutionalDevelopment,
        @Schema(enumeration = { Application.SUBMITTED }) String status,
        List<RuleResult> eligibility, boolean flagged,
        @Schema(nullable = true, description = "When a registry event first made a rule fail; absent while not flagged")
        OffsetDateTime flaggedAt,
        @Schema(nullable = true, description = "Every rule as re-checked after the latest registry event about the NGO; "
                + "absent until one arrived") List<RuleResult> recheck,
        @Schema(nullable = true, description = "When the latest re-check ran; absent until one ran")
        OffsetDateTime recheckedAt,
        OffsetDateTime submittedAt, long version) {

    public static ApplicationResponse of(Application a) {
        return new ApplicationResponse(a.id, a.callId, a.ngoId, a.projectTitle, a.projectDescription, a.language,
                Money.kzt(a.requestedKzt), Money.kzt(a.institutionalKzt), a.status, List.copyOf(a.eligibility), a.flagged,
                a.flaggedAt, a.recheck == null ? null : List.copyOf(a.recheck), a.recheckedAt, a.submittedAt, a.version);
    }
}
