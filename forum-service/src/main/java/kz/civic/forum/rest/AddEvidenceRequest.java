package kz.civic.forum.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import kz.civic.forum.EvidenceKind;
import kz.civic.forum.rest.validation.CrossFieldChecked;
import kz.civic.forum.rest.validation.CrossFieldRules;
import kz.civic.platform.web.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/recommendations/{id}/evidence}: a DOCUMENT with its {@code url}, or an AWARD with its {@code awardId}. */
@CrossFieldChecked
public record AddEvidenceRequest(
        @NotNull @Schema(enumeration = { "DOCUMENT", "AWARD" }) EvidenceKind kind,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        UUID awardId,
        @Valid LocalizedText description) implements CrossFieldRules {

    @Override
    public Map<String, String> brokenRules() {
        Map<String, String> broken = new LinkedHashMap<>();
        if (kind == EvidenceKind.AWARD_REPORT) {
            broken.put("kind", "AWARD_REPORT is recorded from procurement-service's report-approved events only");
            return broken;
        }
        if (kind == EvidenceKind.DOCUMENT && url == null) {
            broken.put("url", "a DOCUMENT needs its url");
        }
        if (kind != EvidenceKind.DOCUMENT && url != null) {
            broken.put("url", "only a DOCUMENT has a url");
        }
        if (kind == EvidenceKind.AWARD && awardId == null) {
            broken.put("awardId", "an AWARD needs its awardId");
        }
        if (kind != EvidenceKind.AWARD && awardId != null) {
            broken.put("awardId", "only an AWARD has an awardId");
        }
        return broken;
    }
}
