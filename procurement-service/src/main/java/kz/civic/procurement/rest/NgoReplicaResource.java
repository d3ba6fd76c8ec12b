package kz.civic.procurement.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.identity.Bin;
import kz.civic.platform.identity.ValidBin;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.LocalizedText;
import kz.civic.procurement.NgoReplica;
import kz.civic.procurement.NgoReport;
import kz.civic.procurement.service.NgoReplicaService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/procurement/ngos")
@Tag(name = "NGO replica", description = "procurement's view of registry NGOs, the input of eligibility checks")
@Produces(MediaType.APPLICATION_JSON)
public class NgoReplicaResource {

    /**
     * Public fields of the replica (never the leader's and founders' IIN hashes); reportedYears are
     * the years the NGO filed its NGO-Database report for.
     */
    public record NgoReplicaResponse(UUID ngoId,
            @Schema(nullable = true, description = "Absent for a legacy record registered without a BIN") String bin,
            LocalizedText names,
            @Schema(enumeration = { "PUBLIC_ASSOCIATION", "PUBLIC_FOUNDATION", "CORPORATE_FOUNDATION",
                    "ASSOCIATION_OF_LEGAL_ENTITIES", "INSTITUTION", "NON_PROFIT_JSC", "CONSUMER_COOPERATIVE",
                    "RELIGIOUS_ASSOCIATION", "POLITICAL_PARTY", "TRADE_UNION", "PROPERTY_OWNERS_ASSOCIATION",
                    "FOREIGN_NPO_BRANCH", "FOREIGN_NPO_REP_OFFICE", "OTHER" },
                    description = "The registry's legal form (its events' enum)") String legalForm,
            boolean eligibleForStateNgoFunding, String regionCode, List<String> spheres,
            @Schema(nullable = true, description = "The head organisation of a branch or representative office")
            UUID parentNgoId,
            @Schema(enumeration = { "REGISTERED", "ACTIVE", "INACTIVE", "SUSPENDED", "LIQUIDATING", "LIQUIDATED" },
                    description = "The registry's status (its events' enum)") String status,
            boolean inNgoDatabase,
            @Schema(nullable = true, description = "The latest year with a filed NGO-Database report; absent when none")
            Integer lastReportYear,
            List<Integer> reportedYears, long sourceVersion, OffsetDateTime updatedAt) {
        static NgoReplicaResponse of(NgoReplica r) {
            return new NgoReplicaResponse(r.ngoId, r.bin, new LocalizedText(r.nameKk, r.nameRu, r.nameEn), r.legalForm,
                    r.eligibleForStateNgoFunding, r.regionCode, List.copyOf(r.spheres), r.parentNgoId, r.status,
                    r.inNgoDatabase, r.lastReportYear, r.reports.stream().map(NgoReport::year).sorted().toList(),
                    r.sourceVersion, r.updatedAt);
        }
    }

    private final NgoReplicaService service;

    public NgoReplicaResource(NgoReplicaService service) {
        this.service = service;
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get procurement's replica of an NGO",
            description = "404 until the registry's event has arrived; ETag is the registry version it reflects")
    @APIResponse(responseCode = "200", description = "The replica; ETag is set")
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    @APIResponse(responseCode = "404", description = "The registry's event has not arrived (or no such NGO)",
            content = @Content(mediaType = "application/problem+json"))
    public RestResponse<NgoReplicaResponse> get(@PathParam("id") UUID id, @Context Request request) {
        return service.get(id, replica -> Etags.conditionalGetTyped(request, replica.sourceVersion,
                NgoReplicaResponse.of(replica)));
    }

    @GET
    @Path("/by-bin/{bin}")
    @PermitAll
    @Operation(summary = "Get procurement's replica of an NGO by BIN",
            description = "The natural key government systems integrate with. A number that cannot be a BIN (structure "
                    + "or check digit) is 400 validation naming the parameter; 404 until the registry's event has arrived")
    @APIResponse(responseCode = "200", description = "The replica; ETag is set")
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    @APIResponse(responseCode = "400", description = "validation: bin is not a BIN",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "The registry's event has not arrived (or no NGO has this BIN)",
            content = @Content(mediaType = "application/problem+json"))
    public RestResponse<NgoReplicaResponse> getByBin(@Parameter(description = Bin.FORMAT, schema = @Schema(type = SchemaType.STRING,
            pattern = Bin.PATTERN), example = "940140000385") @PathParam("bin") @ValidBin String bin,
            @Context Request request) {
        return service.getByBin(bin, replica -> Etags.conditionalGetTyped(request, replica.sourceVersion,
                NgoReplicaResponse.of(replica)));
    }
}
