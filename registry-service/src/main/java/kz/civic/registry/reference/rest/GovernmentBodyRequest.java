package kz.civic.registry.reference.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import kz.civic.platform.identity.Bin;
import kz.civic.platform.identity.ValidBin;
import kz.civic.platform.web.LocalizedText;
import kz.civic.registry.reference.GovernmentBodyKind;
import kz.civic.registry.reference.GovernmentBodyLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/v1/government-bodies} and {@code PUT /api/v1/government-bodies/{id}} (full
 * replacement of these fields). Id, timestamps and version are set by the registry, never by the client.
 */
@Schema(name = "GovernmentBodyRequest", description = "The editable fields of a government body")
public record GovernmentBodyRequest(
        @Schema(description = Bin.FORMAT, pattern = Bin.PATTERN, examples = "991240900010")
        @NotNull @ValidBin String bin,
        @Schema(description = "Full names; kk or ru required") @NotNull @Valid LocalizedText names,
        @Size(max = 200) String shortName,
        @NotNull GovernmentBodyLevel level,
        @NotNull GovernmentBodyKind kind,
        @Schema(description = "Parent body: a committee's ministry, an akimat department's akimat") UUID parentId,
        @Schema(description = "ISO 3166-2:KZ code of a current region, for local bodies", examples = "KZ-75")
        @Pattern(regexp = "KZ-[0-9A-Z]{2,3}", message = "must be an ISO 3166-2:KZ code such as KZ-75") String regionCode) {
}
