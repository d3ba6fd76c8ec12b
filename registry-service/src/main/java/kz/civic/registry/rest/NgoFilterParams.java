package kz.civic.registry.rest;

import jakarta.ws.rs.QueryParam;
import kz.civic.registry.LegalForm;
import kz.civic.registry.NgoStatus;
import kz.civic.registry.service.NgoQuery;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The NGO search filters as query parameters, shared by the list and the statistics endpoints. The values are taken
 * as strings and parsed by {@link NgoQuery#parse}, so that a bad value is a 400 {@code validation} naming the
 * parameter with the form it expects; the OpenAPI document states each one's true type.
 */
public class NgoFilterParams {

    @Parameter(description = "text to find in names and aliases (1-100 characters), or an exact BIN. Cyrillic (Kazakh "
            + "letters included) and every common Latin romanization match alike: Бурабай = burabai = burabay, "
            + "Жастар = zhastar = jastar, Общественный = obshchestvennyy = obshestvennyi = obschestvennyj, "
            + "Қазақстан = qazaqstan = kazakhstan; a part of a word matches too (rules: docs/conventions.md, Search). "
            + "Without sort, results are ranked: exact BIN, name equal to q, name starting with q, a word starting "
            + "with q, q inside a name; then by name and id",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 100))
    @QueryParam("q")
    String q;

    @Parameter(description = "ISO 3166-2:KZ region code, e.g. KZ-75")
    @QueryParam("region")
    String region;

    @Parameter(description = "sphere code")
    @QueryParam("sphere")
    String sphere;

    @Parameter(description = "legal form, e.g. PUBLIC_ASSOCIATION", schema = @Schema(implementation = LegalForm.class))
    @QueryParam("legalForm")
    String legalForm;

    @Parameter(description = "status", schema = @Schema(implementation = NgoStatus.class))
    @QueryParam("status")
    String status;

    @Parameter(description = "registered on or after this date", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("registeredFrom")
    String registeredFrom;

    @Parameter(description = "registered on or before this date", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("registeredTo")
    String registeredTo;

    @Parameter(description = "id of an association (an NGO): only its current members",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    @QueryParam("memberOf")
    String memberOf;

    @Parameter(description = "true: only NGOs that filed the NGO-Database report for the previous calendar year; "
            + "false: only those that did not", schema = @Schema(type = SchemaType.BOOLEAN))
    @QueryParam("hasCurrentReport")
    String hasCurrentReport;

    /** The parsed query (400 problem for a bad value). */
    public NgoQuery toQuery(String sort) {
        return NgoQuery.parse(q, region, sphere, legalForm, status, registeredFrom, registeredTo, memberOf,
                hasCurrentReport, sort);
    }
}
