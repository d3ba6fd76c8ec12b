package kz.civic.procurement.service;

import java.util.List;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.problem.Problem;

/** 422 answers for broken business rules, naming the offending field like a validation answer does. */
public final class Violations {

    private Violations() {
    }

    public static ApiException of(String slug, String field, String detail) {
        return ApiException.unprocessable(slug, detail).with("errors", List.of(new Problem.FieldError(field, detail)));
    }
}
