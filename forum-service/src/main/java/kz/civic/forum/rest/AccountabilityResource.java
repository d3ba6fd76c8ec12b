package kz.civic.forum.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.repository.AccountabilityRepository.Line;
import kz.civic.forum.service.AccountabilityService.Report;
import kz.civic.forum.service.AccountabilityService;
import kz.civic.platform.web.Csv;
import kz.civic.platform.web.LocalizedText;
import kz.civic.platform.web.Statistics;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/forums/{id}/accountability-report")
@Tag(name = "Reports", description = "Accountability of the addressed government bodies")
public class AccountabilityResource {

    /**
     * One addressed body: recommendations of the edition it {@code received} (submitted, not merged), how many it
     * {@code answered} and {@code answeredOnTime} (first answer by the due date), how many were {@code accepted}
     * (ACCEPTED or later), {@code implemented} / {@code partiallyImplemented}, {@code overdue} (due date passed
     * without an answer by then), the {@code averageDaysToFirstResponse} from submission (null if none), and the
     * influence assessment from civil society's side: how many the Civil Alliance assessed
     * ({@code civilSocietyAssessed}) and how many it rates implemented or partially ({@code civilSocietyImplemented}).
     */
    @Schema(description = "The figures of one addressed government body")
    public record AccountabilityReportGroup(UUID governmentBodyId,
            @Schema(description = "Empty while registry's event about the body has not arrived") LocalizedText name,
            @Schema(nullable = true, description = "The body's level as the registry publishes it; absent while its "
                    + "event has not arrived") String level,
            long received, long answered, long answeredOnTime, long accepted, long implemented, long partiallyImplemented,
            long overdue,
            @Schema(nullable = true, description = "Absent while the body has answered none") BigDecimal averageDaysToFirstResponse,
            long civilSocietyAssessed, long civilSocietyImplemented) {
        static AccountabilityReportGroup of(Line l) {
            return new AccountabilityReportGroup(l.governmentBodyId(), new LocalizedText(l.nameKk(), l.nameRu(), l.nameEn()),
                    l.level(), l.received(), l.answered(), l.answeredOnTime(), l.accepted(), l.implemented(),
                    l.partiallyImplemented(), l.overdue(), l.averageDaysToFirstResponse(), l.civilSocietyAssessed(),
                    l.civilSocietyImplemented());
        }
    }

    /**
     * The counters of the groups over all bodies: sums (a recommendation addressed to two bodies counts for each), and
     * the average days to a body's first answer over every first answer.
     */
    @Schema(description = "The figures of all addressed bodies: sums over the bodies (a recommendation addressed to two "
            + "bodies counts for each)")
    public record AccountabilityReportTotals(long received, long answered, long answeredOnTime, long accepted,
            long implemented, long partiallyImplemented, long overdue,
            @Schema(nullable = true, description = "Over every body's first answer; absent while no body has answered")
            BigDecimal averageDaysToFirstResponse,
            long civilSocietyAssessed, long civilSocietyImplemented) {
        static AccountabilityReportTotals of(List<Line> lines) {
            long answered = lines.stream().mapToLong(Line::answered).sum();
            long days = lines.stream().mapToLong(Line::daysToFirstResponse).sum();
            return new AccountabilityReportTotals(lines.stream().mapToLong(Line::received).sum(), answered,
                    lines.stream().mapToLong(Line::answeredOnTime).sum(), lines.stream().mapToLong(Line::accepted).sum(),
                    lines.stream().mapToLong(Line::implemented).sum(),
                    lines.stream().mapToLong(Line::partiallyImplemented).sum(), lines.stream().mapToLong(Line::overdue).sum(),
                    answered == 0 ? null : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(answered), 1, RoundingMode.HALF_UP),
                    lines.stream().mapToLong(Line::civilSocietyAssessed).sum(),
                    lines.stream().mapToLong(Line::civilSocietyImplemented).sum());
        }
    }

    /** The report of one edition as of a date (what is overdue depends on it). */
    @Schema(description = "The accountability report of a forum edition as of a date")
    public record AccountabilityReportResponse(UUID forumId, int editionNumber, int year, LocalDate asOf,
            List<AccountabilityReportGroup> groups, AccountabilityReportTotals totals)
            implements Statistics<AccountabilityReportGroup, AccountabilityReportTotals> {
    }

    private final AccountabilityService service;

    public AccountabilityResource(AccountabilityService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accountability report of a forum edition", description = "Per addressed government body: "
            + "received, answered, answered on time, accepted, implemented, overdue, average days to the first answer: "
            + "{forumId, editionNumber, year, asOf, groups (one per body), totals}. JSON by default; Accept: text/csv "
            + "gives a header row and one row per body with the group's members as columns (the name as name.kk, "
            + "name.ru, name.en); no totals row, the JSON answer carries the totals")
    @APIResponse(responseCode = "200", description = "The report", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountabilityReportResponse.class)),
        @Content(mediaType = Csv.MEDIA_TYPE) })
    @APIResponse(responseCode = "404", description = "No such edition", content = @Content(mediaType = "application/problem+json"))
    public AccountabilityReportResponse report(@PathParam("id") UUID id) {
        Report r = service.report(id);
        return new AccountabilityReportResponse(r.forum().id, r.forum().editionNumber, r.forum().year, r.asOf(),
                r.lines().stream().map(AccountabilityReportGroup::of).toList(), AccountabilityReportTotals.of(r.lines()));
    }

    @GET
    @PermitAll
    @Produces(Csv.PRODUCES)
    @Operation(summary = "Accountability report of a forum edition (CSV)", description = "The groups of the JSON report, "
            + "names in kk, ru and en; formula-safe cells")
    @APIResponse(responseCode = "200", description = "text/csv, one row per addressed body", content = @Content(mediaType = Csv.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such edition", content = @Content(mediaType = "application/problem+json"))
    public RestResponse<String> csv(@PathParam("id") UUID id) {
        AccountabilityReportResponse r = report(id);
        return Csv.ok(Csv.of(AccountabilityReportGroup.class, r.groups()),
                "accountability-forum-" + r.editionNumber() + "-" + r.asOf() + ".csv");
    }
}
