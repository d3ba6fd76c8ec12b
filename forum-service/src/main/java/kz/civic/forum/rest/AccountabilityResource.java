package kz.civic.forum.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.repository.AccountabilityRepository.Line;
import kz.civic.forum.service.AccountabilityService.Report;
import kz.civic.forum.service.AccountabilityService;
import kz.civic.platform.web.Csv;
import kz.civic.platform.web.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/forums/{id}/accountability-report")
@Tag(name = "Reports", description = "Accountability of the addressed government bodies")
public class AccountabilityResource {

    private static final String CSV = Csv.MEDIA_TYPE + ";qs=0.5";
    private static final List<String> CSV_HEADER = List.of("governmentBodyId", "nameKk", "nameRu", "nameEn", "level",
            "received", "answered", "answeredOnTime", "accepted", "implemented", "partiallyImplemented", "overdue",
            "averageDaysToFirstResponse", "civilSocietyAssessed", "civilSocietyImplemented");

    /**
     * One addressed body: recommendations of the edition it {@code received} (submitted, not merged), how many it
     * {@code answered} and {@code answeredOnTime} (first answer by the due date), how many were {@code accepted}
     * (ACCEPTED or later), {@code implemented} / {@code partiallyImplemented}, {@code overdue} (due date passed
     * without an answer by then), the {@code averageDaysToFirstResponse} from submission (null if none), and the
     * influence assessment from civil society's side: how many the Civil Alliance assessed
     * ({@code civilSocietyAssessed}) and how many it rates implemented or partially ({@code civilSocietyImplemented}).
     */
    public record BodyLine(UUID governmentBodyId,
            @Schema(description = "Empty while registry's event about the body has not arrived") LocalizedText name,
            @Schema(nullable = true, description = "The body's level as the registry publishes it; absent while its "
                    + "event has not arrived") String level,
            long received, long answered, long answeredOnTime, long accepted, long implemented, long partiallyImplemented,
            long overdue,
            @Schema(nullable = true, description = "Absent while the body has answered none") BigDecimal averageDaysToFirstResponse,
            long civilSocietyAssessed, long civilSocietyImplemented) {
        static BodyLine of(Line l) {
            return new BodyLine(l.governmentBodyId(), new LocalizedText(l.nameKk(), l.nameRu(), l.nameEn()), l.level(),
                    l.received(), l.answered(), l.answeredOnTime(), l.accepted(), l.implemented(), l.partiallyImplemented(),
                    l.overdue(), l.averageDaysToFirstResponse(), l.civilSocietyAssessed(), l.civilSocietyImplemented());
        }
    }

    /** The sums over all bodies (a recommendation addressed to two bodies counts for each). */
    public record Totals(long received, long answered, long answeredOnTime, long accepted, long implemented,
            long partiallyImplemented, long overdue) {
        static Totals of(List<Line> lines) {
            return new Totals(lines.stream().mapToLong(Line::received).sum(), lines.stream().mapToLong(Line::answered).sum(),
                    lines.stream().mapToLong(Line::answeredOnTime).sum(), lines.stream().mapToLong(Line::accepted).sum(),
                    lines.stream().mapToLong(Line::implemented).sum(),
                    lines.stream().mapToLong(Line::partiallyImplemented).sum(), lines.stream().mapToLong(Line::overdue).sum());
        }
    }

    /** The report of one edition as of a date (what is overdue depends on it). */
    public record AccountabilityReportResponse(UUID forumId, int editionNumber, int year, LocalDate asOf,
            List<BodyLine> bodies, Totals totals) {
    }

    private final AccountabilityService service;

    public AccountabilityResource(AccountabilityService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accountability report of a forum edition", description = "Per addressed government body: "
            + "received, answered, answered on time, accepted, implemented, overdue, average days to the first answer. "
            + "JSON by default; Accept: text/csv gives the same lines as CSV")
    @APIResponse(responseCode = "200", description = "The report", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountabilityReportResponse.class)),
        @Content(mediaType = Csv.MEDIA_TYPE) })
    @APIResponse(responseCode = "404", description = "No such edition", content = @Content(mediaType = "application/problem+json"))
    public AccountabilityReportResponse report(@PathParam("id") UUID id) {
        Report r = service.report(id);
        return new AccountabilityReportResponse(r.forum().id, r.forum().editionNumber, r.forum().year, r.asOf(),
                r.lines().stream().map(BodyLine::of).toList(), Totals.of(r.lines()));
    }

    @GET
    @PermitAll
    @Produces(CSV)
    @Operation(summary = "Accountability report of a forum edition (CSV)", description = "The lines of the JSON report, "
            + "names in kk, ru and en; formula-safe cells")
    @APIResponse(responseCode = "200", description = "text/csv, one line per addressed body", content = @Content(mediaType = Csv.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such edition", content = @Content(mediaType = "application/problem+json"))
    public Response csv(@PathParam("id") UUID id) {
        Report r = service.report(id);
        List<List<?>> rows = r.lines().stream().<List<?>>map(l -> List.of(l.governmentBodyId(), text(l.nameKk()),
                text(l.nameRu()), text(l.nameEn()), text(l.level()), l.received(), l.answered(), l.answeredOnTime(),
                l.accepted(), l.implemented(), l.partiallyImplemented(), l.overdue(), text(l.averageDaysToFirstResponse()),
                l.civilSocietyAssessed(), l.civilSocietyImplemented()))
                .toList();
        return Response.ok(Csv.of(CSV_HEADER, rows), Csv.MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"accountability-forum-" + r.forum().editionNumber
                        + "-" + r.asOf() + ".csv\"").build();
    }

    /** CSV cells: null is an empty cell ({@code List.of} takes no nulls). */
    private static Object text(Object value) {
        return value == null ? "" : value;
    }
}
