package kz.civic.platform.testapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Idempotency;

@Path("/widgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WidgetResource {

    public record CreateWidgetRequest(@NotBlank @Size(max = 100) String name, Boolean fail,
            @Min(0) @Max(5000) Long delayMs, Shape shape) {
    }

    /** A widget's shape: an enum in a request body, for the 400 that lists the allowed values. */
    public enum Shape {
        ROUND, SQUARE
    }

    public record RenameWidgetRequest(@NotBlank String name) {
    }

    public record WidgetResponse(UUID id, String name, long version) {
        static WidgetResponse of(Widget w) {
            return new WidgetResponse(w.id, w.name, w.version);
        }
    }

    private final WidgetService service;
    private final Idempotency idempotency;

    public WidgetResource(WidgetService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    public Response create(@Valid CreateWidgetRequest request, @HeaderParam(Idempotency.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.execute(key, "POST /widgets", request, () -> {
            Widget w = service.create(request.name(), Boolean.TRUE.equals(request.fail()),
                    request.delayMs() == null ? 0 : request.delayMs());
            return Etags.created(uri, w.id, w.version, WidgetResponse.of(w));
        });
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        Widget w = service.get(id);
        return Etags.conditionalGet(request, w.version, WidgetResponse.of(w));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response rename(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid RenameWidgetRequest request) {
        Widget w = service.rename(id, ifMatch, request.name());
        return Response.ok(WidgetResponse.of(w)).tag(Etags.of(w.version)).build();
    }

    @GET
    public Response list(@QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context UriInfo uri) {
        return service.list(cursor, limit).map(WidgetResponse::of).toResponse(uri);
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internal detail org.example.Hidden");
    }
}
