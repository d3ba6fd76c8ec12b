package kz.civic.procurement.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.web.LocalizedText;
import kz.civic.procurement.Call;
import kz.civic.procurement.CallStatus;
import kz.civic.procurement.Criterion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A call as the public sees it. */
public record CallResponse(UUID id, UUID planId, LocalizedText title, List<String> spheres,
        @Schema(nullable = true, description = "The region the call is confined to (a regional plan's region); absent when "
                + "it is open to every region") String regionCode,
        Money amount,
        @Schema(nullable = true, description = "The grant band of a STATE_GRANT call (see /procurement/grant-bands); "
                + "absent for other instruments") String grantBand,
        @Schema(nullable = true, description = "Project duration in months (required for STATE_GRANT "
                + "calls); absent when not given") Integer durationMonths,
        WindowDetails applicationWindow, Deadlines deadlines,
        List<CriterionDetails> criteria, List<UUID> recommendationIds, List<UUID> actionPlanItemIds, CallStatus status,
        @Schema(nullable = true, description = "When it was announced; absent while PLANNED") OffsetDateTime announcedAt,
        OffsetDateTime createdAt, long version) {

    /** The application window, both dates inclusive (Asia/Almaty). */
    public record WindowDetails(LocalDate opensOn, LocalDate closesOn) {
    }

    /** When the operator's compliance check and the commission's evaluation are due (working days, Mon-Fri). */
    public record Deadlines(LocalDate complianceCheckDueOn, LocalDate evaluationDueOn) {
    }

    /** An evaluation criterion and its weight in percent. */
    public record CriterionDetails(String code, LocalizedText name, int weight) {
        public static CriterionDetails of(Criterion c) {
            return new CriterionDetails(c.code(), new LocalizedText(c.nameKk(), c.nameRu(), c.nameEn()), c.weight());
        }
    }

    public static CallResponse of(Call c) {
        return new CallResponse(c.id, c.planId, new LocalizedText(c.titleKk, c.titleRu, c.titleEn), List.copyOf(c.spheres),
                c.regionCode, Money.kzt(c.amountKzt), c.grantBand, c.durationMonths,
                new WindowDetails(c.windowOpensOn, c.windowClosesOn), new Deadlines(c.complianceDueOn, c.evaluationDueOn),
                c.criteria.stream().map(CriterionDetails::of).toList(), List.copyOf(c.recommendationIds),
                List.copyOf(c.actionPlanItemIds), c.status,
                c.announcedAt, c.createdAt, c.version);
    }
}
