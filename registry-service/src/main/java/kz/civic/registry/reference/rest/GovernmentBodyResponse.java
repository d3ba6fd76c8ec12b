package kz.civic.registry.reference.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.platform.web.LocalizedText;
import kz.civic.registry.reference.GovernmentBody;
import kz.civic.registry.reference.GovernmentBodyKind;
import kz.civic.registry.reference.GovernmentBodyLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GovernmentBody", description = "A ministry, committee, akimat, akimat department or operator")
public record GovernmentBodyResponse(UUID id, String bin, LocalizedText names, @Schema(nullable = true) String shortName,
        GovernmentBodyLevel level, GovernmentBodyKind kind,
        @Schema(nullable = true, description = "Parent body: a committee's ministry, an akimat department's akimat") UUID parentId,
        @Schema(nullable = true, description = "ISO 3166-2:KZ code, for local bodies") String regionCode,
        OffsetDateTime createdAt, OffsetDateTime updatedAt,
        @Schema(description = "Aggregate version; also the ETag") long version) {

    public static GovernmentBodyResponse of(GovernmentBody b) {
        return new GovernmentBodyResponse(b.id, b.bin, new LocalizedText(b.nameKk, b.nameRu, b.nameEn), b.shortName,
                b.level, b.kind, b.parentId, b.regionCode, b.createdAt, b.updatedAt, b.version);
    }
}
