package kz.civic.procurement.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.procurement.eligibility.RuleResult;

/**
 * What a demo load wrote ({@code counts} per kind, empty when the demo was already there) and the
 * applications the eligibility rules refused, with the failing rules as the service answers them.
 */
public record DemoResult(Map<String, Long> counts, List<Refusal> refusals) {

    /** An application the rules refused (nothing stored, as for a 422 {@code ineligible} answer). */
    public record Refusal(String call, UUID callId, UUID ngoId, String bin, List<RuleResult> failed) {
    }

    public boolean loaded() {
        return !counts.isEmpty();
    }
}
