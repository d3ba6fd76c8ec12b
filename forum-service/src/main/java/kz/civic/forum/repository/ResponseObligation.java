package kz.civic.forum.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import kz.civic.forum.AddresseeType;
import kz.civic.forum.RecommendationStatus;

/**
 * One addressed government body's duty to answer one submitted recommendation by its due date, and
 * when (if ever) it first answered.
 */
public record ResponseObligation(UUID recommendationId, UUID governmentBodyId, AddresseeType addresseeType,
        RecommendationStatus status, UUID forumId, String textKk, String textRu, String textEn, OffsetDateTime submittedAt,
        LocalDate responseDueDate, OffsetDateTime firstRespondedAt) {

    /** Days past the due date until the first answer, or until {@code today} while unanswered; 0 when not late. */
    public long daysOverdue(LocalDate today) {
        LocalDate until = firstRespondedAt == null ? today
                : firstRespondedAt.atZoneSameInstant(ZoneId.of("Asia/Almaty")).toLocalDate();
        return Math.max(0, ChronoUnit.DAYS.between(responseDueDate, until));
    }
}
