package kz.civic.registry.service;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Params;
import kz.civic.registry.LegalForm;
import kz.civic.registry.NgoStatus;

/** Filters, text and order of an NGO search, parsed from query parameters (400 for bad values). */
public record NgoQuery(String text, String region, String sphere, LegalForm legalForm, NgoStatus status,
        LocalDate registeredFrom, LocalDate registeredTo, UUID memberOf, Boolean hasCurrentReport, Sort sort) {

    /**
     * Orders a list can have; each is a keyset on (key, id). RELEVANCE (the default when {@code q} is given, and only
     * then) is a keyset on (rank, sort name, id): exact BIN, name equal to q, name starting with q, a word of a name
     * starting with q, q inside a name (docs/conventions.md, "Search").
     */
    public enum Sort {
        ID, NAME, REGISTRATION_DATE, RELEVANCE
    }

    private static final String DATE = "a date such as 2020-01-31";

    public static NgoQuery parse(String text, String region, String sphere, String legalForm, String status,
            String registeredFrom, String registeredTo, String memberOf, String hasCurrentReport, String sort) {
        if (text != null && (text.isBlank() || text.length() > 100)) {
            throw ApiException.invalidParameter("q", "must be 1-100 characters");
        }
        Sort order = sort == null ? (text == null ? Sort.ID : Sort.RELEVANCE)
                : Params.enumValue("sort", sort.toUpperCase(Locale.ROOT).replace('-', '_'), Sort.class);
        if (order == Sort.RELEVANCE && text == null) {
            throw ApiException.invalidParameter("sort", "relevance needs q");
        }
        return new NgoQuery(text == null ? null : text.trim(), region, sphere,
                Params.enumValue("legalForm", legalForm, LegalForm.class), Params.enumValue("status", status, NgoStatus.class),
                Params.parse("registeredFrom", registeredFrom, LocalDate::parse, DATE),
                Params.parse("registeredTo", registeredTo, LocalDate::parse, DATE),
                Params.parse("memberOf", memberOf, UUID::fromString, "a UUID"),
                Params.bool("hasCurrentReport", hasCurrentReport),
                order);
    }
}
