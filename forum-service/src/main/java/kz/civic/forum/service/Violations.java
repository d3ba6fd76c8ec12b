package kz.civic.forum.service;

import kz.civic.platform.problem.ApiException;

/** 422 answers for broken business rules, naming the offending field ({@link ApiException#unprocessable(String, String, String)}). */
final class Violations {

    private Violations() {
    }

    static ApiException of(String slug, String field, String detail) {
        return ApiException.unprocessable(slug, field, detail);
    }
}
