package kz.civic.forum.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import kz.civic.platform.web.Scale;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.ActionPlanItem;
import kz.civic.forum.ActionPlanItemStatus;
import kz.civic.forum.IndicatorMeasurement;
import kz.civic.forum.Multilingual;
import kz.civic.forum.Progress;
import kz.civic.forum.service.ActionPlanItemService;
import kz.civic.forum.service.ActionPlanService;
import kz.civic.forum.service.Timestamps;
import kz.civic.platform.security.Roles;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Idempotency;
import kz.civic.platform.web.LocalizedText;
import kz.civic.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/action-plans/{planId}/items")
@Tag(name = "Action plans", description = "Action plans implementing a forum edition's recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionPlanItemResource {

    /** The item's indicator with its latest measured value (null before the first). */
    public record IndicatorDetails(String unit, @Scale(4) BigDecimal baseline, @Scale(4) BigDecimal target,
            @Schema(nullable = true) @Scale(4) BigDecimal currentValue, @Schema(nullable = true) LocalDate currentMeasuredOn) {
    }

    /**
     * An item. {@code overdue}: PLANNED or IN_PROGRESS past its deadline; {@code progress}: percent from the
     * indicator (100 when DONE, null when CANCELLED).
     */
    public record ActionPlanItemResponse(UUID id, UUID planId, LocalizedText title, UUID responsibleBodyId,
            LocalDate deadline, @Scale(3) BigDecimal weight, ActionPlanItemStatus status, boolean overdue, IndicatorDetails indicator,
            @Schema(nullable = true, description = "Percent; absent for a CANCELLED item") BigDecimal progress,
            List<UUID> recommendationIds, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            long version) {
        static ActionPlanItemResponse of(ActionPlanItem i) {
            return new ActionPlanItemResponse(i.id, i.planId, Multilingual.text(i.title), i.responsibleBodyId, i.deadline,
                    i.weight, i.status, i.isOverdue(Timestamps.today()), new IndicatorDetails(i.indicatorUnit,
                            i.indicatorBaseline, i.indicatorTarget, i.currentValue, i.currentMeasuredOn),
                    Progress.percent(i.progress()), List.copyOf(i.recommendationIds), i.createdAt, i.updatedAt, i.version);
        }
    }

    /** A measured value. */
    public record MeasurementDetails(UUID id, UUID itemId, @Scale(4) BigDecimal value, LocalDate measuredOn, OffsetDateTime recordedAt) {
        static MeasurementDetails of(IndicatorMeasurement m) {
            return new MeasurementDetails(m.id, m.itemId, m.value, m.measuredOn, m.recordedAt);
        }
    }

    /** One history entry; {@code actor} is shown to staff only. */
    public record ItemStatusChangeResponse(
            @Schema(nullable = true, description = "Absent on the entry of the item's creation") ActionPlanItemStatus from,
            ActionPlanItemStatus to, @Schema(nullable = true) String reason,
            @Schema(nullable = true, description = "Shown to staff only") String actor, OffsetDateTime changedAt,
            long version) {
    }

    private final ActionPlanService plans;
    private final ActionPlanItemService service;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    public ActionPlanItemResource(ActionPlanService plans, ActionPlanItemService service, Idempotency idempotency,
            SecurityIdentity identity) {
        this.plans = plans;
        this.service = service;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({ Roles.FORUM_SECRETARIAT, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add an item to an action plan", description = "PLANNED, with its responsible body, deadline, "
            + "weight (default 1), indicator and linked recommendations (ACCEPTED or later). Publishes "
            + "kz.civic.forum.action-plan-item.created.v1; Idempotency-Key supported")
    @APIResponse(responseCode = "201", description = "Added; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = ActionPlanItemResponse.class)))
    @APIResponse(responseCode = "400", description = "validation: errors[] names the fields", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "unknown-government-body, unknown-recommendation, "
            + "recommendation-not-accepted; errors[] names the field", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<ActionPlanItemResponse> add(@PathParam("planId") UUID planId,
            @NotNull @Valid ActionPlanItemRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return Typed.of(idempotency.execute(idempotencyKey, "POST /api/v1/action-plans/" + planId + "/items", request,
                () -> {
                    ActionPlanItem i = plans.addItem(planId, request);
                    return Etags.created(uri, i.id, i.version, ActionPlanItemResponse.of(i));
                }));
    }

    @GET
    @PermitAll
    @Operation(summary = "Items of an action plan", description = "Newest first, cursor-paginated")
    @APIResponse(responseCode = "200", description = "A page of items")
    @APIResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<ActionPlanItemResponse>> list(@PathParam("planId") UUID planId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Context UriInfo uri) {
        return plans.items(planId, cursor, limit).map(ActionPlanItemResponse::of).ok(uri);
    }

    @GET
    @Path("/{itemId}")
    @PermitAll
    @Operation(summary = "Get an action-plan item", description = "ETag; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "404", description = "No such item in this plan", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<ActionPlanItemResponse> get(@PathParam("planId") UUID planId, @PathParam("itemId") UUID itemId,
            @Context Request request) {
        ActionPlanItem i = plans.item(planId, itemId);
        return Etags.conditionalGetTyped(request, i.version, ActionPlanItemResponse.of(i));
    }

    @POST
    @Path("/{itemId}/status-changes")
    @RolesAllowed({ Roles.AGENCY, Roles.FORUM_SECRETARIAT, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change an item's status", description = "PLANNED → IN_PROGRESS | CANCELLED, IN_PROGRESS → DONE "
            + "| CANCELLED. An agency only for items its body is responsible for. Requires If-Match. Publishes "
            + "kz.civic.forum.action-plan-item.status-changed.v1")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag is set")
    @APIResponse(responseCode = "403", description = "not-responsible, agency-not-bound", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "illegal-transition: allowed[] lists the legal targets", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<ActionPlanItemResponse> changeStatus(@PathParam("planId") UUID planId,
            @PathParam("itemId") UUID itemId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ChangeItemStatusRequest request) {
        ActionPlanItem i = service.changeStatus(planId, itemId, ifMatch, request);
        return RestResponse.ResponseBuilder.ok(ActionPlanItemResponse.of(i)).tag(Etags.of(i.version)).build();
    }

    @GET
    @Path("/{itemId}/history")
    @PermitAll
    @Operation(summary = "Status history of an item", description = "Oldest first, from its creation on")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "404", description = "No such item in this plan", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<ItemStatusChangeResponse>> history(@PathParam("planId") UUID planId,
            @PathParam("itemId") UUID itemId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Context UriInfo uri) {
        boolean staff = identity.hasRole(Roles.FORUM_SECRETARIAT) || identity.hasRole(Roles.ADMIN)
                || identity.hasRole(Roles.ANALYST);
        return service.history(planId, itemId, cursor, limit).map(c -> new ItemStatusChangeResponse(c.from, c.to, c.reason,
                staff ? c.actor : null, c.changedAt, c.itemVersion)).ok(uri);
    }

    @POST
    @Path("/{itemId}/measurements")
    @RolesAllowed({ Roles.AGENCY, Roles.FORUM_SECRETARIAT, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record an indicator value", description = "An agency only for items its body is responsible "
            + "for. The item must have started: a PLANNED item is 409 item-not-started (move it to IN_PROGRESS first), "
            + "a CANCELLED one 409 item-cancelled. The latest value by date becomes the item's current value and drives "
            + "its progress")
    @APIResponse(responseCode = "201", description = "Recorded; Location is set",
            content = @Content(schema = @Schema(implementation = MeasurementDetails.class)))
    @APIResponse(responseCode = "400", description = "validation: errors[] names the fields", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not-responsible, agency-not-bound", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such item in this plan", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "item-not-started (PLANNED; currentStatus), item-cancelled", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "measured-in-future", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<MeasurementDetails> measure(@PathParam("planId") UUID planId, @PathParam("itemId") UUID itemId,
            @NotNull @Valid MeasurementRequest request, @Context UriInfo uri) {
        IndicatorMeasurement m = service.measure(planId, itemId, request);
        return RestResponse.ResponseBuilder.<MeasurementDetails>created(uri.getAbsolutePathBuilder().path(m.id.toString())
                .build()).entity(MeasurementDetails.of(m)).build();
    }

    @GET
    @Path("/{itemId}/measurements")
    @PermitAll
    @Operation(summary = "Measured values of an item's indicator", description = "In the order they were recorded")
    @APIResponse(responseCode = "200", description = "A page of measurements")
    @APIResponse(responseCode = "404", description = "No such item in this plan", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<Page<MeasurementDetails>> measurements(@PathParam("planId") UUID planId,
            @PathParam("itemId") UUID itemId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Context UriInfo uri) {
        return service.measurements(planId, itemId, cursor, limit).map(MeasurementDetails::of).ok(uri);
    }
}
