package kz.civic.procurement.service;

import kz.civic.platform.problem.ApiException;

/** 422 answers for broken business rules, naming the offending field ({@link ApiException#unprocessable(String, String, String)}). */
public final class Violations {

    private Violations() {
    }

    public static ApiException of(String slug, String field, String detail) {
        return ApiException.unprocessable(slug, field, detail);
    }
}
