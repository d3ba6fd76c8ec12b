package kz.civic.registry.reference.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.problem.Problem;
import kz.civic.platform.web.Page;
import kz.civic.platform.web.Params;
import kz.civic.registry.reference.Region;
import kz.civic.registry.reference.service.ReferenceService;
import kz.civic.registry.reference.service.RegionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Small, rarely changing lists: no pagination, cacheable for an hour. */
@Path("/api/v1/reference")
@Tag(name = "Reference data", description = "Regions, spheres of activity and legal forms")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ReferenceResource {

    static final String CACHE_CONTROL = "public, max-age=3600";

    private final RegionService regions;
    private final ReferenceService reference;

    public ReferenceResource(RegionService regions, ReferenceService reference) {
        this.regions = regions;
        this.reference = reference;
    }

    @GET
    @Path("/regions")
    @Operation(summary = "List regions", description = "Regions and cities of republican significance valid on a date "
            + "(default today, Asia/Almaty); includeHistorical=true lists every unit ever recorded")
    public RestResponse<Page<RegionResponse>> regions(
            @Parameter(description = "the regions valid on this date (default today)", example = "2021-01-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("at") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date YYYY-MM-DD") String at,
            @Parameter(description = "true: every unit ever recorded, at is ignored",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("includeHistorical") String includeHistorical) {
        List<Region> found = Boolean.TRUE.equals(Params.bool("includeHistorical", includeHistorical)) ? regions.all() : regions.validOn(at == null ? RegionService.today() : date(at));
        return cacheable(found.stream().map(RegionResponse::of).toList());
    }

    @GET
    @Path("/regions/{code}")
    @Operation(summary = "Get a region", description = "One region, current or historical, by its code")
    @APIResponse(responseCode = "200", description = "The region")
    @APIResponse(responseCode = "404", description = "No such code", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<RegionResponse> region(@Parameter(example = "KZ-75") @PathParam("code") String code) {
        return RestResponse.ResponseBuilder.ok(RegionResponse.of(regions.get(code)))
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    @GET
    @Path("/spheres")
    @Operation(summary = "List spheres of activity", description = "The MCI areas of activity of NGOs")
    public RestResponse<Page<SphereResponse>> spheres() {
        return cacheable(reference.spheres().stream().map(SphereResponse::of).toList());
    }

    @GET
    @Path("/legal-forms")
    @Operation(summary = "List legal forms", description = "Non-profit legal forms and whether each may receive state "
            + "NGO funding")
    public RestResponse<Page<LegalFormResponse>> legalForms() {
        return cacheable(reference.legalForms().stream().map(LegalFormResponse::of).toList());
    }

    /** The whole list as one page (no nextCursor), cacheable for an hour. */
    private static <T> RestResponse<Page<T>> cacheable(List<T> items) {
        return RestResponse.ResponseBuilder.ok(new Page<>(items, null)).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .build();
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("validation", "1 field(s) invalid")
                    .with("errors", List.of(new Problem.FieldError("at", "must be a date YYYY-MM-DD")));
        }
    }
}
