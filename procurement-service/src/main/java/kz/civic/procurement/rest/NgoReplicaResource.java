package kz.civic.procurement.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.LocalizedText;
import kz.civic.procurement.NgoReplica;
import kz.civic.procurement.service.NgoReplicaService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/procurement/ngos")
@Tag(name = "NGO replica", description = "procurement's view of registry NGOs, the input of eligibility checks")
@Produces(MediaType.APPLICATION_JSON)
public class NgoReplicaResource {

    /** Public fields of the replica. */
    public record NgoReplicaResponse(UUID ngoId, String bin, LocalizedText names, String legalForm,
            boolean eligibleForStateNgoFunding, String regionCode, String status, long sourceVersion,
            OffsetDateTime updatedAt) {
        static NgoReplicaResponse of(NgoReplica r) {
            return new NgoReplicaResponse(r.ngoId, r.bin, new LocalizedText(r.nameKk, r.nameRu, r.nameEn), r.legalForm,
                    r.eligibleForStateNgoFunding, r.regionCode, r.status, r.sourceVersion, r.updatedAt);
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
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        NgoReplica replica = service.get(id);
        return Etags.conditionalGet(request, replica.sourceVersion, NgoReplicaResponse.of(replica));
    }
}
