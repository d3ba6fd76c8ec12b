package kz.civic.forum.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import kz.civic.forum.ParticipantCategory;
import kz.civic.forum.rest.validation.CrossFieldChecked;
import kz.civic.forum.rest.validation.CrossFieldRules;
import kz.civic.platform.web.LocalizedText;

/** Body of {@code POST /api/v1/regional-forums}. */
@CrossFieldChecked
public record RegionalForumRequest(
        @NotNull UUID forumId,
        @NotNull @Pattern(regexp = "KZ-[0-9A-Z]{2,3}", message = "must be an ISO 3166-2:KZ code such as KZ-75") String regionCode,
        @NotNull @Min(1) @Max(1000) Integer localSequenceNumber,
        @NotNull @Valid LocalizedText venue,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @Valid LocalizedText priorityIssue,
        @NotNull @Min(0) @Max(10_000_000) Integer participantsTotal,
        Map<@NotNull ParticipantCategory, @NotNull @Min(0) @Max(10_000_000) Integer> participantsByCategory)
        implements CrossFieldRules {

    @Override
    public Map<String, String> brokenRules() {
        Map<String, String> broken = new LinkedHashMap<>();
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            broken.put("endDate", "must not be before startDate");
        }
        if (participantsTotal != null && participantsByCategory != null) {
            long categorised = participantsByCategory.values().stream().filter(n -> n != null).mapToLong(n -> n).sum();
            if (categorised > participantsTotal) {
                broken.put("participantsByCategory", "the categories add up to more than participantsTotal");
            }
        }
        return broken;
    }
}
