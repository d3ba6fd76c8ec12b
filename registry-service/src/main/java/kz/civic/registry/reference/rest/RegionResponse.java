package kz.civic.registry.reference.rest;

import java.time.LocalDate;
import java.util.List;
import kz.civic.platform.web.LocalizedText;
import kz.civic.registry.reference.Region;
import kz.civic.registry.reference.RegionKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Region", description = "A region or city of republican significance, versioned by validity dates")
public record RegionResponse(
        @Schema(description = "ISO 3166-2:KZ code (an internal code for historical units without one)", examples = "KZ-75")
        String code,
        LocalizedText names,
        RegionKind kind,
        @Schema(description = "Historical names and spelling variants") List<String> aliases,
        @Schema(description = "First day of validity (inclusive)") LocalDate validFrom,
        @Schema(nullable = true, description = "Last day of validity (inclusive); absent while the unit exists") LocalDate validTo,
        @Schema(nullable = true, description = "Code of the unit this one replaced or was carved out of") String predecessorCode) {

    public static RegionResponse of(Region r) {
        return new RegionResponse(r.code, new LocalizedText(r.nameKk, r.nameRu, r.nameEn), r.kind,
                r.aliases == null ? List.of() : List.copyOf(r.aliases), r.validFrom, r.validTo, r.predecessorCode);
    }
}
