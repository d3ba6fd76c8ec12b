package kz.civic.registry.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import kz.civic.platform.problem.ApiException;
import kz.civic.registry.LegalForm;
import kz.civic.registry.NgoStatus;

/** Filters, text and order of an NGO search, parsed from query parameters (400 for bad values). */
public record NgoQuery(String text, String region, String sphere, LegalForm legalForm, NgoStatus status,
        LocalDate registeredFrom, LocalDate registeredTo, UUID memberOf, Boolean hasCurrentReport, Sort sort) {

    /** Orders a list can have; each is a keyset on (key, id). */
    public enum Sort {
        ID, NAME, REGISTRATION_DATE
    }

    /** No filters, default order. */
    public static NgoQuery all() {
        return new NgoQuery(null, null, null, null, null, null, null, null, null, Sort.ID);
    }

    public static NgoQuery parse(String text, String region, String sphere, String legalForm, String status,
            String registeredFrom, String registeredTo, String memberOf, String hasCurrentReport, String sort) {
        if (text != null && (text.isBlank() || text.length() > 100)) {
            throw ApiException.invalidParameter("q", "must be 1-100 characters");
        }
        return new NgoQuery(text == null ? null : text.trim(), region, sphere,
                enumValue(LegalForm.class, "legalForm", legalForm), enumValue(NgoStatus.class, "status", status),
                date("registeredFrom", registeredFrom), date("registeredTo", registeredTo), uuid("memberOf", memberOf),
                bool("hasCurrentReport", hasCurrentReport),
                sort == null ? Sort.ID : enumValue(Sort.class, "sort", sort.toUpperCase(Locale.ROOT).replace('-', '_')));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static UUID uuid(String name, String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter(name, "must be a UUID");
        }
    }

    private static Boolean bool(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!"true".equals(value) && !"false".equals(value)) {
            throw ApiException.invalidParameter(name, "must be true or false");
        }
        return Boolean.valueOf(value);
    }

    private static LocalDate date(String name, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidParameter(name, "must be a date such as 2020-01-31");
        }
    }
}
