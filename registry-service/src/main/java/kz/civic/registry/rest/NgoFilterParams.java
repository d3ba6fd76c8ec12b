package kz.civic.registry.rest;

import jakarta.ws.rs.QueryParam;
import kz.civic.registry.service.NgoQuery;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The NGO search filters as query parameters, shared by the list and the statistics endpoints. */
public class NgoFilterParams {

    @Parameter(description = "text to find in names and aliases, e.g. Шырак or shyrak (1-100 characters)")
    @QueryParam("q")
    String q;

    @Parameter(description = "ISO 3166-2:KZ region code, e.g. KZ-75")
    @QueryParam("region")
    String region;

    @Parameter(description = "sphere code")
    @QueryParam("sphere")
    String sphere;

    @Parameter(description = "legal form, e.g. PUBLIC_ASSOCIATION")
    @QueryParam("legalForm")
    String legalForm;

    @Parameter(description = "REGISTERED, ACTIVE, INACTIVE, SUSPENDED, LIQUIDATING or LIQUIDATED")
    @QueryParam("status")
    String status;

    @Parameter(description = "registered on or after, YYYY-MM-DD")
    @QueryParam("registeredFrom")
    String registeredFrom;

    @Parameter(description = "registered on or before, YYYY-MM-DD")
    @QueryParam("registeredTo")
    String registeredTo;

    @Parameter(description = "id of an association (an NGO): only its current members")
    @QueryParam("memberOf")
    String memberOf;

    @Parameter(description = "true: only NGOs that filed the NGO-Database report for the previous calendar year; "
            + "false: only those that did not")
    @QueryParam("hasCurrentReport")
    String hasCurrentReport;

    /** The parsed query (400 problem for a bad value). */
    public NgoQuery toQuery(String sort) {
        return NgoQuery.parse(q, region, sphere, legalForm, status, registeredFrom, registeredTo, memberOf,
                hasCurrentReport, sort);
    }
}
